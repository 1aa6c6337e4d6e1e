//! JPEG: rebuild the file from the segments a decoder needs, dropping every other one.
//!
//! Metadata lives in application segments (APP1 EXIF with GPS, serial numbers, owner names and
//! a thumbnail; APP1 XMP; APP2 ICC/FlashPix/multi-picture; APP13 IPTC), in comments (COM), in
//! the JFIF thumbnail, and in whatever is appended after the end-of-image marker (phones append
//! whole second images there). Image data is copied byte for byte; it is never re-encoded.

use crate::{malformed, Removed, ScrubError};

const SOI: u8 = 0xD8;
const EOI: u8 = 0xD9;
const SOS: u8 = 0xDA;
const DHT: u8 = 0xC4;
const DQT: u8 = 0xDB;
const APP0: u8 = 0xE0;
const APP14: u8 = 0xEE;
const COM: u8 = 0xFE;

/// Length of a JFIF APP0 payload without thumbnail: "JFIF\0", version (2), units (1),
/// densities (2 × 2), thumbnail width and height (1 + 1).
const JFIF_LEN: usize = 14;
/// Length of an Adobe APP14 payload: "Adobe", version (2), flags (2 × 2), colour transform (1).
const ADOBE_LEN: usize = 12;

pub(crate) fn scrub(bytes: &[u8], removed: &mut Removed) -> Result<Vec<u8>, ScrubError> {
    if !bytes.starts_with(&[0xFF, SOI]) {
        return Err(malformed("not a JPEG start-of-image marker"));
    }
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&[0xFF, SOI]);
    let mut state = State::default();
    let mut pos = 2;
    loop {
        let (code, after_marker) = read_marker(bytes, pos)?;
        pos = after_marker;
        match code {
            EOI => {
                if !state.seen_scan {
                    return Err(malformed("JPEG ends before any image data"));
                }
                out.extend_from_slice(&[0xFF, EOI]);
                if pos < bytes.len() {
                    // Could be padding, could be an appended file: either way not the picture.
                    removed.note("data after the end of the image");
                }
                return Ok(out);
            }
            SOI => return Err(malformed("JPEG has a second start-of-image marker")),
            0x01 | 0xD0..=0xD7 => {
                return Err(malformed(format!(
                    "JPEG has a stray 0xFF{code:02X} marker outside image data"
                )))
            }
            _ => {}
        }
        let payload = read_payload(bytes, pos, code)?;
        pos += payload.len() + 2;
        state.handle(code, payload, &mut out, removed)?;
        if code == SOS {
            let end = entropy_data_end(bytes, pos)?;
            out.extend_from_slice(bytes.get(pos..end).unwrap_or_default());
            pos = end;
        }
    }
}

#[derive(Default)]
struct State {
    seen_frame: bool,
    seen_scan: bool,
    kept_jfif: bool,
    kept_adobe: bool,
}

