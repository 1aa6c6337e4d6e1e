//! Departments, their facilities (city properties) and their immigrant affairs liaisons.
//! Types and validation only; no I/O.

use crate::web::form::FormData;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub const KINDS: [&str; 6] = [
    "department",
    "office",
    "elected_office",
    "proprietary_department",
    "pension_department",
    "public_works_bureau",
];

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Department {
    pub id: i64,
    pub name: String,
    pub abbreviation: String,
    /// One of: department, office, elected_office, proprietary_department, pension_department,
    /// public_works_bureau.
    pub kind: String,
    /// Number of employees, if known (used for training percentages).
    pub headcount: Option<i64>,
    pub facility_count: i64,
    pub has_primary_liaison: bool,
    pub has_backup_liaison: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Facility {
    pub id: i64,
    pub department_id: i64,
    pub name: String,
    pub address: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// Which areas are not open to the public (staff offices, back rooms, yards…).
    pub non_public_areas: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Liaison {
    /// `primary` or `backup`.
    pub kind: String,
    pub name: String,
    pub title: String,
    pub work_email: String,
    pub work_phone: String,
    pub updated_at: String,
}

impl Facility {
    /// "lat, lon" to five decimals (about a metre), if both are known.
    pub fn coordinates(&self) -> Option<String> {
        Some(format!("{:.5}, {:.5}", self.latitude?, self.longitude?))
    }
}

impl Department {
    /// Fluent id of the kind's name.
    pub fn kind_key(&self) -> String {
        format!("kind-{}", self.kind)
    }
}

/// A field that failed validation: field name and Fluent message id.
pub type Problem = (&'static str, &'static str);

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct DepartmentInput {
    pub name: String,
    pub abbreviation: String,
    pub kind: String,
    pub headcount: Option<i64>,
}

impl DepartmentInput {
    pub fn from_form(f: &FormData) -> Result<DepartmentInput, Vec<Problem>> {
        let headcount = match f.get("headcount") {
            "" => None,
            s => match s.parse::<i64>() {
                Ok(n) => Some(n),
                Err(_) => return Err(vec![("headcount", "error-number")]),
            },
        };
        DepartmentInput {
            name: f.get("name").into(),
            abbreviation: f.get("abbreviation").into(),
            kind: f.get("kind").into(),
            headcount,
        }
        .checked()
    }

    pub fn checked(mut self) -> Result<DepartmentInput, Vec<Problem>> {
        let mut p = Vec::new();
        self.name = self.name.trim().into();
        self.abbreviation = self.abbreviation.trim().to_uppercase();
        required(&mut p, "name", &self.name, 200);
        required(&mut p, "abbreviation", &self.abbreviation, 20);
        if !self
            .abbreviation
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            p.push(("abbreviation", "error-abbreviation"));
        }
        if !KINDS.contains(&self.kind.as_str()) {
            p.push(("kind", "error-kind"));
        }
        if self
            .headcount
            .is_some_and(|n| !(0..=1_000_000).contains(&n))
        {
            p.push(("headcount", "error-headcount"));
        }
        if p.is_empty() {
            Ok(self)
        } else {
            Err(p)
        }
    }
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct FacilityInput {
    pub name: String,
    pub address: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    #[serde(default)]
    pub non_public_areas: String,
}

impl FacilityInput {
    pub fn from_form(f: &FormData) -> Result<FacilityInput, Vec<Problem>> {
        let mut p = Vec::new();
        let mut coord = |name: &'static str| match f.get(name) {
            "" => None,
            s => match s.parse::<f64>() {
                Ok(v) => Some(v),
                Err(_) => {
                    p.push((name, "error-number"));
                    None
                }
            },
        };
        let latitude = coord("latitude");
        let longitude = coord("longitude");
        let input = FacilityInput {
            name: f.get("name").into(),
            address: f.get("address").into(),
            latitude,
            longitude,
            non_public_areas: f.get("non_public_areas").into(),
        };
        match input.checked() {
            Ok(i) if p.is_empty() => Ok(i),
            Ok(_) => Err(p),
            Err(more) => {
                // A field that did not parse is reported once, not again as out of range.
                for problem in more {
                    if !p.iter().any(|(f, _)| *f == problem.0) {
                        p.push(problem);
                    }
                }
                Err(p)
            }
        }
    }

    pub fn checked(mut self) -> Result<FacilityInput, Vec<Problem>> {
        let mut p = Vec::new();
        self.name = self.name.trim().into();
        self.address = self.address.trim().into();
        self.non_public_areas = self.non_public_areas.trim().into();
        required(&mut p, "name", &self.name, 200);
        required(&mut p, "address", &self.address, 300);
        if self.non_public_areas.chars().count() > 2000 {
            p.push(("non_public_areas", "error-too-long"));
        }
        match (self.latitude, self.longitude) {
            (Some(lat), Some(lon)) => {
                if !(-90.0..=90.0).contains(&lat) {
                    p.push(("latitude", "error-latitude"));
                }
                if !(-180.0..=180.0).contains(&lon) {
                    p.push(("longitude", "error-longitude"));
                }
            }
            (Some(_), None) => p.push(("longitude", "error-coordinates-pair")),
            (None, Some(_)) => p.push(("latitude", "error-coordinates-pair")),
            (None, None) => {}
        }
        if p.is_empty() {
            Ok(self)
        } else {
            Err(p)
        }
    }
}

#[derive(Debug, Clone)]
pub struct LiaisonInput {
    pub name: String,
    pub title: String,
    pub work_email: String,
    pub work_phone: String,
}

impl LiaisonInput {
    pub fn from_form(f: &FormData) -> Result<LiaisonInput, Vec<Problem>> {
        let mut p = Vec::new();
        let input = LiaisonInput {
            name: f.get("name").into(),
            title: f.get("title").into(),
            work_email: f.get("work_email").to_lowercase(),
            work_phone: f.get("work_phone").into(),
        };
        required(&mut p, "name", &input.name, 200);
        if input.title.chars().count() > 200 {
            p.push(("title", "error-too-long"));
        }
        if crate::auth::model::Email::parse(&input.work_email).is_none() {
            p.push(("work_email", "error-email-invalid"));
        }
        let digits = input
            .work_phone
            .chars()
            .filter(char::is_ascii_digit)
            .count();
        let phone_chars = input
            .work_phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().x".contains(c));
        if !(7..=15).contains(&digits) || !phone_chars {
            p.push(("work_phone", "error-phone"));
        }
        if p.is_empty() {
            Ok(input)
        } else {
            Err(p)
        }
    }
}

pub fn liaison_kind(s: &str) -> Option<&'static str> {
    match s {
        "primary" => Some("primary"),
        "backup" => Some("backup"),
        _ => None,
    }
}

