//! What every page's layout needs: language, navigation by role, the signed-in person, the
//! CSRF token for the sign-out form, and an optional notice.

use super::ctx::Ctx;
use super::i18n::{Lang, Tr};
use crate::auth::policy::{Action, Resource};
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

pub struct LangLink {
    pub href: String,
    pub code: &'static str,
    pub name: &'static str,
    pub current: bool,
}

pub struct SignedIn {
    pub name: String,
    pub role: String,
}

pub struct Page {
    pub tr: Tr,
    pub title: String,
    pub user: Option<SignedIn>,
    pub nav: Vec<NavItem>,
    pub langs: Vec<LangLink>,
    pub csrf: String,
    pub notice: Option<String>,
}

/// Navigation entries and the action each needs; shown only where the policy allows.
const NAV: &[(&str, &str, Action)] = &[
    ("/", "nav-home", Action::ViewHome),
    ("/departments", "nav-departments", Action::ListDepartments),
    ("/reports/new", "nav-report", Action::FileReport),
    ("/reports", "nav-reports", Action::ViewReports),
    ("/plans", "nav-plan", Action::EditPlan),
    ("/incidents", "nav-incidents", Action::ViewIncidents),
    ("/dashboard", "nav-dashboard", Action::ViewDashboard),
    ("/compliance", "nav-compliance", Action::ViewBoard),
    ("/directives", "nav-directives", Action::ManageDirectives),
    ("/briefing", "nav-briefing", Action::ViewDashboard),
    ("/foia", "nav-foia", Action::ViewFoia),
    (
        "/directory/import",
        "nav-directory",
        Action::ManageDirectory,
    ),
    (
        "/directory/entries",
        "nav-directory-entries",
        Action::ManageDirectory,
    ),
    ("/portal/pages", "nav-portal-pages", Action::ManagePortal),
    ("/wg", "nav-working-group", Action::ViewWorkingGroup),
    ("/wg/guidelines", "nav-guidelines", Action::ViewWorkingGroup),
    (
        "/departments/without-liaison",
        "nav-without-liaison",
        Action::ViewLiaisonGaps,
    ),
    ("/admin/users", "nav-users", Action::ManageAccounts),
    ("/admin/tokens", "nav-tokens", Action::ManageTokens),
    ("/admin/districts", "nav-districts", Action::ManageDistricts),
    ("/audit", "nav-audit", Action::ReadAudit),
    (
        "/account/password",
        "nav-password",
        Action::ChangeOwnPassword,
    ),
];

/// Notices that may be named in a `?notice=` query parameter (never free text).
const NOTICES: &[&str] = &[
    "signed-out",
    "password-changed",
    "saved",
    "session-ended",
    "received",
    "duplicate",
    "published",
];

impl Page {
    pub fn new(ctx: &Ctx, title: impl Into<String>) -> Page {
        let tr = ctx.tr();
        let nav = if ctx.actor.is_some() && !ctx.must_change_password {
            NAV.iter()
                .filter(|(_, _, action)| ctx.is_allowed(*action, Resource::System))
                .map(|(href, key, _)| NavItem {
                    href,
                    label: tr.t(key),
                    current: ctx.path == *href,
                })
                .collect()
        } else {
            Vec::new()
        };
        let next = urlencode(&ctx.path);
        Page {
            tr,
            title: title.into(),
            user: ctx.actor.as_ref().map(|a| SignedIn {
                name: a.display_name().to_string(),
                role: tr.t(&format!("role-{}", a.role.as_str())),
            }),
            nav,
            langs: Lang::ALL
                .iter()
                .map(|l| LangLink {
                    href: format!("/lang/{}?next={next}", l.code()),
                    code: l.code(),
                    name: l.endonym(),
                    current: *l == ctx.lang,
                })
                .collect(),
            csrf: if ctx.actor.is_some() {
                ctx.csrf_for_form()
            } else {
                String::new()
            },
            notice: None,
        }
    }

    /// Shows a whitelisted notice named by the `notice` query parameter.
    pub fn with_notice(mut self, key: Option<&str>) -> Page {
        if let Some(key) = key.filter(|k| NOTICES.contains(k)) {
            self.notice = Some(self.tr.t(&format!("notice-{key}")));
        }
        self
    }

    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }
}

pub fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)])
        .map(|e| e.trim_start_matches('=').to_string())
        .unwrap_or_default()
}

/// Renders a template with a status; a template fault is logged and becomes a plain 500.
pub fn render<T: Template>(status: StatusCode, t: &T) -> Response {
    match t.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

pub fn ok<T: Template>(t: &T) -> Response {
    render(StatusCode::OK, t)
}

#[derive(Template)]
#[template(path = "web/error.html")]
pub struct ErrorPage {
    pub page: Page,
    pub message: String,
}