impl State {
    fn handle(
        &mut self,
        code: u8,
        payload: &[u8],
        out: &mut Vec<u8>,
        removed: &mut Removed,
    ) -> Result<(), ScrubError> {
        match code {
            APP0 if is_jfif(payload) && !self.kept_jfif && !self.seen_frame => {
                self.kept_jfif = true;
                let mut header = payload.get(..JFIF_LEN).unwrap_or_default().to_vec();
                // The last two bytes are the thumbnail's width and height; the thumbnail's
                // pixels follow them. A 0×0 thumbnail keeps the header valid.
                if let Some(dims) = header.get_mut(JFIF_LEN - 2..) {
                    if payload.len() > JFIF_LEN || dims.iter().any(|&d| d != 0) {
                        removed.note("JFIF thumbnail (APP0)");
                    }
                    dims.fill(0);
                }
                put_segment(out, code, &header);
            }
            APP14 if is_adobe(payload) && !self.kept_adobe => {
                // Kept because its colour-transform flag decides how CMYK/YCCK data decodes.
                self.kept_adobe = true;
                if payload.len() > ADOBE_LEN {
                    removed.note("extra data in the Adobe segment (APP14)");
                }
                put_segment(out, code, payload.get(..ADOBE_LEN).unwrap_or_default());
            }
            0xE0..=0xEF => removed.note(app_label(code, payload)),
            COM => removed.note("comment (COM)"),
            // Frame headers (SOF0–SOF15 except DHT 0xC4, JPG 0xC8 and DAC 0xCC).
            0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => {
                check_frame_header(payload)?;
                self.seen_frame = true;
                put_segment(out, code, payload);
            }
            SOS => {
                if !self.seen_frame {
                    return Err(malformed("JPEG image data comes before its frame header"));
                }
                check_scan_header(payload)?;
                self.seen_scan = true;
                put_segment(out, code, payload);
            }
            DHT => {
                check_huffman_tables(payload)?;
                put_segment(out, code, payload);
            }
            DQT => {
                check_quantization_tables(payload)?;
                put_segment(out, code, payload);
            }
            // Other decoding parameters: DAC, DNL, DRI, DHP, EXP.
            0xCC | 0xDC..=0xDF => put_segment(out, code, payload),
            _ => removed.note(format!("unknown JPEG segment 0xFF{code:02X}")),
        }
        Ok(())
    }
}

fn is_jfif(payload: &[u8]) -> bool {
    payload.len() >= JFIF_LEN && payload.starts_with(b"JFIF\0") && payload.get(5) == Some(&1)
}

fn is_adobe(payload: &[u8]) -> bool {
    payload.len() >= ADOBE_LEN && payload.starts_with(b"Adobe")
}

/// Names a dropped application segment after what it usually holds.
fn app_label(code: u8, payload: &[u8]) -> String {
    let n = code - APP0;
    let known = [
        (0, &b"JFXX\0"[..], "JFIF extension thumbnail (APP0)"),
        (0, b"JFIF\0", "extra JFIF header (APP0)"),
        (1, b"Exif\0", "EXIF (APP1)"),
        (1, b"http://ns.adobe.com/xap/1.0/", "XMP (APP1)"),
        (
            1,
            b"http://ns.adobe.com/xmp/extension/",
            "extended XMP (APP1)",
        ),
        (2, b"ICC_PROFILE\0", "ICC colour profile (APP2)"),
        (2, b"FPXR", "FlashPix (APP2)"),
        (2, b"MPF\0", "multi-picture index (APP2)"),
        (13, b"Photoshop 3.0\0", "Photoshop/IPTC (APP13)"),
    ];
    known
        .iter()
        .find(|(app, prefix, _)| *app == n && payload.starts_with(prefix))
        .map_or_else(
            || format!("APP{n} segment"),
            |(_, _, label)| (*label).to_string(),
        )
}

/// SOFn: precision, height, width, component count, then 3 bytes per component.
fn check_frame_header(payload: &[u8]) -> Result<(), ScrubError> {
    let components = usize::from(payload.get(5).copied().unwrap_or(0));
    if components == 0 || payload.len() != 6 + 3 * components {
        return Err(malformed("JPEG frame header (SOF) is malformed"));
    }
    Ok(())
}

/// SOS: component count (1–4), 2 bytes per component, then 3 bytes of spectral selection.
fn check_scan_header(payload: &[u8]) -> Result<(), ScrubError> {
    let components = usize::from(payload.first().copied().unwrap_or(0));
    if !(1..=4).contains(&components) || payload.len() != 1 + 2 * components + 3 {
        return Err(malformed("JPEG scan header (SOS) is malformed"));
    }
    Ok(())
}

