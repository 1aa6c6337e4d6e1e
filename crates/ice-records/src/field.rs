//! The record fields a column can feed, with stable keys for stored column mappings.

/// The record fields a column can feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    ApprehensionDate,
    State,
    County,
    Aor,
    Site,
    Method,
    Criminality,
    Charge,
    CriminalChargesJson,
    Program,
    CaseStatus,
    Disposition,
    Citizenship,
    Gender,
    BirthYear,
    DepartedDate,
    AnonymisedId,
}

impl Field {
    /// Every field, in the order a mapping form should list them.
    pub const ALL: [Field; 17] = [
        Field::ApprehensionDate,
        Field::State,
        Field::County,
        Field::Aor,
        Field::Site,
        Field::Method,
        Field::Criminality,
        Field::Charge,
        Field::CriminalChargesJson,
        Field::Program,
        Field::CaseStatus,
        Field::Disposition,
        Field::Citizenship,
        Field::Gender,
        Field::BirthYear,
        Field::DepartedDate,
        Field::AnonymisedId,
    ];

    /// Stable snake_case key. Applications store mappings under these keys, so a key
    /// must never change once released; new fields get new keys.
    pub fn key(&self) -> &'static str {
        match self {
            Field::ApprehensionDate => "apprehension_date",
            Field::State => "state",
            Field::County => "county",
            Field::Aor => "aor",
            Field::Site => "site",
            Field::Method => "method",
            Field::Criminality => "criminality",
            Field::Charge => "charge",
            Field::CriminalChargesJson => "criminal_charges_json",
            Field::Program => "program",
            Field::CaseStatus => "case_status",
            Field::Disposition => "disposition",
            Field::Citizenship => "citizenship",
            Field::Gender => "gender",
            Field::BirthYear => "birth_year",
            Field::DepartedDate => "departed_date",
            Field::AnonymisedId => "anonymised_id",
        }
    }

    /// The field with this [`Field::key`].
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Short English label for forms and reports.
    pub fn label(&self) -> &'static str {
        match self {
            Field::ApprehensionDate => "Apprehension date",
            Field::State => "State",
            Field::County => "County",
            Field::Aor => "Area of responsibility (AOR)",
            Field::Site => "Apprehension site or landmark",
            Field::Method => "Apprehension method",
            Field::Criminality => "Criminality",
            Field::Charge => "Charge",
            Field::CriminalChargesJson => "Criminal charges (I-213 JSON)",
            Field::Program => "Program",
            Field::CaseStatus => "Case status",
            Field::Disposition => "Processing disposition",
            Field::Citizenship => "Citizenship",
            Field::Gender => "Gender",
            Field::BirthYear => "Birth year",
            Field::DepartedDate => "Departed date",
            Field::AnonymisedId => "Anonymised identifier",
        }
    }
}
