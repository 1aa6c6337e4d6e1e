//! Editors write portal pages (and working-group guidelines) in Markdown. What they write is
//! shown to the public, so the HTML produced here carries no markup of the writer's own, loads
//! nothing, and links only where a resident can safely follow.

use pulldown_cmark::{html, Event, LinkType, Options, Parser, Tag, TagEnd};

/// Largest Markdown source accepted, in bytes.
pub const MAX_BYTES: usize = 100_000;

/// Whether a link destination may be followed: web, mail and telephone addresses, and paths
/// on this site. Anything else (`javascript:`, `data:`, protocol-relative `//host`) is not.
pub fn safe_link(dest: &str) -> bool {
    let d = dest.trim();
    let lower = d.to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|p| lower.starts_with(p))
        || (d.starts_with('/') && !d.starts_with("//"))
        || d.starts_with('#')
}

/// Markdown to HTML. Raw HTML is shown as text; images become their description; unsafe
/// links keep their text and lose the link.
pub fn to_html(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut dropped_links = Vec::new();
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Some(Event::Text(text)),
        // The image's description stays, as text.
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            // Autolinked e-mail addresses arrive without their scheme.
            let keep = if link_type == LinkType::Email {
                !dest_url.contains(':')
            } else {
                safe_link(&dest_url)
            };
            dropped_links.push(!keep);
            keep.then_some(Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }))
        }
        Event::End(TagEnd::Link) => match dropped_links.pop() {
            Some(true) => None,
            _ => Some(Event::End(TagEnd::Link)),
        },
        other => Some(other),
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_markdown_renders() {
        let html = to_html("# Rights\n\nYou may **remain silent**.\n\n- one\n- two\n");
        assert!(html.contains("<h1>Rights</h1>"));
        assert!(html.contains("<strong>remain silent</strong>"));
        assert!(html.contains("<li>one</li>"));
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = to_html("<script>alert(1)</script>\n\nHi <b onclick=x>there</b>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b "), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn images_load_nothing() {
        let html = to_html("![a map of the office](https://tracker.example/pixel.png)");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("tracker.example"), "{html}");
        assert!(html.contains("a map of the office"), "{html}");
    }

    #[test]
    fn only_safe_links_are_kept() {
        let html = to_html("[call](tel:+18886244752) [site](https://lacity.gov) [bad](javascript:alert(1)) [data](data:text/html,x) [proto](//evil.example/x) [here](/en/rights)");
        assert!(html.contains("href=\"tel:+18886244752\""));
        assert!(html.contains("href=\"https://lacity.gov\""));
        assert!(html.contains("href=\"/en/rights\""));
        assert!(!html.contains("javascript"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(!html.contains("evil.example"), "{html}");
        assert!(
            html.contains("bad") && html.contains("proto"),
            "text is kept: {html}"
        );
        let auto = to_html("<info@example.org> and <JavaScript:alert(1)>");
        assert!(auto.contains("mailto:info@example.org"), "{auto}");
        assert!(!auto.to_lowercase().contains("href=\"javascript"), "{auto}");
    }
}