/// DQT: one or more tables of 64 entries, each 1 or 2 bytes wide. Checked so that a segment
/// kept verbatim holds tables and nothing else.
fn check_quantization_tables(payload: &[u8]) -> Result<(), ScrubError> {
    let bad = || malformed("JPEG quantization table (DQT) is malformed");
    let mut rest = payload;
    while let Some((&precision_and_id, tables)) = rest.split_first() {
        let size = match precision_and_id >> 4 {
            0 => 64,
            1 => 128,
            _ => return Err(bad()),
        };
        rest = tables.get(size..).ok_or_else(bad)?;
    }
    if payload.is_empty() {
        return Err(bad());
    }
    Ok(())
}

/// DHT: one or more tables: class and id, 16 code-length counts, then that many symbols.
fn check_huffman_tables(payload: &[u8]) -> Result<(), ScrubError> {
    let bad = || malformed("JPEG Huffman table (DHT) is malformed");
    let mut rest = payload;
    while !rest.is_empty() {
        let counts = rest.get(1..17).ok_or_else(bad)?;
        let symbols: usize = counts.iter().map(|&c| usize::from(c)).sum();
        if symbols > 256 {
            return Err(bad());
        }
        rest = rest.get(17 + symbols..).ok_or_else(bad)?;
    }
    if payload.is_empty() {
        return Err(bad());
    }
    Ok(())
}

/// Reads the marker at `pos`, skipping 0xFF fill bytes; returns its code and where its
/// segment (if any) starts.
fn read_marker(bytes: &[u8], pos: usize) -> Result<(u8, usize), ScrubError> {
    match bytes.get(pos) {
        Some(0xFF) => {}
        Some(_) => return Err(malformed(format!("JPEG expected a marker at byte {pos}"))),
        None => return Err(malformed("JPEG is truncated (no end-of-image marker)")),
    }
    let mut at = pos;
    while bytes.get(at) == Some(&0xFF) {
        at += 1;
    }
    match bytes.get(at) {
        Some(0x00) => Err(malformed(format!(
            "JPEG has an invalid marker at byte {pos}"
        ))),
        Some(&code) => Ok((code, at + 1)),
        None => Err(malformed("JPEG is truncated (no end-of-image marker)")),
    }
}

/// The segment's payload: after the 2-byte length, which counts itself.
fn read_payload(bytes: &[u8], pos: usize, code: u8) -> Result<&[u8], ScrubError> {
    let truncated = || malformed(format!("JPEG segment 0xFF{code:02X} is truncated"));
    let len_bytes = bytes.get(pos..pos + 2).ok_or_else(truncated)?;
    let len = usize::from(u16::from_be_bytes([len_bytes[0], len_bytes[1]]));
    if len < 2 {
        return Err(malformed(format!(
            "JPEG segment 0xFF{code:02X} has an impossible length"
        )));
    }
    bytes.get(pos + 2..pos + len).ok_or_else(truncated)
}

/// Where the entropy-coded data starting at `start` ends: at the first marker that is not a
/// stuffed 0xFF00 or a restart marker RST0–RST7 (those two are part of the data).
fn entropy_data_end(bytes: &[u8], start: usize) -> Result<usize, ScrubError> {
    let truncated = || malformed("JPEG image data is truncated (no end-of-image marker)");
    let mut at = start;
    loop {
        let ff = bytes
            .get(at..)
            .and_then(|rest| rest.iter().position(|&b| b == 0xFF))
            .map(|offset| at + offset)
            .ok_or_else(truncated)?;
        let mut next = ff + 1;
        while bytes.get(next) == Some(&0xFF) {
            next += 1;
        }
        match bytes.get(next) {
            Some(0x00 | 0xD0..=0xD7) => at = next + 1,
            Some(_) => return Ok(ff),
            None => return Err(truncated()),
        }
    }
}

fn put_segment(out: &mut Vec<u8>, code: u8, payload: &[u8]) {
    // Payloads come from a 16-bit length or are the fixed JFIF/Adobe headers, so this fits.
    let len = u16::try_from(payload.len() + 2).unwrap_or(u16::MAX);
    out.extend_from_slice(&[0xFF, code]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(payload);
}
