#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Broken and hostile zip/XLSX input must give `Err`, never a panic or a huge allocation.

use ice_records::{inspect, read};

const SEA_XLSX: &[u8] = include_bytes!("fixtures/sea-i213s-2026-02-13-geocoded.xlsx");
const DDP_XLSX: &[u8] = include_bytes!("fixtures/ddp-multisheet.xlsx");

const WORKBOOK: &str =
    r#"<workbook xmlns:r="r"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>"#;
const RELS: &str =
    r#"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#;
const SHEET: &str = r#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>arrest_date</t></is></c><c r="B1" t="inlineStr"><is><t>arrest_criminality</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>2025-01-02</t></is></c><c r="B2" t="inlineStr"><is><t>1 Convicted Criminal</t></is></c></row></sheetData></worksheet>"#;

/// Where each entry's central-directory record starts, so tests can forge its fields.
struct Built {
    bytes: Vec<u8>,
    central: Vec<usize>,
    end: usize,
}

/// A stored (uncompressed) zip of `entries`, written by hand.
fn stored_zip(entries: &[(&str, &[u8])]) -> Built {
    let mut out = Vec::new();
    let mut locals = Vec::new();
    for (name, data) in entries {
        let mut crc = flate2::Crc::new();
        crc.update(data);
        locals.push((out.len() as u32, crc.sum()));
        out.extend_from_slice(b"PK\x03\x04");
        out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        out.extend_from_slice(&crc.sum().to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
    }
    let cd_start = out.len();
    let mut central = Vec::new();
    for ((name, data), (offset, crc)) in entries.iter().zip(&locals) {
        central.push(out.len());
        out.extend_from_slice(b"PK\x01\x02");
        out.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&[0; 12]);
        out.extend_from_slice(&offset.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
    }
    let end = out.len();
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&((end - cd_start) as u32).to_le_bytes());
    out.extend_from_slice(&(cd_start as u32).to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    Built {
        bytes: out,
        central,
        end,
    }
}

fn tiny_xlsx() -> Built {
    stored_zip(&[
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", SHEET.as_bytes()),
    ])
}

fn error_of(bytes: &[u8]) -> String {
    read(bytes, &mut |_| {}).unwrap_err()
}

#[test]
fn the_hand_made_workbook_reads() {
    let report = read(&tiny_xlsx().bytes, &mut |_| {}).unwrap();
    assert_eq!((report.rows_read, report.imported), (1, 1));
}

#[test]
fn truncated_archive() {
    let bytes = tiny_xlsx().bytes;
    let error = error_of(&bytes[..bytes.len() - 5]);
    assert!(error.contains("end of central directory"), "{error}");
}

#[test]
fn zip_magic_then_garbage() {
    let mut bytes = b"PK\x03\x04".to_vec();
    bytes.extend(std::iter::repeat_n(0xA5u8, 300));
    assert!(error_of(&bytes).contains("zip"));
    assert!(error_of(b"PK\x03\x04").contains("zip"));
}

#[test]
fn entry_claiming_to_be_huge() {
    let mut built = tiny_xlsx();
    let sheet = built.central[2];
    built.bytes[sheet + 24..sheet + 28].copy_from_slice(&(600u32 << 20).to_le_bytes());
    let error = error_of(&built.bytes);
    assert!(error.contains("exceeds the 512 MiB limit"), "{error}");
}

#[test]
fn encrypted_entry() {
    let mut built = tiny_xlsx();
    let workbook = built.central[0];
    built.bytes[workbook + 8] |= 1;
    let error = error_of(&built.bytes);
    assert!(error.contains("encrypted"), "{error}");
}

#[test]
fn zip64_is_refused() {
    let mut built = tiny_xlsx();
    let end = built.end;
    built.bytes[end + 16..end + 20].copy_from_slice(&u32::MAX.to_le_bytes());
    let error = error_of(&built.bytes);
    assert!(error.contains("ZIP64"), "{error}");
}

#[test]
fn corrupt_data_fails_its_crc() {
    let mut built = tiny_xlsx();
    let at = built
        .bytes
        .windows(10)
        .position(|w| w == b"2025-01-02")
        .unwrap();
    built.bytes[at + 3] = b'6';
    let error = error_of(&built.bytes);
    assert!(error.contains("CRC"), "{error}");
}

#[test]
fn too_many_entries() {
    let names: Vec<String> = (0..10_001).map(|i| format!("f{i}")).collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    let error = error_of(&stored_zip(&entries).bytes);
    assert!(error.contains("more than 10000 entries"), "{error}");
}

#[test]
fn a_zip_that_is_not_a_workbook() {
    let error = error_of(&stored_zip(&[("hello.txt", b"hi")]).bytes);
    assert!(error.contains("xl/workbook.xml"), "{error}");
}

/// Every truncation and every single-byte corruption of the hand-made workbook (stored,
/// so damage reaches the XML scanner directly), then truncations and a sample of
/// corruptions of the deflated synthetic one: each must return, Ok or Err.
#[test]
fn small_workbooks_survive_any_single_corruption() {
    let tiny = tiny_xlsx().bytes;
    for at in 0..tiny.len() {
        for flip in [0x01u8, 0x20, 0x80, 0xFF] {
            let mut bytes = tiny.clone();
            bytes[at] ^= flip;
            let _ = read(&bytes, &mut |_| {});
        }
    }
    for len in 0..DDP_XLSX.len() {
        assert!(read(&DDP_XLSX[..len], &mut |_| {}).is_err());
    }
    // Debug builds take a few milliseconds per read, so every seventh byte, with the
    // flipped bits varying along the file.
    for (i, at) in (0..DDP_XLSX.len()).step_by(7).enumerate() {
        let mut bytes = DDP_XLSX.to_vec();
        bytes[at] ^= [0x01u8, 0x20, 0x80, 0xFF][i % 4];
        let _ = read(&bytes, &mut |_| {});
    }
}

/// The real workbook cut or damaged at many places. Reading it whole takes seconds in a
/// debug build, so the damage is sampled and `inspect` (shared strings, then only the
/// first rows of the sheet) stands in for `read`.
#[test]
fn real_workbook_truncated_or_corrupted_does_not_panic() {
    let len = SEA_XLSX.len();
    for i in 0..200 {
        let cut = len * i / 200;
        assert!(read(&SEA_XLSX[..cut], &mut |_| {}).is_err(), "cut at {cut}");
    }
    // The central directory and end record are the last ~700 bytes.
    let tail = (len - 800..len).step_by(23);
    let spread = (0..16).map(|i| len * i / 16 + 31);
    for at in tail.chain(spread) {
        let mut bytes = SEA_XLSX.to_vec();
        bytes[at] ^= 0x5A;
        let _ = inspect(&bytes);
    }
}
