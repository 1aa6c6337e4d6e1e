//! Person names: name lexicons for Los Angeles' communities, family-name endings, and
//! context cues ("named", "Mr.", "se llama"). Capitalised runs that end in a place word
//! ("Lincoln Park", "Ritchie Valens Recreation Center") or follow a place prefix
//! ("San Pedro", "Santa Monica") are places and stay.

use super::name_context::{cap_run_is_name, followed_by_place, leads_run, person_context};
use super::name_cues::{ABBREVIATED, A_VERBS, PARTICLES, STRONG_CUES, SURNAME_ENDINGS, TITLE_CUES};
use super::text::{fold, words, Word};
use super::{Finding, Kind};
use std::collections::HashSet;
use std::sync::OnceLock;

pub(crate) struct Lexicon {
    names: HashSet<String>,
    ambiguous: HashSet<String>,
    plain: HashSet<String>,
    pub(crate) places: HashSet<String>,
    pub(crate) streets: HashSet<String>,
    pub(crate) never: HashSet<String>,
    pub(crate) function: HashSet<String>,
    pub(crate) place_prefixes: HashSet<String>,
    ending_exceptions: HashSet<String>,
}

fn load(sets: &[&str]) -> HashSet<String> {
    sets.iter()
        .flat_map(|s| s.lines())
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .map(fold)
        .collect()
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon {
        names: load(&[
            include_str!("lexicon/first_names.txt"),
            include_str!("lexicon/surnames.txt"),
        ]),
        ambiguous: load(&[include_str!("lexicon/not_names.txt")]),
        plain: load(&[include_str!("lexicon/plain_words.txt")]),
        places: load(&[include_str!("lexicon/places.txt")]),
        streets: load(&[include_str!("lexicon/streets.txt")]),
        never: load(&[include_str!("lexicon/never.txt")]),
        function: load(&[include_str!("lexicon/function_words.txt")]),
        place_prefixes: load(&[include_str!("lexicon/place_prefixes.txt")]),
        ending_exceptions: load(&[include_str!("lexicon/ending_exceptions.txt")]),
    })
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Class {
    /// In the lexicon and not a common word: a name on its own.
    Strong,
    /// In the lexicon but also a common word: a name only beside another name word or a cue.
    Weak,
    /// Capitalised, unknown: may be part of a name next to a strong word.
    Cap,
    Particle,
    Other,
}

fn classify(text: &str, w: &Word) -> Class {
    let lex = lexicon();
    let f = fold(w.text);
    let cap = w.is_capitalized();
    // "A." in "Harold A. Henry": an initial, not the article.
    if cap && w.text.chars().count() == 1 && text[w.end..].starts_with('.') {
        return Class::Cap;
    }
    if lex.function.contains(&f) {
        return if PARTICLES.contains(&f.as_str()) {
            Class::Particle
        } else {
            Class::Other
        };
    }
    if PARTICLES.contains(&f.as_str()) {
        return Class::Particle;
    }
    if lex.never.contains(&f) {
        return Class::Other;
    }
    let known =
        lex.names.contains(&f) || f.split('-').all(|p| !p.is_empty() && lex.names.contains(p));
    if known {
        // Short all-caps words are more often acronyms than names ("SIM", "MIN").
        let acronym = w.is_all_caps() && w.text.chars().count() <= 3;
        return if lex.ambiguous.contains(&f) || (acronym && cap) {
            if cap {
                Class::Weak
            } else {
                Class::Other
            }
        } else if lex.plain.contains(&f) {
            // "flores" is flowers, "Flores" mid-sentence a family name.
            match (cap, sentence_start(text, w)) {
                (false, _) => Class::Other,
                (true, true) => Class::Weak,
                (true, false) => Class::Strong,
            }
        } else if cap || f.chars().count() >= 3 {
            Class::Strong
        } else {
            Class::Other
        };
    }
    if !cap || (w.is_all_caps() && w.text.chars().count() <= 4) {
        return Class::Other;
    }
    let ending = f.chars().count() >= 6
        && SURNAME_ENDINGS.iter().any(|e| f.ends_with(e))
        && !lex.ending_exceptions.contains(&f)
        && !lex.streets.contains(&f)
        && !lex.places.contains(&f);
    if ending {
        Class::Strong
    } else {
        Class::Cap
    }
}

