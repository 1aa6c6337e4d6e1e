//! The web shell: context, errors, forms, layout, languages, middleware and system routes.

pub mod ctx;
pub mod errors;
pub mod form;
pub mod i18n;
pub mod metrics;
pub mod middleware;
pub mod page;
pub mod system;

/// A path on this site to go to next, or "/". Browsers drop tabs and newlines from URLs and
/// read a backslash as a slash, so "/\t/host" or "/\host" would lead to another site; any
/// control character or backslash is refused along with "//". (A space inside a path stays
/// on this site, and searches carry them: "/departments?q=Public Works".)
pub fn same_site_path(next: Option<&str>) -> &str {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.chars().any(|c| c == '\\' || c.is_control()) =>
        {
            n
        }
        _ => "/",
    }
}

#[cfg(test)]
mod tests {
    use super::same_site_path;

    #[test]
    fn only_same_site_paths_are_followed() {
        assert_eq!(same_site_path(Some("/reports/3?x=1")), "/reports/3?x=1");
        assert_eq!(
            same_site_path(Some("/departments?q=Public Works")),
            "/departments?q=Public Works"
        );
        for bad in [
            "//evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\\evil.example",
            "https://evil.example",
            "/\u{0085}/evil.example",
            "",
        ] {
            assert_eq!(same_site_path(Some(bad)), "/", "{bad:?}");
        }
        assert_eq!(same_site_path(None), "/");
    }
}
