//! The working group's pages: `/wg` (organisations and members for the admin, meetings and
//! the calendar feed for members), scheduling a meeting (the chair), a meeting's page, and
//! the feed itself at a secret address.

use super::model::{self, MeetingInput, Member, Problems, MEMBER_ROLES, ORG_KINDS};
use super::store;
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors};
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

pub struct MeetingRow {
    pub id: i64,
    pub title: String,
    pub when: String,
    pub place: String,
}

fn when(m: &model::Meeting) -> String {
    let (s, e) = (
        deadline::utc_to_la_local(m.starts_at),
        deadline::utc_to_la_local(m.ends_at),
    );
    format!(
        "{} {}–{}",
        s.format("%Y-%m-%d"),
        s.format("%H:%M"),
        e.format("%H:%M")
    )
}

#[derive(Template)]
#[template(path = "guidelines/group.html")]
struct GroupPage {
    page: Page,
    csrf: String,
    admin: bool,
    can_schedule: bool,
    me: Option<Member>,
    /// Shown once, right after a new calendar address is made.
    new_feed: Option<String>,
    organisations: Vec<model::Organisation>,
    members: Vec<Member>,
    accounts: Vec<(i64, String, String)>,
    meetings: Vec<MeetingRow>,
    overdue: Vec<ActionRow>,
    kinds: Vec<(&'static str, String)>,
    roles: Vec<(&'static str, String)>,
    org_form: FormData,
    org_errors: FormErrors,
    member_form: FormData,
    member_errors: FormErrors,
}

async fn me(state: &AppState, ctx: &Ctx) -> Result<Option<Member>, AppError> {
    match ctx.actor.as_ref().and_then(|a| a.user_id()) {
        Some(id) => Ok(store::member_by_user(&state.db, id).await?),
        None => Ok(None),
    }
}

fn is_chair(me: &Option<Member>) -> bool {
    me.as_ref().is_some_and(|m| m.role == "chair")
}

struct Forms {
    org: (FormData, FormErrors),
    member: (FormData, FormErrors),
    new_feed: Option<String>,
    notice: Option<String>,
}

impl Forms {
    fn empty(notice: Option<String>) -> Forms {
        Forms {
            org: (FormData::default(), FormErrors::default()),
            member: (FormData::default(), FormErrors::default()),
            new_feed: None,
            notice,
        }
    }
}

async fn group_page(state: &AppState, ctx: &Ctx, forms: Forms) -> Result<GroupPage, AppError> {
    let tr = ctx.tr();
    let me = me(state, ctx).await?;
    let admin = ctx.is_allowed(Action::ManageWorkingGroup, Resource::System);
    let chair = is_chair(&me);
    Ok(GroupPage {
        page: Page::new(ctx, tr.t("wg-title")).with_notice(forms.notice.as_deref()),
        csrf: ctx.csrf_for_form(),
        admin,
        can_schedule: ctx.is_allowed(Action::ScheduleMeetings, Resource::Group { chair }),
        new_feed: forms.new_feed,
        organisations: store::organisations(&state.db).await?,
        members: store::members(&state.db).await?,
        accounts: if admin {
            store::member_accounts_outside(&state.db).await?
        } else {
            Vec::new()
        },
        meetings: store::meetings(&state.db)
            .await?
            .iter()
            .map(|m| MeetingRow {
                id: m.id,
                title: m.title.clone(),
                when: when(m),
                place: if m.place.is_empty() {
                    m.link.clone()
                } else {
                    m.place.clone()
                },
            })
            .collect(),
        overdue: action_rows(ctx, &store::actions(&state.db, None).await?, &me, chair)
            .into_iter()
            .filter(|a| a.overdue)
            .collect(),
        kinds: ORG_KINDS
            .iter()
            .map(|k| (*k, tr.t(&format!("wg-kind-{k}"))))
            .collect(),
        roles: MEMBER_ROLES
            .iter()
            .map(|r| (*r, tr.t(&format!("wg-role-{r}"))))
            .collect(),
        me,
        org_form: forms.org.0,
        org_errors: forms.org.1,
        member_form: forms.member.0,
        member_errors: forms.member.1,
    })
}

/// `GET /wg`
pub async fn index(
    State(state): State<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewWorkingGroup, Resource::System)
        .await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let view = group_page(
        &state,
        &ctx,
        Forms::empty(Some(q.get("notice").to_string())),
    )
    .await?;
    Ok(ok(&view))
}

fn errors(ctx: &Ctx, p: &Problems) -> FormErrors {
    FormErrors::from_problems(ctx.tr(), p)
}

/// `POST /wg/organisations`
pub async fn add_organisation(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageWorkingGroup, Resource::System)
        .await?;
    let result = match model::organisation_input(&form) {
        Ok((name, kind)) => {
            super::add_organisation(&state.db, &ctx.audit_actor(), &name, &kind).await?
        }
        Err(p) => Err(p),
    };
    match result {
        Ok(_) => Ok(Redirect::to("/wg?notice=saved").into_response()),
        Err(p) => {
            let mut forms = Forms::empty(None);
            forms.org = (form, errors(&ctx, &p));
            let view = group_page(&state, &ctx, forms).await?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &view))
        }
    }
}