/// Whether two neighbouring words may belong to one name (only spaces, a hyphen, or the
/// period of an initial or of "Jr." between them).
pub(crate) fn joined(text: &str, a: &Word, b: &Word) -> bool {
    let gap = &text[a.end..b.start];
    let abbreviated = a.text.chars().count() == 1 || matches!(fold(a.text).as_str(), "jr" | "sr");
    (!gap.is_empty() && gap.chars().all(|c| c == ' '))
        || gap == "-"
        || (abbreviated && (gap == ". " || gap == "."))
}

pub(crate) fn sentence_start(text: &str, w: &Word) -> bool {
    let before = text[..w.start].trim_end_matches([' ', '"', '“', '(', '\'']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])
}

fn ends_with_cue(folded: &[String], i: usize, cue: &[&str]) -> bool {
    let n = cue.len();
    i + 1 >= n
        && folded[i + 1 - n..=i]
            .iter()
            .zip(cue.iter())
            .all(|(a, b)| a == b)
}

/// Whether a cue ends at word `i`: `Some(true)` for a strong cue, `Some(false)` for a title.
fn cue_ends_at(folded: &[String], i: usize) -> Option<bool> {
    if STRONG_CUES.iter().any(|c| ends_with_cue(folded, i, c)) {
        return Some(true);
    }
    TITLE_CUES
        .iter()
        .any(|c| ends_with_cue(folded, i, c))
        .then_some(false)
}

/// "Sunset and Alvarado", "on Figueroa", "Cesar Chavez and Soto": streets named after people.
fn used_as_street(text: &str, ws: &[Word], folded: &[String], run: std::ops::Range<usize>) -> bool {
    let lex = lexicon();
    if !run
        .clone()
        .all(|k| lex.streets.contains(&folded[k]) || PARTICLES.contains(&folded[k].as_str()))
    {
        return false;
    }
    let before = run.start.checked_sub(1).map(|k| folded[k].as_str());
    let after = folded.get(run.end).map(String::as_str);
    let after_joined = run.end < ws.len() && joined(text, &ws[run.end - 1], &ws[run.end]);
    matches!(
        before,
        Some(
            "on" | "at"
                | "of"
                | "and"
                | "y"
                | "en"
                | "sobre"
                | "onto"
                | "near"
                | "cerca"
                | "de"
                | "la"
                | "calle"
                | "avenida"
                | "esquina"
                | "por"
        )
    ) || (after_joined && matches!(after, Some("and" | "y")))
}

/// "Sunny from the café", "Maricela del programa": a capitalised word followed by where the
/// person is from.
/// Spanish only mid-sentence: at the start, "Correo de la vecina" is a noun, not a person.
fn followed_by_origin(folded: &[String], end: usize, at_start: bool) -> bool {
    let next = |k: usize| folded.get(end + k).map(String::as_str);
    match (next(0), next(1)) {
        (Some("from"), Some("the")) => true,
        (Some("de"), Some("la" | "el")) | (Some("del"), _) => !at_start,
        _ => false,
    }
}

/// "Tamika Brooks y Jasmine Porter": two names, and the "y" between them is no one's.
fn push_split_at_and(
    ws: &[Word],
    folded: &[String],
    run: std::ops::Range<usize>,
    out: &mut Vec<Finding>,
) {
    let mut start = run.start;
    for k in run.clone() {
        if matches!(folded[k].as_str(), "y" | "and") {
            if k > start {
                out.push(Finding {
                    kind: Kind::Name,
                    start: ws[start].start,
                    end: ws[k - 1].end,
                });
            }
            start = k + 1;
        }
    }
    if start < run.end {
        out.push(Finding {
            kind: Kind::Name,
            start: ws[start].start,
            end: ws[run.end - 1].end,
        });
    }
}

