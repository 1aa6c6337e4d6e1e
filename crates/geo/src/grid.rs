//! Coarsening published points to grid cells, and great-circle distance.

/// Metres per degree of latitude (and of longitude at the equator) in the flat approximation.
const METRES_PER_DEGREE: f64 = 111_320.0;

/// Mean Earth radius (IUGG), metres.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Below this a "cell" is finer than the 5-decimal output (about 1.1 m) can express.
pub const MIN_CELL_M: f64 = 1.0;

/// Cell size used when the requested one is nonsense (NaN, infinite, zero, negative):
/// a misconfiguration should fail coarse, never publish precise points.
pub const FALLBACK_CELL_M: f64 = 100_000.0;

/// Snaps a point to the centre of its grid cell of about `cell_m` metres on a side, so every
/// point in a cell publishes as the same point. Returns (lat, lon) rounded to 5 decimals.
///
/// Rows are fixed steps of latitude; each row's longitude step is computed at that row's
/// centre latitude, so cells are about square and the whole row shares one column grid
/// (a cell never depends on where in the row the point fell). Not meant for the poles or
/// the antimeridian.
pub fn snap_to_grid(lat: f64, lon: f64, cell_m: f64) -> (f64, f64) {
    let cell_m = if cell_m.is_finite() && cell_m > 0.0 {
        cell_m.max(MIN_CELL_M)
    } else {
        FALLBACK_CELL_M
    };
    let lat_step = cell_m / METRES_PER_DEGREE;
    let row_centre = ((lat / lat_step).floor() + 0.5) * lat_step;
    // Clamped so a row centre just past a pole cannot give a zero or negative step.
    let cos_lat = row_centre.clamp(-89.0, 89.0).to_radians().cos();
    let lon_step = cell_m / (METRES_PER_DEGREE * cos_lat);
    let col_centre = ((lon / lon_step).floor() + 0.5) * lon_step;
    (round5(row_centre), round5(col_centre))
}

fn round5(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}

/// Great-circle (haversine) distance in metres between two (lat, lon) points.
pub fn distance_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lat2) = (a.0.to_radians(), b.0.to_radians());
    let half_dlat = (lat2 - lat1) / 2.0;
    let half_dlon = (b.1 - a.1).to_radians() / 2.0;
    let h = half_dlat.sin().powi(2) + lat1.cos() * lat2.cos() * half_dlon.sin().powi(2);
    // min(1.0) guards asin against rounding just above 1 for antipodal points.
    2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
}
