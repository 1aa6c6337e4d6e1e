//! Context that makes an unknown capitalised word a person: no lexicon can list every name
//! in Los Angeles, so a name that is in none must be caught by where it stands ("Yonas said",
//! "Meron's husband", "his coworker Tsegaye Alemu", "then Dawit Kidane came in").

use super::name_cues::{LEAD_WORDS, PARTICLES, PERSON_VERBS, POSSESSED, STRONG_CUES, TITLE_CUES};
use super::names::{joined, lexicon, sentence_start, Class};
use super::text::Word;

/// Before these a capitalised run is a place, a brand or a thing: "at Home Depot", "the
/// Grand Central Market", "his Honda Civic", "en Pico Rivera".
const NOT_BEFORE_PERSONS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "at", "in", "on", "near", "into", "onto",
    "from", "inside", "outside", "across", "toward", "towards", "his", "her", "their", "our", "my",
    "your", "its", "el", "la", "los", "las", "un", "una", "en", "desde", "hacia", "hasta", "al",
    "del", "este", "esta", "ese", "esa", "su", "sus", "mi", "mis", "nuestra", "nuestro", "of",
    "de", "by", "via", "por", "para", "off",
];

const COLOURS: &[&str] = &[
    "white", "black", "gray", "grey", "silver", "gold", "red", "blue", "green", "tan", "dark",
    "beige", "brown", "maroon", "blanca", "blanco", "negra", "negro", "gris", "roja", "rojo",
    "azul", "verde", "plateada", "plateado", "dorada", "dorado", "vieja", "viejo", "nueva",
    "nuevo",
];

/// Before "to", these mean a person follows ("talked to Yonas"), not a place ("went to").
const SPOKE: &[&str] = &[
    "talked",
    "talking",
    "spoke",
    "speaking",
    "said",
    "explained",
    "gave",
    "given",
    "handed",
    "wrote",
    "reached",
    "listened",
    "introduced",
    "married",
    "belongs",
    "belonged",
    "sent",
    "replied",
    "mentioned",
    "complained",
];

/// A word that opens a run without being part of the name: "Patron Natalia Smirnova",
/// "Según Norma", "Called Lupe", "Taken".
pub(crate) fn leads_run(
    text: &str,
    ws: &[Word],
    folded: &[String],
    classes: &[Class],
    i: usize,
) -> bool {
    let next_is_name_word = i + 1 < ws.len()
        && joined(text, &ws[i], &ws[i + 1])
        && matches!(classes[i + 1], Class::Strong | Class::Weak | Class::Cap);
    if classes[i] != Class::Cap || !next_is_name_word {
        return false;
    }
    let f = folded[i].as_str();
    // "Apparently", "Luckily" and "Called", "Reporting" open sentences; "Lily" is a name.
    let verb_like = sentence_start(text, &ws[i])
        && (f.ends_with("ed") || (f.ends_with("ly") && f.len() >= 7) || f.ends_with("ing"));
    is_role(f) || verb_like
}

/// A word for a role or a relative ("tenant", "vecina", "patron"): it introduces a person.
pub(crate) fn is_role(f: &str) -> bool {
    TITLE_CUES
        .iter()
        .chain(STRONG_CUES.iter())
        .any(|c| c.len() == 1 && c[0] == f)
        || LEAD_WORDS.contains(&f)
}

fn placeish(folded: &str) -> bool {
    let lex = lexicon();
    lex.places.contains(folded) || lex.streets.contains(folded) || lex.never.contains(folded)
}

/// Two to four capitalised words mid-sentence, none of them a place, street or agency word,
/// not after an article or a place preposition: "then Dawit Kidane came in". Names in no
/// lexicon are caught this way; capitalised phrases that are places or things usually follow
/// "the", "at" or "in".
pub(crate) fn cap_run_is_name(
    text: &str,
    ws: &[Word],
    folded: &[String],
    classes: &[Class],
    run: std::ops::Range<usize>,
) -> bool {
    let i = run.start;
    if !(2..=4).contains(&run.len()) || sentence_start(text, &ws[i]) {
        return false;
    }
    let words_ok = run.clone().all(|k| {
        matches!(classes[k], Class::Cap | Class::Weak | Class::Strong)
            && !ws[k].is_all_caps()
            && !placeish(&folded[k])
    });
    if !words_ok {
        return false;
    }
    match i.checked_sub(1).map(|k| folded[k].as_str()) {
        Some("to") => i >= 2 && SPOKE.contains(&folded[i - 2].as_str()),
        Some(p) => !NOT_BEFORE_PERSONS.contains(&p) && !names_a_thing(p),
        None => false,
    }
}

