//! Submitted versions: one as a printable document, and what changed between two.

use super::citations::{self, Citation};
use super::model::Section;
use super::store::{self, Directive, Element, Plan, Review, Version};
use super::web::load;
use crate::app::AppState;
use crate::auth::policy::Action;
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::FormData;
use crate::web::page::{ok, Page};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

#[derive(Template)]
#[template(path = "plans/version.html")]
struct VersionPage {
    page: Page,
    plan: Plan,
    directive: Directive,
    version: Version,
    elements: Vec<Element>,
    reviews: Vec<Review>,
    citations: Vec<Citation>,
}

impl VersionPage {
    fn cited(&self, id: &Option<i64>) -> Option<&Citation> {
        self.citations.iter().find(|c| Some(c.id) == *id)
    }
}

/// One submitted version as a printable document, with the reviews of that version.
pub async fn version(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, v)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (plan, directive) = load(&state, &ctx, id, Action::ViewPlan).await?;
    let version = store::versions(&state.db, id)
        .await?
        .into_iter()
        .find(|x| x.version == v)
        .ok_or(AppError::NotFound)?;
    let tr = ctx.tr();
    Ok(ok(&VersionPage {
        page: Page::new(&ctx, tr.t1("plan-heading", "department", &plan.department)),
        elements: store::elements(&state.db, directive.id).await?,
        reviews: store::reviews(&state.db, id)
            .await?
            .into_iter()
            .filter(|r| r.version == v)
            .collect(),
        citations: citations::adopted(&state.db, ctx.lang.code()).await?,
        plan,
        directive,
        version,
    }))
}

pub struct ElementDiff {
    pub element: Element,
    pub lines: Vec<textdiff::UnifiedLine>,
    pub assessment: (String, String),
    /// The cited guideline's title before and after ("" for none).
    pub guideline: (String, String),
    pub changed: bool,
}

#[derive(Template)]
#[template(path = "plans/diff.html")]
struct DiffPage {
    page: Page,
    plan: Plan,
    from: i64,
    to: i64,
    elements: Vec<ElementDiff>,
}

/// What changed between two submitted versions, element by element, word by word.
pub async fn diff(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let (plan, directive) = load(&state, &ctx, id, Action::ViewPlan).await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let number = |name: &str| {
        q.get(name)
            .parse::<i64>()
            .map_err(|_| AppError::field(name, "give a version number"))
    };
    let (from, to) = (number("from")?, number("to")?);
    let versions = store::versions(&state.db, id).await?;
    let find = |v: i64, name: &str| {
        versions
            .iter()
            .find(|x| x.version == v)
            .cloned()
            .ok_or_else(|| AppError::field(name, "no such version of this plan"))
    };
    let (a, b) = (find(from, "from")?, find(to, "to")?);
    let section = |v: &Version, e: i64| v.sections.iter().find(|s| s.element_id == e).cloned();
    let adopted = citations::adopted(&state.db, ctx.lang.code()).await?;
    let title = |id: Option<i64>| {
        adopted
            .iter()
            .find(|c| Some(c.id) == id)
            .map(|c| c.title.clone())
            .unwrap_or_default()
    };
    let elements = store::elements(&state.db, directive.id)
        .await?
        .into_iter()
        .map(|e| {
            let (old, new) = (section(&a, e.id), section(&b, e.id));
            let old_body = old.as_ref().map(|s| s.body.as_str()).unwrap_or_default();
            let new_body = new.as_ref().map(|s| s.body.as_str()).unwrap_or_default();
            let assess =
                |s: &Option<Section>| s.as_ref().map(|s| s.assessment.clone()).unwrap_or_default();
            let cited = |s: &Option<Section>| s.as_ref().and_then(|s| s.guideline_id);
            ElementDiff {
                changed: !textdiff::is_same(old_body, new_body)
                    || assess(&old) != assess(&new)
                    || cited(&old) != cited(&new),
                lines: textdiff::unified(old_body, new_body),
                assessment: (assess(&old), assess(&new)),
                guideline: (title(cited(&old)), title(cited(&new))),
                element: e,
            }
        })
        .collect();
    let tr = ctx.tr();
    Ok(ok(&DiffPage {
        page: Page::new(&ctx, tr.t1("plan-heading", "department", &plan.department)),
        plan,
        from,
        to,
        elements,
    }))
}
