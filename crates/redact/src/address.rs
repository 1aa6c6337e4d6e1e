//! Street addresses with a house number ("1432 W 36th St Apt 4", "vive en la 2300 calle
//! Folsom"). Cross streets without a number ("Broadway and 5th") are places, not homes, and
//! stay.

use super::{Finding, Kind};

struct Piece<'a> {
    start: usize,
    /// End of the piece without trailing punctuation.
    end: usize,
    /// Lower case, without trailing punctuation or period.
    norm: String,
    core: &'a str,
    /// The piece ended with a comma or other clause punctuation.
    closes: bool,
}

fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut chunks = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                chunks.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        chunks.push((s, text.len()));
    }
    for (from, to) in chunks {
        let chunk = &text[from..to];
        let lead = chunk.len() - chunk.trim_start_matches(['(', '"', '“']).len();
        let trimmed = chunk.trim_end_matches([',', ';', ':', '!', '?', ')', '"', '”']);
        let core = trimmed.get(lead..).unwrap_or("");
        let norm = core.trim_end_matches('.').to_lowercase();
        out.push(Piece {
            start: from + lead,
            end: from + lead + core.len(),
            norm,
            core,
            closes: trimmed.len() < chunk.len(),
        });
    }
    out
}

const SUFFIXES: &[&str] = &[
    "st",
    "street",
    "ave",
    "av",
    "avenue",
    "blvd",
    "boulevard",
    "rd",
    "road",
    "dr",
    "drive",
    "way",
    "pl",
    "place",
    "ct",
    "court",
    "ln",
    "lane",
    "ter",
    "terrace",
    "pkwy",
    "parkway",
    "hwy",
    "highway",
    "cir",
    "circle",
    "trl",
    "trail",
    "aly",
    "alley",
    "sq",
    "square",
];
const SUFFIXLESS_STREETS: &[&str] = &["broadway"];
const DIRECTIONS: &[&str] = &[
    "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west",
];
const UNITS: &[&str] = &[
    "apt",
    "apartment",
    "unit",
    "ste",
    "suite",
    "space",
    "spc",
    "no",
    "depto",
    "dpto",
    "departamento",
    "apartamento",
    "apto",
    "espacio",
    "cuarto",
    "#",
];
/// Words that never name a street: "the 200 block of N Soto St", "3 de Street Services".
const NOT_STREET_WORDS: &[&str] = &[
    "block", "of", "the", "on", "in", "at", "and", "or", "to", "de", "del", "la", "el", "y", "en",
    "cuadra", "from", "near", "by",
];
const SPANISH_STREET: &[&str] = &[
    "calle",
    "avenida",
    "av",
    "ave",
    "bulevar",
    "boulevard",
    "blvd",
];

fn house_number(core: &str) -> bool {
    let digits = core.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &core[digits..];
    (1..=6).contains(&digits)
        && (rest.is_empty()
            || (rest.len() == 1 && rest.bytes().all(|b| b.is_ascii_alphabetic()))
            || rest == "½"
            || (rest.starts_with('-')
                && rest.len() <= 5
                && rest[1..].bytes().all(|b| b.is_ascii_alphanumeric())))
}

fn ordinal(norm: &str) -> bool {
    let digits = norm.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&norm[digits..], "st" | "nd" | "rd" | "th")
}

fn name_part(p: &Piece) -> bool {
    ordinal(&p.norm)
        || (!p.core.is_empty()
            && p.core
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-' || c == '.'))
}

fn capitalized(p: &Piece) -> bool {
    ordinal(&p.norm) || p.core.chars().next().is_some_and(char::is_uppercase)
}

/// The unit after an address ("Apt 4B", "#12"), returning the new end.
fn unit(ps: &[Piece], j: usize) -> Option<(usize, usize)> {
    let p = ps.get(j)?;
    if p.core.starts_with('#') && p.core.len() > 1 && p.core.len() <= 7 {
        return Some((j + 1, p.end));
    }
    if UNITS.contains(&p.norm.as_str()) && !p.closes {
        let id = ps.get(j + 1)?;
        let id_core = id.core.trim_start_matches('#').trim_end_matches('.');
        if !id_core.is_empty()
            && id_core.len() <= 6
            && id_core
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            let end = id.end - (id.core.len() - id.core.trim_end_matches('.').len());
            return Some((j + 2, end));
        }
    }
    None
}

