//! Plans and their rules, without the database: what a section must say before a plan can be
//! submitted, and what a review must decide.

use crate::web::form::FormData;

pub const ASSESSMENTS: [&str; 3] = ["complete", "partial", "not_applicable"];
pub const STATUSES: [&str; 4] = ["draft", "submitted", "changes_requested", "approved"];
pub const VERDICTS: [&str; 2] = ["meets", "needs_changes"];
/// Longest section text accepted (characters).
pub const BODY_MAX: usize = 20_000;
pub const REASON_MAX: usize = 2_000;

pub type Problem = (String, &'static str);

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Section {
    pub element_id: i64,
    pub body: String,
    /// complete, partial, not_applicable, or "" while unanswered.
    pub assessment: String,
    /// Why the element does not apply (required with not_applicable).
    pub reason: String,
    /// The adopted working-group guideline this element follows, if any. Versions frozen
    /// before citations existed read as none.
    #[serde(default)]
    pub guideline_id: Option<i64>,
}

impl Section {
    /// Addressed: assessed, with text, or marked not applicable with a reason.
    pub fn addressed(&self) -> bool {
        match self.assessment.as_str() {
            "not_applicable" => !self.reason.trim().is_empty(),
            "complete" | "partial" => !self.body.trim().is_empty(),
            _ => false,
        }
    }
}

/// Reads one element's fields (`body-N`, `assessment-N`, `reason-N`, `guideline-N`) from a
/// form. Saving a draft accepts anything within the limits; only submitting needs every
/// element addressed. `guidelines` are the ids this element may cite.
pub fn section_from_form(
    f: &FormData,
    element_id: i64,
    guidelines: &[i64],
    p: &mut Vec<Problem>,
) -> Section {
    let field = |name: &str| format!("{name}-{element_id}");
    let body = f.raw(&field("body")).replace("\r\n", "\n");
    if body.chars().count() > BODY_MAX {
        p.push((field("body"), "error-too-long"));
    }
    let assessment = f.get(&field("assessment")).to_string();
    if !assessment.is_empty() && !ASSESSMENTS.contains(&assessment.as_str()) {
        p.push((field("assessment"), "error-choose"));
    }
    let reason = f.get(&field("reason")).to_string();
    if reason.chars().count() > REASON_MAX {
        p.push((field("reason"), "error-too-long"));
    }
    let cited = f.get(&field("guideline"));
    let guideline_id = match cited.parse::<i64>() {
        _ if cited.is_empty() => None,
        Ok(id) if guidelines.contains(&id) => Some(id),
        _ => {
            p.push((field("guideline"), "plan-error-guideline"));
            None
        }
    };
    Section {
        element_id,
        body,
        assessment,
        reason,
        guideline_id,
    }
}

/// Why a plan cannot be submitted yet: each element not addressed, named by its field.
pub fn submit_problems(sections: &[Section]) -> Vec<Problem> {
    let mut p = Vec::new();
    for s in sections.iter().filter(|s| !s.addressed()) {
        let key = match s.assessment.as_str() {
            "" => "plan-error-assess",
            "not_applicable" => "plan-error-reason",
            _ => "plan-error-body",
        };
        let field = match key {
            "plan-error-reason" => "reason",
            "plan-error-body" => "body",
            _ => "assessment",
        };
        p.push((format!("{field}-{}", s.element_id), key));
    }
    p
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Verdict {
    pub element_id: i64,
    /// meets or needs_changes.
    pub verdict: String,
    pub comment: String,
}

/// A reviewer's decision from the form: a verdict per element (`verdict-N`, `comment-N`).
/// "Approve" needs every element to meet; "request changes" needs at least one that does not,
/// with a comment saying what to change.
pub fn review_from_form(
    f: &FormData,
    elements: &[i64],
    approve: bool,
) -> Result<Vec<Verdict>, Vec<Problem>> {
    let mut p = Vec::new();
    let mut out = Vec::new();
    for id in elements {
        let verdict = f.get(&format!("verdict-{id}")).to_string();
        let comment = f.get(&format!("comment-{id}")).to_string();
        if !VERDICTS.contains(&verdict.as_str()) {
            p.push((format!("verdict-{id}"), "error-choose"));
        } else if verdict == "needs_changes" && comment.is_empty() {
            p.push((format!("comment-{id}"), "plan-error-comment"));
        } else if approve && verdict == "needs_changes" {
            p.push((format!("verdict-{id}"), "plan-error-approve-all"));
        }
        if comment.chars().count() > REASON_MAX {
            p.push((format!("comment-{id}"), "error-too-long"));
        }
        out.push(Verdict {
            element_id: *id,
            verdict,
            comment,
        });
    }
    if !approve && p.is_empty() && out.iter().all(|v| v.verdict == "meets") {
        p.push(("decision".into(), "plan-error-changes-none"));
    }
    if p.is_empty() {
        Ok(out)
    } else {
        Err(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(assessment: &str, body: &str, reason: &str) -> Section {
        Section {
            element_id: 7,
            body: body.into(),
            assessment: assessment.into(),
            reason: reason.into(),
            guideline_id: None,
        }
    }

    #[test]
    fn an_element_is_addressed_by_text_or_a_reason() {
        assert!(section("complete", "We do this.", "").addressed());
        assert!(section("partial", "Half done.", "").addressed());
        assert!(!section("complete", "  ", "").addressed());
        assert!(section("not_applicable", "", "We have no counters.").addressed());
        assert!(!section("not_applicable", "text", "").addressed());
        assert!(!section("", "text", "").addressed());
        let p = submit_problems(&[section("", "", ""), section("not_applicable", "", "")]);
        assert_eq!(
            p,
            vec![
                ("assessment-7".to_string(), "plan-error-assess"),
                ("reason-7".to_string(), "plan-error-reason")
            ]
        );
    }

    #[test]
    fn an_element_cites_only_a_guideline_it_may() {
        let mut p = Vec::new();
        let f = FormData::parse(b"guideline-7=3").unwrap_or_default();
        assert_eq!(section_from_form(&f, 7, &[3], &mut p).guideline_id, Some(3));
        let f = FormData::parse(b"guideline-7=").unwrap_or_default();
        assert_eq!(section_from_form(&f, 7, &[3], &mut p).guideline_id, None);
        assert!(p.is_empty());
        for bad in [&b"guideline-7=4"[..], b"guideline-7=x", b"guideline-7=-1"] {
            let f = FormData::parse(bad).unwrap_or_default();
            assert_eq!(section_from_form(&f, 7, &[3], &mut p).guideline_id, None);
        }
        assert_eq!(
            p,
            vec![("guideline-7".to_string(), "plan-error-guideline"); 3]
        );
        let old: Section = serde_json::from_str(
            r#"{"element_id":1,"body":"b","assessment":"complete","reason":""}"#,
        )
        .unwrap();
        assert_eq!(old.guideline_id, None);
    }

    #[test]
    fn reviews_need_a_verdict_per_element_and_comments_on_changes() {
        let f =
            FormData::parse(b"verdict-1=meets&verdict-2=needs_changes&comment-2=Name+the+backup")
                .unwrap_or_default();
        let v = review_from_form(&f, &[1, 2], false).unwrap();
        assert_eq!(v[1].comment, "Name the backup");
        let p = review_from_form(&f, &[1, 2], true).unwrap_err();
        assert_eq!(p, vec![("verdict-2".to_string(), "plan-error-approve-all")]);
        let f = FormData::parse(b"verdict-1=meets&verdict-2=needs_changes").unwrap_or_default();
        assert_eq!(
            review_from_form(&f, &[1, 2], false).unwrap_err(),
            vec![("comment-2".to_string(), "plan-error-comment")]
        );
        let f = FormData::parse(b"verdict-1=meets").unwrap_or_default();
        assert_eq!(
            review_from_form(&f, &[1, 2], true).unwrap_err(),
            vec![("verdict-2".to_string(), "error-choose")]
        );
        let f = FormData::parse(b"verdict-1=meets&verdict-2=meets").unwrap_or_default();
        assert_eq!(
            review_from_form(&f, &[1, 2], false).unwrap_err(),
            vec![("decision".to_string(), "plan-error-changes-none")]
        );
        assert!(review_from_form(&f, &[1, 2], true).is_ok());
    }
}
