//! FOIA request pages: the list with overdue requests first, the request form (pre-filled
//! from ED 12), and a request's page with its deadlines, history and the forms that move it.

use super::deadlines::{self, Clock};
use super::model::{FeeCategory, LetterInput, Problems, RequestInput, State, TransitionInput};
use super::store::{self, Event, Request};
use crate::app::AppState;
use crate::auth::policy::{Action, Resource};
use crate::web::ctx::Ctx;
use crate::web::errors::AppError;
use crate::web::form::{FormData, FormErrors, Upload};
use crate::web::i18n::Tr;
use crate::web::page::{ok, render, Page};
use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, RawQuery, State as AxState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;

const PER_PAGE: i64 = 25;

pub fn today() -> NaiveDate {
    deadline::la_date(chrono::Utc::now())
}

/// One line of the list: the request and what its clock says.
pub struct Row {
    pub r: Request,
    pub state: String,
    pub due: String,
    pub overdue: String,
}

pub fn overdue_text(tr: Tr, clock: &Clock) -> String {
    clock.overdue.as_ref().map_or(String::new(), |o| {
        tr.n(
            &format!("foia-overdue-{}", o.what.replace('_', "-")),
            "days",
            o.working_days,
        ) + " "
            + &tr.n("foia-overdue-calendar", "days", o.calendar_days)
    })
}

fn row(tr: Tr, r: Request, events: &[Event], today: NaiveDate) -> Row {
    let clock = deadlines::clock(&r, events, today);
    let due = clock.deadlines.as_ref().map_or(String::new(), |d| {
        deadlines::response_deadline(d).date.to_string()
    });
    Row {
        state: tr.t(&State::parse(&r.state).unwrap_or(State::Draft).label_key()),
        overdue: overdue_text(tr, &clock),
        due,
        r,
    }
}

/// Open requests ICE is late on, with the lateness in words (for the list and the board).
pub async fn overdue_rows(state: &AppState, tr: Tr) -> Result<Vec<Row>, AppError> {
    let today = today();
    let open = store::open(&state.db).await?;
    let ids: Vec<i64> = open.iter().map(|r| r.id).collect();
    let mut events = store::events_of(&state.db, &ids).await?;
    Ok(open
        .into_iter()
        .map(|r| {
            let e = events.remove(&r.id).unwrap_or_default();
            row(tr, r, &e, today)
        })
        .filter(|row| !row.overdue.is_empty())
        .collect())
}

#[derive(Template)]
#[template(path = "foia/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<Row>,
    overdue: Vec<Row>,
    can_manage: bool,
    page_no: i64,
    has_next: bool,
}

pub async fn list(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ViewFoia, Resource::System)
        .await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let page_no: i64 = match q.get("page") {
        "" => 1,
        v => v
            .parse()
            .ok()
            .filter(|n| (1..=100_000).contains(n))
            .ok_or_else(|| AppError::field("page", "must be a page number from 1"))?,
    };
    let tr = ctx.tr();
    let today = today();
    let listed = store::list(&state.db, PER_PAGE + 1, (page_no - 1) * PER_PAGE).await?;
    let ids: Vec<i64> = listed.iter().map(|r| r.id).collect();
    let mut events = store::events_of(&state.db, &ids).await?;
    let mut rows: Vec<Row> = listed
        .into_iter()
        .map(|r| {
            let e = events.remove(&r.id).unwrap_or_default();
            row(tr, r, &e, today)
        })
        .collect();
    let has_next = rows.len() as i64 > PER_PAGE;
    rows.truncate(PER_PAGE as usize);
    let page = ListPage {
        page: Page::new(&ctx, tr.t("foia-title")),
        overdue: overdue_rows(&state, tr).await?,
        rows,
        can_manage: ctx.is_allowed(Action::ManageFoia, Resource::System),
        page_no,
        has_next,
    };
    Ok(ok(&page))
}

#[derive(Template)]
#[template(path = "foia/form.html")]
struct FormPage {
    page: Page,
    csrf: String,
    action: String,
    form: FormData,
    errors: FormErrors,
    fees: Vec<(&'static str, String)>,
}

fn form_page(ctx: &Ctx, id: Option<i64>, form: FormData, errors: FormErrors) -> FormPage {
    let tr = ctx.tr();
    FormPage {
        page: Page::new(
            ctx,
            tr.t(if id.is_some() {
                "foia-edit-title"
            } else {
                "foia-new-title"
            }),
        ),
        csrf: ctx.csrf_for_form(),
        action: id.map_or("/foia".to_string(), |id| format!("/foia/{id}")),
        form,
        errors,
        fees: FeeCategory::ALL
            .iter()
            .map(|c| (c.as_str(), tr.t(&c.label_key())))
            .collect(),
    }
}

pub async fn new_form(AxState(state): AxState<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageFoia, Resource::System)
        .await?;
    Ok(ok(&form_page(
        &ctx,
        None,
        super::template::defaults(),
        FormErrors::default(),
    )))
}

