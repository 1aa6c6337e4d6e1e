"""scrubadub as the redactor's anchor: throughput and quality on amparo's own corpora.

    python bench/redact/scrubadub_anchor.py throughput [--mb 50] [--runs 5]
    python bench/redact/scrubadub_anchor.py quality

throughput: the same text as crates/redact/examples/throughput.rs (tests/corpus/{en,es}.txt,
comment and blank lines dropped, `{KIND|text}` markup replaced by `text`), one
`Scrubber().clean(snippet)` call per snippet, as the Rust example makes one `redact()` call per
snippet; the snippets are passed over `floor(MB / bytes_per_pass)` times per run (the Rust
example: 50 MB), and MB/s counts the snippets' UTF-8 bytes, newlines excluded, as the Rust
example does. The Scrubber is built once, before timing (the Rust redactor's lexicons load on
first use, inside its first run).

quality: the scoring rules of crates/redact/tests/corpus.rs, ported line for line. scrubadub's
`Scrubber.iter_filth()` (what `clean()` replaces) gives each finding's start and end, so its
output aligns with the labelled spans exactly. Character figures count letters and digits
inside spans; a labelled span is caught when every one of its letters and digits lies in some
finding, of any kind. The default Scrubber has no name, street-address or A-number detector, so
those kinds score what its other detectors happen to cover.
"""

import argparse
import hashlib
import os
import statistics
import sys
import time
from collections import OrderedDict

import scrubadub

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
TESTS = os.path.join(ROOT, "crates", "redact", "tests")
KINDS = {
    "NAME": "name",
    "PHONE": "phone",
    "EMAIL": "email",
    "SSN": "ssn",
    "ANUM": "a_number",
    "ADDRESS": "address",
}


def lines(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    # Rust's str::lines(): split on \n, drop one trailing \r.
    out = raw.split("\n")
    if out and out[-1] == "":
        out.pop()
    return [l[:-1] if l.endswith("\r") else l for l in out]


def parse(line):
    """`{KIND|text}` marks a sensitive span (tests/corpus.rs `parse`)."""
    text, gold, rest = "", [], line
    while "{" in rest:
        open_ = rest.index("{")
        text += rest[:open_]
        close = rest.index("}", open_)
        label, inner = rest[open_ + 1 : close].split("|", 1)
        start = len(text)
        text += inner
        gold.append((KINDS[label], start, len(text)))
        rest = rest[close + 1 :]
    return text + rest, gold


def snippets(path):
    return [
        parse(l) for l in lines(path) if l.strip() != "" and not l.startswith("#")
    ]


def throughput_text():
    """The exact snippets of examples/throughput.rs."""
    out = []
    for lang in ("en", "es"):
        for line in lines(os.path.join(TESTS, "corpus", f"{lang}.txt")):
            if line.startswith("#") or line.strip() == "":
                continue
            out.append(parse(line)[0])
    return out


def throughput(mb, runs):
    snips = throughput_text()
    blob = "\n".join(snips).encode("utf-8")
    bytes_per_pass = sum(len(s.encode("utf-8")) for s in snips)
    passes = max(int(mb * 1_000_000) // max(bytes_per_pass, 1), 1)
    scrubber = scrubadub.Scrubber()
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        out = 0
        for _ in range(passes):
            for s in snips:
                out += len(scrubber.clean(s))
        secs = time.perf_counter() - start
        rates.append(bytes_per_pass * passes / secs / 1e6)
    rates.sort()
    print(
        f"scrubadub {scrubadub.__version__}: {len(snips)} snippets, "
        f"{bytes_per_pass} bytes per pass (sha256 {hashlib.sha256(blob).hexdigest()[:12]}), "
        f"{passes} passes, {bytes_per_pass * passes / 1e6:.1f} MB per run, "
        f"median {statistics.median(rates):.3f} MB/s "
        f"(min {rates[0]:.3f}, max {rates[-1]:.3f}) over {runs} runs"
    )


def alnum(text, start, end):
    # Rust's char::is_alphanumeric and Python's str.isalnum agree on every character in these
    # corpora (ASCII, Spanish and Vietnamese letters with precomposed accents, º).
    return {i for i in range(start, end) if text[i].isalnum()}


def pct(a, b):
    return 100.0 if b == 0 else 100.0 * a / b


def evaluate(snips, scrubber):
    all_ = dict(gold=0, caught=0, predicted=0, spans=0, spans_caught=0)
    by_kind = {}
    for text, gold in snips:
        found = [(f.beg, f.end) for f in scrubber.iter_filth(text)]
        covered = set()
        for a, b in found:
            covered |= alnum(text, a, b)
        gold_chars = set()
        for _, a, b in gold:
            gold_chars |= alnum(text, a, b)
        all_["gold"] += len(gold_chars)
        all_["predicted"] += len(covered)
        all_["caught"] += len(gold_chars & covered)
        for k, a, b in gold:
            t = by_kind.setdefault(k, dict(gold=0, caught=0, spans=0, spans_caught=0))
            chars = alnum(text, a, b)
            caught = len(chars & covered)
            t["gold"] += len(chars)
            t["caught"] += caught
            t["spans"] += 1
            all_["spans"] += 1
            if caught == len(chars):
                t["spans_caught"] += 1
                all_["spans_caught"] += 1
    return all_, OrderedDict(sorted(by_kind.items()))


def quality():
    scrubber = scrubadub.Scrubber()
    print(
        f"scrubadub {scrubadub.__version__}, default Scrubber() "
        f"(locale {scrubber._locale}; detectors: {', '.join(sorted(scrubber._detectors))})"
    )
    for set_name, folder in (("tuning", "corpus"), ("held-out", "heldout")):
        for lang in ("en", "es"):
            snips = snippets(os.path.join(TESTS, folder, f"{lang}.txt"))
            all_, by_kind = evaluate(snips, scrubber)
            print(
                f"\n{set_name} {lang}: {len(snips)} snippets, {all_['spans']} sensitive spans\n"
                f"  overall: span recall {pct(all_['spans_caught'], all_['spans']):.1f} %, "
                f"character recall {pct(all_['caught'], all_['gold']):.1f} %, "
                f"character precision {pct(all_['caught'], all_['predicted']):.1f} %"
            )
            for k, t in by_kind.items():
                print(
                    f"  {k:9} {t['spans']:4} spans, "
                    f"span recall {pct(t['spans_caught'], t['spans']):5.1f} %, "
                    f"character recall {pct(t['caught'], t['gold']):5.1f} %"
                )


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--mb", type=float, default=50.0)
    t.add_argument("--runs", type=int, default=5)
    sub.add_parser("quality")
    a = p.parse_args()
    if a.cmd == "throughput":
        throughput(a.mb, a.runs)
    else:
        quality()


if __name__ == "__main__":
    sys.exit(main())
