//! Why an uploaded district file was rejected, in words a city admin can act on.

use std::fmt;

/// A rejected district file. Features are numbered from 1 in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GeoError {
    InvalidJson(String),
    /// The top level is valid JSON but not a FeatureCollection or Feature.
    NotFeatureCollection {
        found: String,
    },
    NoFeatures,
    TooManyFeatures {
        count: usize,
        max: usize,
    },
    TooManyCoordinates {
        max: usize,
    },
    NotAFeature {
        feature: usize,
    },
    MissingName {
        feature: usize,
    },
    MissingGeometry {
        feature: usize,
    },
    UnsupportedGeometry {
        feature: usize,
        kind: String,
    },
    MalformedCoordinates {
        feature: usize,
        problem: &'static str,
    },
    CoordinatesOutOfRange {
        feature: usize,
    },
    DuplicateName {
        name: String,
        first: usize,
        second: usize,
    },
}

impl fmt::Display for GeoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GeoError::InvalidJson(detail) => write!(f, "not valid JSON: {detail}"),
            GeoError::NotFeatureCollection { found } => write!(
                f,
                "not a GeoJSON FeatureCollection or Feature (found {found})"
            ),
            GeoError::NoFeatures => write!(f, "no features: the file contains no district shapes"),
            GeoError::TooManyFeatures { count, max } => write!(
                f,
                "too many features: {count}, the limit is {max} (is this the council district file?)"
            ),
            GeoError::TooManyCoordinates { max } => write!(
                f,
                "too many coordinates: more than {max} points in total; simplify the shapes and try again"
            ),
            GeoError::NotAFeature { feature } => {
                write!(f, "feature {feature} is not a GeoJSON Feature object")
            }
            GeoError::MissingName { feature } => write!(
                f,
                "feature {feature} has no name property (looked for {})",
                crate::NAME_PROPERTIES.join(", ")
            ),
            GeoError::MissingGeometry { feature } => {
                write!(f, "feature {feature} has no geometry")
            }
            GeoError::UnsupportedGeometry { feature, kind } => write!(
                f,
                "feature {feature}: geometry type {kind} is not a Polygon or MultiPolygon"
            ),
            GeoError::MalformedCoordinates { feature, problem } => {
                write!(f, "feature {feature}: coordinates are malformed: {problem}")
            }
            GeoError::CoordinatesOutOfRange { feature } => write!(
                f,
                "feature {feature}: coordinates out of range (expected [longitude, latitude] in degrees, \
                 longitude -180 to 180, latitude -90 to 90)"
            ),
            GeoError::DuplicateName {
                name,
                first,
                second,
            } => write!(
                f,
                "features {first} and {second} are both named \"{name}\"; each district needs a unique name"
            ),
        }
    }
}

impl std::error::Error for GeoError {}
