//! Public page benchmark: the portal's pages, the directory search and the HSDS API, timed
//! from a client in the same process, against the server's floor (a static file from the
//! same server). The directory holds the shipped seed plus N made-up services with places,
//! phones, languages, hours and needs.
//!
//! cargo run --release -p amparo --example portal -- [DATABASE_URL] [SERVICES] [REQUESTS]

use amparo::audit::AuditActor;
use serde_json::{json, Value};

#[path = "common/mod.rs"]
mod common;
use common::{percentile, time_gets, Lcg, Scratch};

fn uuid(kind: u64, i: u64) -> String {
    format!("00000000-0000-4000-8{kind:03x}-{i:012x}")
}

/// N services, each at its own place in the county, as HSDS JSON.
fn directory(n: u64) -> Value {
    let mut rng = Lcg(7);
    let langs = ["en", "es", "ko", "zh", "hy", "tl", "fa", "ru", "vi", "ja"];
    let needs: Vec<String> = amparo::directory::search::NEEDS
        .iter()
        .map(|code| {
            // The needs taxonomy's term ids are in the shipped seed.
            let csv = include_str!("../seed/directory-la/taxonomy_terms.csv");
            csv.lines()
                .find(|l| l.split(',').nth(1) == Some(code))
                .and_then(|l| l.split(',').next())
                .unwrap_or("")
                .to_string()
        })
        .collect();
    let (mut org, mut svc, mut loc, mut adr, mut sal, mut ph, mut lang, mut sch, mut attr) = (
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
        vec![],
    );
    for i in 0..n {
        let o = uuid(1, i / 5);
        if i % 5 == 0 {
            org.push(
                json!({"id": o, "name": format!("Bench organisation {}", i / 5),
                "description": "A made-up organisation for the benchmark."}),
            );
        }
        let s = uuid(2, i);
        let l = uuid(3, i);
        svc.push(
            json!({"id": s, "organization_id": o, "name": format!("Bench service {i}"),
            "description": "A made-up service for the benchmark.", "status": "active"}),
        );
        let lat = 33.75 + rng.next(5000) as f64 / 10_000.0;
        let lon = -118.65 + rng.next(5000) as f64 / 10_000.0;
        loc.push(
            json!({"id": l, "location_type": "physical", "name": format!("Place {i}"),
            "latitude": lat, "longitude": lon}),
        );
        adr.push(
            json!({"id": uuid(4, i), "location_id": l, "address_1": format!("{i} Bench Street"),
            "city": "Los Angeles", "state_province": "CA", "postal_code": "90012",
            "country": "US", "address_type": "physical"}),
        );
        sal.push(json!({"id": uuid(5, i), "service_id": s, "location_id": l}));
        ph.push(json!({"id": uuid(6, i), "service_id": s, "number": "213-555-0100"}));
        for k in 0..2 {
            let code = langs[rng.next(langs.len() as u64) as usize];
            lang.push(
                json!({"id": uuid(7, i * 2 + k), "service_id": s, "code": code, "name": code}),
            );
        }
        sch.push(json!({"id": uuid(8, i), "service_id": s, "freq": "WEEKLY",
            "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"}));
        let need = &needs[rng.next(needs.len() as u64) as usize];
        attr.push(
            json!({"id": uuid(9, i), "link_id": s, "taxonomy_term_id": need,
            "link_entity": "service"}),
        );
    }
    json!({"organization": org, "service": svc, "location": loc, "address": adr,
        "service_at_location": sal, "phone": ph, "language": lang, "schedule": sch,
        "attribute": attr})
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let url = args.get(1).cloned().unwrap_or_else(|| "sqlite".into());
    let n: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let requests: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(200);
    let scratch = Scratch::new(&url, "portal").await?;
    let who = AuditActor::cli("bench");
    amparo::directory::seed(&scratch.db, &who, true).await?;
    if let Err(p) = amparo::directory::import_json(&scratch.db, &who, &directory(n)).await? {
        anyhow::bail!("bench directory rejected: {:?}", &p[..p.len().min(3)]);
    }
    let draft = amparo::portal::pages::model::Draft {
        title: "Rights at school".into(),
        body: "# At school\n\nSchools do not ask about **immigration status**.\n\n- one\n- two\n"
            .repeat(20),
    };
    let page = match amparo::portal::pages::create(&scratch.db, &who, "at-school", &draft).await? {
        Ok(id) => id,
        Err(p) => anyhow::bail!("{p:?}"),
    };
    amparo::portal::pages::publish(&scratch.db, &who, page, "en", 1).await?;
    let base = scratch.serve().await?;
    let http = reqwest::Client::new();
    let views = [
        ("static file (floor)", "/static/app.css"),
        ("rights page, en", "/en/rights"),
        ("rights card, fa", "/fa/card"),
        ("home, es (lists pages)", "/es/"),
        ("editor page, es (fallback)", "/es/at-school"),
        ("directory, ko, no filter", "/ko/directory"),
        (
            "directory, need + ZIP 5 mi",
            "/en/directory?need=food&zip=90012&within=5",
        ),
        (
            "directory, language + open",
            "/en/directory?language=es&open=1",
        ),
        ("HSDS services, page 1", "/hsds/services"),
        (
            "HSDS near 90012, 5 km",
            "/hsds/service_at_locations?postcode=90012&proximity=5000",
        ),
    ];
    println!(
        "{}: {} directory services; {requests} requests per view",
        scratch.engine,
        n + 16
    );
    for (label, path) in views {
        time_gets(&http, &format!("{base}{path}"), None, 2).await?;
        let lat = time_gets(&http, &format!("{base}{path}"), None, requests).await?;
        println!(
            "  {label:30} p50 {:6.2} ms  p95 {:6.2} ms  max {:6.2} ms",
            percentile(&lat, 0.5),
            percentile(&lat, 0.95),
            percentile(&lat, 1.0)
        );
    }
    scratch.drop().await?;
    Ok(())
}
