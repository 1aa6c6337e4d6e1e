//! A FOIA request's fields, its fourteen states and the moves between them.

use crate::web::form::FormData;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Draft,
    Submitted,
    Acknowledged,
    Processing,
    FixRequired,
    PaymentRequired,
    PartialResponse,
    CompleteResponse,
    NoRecords,
    Denied,
    Appealed,
    AppealDecided,
    Litigation,
    Closed,
}

impl State {
    pub const ALL: [State; 14] = [
        State::Draft,
        State::Submitted,
        State::Acknowledged,
        State::Processing,
        State::FixRequired,
        State::PaymentRequired,
        State::PartialResponse,
        State::CompleteResponse,
        State::NoRecords,
        State::Denied,
        State::Appealed,
        State::AppealDecided,
        State::Litigation,
        State::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Draft => "draft",
            State::Submitted => "submitted",
            State::Acknowledged => "acknowledged",
            State::Processing => "processing",
            State::FixRequired => "fix_required",
            State::PaymentRequired => "payment_required",
            State::PartialResponse => "partial_response",
            State::CompleteResponse => "complete_response",
            State::NoRecords => "no_records",
            State::Denied => "denied",
            State::Appealed => "appealed",
            State::AppealDecided => "appeal_decided",
            State::Litigation => "litigation",
            State::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<State> {
        State::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// The Fluent id of the state's name.
    pub fn label_key(self) -> String {
        format!("foia-state-{}", self.as_str().replace('_', "-"))
    }

    /// The response clock stops while ICE waits on the requester (6 CFR 5.6(c), 5.11(i)).
    pub fn pauses_clock(self) -> bool {
        matches!(self, State::FixRequired | State::PaymentRequired)
    }

    /// ICE owes an answer to the request and the response clock is running.
    pub fn awaits_response(self) -> bool {
        matches!(
            self,
            State::Submitted | State::Acknowledged | State::Processing | State::PartialResponse
        )
    }

    /// Entering this state is an adverse determination, which opens the appeal window.
    pub fn is_adverse(self) -> bool {
        matches!(self, State::Denied | State::NoRecords)
    }

    /// The states a request may move to from this one.
    pub fn next(self) -> &'static [State] {
        use State::*;
        const ANSWERS: &[State] = &[
            Acknowledged,
            Processing,
            FixRequired,
            PaymentRequired,
            PartialResponse,
            CompleteResponse,
            NoRecords,
            Denied,
            Closed,
        ];
        match self {
            Draft => &[Submitted],
            Submitted | Acknowledged | Processing => ANSWERS,
            FixRequired | PaymentRequired => &[Processing, Acknowledged, Denied, Closed],
            PartialResponse => &[
                Processing,
                PartialResponse,
                CompleteResponse,
                NoRecords,
                Denied,
                Appealed,
                Closed,
            ],
            CompleteResponse | NoRecords | Denied => &[Appealed, Litigation, Closed],
            Appealed => &[AppealDecided, Litigation, Closed],
            AppealDecided => &[Processing, CompleteResponse, Litigation, Closed],
            Litigation => &[Processing, CompleteResponse, Closed],
            Closed => &[],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeCategory {
    Commercial,
    EducationalMedia,
    Other,
}

impl FeeCategory {
    pub const ALL: [FeeCategory; 3] = [
        FeeCategory::Commercial,
        FeeCategory::EducationalMedia,
        FeeCategory::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FeeCategory::Commercial => "commercial",
            FeeCategory::EducationalMedia => "educational_media",
            FeeCategory::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<FeeCategory> {
        FeeCategory::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("foia-fee-{}", self.as_str().replace('_', "-"))
    }
}

/// What a MOIA analyst types for a request (also its draft edits).
#[derive(Debug, Clone, PartialEq)]
pub struct RequestInput {
    pub subject: String,
    pub agency: String,
    pub component: String,
    pub records_sought: String,
    pub date_from: Option<NaiveDate>,
    pub date_to: Option<NaiveDate>,
    pub fee_category: FeeCategory,
    pub fee_waiver: String,
    pub expedite: String,
    pub delivery_format: String,
    pub requester: String,
    pub tracking_number: String,
}

/// (field, Fluent id of the message).
pub type Problems = Vec<(&'static str, &'static str)>;

pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (1990..=2100).contains(&chrono::Datelike::year(d)))
}

fn text(
    f: &FormData,
    name: &'static str,
    max: usize,
    required: bool,
    problems: &mut Problems,
) -> String {
    let v = f.get(name).to_string();
    if required && v.is_empty() {
        problems.push((name, "foia-error-required"));
    } else if v.chars().count() > max {
        problems.push((name, "foia-error-too-long"));
    }
    v
}

fn optional_date(f: &FormData, name: &'static str, problems: &mut Problems) -> Option<NaiveDate> {
    let v = f.get(name);
    if v.is_empty() {
        return None;
    }
    let d = parse_date(v);
    if d.is_none() {
        problems.push((name, "foia-error-date"));
    }
    d
}

/// A tracking number as ICE assigns them (`2025-ICFO-12345`): letters, digits and dashes.
fn valid_tracking(s: &str) -> bool {
    s.is_empty()
        || (s.len() <= 40
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
}

impl RequestInput {
    pub fn from_form(f: &FormData) -> Result<RequestInput, Problems> {
        let mut p = Problems::new();
        let subject = text(f, "subject", 300, true, &mut p);
        let agency = text(f, "agency", 200, true, &mut p);
        let component = text(f, "component", 200, true, &mut p);
        let records_sought = text(f, "records_sought", 20_000, true, &mut p);
        let date_from = optional_date(f, "date_from", &mut p);
        let date_to = optional_date(f, "date_to", &mut p);
        if let (Some(a), Some(b)) = (date_from, date_to) {
            if b < a {
                p.push(("date_to", "foia-error-range"));
            }
        }
        let fee_category = match FeeCategory::parse(f.get("fee_category")) {
            Some(c) => c,
            None => {
                p.push(("fee_category", "foia-error-fee-category"));
                FeeCategory::Other
            }
        };
        let fee_waiver = text(f, "fee_waiver", 10_000, false, &mut p);
        let expedite = text(f, "expedite", 10_000, false, &mut p);
        let delivery_format = text(f, "delivery_format", 500, true, &mut p);
        let requester = text(f, "requester", 2_000, true, &mut p);
        let tracking_number = f.get("tracking_number").to_uppercase();
        if !valid_tracking(&tracking_number) {
            p.push(("tracking_number", "foia-error-tracking"));
        }
        if !p.is_empty() {
            return Err(p);
        }
        Ok(RequestInput {
            subject,
            agency,
            component,
            records_sought,
            date_from,
            date_to,
            fee_category,
            fee_waiver,
            expedite,
            delivery_format,
            requester,
            tracking_number,
        })
    }
}

/// A move from one state to another as the form gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitionInput {
    pub to: State,
    pub on: NaiveDate,
    pub note: String,
    /// The agency received the request on this day (acknowledgement letters say).
    pub received_on: Option<NaiveDate>,
    pub tracking_number: Option<String>,
    /// An unusual-circumstances notice came with this letter (+10 working days).
    pub extension: bool,
    /// The letter withholds records (an adverse determination) though the state is not a
    /// denial.
    pub adverse: bool,
}

impl TransitionInput {
    pub fn from_form(f: &FormData, today: NaiveDate) -> Result<TransitionInput, Problems> {
        let mut p = Problems::new();
        let to = State::parse(f.get("to"));
        if to.is_none() {
            p.push(("to", "foia-error-state"));
        }
        let on = match f.get("on") {
            "" => Some(today),
            v => parse_date(v),
        };
        match on {
            None => p.push(("on", "foia-error-date")),
            Some(d) if d > today => p.push(("on", "foia-error-future")),
            _ => {}
        }
        let note = text(f, "note", 10_000, false, &mut p);
        let received_on = optional_date(f, "received_on", &mut p);
        let tracking = f.get("tracking_number").to_uppercase();
        if !valid_tracking(&tracking) {
            p.push(("tracking_number", "foia-error-tracking"));
        }
        match (to, on) {
            (Some(to), Some(on)) if p.is_empty() => Ok(TransitionInput {
                to,
                on,
                note,
                received_on,
                tracking_number: Some(tracking).filter(|t| !t.is_empty()),
                extension: f.is("extension", "yes"),
                adverse: f.is("adverse", "yes"),
            }),
            _ => Err(p),
        }
    }
}

/// A letter sent or received, logged on the request.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterInput {
    pub sent: bool,
    pub on: NaiveDate,
    pub note: String,
}

impl LetterInput {
    pub fn from_form(f: &FormData, today: NaiveDate) -> Result<LetterInput, Problems> {
        let mut p = Problems::new();
        let sent = match f.get("direction") {
            "sent" => true,
            "received" => false,
            _ => {
                p.push(("direction", "foia-error-direction"));
                false
            }
        };
        let on = parse_date(f.get("letter_on"));
        match on {
            None => p.push(("letter_on", "foia-error-date")),
            Some(d) if d > today => p.push(("letter_on", "foia-error-future")),
            _ => {}
        }
        let note = text(f, "letter_note", 10_000, true, &mut p);
        match on {
            Some(on) if p.is_empty() => Ok(LetterInput { sent, on, note }),
            _ => Err(p),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_round_trips_and_only_closed_is_final() {
        for s in State::ALL {
            assert_eq!(State::parse(s.as_str()), Some(s));
            assert_eq!(s.next().is_empty(), s == State::Closed, "{s:?}");
        }
        assert_eq!(State::parse("lost"), None);
    }

    #[test]
    fn every_state_is_reachable_from_draft() {
        let mut seen = vec![State::Draft];
        let mut i = 0;
        while i < seen.len() {
            for n in seen[i].next() {
                if !seen.contains(n) {
                    seen.push(*n);
                }
            }
            i += 1;
        }
        assert_eq!(seen.len(), State::ALL.len());
    }

    #[test]
    fn requests_are_validated_field_by_field() {
        let f = FormData::parse(b"subject=&fee_category=cheap&date_from=2025-06-01&date_to=2025-01-01&tracking_number=2025%2FICFO").unwrap_or_default();
        let p = RequestInput::from_form(&f).err().unwrap_or_default();
        let fields: Vec<&str> = p.iter().map(|(f, _)| *f).collect();
        for name in [
            "subject",
            "agency",
            "records_sought",
            "date_to",
            "fee_category",
            "tracking_number",
        ] {
            assert!(fields.contains(&name), "{name} not flagged in {fields:?}");
        }
    }

    #[test]
    fn transitions_refuse_future_dates_and_unknown_states() {
        let today = NaiveDate::from_ymd_opt(2025, 8, 1).unwrap_or_default();
        let f = FormData::parse(b"to=archived&on=2025-08-02").unwrap_or_default();
        let p = TransitionInput::from_form(&f, today)
            .err()
            .unwrap_or_default();
        assert!(p.contains(&("to", "foia-error-state")));
        assert!(p.contains(&("on", "foia-error-future")));
        let f = FormData::parse(
            b"to=acknowledged&received_on=2025-07-29&tracking_number=2025-icfo-12345&extension=yes",
        )
        .unwrap_or_default();
        let t = TransitionInput::from_form(&f, today);
        assert!(
            matches!(&t, Ok(t) if t.on == today && t.extension && t.tracking_number.as_deref() == Some("2025-ICFO-12345")),
            "{t:?}"
        );
    }
}
