//! Horizontal bar charts for category tables, drawn on the server (prints, needs no script).
//! The numbers are always in the table next to the chart; the chart is a picture of them.

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const WIDTH: f64 = 480.0;
const ROW: f64 = 18.0;
const LABEL: f64 = 190.0;
/// Bars drawn; the table holds the rest.
const MAX_BARS: usize = 12;

pub fn hbars(rows: &[(String, i64)], id: &str, title: &str) -> String {
    let shown = &rows[..rows.len().min(MAX_BARS)];
    let max = shown.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1) as f64;
    let height = ROW * shown.len().max(1) as f64 + 4.0;
    let mut out = format!(
        r#"<svg class="hbars" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{id}-chart-title" xmlns="http://www.w3.org/2000/svg"><title id="{id}-chart-title">{}</title>"#,
        escape(title)
    );
    for (i, (label, n)) in shown.iter().enumerate() {
        let y = ROW * i as f64 + 2.0;
        let w = (WIDTH - LABEL - 60.0) * (*n as f64) / max;
        let short: String = label.chars().take(30).collect();
        out.push_str(&format!(
            r#"<text x="{:.1}" y="{:.1}" class="tick" text-anchor="end">{}</text><rect x="{LABEL}" y="{y:.1}" width="{w:.1}" height="{:.1}" class="bar"/><text x="{:.1}" y="{:.1}" class="tick">{n}</text>"#,
            LABEL - 4.0,
            y + ROW * 0.7,
            escape(&short),
            ROW * 0.75,
            LABEL + w + 4.0,
            y + ROW * 0.7,
        ));
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_bar_per_row_up_to_the_limit_and_text_is_escaped() {
        let rows: Vec<(String, i64)> = (0..20).map(|i| (format!("<b>{i}"), i)).collect();
        let s = super::hbars(&rows, "x", "A & B");
        assert_eq!(s.matches("<rect").count(), super::MAX_BARS);
        assert!(s.contains("A &amp; B") && s.contains("&lt;b&gt;0") && !s.contains("<b>"));
    }
}
