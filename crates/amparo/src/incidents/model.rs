//! Incident states, the transitions between them, and nearness of events. Pure.

/// new → acknowledged → verifying → confirmed | unconfirmed | false_alarm | duplicate → closed
pub const STATES: [&str; 8] = [
    "new",
    "acknowledged",
    "verifying",
    "confirmed",
    "unconfirmed",
    "false_alarm",
    "duplicate",
    "closed",
];

/// Where an incident may go from `from`.
pub fn next_states(from: &str) -> &'static [&'static str] {
    match from {
        "new" => &["acknowledged"],
        "acknowledged" => &["verifying"],
        "verifying" => &["confirmed", "unconfirmed", "false_alarm", "duplicate"],
        "confirmed" | "unconfirmed" | "false_alarm" | "duplicate" => &["closed"],
        _ => &[],
    }
}

/// Still taking reports: merges are suggested only into these.
pub fn is_open(state: &str) -> bool {
    matches!(state, "new" | "acknowledged" | "verifying")
}

#[derive(Debug, PartialEq)]
pub enum TransitionProblem {
    NotAllowed,
    /// Two-person confirmation: the same reviewer cannot also give the second agreement.
    SameReviewer,
}

/// What a request to move to `to` does.
#[derive(Debug, PartialEq)]
pub enum Transition {
    /// Move now.
    Move,
    /// Record the first reviewer's agreement; the state stays until a second one agrees.
    AwaitSecondReviewer,
}

pub fn transition(
    from: &str,
    to: &str,
    actor: &str,
    two_person: bool,
    confirm_requested_by: Option<&str>,
) -> Result<Transition, TransitionProblem> {
    if !next_states(from).contains(&to) {
        return Err(TransitionProblem::NotAllowed);
    }
    if to != "confirmed" || !two_person {
        return Ok(Transition::Move);
    }
    match confirm_requested_by {
        None => Ok(Transition::AwaitSecondReviewer),
        Some(first) if first == actor => Err(TransitionProblem::SameReviewer),
        Some(_) => Ok(Transition::Move),
    }
}

/// Great-circle distance in metres.
pub fn distance_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6_371_000.0 * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_listed_transitions_are_allowed() {
        assert_eq!(
            transition("new", "acknowledged", "a", false, None),
            Ok(Transition::Move)
        );
        assert_eq!(
            transition("new", "confirmed", "a", false, None),
            Err(TransitionProblem::NotAllowed)
        );
        assert_eq!(
            transition("verifying", "false_alarm", "a", true, None),
            Ok(Transition::Move)
        );
        assert_eq!(
            transition("closed", "new", "a", false, None),
            Err(TransitionProblem::NotAllowed)
        );
        for s in STATES {
            for t in next_states(s) {
                assert!(STATES.contains(t));
            }
        }
    }

    #[test]
    fn two_person_confirmation_needs_two_people() {
        assert_eq!(
            transition("verifying", "confirmed", "user:1", true, None),
            Ok(Transition::AwaitSecondReviewer)
        );
        assert_eq!(
            transition("verifying", "confirmed", "user:1", true, Some("user:1")),
            Err(TransitionProblem::SameReviewer)
        );
        assert_eq!(
            transition("verifying", "confirmed", "user:2", true, Some("user:1")),
            Ok(Transition::Move)
        );
        assert_eq!(
            transition("verifying", "confirmed", "user:1", false, None),
            Ok(Transition::Move)
        );
    }

    #[test]
    fn distances() {
        // City Hall to Union Station is about 850 m.
        let d = distance_m((34.0537, -118.2428), (34.0562, -118.2365));
        assert!((500.0..900.0).contains(&d), "{d}");
        assert!(distance_m((34.0, -118.0), (34.0, -118.0)) < 0.001);
    }
}