fn required(p: &mut Vec<Problem>, field: &'static str, value: &str, max: usize) {
    if value.is_empty() {
        p.push((field, "error-required"));
    } else if value.chars().count() > max {
        p.push((field, "error-too-long"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(s: &str) -> FormData {
        FormData::parse(s.as_bytes()).unwrap_or_default()
    }

    #[test]
    fn facility_coordinates_come_in_pairs_and_in_range() {
        let f = FacilityInput::from_form(&form("name=Yard&address=1+Main&latitude=34.05")).err();
        assert_eq!(f, Some(vec![("longitude", "error-coordinates-pair")]));
        let f =
            FacilityInput::from_form(&form("name=Yard&address=1+Main&latitude=95&longitude=-118"))
                .err();
        assert_eq!(f, Some(vec![("latitude", "error-latitude")]));
        let f = FacilityInput::from_form(&form(
            "name=Yard&address=1+Main&latitude=abc&longitude=-118",
        ))
        .err();
        assert_eq!(f, Some(vec![("latitude", "error-number")]));
        assert!(FacilityInput::from_form(&form(
            "name=Yard&address=1+Main&latitude=34.05&longitude=-118.24"
        ))
        .is_ok());
    }

    #[test]
    fn department_input_normalises_and_checks() {
        let d =
            DepartmentInput::from_form(&form("name=+Aging+&abbreviation=ladoa&kind=department"));
        assert_eq!(
            d.map(|d| (d.name, d.abbreviation)).ok(),
            Some(("Aging".into(), "LADOA".into()))
        );
        let d = DepartmentInput::from_form(&form("name=&abbreviation=a+b&kind=club")).err();
        assert_eq!(
            d,
            Some(vec![
                ("name", "error-required"),
                ("abbreviation", "error-abbreviation"),
                ("kind", "error-kind")
            ])
        );
    }

    #[test]
    fn liaison_contact_details_are_checked() {
        let l = LiaisonInput::from_form(&form(
            "name=Ana&work_email=ana%40lacity.org&work_phone=%28213%29+555-0100",
        ));
        assert!(l.is_ok());
        let l = LiaisonInput::from_form(&form("name=Ana&work_email=nope&work_phone=12")).err();
        assert_eq!(
            l,
            Some(vec![
                ("work_email", "error-email-invalid"),
                ("work_phone", "error-phone")
            ])
        );
    }
}
