use crate::both;
use crate::harness::{location, TestApp};

both!(
    admin_manages_departments_facilities_and_liaisons,
    |app: TestApp| async move {
        let admin = app.signed_in("admin", None).await;
        let (status, html) = admin.text("/departments").await;
        assert_eq!(status, 200);
        assert!(html.contains("46 departments."));
        assert_eq!(html.matches("<td><a href=\"/departments/").count(), 46);

        let csrf = admin.csrf("/departments/new").await;
        let r = admin
            .post_form(
                "/departments",
                &csrf,
                &[
                    ("name", "Aging"),
                    ("abbreviation", "a b"),
                    ("kind", "club"),
                    ("headcount", "-3"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("letters, digits and hyphens"));
        assert!(html.contains("Choose a kind"));
        assert!(html.contains("between 0 and 1,000,000"));
        assert!(
            html.contains("value=\"Aging\""),
            "the form keeps what was typed"
        );
        let r = admin
            .post_form(
                "/departments",
                &csrf,
                &[
                    ("name", "aging"),
                    ("abbreviation", "LADOA"),
                    ("kind", "department"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert_eq!(
            html.matches("Another record already uses this.").count(),
            2,
            "name and abbreviation taken"
        );

        let r = admin
            .post_form(
                "/departments",
                &csrf,
                &[
                    ("name", "Office of Test"),
                    ("abbreviation", "tst"),
                    ("kind", "office"),
                    ("headcount", "12"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let dept = location(&r)
            .trim_start_matches("/departments/")
            .split('?')
            .next()
            .unwrap()
            .to_string();
        let (_, html) = admin.text(&format!("/departments/{dept}")).await;
        assert!(
            html.contains("<h1>Office of Test</h1>")
                && html.contains("TST")
                && html.contains("No facilities recorded yet.")
        );

        let path = format!("/departments/{dept}/facilities");
        let r = admin
            .post_form(
                &path,
                &csrf,
                &[
                    ("name", "Yard"),
                    ("address", ""),
                    ("latitude", "34.1"),
                    ("longitude", ""),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let html = r.text().await.unwrap();
        assert!(
            html.contains("This is required.") && html.contains("Give both latitude and longitude")
        );
        let r = admin
            .post_form(
                &path,
                &csrf,
                &[
                    ("name", "Yard"),
                    ("address", "1 Main St"),
                    ("latitude", "34.05"),
                    ("longitude", "-118.24"),
                    ("non_public_areas", "Break room"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let (_, html) = admin.text(&format!("/departments/{dept}")).await;
        assert!(html.contains("Yard") && html.contains("Break room") && html.contains("34.05"));

        let (_, html) = admin.text("/departments/without-liaison").await;
        assert!(html.contains("Office of Test"));
        let lpath = format!("/departments/{dept}/liaisons/primary");
        let r = admin
            .post_form(
                &lpath,
                &csrf,
                &[
                    ("name", "Rosa"),
                    ("work_email", "rosa"),
                    ("work_phone", "555"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let r = admin
            .post_form(
                &lpath,
                &csrf,
                &[
                    ("name", "Rosa Díaz"),
                    ("title", "Analyst"),
                    ("work_email", "rosa@lacity.org"),
                    ("work_phone", "(213) 555-0199"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let (_, html) = admin.text(&format!("/departments/{dept}")).await;
        assert!(html.contains("Rosa Díaz") && html.contains("rosa@lacity.org"));
        let (_, html) = admin.text("/departments/without-liaison").await;
        assert!(!html.contains("Office of Test"));
        let r = admin
            .post_form(&format!("{lpath}/remove"), &csrf, &[])
            .await;
        assert_eq!(r.status(), 303);
        let (_, html) = admin.text("/departments/without-liaison").await;
        assert!(html.contains("Office of Test"));
        let r = admin
            .get(&format!("/departments/{dept}/liaisons/deputy"))
            .await;
        assert_eq!(r.status(), 404);
        assert_eq!(app.audit_count("set_liaison", "ok").await, 1);
        assert_eq!(app.audit_count("remove_liaison", "ok").await, 1);
    }
);

both!(
    liaisons_see_only_their_own_department,
    |app: TestApp| async move {
        let rap = app.department_id("RAP").await;
        let lapl = app.department_id("LAPL").await;
        let liaison = app.signed_in("liaison", Some("RAP")).await;
        let (status, html) = liaison.text("/departments").await;
        assert_eq!(status, 200);
        assert!(html.contains("Recreation and Parks") && !html.contains("Library"));
        assert_eq!(
            liaison.get(&format!("/departments/{rap}")).await.status(),
            200
        );
        let before = app.audit_count("view_department", "denied").await;
        assert_eq!(
            liaison.get(&format!("/departments/{lapl}")).await.status(),
            404
        );
        assert_eq!(liaison.get("/departments/999999").await.status(), 404);
        assert_eq!(
            app.audit_count("view_department", "denied").await,
            before + 2
        );

        // A liaison may record their own department's facilities, not another's.
        let csrf = liaison.csrf("/").await;
        let ok = liaison
            .post_form(
                &format!("/departments/{rap}/facilities"),
                &csrf,
                &[("name", "Pool"), ("address", "2 Park Ave")],
            )
            .await;
        assert_eq!(ok.status(), 303);
        let no = liaison
            .post_form(
                &format!("/departments/{lapl}/facilities"),
                &csrf,
                &[("name", "Pool"), ("address", "2 Park Ave")],
            )
            .await;
        assert_eq!(no.status(), 404);
        let admin = app.signed_in("admin", None).await;
        let admin_csrf = admin.csrf("/").await;
        admin
            .post_form(
                &format!("/departments/{lapl}/facilities"),
                &admin_csrf,
                &[("name", "Branch"), ("address", "3 Book St")],
            )
            .await;
        let other_facility: i64 =
            sqlx::query_scalar::<_, i64>("SELECT MIN(id) FROM facilities WHERE department_id = $1")
                .bind(lapl)
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert_eq!(
            liaison
                .get(&format!("/facilities/{other_facility}/edit"))
                .await
                .status(),
            404
        );
        let employee = app.signed_in("employee", Some("LAPL")).await;
        assert_eq!(
            employee.get(&format!("/departments/{rap}")).await.status(),
            404
        );
        assert_eq!(
            employee
                .get(&format!("/departments/{lapl}/facilities/new"))
                .await
                .status(),
            403
        );
    }
);

both!(facilities_page_through, |app: TestApp| async move {
    let admin = app.signed_in("admin", None).await;
    let per = app.department_id("PER").await;
    let csrf = admin.csrf("/").await;
    for i in 0..51 {
        let r = admin
            .post_form(
                &format!("/departments/{per}/facilities"),
                &csrf,
                &[
                    ("name", &format!("Site {i:02}")),
                    ("address", "1 Spring St"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
    }
    let (_, page1) = admin.text(&format!("/departments/{per}")).await;
    assert!(page1.contains("Site 00") && !page1.contains("Site 50") && page1.contains("?page=2"));
    let (_, page2) = admin.text(&format!("/departments/{per}?page=2")).await;
    assert!(page2.contains("Site 50") && !page2.contains("Site 00"));
    let r = admin
        .post_form(
            &format!("/departments/{per}/facilities"),
            &csrf,
            &[("name", "site 00"), ("address", "1 Spring St")],
        )
        .await;
    assert_eq!(
        r.status(),
        422,
        "facility names are unique within a department"
    );
});
