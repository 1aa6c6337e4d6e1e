//! A small SMTP client: plain SMTP to the city's mail relay (RFC 5321: EHLO, MAIL, RCPT,
//! DATA, QUIT). TLS is the relay's job; amparo hands mail to a relay on a trusted network.

use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const STEP_TIMEOUT: Duration = Duration::from_secs(15);

pub struct Message<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
}

/// Reads one (possibly multi-line) reply and checks its code class.
async fn reply<R: AsyncBufReadExt + Unpin>(r: &mut R, expect: char) -> anyhow::Result<()> {
    loop {
        let mut line = String::new();
        let n = tokio::time::timeout(STEP_TIMEOUT, r.read_line(&mut line)).await??;
        if n == 0 {
            anyhow::bail!("SMTP server closed the connection");
        }
        if !line.starts_with(expect) {
            anyhow::bail!("SMTP server answered {:?}", line.trim_end());
        }
        // "250-..." continues, "250 ..." ends.
        if line.as_bytes().get(3) != Some(&b'-') {
            return Ok(());
        }
    }
}

/// Header values must not carry line breaks (no header injection).
fn header_safe(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\r' || c == '\n' { ' ' } else { c })
        .collect()
}

pub fn render(m: &Message, date: chrono::DateTime<chrono::Utc>) -> String {
    let mut data = format!(
        "From: {}\r\nTo: {}\r\nSubject: {}\r\nDate: {}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n",
        header_safe(m.from),
        header_safe(m.to),
        header_safe(m.subject),
        date.to_rfc2822()
    );
    for line in m.body.lines() {
        // Dot-stuffing: a line starting with "." gets another, so it cannot end the message.
        if line.starts_with('.') {
            data.push('.');
        }
        data.push_str(line);
        data.push_str("\r\n");
    }
    data.push_str(".\r\n");
    data
}

pub async fn send(host: &str, port: u16, helo: &str, m: &Message<'_>) -> anyhow::Result<()> {
    let stream = tokio::time::timeout(STEP_TIMEOUT, TcpStream::connect((host, port))).await??;
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    reply(&mut read, '2').await?;
    let steps: [(String, char); 4] = [
        (format!("EHLO {helo}\r\n"), '2'),
        (format!("MAIL FROM:<{}>\r\n", header_safe(m.from)), '2'),
        (format!("RCPT TO:<{}>\r\n", header_safe(m.to)), '2'),
        ("DATA\r\n".into(), '3'),
    ];
    for (command, expect) in steps {
        write.write_all(command.as_bytes()).await?;
        reply(&mut read, expect).await?;
    }
    write
        .write_all(render(m, chrono::Utc::now()).as_bytes())
        .await?;
    reply(&mut read, '2').await?;
    write.write_all(b"QUIT\r\n").await?;
    let _ = reply(&mut read, '2').await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_dot_stuffed_and_headers_cannot_be_injected() {
        let m = Message {
            from: "amparo@lacity.org",
            to: "a@b.org\r\nBcc: evil@x.org",
            subject: "Hi\nthere",
            body: "line one\n.hidden\nend",
        };
        let data = render(&m, chrono::DateTime::UNIX_EPOCH);
        assert!(data.contains("To: a@b.org  Bcc: evil@x.org\r\n"));
        assert!(data.contains("Subject: Hi there\r\n"));
        assert!(data.contains("\r\n..hidden\r\n"));
        assert!(data.ends_with("end\r\n.\r\n"));
    }
}
