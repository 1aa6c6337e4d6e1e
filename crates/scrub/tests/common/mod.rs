//! Fixtures and byte-level builders shared by the integration tests.
//!
//! The image fixtures are metadata-free (see fixtures/README.md); the tests add the metadata
//! here, byte by byte, so that exactly what must disappear is visible.
#![allow(dead_code)] // each test file uses a different part of this module

pub const BASELINE_JPG: &[u8] = include_bytes!("../fixtures/baseline.jpg");
pub const PROGRESSIVE_JPG: &[u8] = include_bytes!("../fixtures/progressive.jpg");
pub const RESTART_JPG: &[u8] = include_bytes!("../fixtures/restart.jpg");
pub const CMYK_ADOBE_JPG: &[u8] = include_bytes!("../fixtures/cmyk_adobe.jpg");
pub const PLAIN_PNG: &[u8] = include_bytes!("../fixtures/plain.png");

pub const ALL_JPEGS: [(&str, &[u8]); 4] = [
    ("baseline", BASELINE_JPG),
    ("progressive", PROGRESSIVE_JPG),
    ("restart", RESTART_JPG),
    ("cmyk_adobe", CMYK_ADOBE_JPG),
];

/// A made-up person and device that must never survive scrubbing.
pub const OWNER_NAME: &[u8] = b"Rosalind Q. Fakename";
pub const SERIAL: &[u8] = b"SN-4417-NOT-REAL";
pub const XMP_MARKER: &[u8] = b"<x:xmpmeta";

/// Does `needle` occur anywhere in `haystack`?
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

// ---------- EXIF (shared by JPEG APP1 and PNG eXIf) ----------

/// GPS latitude 34° 3' 8" N as EXIF rationals: distinctive bytes to look for afterwards.
pub const GPS_LATITUDE_RATIONALS: [u8; 24] = [
    34, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 8, 0, 0, 0, 1, 0, 0, 0,
];

/// A little-endian TIFF block: IFD0 with Artist, a serial number (tag 0xA431 placed in IFD0
/// for brevity) and a pointer to a GPS IFD holding latitude ref "N" and a latitude.
pub fn exif_tiff() -> Vec<u8> {
    let mut artist = OWNER_NAME.to_vec();
    artist.push(0);
    let mut serial = SERIAL.to_vec();
    serial.push(0);
    // Layout: header (8) | IFD0 (2 + 3*12 + 4 = 42) | GPS IFD (2 + 2*12 + 4 = 30) | values.
    let ifd0_at = 8u32;
    let gps_at = ifd0_at + 42;
    let values_at = gps_at + 30;
    let artist_at = values_at;
    let serial_at = artist_at + artist.len() as u32;
    let latitude_at = serial_at + serial.len() as u32;

    let mut t = b"II*\0".to_vec();
    t.extend_from_slice(&ifd0_at.to_le_bytes());
    // IFD0: entries sorted by tag.
    t.extend_from_slice(&3u16.to_le_bytes());
    t.extend_from_slice(&ifd_entry(0x013B, 2, artist.len() as u32, artist_at));
    t.extend_from_slice(&ifd_entry(0x8825, 4, 1, gps_at));
    t.extend_from_slice(&ifd_entry(0xA431, 2, serial.len() as u32, serial_at));
    t.extend_from_slice(&0u32.to_le_bytes());
    // GPS IFD: GPSLatitudeRef = "N\0" inline, GPSLatitude = 3 rationals.
    t.extend_from_slice(&2u16.to_le_bytes());
    t.extend_from_slice(&ifd_entry(
        0x0001,
        2,
        2,
        u32::from_le_bytes([b'N', 0, 0, 0]),
    ));
    t.extend_from_slice(&ifd_entry(0x0002, 5, 3, latitude_at));
    t.extend_from_slice(&0u32.to_le_bytes());
    t.extend_from_slice(&artist);
    t.extend_from_slice(&serial);
    t.extend_from_slice(&GPS_LATITUDE_RATIONALS);
    t
}

fn ifd_entry(tag: u16, kind: u16, count: u32, value: u32) -> [u8; 12] {
    let mut e = [0u8; 12];
    e[0..2].copy_from_slice(&tag.to_le_bytes());
    e[2..4].copy_from_slice(&kind.to_le_bytes());
    e[4..8].copy_from_slice(&count.to_le_bytes());
    e[8..12].copy_from_slice(&value.to_le_bytes());
    e
}

