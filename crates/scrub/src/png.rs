//! PNG: keep the chunks needed to show the picture, drop the rest.
//!
//! Text chunks (tEXt, zTXt, iTXt) hold authors, software and comments; eXIf holds a whole EXIF
//! block with GPS; tIME is a timestamp; iCCP profiles can name the device. Every chunk's CRC is
//! checked so that a damaged file is refused rather than half-copied.

use crate::crc32::crc32;
use crate::{malformed, Removed, ScrubError, PNG_MAGIC};

/// Chunks that carry only pixels or how to display them (no names, places, times or text).
const KEPT: [&[u8; 4]; 11] = [
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"bKGD",
    b"pHYs",
];

/// The PNG spec caps chunk lengths at 2^31 - 1.
const MAX_CHUNK_LEN: usize = 0x7FFF_FFFF;

pub(crate) fn scrub(bytes: &[u8], removed: &mut Removed) -> Result<Vec<u8>, ScrubError> {
    let mut rest = bytes
        .strip_prefix(PNG_MAGIC)
        .ok_or_else(|| malformed("not a PNG signature"))?;
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(PNG_MAGIC);
    let mut first = true;
    let mut saw_idat = false;
    loop {
        let chunk = Chunk::read(rest)?;
        rest = rest.get(chunk.whole.len()..).unwrap_or_default();
        if first && chunk.kind != b"IHDR" {
            return Err(malformed("PNG does not start with an IHDR header chunk"));
        }
        first = false;
        saw_idat |= chunk.kind == b"IDAT";
        if KEPT.contains(&chunk.kind) {
            out.extend_from_slice(chunk.whole);
        } else {
            removed.note(format!("PNG {} chunk", String::from_utf8_lossy(chunk.kind)));
        }
        if chunk.kind == b"IEND" {
            break;
        }
    }
    if !saw_idat {
        return Err(malformed("PNG has no image data (IDAT)"));
    }
    if !rest.is_empty() {
        // Anything after IEND could be a whole appended file.
        removed.note("data after the end of the PNG");
    }
    Ok(out)
}

struct Chunk<'a> {
    kind: &'a [u8; 4],
    /// Length, type, data and CRC: exactly what is copied when the chunk is kept.
    whole: &'a [u8],
}

impl<'a> Chunk<'a> {
    fn read(bytes: &'a [u8]) -> Result<Self, ScrubError> {
        let truncated = || malformed("PNG is truncated (missing IEND end chunk)");
        let len_bytes: [u8; 4] = four_bytes_at(bytes, 0).ok_or_else(truncated)?;
        let kind: &[u8; 4] = bytes
            .get(4..8)
            .and_then(|k| k.try_into().ok())
            .ok_or_else(truncated)?;
        if !kind.iter().all(u8::is_ascii_alphabetic) {
            return Err(malformed("PNG chunk has an invalid type name"));
        }
        let name = String::from_utf8_lossy(kind);
        let len = u32::from_be_bytes(len_bytes) as usize;
        if len > MAX_CHUNK_LEN {
            return Err(malformed(format!(
                "PNG {name} chunk has an impossible length"
            )));
        }
        let data_end = 8usize.checked_add(len).ok_or_else(truncated)?;
        let data = bytes.get(8..data_end).ok_or_else(truncated)?;
        let stored_crc: [u8; 4] = four_bytes_at(bytes, data_end).ok_or_else(truncated)?;
        if crc32(&[kind, data]) != u32::from_be_bytes(stored_crc) {
            return Err(malformed(format!("PNG {name} chunk has a bad checksum")));
        }
        let whole = bytes.get(..data_end + 4).ok_or_else(truncated)?;
        Ok(Chunk { kind, whole })
    }
}

fn four_bytes_at(bytes: &[u8], at: usize) -> Option<[u8; 4]> {
    bytes.get(at..at.checked_add(4)?)?.try_into().ok()
}
