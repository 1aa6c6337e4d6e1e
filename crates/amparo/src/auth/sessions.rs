//! Browser sessions: server-side rows, opaque cookies, idle and absolute timeouts.

use super::store::{self, SessionRow};
use crate::app::AppState;
use axum::http::HeaderValue;

/// Cookie names and attributes. Over https the `__Host-` prefix pins cookies to this origin.
pub struct CookieNames {
    pub session: &'static str,
    pub csrf: &'static str,
    secure: bool,
}

impl CookieNames {
    pub fn new(https: bool) -> CookieNames {
        if https {
            CookieNames {
                session: "__Host-amparo_session",
                csrf: "__Host-amparo_csrf",
                secure: true,
            }
        } else {
            CookieNames {
                session: "amparo_session",
                csrf: "amparo_csrf",
                secure: false,
            }
        }
    }

    fn build(&self, name: &str, value: &str, max_age: Option<i64>) -> HeaderValue {
        let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
        if self.secure {
            c.push_str("; Secure");
        }
        if let Some(age) = max_age {
            c.push_str(&format!("; Max-Age={age}"));
        }
        HeaderValue::from_str(&c).unwrap_or(HeaderValue::from_static(""))
    }

    pub fn session_cookie(&self, raw: &str) -> HeaderValue {
        // No Max-Age: the cookie ends with the browser; the server enforces the timeouts.
        self.build(self.session, raw, None)
    }

    pub fn clear_session(&self) -> HeaderValue {
        self.build(self.session, "", Some(0))
    }

    pub fn csrf_cookie(&self, token: &str) -> HeaderValue {
        self.build(self.csrf, token, None)
    }
}

/// Loads a live session, ending it if it is idle or past its absolute limit, or if its account
/// was disabled. Activity is written at most once a minute.
pub async fn load(state: &AppState, raw: &str) -> Result<Option<SessionRow>, sqlx::Error> {
    if raw.len() != 64 {
        return Ok(None);
    }
    let Some(s) = store::find_session(&state.db, raw).await? else {
        return Ok(None);
    };
    let now = chrono::Utc::now().timestamp();
    let idle = state.config.session_idle_minutes * 60;
    if now >= s.expires_at || now - s.last_seen_at >= idle || s.user.disabled {
        let mut tx = state.db.begin_write().await?;
        store::delete_session(&mut tx, &s.id_hash).await?;
        tx.commit(&state.events).await?;
        return Ok(None);
    }
    if now - s.last_seen_at >= 60 {
        store::touch_session(&state.db, &s.id_hash, now).await?;
    }
    Ok(Some(s))
}
