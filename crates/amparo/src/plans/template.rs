//! Executive Directive 12 as amparo ships it: its deadline rule and the ten elements every
//! department's preparedness plan must address.

pub const ED12_NUMBER: &str = "ED 12";
pub const ED12_TITLE: &str = "Preparedness for federal immigration enforcement on city property";
pub const ED12_SIGNED: &str = "2025-07-11";
pub const ED12_RULE: &str = "14 calendar days";
/// Elected offices set their own policies; the directive applies to the other departments.
pub const EXCLUDED_KINDS: &[&str] = &["elected_office"];

/// (title, guidance) in order.
pub const ED12_ELEMENTS: [(&str, &str); 10] = [
    (
        "Liaison",
        "Name the immigrant affairs liaison and a backup, and say how to reach them during and outside working hours.",
    ),
    (
        "Public areas",
        "Lobbies, counters and parking: stay calm and do not obstruct; ask for name, badge number, agency, purpose and supervisor; call the liaison.",
    ),
    (
        "Non-public areas",
        "List the department's non-public areas and their signage. Entry only with a judicial warrant signed by a judge; staff may say they cannot consent and refer agents to the designated person.",
    ),
    (
        "Warrant check",
        "A judicial warrant names a court and is signed by a judge. Administrative forms (I-200, I-205) and detainers (I-247A) do not authorise entry to non-public areas. Say who reviews a warrant (the City Attorney contact).",
    ),
    (
        "Reporting",
        "How activity is reported to the Mayor's Office through amparo, how fast, and what staff should write down.",
    ),
    (
        "Ordinance 188441",
        "No city resources, personnel, facilities or data used for immigration enforcement; no collection of immigration status; how requests for data from federal agents are handled.",
    ),
    (
        "Contractors",
        "How contractors and their staff on city property are informed and held to the ordinance.",
    ),
    (
        "Training",
        "Audiences, schedule, materials, completion target and date.",
    ),
    (
        "Families",
        "Services and information for impacted families, and the multilingual channels used to spread them.",
    ),
    (
        "Employee support",
        "Counsel and wellbeing for employees, and what happens after an incident.",
    ),
];
