//! Times the worst cases the diff must survive: two unrelated 2,000-line texts, and two
//! unrelated 20,000-character sections by word. Run with `cargo run --release --example bench`.

use std::time::Instant;

fn main() {
    let old: String = (0..2000)
        .map(|i| format!("old line {i} of the plan\n"))
        .collect();
    let new: String = (0..2000)
        .map(|i| format!("new line {i} of the plan\n"))
        .collect();
    time("lines, 2,000 lines all different", || {
        textdiff::lines(&old, &new).len()
    });
    time("unified, 2,000 lines all different", || {
        textdiff::unified(&old, &new).len()
    });

    let every_other: String = (0..2000)
        .map(|i| {
            if i % 2 == 0 {
                format!("old line {i} of the plan\n")
            } else {
                format!("edited {i}\n")
            }
        })
        .collect();
    time("lines, 2,000 lines every other edited", || {
        textdiff::lines(&old, &every_other).len()
    });

    let words = [
        "evacuación",
        "route",
        "shelter",
        "niños",
        "🚒",
        "water,",
        "the",
        "plan.",
    ];
    let section = |seed: usize| -> String {
        let mut s = String::new();
        let mut i = seed;
        while s.len() < 20_000 {
            i = (i * 31 + 7) % 1009;
            s.push_str(words[i % words.len()]);
            s.push(' ');
        }
        s
    };
    let (a, b) = (section(1), section(2));
    time("words, two unrelated 20,000-char sections", || {
        textdiff::words(&a, &b).len()
    });
}

fn time(label: &str, run: impl Fn() -> usize) {
    let start = Instant::now();
    let pieces = run();
    println!("{label}: {pieces} pieces in {:.2?}", start.elapsed());
}