/// `POST /wg/members`
pub async fn add_member(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageWorkingGroup, Resource::System)
        .await?;
    let user = form.get("user").parse::<i64>().unwrap_or(0);
    let org = form.get("organisation").parse::<i64>().unwrap_or(0);
    match super::add_member(&state.db, &ctx.audit_actor(), user, org, form.get("role")).await? {
        Ok(_) => Ok(Redirect::to("/wg?notice=saved").into_response()),
        Err(p) => {
            let mut forms = Forms::empty(None);
            forms.member = (form, errors(&ctx, &p));
            let view = group_page(&state, &ctx, forms).await?;
            Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &view))
        }
    }
}

#[derive(Template)]
#[template(path = "guidelines/meeting_form.html")]
struct MeetingForm {
    page: Page,
    csrf: String,
    form: FormData,
    errors: FormErrors,
}

/// Whether the one asking may run the group's business (the chair, or the admin).
pub(super) async fn can_schedule(state: &AppState, ctx: &Ctx) -> Result<bool, AppError> {
    let chair = is_chair(&me(state, ctx).await?);
    Ok(ctx.is_allowed(Action::ScheduleMeetings, Resource::Group { chair }))
}

pub(super) async fn may_schedule(state: &AppState, ctx: &Ctx) -> Result<(), AppError> {
    let chair = is_chair(&me(state, ctx).await?);
    ctx.authorize(state, Action::ScheduleMeetings, Resource::Group { chair })
        .await?;
    Ok(())
}

/// `GET /wg/meetings/new`
pub async fn new_meeting(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    may_schedule(&state, &ctx).await?;
    Ok(ok(&MeetingForm {
        page: Page::new(&ctx, ctx.tr().t("wg-schedule")),
        csrf: ctx.csrf_for_form(),
        form: FormData::default(),
        errors: FormErrors::default(),
    }))
}

/// `POST /wg/meetings`
pub async fn create_meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    may_schedule(&state, &ctx).await?;
    match MeetingInput::from_form(&form) {
        Ok(m) => {
            let id = super::schedule(&state.db, &ctx.audit_actor(), &m).await?;
            Ok(Redirect::to(&format!("/wg/meetings/{id}?notice=saved")).into_response())
        }
        Err(p) => Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &MeetingForm {
                page: Page::new(&ctx, ctx.tr().t("wg-schedule")),
                csrf: ctx.csrf_for_form(),
                errors: errors(&ctx, &p),
                form,
            },
        )),
    }
}

pub struct ActionRow {
    pub id: i64,
    pub meeting_id: i64,
    pub meeting: String,
    pub title: String,
    pub owner: String,
    pub due_on: String,
    pub status: String,
    pub status_label: String,
    pub overdue: bool,
    /// The owner, the chair and the admin may move it.
    pub can_update: bool,
}

