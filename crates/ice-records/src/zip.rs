//! A small read-only ZIP reader, just enough for XLSX: stored and deflate entries, no
//! ZIP64, no encryption, no multi-disk archives.
//!
//! The input is untrusted (a file someone uploads), so every offset and length read from
//! the archive is bounds-checked with `get`/checked arithmetic and every failure is an
//! `Err`. Decompression is capped per entry and checked against the CRC-32 and size the
//! central directory declares, so a lying header or a corrupt stream is an error, not
//! silently wrong data or an unbounded allocation.

use std::io::{self, Read};

use flate2::read::DeflateDecoder;
use flate2::Crc;

/// Largest decompressed entry accepted. The biggest real sheet seen is 22 MB.
pub const MAX_ENTRY_SIZE: u64 = 512 * 1024 * 1024;
/// Most central-directory entries accepted; an XLSX has a few dozen.
pub const MAX_ENTRIES: usize = 10_000;

pub const LOCAL_MAGIC: [u8; 4] = *b"PK\x03\x04";
const CENTRAL_MAGIC: [u8; 4] = *b"PK\x01\x02";
const END_MAGIC: [u8; 4] = *b"PK\x05\x06";
const ZIP64_LOCATOR_MAGIC: [u8; 4] = *b"PK\x06\x07";
const END_LEN: usize = 22;
const CENTRAL_LEN: usize = 46;
const LOCAL_LEN: usize = 30;
const MAX_COMMENT: usize = 0xFFFF;

/// One file in the archive, as the central directory describes it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    method: u16,
    flags: u16,
    crc: u32,
    compressed_size: u64,
    size: u64,
    local_offset: u64,
}

/// An archive over borrowed bytes; entries are decompressed lazily, one reader at a time.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([*b.first()?, *b.get(1)?]))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([
        *b.first()?,
        *b.get(1)?,
        *b.get(2)?,
        *b.get(3)?,
    ]))
}

fn usize_of(n: u64) -> Result<usize, String> {
    usize::try_from(n).map_err(|_| "zip: offset does not fit in memory".to_string())
}

/// The End Of Central Directory record: the last `PK\x05\x06` whose comment length
/// reaches exactly the end of the file (a comment may itself contain the signature).
fn find_end(bytes: &[u8]) -> Result<usize, String> {
    let last = bytes
        .len()
        .checked_sub(END_LEN)
        .ok_or("zip: file too short to be an archive")?;
    let first = last.saturating_sub(MAX_COMMENT);
    (first..=last)
        .rev()
        .find(|&at| {
            bytes.get(at..at + 4) == Some(&END_MAGIC[..])
                && u16_at(bytes, at + 20)
                    .is_some_and(|c| at + END_LEN + usize::from(c) == bytes.len())
        })
        .ok_or_else(|| "zip: no end of central directory (truncated or not a zip)".to_string())
}

