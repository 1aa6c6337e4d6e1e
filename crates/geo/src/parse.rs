//! Reading an uploaded GeoJSON district file into [`Districts`].

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::districts::{District, Districts};
use crate::error::GeoError;
use crate::polygon::{LonLat, Polygon, Ring};

/// A city has tens of districts; hundreds of features means the wrong file (parcels, streets).
pub const MAX_FEATURES: usize = 500;

/// Caps memory and lookup cost; real council boundaries are well under this.
pub const MAX_COORDINATES: usize = 2_000_000;

/// Where the district name may live, in order of preference: the spellings seen in
/// city and county open-data exports.
pub const NAME_PROPERTIES: [&str; 9] = [
    "name",
    "district",
    "District",
    "DISTRICT",
    "district_name",
    "NAME",
    "CD",
    "cd",
    "council_district",
];

impl Districts {
    /// Parses a GeoJSON FeatureCollection (or a single Feature) of Polygon or MultiPolygon
    /// features with [lon, lat] coordinates. Each feature is one district; its name comes
    /// from the first present property in [`NAME_PROPERTIES`].
    pub fn parse(geojson: &str) -> Result<Districts, GeoError> {
        let root: Value =
            serde_json::from_str(geojson).map_err(|e| GeoError::InvalidJson(e.to_string()))?;
        let features = top_level_features(&root)?;
        if features.is_empty() {
            return Err(GeoError::NoFeatures);
        }
        if features.len() > MAX_FEATURES {
            return Err(GeoError::TooManyFeatures {
                count: features.len(),
                max: MAX_FEATURES,
            });
        }

        let mut budget = CoordinateBudget { used: 0 };
        let mut first_seen: HashMap<String, usize> = HashMap::new();
        let mut districts = Vec::with_capacity(features.len());
        for (index, value) in features.iter().enumerate() {
            let number = index + 1;
            let feature = value
                .as_object()
                .ok_or(GeoError::NotAFeature { feature: number })?;
            let name = district_name(feature).ok_or(GeoError::MissingName { feature: number })?;
            if let Some(&first) = first_seen.get(&name) {
                return Err(GeoError::DuplicateName {
                    name,
                    first,
                    second: number,
                });
            }
            let polygons = feature_polygons(feature, number, &mut budget)?;
            first_seen.insert(name.clone(), number);
            districts.push(District::new(name, polygons));
        }
        Ok(Districts { districts })
    }
}

fn top_level_features(root: &Value) -> Result<Vec<Value>, GeoError> {
    let kind = root.get("type").and_then(Value::as_str);
    match kind {
        Some("FeatureCollection") => match root.get("features") {
            Some(Value::Array(features)) => Ok(features.clone()),
            _ => Err(GeoError::NotFeatureCollection {
                found: "a FeatureCollection without a features list".into(),
            }),
        },
        Some("Feature") => Ok(vec![root.clone()]),
        Some(other) => Err(GeoError::NotFeatureCollection {
            found: format!("type {other}"),
        }),
        None => Err(GeoError::NotFeatureCollection {
            found: "no \"type\" field".into(),
        }),
    }
}

/// Null, blank and non-scalar values count as absent so a later property can supply the name.
fn district_name(feature: &Map<String, Value>) -> Option<String> {
    let properties = feature.get("properties")?.as_object()?;
    NAME_PROPERTIES
        .iter()
        .filter_map(|key| properties.get(*key))
        .find_map(name_from_value)
}

fn name_from_value(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(s) => s.trim().to_string(),
        // 5 and 5.0 both name district "5": shapefile exports often store integers as floats.
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i.to_string(),
            (None, Some(f)) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
            _ => n.to_string(),
        },
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

struct CoordinateBudget {
    used: usize,
}

impl CoordinateBudget {
    fn spend(&mut self, count: usize) -> Result<(), GeoError> {
        self.used = self.used.saturating_add(count);
        if self.used > MAX_COORDINATES {
            return Err(GeoError::TooManyCoordinates {
                max: MAX_COORDINATES,
            });
        }
        Ok(())
    }
}

fn feature_polygons(
    feature: &Map<String, Value>,
    number: usize,
    budget: &mut CoordinateBudget,
) -> Result<Vec<Polygon>, GeoError> {
    let geometry = match feature.get("geometry") {
        Some(Value::Object(g)) => g,
        _ => return Err(GeoError::MissingGeometry { feature: number }),
    };
    let malformed = |problem| GeoError::MalformedCoordinates {
        feature: number,
        problem,
    };
    let coordinates = geometry.get("coordinates");
    match geometry.get("type").and_then(Value::as_str) {
        Some("Polygon") => {
            let rings = coordinates.ok_or(malformed("the geometry has no coordinates"))?;
            Ok(vec![polygon(rings, number, budget)?])
        }
        Some("MultiPolygon") => {
            let parts = coordinates
                .and_then(Value::as_array)
                .ok_or(malformed("the geometry has no list of polygons"))?;
            if parts.is_empty() {
                return Err(malformed("a MultiPolygon has no polygons"));
            }
            parts.iter().map(|p| polygon(p, number, budget)).collect()
        }
        Some(other) => Err(GeoError::UnsupportedGeometry {
            feature: number,
            kind: other.to_string(),
        }),
        None => Err(GeoError::UnsupportedGeometry {
            feature: number,
            kind: "(missing)".into(),
        }),
    }
}

fn polygon(
    value: &Value,
    number: usize,
    budget: &mut CoordinateBudget,
) -> Result<Polygon, GeoError> {
    let malformed = |problem| GeoError::MalformedCoordinates {
        feature: number,
        problem,
    };
    let rings = value
        .as_array()
        .ok_or(malformed("a polygon is not a list of rings"))?;
    if rings.is_empty() {
        return Err(malformed("a polygon has no rings"));
    }
    let rings = rings
        .iter()
        .map(|r| ring(r, number, budget))
        .collect::<Result<Vec<Ring>, GeoError>>()?;
    Ok(Polygon { rings })
}

fn ring(value: &Value, number: usize, budget: &mut CoordinateBudget) -> Result<Ring, GeoError> {
    let malformed = |problem| GeoError::MalformedCoordinates {
        feature: number,
        problem,
    };
    let positions = value.as_array().ok_or(malformed(
        "a ring is not a list of [longitude, latitude] points",
    ))?;
    budget.spend(positions.len())?;
    let mut ring = positions
        .iter()
        .map(|p| position(p, number))
        .collect::<Result<Ring, GeoError>>()?;
    // Files that leave rings open are common; closing them keeps the edge walk uniform.
    if let (Some(&first), Some(&last)) = (ring.first(), ring.last()) {
        if first != last {
            ring.push(first);
        }
    }
    if ring.len() < 4 {
        return Err(malformed("a ring has fewer than three corners"));
    }
    Ok(ring)
}

/// Extra members (altitude) are ignored; [lat, lon] mix-ups in LA show up as out of range.
fn position(value: &Value, number: usize) -> Result<LonLat, GeoError> {
    let malformed = GeoError::MalformedCoordinates {
        feature: number,
        problem: "a point is not a [longitude, latitude] pair of numbers",
    };
    let pair = value.as_array().ok_or(malformed.clone())?;
    let (Some(lon), Some(lat)) = (
        pair.first().and_then(Value::as_f64),
        pair.get(1).and_then(Value::as_f64),
    ) else {
        return Err(malformed);
    };
    if !(-180.0..=180.0).contains(&lon) || !(-90.0..=90.0).contains(&lat) {
        return Err(GeoError::CoordinatesOutOfRange { feature: number });
    }
    Ok((lon, lat))
}