fn action_rows(
    ctx: &Ctx,
    items: &[model::ActionItem],
    me: &Option<Member>,
    chair: bool,
) -> Vec<ActionRow> {
    let tr = ctx.tr();
    let today = deadline::la_date(chrono::Utc::now());
    let admin = ctx.is_allowed(Action::ManageWorkingGroup, Resource::System);
    items
        .iter()
        .map(|a| ActionRow {
            id: a.id,
            meeting_id: a.meeting_id,
            meeting: a.meeting.clone(),
            title: a.title.clone(),
            owner: a.owner.clone(),
            due_on: a.due_on.to_string(),
            status: a.status.clone(),
            status_label: tr.t(&format!("wg-action-{}", a.status)),
            overdue: a.overdue(today),
            can_update: admin || chair || me.as_ref().is_some_and(|m| m.id == a.owner_id),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "guidelines/meeting.html")]
struct MeetingPage {
    page: Page,
    csrf: String,
    when: String,
    meeting: model::Meeting,
    agenda_html: String,
    minutes_html: String,
    decisions_html: String,
    can_record: bool,
    /// (member id, name, organisation, attended)
    attendance: Vec<(i64, String, String, bool)>,
    actions: Vec<ActionRow>,
    statuses: Vec<(String, String)>,
    members: Vec<Member>,
    record_form: FormData,
    record_errors: FormErrors,
    action_form: FormData,
    action_errors: FormErrors,
    documents: Vec<super::meeting_documents::store::Document>,
    document_form: FormData,
    document_errors: FormErrors,
}

#[derive(Default)]
struct MeetingForms {
    record: Option<(FormData, FormErrors)>,
    action: (FormData, FormErrors),
    document: (FormData, FormErrors),
    notice: Option<String>,
}

/// The meeting's page again, answered 422, with what was wrong with a form on it.
async fn meeting_again(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    forms: MeetingForms,
) -> Result<Response, AppError> {
    let view = meeting_page(state, ctx, id, forms).await?;
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &view))
}

/// The meeting's page again, answered 422, with what was wrong with a document upload.
pub(super) async fn meeting_with_document_errors(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    form: FormData,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let forms = MeetingForms {
        document: (form, errors),
        ..MeetingForms::default()
    };
    meeting_again(state, ctx, id, forms).await
}

async fn meeting_page(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    forms: MeetingForms,
) -> Result<MeetingPage, AppError> {
    ctx.authorize(state, Action::ViewWorkingGroup, Resource::System)
        .await?;
    let m = store::meeting_by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let me = me(state, ctx).await?;
    let chair = is_chair(&me);
    let members = store::members(&state.db).await?;
    let attended = store::attendance(&state.db, id).await?;
    let record = forms.record.unwrap_or_else(|| {
        let mut f = FormData::default();
        f.set("minutes", m.minutes.clone());
        f.set("decisions", m.decisions.clone());
        for a in &attended {
            f.push("attended", a.to_string());
        }
        (f, FormErrors::default())
    });
    let documents = super::meeting_documents::store::for_meeting(&state.db, id)
        .await?
        .into_iter()
        .map(|mut d| {
            d.uploaded_by = model::actor_name(&members, &d.uploaded_by);
            d
        })
        .collect();
    let tr = ctx.tr();
    Ok(MeetingPage {
        page: Page::new(ctx, m.title.clone()).with_notice(forms.notice.as_deref()),
        csrf: ctx.csrf_for_form(),
        when: when(&m),
        agenda_html: safemd::to_html(&m.agenda),
        minutes_html: safemd::to_html(&m.minutes),
        decisions_html: safemd::to_html(&m.decisions),
        can_record: ctx.is_allowed(Action::ScheduleMeetings, Resource::Group { chair }),
        attendance: members
            .iter()
            .map(|mb| {
                (
                    mb.id,
                    mb.name.clone(),
                    mb.organisation.clone(),
                    attended.contains(&mb.id),
                )
            })
            .collect(),
        actions: action_rows(ctx, &store::actions(&state.db, Some(id)).await?, &me, chair),
        statuses: model::ACTION_STATUSES
            .iter()
            .map(|s| (s.to_string(), tr.t(&format!("wg-action-{s}"))))
            .collect(),
        members,
        record_form: record.0,
        record_errors: record.1,
        action_form: forms.action.0,
        action_errors: forms.action.1,
        documents,
        document_form: forms.document.0,
        document_errors: forms.document.1,
        meeting: m,
    })
}