/// "sucursal Chinatown", "edificio federal Roybal", "silver Malibu", "Van Nuys": after a place
/// noun, a colour or a particle, a capitalised word names a place or a vehicle.
fn names_a_thing(prev: &str) -> bool {
    let lex = lexicon();
    COLOURS.contains(&prev)
        || PARTICLES.contains(&prev)
        || lex.place_prefixes.contains(prev)
        || lex.places.contains(prev)
}

/// A lone capitalised word mid-sentence, not next to another capitalised word ("Labor Day",
/// "South LA"), not before a number ("Ordinance 188441", "Mon 8/11"), not a plural acronym.
fn lone_is_person(text: &str, ws: &[Word], folded: &[String], i: usize) -> bool {
    let w = &ws[i];
    let prev_joined = i > 0 && joined(text, &ws[i - 1], w) && ws[i - 1].is_capitalized();
    let next_joined = i + 1 < ws.len() && joined(text, w, &ws[i + 1]) && ws[i + 1].is_capitalized();
    let before_number = text[w.end..]
        .trim_start_matches([' ', '#', '.', ':'])
        .starts_with(|c: char| c.is_ascii_digit());
    let plural_acronym = w
        .text
        .strip_suffix('s')
        .is_some_and(|b| b.chars().count() >= 2 && b.chars().all(|c| c.is_uppercase()));
    let prev_ok = i.checked_sub(1).is_some_and(|k| {
        !NOT_BEFORE_PERSONS.contains(&folded[k].as_str()) && !names_a_thing(&folded[k])
    });
    folded[i].chars().count() >= 3
        && !prev_joined
        && !next_joined
        && !before_number
        && !plural_acronym
        && prev_ok
}

/// "the Arroyo Seco park": a lower-case place word right after the run.
pub(crate) fn followed_by_place(ws: &[Word], folded: &[String], end: usize) -> bool {
    end < ws.len() && lexicon().places.contains(&folded[end]) && !ws[end].is_capitalized()
}

/// A run of capitalised words that acts as a person: "Yonas said", "Meron's husband",
/// "Siosaia Tupou, a bus driver, saw them", "Shoshana Katz said".
pub(crate) fn person_context(
    text: &str,
    ws: &[Word],
    folded: &[String],
    classes: &[Class],
    run: std::ops::Range<usize>,
) -> bool {
    let (i, last) = (run.start, run.end - 1);
    // "Me dijo", "Se vio": Spanish pronouns; "Neighbor said", "Mom said": roles, not names.
    let unlikely = |k: usize| {
        placeish(&folded[k])
            || ws[k].is_all_caps()
            || folded[k].chars().count() <= 2
            || is_role(&folded[k])
    };
    if run.len() > 3 || run.clone().any(unlikely) {
        return false;
    }
    let at_start = sentence_start(text, &ws[i]);
    let prev = i.checked_sub(1).map(|k| folded[k].as_str());
    if !at_start && prev.is_some_and(|p| NOT_BEFORE_PERSONS.contains(&p)) {
        return false;
    }
    let w = &ws[last];
    let next_f = |k: usize| folded.get(last + k).map(String::as_str).unwrap_or("");
    let gap = ws.get(last + 1).map_or("", |n| &text[w.end..n.start]);
    // "Agents said": a plural subject at the start of a sentence is a group, not a person.
    let verb = gap == " "
        && PERSON_VERBS.contains(&next_f(1))
        && !(at_start && folded[last].ends_with('s'));
    let possessive = (text[w.end..].starts_with("'s ") || text[w.end..].starts_with("’s "))
        && POSSESSED.contains(&next_f(1));
    // "Tigist, the custodian," / "Siosaia Tupou, a bus driver," / "Lupe, la vecina del 4".
    let appositive = gap == ", "
        && matches!(
            next_f(1),
            "the"
                | "a"
                | "an"
                | "my"
                | "his"
                | "her"
                | "our"
                | "their"
                | "la"
                | "el"
                | "una"
                | "un"
                | "mi"
                | "su"
                | "nuestra"
                | "nuestro"
        )
        && (2..=4).any(|k| is_role(next_f(k)));
    // "Rigoberta Xuc and her son": someone with a family.
    let with_family = gap == " "
        && matches!(next_f(1), "and" | "y")
        && matches!(next_f(2), "his" | "her" | "their" | "su" | "sus");
    // Mid-sentence, a lone capitalised word that is no place, agency or language and does not
    // follow an article or a place preposition is most often a person ("and Tigist were").
    let lone = run.len() == 1
        && !at_start
        && classes[i] == Class::Cap
        && lone_is_person(text, ws, folded, i);
    verb || possessive || appositive || with_family || lone
}