pub fn find(text: &str, out: &mut Vec<Finding>) {
    let ws = words(text);
    if ws.is_empty() {
        return;
    }
    let folded: Vec<String> = ws.iter().map(|w| fold(w.text)).collect();
    let classes: Vec<Class> = ws.iter().map(|w| classify(text, w)).collect();
    let lex = lexicon();
    let mut i = 0;
    while i < ws.len() {
        // What comes right after a cue word is read with the cue in mind.
        let cue = if i > 0 {
            cue_ends_at(&folded, i - 1)
        } else {
            None
        };
        let cue_close = i > 0 && {
            let gap = &text[ws[i - 1].end..ws[i].start];
            let abbreviated = ABBREVIATED.contains(&folded[i - 1].as_str());
            gap.chars()
                .all(|c| c == ' ' || c == ':' || c == ',' || (abbreviated && c == '.'))
                && !gap.is_empty()
        };
        let starts_run = matches!(classes[i], Class::Strong | Class::Weak | Class::Cap);
        if starts_run && leads_run(text, &ws, &folded, &classes, i) {
            i += 1;
            continue;
        }
        if !starts_run {
            if cue == Some(true) && cue_close && classes[i] != Class::Particle {
                // "named maria lopez": up to two lower-case words that are not function words.
                let mut end = i;
                while end < ws.len()
                    && end < i + 2
                    && classes[end] == Class::Other
                    && !lex.function.contains(&folded[end])
                    && ws[end].text.chars().count() > 1
                {
                    end += 1;
                }
                if end > i {
                    out.push(Finding {
                        kind: Kind::Name,
                        start: ws[i].start,
                        end: ws[end - 1].end,
                    });
                    i = end;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        // Grow the capitalised run, letting particles join two name words.
        let mut end = i + 1;
        while end < ws.len() && joined(text, &ws[end - 1], &ws[end]) {
            match classes[end] {
                Class::Strong | Class::Weak | Class::Cap => end += 1,
                Class::Particle => {
                    let mut k = end;
                    while k < ws.len()
                        && classes[k] == Class::Particle
                        && joined(text, &ws[k - 1], &ws[k])
                    {
                        k += 1;
                    }
                    if k < ws.len()
                        && k > end
                        && joined(text, &ws[k - 1], &ws[k])
                        && matches!(classes[k], Class::Strong | Class::Weak | Class::Cap)
                    {
                        end = k + 1;
                    } else {
                        break;
                    }
                }
                Class::Other => break,
            }
        }
        let run = i..end;
        let strong = run.clone().filter(|&k| classes[k] == Class::Strong).count();
        let weak = run.clone().filter(|&k| classes[k] == Class::Weak).count();
        let len = run.len();
        let last = &folded[end - 1];
        let after_place_prefix = lex.place_prefixes.contains(&folded[i])
            || (i > 0
                && lex.place_prefixes.contains(&folded[i - 1])
                && joined(text, &ws[i - 1], &ws[i]));
        let ends_in_place = len >= 2
            && lex.places.contains(last)
            && !(last == "park" && classes[end - 2] == Class::Strong && len == 2);
        // "Will Rogers State Beach": a place word within the next two capitalised words.
        let place_follows = (end..(end + 2).min(ws.len()))
            .take_while(|&k| joined(text, &ws[k - 1], &ws[k]) && ws[k].is_capitalized())
            .any(|k| lex.places.contains(&folded[k]) && classes[k] != Class::Strong)
            || followed_by_place(&ws, &folded, end);
        // Spanish "a" before a person ("se llevaron a Rosa") only settles a doubtful name word.
        // After a verb of arresting or telling ("detuvieron a", "le dijo a") a capitalised run is
        // a person; after "se llevaron a" a lone unknown word may be where to ("a Adelanto").
        let a_after_verb = i >= 2
            && A_VERBS.contains(&folded[i - 2].as_str())
            && (len >= 2 || folded[i - 2] != "llevaron");
        let cued = cue.is_some()
            && cue_close
            && (folded[i - 1] != "a" || classes[i] == Class::Weak || a_after_verb);
        let at_start = sentence_start(text, &ws[i]);
        // "Probably from the family", "Taken from the bus bench": not people.
        let verb_like = ["ly", "ed", "ing", "en"]
            .iter()
            .any(|e| folded[i].ends_with(e));
        let origin = len == 1
            && (classes[i] == Class::Cap && !(at_start && verb_like) || classes[i] == Class::Weak)
            && followed_by_origin(&folded, end, at_start && classes[i] != Class::Weak);
        let context = person_context(text, &ws, &folded, &classes, run.clone())
            || cap_run_is_name(text, &ws, &folded, &classes, run.clone());
        let has_and = run
            .clone()
            .any(|k| matches!(folded[k].as_str(), "y" | "and"));
        let place_inside = has_and && run.clone().any(|k| lex.places.contains(&folded[k]));
        let is_name = !after_place_prefix
            && !ends_in_place
            && !place_follows
            && !used_as_street(text, &ws, &folded, run.clone())
            && !place_inside
            && (strong > 0 || (weak > 0 && len >= 2) || cued || origin || context);
        // "named paola rangel": a lower-case family name right after a cued lower-case name.
        if is_name
            && cue == Some(true)
            && !ws[i].is_capitalized()
            && end < ws.len()
            && classes[end] == Class::Other
            && ws[end].text.chars().next().is_some_and(char::is_lowercase)
            && !lex.function.contains(&folded[end])
            && joined(text, &ws[end - 1], &ws[end])
        {
            end += 1;
        }
        let lone_weak_at_start =
            len == 1 && classes[i] == Class::Weak && at_start && !cued && !origin && !context;
        if is_name && !lone_weak_at_start {
            push_split_at_and(&ws, &folded, i..end, out);
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use crate::{redact, Kind};

    fn names(s: &str) -> Vec<String> {
        crate::find(s)
            .into_iter()
            .filter(|f| f.kind == Kind::Name)
            .map(|f| s[f.start..f.end].to_string())
            .collect()
    }

    #[test]
    fn names_from_many_communities() {
        for (s, want) in [
            (
                "Agent asked for Maria Lopez at the desk",
                vec!["Maria Lopez"],
            ),
            ("José Hernández Ruiz was taken", vec!["José Hernández Ruiz"]),
            ("Mr. Kim and Ji-woo Park waited", vec!["Kim", "Ji-woo Park"]),
            ("la señora Petrosyan lloraba", vec!["Petrosyan"]),
            ("talked to maria about it", vec!["maria"]),
            ("a man named tigran", vec!["tigran"]),
            ("su hijo se llama Kevin", vec!["Kevin"]),
            ("Nguyen Thi Mai works nights", vec!["Nguyen Thi Mai"]),
            ("María de la Cruz signed nothing", vec!["María de la Cruz"]),
            (
                "Reza Hosseini and Olga Ivanova",
                vec!["Reza Hosseini", "Olga Ivanova"],
            ),
        ] {
            assert_eq!(names(s), want, "{s}");
        }
    }

    #[test]
    fn names_in_no_lexicon_are_caught_by_context() {
        for (s, want) in [
            ("then Dawit Kidane came in", vec!["Dawit Kidane"]),
            ("Shoshana Katz said agents left", vec!["Shoshana Katz"]),
            ("We called Hagop Terzian's daughter", vec!["Hagop Terzian"]),
            (
                "Siosaia Tupou, a bus driver, saw them",
                vec!["Siosaia Tupou"],
            ),
            (
                "We gave the flyer to Tigist and Hiwot",
                vec!["Tigist", "Hiwot"],
            ),
            (
                "Detuvieron a Tránsito Portillo afuera",
                vec!["Tránsito Portillo"],
            ),
            (
                "Patron Natalia Smirnova dropped her ID",
                vec!["Natalia Smirnova"],
            ),
            (
                "Tamika Brooks y Jasmine Porter vieron todo",
                vec!["Tamika Brooks", "Jasmine Porter"],
            ),
        ] {
            assert_eq!(names(s), want, "{s}");
        }
    }

    #[test]
    fn names_that_are_plain_words_need_a_capital() {
        assert_eq!(
            names("compró flores y pan para la mesa"),
            Vec::<String>::new()
        );
        assert_eq!(names("Detuvieron a Rosa Flores ayer"), vec!["Rosa Flores"]);
    }

    #[test]
    fn places_months_and_agencies_stay() {
        for s in [
            "Agents staged at Lincoln Park near San Pedro",
            "We drove to Santa Monica in May.",
            "Ritchie Valens Recreation Center, Martin Luther King Jr Blvd",
            "ICE ERO and Border Patrol, LAPD was called.",
            "May I see the warrant? Will they come back?",
            "Form I-200 was shown at City Hall.",
            "Went to Home Depot, then drove to North Hollywood and Boyle Heights.",
            "Neighbor said a white Sienna and a silver Malibu were parked on Mon 8/11.",
            "Me dijo que la sucursal Chinatown cerró. Se vio a los agentes.",
            "Left a message with Legal Aid Foundation; staff speak Spanish and Korean.",
        ] {
            assert!(names(s).is_empty(), "{s}: {:?}", names(s));
        }
    }

    #[test]
    fn redacts_in_place() {
        assert_eq!(
            redact("Officer Reyes said Rosa Elena Quintero lives there").text,
            "Officer [NAME] said [NAME] lives there"
        );
    }
}
