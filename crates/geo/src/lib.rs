//! Council district boundaries from GeoJSON, point-in-polygon lookup, and grid snapping
//! for published coordinates.
//!
//! Pure: no I/O. The city uploads its district file once; reports are then tagged with a
//! district by [`Districts::locate`], and any point that leaves the system (a map, an
//! export) goes through [`snap_to_grid`] first so it names a neighbourhood, not a doorway.
//!
//! ```
//! let geojson = r#"{"type":"Feature","properties":{"district":5},
//!   "geometry":{"type":"Polygon","coordinates":[[[-118.3,34.0],[-118.2,34.0],[-118.2,34.1],[-118.3,34.1],[-118.3,34.0]]]}}"#;
//! let districts = geo::Districts::parse(geojson).unwrap();
//! assert_eq!(districts.locate(34.05, -118.24), Some("5"));
//! assert_eq!(districts.locate(35.0, -118.24), None);
//! ```

mod districts;
mod error;
mod grid;
mod parse;
mod polygon;
mod serve;

pub use districts::{District, Districts};
pub use error::GeoError;
pub use grid::{distance_m, snap_to_grid, FALLBACK_CELL_M, MIN_CELL_M};
pub use parse::{MAX_COORDINATES, MAX_FEATURES, NAME_PROPERTIES};