/// `GET /wg/meetings/{id}`
pub async fn meeting(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let forms = MeetingForms {
        notice: Some(q.get("notice").to_string()),
        ..MeetingForms::default()
    };
    Ok(ok(&meeting_page(&state, &ctx, id, forms).await?))
}

async fn member_ids(state: &AppState) -> Result<Vec<i64>, AppError> {
    Ok(store::members(&state.db)
        .await?
        .iter()
        .map(|m| m.id)
        .collect())
}

async fn existing_meeting(state: &AppState, id: i64) -> Result<(), AppError> {
    store::meeting_by_id(&state.db, id)
        .await?
        .map(|_| ())
        .ok_or(AppError::NotFound)
}

/// `POST /wg/meetings/{id}/record`: minutes, decisions, attendance (the chair).
pub async fn record(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    may_schedule(&state, &ctx).await?;
    existing_meeting(&state, id).await?;
    match model::Record::from_form(&form, &member_ids(&state).await?) {
        Ok(r) => {
            super::record(&state.db, &ctx.audit_actor(), id, &r).await?;
            Ok(Redirect::to(&format!("/wg/meetings/{id}?notice=saved")).into_response())
        }
        Err(p) => {
            let forms = MeetingForms {
                record: Some((form, errors(&ctx, &p))),
                ..MeetingForms::default()
            };
            meeting_again(&state, &ctx, id, forms).await
        }
    }
}

/// `POST /wg/meetings/{id}/actions`: a new action item (the chair).
pub async fn add_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    may_schedule(&state, &ctx).await?;
    existing_meeting(&state, id).await?;
    match model::ActionInput::from_form(&form, &member_ids(&state).await?) {
        Ok(a) => {
            super::add_action(&state.db, &ctx.audit_actor(), id, &a).await?;
            Ok(Redirect::to(&format!("/wg/meetings/{id}?notice=saved#actions")).into_response())
        }
        Err(p) => {
            let forms = MeetingForms {
                action: (form, errors(&ctx, &p)),
                ..MeetingForms::default()
            };
            meeting_again(&state, &ctx, id, forms).await
        }
    }
}

/// `POST /wg/actions/{id}` with `status`: its owner, the chair or the admin.
pub async fn update_action(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewWorkingGroup, Resource::System)
        .await?;
    let me = me(&state, &ctx).await?;
    let item = store::actions(&state.db, None)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or(AppError::NotFound)?;
    let rows = action_rows(&ctx, std::slice::from_ref(&item), &me, is_chair(&me));
    if !rows.first().is_some_and(|r| r.can_update) {
        return Err(AppError::Forbidden);
    }
    let status = form.get("status");
    if !model::ACTION_STATUSES.contains(&status) {
        return Err(AppError::field("status", "must be open, done or dropped"));
    }
    super::set_action_status(&state.db, &ctx.audit_actor(), id, status).await?;
    Ok(Redirect::to(&format!(
        "/wg/meetings/{}?notice=saved#actions",
        item.meeting_id
    ))
    .into_response())
}

/// `POST /wg/calendar` (a new secret address) and `POST /wg/calendar/revoke`.
async fn calendar(state: &AppState, ctx: &Ctx, revoke: bool) -> Result<Response, AppError> {
    ctx.authorize(state, Action::ViewWorkingGroup, Resource::System)
        .await?;
    let me = me(state, ctx).await?.ok_or_else(|| {
        AppError::field(
            "member",
            "only members of the working group have a calendar feed",
        )
    })?;
    let token = super::calendar_token(&state.db, &ctx.audit_actor(), me.id, revoke).await?;
    let mut forms = Forms::empty(Some("saved".into()));
    forms.new_feed = token.map(|t| {
        format!(
            "{}/wg/calendar/{t}.ics",
            state.config.public_url.trim_end_matches('/')
        )
    });
    Ok(ok(&group_page(state, ctx, forms).await?))
}

pub async fn issue_calendar(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    calendar(&state, &ctx, false).await
}

pub async fn revoke_calendar(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Response, AppError> {
    calendar(&state, &ctx, true).await
}

/// `GET /wg/calendar/{token}.ics`: no sign-in (calendar apps cannot); the token is the key.
pub async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let body = super::feed(&state.db, token, &state.config.public_url)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        body,
    )
        .into_response())
}
