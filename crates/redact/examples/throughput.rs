//! Redaction throughput in MB/s over the corpus text (markup removed), repeated to ~50 MB.
//! `cargo run --release -p redact --example throughput`

use std::time::Instant;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut text = String::new();
    for lang in ["en", "es"] {
        let raw = std::fs::read_to_string(format!("{dir}/{lang}.txt")).unwrap_or_default();
        for line in raw
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut plain = String::new();
            let mut rest = line;
            while let Some(open) = rest.find('{') {
                plain.push_str(&rest[..open]);
                let close = rest[open..].find('}').map_or(rest.len(), |c| c + open);
                let inner = &rest[open + 1..close];
                plain.push_str(inner.split_once('|').map_or(inner, |(_, t)| t));
                rest = rest.get(close + 1..).unwrap_or("");
            }
            plain.push_str(rest);
            text.push_str(&plain);
            text.push('\n');
        }
    }
    let snippets: Vec<&str> = text.lines().collect();
    let bytes_per_pass: usize = snippets.iter().map(|s| s.len()).sum();
    let passes = (50_000_000 / bytes_per_pass.max(1)).max(1);
    let mut runs = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        let mut found = 0;
        for _ in 0..passes {
            for s in &snippets {
                found += redact::redact(s).findings.len();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        runs.push((bytes_per_pass * passes) as f64 / secs / 1e6);
        std::hint::black_box(found);
    }
    runs.sort_by(f64::total_cmp);
    println!(
        "redact: {} snippets, {:.1} MB per run, median {:.1} MB/s (min {:.1}, max {:.1}) over 5 runs",
        snippets.len(),
        (bytes_per_pass * passes) as f64 / 1e6,
        runs[2],
        runs[0],
        runs[4]
    );
}
