//! How one exported report is written: a CSV line, or a GeoJSON feature.

use super::{ExportRow, Kind};
use crate::audit::web::csv_cell;

/// CSV columns, in order. No reporter: an export names what happened, not who told us.
pub const CSV_COLUMNS: [&str; 42] = [
    "report_id",
    "incident_id",
    "incident_state",
    "observed_at",
    "ongoing",
    "department_id",
    "department",
    "facility_id",
    "facility",
    "location_text",
    "latitude",
    "longitude",
    "accuracy_m",
    "council_district",
    "area",
    "agencies",
    "identified_by",
    "agents_min",
    "vehicles_marked",
    "vehicles_unmarked",
    "attire",
    "masked",
    "id_visible",
    "supervisor_name",
    "supervisor_badge",
    "activities",
    "warrant",
    "nonpublic_requested",
    "nonpublic_granted",
    "city_data_requested",
    "staff_actions",
    "lapd_present",
    "detained_count",
    "minors_count",
    "injuries_count",
    "force_used",
    "narrative",
    "redaction_count",
    "status",
    "acknowledged_at",
    "escalated_at",
    "created_at",
];

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(T::to_string).unwrap_or_default()
}

fn csv_fields(x: &ExportRow) -> [String; 42] {
    let r = &x.report;
    [
        r.id.to_string(),
        opt(&x.incident_id),
        opt(&x.incident_state),
        r.observed_at.clone(),
        r.ongoing.to_string(),
        r.department_id.to_string(),
        csv_cell(&r.department),
        opt(&r.facility_id),
        csv_cell(&opt(&r.facility)),
        csv_cell(&r.location_text),
        opt(&r.latitude),
        opt(&r.longitude),
        opt(&r.accuracy_m),
        csv_cell(&opt(&x.district)),
        r.area.clone(),
        r.agencies.join(";"),
        r.identified_by.join(";"),
        opt(&r.agents_min),
        opt(&r.vehicles_marked),
        opt(&r.vehicles_unmarked),
        r.attire.clone(),
        r.masked.clone(),
        r.id_visible.clone(),
        csv_cell(&r.supervisor_name),
        csv_cell(&r.supervisor_badge),
        r.activities.join(";"),
        r.warrant.clone(),
        r.nonpublic_requested.clone(),
        r.nonpublic_granted.clone(),
        r.city_data_requested.clone(),
        csv_cell(&r.staff_actions),
        r.lapd_present.clone(),
        r.detained_count.to_string(),
        r.minors_count.to_string(),
        r.injuries_count.to_string(),
        r.force_used.clone(),
        csv_cell(&r.narrative),
        r.redaction_count.to_string(),
        r.status.clone(),
        opt(&r.acknowledged_at),
        opt(&r.escalated_at),
        r.created_at.clone(),
    ]
}

pub struct Writer {
    kind: Kind,
    first: bool,
}

impl Writer {
    pub fn new(kind: Kind) -> Writer {
        Writer { kind, first: true }
    }

    pub fn header(&self) -> Vec<u8> {
        match self.kind {
            Kind::Csv => {
                let mut line = CSV_COLUMNS.join(",");
                line.push_str("\r\n");
                line.into_bytes()
            }
            Kind::GeoJson => br#"{"type":"FeatureCollection","features":["#.to_vec(),
        }
    }

    pub fn row(&mut self, x: &ExportRow, out: &mut Vec<u8>) -> anyhow::Result<()> {
        match self.kind {
            Kind::Csv => {
                // The csv crate quotes and escapes; a writer per line keeps the output in
                // `out` without a second buffer.
                let mut w = csv::WriterBuilder::new()
                    .terminator(csv::Terminator::CRLF)
                    .buffer_capacity(1024)
                    .from_writer(&mut *out);
                w.write_record(csv_fields(x))?;
                w.flush()?;
            }
            Kind::GeoJson => {
                if !self.first {
                    out.push(b',');
                }
                serde_json::to_writer(&mut *out, &feature(x))?;
            }
        }
        self.first = false;
        Ok(())
    }

    pub fn footer(&self) -> Vec<u8> {
        match self.kind {
            Kind::Csv => Vec::new(),
            Kind::GeoJson => b"]}".to_vec(),
        }
    }
}

/// A report as a GeoJSON feature; reports without coordinates have a null geometry.
fn feature(x: &ExportRow) -> serde_json::Value {
    let r = &x.report;
    let geometry = match (r.latitude, r.longitude) {
        (Some(lat), Some(lon)) => serde_json::json!({"type": "Point", "coordinates": [lon, lat]}),
        _ => serde_json::Value::Null,
    };
    let mut properties = serde_json::to_value(r).unwrap_or_default();
    if let Some(p) = properties.as_object_mut() {
        p.remove("latitude");
        p.remove("longitude");
        p.insert("incident_id".into(), serde_json::json!(x.incident_id));
        p.insert("incident_state".into(), serde_json::json!(x.incident_state));
        p.insert("council_district".into(), serde_json::json!(x.district));
    }
    serde_json::json!({"type": "Feature", "id": r.id, "geometry": geometry, "properties": properties})
}
