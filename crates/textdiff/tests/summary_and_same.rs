#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use textdiff::{is_same, lines, summary, Summary};

#[test]
fn summary_counts_lines() {
    let pieces = lines("a\nb\nc\nd", "a\nB\nc\nd\ne");
    assert_eq!(
        summary(&pieces),
        Summary {
            added: 2,
            removed: 1,
            unchanged: 3
        }
    );
    assert_eq!(summary(&[]), Summary::default());
}

#[test]
fn same_ignores_line_endings_and_trailing_whitespace() {
    assert!(is_same("a\nb\n", "a\nb\n"));
    assert!(is_same("a\r\nb\r\n", "a\nb"));
    assert!(is_same("a  \nb\t\n\n\n", "a\nb"));
    assert!(is_same("", "\n \n"));
}

#[test]
fn same_still_sees_real_changes() {
    assert!(!is_same("a\nb", "a\nc"));
    assert!(!is_same("a b", "a  b"), "inner whitespace counts");
    assert!(!is_same("  a", "a"), "leading whitespace counts");
    assert!(
        !is_same("a\n\nb", "a\nb"),
        "blank lines in the middle count"
    );
    assert!(!is_same("evacuación", "evacuacion"));
}
