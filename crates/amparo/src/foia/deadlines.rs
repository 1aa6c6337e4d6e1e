//! A request's statutory deadlines from its history, and whether ICE is late.
//!
//! The dates that matter are kept on the request row (received, extension notice, adverse
//! determination, appeal received); tolling comes from the transitions into and out of the
//! clock-pausing states. The `workdays` crate does the counting and explains each date.

use super::model::State;
use super::store::{Event, Request};
use chrono::NaiveDate;
use workdays::{Deadline, Deadlines, Inputs};

/// What the FOIA pages show about a request's clock.
#[derive(Debug, Clone)]
pub struct Clock {
    pub deadlines: Option<Deadlines>,
    /// The clock is stopped (fix or payment required) since this day.
    pub paused_since: Option<NaiveDate>,
    pub overdue: Option<Overdue>,
    /// Why no deadline could be computed (inconsistent dates), for the page.
    pub problem: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overdue {
    /// `response` or `appeal_decision`.
    pub what: &'static str,
    pub due: NaiveDate,
    pub working_days: i64,
    pub calendar_days: i64,
}

/// Tolled ranges from the transitions, oldest first. A range still open ends `today`.
pub fn tolled_ranges(events: &[Event], today: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    let mut ranges = Vec::new();
    let mut open: Option<NaiveDate> = None;
    for e in events.iter().filter(|e| e.kind == "transition") {
        let Some(on) = super::model::parse_date(&e.occurred_on) else {
            continue;
        };
        let pausing = e
            .to_state
            .as_deref()
            .and_then(State::parse)
            .is_some_and(State::pauses_clock);
        match (open, pausing) {
            (None, true) => open = Some(on),
            (Some(from), false) => {
                ranges.push((from, on));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(from) = open {
        ranges.push((from, today.max(from)));
    }
    ranges
}

pub fn inputs(r: &Request, events: &[Event], today: NaiveDate) -> Option<Inputs> {
    let date = |s: &Option<String>| s.as_deref().and_then(super::model::parse_date);
    Some(Inputs {
        received: date(&r.received_on)?,
        extension: r.extension_on.is_some(),
        tolled: tolled_ranges(events, today),
        adverse: date(&r.adverse_on),
        appeal_received: date(&r.appeal_received_on),
    })
}

/// The deadline a response is held to: the extended one once a notice was sent.
pub fn response_deadline(d: &Deadlines) -> &Deadline {
    d.extended_due.as_ref().unwrap_or(&d.response_due)
}

pub fn clock(r: &Request, events: &[Event], today: NaiveDate) -> Clock {
    let state = State::parse(&r.state).unwrap_or(State::Draft);
    let paused_since = if state.pauses_clock() {
        tolled_ranges(events, today).last().map(|(from, _)| *from)
    } else {
        None
    };
    let Some(inputs) = inputs(r, events, today) else {
        return Clock {
            deadlines: None,
            paused_since,
            overdue: None,
            problem: None,
        };
    };
    match workdays::compute(&inputs) {
        Ok(d) => {
            let overdue = late(state, &d, today);
            Clock {
                deadlines: Some(d),
                paused_since,
                overdue,
                problem: None,
            }
        }
        Err(e) => Clock {
            deadlines: None,
            paused_since,
            overdue: None,
            problem: Some(e),
        },
    }
}

fn late(state: State, d: &Deadlines, today: NaiveDate) -> Option<Overdue> {
    let (what, due) = if state.awaits_response() {
        ("response", response_deadline(d).date)
    } else if state == State::Appealed {
        ("appeal_decision", d.appeal_decision_due.as_ref()?.date)
    } else {
        return None;
    };
    let (working_days, calendar_days) = workdays::overdue(due, today)?;
    Some(Overdue {
        what,
        due,
        working_days,
        calendar_days,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        super::super::model::parse_date(s).unwrap_or_default()
    }

    fn transition(to: &str, on: &str) -> Event {
        Event {
            id: 0,
            request_id: 1,
            kind: "transition".into(),
            from_state: None,
            to_state: Some(to.into()),
            occurred_on: on.into(),
            note: String::new(),
            file_id: None,
            filename: None,
            actor: String::new(),
            created_at: String::new(),
        }
    }

    fn request(state: &str, received: &str) -> Request {
        Request {
            state: state.into(),
            received_on: Some(received.into()),
            ..Request::default()
        }
    }

    #[test]
    fn pausing_states_toll_the_clock_until_the_next_transition() {
        let events = vec![
            transition("submitted", "2025-07-14"),
            transition("fix_required", "2025-07-21"),
            transition("processing", "2025-07-25"),
            transition("payment_required", "2025-08-04"),
        ];
        let t = tolled_ranges(&events, day("2025-08-06"));
        assert_eq!(
            t,
            vec![
                (day("2025-07-21"), day("2025-07-25")),
                (day("2025-08-04"), day("2025-08-06"))
            ]
        );
    }

    #[test]
    fn a_late_response_is_overdue_by_working_and_calendar_days() {
        // Received Mon 2025-07-14: 20 working days end Mon 2025-08-11.
        let r = request("acknowledged", "2025-07-14");
        let c = clock(&r, &[], day("2025-08-14"));
        let o = c.overdue.clone().unwrap_or_else(|| panic!("{c:?}"));
        assert_eq!(
            (o.due, o.working_days, o.calendar_days),
            (day("2025-08-11"), 3, 3)
        );
        assert!(clock(&r, &[], day("2025-08-11")).overdue.is_none());
        // A paused clock is never overdue.
        let paused = request("fix_required", "2025-07-14");
        assert!(clock(&paused, &[], day("2025-09-30")).overdue.is_none());
    }
}
