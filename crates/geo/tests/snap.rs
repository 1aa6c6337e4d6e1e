//! Grid snapping for published points, and the distance helper used to check it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use geo::{distance_m, snap_to_grid};

const CITY_HALL: (f64, f64) = (34.0537, -118.2428);

/// Moves a point north/east by metres, using the same flat approximation as the grid.
fn offset(p: (f64, f64), north_m: f64, east_m: f64) -> (f64, f64) {
    let lat = p.0 + north_m / 111_320.0;
    let lon = p.1 + east_m / (111_320.0 * p.0.to_radians().cos());
    (lat, lon)
}

#[test]
fn distance_matches_known_values() {
    // One degree of latitude is about 111.2 km on a sphere.
    let d = distance_m((34.0, -118.0), (35.0, -118.0));
    assert!((d - 111_195.0).abs() < 50.0, "{d}");
    assert_eq!(distance_m(CITY_HALL, CITY_HALL), 0.0);
    // City Hall to LAX is about 19.7 km.
    let lax = (33.9416, -118.4085);
    let d = distance_m(CITY_HALL, lax);
    assert!((d - 19_600.0).abs() < 800.0, "{d}");
    assert!((distance_m(lax, CITY_HALL) - d).abs() < 1e-6);
}

#[test]
fn points_fifty_metres_apart_in_one_cell_snap_identically() {
    let cell_m = 500.0;
    let centre = snap_to_grid(CITY_HALL.0, CITY_HALL.1, cell_m);
    let a = offset(centre, -25.0, 0.0);
    let b = offset(centre, 25.0, 0.0);
    assert!((distance_m(a, b) - 50.0).abs() < 1.0);
    assert_eq!(
        snap_to_grid(a.0, a.1, cell_m),
        snap_to_grid(b.0, b.1, cell_m)
    );
    let c = offset(centre, 0.0, -25.0);
    let d = offset(centre, 0.0, 25.0);
    assert_eq!(
        snap_to_grid(c.0, c.1, cell_m),
        snap_to_grid(d.0, d.1, cell_m)
    );
}

#[test]
fn snapped_point_is_within_half_a_cell_diagonal() {
    let mut state: u64 = 42;
    for cell_m in [100.0, 250.0, 500.0, 1_000.0] {
        let half_diagonal = cell_m * std::f64::consts::SQRT_2 / 2.0;
        for _ in 0..2_000 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let u = (state >> 11) as f64 / (1u64 << 53) as f64;
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            let v = (state >> 11) as f64 / (1u64 << 53) as f64;
            let p = (33.70 + 0.64 * u, -118.67 + 0.52 * v);
            let s = snap_to_grid(p.0, p.1, cell_m);
            let d = distance_m(p, s);
            // 2% slack for the sphere vs the flat grid, plus 5-decimal rounding.
            assert!(d <= half_diagonal * 1.02 + 2.0, "{p:?} -> {s:?}: {d} m");
        }
    }
}

#[test]
fn output_is_the_cell_centre_and_snapping_is_idempotent() {
    let cell_m = 500.0;
    let lat_step = cell_m / 111_320.0;
    let (lat, lon) = snap_to_grid(CITY_HALL.0, CITY_HALL.1, cell_m);
    // Latitude is half a step above a whole number of steps.
    let rows = lat / lat_step - 0.5;
    assert!((rows - rows.round()).abs() < 1e-3, "{rows}");
    let lon_step = cell_m / (111_320.0 * lat.to_radians().cos());
    let cols = lon / lon_step - 0.5;
    assert!((cols - cols.round()).abs() < 1e-3, "{cols}");
    assert_eq!(snap_to_grid(lat, lon, cell_m), (lat, lon));
}

#[test]
fn cells_are_about_square() {
    let cell_m = 500.0;
    let centre = snap_to_grid(CITY_HALL.0, CITY_HALL.1, cell_m);
    let north = offset(centre, cell_m, 0.0);
    let east = offset(centre, 0.0, cell_m);
    let north_centre = snap_to_grid(north.0, north.1, cell_m);
    let east_centre = snap_to_grid(east.0, east.1, cell_m);
    // Rows each have their own column grid, so compare only the latitude going north.
    assert!(((north_centre.0 - centre.0) * 111_320.0 - cell_m).abs() < 5.0);
    assert_eq!(east_centre.0, centre.0);
    assert!((distance_m(centre, east_centre) - cell_m).abs() < 5.0);
}

#[test]
fn output_is_rounded_to_five_decimals() {
    let (lat, lon) = snap_to_grid(34.123456789, -118.987654321, 200.0);
    assert_eq!((lat * 1e5).round() / 1e5, lat);
    assert_eq!((lon * 1e5).round() / 1e5, lon);
}

#[test]
fn bad_cell_sizes_do_not_panic_or_publish_non_finite_points() {
    for cell_m in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        let (lat, lon) = snap_to_grid(CITY_HALL.0, CITY_HALL.1, cell_m);
        assert!(lat.is_finite() && lon.is_finite(), "{cell_m}: {lat}, {lon}");
    }
}
