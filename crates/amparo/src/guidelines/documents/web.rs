//! Guideline pages for members: the list and a new draft (`/wg/guidelines`), a guideline with
//! its sections, comments, versions and the draft form, and the word-level difference between
//! any two versions.

use super::model::{self, Comment, Section};
use super::store;
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors};
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

async fn allowed(state: &AppState, ctx: &Ctx) -> Result<(), AppError> {
    ctx.authorize(state, Action::ViewWorkingGroup, Resource::System)
        .await?;
    Ok(())
}

fn errors(ctx: &Ctx, p: &model::Problems) -> FormErrors {
    FormErrors::from_problems(ctx.tr(), p)
}

#[derive(Template)]
#[template(path = "guidelines/list.html")]
struct ListPage {
    page: Page,
    csrf: String,
    guidelines: Vec<(i64, String, String)>,
    form: FormData,
    errors: FormErrors,
}

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    form: FormData,
    errors: FormErrors,
) -> Result<ListPage, AppError> {
    let tr = ctx.tr();
    Ok(ListPage {
        page: Page::new(ctx, tr.t("gl-title")),
        csrf: ctx.csrf_for_form(),
        guidelines: store::list(&state.db)
            .await?
            .into_iter()
            .map(|g| (g.id, g.title, tr.t(&format!("gl-stage-{}", g.stage))))
            .collect(),
        form,
        errors,
    })
}

/// `GET /wg/guidelines`
pub async fn index(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    allowed(&state, &ctx).await?;
    let view = list_page(&state, &ctx, FormData::default(), FormErrors::default()).await?;
    Ok(ok(&view))
}

/// `POST /wg/guidelines`: a new guideline with its first draft.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    allowed(&state, &ctx).await?;
    match model::draft_from_form(&form, true) {
        Ok((title, body)) => {
            let id = super::create(&state.db, &ctx.audit_actor(), &title, &body).await?;
            Ok(Redirect::to(&format!("/wg/guidelines/{id}?notice=saved")).into_response())
        }
        Err(p) => {
            let e = errors(&ctx, &p);
            let view = list_page(&state, &ctx, form, e).await?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &view))
        }
    }
}

pub struct SectionView {
    pub number: usize,
    pub heading: String,
    pub html: String,
    pub comments: Vec<Comment>,
}

#[derive(Template)]
#[template(path = "guidelines/show.html")]
struct ShowPage {
    page: Page,
    csrf: String,
    id: i64,
    stage: String,
    editable: bool,
    version: i64,
    sections: Vec<SectionView>,
    versions: Vec<(i64, String, String)>,
    form: FormData,
    errors: FormErrors,
    comment_form: FormData,
    comment_errors: FormErrors,
    can_move: bool,
    next: Vec<(&'static str, String)>,
    meetings: Vec<(i64, String)>,
    closes_on: Option<String>,
    adoption: Option<String>,
    public_href: Option<String>,
    move_form: FormData,
    move_errors: FormErrors,
}

struct ShowForms {
    draft: Option<(FormData, FormErrors)>,
    comment: (FormData, FormErrors),
    moving: (FormData, FormErrors),
    notice: Option<String>,
}

impl ShowForms {
    fn empty(notice: Option<String>) -> ShowForms {
        ShowForms {
            draft: None,
            comment: (FormData::default(), FormErrors::default()),
            moving: (FormData::default(), FormErrors::default()),
            notice,
        }
    }
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    forms: ShowForms,
) -> Result<ShowPage, AppError> {
    allowed(state, ctx).await?;
    let g = store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let versions = store::versions(&state.db, id).await?;
    let latest = versions.first().ok_or(AppError::NotFound)?;
    let members = crate::guidelines::store::members(&state.db).await?;
    let name = |actor: &str| crate::guidelines::model::actor_name(&members, actor);
    let mut comments = store::comments(&state.db, id).await?;
    for c in &mut comments {
        c.author = name(&c.author);
    }
    let sections: Vec<SectionView> = model::sections(&latest.body)
        .into_iter()
        .map(
            |Section {
                 number,
                 heading,
                 text,
             }| SectionView {
                number,
                heading,
                html: safemd::to_html(&text),
                comments: comments
                    .iter()
                    .filter(|c| c.section == number as i64)
                    .cloned()
                    .collect(),
            },
        )
        .collect();
    let draft = forms.draft.unwrap_or_else(|| {
        let mut f = FormData::default();
        f.set("body", latest.body.clone());
        (f, FormErrors::default())
    });
    let tr = ctx.tr();
    let meetings = crate::guidelines::store::meetings(&state.db).await?;
    let adoption = g.votes.map(|(f, a, b)| {
        let meeting = meetings
            .iter()
            .find(|m| Some(m.id) == g.adopted_meeting_id)
            .map(|m| m.title.clone())
            .unwrap_or_default();
        format!(
            "{} · v{} · {} · {f} / {a} / {b}",
            g.adopted_on.clone().unwrap_or_default(),
            g.adopted_version.unwrap_or(0),
            meeting
        )
    });
    Ok(ShowPage {
        can_move: crate::guidelines::web::can_schedule(state, ctx).await?,
        next: model::next_stages(&g.stage)
            .into_iter()
            .map(|s| (s, tr.t(&format!("gl-stage-{s}"))))
            .collect(),
        meetings: meetings.iter().map(|m| (m.id, m.title.clone())).collect(),
        closes_on: g.closes_on.clone().filter(|_| g.stage == "circulating"),
        adoption,
        public_href: g.portal_page_id.map(|_| format!("/en/guideline-{}", g.id)),
        move_form: forms.moving.0,
        move_errors: forms.moving.1,
        page: Page::new(ctx, g.title.clone()).with_notice(forms.notice.as_deref()),
        csrf: ctx.csrf_for_form(),
        id,
        editable: model::editable(&g.stage),
        stage: tr.t(&format!("gl-stage-{}", g.stage)),
        version: latest.version,
        sections,
        versions: versions
            .iter()
            .map(|v| {
                (
                    v.version,
                    name(&v.author),
                    v.created_at.get(..16).unwrap_or("").to_string(),
                )
            })
            .collect(),
        form: draft.0,
        errors: draft.1,
        comment_form: forms.comment.0,
        comment_errors: forms.comment.1,
    })
}

/// The guideline's page again, answered 422, with what was wrong with a form on it.
async fn show_again(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    forms: ShowForms,
) -> Result<Response, AppError> {
    let view = show_page(state, ctx, id, forms).await?;
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &view))
}

