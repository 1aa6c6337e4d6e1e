#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Recall and precision on the labelled corpus in tests/corpus/ (English and Spanish).
//! Run with `--nocapture` to see the table recorded in docs/benchmarks.md.

use redact::Kind;
use std::collections::BTreeMap;

pub struct Snippet {
    pub text: String,
    pub gold: Vec<(Kind, usize, usize)>,
}

fn kind(label: &str) -> Kind {
    match label {
        "NAME" => Kind::Name,
        "PHONE" => Kind::Phone,
        "EMAIL" => Kind::Email,
        "SSN" => Kind::Ssn,
        "ANUM" => Kind::ANumber,
        "ADDRESS" => Kind::Address,
        other => panic!("unknown label {other}"),
    }
}

/// `{KIND|text}` marks a sensitive span; the rest is the snippet as written.
pub fn parse(line: &str) -> Snippet {
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let close = rest[open..].find('}').expect("unclosed span") + open;
        let (label, inner) = rest[open + 1..close]
            .split_once('|')
            .expect("span without |");
        let start = text.len();
        text.push_str(inner);
        gold.push((kind(label), start, text.len()));
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    Snippet { text, gold }
}

pub fn corpus(lang: &str) -> Vec<Snippet> {
    read(&format!(
        "{}/tests/corpus/{lang}.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
}

/// Written apart from the redactor and never used to tune it: the honest measure.
pub fn heldout(lang: &str) -> Vec<Snippet> {
    read(&format!(
        "{}/tests/heldout/{lang}.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
}

fn read(path: &str) -> Vec<Snippet> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(parse)
        .collect()
}

#[derive(Default)]
struct Tally {
    gold_chars: usize,
    caught_chars: usize,
    predicted_chars: usize,
    spans: usize,
    spans_caught: usize,
}

fn alnum_positions(text: &str, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
    text[start..end]
        .char_indices()
        .filter(|(_, c)| c.is_alphanumeric())
        .map(move |(i, _)| start + i)
}

fn evaluate(
    snippets: &[Snippet],
    leaks: &mut Vec<String>,
    noise: &mut Vec<String>,
) -> (Tally, BTreeMap<&'static str, Tally>) {
    let mut all = Tally::default();
    let mut by_kind: BTreeMap<&'static str, Tally> = BTreeMap::new();
    for s in snippets {
        let found = redact::find(&s.text);
        let covered: std::collections::HashSet<usize> = found
            .iter()
            .flat_map(|f| alnum_positions(&s.text, f.start, f.end))
            .collect();
        let gold: std::collections::HashSet<usize> = s
            .gold
            .iter()
            .flat_map(|(_, a, b)| alnum_positions(&s.text, *a, *b))
            .collect();
        all.gold_chars += gold.len();
        all.predicted_chars += covered.len();
        all.caught_chars += gold.intersection(&covered).count();
        for (k, a, b) in &s.gold {
            let t = by_kind.entry(k.as_str()).or_default();
            let chars: Vec<usize> = alnum_positions(&s.text, *a, *b).collect();
            let caught = chars.iter().filter(|p| covered.contains(p)).count();
            t.gold_chars += chars.len();
            t.caught_chars += caught;
            t.spans += 1;
            all.spans += 1;
            if caught == chars.len() {
                t.spans_caught += 1;
                all.spans_caught += 1;
            } else {
                leaks.push(format!("{:?} {:?} in: {}", k, &s.text[*a..*b], s.text));
            }
        }
        for f in &found {
            if !s.gold.iter().any(|(_, a, b)| f.start < *b && *a < f.end) {
                noise.push(format!(
                    "{:?} {:?} in: {}",
                    f.kind,
                    &s.text[f.start..f.end],
                    s.text
                ));
            }
        }
    }
    (all, by_kind)
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

type Set = (&'static str, fn(&str) -> Vec<Snippet>);

#[test]
fn recall_and_precision_on_the_labelled_corpus() {
    let sets: [Set; 2] = [("tuning", corpus), ("held-out", heldout)];
    let mut report = String::new();
    let mut overall = Vec::new();
    for (set, load) in sets {
        for lang in ["en", "es"] {
            let snippets = load(lang);
            let (mut leaks, mut noise) = (Vec::new(), Vec::new());
            let (all, by_kind) = evaluate(&snippets, &mut leaks, &mut noise);
            report.push_str(&format!(
                "\n{set} {lang}: {} snippets, {} sensitive spans\n  overall: span recall {:.1} %, character recall {:.1} %, character precision {:.1} %\n",
                snippets.len(),
                all.spans,
                pct(all.spans_caught, all.spans),
                pct(all.caught_chars, all.gold_chars),
                pct(all.caught_chars, all.predicted_chars)
            ));
            for (k, t) in &by_kind {
                report.push_str(&format!(
                    "  {k:9} {:4} spans, span recall {:5.1} %, character recall {:5.1} %\n",
                    t.spans,
                    pct(t.spans_caught, t.spans),
                    pct(t.caught_chars, t.gold_chars)
                ));
            }
            // Misses are shown for the tuning set only: reading the held-out misses would
            // turn it into a second tuning set.
            if set == "tuning" && std::env::var("REDACT_SHOW").is_ok() {
                report.push_str(&format!(
                    "  missed ({}):\n    {}\n",
                    leaks.len(),
                    leaks.join("\n    ")
                ));
                report.push_str(&format!(
                    "  over-redacted ({}):\n    {}\n",
                    noise.len(),
                    noise.join("\n    ")
                ));
            }
            overall.push((set, lang, all, by_kind));
        }
    }
    println!("{report}");
    for (set, lang, all, by_kind) in overall {
        // The held-out floor sits just under what it measured when it was written (names are
        // the weak spot there): it guards against regressions, it is not a goal.
        let (numbers, recall, precision) = if set == "tuning" {
            (95.0, 95.0, 95.0)
        } else {
            (90.0, 78.0, 88.0)
        };
        // Numbers and emails have fixed shapes: nearly everything must be caught.
        for k in ["phone", "email", "ssn", "a_number"] {
            if let Some(t) = by_kind.get(k) {
                assert!(
                    pct(t.spans_caught, t.spans) >= numbers,
                    "{set} {lang} {k} span recall {:.1} %",
                    pct(t.spans_caught, t.spans)
                );
            }
        }
        assert!(
            pct(all.caught_chars, all.gold_chars) >= recall,
            "{set} {lang} character recall"
        );
        assert!(
            pct(all.caught_chars, all.predicted_chars) >= precision,
            "{set} {lang} character precision"
        );
    }
}

#[test]
fn the_corpus_is_big_enough() {
    let n = corpus("en").len() + corpus("es").len();
    assert!(n >= 1000, "{n} snippets");
}
