//! Rings, polygons and bounding boxes in GeoJSON's [lon, lat] order.

/// A position as (longitude, latitude): GeoJSON order, so stored rings read like the file.
pub(crate) type LonLat = (f64, f64);

/// A closed ring (first position repeated at the end).
pub(crate) type Ring = Vec<LonLat>;

/// An outer ring followed by its holes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Polygon {
    pub(crate) rings: Vec<Ring>,
}

impl Polygon {
    /// Even-odd rule over every ring at once: a point inside the outer ring and inside one
    /// hole crosses an even number of edges, so holes fall out without special-casing.
    /// Boundary points land on whichever side the arithmetic puts them, the same way every time.
    pub(crate) fn contains(&self, lon: f64, lat: f64) -> bool {
        let mut inside = false;
        for ring in &self.rings {
            for edge in ring.windows(2) {
                let ((x1, y1), (x2, y2)) = (edge[0], edge[1]);
                // Half-open in latitude so a ray through a vertex counts that vertex once.
                if (y1 > lat) != (y2 > lat) {
                    let crossing_lon = x1 + (lat - y1) * (x2 - x1) / (y2 - y1);
                    if lon < crossing_lon {
                        inside = !inside;
                    }
                }
            }
        }
        inside
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct BoundingBox {
    pub(crate) min_lon: f64,
    pub(crate) min_lat: f64,
    pub(crate) max_lon: f64,
    pub(crate) max_lat: f64,
}

impl BoundingBox {
    /// The box around every outer ring (holes lie inside their outer ring, so they add nothing).
    pub(crate) fn around(polygons: &[Polygon]) -> BoundingBox {
        let mut bbox = BoundingBox {
            min_lon: f64::INFINITY,
            min_lat: f64::INFINITY,
            max_lon: f64::NEG_INFINITY,
            max_lat: f64::NEG_INFINITY,
        };
        let outer_positions = polygons.iter().filter_map(|p| p.rings.first()).flatten();
        for &(lon, lat) in outer_positions {
            bbox.min_lon = bbox.min_lon.min(lon);
            bbox.min_lat = bbox.min_lat.min(lat);
            bbox.max_lon = bbox.max_lon.max(lon);
            bbox.max_lat = bbox.max_lat.max(lat);
        }
        bbox
    }

    /// False for NaN, so a non-finite point never reaches the ring test.
    pub(crate) fn contains(&self, lon: f64, lat: f64) -> bool {
        lon >= self.min_lon && lon <= self.max_lon && lat >= self.min_lat && lat <= self.max_lat
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square_with_hole() -> Polygon {
        Polygon {
            rings: vec![
                vec![(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (0.0, 4.0), (0.0, 0.0)],
                vec![(1.0, 1.0), (1.0, 3.0), (3.0, 3.0), (3.0, 1.0), (1.0, 1.0)],
            ],
        }
    }

    #[test]
    fn inside_outside_and_hole() {
        let p = square_with_hole();
        assert!(p.contains(0.5, 0.5));
        assert!(p.contains(3.5, 2.0));
        assert!(!p.contains(2.0, 2.0));
        assert!(!p.contains(5.0, 2.0));
        assert!(!p.contains(-1.0, 2.0));
    }

    #[test]
    fn ray_through_a_vertex_counts_once() {
        let diamond = Polygon {
            rings: vec![vec![
                (0.0, 1.0),
                (1.0, 0.0),
                (2.0, 1.0),
                (1.0, 2.0),
                (0.0, 1.0),
            ]],
        };
        // The ray east from (0.5, 1.0) passes exactly through the vertex (2, 1).
        assert!(diamond.contains(0.5, 1.0));
        assert!(!diamond.contains(-0.5, 1.0));
    }

    #[test]
    fn bounding_box_ignores_holes_and_rejects_nan() {
        let bbox = BoundingBox::around(&[square_with_hole()]);
        assert_eq!((bbox.min_lon, bbox.max_lat), (0.0, 4.0));
        assert!(bbox.contains(2.0, 2.0));
        assert!(!bbox.contains(f64::NAN, 2.0));
    }
}