/// English order: number, direction?, name parts, suffix, unit?
fn english(ps: &[Piece], i: usize) -> Option<usize> {
    let mut j = i + 1;
    // "1047 1/2 N Alvarado St"
    if ps.get(j).is_some_and(|p| p.core == "1/2" || p.core == "½") && !ps[i].closes {
        j += 1;
    }
    if ps
        .get(j)
        .is_some_and(|p| DIRECTIONS.contains(&p.norm.as_str()))
        && !ps[i].closes
    {
        j += 1;
    }
    let first_name_part = j;
    let mut lowercase_parts = 0;
    while j < ps.len() && j - first_name_part < 6 {
        let p = &ps[j];
        let is_suffix =
            SUFFIXES.contains(&p.norm.as_str()) || SUFFIXLESS_STREETS.contains(&p.norm.as_str());
        if is_suffix && (j > first_name_part || SUFFIXLESS_STREETS.contains(&p.norm.as_str())) {
            // "City Terrace Dr": a suffix word can itself be part of the name.
            let next_is_suffix = !p.closes
                && ps
                    .get(j + 1)
                    .is_some_and(|n| SUFFIXES.contains(&n.norm.as_str()));
            return Some(if next_is_suffix { j + 1 } else { j });
        }
        if !name_part(p) || ps[j - 1].closes || NOT_STREET_WORDS.contains(&p.norm.as_str()) {
            return None;
        }
        if !capitalized(p) {
            lowercase_parts += 1;
            if lowercase_parts > 2 {
                return None;
            }
        }
        j += 1;
    }
    None
}

/// Spanish order: number, "calle", capitalized name words.
fn spanish(ps: &[Piece], i: usize) -> Option<usize> {
    let kind = ps.get(i + 1)?;
    if !SPANISH_STREET.contains(&kind.norm.as_str()) || ps[i].closes {
        return None;
    }
    let mut last = None;
    let mut j = i + 2;
    while j < ps.len() && j < i + 5 && capitalized(&ps[j]) && name_part(&ps[j]) {
        last = Some(j);
        if ps[j].closes {
            break;
        }
        j += 1;
    }
    last
}

/// Street first: "calle Folsom 2419 depto 3", "avenida Pacific 1220". Returns (first, last).
fn spanish_street_first(ps: &[Piece], i: usize) -> Option<(usize, usize)> {
    if !SPANISH_STREET.contains(&ps[i].norm.as_str()) || ps[i].closes {
        return None;
    }
    let mut j = i + 1;
    while j < ps.len() && j < i + 4 && capitalized(&ps[j]) && name_part(&ps[j]) && !ps[j - 1].closes
    {
        j += 1;
    }
    let number = ps.get(j)?;
    (j > i + 1 && !ps[j - 1].closes && house_number(number.core)).then_some((i, j))
}

pub fn find(text: &str, out: &mut Vec<Finding>) {
    let ps = pieces(text);
    let mut i = 0;
    while i < ps.len() {
        if let Some((first, last)) = spanish_street_first(&ps, i) {
            let (next, end) = if ps[last].closes {
                (last + 1, ps[last].end)
            } else {
                unit(&ps, last + 1).unwrap_or((last + 1, ps[last].end))
            };
            out.push(Finding {
                kind: Kind::Address,
                start: ps[first].start,
                end,
            });
            i = next;
            continue;
        }
        if !house_number(ps[i].core) {
            i += 1;
            continue;
        }
        let Some(last) = english(&ps, i).or_else(|| spanish(&ps, i)) else {
            i += 1;
            continue;
        };
        let (next, end) = if ps[last].closes {
            (last + 1, ps[last].end)
        } else {
            unit(&ps, last + 1).unwrap_or((last + 1, ps[last].end))
        };
        out.push(Finding {
            kind: Kind::Address,
            start: ps[i].start,
            end,
        });
        i = next;
    }
}

#[cfg(test)]
mod tests {
    use crate::{find, Kind};

    fn found(s: &str) -> Vec<String> {
        find(s)
            .into_iter()
            .filter(|f| f.kind == Kind::Address)
            .map(|f| s[f.start..f.end].to_string())
            .collect()
    }

    #[test]
    fn addresses_with_house_numbers() {
        for a in [
            "1432 W 36th St",
            "845 S Alvarado Street",
            "12050 Sherman Way Apt 4",
            "3100 E Cesar E Chavez Ave",
            "221B Baker St.",
            "500 Broadway",
            "1432 w 36th st",
            "77 Sunset Blvd #12",
            "2300 calle Folsom",
            "calle Folsom 2419 depto 3",
            "1047 1/2 N Alvarado St",
            "3302 City Terrace Dr",
        ] {
            assert_eq!(
                found(&format!("lives at {a}, near the park")),
                vec![a.to_string()],
                "{a}"
            );
        }
    }

    #[test]
    fn counts_and_cross_streets_stay() {
        for s in [
            "2 agents walked down to Main St",
            "Broadway and 5th",
            "the 200 block of N Soto St",
            "3 de Street Services",
            "2 ERO trucks on San Fernando Rd",
            "3 cars parked on the street",
            "at 10:30 on Main St",
            "Room 12 on the 3rd floor",
        ] {
            assert!(found(s).is_empty(), "{s}: {:?}", found(s));
        }
    }
}
