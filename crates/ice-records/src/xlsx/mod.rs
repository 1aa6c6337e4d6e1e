//! XLSX workbooks as a row source: every worksheet in tab order, rows streamed from the
//! sheet XML (the UWCHR sheet is 22 MB of XML), shared strings held in memory.

mod numbers;
mod parts;
mod sheet;

use std::io::{BufReader, Read};

use crate::source::{Fetched, Location, RowSource};
use crate::zip::Archive;
use sheet::{Context, SheetRows};

const WORKBOOK: &str = "xl/workbook.xml";
const WORKBOOK_RELS: &str = "xl/_rels/workbook.xml.rels";
const SHARED_STRINGS: &str = "xl/sharedStrings.xml";
const STYLES: &str = "xl/styles.xml";

type Stream<'a> = SheetRows<BufReader<Box<dyn Read + 'a>>>;

pub struct XlsxSource<'a> {
    archive: Archive<'a>,
    /// (sheet name, part name) in tab order.
    sheets: Vec<(String, String)>,
    shared: Vec<String>,
    date_styles: Vec<bool>,
    date1904: bool,
    /// Index of the sheet being read and its row stream; `None` before the first.
    current: Option<(usize, Stream<'a>)>,
    next_sheet: usize,
}

impl<'a> XlsxSource<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<XlsxSource<'a>, String> {
        let archive = Archive::open(bytes)?;
        let part = |name: &str| -> Result<Option<Vec<u8>>, String> {
            archive.find(name).map(|e| archive.read_all(e)).transpose()
        };
        let workbook =
            part(WORKBOOK)?.ok_or("zip file is not an XLSX workbook (no xl/workbook.xml)")?;
        let workbook = parts::workbook(&workbook)?;
        let rels = parts::relationships(&part(WORKBOOK_RELS)?.unwrap_or_default())?;
        let sheets = workbook
            .sheets
            .into_iter()
            .map(|(name, id)| {
                let target = rels
                    .iter()
                    .find(|(rid, _)| *rid == id)
                    .map(|(_, t)| t.clone());
                target
                    .map(|t| (name.clone(), t))
                    .ok_or_else(|| format!("xlsx: sheet {name:?} has no part ({id})"))
            })
            .collect::<Result<Vec<_>, String>>()?;
        // The workbook normally points at these through its relationships; the fixed names
        // are what every producer we know uses, so they are read directly.
        let shared = match part(SHARED_STRINGS)? {
            Some(xml) => parts::shared_strings(&xml)?,
            None => Vec::new(),
        };
        let date_styles = match part(STYLES)? {
            Some(xml) => parts::date_styles(&xml)?,
            None => Vec::new(),
        };
        Ok(XlsxSource {
            archive,
            sheets,
            shared,
            date_styles,
            date1904: workbook.date1904,
            current: None,
            next_sheet: 0,
        })
    }

    fn open_sheet(&self, index: usize) -> Result<Option<Stream<'a>>, String> {
        let Some((name, part)) = self.sheets.get(index) else {
            return Ok(None);
        };
        let entry = self
            .archive
            .find(part)
            .ok_or_else(|| format!("xlsx: sheet {name:?}: part {part} is missing"))?;
        let reader = self.archive.reader(entry)?;
        Ok(Some(SheetRows::new(BufReader::with_capacity(
            64 * 1024,
            reader,
        ))))
    }
}

impl RowSource for XlsxSource<'_> {
    fn next_row(&mut self, cells: &mut Vec<String>) -> Result<Option<Fetched>, String> {
        loop {
            if let Some((sheet, rows)) = self.current.as_mut() {
                let ctx = Context {
                    shared: &self.shared,
                    date_styles: &self.date_styles,
                    date1904: self.date1904,
                };
                let sheet = *sheet;
                let name = || self.sheets.get(sheet).map_or("", |(n, _)| n.as_str());
                match rows.next_row(&ctx, cells) {
                    Ok(Some(line)) => return Ok(Some(Fetched::Row(Location { sheet, line }))),
                    Ok(None) => {}
                    Err(e) => return Err(format!("sheet {:?}: {e}", name())),
                }
            }
            let index = self.next_sheet;
            match self.open_sheet(index)? {
                Some(rows) => {
                    self.current = Some((index, rows));
                    self.next_sheet += 1;
                }
                None => {
                    self.current = None;
                    return Ok(None);
                }
            }
        }
    }

    fn sheet_name(&self, sheet: usize) -> Option<String> {
        self.sheets.get(sheet).map(|(n, _)| n.clone())
    }

    fn pads_short_rows(&self) -> bool {
        true
    }
}
