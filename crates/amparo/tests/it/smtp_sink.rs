//! A real SMTP server for tests: speaks the protocol over TCP and keeps what it receives.

use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone, Debug)]
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    pub data: String,
}

#[derive(Clone)]
pub struct Sink {
    pub port: u16,
    pub received: Arc<Mutex<Vec<Mail>>>,
    /// While true, every RCPT is refused with a temporary failure (451).
    pub refuse: Arc<Mutex<bool>>,
}

impl Sink {
    pub async fn start() -> Sink {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let sink = Sink {
            port: listener.local_addr().unwrap().port(),
            received: Arc::default(),
            refuse: Arc::default(),
        };
        let s = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let s = s.clone();
                tokio::spawn(async move {
                    let _ = s.session(stream).await;
                });
            }
        });
        sink
    }

    async fn session(&self, stream: tokio::net::TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut read = BufReader::new(read);
        write.write_all(b"220 sink ESMTP\r\n").await?;
        let mut mail = Mail {
            from: String::new(),
            to: vec![],
            data: String::new(),
        };
        loop {
            let mut line = String::new();
            if read.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                write.write_all(b"250-sink\r\n250 8BITMIME\r\n").await?;
            } else if upper.starts_with("MAIL FROM:") {
                mail.from = line[10..].trim().trim_matches(['<', '>']).to_string();
                write.write_all(b"250 ok\r\n").await?;
            } else if upper.starts_with("RCPT TO:") {
                if *self.refuse.lock().unwrap() {
                    write.write_all(b"451 try again later\r\n").await?;
                } else {
                    mail.to
                        .push(line[8..].trim().trim_matches(['<', '>']).to_string());
                    write.write_all(b"250 ok\r\n").await?;
                }
            } else if upper.starts_with("DATA") {
                write.write_all(b"354 go ahead\r\n").await?;
                loop {
                    let mut l = String::new();
                    if read.read_line(&mut l).await? == 0 {
                        return Ok(());
                    }
                    if l == ".\r\n" {
                        break;
                    }
                    mail.data.push_str(&l);
                }
                self.received.lock().unwrap().push(mail.clone());
                write.write_all(b"250 queued\r\n").await?;
            } else if upper.starts_with("QUIT") {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            } else {
                write.write_all(b"502 not implemented\r\n").await?;
            }
        }
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.received.lock().unwrap().clone()
    }
}
