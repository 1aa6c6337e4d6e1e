//! The districts back out as GeoJSON, for the map layer.

use serde_json::{Map, Number, Value};

use crate::districts::Districts;
use crate::polygon::Polygon;

impl Districts {
    /// A minimal FeatureCollection: one MultiPolygon feature per district with only a
    /// `name` property, so whatever else the uploaded file carried is not re-served.
    pub fn to_geojson(&self) -> String {
        let features = self
            .districts
            .iter()
            .map(|d| {
                let mut properties = Map::new();
                properties.insert("name".into(), Value::String(d.name.clone()));
                object([
                    ("type", Value::String("Feature".into())),
                    ("properties", Value::Object(properties)),
                    (
                        "geometry",
                        object([
                            ("type", Value::String("MultiPolygon".into())),
                            (
                                "coordinates",
                                Value::Array(d.polygons.iter().map(polygon_coordinates).collect()),
                            ),
                        ]),
                    ),
                ])
            })
            .collect();
        object([
            ("type", Value::String("FeatureCollection".into())),
            ("features", Value::Array(features)),
        ])
        .to_string()
    }
}

fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
    Value::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

fn polygon_coordinates(polygon: &Polygon) -> Value {
    Value::Array(
        polygon
            .rings
            .iter()
            .map(|ring| {
                Value::Array(
                    ring.iter()
                        .map(|&(lon, lat)| Value::Array(vec![number(lon), number(lat)]))
                        .collect(),
                )
            })
            .collect(),
    )
}

/// Parsing only admits finite coordinates, so the Null fallback is unreachable in practice.
fn number(x: f64) -> Value {
    Number::from_f64(x).map_or(Value::Null, Value::Number)
}
