//! Rows from any source, with the header found and later sheets joined on.
//!
//! A release can spread its data over several sheets, each starting with its own preamble
//! and a repeat of the header (the Deportation Data Project's current XLSX). The header is
//! looked for on the first sheet only. On each later sheet the first
//! [`MAX_HEADER_SEARCH_ROWS`] rows are looked at: if one repeats the header, it and
//! everything above it are dropped; otherwise only leading rows that repeat one of the
//! first sheet's preamble rows are dropped and the rest is data (a continuation sheet
//! without a header). Empty sheets yield no rows, so they are skipped without notice.

use std::collections::VecDeque;

use crate::layout::detect_layout;
use crate::record::Layout;
use crate::source::{Fetched, RowSource, MAX_HEADER_SEARCH_ROWS};

type Item = (Fetched, Vec<String>);

/// The header row found (cells trimmed) and the layout it was recognised as.
pub struct Header {
    pub cells: Vec<String>,
    pub layout: Layout,
}

pub struct Rows<'a> {
    source: Box<dyn RowSource + 'a>,
    /// Rows already read from the source and waiting to be handed out, in order.
    ready: VecDeque<Item>,
    /// Set once the header is found: (header cells, preamble rows, sheet being read).
    joining: Option<(Vec<String>, Vec<Vec<String>>, usize)>,
}

fn trimmed(cells: &[String]) -> Vec<String> {
    cells.iter().map(|c| c.trim().to_string()).collect()
}

fn same_row(cells: &[String], other: &[String]) -> bool {
    cells.len() == other.len() && cells.iter().zip(other).all(|(a, b)| a.trim() == b.trim())
}

impl<'a> Rows<'a> {
    pub fn new(source: Box<dyn RowSource + 'a>) -> Self {
        Rows {
            source,
            ready: VecDeque::new(),
            joining: None,
        }
    }

    pub fn sheet_name(&self, sheet: usize) -> Option<String> {
        self.source.sheet_name(sheet)
    }

    pub fn pads_short_rows(&self) -> bool {
        self.source.pads_short_rows()
    }

    fn pull(&mut self, cells: &mut Vec<String>) -> Result<Option<Fetched>, String> {
        match self.ready.pop_front() {
            Some((fetched, owned)) => {
                *cells = owned;
                Ok(Some(fetched))
            }
            None => self.source.next_row(cells),
        }
    }

    /// Finds the header among the first rows of the first sheet: the first row whose
    /// layout is recognised; or, when `accept_unknown`, failing that the row with the
    /// most non-empty cells (earliest on a tie). Rows after it become data.
    pub fn find_header(&mut self, accept_unknown: bool) -> Result<Header, String> {
        let mut seen: Vec<Item> = Vec::new();
        while seen.len() < MAX_HEADER_SEARCH_ROWS {
            let mut cells = Vec::new();
            let Some(fetched) = self.pull(&mut cells)? else {
                break;
            };
            let location = match &fetched {
                Fetched::Row(location) => *location,
                Fetched::Bad(l, message) => return Err(format!("line {}: {message}", l.line)),
            };
            if seen
                .first()
                .is_some_and(|(f, _)| f.location().sheet != location.sheet)
            {
                self.ready.push_front((fetched, cells));
                break;
            }
            let candidate = trimmed(&cells);
            let layout = detect_layout(&candidate);
            if layout != Layout::Unknown {
                return Ok(self.header_at(seen, candidate, layout, location.sheet));
            }
            seen.push((fetched, cells));
        }
        if !accept_unknown {
            return Err(format!(
                "no recognised header in the first {MAX_HEADER_SEARCH_ROWS} rows"
            ));
        }
        let non_empty = |cells: &[String]| cells.iter().filter(|c| !c.trim().is_empty()).count();
        let best = seen
            .iter()
            .enumerate()
            .max_by_key(|(i, (_, cells))| (non_empty(cells), std::cmp::Reverse(*i)))
            .filter(|(_, (_, cells))| non_empty(cells) > 0)
            .map(|(i, _)| i)
            .ok_or("no header: the input has no non-empty rows at its start")?;
        let after = seen.split_off(best.saturating_add(1));
        for item in after.into_iter().rev() {
            self.ready.push_front(item);
        }
        let (fetched, cells) = seen.pop().ok_or("no header")?;
        let sheet = fetched.location().sheet;
        Ok(self.header_at(seen, trimmed(&cells), Layout::Unknown, sheet))
    }

    fn header_at(
        &mut self,
        above: Vec<Item>,
        cells: Vec<String>,
        layout: Layout,
        sheet: usize,
    ) -> Header {
        let preamble: Vec<Vec<String>> = above.into_iter().map(|(_, c)| c).collect();
        self.joining = Some((cells.clone(), preamble, sheet));
        Header { cells, layout }
    }

