//! The counts with their totals as one (rows + 1) x (cols + 1) grid, and the equations a
//! reader can write down from it. Treating totals as ordinary cells lets one algorithm
//! protect interior cells, the margins and the grand total alike.

/// (row, column) in the margined grid: the last row holds column totals, the last column
/// row totals, and the corner the grand total.
pub(crate) type Pos = (usize, usize);

pub(crate) struct Margined {
    pub(crate) values: Vec<Vec<u64>>,
}

/// `sum(parts) == total`, true of every published table.
pub(crate) struct Equation {
    pub(crate) parts: Vec<Pos>,
    pub(crate) total: Pos,
}

impl Margined {
    /// `None` if a total overflows. Rows must already have `cols` entries.
    pub(crate) fn from_counts(counts: &[Vec<u64>], cols: usize) -> Option<Margined> {
        let mut values = Vec::with_capacity(counts.len() + 1);
        for row in counts {
            let mut with_total = row.clone();
            with_total.push(checked_sum(row.iter().copied())?);
            values.push(with_total);
        }
        let col_totals = (0..=cols)
            .map(|j| {
                checked_sum(
                    values
                        .iter()
                        .map(|r: &Vec<u64>| r.get(j).copied().unwrap_or(0)),
                )
            })
            .collect::<Option<Vec<u64>>>()?;
        values.push(col_totals);
        Some(Margined { values })
    }

    pub(crate) fn get(&self, (i, j): Pos) -> u64 {
        self.values
            .get(i)
            .and_then(|r| r.get(j))
            .copied()
            .unwrap_or(0)
    }

    pub(crate) fn height(&self) -> usize {
        self.values.len()
    }

    pub(crate) fn width(&self) -> usize {
        self.values.first().map_or(0, Vec::len)
    }

    pub(crate) fn interior_rows(&self) -> usize {
        self.height().saturating_sub(1)
    }

    pub(crate) fn interior_cols(&self) -> usize {
        self.width().saturating_sub(1)
    }
}

fn checked_sum(values: impl Iterator<Item = u64>) -> Option<u64> {
    values
        .into_iter()
        .try_fold(0u64, |acc, v| acc.checked_add(v))
}

/// Every row (margin row included), every column (margin column included), and the grand
/// total as the sum of all interior cells. The last is implied by the others but lets a
/// single-equation check see what a two-step combination would.
pub(crate) fn equations(height: usize, width: usize) -> Vec<Equation> {
    let (last_row, last_col) = (height.saturating_sub(1), width.saturating_sub(1));
    let rows = (0..height).map(|i| Equation {
        parts: (0..last_col).map(|j| (i, j)).collect(),
        total: (i, last_col),
    });
    let cols = (0..width).map(|j| Equation {
        parts: (0..last_row).map(|i| (i, j)).collect(),
        total: (last_row, j),
    });
    let grand = Equation {
        parts: (0..last_row)
            .flat_map(|i| (0..last_col).map(move |j| (i, j)))
            .collect(),
        total: (last_row, last_col),
    };
    rows.chain(cols).chain(std::iter::once(grand)).collect()
}
