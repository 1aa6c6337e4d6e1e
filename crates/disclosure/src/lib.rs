//! Small-cell suppression for a published table of counts (rows such as weeks, columns
//! such as departments or council districts) with row totals, column totals and a grand
//! total.
//!
//! Pure: no I/O.
//!
//! # Rules
//!
//! 1. **Primary.** Any cell *or total* with `min <= count <= max` (the city uses 1..=10) is
//!    suppressed. Zeros are published as 0 with `min = 1`: standard practice, since a zero
//!    describes nobody, and hiding zeros would blank most of a sparse table. Pass `min = 0`
//!    to hide zeros as well.
//! 2. **Complementary.** Further cells are suppressed until every suppressed cell lies on a
//!    *cycle* of suppressed cells (alternating along rows and columns of the table including
//!    its margins). Partners are chosen by cheapest detour: already-suppressed cells are
//!    free, then the smallest positive counts; cells whose true value is 0 only when no
//!    positive route exists (readers may guess a hidden cell is 0). A total is just another
//!    cell here, so a row whose only non-zero cell is suppressed gets its total suppressed,
//!    and the margin is then protected the same way.
//! 3. **Zero residuals.** If a published total minus its published parts is 0, every hidden
//!    part must be 0 (counts are never negative). Where that would expose hidden cells, the
//!    smallest positive part (or failing that the total) is suppressed too. Rules 2 and 3
//!    repeat until neither changes anything.
//!
//! # Guaranteed
//!
//! * No suppressed cell or total can be recovered exactly from the published numbers by
//!   any linear combination of the row, column, margin and grand-total equations. That
//!   covers subtracting published cells from a total, chained (solving one cell to solve
//!   the next): a cell on a cycle can be moved up and down around the cycle without
//!   changing any published number.
//! * No suppressed cell is revealed as 0 by a zero residual, alone or chained with
//!   subtraction. [`derivable`] checks both attacks independently of how the table was
//!   built.
//!
//! # Not guaranteed
//!
//! Interval (linear-programming) attacks are not fully prevented: this is the standard
//! caveat of cell suppression. Combining equations with the facts that counts are
//! non-negative, and that most suppressed cells are between `min` and `max`, a reader can
//! bound a hidden cell, sometimes tightly. For example, if a published row total minus its
//! published cells is 2 and two cells are hidden, a reader who assumes hidden cells are at
//! least 1 concludes both are 1.
//!
//! ```
//! use disclosure::{publish, Cell};
//! let weeks = vec!["wk1".to_string(), "wk2".to_string()];
//! let districts = vec!["CD1".to_string(), "CD2".to_string()];
//! let t = publish(weeks, districts, &[vec![3, 40], vec![25, 60]], 1, 10).unwrap();
//! assert_eq!(t.cells[0][0], Cell::Suppressed);
//! assert!(disclosure::derivable(&t, &[vec![3, 40], vec![25, 60]]).is_empty());
//! ```

mod audit;
mod cycles;
mod margined;
mod zero_residual;

use std::fmt;

pub use audit::derivable;
use margined::{Margined, Pos};

/// One published number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cell {
    Count(u64),
    Suppressed,
}

impl Cell {
    /// The published count, or `None` if suppressed.
    pub fn count(self) -> Option<u64> {
        match self {
            Cell::Count(n) => Some(n),
            Cell::Suppressed => None,
        }
    }
}

/// A table ready to publish. `cells[i][j]` is row `i`, column `j`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<String>,
    pub cols: Vec<String>,
    pub cells: Vec<Vec<Cell>>,
    pub row_totals: Vec<Cell>,
    pub col_totals: Vec<Cell>,
    pub total: Cell,
}

/// The counts do not fit the labels, or cannot be totalled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableError {
    RowCountMismatch {
        labels: usize,
        rows: usize,
    },
    ColumnCountMismatch {
        row: usize,
        labels: usize,
        cells: usize,
    },
    TotalOverflow,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TableError::RowCountMismatch { labels, rows } => {
                write!(f, "{labels} row labels but {rows} rows of counts")
            }
            TableError::ColumnCountMismatch { row, labels, cells } => {
                write!(f, "{labels} column labels but row {row} has {cells} counts")
            }
            TableError::TotalOverflow => write!(f, "totals too large to represent"),
        }
    }
}

impl std::error::Error for TableError {}

/// Builds the publishable table: totals computed from `counts`, then suppression as
/// described in the crate docs. `counts[i][j]` is row `i`, column `j`; `min`/`max` bound
/// the primary suppression (the city uses 1 and 10).
pub fn publish(
    rows: Vec<String>,
    cols: Vec<String>,
    counts: &[Vec<u64>],
    min: u64,
    max: u64,
) -> Result<Table, TableError> {
    if counts.len() != rows.len() {
        return Err(TableError::RowCountMismatch {
            labels: rows.len(),
            rows: counts.len(),
        });
    }
    if let Some((row, r)) = counts
        .iter()
        .enumerate()
        .find(|(_, r)| r.len() != cols.len())
    {
        return Err(TableError::ColumnCountMismatch {
            row,
            labels: cols.len(),
            cells: r.len(),
        });
    }
    let values = Margined::from_counts(counts, cols.len()).ok_or(TableError::TotalOverflow)?;
    let hidden = suppress(&values, min, max);
    let cell = |(i, j): Pos| {
        if hidden[i][j] {
            Cell::Suppressed
        } else {
            Cell::Count(values.get((i, j)))
        }
    };
    let (last_row, last_col) = (rows.len(), cols.len());
    Ok(Table {
        cells: (0..last_row)
            .map(|i| (0..last_col).map(|j| cell((i, j))).collect())
            .collect(),
        row_totals: (0..last_row).map(|i| cell((i, last_col))).collect(),
        col_totals: (0..last_col).map(|j| cell((last_row, j))).collect(),
        total: cell((last_row, last_col)),
        rows,
        cols,
    })
}

/// Which cells of the margined table to hide.
fn suppress(values: &Margined, min: u64, max: u64) -> Vec<Vec<bool>> {
    let mut hidden: Vec<Vec<bool>> = values
        .values
        .iter()
        .map(|row| row.iter().map(|v| (min..=max).contains(v)).collect())
        .collect();
    // With no rows or no columns there are no counts, only zero totals that describe nobody.
    if values.interior_rows() == 0 || values.interior_cols() == 0 {
        return hidden.iter().map(|r| vec![false; r.len()]).collect();
    }
    loop {
        let cycles_changed = cycles::close_cycles(values, &mut hidden);
        let residuals_changed = zero_residual::break_zero_residuals(values, &mut hidden);
        if !cycles_changed && !residuals_changed {
            return hidden;
        }
    }
}