    /// The next data row (after [`Rows::find_header`]), joining later sheets as the
    /// module docs describe.
    pub fn next(&mut self, cells: &mut Vec<String>) -> Result<Option<Fetched>, String> {
        loop {
            let Some(fetched) = self.pull(cells)? else {
                return Ok(None);
            };
            let sheet = fetched.location().sheet;
            match self.joining.as_mut() {
                Some((_, _, current)) if *current != sheet => *current = sheet,
                _ => return Ok(Some(fetched)),
            }
            self.start_sheet((fetched, std::mem::take(cells)))?;
        }
    }

    /// Reads ahead on a sheet that has just started and queues its data rows.
    fn start_sheet(&mut self, first: Item) -> Result<(), String> {
        let sheet = first.0.location().sheet;
        let mut head: Vec<Item> = vec![first];
        while head.len() < MAX_HEADER_SEARCH_ROWS {
            let mut cells = Vec::new();
            let Some(fetched) = self.pull(&mut cells)? else {
                break;
            };
            let other_sheet = fetched.location().sheet != sheet;
            head.push((fetched, cells));
            if other_sheet {
                break;
            }
        }
        let Some((header, preamble, _)) = self.joining.as_ref() else {
            self.ready.extend(head);
            return Ok(());
        };
        let is_row = |f: &Fetched| matches!(f, Fetched::Row(l) if l.sheet == sheet);
        let repeated = head
            .iter()
            .position(|(f, c)| is_row(f) && same_row(c, header));
        let skip = match repeated {
            Some(at) => at + 1,
            None => head
                .iter()
                .take_while(|(f, c)| is_row(f) && preamble.iter().any(|p| same_row(c, p)))
                .count(),
        };
        self.ready.extend(head.into_iter().skip(skip));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Location;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    /// Rows as (sheet, line, cells), handed out in order.
    struct Fake(VecDeque<(usize, u64, Vec<String>)>);

    impl RowSource for Fake {
        fn next_row(&mut self, cells: &mut Vec<String>) -> Result<Option<Fetched>, String> {
            Ok(self.0.pop_front().map(|(sheet, line, c)| {
                *cells = c;
                Fetched::Row(Location { sheet, line })
            }))
        }
        fn sheet_name(&self, sheet: usize) -> Option<String> {
            Some(format!("S{sheet}"))
        }
        fn pads_short_rows(&self) -> bool {
            true
        }
    }

    fn data_lines(rows: Vec<(usize, u64, Vec<String>)>) -> Vec<(usize, u64)> {
        let mut rows = Rows::new(Box::new(Fake(rows.into())));
        let header = rows
            .find_header(false)
            .unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(header.layout, Layout::BigLocalNewsLa);
        let mut cells = Vec::new();
        let mut out = Vec::new();
        while let Ok(Some(fetched)) = rows.next(&mut cells) {
            let l = fetched.location();
            out.push((l.sheet, l.line));
        }
        out
    }

    #[test]
    fn later_sheets_lose_their_preamble_and_repeated_header() {
        let header = row(&["arrest_date", "arrest_criminality"]);
        let title = row(&["Arrests"]);
        let data = row(&["2025-01-01", "1"]);
        let lines = data_lines(vec![
            (0, 1, title.clone()),
            (0, 2, header.clone()),
            (0, 3, data.clone()),
            // Repeated header (padded with spaces) under a different preamble.
            (1, 1, row(&["Part 2"])),
            (1, 2, row(&[" arrest_date ", "arrest_criminality"])),
            (1, 3, data.clone()),
            // No header: only the rows repeating the first sheet's preamble go.
            (2, 1, title.clone()),
            (2, 2, data.clone()),
            // Neither: everything is data.
            (3, 5, data.clone()),
            (3, 6, title),
        ]);
        assert_eq!(lines, [(0, 3), (1, 3), (2, 2), (3, 5), (3, 6)]);
    }

    #[test]
    fn the_header_must_be_on_the_first_sheet() {
        let mut rows = Rows::new(Box::new(Fake(
            vec![
                (0, 1, row(&["Arrests"])),
                (1, 1, row(&["arrest_date", "arrest_criminality"])),
            ]
            .into(),
        )));
        assert!(rows.find_header(false).is_err());
    }

    #[test]
    fn rows_compare_after_trimming() {
        assert!(same_row(&row(&[" a", "b "]), &row(&["a", "b"])));
        assert!(!same_row(&row(&["a"]), &row(&["a", "b"])));
    }
}