pub fn xmp_packet() -> Vec<u8> {
    let mut x = b"<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>".to_vec();
    x.extend_from_slice(XMP_MARKER);
    x.extend_from_slice(b" xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><dc:creator>");
    x.extend_from_slice(OWNER_NAME);
    x.extend_from_slice(b"</dc:creator></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>");
    x
}

// ---------- JPEG ----------

pub fn jpeg_segment(code: u8, payload: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, code];
    s.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
    s.extend_from_slice(payload);
    s
}

pub fn exif_app1() -> Vec<u8> {
    let mut p = b"Exif\0\0".to_vec();
    p.extend_from_slice(&exif_tiff());
    jpeg_segment(0xE1, &p)
}

pub fn xmp_app1() -> Vec<u8> {
    let mut p = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    p.extend_from_slice(&xmp_packet());
    jpeg_segment(0xE1, &p)
}

pub fn comment() -> Vec<u8> {
    let mut p = b"Photo by ".to_vec();
    p.extend_from_slice(OWNER_NAME);
    jpeg_segment(0xFE, &p)
}

/// Offset of the first marker with `code` in the header part of a JPEG (before any scan data).
pub fn header_marker_at(jpeg: &[u8], code: u8) -> usize {
    let mut pos = 2;
    loop {
        assert_eq!(jpeg[pos], 0xFF, "not at a marker");
        if jpeg[pos + 1] == code {
            return pos;
        }
        let len = usize::from(u16::from_be_bytes([jpeg[pos + 2], jpeg[pos + 3]]));
        pos += 2 + len;
    }
}

/// `jpeg` with `extra` inserted at byte `at`.
pub fn insert_at(jpeg: &[u8], at: usize, extra: &[u8]) -> Vec<u8> {
    let mut v = jpeg[..at].to_vec();
    v.extend_from_slice(extra);
    v.extend_from_slice(&jpeg[at..]);
    v
}

/// Everything from the first SOS marker to the end: scan headers, tables between scans and
/// entropy-coded data.
pub fn scans(jpeg: &[u8]) -> &[u8] {
    &jpeg[header_marker_at(jpeg, 0xDA)..]
}

// ---------- PNG ----------

pub fn crc32(parts: &[&[u8]]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for part in parts {
        for &b in *part {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
        }
    }
    c ^ 0xFFFF_FFFF
}

pub fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = u32::try_from(data.len()).unwrap().to_be_bytes().to_vec();
    c.extend_from_slice(kind);
    c.extend_from_slice(data);
    c.extend_from_slice(&crc32(&[kind, data]).to_be_bytes());
    c
}

/// (type, whole chunk bytes) for each chunk of a well-formed PNG.
pub fn png_chunks(png: &[u8]) -> Vec<([u8; 4], Vec<u8>)> {
    let mut out = Vec::new();
    let mut pos = 8;
    while pos < png.len() {
        let len = u32::from_be_bytes(png[pos..pos + 4].try_into().unwrap()) as usize;
        let kind: [u8; 4] = png[pos + 4..pos + 8].try_into().unwrap();
        out.push((kind, png[pos..pos + 12 + len].to_vec()));
        pos += 12 + len;
    }
    out
}

/// Rebuilds a PNG from the signature and `chunks` in order.
pub fn png_from(chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut v = PLAIN_PNG[..8].to_vec();
    for c in chunks {
        v.extend_from_slice(c);
    }
    v
}

/// The plain PNG with `before_idat` chunks after IHDR and `after_idat` chunks before IEND.
pub fn png_with(before_idat: &[Vec<u8>], after_idat: &[Vec<u8>]) -> Vec<u8> {
    let chunks = png_chunks(PLAIN_PNG);
    let mut all = Vec::new();
    for (kind, bytes) in chunks {
        if &kind == b"IEND" {
            all.extend_from_slice(after_idat);
        }
        all.push(bytes);
        if &kind == b"IHDR" {
            all.extend_from_slice(before_idat);
        }
    }
    png_from(&all)
}

/// Concatenated IDAT chunks (whole, with their CRCs).
pub fn idat(png: &[u8]) -> Vec<u8> {
    png_chunks(png)
        .into_iter()
        .filter(|(k, _)| k == b"IDAT")
        .flat_map(|(_, b)| b)
        .collect()
}
