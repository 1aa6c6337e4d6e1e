//! The resident's directory search (`/{lang}/directory`) over the shipped seed: by need,
//! language spoken, distance from a ZIP code or a point, and open now; bad input answered 400
//! naming the field; example entries marked; nothing stored, no cookie.

use crate::both;
use crate::harness::TestApp;
use amparo::audit::AuditActor;

async fn seeded(app: &TestApp) {
    let n = amparo::directory::seed(&app.db, &AuditActor::cli("test"), true)
        .await
        .unwrap();
    assert!(n > 50, "{n} records");
}

async fn search(app: &TestApp, query: &str) -> (u16, String) {
    let r = reqwest::get(app.url(&format!("/en/directory?{query}")))
        .await
        .unwrap();
    assert!(r.headers().get("set-cookie").is_none());
    (r.status().as_u16(), r.text().await.unwrap())
}

/// Service names shown, in order.
fn names(html: &str) -> Vec<String> {
    html.split("<h3")
        .skip(1)
        .filter_map(|part| {
            let start = part.find('>')? + 1;
            let end = part.find("</h3>")?;
            Some(part[start..end].to_string())
        })
        .collect()
}

both!(
    residents_search_by_need_language_distance_and_hours,
    |app: TestApp| async move {
        seeded(&app).await;
        // Seeding again replaces the same records rather than adding copies.
        let before = amparo::directory::store::count(&app.db).await.unwrap();
        seeded(&app).await;
        assert_eq!(
            amparo::directory::store::count(&app.db).await.unwrap(),
            before
        );

        let (status, html) = search(&app, "").await;
        assert_eq!(status, 200);
        assert!(
            html.contains("16 services found"),
            "all seven real and nine example"
        );
        assert_eq!(names(&html).len(), 16);

        let (_, html) = search(&app, "need=legal-aid").await;
        let found = names(&html);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found
            .iter()
            .any(|n| n == "Legal Aid Foundation of Los Angeles"));
        assert!(found.iter().all(|n| !n.contains("988")));

        let (_, html) = search(&app, "language=ko").await;
        let found = names(&html);
        assert!(found.iter().any(|n| n.contains("Koreatown")), "{found:?}");
        assert!(found.iter().any(|n| n.contains("Know Your Rights")));
        assert!(!found.iter().any(|n| n.contains("Chinatown")));

        // Within a mile of the Civic Center ZIP code: Chinatown and Little Tokyo, nearest
        // first, with their distance.
        let (_, html) = search(&app, "zip=90012&within=1").await;
        let found = names(&html);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("Chinatown") && found[1].contains("Little Tokyo"));
        assert!(html.contains("miles away"));
        // Without a radius every service is listed, the placed ones nearest first.
        let (_, html) = search(&app, "zip=90012").await;
        let found = names(&html);
        assert_eq!(found.len(), 16);
        assert!(found[0].contains("Chinatown"));
        assert!(
            found[8].contains("Long Beach"),
            "farthest placed one last: {found:?}"
        );

        let (_, html) = search(&app, "lat=33.78&lon=-118.19&within=2").await;
        let found = names(&html);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("Long Beach"));

        let (_, html) = search(&app, "language=es&need=family-preparedness&open=1").await;
        let found = names(&html);
        assert!(found.iter().any(|n| n.contains("24-hour")), "{found:?}");
        assert!(
            !found.iter().any(|n| n.contains("Know Your Rights")),
            "no hours published"
        );
        let (_, html) = search(&app, "open=1").await;
        let found = names(&html);
        for always in ["988 Suicide &amp; Crisis Lifeline", "211 LA"] {
            assert!(
                found.iter().any(|n| n.contains(always)),
                "{always}: {found:?}"
            );
        }
        assert!(!found.iter().any(|n| n.contains("Legal Aid Foundation")));

        let (_, html) = search(&app, "need=food").await;
        assert!(html.contains("Example entry: this is not a real service."));
        assert!(html.contains("href=\"tel:211\""));
        assert!(html.contains("href=\"https://www.getcalfresh.org\""));
    }
);

both!(bad_searches_name_their_field, |app: TestApp| async move {
    seeded(&app).await;
    for (query, field) in [
        ("zip=10001", "zip"),
        ("zip=abc", "zip"),
        ("within=3&zip=90012", "within"),
        ("within=5", "within"),
        ("language=xx", "language"),
        ("need=%3Cscript%3E", "need"),
        ("lat=abc&lon=-118", "lat"),
        ("lat=40.7&lon=-74.0", "lat"),
        ("lat=34.05", "lat"),
        ("open=yes", "open"),
    ] {
        let (status, html) = search(&app, query).await;
        assert_eq!(status, 400, "{query}");
        assert!(html.contains(&format!("href=\"#f-{field}\"")), "{query}");
        assert!(!html.contains("services found"), "{query}");
        assert!(!html.contains("<script>"), "{query}");
    }
    let (status, html) = search(&app, "page=99").await;
    assert_eq!(status, 200, "a page past the end shows the last one");
    assert_eq!(names(&html).len(), 16);
});

both!(the_search_speaks_each_language, |app: TestApp| async move {
    seeded(&app).await;
    let r = reqwest::get(app.url("/fa/directory?language=fa"))
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r
        .headers()
        .get("cache-control")
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("public"));
    let html = r.text().await.unwrap();
    assert!(html.contains("<html lang=\"fa\" dir=\"rtl\">"));
    assert!(
        !html.contains("class=\"notice\""),
        "every label is translated"
    );
    // Service data is in English and says so.
    assert!(html.contains("<h3 lang=\"en\">"));
    // The language switcher keeps the search.
    assert!(html.contains("href=\"/ko/directory?language=fa&amp;page=1\""));
    let (_, html) = (
        200,
        reqwest::get(app.url("/ko/directory"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    assert!(html.contains("<option value=\"ko\" selected") || html.contains(">한국어</option>"));
});

both!(
    hsds_proximity_starts_from_the_zip_code,
    |app: TestApp| async move {
        seeded(&app).await;
        let v: serde_json::Value =
            reqwest::get(app.url("/hsds/service_at_locations?postcode=90012&proximity=1609"))
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
        assert_eq!(v["total_items"], 2, "{v}");
        // A county ZIP code with no service in it still has a point.
        let v: serde_json::Value =
            reqwest::get(app.url("/hsds/service_at_locations?postcode=90013&proximity=3000"))
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
        assert!(v["total_items"].as_i64().unwrap() >= 2, "{v}");
    }
);