fn invalid_form(ctx: &Ctx, id: Option<i64>, form: FormData, p: &Problems) -> Response {
    let errors = FormErrors::from_problems(ctx.tr(), p);
    render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &form_page(ctx, id, form, errors),
    )
}

pub async fn create(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    form: FormData,
) -> Result<Response, AppError> {
    ctx.authorize(&state, Action::ManageFoia, Resource::System)
        .await?;
    match RequestInput::from_form(&form) {
        Ok(input) => {
            let id = super::create(&state.db, &ctx.audit_actor(), &input).await?;
            Ok(Redirect::to(&format!("/foia/{id}?notice=saved")).into_response())
        }
        Err(p) => Ok(invalid_form(&ctx, None, form, &p)),
    }
}

fn request_form(r: &Request) -> FormData {
    let mut f = FormData::default();
    for (k, v) in [
        ("subject", r.subject.as_str()),
        ("agency", &r.agency),
        ("component", &r.component),
        ("records_sought", &r.records_sought),
        ("date_from", r.date_from.as_deref().unwrap_or("")),
        ("date_to", r.date_to.as_deref().unwrap_or("")),
        ("fee_category", &r.fee_category),
        ("fee_waiver", &r.fee_waiver),
        ("expedite", &r.expedite),
        ("delivery_format", &r.delivery_format),
        ("requester", &r.requester),
        ("tracking_number", &r.tracking_number),
    ] {
        f.set(k, v);
    }
    f
}

async fn load(state: &AppState, ctx: &Ctx, id: i64, action: Action) -> Result<Request, AppError> {
    ctx.authorize(state, action, Resource::System).await?;
    store::get(&state.db, id).await?.ok_or(AppError::NotFound)
}

pub async fn edit_form(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let r = load(&state, &ctx, id, Action::ManageFoia).await?;
    Ok(ok(&form_page(
        &ctx,
        Some(id),
        request_form(&r),
        FormErrors::default(),
    )))
}

pub async fn update(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    form: FormData,
) -> Result<Response, AppError> {
    load(&state, &ctx, id, Action::ManageFoia).await?;
    let p = match RequestInput::from_form(&form) {
        Ok(input) => match super::update(&state.db, &ctx.audit_actor(), id, &input).await? {
            Ok(()) => return Ok(Redirect::to(&format!("/foia/{id}?notice=saved")).into_response()),
            Err(p) => p,
        },
        Err(p) => p,
    };
    Ok(invalid_form(&ctx, Some(id), form, &p))
}

pub struct DeadlineRow {
    pub label: String,
    pub date: String,
    pub rule: String,
}

pub fn deadline_rows(tr: Tr, d: &workdays::Deadlines, expedite: bool) -> Vec<DeadlineRow> {
    let mut rows = Vec::new();
    let mut add = |key: &str, d: Option<&workdays::Deadline>| {
        if let Some(d) = d {
            rows.push(DeadlineRow {
                label: tr.t(key),
                date: d.date.to_string(),
                rule: d.rule.clone(),
            });
        }
    };
    add("foia-due-response", Some(&d.response_due));
    add("foia-due-extended", d.extended_due.as_ref());
    add(
        "foia-due-expedite",
        Some(&d.expedite_decision_due).filter(|_| expedite),
    );
    add("foia-due-appeal", d.appeal_due.as_ref());
    add("foia-due-appeal-decision", d.appeal_decision_due.as_ref());
    rows
}

pub struct EventRow {
    pub on: String,
    pub what: String,
    pub note: String,
    pub file_id: Option<i64>,
    pub filename: String,
    pub actor: String,
}