impl<'a> Archive<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Archive<'a>, String> {
        let end = find_end(bytes)?;
        let field16 = |off: usize| u16_at(bytes, end + off).ok_or("zip: truncated end record");
        let field32 = |off: usize| u32_at(bytes, end + off).ok_or("zip: truncated end record");
        let (disk, cd_disk) = (field16(4)?, field16(6)?);
        let (count_here, count) = (field16(8)?, field16(10)?);
        let (cd_size, cd_offset) = (field32(12)?, field32(16)?);
        let locator = end
            .checked_sub(20)
            .and_then(|at| bytes.get(at..at + 4))
            .is_some_and(|m| m == ZIP64_LOCATOR_MAGIC);
        if locator || count == 0xFFFF || cd_size == u32::MAX || cd_offset == u32::MAX {
            return Err("zip: ZIP64 archives are not supported".to_string());
        }
        if disk != 0 || cd_disk != 0 || count_here != count {
            return Err("zip: multi-disk archives are not supported".to_string());
        }
        if usize::from(count) > MAX_ENTRIES {
            return Err(format!("zip: more than {MAX_ENTRIES} entries"));
        }
        let start = usize_of(u64::from(cd_offset))?;
        let stop = start
            .checked_add(usize_of(u64::from(cd_size))?)
            .filter(|&s| s <= end)
            .ok_or("zip: central directory lies outside the file")?;
        let directory = bytes
            .get(start..stop)
            .ok_or("zip: central directory lies outside the file")?;
        let mut entries = Vec::with_capacity(usize::from(count));
        let mut at = 0usize;
        for _ in 0..count {
            let (entry, next) = central_entry(directory, at)?;
            entries.push(entry);
            at = next;
        }
        Ok(Archive { bytes, entries })
    }

    /// The entry with this name; exact match first, then ignoring ASCII case (some
    /// writers disagree with the spec on the case of part names).
    pub fn find(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name).or_else(|| {
            self.entries
                .iter()
                .find(|e| e.name.eq_ignore_ascii_case(name))
        })
    }

    /// A reader over the decompressed entry. It fails (as an I/O error) if the data is
    /// longer or shorter than declared or its CRC-32 does not match.
    pub fn reader(&self, entry: &Entry) -> Result<Box<dyn Read + 'a>, String> {
        let fail = |what: &str| format!("zip: {}: {what}", entry.name);
        if entry.flags & 0x0041 != 0 {
            return Err(fail("encrypted entries are not supported"));
        }
        if entry.size > MAX_ENTRY_SIZE {
            return Err(fail(&format!(
                "declared size {} exceeds the {} MiB limit",
                entry.size,
                MAX_ENTRY_SIZE / 1024 / 1024
            )));
        }
        let local = usize_of(entry.local_offset)?;
        if self.bytes.get(local..local.saturating_add(4)) != Some(&LOCAL_MAGIC[..]) {
            return Err(fail("local header missing"));
        }
        let field = |off: usize| {
            u16_at(self.bytes, local.saturating_add(off)).ok_or_else(|| fail("truncated"))
        };
        let (name_len, extra_len) = (field(26)?, field(28)?);
        let data_start = local
            .checked_add(LOCAL_LEN + usize::from(name_len) + usize::from(extra_len))
            .ok_or_else(|| fail("bad offset"))?;
        let data_end = data_start
            .checked_add(usize_of(entry.compressed_size)?)
            .ok_or_else(|| fail("bad size"))?;
        let data = self
            .bytes
            .get(data_start..data_end)
            .ok_or_else(|| fail("data lies outside the file (truncated?)"))?;
        let inner: Box<dyn Read + 'a> = match entry.method {
            0 if entry.compressed_size == entry.size => Box::new(data),
            0 => return Err(fail("stored entry with differing sizes")),
            8 => Box::new(DeflateDecoder::new(data)),
            m => return Err(fail(&format!("compression method {m} is not supported"))),
        };
        Ok(Box::new(Checked {
            inner,
            name: entry.name.clone(),
            remaining: entry.size,
            crc: Crc::new(),
            expected_crc: entry.crc,
        }))
    }

    /// The whole decompressed entry, for the small parts (workbook, styles, strings).
    pub fn read_all(&self, entry: &Entry) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        self.reader(entry)?
            .read_to_end(&mut out)
            .map_err(|e| e.to_string())?;
        Ok(out)
    }
}

/// Parses the central-directory entry at `at`; returns it and where the next one starts.
fn central_entry(directory: &[u8], at: usize) -> Result<(Entry, usize), String> {
    let bad = || "zip: central directory entry truncated or corrupt".to_string();
    if directory.get(at..at + 4) != Some(&CENTRAL_MAGIC[..]) {
        return Err(bad());
    }
    let f16 = |off: usize| u16_at(directory, at + off).ok_or_else(bad);
    let f32 = |off: usize| u32_at(directory, at + off).ok_or_else(bad);
    let (flags, method) = (f16(8)?, f16(10)?);
    let (crc, compressed, size) = (f32(16)?, f32(20)?, f32(24)?);
    let (name_len, extra_len, comment_len) = (f16(28)?, f16(30)?, f16(32)?);
    let local_offset = f32(42)?;
    if compressed == u32::MAX || size == u32::MAX || local_offset == u32::MAX {
        return Err("zip: ZIP64 entries are not supported".to_string());
    }
    let name_start = at + CENTRAL_LEN;
    let name = directory
        .get(name_start..name_start + usize::from(name_len))
        .ok_or_else(bad)?;
    let next =
        name_start + usize::from(name_len) + usize::from(extra_len) + usize::from(comment_len);
    if next > directory.len() {
        return Err(bad());
    }
    let entry = Entry {
        name: String::from_utf8_lossy(name).into_owned(),
        method,
        flags,
        crc,
        compressed_size: u64::from(compressed),
        size: u64::from(size),
        local_offset: u64::from(local_offset),
    };
    Ok((entry, next))
}

/// Counts and checksums what the decompressor yields against the central directory.
struct Checked<'a> {
    inner: Box<dyn Read + 'a>,
    name: String,
    remaining: u64,
    crc: Crc,
    expected_crc: u32,
}

impl Read for Checked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let corrupt = |what: &str| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("zip: {}: {what}", self.name),
            )
        };
        if buf.is_empty() {
            return Ok(0);
        }
        // One byte more than declared is allowed through so an over-long stream is seen.
        let room = usize::try_from(self.remaining.saturating_add(1)).unwrap_or(usize::MAX);
        let len = buf.len().min(room);
        let n = self.inner.read(buf.get_mut(..len).unwrap_or_default())?;
        if n == 0 {
            if self.remaining != 0 {
                return Err(corrupt("data shorter than declared"));
            }
            if self.crc.sum() != self.expected_crc {
                return Err(corrupt("CRC-32 mismatch (corrupt data)"));
            }
            return Ok(0);
        }
        let got = buf.get(..n).unwrap_or_default();
        self.remaining = self
            .remaining
            .checked_sub(n as u64)
            .ok_or_else(|| corrupt("data longer than declared"))?;
        self.crc.update(got);
        Ok(n)
    }
}
