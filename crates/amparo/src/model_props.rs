//! Property tests on the model types: whatever a form or query carries, parsing never
//! panics, and what it accepts keeps the model's promises.

#![allow(clippy::unwrap_used)]

use crate::web::form::FormData;
use proptest::prelude::*;
use proptest::sample::select;

/// Field names the forms read, mixed with noise, paired with any text.
fn form() -> impl Strategy<Value = FormData> {
    let names = select(vec![
        "title",
        "body",
        "starts_on",
        "starts_at",
        "ends_at",
        "date",
        "place",
        "link",
        "agenda",
        "minutes",
        "decisions",
        "attended",
        "owner",
        "due_on",
        "observed_at",
        "department_id",
        "facility_id",
        "narrative",
        "agencies",
        "activities",
        "latitude",
        "longitude",
        "body-1",
        "assessment-1",
        "reason-1",
        "guideline-1",
        "doc_title",
        "x",
    ]);
    prop::collection::vec((names, any::<String>()), 0..24).prop_map(|pairs| {
        let mut f = FormData::default();
        for (k, v) in pairs {
            f.push(k, v);
        }
        f
    })
}

proptest! {
    // 512 cases a test by default; PROPTEST_CASES asks for a longer run.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512)
    ))]

    #[test]
    fn url_encoded_bodies_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = FormData::parse(&bytes);
    }

    #[test]
    fn report_forms_are_read_or_refused_by_field(f in form()) {
        let now = chrono::Utc::now();
        match crate::reports::model::ReportInput::from_form(&f, now) {
            Ok(r) => prop_assert!(r.narrative.chars().count() <= 5_000),
            Err(p) => prop_assert!(!p.is_empty() && p.iter().all(|(field, key)| !field.is_empty() && !key.is_empty())),
        }
    }

    #[test]
    fn meetings_accepted_end_after_they_start(
        day in 1u32..=28, month in 1u32..=12, start in (0u32..24, 0u32..60), end in (0u32..24, 0u32..60),
        place in "[A-Za-z ]{0,12}",
    ) {
        let mut f = FormData::default();
        f.set("title", "Reading");
        f.set("date", format!("2026-{month:02}-{day:02}"));
        f.set("start", format!("{:02}:{:02}", start.0, start.1));
        f.set("end", format!("{:02}:{:02}", end.0, end.1));
        f.set("place", place);
        match crate::guidelines::model::MeetingInput::from_form(&f) {
            Ok(m) => prop_assert!(m.ends_at > m.starts_at),
            Err(p) => prop_assert!(p.iter().all(|(field, _)| matches!(*field, "end" | "place" | "link"))),
        }
    }

    #[test]
    fn plan_sections_cite_only_allowed_guidelines(
        f in form(), cited in prop_oneof![(1i64..8).prop_map(|n| n.to_string()), any::<String>()],
        allowed in prop::collection::vec(1i64..8, 0..5),
    ) {
        let mut f = f;
        f.set("guideline-1", cited.clone());
        let mut p = Vec::new();
        let s = crate::plans::model::section_from_form(&f, 1, &allowed, &mut p);
        let wanted = cited.trim().parse::<i64>().ok();
        prop_assert_eq!(s.guideline_id.is_some(), wanted.is_some_and(|g| allowed.contains(&g)));
        if let Some(g) = s.guideline_id {
            prop_assert!(allowed.contains(&g));
        }
        prop_assert!(s.body.chars().count() <= crate::plans::model::BODY_MAX || !p.is_empty());
    }

    #[test]
    fn guideline_sections_are_numbered_in_order(body in "(## [a-z ]{0,8}\n|[a-z .]{0,12}\n){0,12}") {
        let sections = crate::guidelines::documents::model::sections(&body);
        let numbers: Vec<usize> = sections.iter().map(|s| s.number).filter(|n| *n > 0).collect();
        let expected: Vec<usize> = (1..=numbers.len()).collect();
        prop_assert_eq!(numbers, expected);
        prop_assert_eq!(
            sections.iter().filter(|s| s.number > 0).count(),
            body.lines().filter(|l| l.starts_with("## ")).count()
        );
    }

    #[test]
    fn masks_round_trip(chosen in prop::collection::vec(select(crate::reports::model::AGENCIES.codes.to_vec()), 0..6)) {
        let selected: Vec<String> = chosen.iter().map(|s| s.to_string()).collect();
        let m = crate::reports::model::mask(crate::reports::model::AGENCIES.codes, &selected);
        let back = crate::reports::model::codes_in(crate::reports::model::AGENCIES.codes, m);
        prop_assert!(back.iter().all(|c| chosen.contains(c)));
        prop_assert!(chosen.iter().all(|c| back.contains(c)));
    }

    #[test]
    fn redirects_stay_on_this_site(next in prop_oneof![any::<String>(), any::<String>().prop_map(|s| format!("/{s}"))]) {
        let to = crate::web::same_site_path(Some(&next));
        prop_assert!(to.starts_with('/') && !to.starts_with("//"));
        prop_assert!(!to.chars().any(|c| c.is_control() || c == '\\'));
    }

    #[test]
    fn meeting_documents_are_refused_or_typed(title in any::<String>(), bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        if let Ok(c) = crate::guidelines::meeting_documents::check(&title, &bytes) {
            prop_assert!(matches!(c.content_type, "application/pdf" | "image/png" | "image/jpeg" | "text/plain; charset=utf-8"));
        }
    }

    #[test]
    fn word_diffs_rebuild_both_versions(old in "[a-c ]{0,40}", new in "[a-c ]{0,40}") {
        let pieces = textdiff::words(&old, &new);
        let side = |keep: textdiff::Op| pieces.iter().filter(|p| p.op == textdiff::Op::Same || p.op == keep).map(|p| p.text.as_str()).collect::<String>();
        prop_assert_eq!(side(textdiff::Op::Removed), old);
        prop_assert_eq!(side(textdiff::Op::Added), new);
    }
}
