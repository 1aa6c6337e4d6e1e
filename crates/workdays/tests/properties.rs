#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Properties over pseudo-random dates 2021-2027 and counts 0..200, from a
//! fixed-seed LCG so failures reproduce without the rand crate.

use chrono::{Days, NaiveDate};
use workdays::{add_working_days, compute, is_working_day, working_days_between, Inputs};

/// Knuth's MMIX LCG; the high bits are the well-mixed ones.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % bound
    }

    /// A date from 2021-01-01 through 2027-12-31 (2556 days).
    fn date(&mut self) -> NaiveDate {
        let first = NaiveDate::from_ymd_opt(2021, 1, 1).unwrap();
        first.checked_add_days(Days::new(self.next(2556))).unwrap()
    }
}

const CASES: usize = 400;

#[test]
fn lands_on_a_working_day_and_inverts() {
    let mut rng = Lcg(1);
    for _ in 0..CASES {
        let (start, n) = (rng.date(), rng.next(200) as u32);
        let due = add_working_days(start, n);
        if n >= 1 {
            assert!(is_working_day(due), "{start} + {n} = {due}");
        }
        assert_eq!(
            working_days_between(start, due),
            i64::from(n),
            "{start} + {n}"
        );
        assert_eq!(working_days_between(due, start), -i64::from(n));
    }
}

#[test]
fn monotonic_in_count_and_in_start() {
    let mut rng = Lcg(2);
    for _ in 0..CASES {
        let (start, n) = (rng.date(), rng.next(199) as u32);
        assert!(add_working_days(start, n) < add_working_days(start, n + 1));
        let later = start.checked_add_days(Days::new(rng.next(30))).unwrap();
        assert!(
            add_working_days(start, n) <= add_working_days(later, n),
            "{start} {later} {n}"
        );
    }
}

#[test]
fn tolling_never_makes_a_deadline_earlier() {
    let mut rng = Lcg(3);
    for _ in 0..CASES {
        let received = rng.date();
        let from = received.checked_add_days(Days::new(rng.next(40))).unwrap();
        let to = from.checked_add_days(Days::new(rng.next(20))).unwrap();
        let plain = Inputs {
            received,
            extension: true,
            ..Inputs::default()
        };
        let tolled = Inputs {
            tolled: vec![(from, to)],
            ..plain.clone()
        };
        let (a, b) = (compute(&plain).unwrap(), compute(&tolled).unwrap());
        assert!(
            b.response_due.date >= a.response_due.date,
            "{received} {from}..{to}"
        );
        assert!(b.extended_due.unwrap().date >= a.extended_due.unwrap().date);
        // Every tolled working day that would have counted (after receipt, not after the
        // deadline) pushes the deadline exactly one working day.
        let lost = (0..=to.signed_duration_since(from).num_days())
            .map(|k| from.checked_add_days(Days::new(k as u64)).unwrap())
            .filter(|day| *day > received && *day <= b.response_due.date && is_working_day(*day))
            .count() as i64;
        assert_eq!(
            working_days_between(a.response_due.date, b.response_due.date),
            lost,
            "{received} {from}..{to}"
        );
    }
}
