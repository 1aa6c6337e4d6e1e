//! Demo data: the City's 46 departments, two made-up facilities each, one account per role and
//! a second working-group member (with one-time passwords printed once), and a few designated
//! liaisons.

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

/// Made-up reports for the dashboard, briefing and statistics to show: (hours ago, department,
/// latitude, longitude, agency, activity, masked). Places are public landmarks' surroundings,
/// not real events.
const DEMO_REPORTS: &[(i64, &str, f64, f64, &str, &str, &str)] = &[
    (2, "RAP", 34.0736, -118.2400, "ice_ero", "staging", "all"),
    (
        5,
        "LAPL",
        34.0505,
        -118.2551,
        "ice_ero",
        "questioning",
        "some",
    ),
    (26, "RAP", 34.1184, -118.3004, "cbp", "surveillance", "none"),
    (30, "LAPL", 34.0194, -118.4912, "ice_hsi", "arrest", "all"),
    (
        50, "PER", 34.0537, -118.2428, "unknown", "departed", "unknown",
    ),
    (
        75,
        "RAP",
        33.7361,
        -118.2922,
        "border_patrol",
        "checkpoint",
        "all",
    ),
    (
        100,
        "LAPL",
        34.1808,
        -118.3090,
        "ice_ero",
        "detention",
        "some",
    ),
    (170, "RAP", 34.2011, -118.5360, "fbi", "questioning", "none"),
];

/// Loads the demo council districts and files the demo reports, once.
pub async fn load_reports(
    db: &Db,
    events: &Events,
    config: &crate::config::Config,
) -> anyhow::Result<()> {
    let who = AuditActor::cli("demo");
    if crate::districts::store::current(db).await?.is_none() {
        let shapes = include_str!("../seed/demo-council-districts.geojson");
        if let Err(problem) =
            crate::districts::load(db, &who, "Demo districts (made-up shapes)", shapes).await?
        {
            anyhow::bail!("demo districts rejected: {problem}");
        }
    }
    for (i, (hours, abbr, lat, lon, agency, activity, masked)) in DEMO_REPORTS.iter().enumerate() {
        let Some(d) = departments::find_by_abbreviation(db, abbr).await? else {
            continue;
        };
        let observed = chrono::Utc::now() - chrono::Duration::hours(*hours);
        let input = crate::reports::model::ReportInput {
            observed_at: crate::db::timestamp(observed),
            ongoing: *hours < 3,
            department_id: d.id,
            facility_id: None,
            location_text: "Demo location near a city facility".into(),
            latitude: Some(*lat),
            longitude: Some(*lon),
            accuracy_m: Some(25.0),
            area: "outside".into(),
            agencies: vec![agency.to_string()],
            identified_by: vec!["vest_or_patch".into()],
            agents_min: Some(3),
            vehicles_marked: Some(1),
            vehicles_unmarked: Some(1),
            attire: "both".into(),
            masked: masked.to_string(),
            id_visible: "no".into(),
            supervisor_name: String::new(),
            supervisor_badge: String::new(),
            activities: vec![activity.to_string()],
            warrant: "unknown".into(),
            nonpublic_requested: if i % 3 == 0 { "yes" } else { "no" }.into(),
            nonpublic_granted: "no".into(),
            city_data_requested: "no".into(),
            staff_actions: "Staff called the liaison and stayed in the public area.".into(),
            lapd_present: "no".into(),
            detained_count: 0,
            minors_count: 0,
            injuries_count: 0,
            force_used: "no".into(),
            narrative:
                "Demo report: agents in vests stood near the entrance and left after a while."
                    .into(),
        };
        let key = format!("demo-report-{i:04}-seed-v1");
        let sent = format!("demo {i}");
        crate::reports::submit(db, events, config, &who, &key, &sent, &input).await?;
    }
    Ok(())
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
    // A second member, so two people can work on a guideline together.
    let second = [(Role::Member, "member-2", "Demo second member")];
    let everyone = Role::ALL.iter().map(|r| (*r, r.as_str(), "")).chain(second);
    for (role, name, display) in everyone {
        let email = format!("{name}@{DEMO_DOMAIN}");
        let password = match store::find_user_by_email(db, &email).await? {
            // Running the demo again hands out fresh one-time passwords.
            Some((user, _)) => accounts::reset_password(db, events, &who, user.id).await?,
            None => {
                let name = match display {
                    "" => format!("Demo {}", role.as_str()),
                    d => d.to_string(),
                };
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

/// A demo FOIA request (made-up dates and tracking number, submitted and acknowledged) and a
/// real release imported as its production (the Big Local News sample of ICE arrests in the
/// Los Angeles AOR), once.
pub async fn load_foia(db: &Db) -> anyhow::Result<()> {
    let who = AuditActor::cli("demo");
    if crate::foia::store::count(db).await? > 0 {
        return Ok(());
    }
    let mut form = crate::foia::template::defaults();
    form.set(
        "subject",
        "Demo request: ICE enforcement in Los Angeles since June 2025",
    );
    let input = crate::foia::model::RequestInput::from_form(&form)
        .map_err(|p| anyhow::anyhow!("demo request rejected: {p:?}"))?;
    let id = crate::foia::create(db, &who, &input).await?;
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d");
    for (to, on, received, tracking, note) in [
        (
            "submitted",
            "2025-07-14",
            None,
            None,
            "Demo: sent to the ICE FOIA office by email.",
        ),
        (
            "acknowledged",
            "2025-07-16",
            Some("2025-07-15"),
            Some("DEMO-ICFO-0001"),
            "Demo: acknowledgement with a made-up tracking number.",
        ),
    ] {
        let t = crate::foia::model::TransitionInput {
            to: crate::foia::model::State::parse(to)
                .ok_or_else(|| anyhow::anyhow!("unknown state {to}"))?,
            on: day(on)?,
            note: note.into(),
            received_on: received.map(day).transpose()?,
            tracking_number: tracking.map(String::from),
            extension: false,
            adverse: false,
        };
        if let Err(p) = crate::foia::transition(db, &who, id, &t, None).await? {
            anyhow::bail!("demo transition rejected: {p:?}");
        }
    }
    let release: &[u8] = include_bytes!("../../ice-records/tests/fixtures/la-arrests-sample.csv");
    crate::foia::import::upload(
        db,
        &who,
        &crate::foia::import::Production {
            request_id: Some(id),
            received_on: "2025-09-01",
            notes: "Demo production: the Big Local News sample of ICE arrests in the Los Angeles AOR (a real public release).",
            filename: "la-arrests-sample.csv",
            content_type: "text/csv",
        },
        release.to_vec().into(),
        &mut |_| {},
    )
    .await?;
    Ok(())
}
