//! XML text: UTF-8 check and entity replacement.

/// UTF-8 text with the predefined and numeric entities replaced. Unknown entities are
/// kept as written rather than failing the whole file.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "XML: not valid UTF-8")?;
    Ok(if text.contains('&') {
        decode_str(text)
    } else {
        text.to_string()
    })
}

pub fn decode_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        let (before, from_amp) = rest.split_at(amp);
        out.push_str(before);
        let entity = from_amp
            .get(1..)
            .and_then(|s| s.find(';').filter(|&i| i <= 10).map(|i| (s.get(..i), i)));
        let decoded = match entity {
            Some((Some(name), len)) => entity_char(name).map(|c| (c, len + 2)),
            _ => None,
        };
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = from_amp.get(len..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = from_amp.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity_char(name: &str) -> Option<char> {
    let code = match name {
        "amp" => return Some('&'),
        "lt" => return Some('<'),
        "gt" => return Some('>'),
        "quot" => return Some('"'),
        "apos" => return Some('\''),
        _ => {
            let num = name.strip_prefix('#')?;
            match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse::<u32>().ok()?,
            }
        }
    };
    Some(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_and_numeric_entities() {
        assert_eq!(
            decode_str("&amp;&lt;&gt;&quot;&apos;&#241;&#xD4;&#XD4;"),
            "&<>\"'\u{f1}\u{d4}\u{d4}"
        );
        // Unknown or broken entities are kept as written.
        assert_eq!(decode_str("a & b &nbsp; &#xZZ;"), "a & b &nbsp; &#xZZ;");
        // Numbers that are no character (surrogates, too large) become U+FFFD.
        assert_eq!(decode_str("&#xD800;&#99999999;"), "\u{fffd}\u{fffd}");
        assert!(decode(b"\xff").is_err());
    }
}
