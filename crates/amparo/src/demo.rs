//! Demo data: the City's 46 departments, two made-up facilities each, one account per role
//! (with one-time passwords printed once) and a few designated liaisons.

use crate::audit::AuditActor;
use crate::auth::accounts::{self, AccountRequest};
use crate::auth::model::Role;
use crate::auth::store;
use crate::db::Db;
use crate::departments::{self, model::LiaisonInput};
use crate::events::Events;

pub const DEMO_DOMAIN: &str = "demo.amparo.test";
/// Liaisons and employees in the demo belong to Recreation and Parks.
pub const DEMO_DEPARTMENT: &str = "RAP";

pub struct DemoAccount {
    pub role: Role,
    pub email: String,
    pub password: String,
}

pub async fn load(db: &Db, events: &Events) -> anyhow::Result<Vec<DemoAccount>> {
    let who = AuditActor::cli("demo");
    let added = departments::seed::load_departments(db, events, &who).await?;
    let facilities = departments::seed::load_demo_facilities(db, events, &who).await?;
    tracing::info!(departments = added, facilities, "demo data loaded");
    let rap = departments::find_by_abbreviation(db, DEMO_DEPARTMENT)
        .await?
        .ok_or_else(|| anyhow::anyhow!("department {DEMO_DEPARTMENT} missing from the seed"))?;

    let mut out = Vec::new();
    for role in Role::ALL {
        let email = format!("{}@{DEMO_DOMAIN}", role.as_str());
        let password = match store::find_user_by_email(db, &email).await? {
            // Running the demo again hands out fresh one-time passwords.
            Some((user, _)) => accounts::reset_password(db, events, &who, user.id).await?,
            None => {
                let name = format!("Demo {}", role.as_str());
                let req = AccountRequest {
                    email: &email,
                    display_name: &name,
                    role: role.as_str(),
                    department_id: role.needs_department().then_some(rap.id),
                };
                match accounts::create(db, events, &who, &req).await? {
                    Ok((_, otp)) => otp,
                    Err(p) => anyhow::bail!("demo account {email} rejected: {p:?}"),
                }
            }
        };
        out.push(DemoAccount {
            role,
            email,
            password,
        });
    }

    for (abbr, name, email) in [
        ("RAP", "Demo Liaison", format!("liaison@{DEMO_DOMAIN}")),
        (
            "LAPL",
            "Demo Library Liaison",
            format!("lapl-liaison@{DEMO_DOMAIN}"),
        ),
        (
            "PER",
            "Demo Personnel Liaison",
            format!("per-liaison@{DEMO_DOMAIN}"),
        ),
    ] {
        let Some(d) = departments::find_by_abbreviation(db, abbr).await? else {
            continue;
        };
        if d.has_primary_liaison {
            continue;
        }
        let input = LiaisonInput {
            name: name.into(),
            title: "Immigrant affairs liaison (demo)".into(),
            work_email: email,
            work_phone: "(213) 555-0100".into(),
        };
        departments::set_liaison(db, events, &who, d.id, "primary", &input).await?;
    }
    Ok(out)
}