/// `GET /wg/guidelines/{id}`
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let forms = ShowForms::empty(Some(q.get("notice").to_string()));
    Ok(ok(&show_page(&state, &ctx, id, forms).await?))
}

/// `POST /wg/guidelines/{id}`: a new version.
pub async fn save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    allowed(&state, &ctx).await?;
    store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let problems = match model::draft_from_form(&form, false) {
        Ok((_, body)) => match super::save(&state.db, &ctx.audit_actor(), id, &body).await? {
            Some(_) => {
                return Ok(
                    Redirect::to(&format!("/wg/guidelines/{id}?notice=saved")).into_response()
                )
            }
            None => vec![("body", "gl-err-frozen")],
        },
        Err(p) => p,
    };
    let mut forms = ShowForms::empty(None);
    forms.draft = Some((form, errors(&ctx, &problems)));
    show_again(&state, &ctx, id, forms).await
}

/// `POST /wg/guidelines/{id}/comments`: a comment on a section of the newest version.
pub async fn comment(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    allowed(&state, &ctx).await?;
    let versions = store::versions(&state.db, id).await?;
    let latest = versions.first().ok_or(AppError::NotFound)?;
    let count = model::sections(&latest.body)
        .iter()
        .filter(|s| s.number > 0)
        .count();
    match model::comment_from_form(&form, count) {
        Ok((section, body)) => {
            super::comment(
                &state.db,
                &ctx.audit_actor(),
                id,
                latest.version,
                section,
                &body,
            )
            .await?;
            Ok(Redirect::to(&format!(
                "/wg/guidelines/{id}?notice=saved#section-{section}"
            ))
            .into_response())
        }
        Err(p) => {
            let mut forms = ShowForms::empty(None);
            forms.comment = (form, errors(&ctx, &p));
            show_again(&state, &ctx, id, forms).await
        }
    }
}

/// `POST /wg/guideline-comments/{id}/resolve`
pub async fn resolve(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(comment): Path<i64>,
) -> Result<Response, AppError> {
    allowed(&state, &ctx).await?;
    let guideline = super::resolve(&state.db, &ctx.audit_actor(), comment)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Redirect::to(&format!("/wg/guidelines/{guideline}?notice=saved")).into_response())
}

/// `POST /wg/guidelines/{id}/stage`: the chair moves the guideline on (or back).
pub async fn move_stage(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    crate::guidelines::web::may_schedule(&state, &ctx).await?;
    let g = store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let meetings: Vec<i64> = crate::guidelines::store::meetings(&state.db)
        .await?
        .iter()
        .map(|m| m.id)
        .collect();
    let today = deadline::la_date(chrono::Utc::now());
    match model::move_from_form(&form, &g.stage, today, &meetings) {
        Ok(m) => {
            super::move_stage(&state.db, &ctx.audit_actor(), &g, &m).await?;
            Ok(Redirect::to(&format!("/wg/guidelines/{id}?notice=saved")).into_response())
        }
        Err(p) => {
            let mut forms = ShowForms::empty(None);
            forms.moving = (form, errors(&ctx, &p));
            show_again(&state, &ctx, id, forms).await
        }
    }
}

#[derive(Template)]
#[template(path = "guidelines/diff.html")]
struct DiffPage {
    page: Page,
    id: i64,
    from: i64,
    to: i64,
    pieces: Vec<textdiff::Piece>,
}

/// `GET /wg/guidelines/{id}/diff?from=N&to=M`: word by word.
pub async fn diff(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    allowed(&state, &ctx).await?;
    let g = store::get(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let versions = store::versions(&state.db, id).await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let pick = |name: &str| {
        q.get(name)
            .parse::<i64>()
            .ok()
            .and_then(|n| versions.iter().find(|v| v.version == n))
            .ok_or_else(|| AppError::field(name, "must be a version number of this guideline"))
    };
    let (from, to) = (pick("from")?, pick("to")?);
    Ok(ok(&DiffPage {
        page: Page::new(&ctx, g.title.clone()),
        id,
        from: from.version,
        to: to.version,
        pieces: textdiff::words(&from.body, &to.body),
    }))
}
