//! The dashboard's timeline: incidents per day as an SVG bar chart drawn on the server, so it
//! prints, needs no script, and reads out through its title and description.

use chrono::NaiveDate;

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 180.0;
const LEFT: f64 = 36.0;
const BOTTOM: f64 = 24.0;
const TOP: f64 = 8.0;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `title` names the chart; `summary` says in words what it shows (for screen readers).
pub fn svg(days: &[(NaiveDate, usize)], title: &str, summary: &str) -> String {
    let items: Vec<(String, String, usize)> = days
        .iter()
        .map(|(d, n)| (d.to_string(), d.format("%b %-d").to_string(), *n))
        .collect();
    bars(&items, "tl", title, summary)
}

/// A vertical bar chart of (bar name, axis label, count); `id` keeps the chart's title and
/// description ids unique on a page with several charts.
pub fn bars(days: &[(String, String, usize)], id: &str, title: &str, summary: &str) -> String {
    let max = days.iter().map(|(_, _, n)| *n).max().unwrap_or(0).max(1);
    let plot_w = WIDTH - LEFT - 4.0;
    let plot_h = HEIGHT - BOTTOM - TOP;
    let slot = plot_w / days.len().max(1) as f64;
    let bar = (slot * 0.8).max(1.0);
    let mut out = format!(
        r#"<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="{id}-title" aria-describedby="{id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(summary)
    );
    let base = TOP + plot_h;
    out.push_str(&format!(
        r#"<line x1="{LEFT}" y1="{base}" x2="{}" y2="{base}" class="axis"/><line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{base}" class="axis"/>"#,
        WIDTH - 4.0
    ));
    out.push_str(&format!(
        r#"<text x="{}" y="{}" class="tick" text-anchor="end">{max}</text><text x="{}" y="{base}" class="tick" text-anchor="end">0</text>"#,
        LEFT - 4.0,
        TOP + 10.0,
        LEFT - 4.0
    ));
    for (i, (day, _, n)) in days.iter().enumerate() {
        let h = plot_h * (*n as f64) / (max as f64);
        let x = LEFT + slot * i as f64 + (slot - bar) / 2.0;
        if *n > 0 {
            out.push_str(&format!(
                r#"<rect x="{x:.1}" y="{:.1}" width="{bar:.1}" height="{h:.1}" class="bar"><title>{}: {n}</title></rect>"#,
                base - h,
                escape(day)
            ));
        }
    }
    // Label the first, middle and last day; more would overlap on a phone.
    let mut labelled: Vec<usize> = vec![0, days.len() / 2, days.len().saturating_sub(1)];
    labelled.dedup();
    for i in labelled {
        if let Some((_, label, _)) = days.get(i) {
            let x = LEFT + slot * (i as f64 + 0.5);
            out.push_str(&format!(
                r#"<text x="{x:.1}" y="{}" class="tick" text-anchor="middle">{}</text>"#,
                HEIGHT - 6.0,
                escape(label)
            ));
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_one_bar_per_nonzero_day_and_escapes_text() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let s = svg(
            &[
                (d("2026-11-27"), 0),
                (d("2026-11-28"), 4),
                (d("2026-11-29"), 2),
            ],
            "Incidents <per> day",
            "6 in 3 days",
        );
        assert_eq!(s.matches("<rect").count(), 2);
        assert!(s.contains("Incidents &lt;per&gt; day"));
        assert!(s.contains("<title>2026-11-28: 4</title>"));
        assert!(s.contains(">Nov 27<") && s.contains(">Nov 29<"));
        assert!(s.starts_with("<svg") && s.ends_with("</svg>"));
    }

    #[test]
    fn an_empty_range_is_still_a_chart() {
        let s = svg(&[], "t", "none");
        assert!(s.contains("<svg") && !s.contains("<rect"));
    }
}
