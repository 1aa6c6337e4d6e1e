//! Parsed districts and point lookup.

use crate::polygon::{BoundingBox, Polygon};

/// One council district: its name and its shape (one or more polygons, holes respected).
#[derive(Debug, Clone, PartialEq)]
pub struct District {
    pub name: String,
    pub(crate) polygons: Vec<Polygon>,
    pub(crate) bbox: BoundingBox,
}

impl District {
    pub(crate) fn new(name: String, polygons: Vec<Polygon>) -> District {
        let bbox = BoundingBox::around(&polygons);
        District {
            name,
            polygons,
            bbox,
        }
    }

    /// Whether the point is inside this district (boundary points: see [`Districts::locate`]).
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        self.bbox.contains(lon, lat) && self.polygons.iter().any(|p| p.contains(lon, lat))
    }
}

/// Every district from one uploaded file, in file order, names unique.
#[derive(Debug, Clone, PartialEq)]
pub struct Districts {
    pub(crate) districts: Vec<District>,
}

impl Districts {
    /// The district containing the point, or `None` outside every district.
    ///
    /// A point exactly on a shared edge goes to whichever side the even-odd test puts it,
    /// the same way every time; where districts overlap (a sloppy file), the earliest
    /// feature in the file wins.
    pub fn locate(&self, lat: f64, lon: f64) -> Option<&str> {
        self.districts
            .iter()
            .find(|d| d.contains(lat, lon))
            .map(|d| d.name.as_str())
    }

    /// District names in file order.
    pub fn names(&self) -> Vec<&str> {
        self.districts.iter().map(|d| d.name.as_str()).collect()
    }

    pub fn len(&self) -> usize {
        self.districts.len()
    }

    /// Always false for a parsed file (parsing rejects an empty one); here for completeness.
    pub fn is_empty(&self) -> bool {
        self.districts.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, District> {
        self.districts.iter()
    }
}
