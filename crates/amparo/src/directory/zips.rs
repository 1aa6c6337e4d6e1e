//! ZIP code points for Los Angeles County (`seed/la-county-zip-points.csv`), so a resident
//! can search "near 90012" without the directory having a service in that ZIP code.

use std::collections::HashMap;
use std::sync::OnceLock;

const POINTS: &str = include_str!("../../seed/la-county-zip-points.csv");

fn table() -> &'static HashMap<&'static str, (f64, f64)> {
    static T: OnceLock<HashMap<&'static str, (f64, f64)>> = OnceLock::new();
    T.get_or_init(|| {
        POINTS
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut f = line.split(',');
                let zip = f.next()?;
                let _city = f.next()?;
                let lat = f.next()?.parse().ok()?;
                let lon = f.next()?.parse().ok()?;
                Some((zip, (lat, lon)))
            })
            .collect()
    })
}

/// The point of a Los Angeles County ZIP code ("90012", or "90012-1234").
pub fn point(zip: &str) -> Option<(f64, f64)> {
    let five = zip.trim().get(..5)?;
    table().get(five).copied()
}

/// Whether a point is in a box around Los Angeles County (with Catalina and the high desert).
pub fn in_la_county(p: (f64, f64)) -> bool {
    (32.7..=35.0).contains(&p.0) && (-119.1..=-117.4).contains(&p.1)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]
    #[test]
    fn knows_the_county_zip_codes_and_nothing_else() {
        let civic_center = super::point("90012").expect("90012");
        assert!((civic_center.0 - 34.06).abs() < 0.05 && (civic_center.1 + 118.24).abs() < 0.05);
        assert!(super::point("90012-4801").is_some());
        assert!(super::point("10001").is_none(), "New York");
        assert!(super::point("9001").is_none());
        assert!(super::table().len() > 400);
        assert!(super::table().values().all(|p| super::in_la_county(*p)));
    }
}
