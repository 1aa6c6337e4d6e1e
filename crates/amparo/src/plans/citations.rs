//! A plan's element may cite a guideline the working group has adopted: which guidelines can
//! be cited, and where the plan links to for each.

use crate::db::Db;
use crate::guidelines::documents::store as guidelines;

#[derive(Debug, Clone)]
pub struct Citation {
    pub id: i64,
    pub title: String,
    pub stage: String,
    pub version: i64,
    pub adopted_on: String,
    /// The public page once published (in the reader's language, which falls back to
    /// English); before that the group's own page.
    pub href: String,
}

impl Citation {
    /// Offered for new citations: adopted or published, not superseded.
    pub fn current(&self) -> bool {
        matches!(self.stage.as_str(), "adopted" | "published")
    }

    /// "version 2, adopted 2026-11-03", in the reader's language.
    pub fn adopted_text(&self, tr: &crate::web::i18n::Tr) -> String {
        tr.t2(
            "plan-guideline-adopted",
            ("version", &self.version.to_string()),
            ("date", &self.adopted_on),
        )
    }
}

/// Every guideline that has been adopted (superseded ones included, so old citations still
/// show), newest change first.
pub async fn adopted(db: &Db, lang: &str) -> Result<Vec<Citation>, sqlx::Error> {
    Ok(guidelines::list(db)
        .await?
        .into_iter()
        .filter_map(|g| {
            let version = g.adopted_version?;
            let href = if g.portal_page_id.is_some() {
                format!("/{lang}/guideline-{}", g.id)
            } else {
                format!("/wg/guidelines/{}", g.id)
            };
            Some(Citation {
                id: g.id,
                title: g.title,
                stage: g.stage,
                version,
                adopted_on: g.adopted_on.unwrap_or_default(),
                href,
            })
        })
        .collect())
}

/// The citable ids: a section may keep citing a guideline that has since been superseded,
/// but a new citation must be current.
pub fn allowed(all: &[Citation], already: Option<i64>) -> Vec<i64> {
    all.iter()
        .filter(|c| c.current() || Some(c.id) == already)
        .map(|c| c.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: i64, stage: &str) -> Citation {
        Citation {
            id,
            title: format!("G{id}"),
            stage: stage.into(),
            version: 1,
            adopted_on: "2026-11-01".into(),
            href: String::new(),
        }
    }

    #[test]
    fn superseded_guidelines_are_kept_but_not_offered() {
        let all = [c(1, "adopted"), c(2, "published"), c(3, "superseded")];
        assert_eq!(allowed(&all, None), vec![1, 2]);
        assert_eq!(allowed(&all, Some(3)), vec![1, 2, 3]);
    }
}