#[derive(Template)]
#[template(path = "foia/show.html")]
struct ShowPage {
    page: Page,
    csrf: String,
    r: Request,
    state_label: String,
    fee_label: String,
    is_draft: bool,
    deadlines: Vec<DeadlineRow>,
    paused_since: String,
    overdue: String,
    clock_problem: String,
    events: Vec<EventRow>,
    can_manage: bool,
    next: Vec<(&'static str, String)>,
    form: FormData,
    errors: FormErrors,
    letter_form: FormData,
    letter_errors: FormErrors,
}

fn event_row(tr: Tr, e: Event) -> EventRow {
    let label = |s: &Option<String>| {
        s.as_deref()
            .and_then(State::parse)
            .map_or(String::new(), |s| tr.t(&s.label_key()))
    };
    let what = match e.kind.as_str() {
        "transition" => format!("{} → {}", label(&e.from_state), label(&e.to_state)),
        "sent" => tr.t("foia-letter-sent"),
        _ => tr.t("foia-letter-received"),
    };
    EventRow {
        on: e.occurred_on,
        what,
        note: e.note,
        file_id: e.file_id,
        filename: e.filename.unwrap_or_default(),
        actor: e.actor,
    }
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    r: Request,
    forms: (FormData, FormErrors, FormData, FormErrors),
    notice: Option<&str>,
) -> Result<ShowPage, AppError> {
    let tr = ctx.tr();
    let today = today();
    let events = store::events(&state.db, r.id).await?;
    let clock = deadlines::clock(&r, &events, today);
    let st = State::parse(&r.state).unwrap_or(State::Draft);
    let (form, errors, letter_form, letter_errors) = forms;
    Ok(ShowPage {
        page: Page::new(ctx, r.subject.clone()).with_notice(notice),
        csrf: ctx.csrf_for_form(),
        state_label: tr.t(&st.label_key()),
        fee_label: FeeCategory::parse(&r.fee_category)
            .map_or(String::new(), |c| tr.t(&c.label_key())),
        is_draft: st == State::Draft,
        deadlines: clock
            .deadlines
            .as_ref()
            .map_or(Vec::new(), |d| deadline_rows(tr, d, !r.expedite.is_empty())),
        paused_since: clock.paused_since.map_or(String::new(), |d| d.to_string()),
        overdue: overdue_text(tr, &clock),
        clock_problem: clock.problem.clone().unwrap_or_default(),
        events: events.into_iter().map(|e| event_row(tr, e)).collect(),
        can_manage: ctx.is_allowed(Action::ManageFoia, Resource::System),
        next: st
            .next()
            .iter()
            .map(|s| (s.as_str(), tr.t(&s.label_key())))
            .collect(),
        form,
        errors,
        letter_form,
        letter_errors,
        r,
    })
}

pub async fn show(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let r = load(&state, &ctx, id, Action::ViewFoia).await?;
    let q = FormData::parse(raw.unwrap_or_default().as_bytes())?;
    let (mut move_form, mut letter_form) = (FormData::default(), FormData::default());
    move_form.set("on", today().to_string());
    letter_form.set("letter_on", today().to_string());
    let forms = (
        move_form,
        FormErrors::default(),
        letter_form,
        FormErrors::default(),
    );
    let page = show_page(&state, &ctx, r, forms, Some(q.get("notice"))).await?;
    Ok(ok(&page))
}

fn attached(u: &Upload) -> Option<super::Attached<'_>> {
    u.file
        .as_ref()
        .filter(|f| !f.is_empty())
        .map(|f| super::Attached {
            filename: if u.file_name.is_empty() {
                "letter"
            } else {
                u.file_name.as_str()
            },
            content_type: if u.file_type.is_empty() {
                "application/octet-stream"
            } else {
                u.file_type.as_str()
            },
            data: f,
        })
}

async fn read_upload(multipart: Result<Multipart, MultipartRejection>) -> Result<Upload, AppError> {
    let u = Upload::read(multipart).await?;
    if u.file
        .as_ref()
        .is_some_and(|f| f.len() > super::MAX_FILE_BYTES)
    {
        return Err(AppError::field("file", "the file is larger than 200 MB"));
    }
    Ok(u)
}

/// Which of the request page's two forms was posted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Posted {
    Transition,
    Letter,
}

/// Reads a posted form (multipart: the letter may be attached), applies it, and answers with
/// a redirect, or the request page with the problems beside the form that was sent.
async fn post(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    multipart: Result<Multipart, MultipartRejection>,
    which: Posted,
) -> Result<Response, AppError> {
    let r = load(state, ctx, id, Action::ManageFoia).await?;
    let u = read_upload(multipart).await?;
    let (who, file) = (ctx.audit_actor(), attached(&u));
    let outcome = match which {
        Posted::Transition => match TransitionInput::from_form(&u.fields, today()) {
            Ok(t) => super::transition(&state.db, &who, id, &t, file.as_ref()).await?,
            Err(p) => Err(p),
        },
        Posted::Letter => match LetterInput::from_form(&u.fields, today()) {
            Ok(l) => super::log_letter(&state.db, &who, id, &l, file.as_ref()).await?,
            Err(p) => Err(p),
        },
    };
    let problems = match outcome {
        Ok(()) => return Ok(Redirect::to(&format!("/foia/{id}?notice=saved")).into_response()),
        Err(p) => p,
    };
    let errors = FormErrors::from_problems(ctx.tr(), &problems);
    let empty = (FormData::default(), FormErrors::default());
    let forms = match which {
        Posted::Transition => (u.fields, errors, empty.0, empty.1),
        Posted::Letter => (empty.0, empty.1, u.fields, errors),
    };
    let page = show_page(state, ctx, r, forms, None).await?;
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

/// Moves the request to another state.
pub async fn transition(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    post(&state, &ctx, id, multipart, Posted::Transition).await
}

/// Logs a letter sent or received.
pub async fn letter(
    AxState(state): AxState<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    post(&state, &ctx, id, multipart, Posted::Letter).await
}
