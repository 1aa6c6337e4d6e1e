//! Email addresses: local@domain.tld.

use super::{Finding, Kind};

fn local_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"._%+-'".contains(&c)
}

fn domain_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

pub fn find(text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    for (at, _) in text.match_indices('@') {
        let mut start = at;
        while start > 0 && local_char(b[start - 1]) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < b.len() && domain_char(b[end]) {
            end += 1;
        }
        // A sentence-ending period is not part of the domain.
        while end > at + 1 && !b[end - 1].is_ascii_alphanumeric() {
            end -= 1;
        }
        let domain = &text[at + 1..end];
        if start < at && domain.contains('.') && !domain.starts_with('.') {
            out.push(Finding {
                kind: Kind::Email,
                start,
                end,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{redact, Kind};

    #[test]
    fn finds_emails() {
        for s in [
            "a@b.co",
            "ana.lopez+work@mail.lacity.org",
            "j_o'neil@x-y.net",
        ] {
            let f = crate::find(&format!("write {s}. thanks"));
            assert_eq!(f.len(), 1, "{s}");
            assert_eq!(f[0].kind, Kind::Email);
        }
        assert_eq!(redact("at @ sign and a@b").text, "at @ sign and a@b");
    }
}
