//! An attacker's-eye check of a published table, independent of how it was built.

use crate::margined::{equations, Margined, Pos};
use crate::{Cell, Table};

/// The suppressed cells a reader could recover, as (row, column) in the margined grid:
/// row `table.rows.len()` is the column-totals row, column `table.cols.len()` the
/// row-totals column, and both together the grand total. Empty means safe.
///
/// The reader works through every row, column, margin and the grand total (as the sum of
/// all cells), repeatedly until nothing new is learned, using two facts:
/// - an equation with one unknown gives that unknown (total minus published parts);
/// - a known total whose known parts already add up to it makes every unknown part 0.
///
/// `true_counts` supplies the values of cells as the reader learns them (the arithmetic
/// would give the same numbers). Counts that do not match the table's shape, or overflow,
/// cannot be checked, so every suppressed cell is reported.
pub fn derivable(table: &Table, true_counts: &[Vec<u64>]) -> Vec<(usize, usize)> {
    let (last_row, last_col) = (table.cells.len(), table.col_totals.len());
    let mut known: Vec<Vec<bool>> = (0..=last_row)
        .map(|i| {
            (0..=last_col)
                .map(|j| published(table, (i, j)) != Some(Cell::Suppressed))
                .collect()
        })
        .collect();
    let shape_matches = true_counts.len() == last_row
        && true_counts.iter().all(|r| r.len() == last_col)
        && table.cells.iter().all(|r| r.len() == last_col)
        && table.row_totals.len() == last_row;
    let truth = match Margined::from_counts(true_counts, last_col) {
        Some(truth) if shape_matches => truth,
        _ => return unknown_cells(&known),
    };

    let mut learned: Vec<Pos> = Vec::new();
    let all_equations = equations(last_row + 1, last_col + 1);
    let mut progress = true;
    while progress {
        progress = false;
        for equation in &all_equations {
            let unknown_parts: Vec<Pos> = equation
                .parts
                .iter()
                .copied()
                .filter(|&(i, j)| !known[i][j])
                .collect();
            let total_known = known[equation.total.0][equation.total.1];
            let newly_known = match (total_known, unknown_parts.len()) {
                (false, 0) => vec![equation.total],
                (true, 1) => unknown_parts,
                (true, n) if n > 1 && residual(&truth, equation, &known) == 0 => unknown_parts,
                _ => continue,
            };
            for (i, j) in newly_known {
                known[i][j] = true;
                learned.push((i, j));
            }
            progress = true;
        }
    }
    learned.sort_unstable();
    learned
}

/// A published cell of the margined grid; `None` only for a position outside the table.
fn published(table: &Table, (i, j): Pos) -> Option<Cell> {
    let (last_row, last_col) = (table.cells.len(), table.col_totals.len());
    match (i == last_row, j == last_col) {
        (false, false) => table.cells.get(i).and_then(|r| r.get(j)).copied(),
        (false, true) => table.row_totals.get(i).copied(),
        (true, false) => table.col_totals.get(j).copied(),
        (true, true) => Some(table.total),
    }
}

/// Total minus its known parts: what the unknown parts must add up to.
fn residual(truth: &Margined, equation: &crate::margined::Equation, known: &[Vec<bool>]) -> i128 {
    let known_parts: i128 = equation
        .parts
        .iter()
        .filter(|&&(i, j)| known[i][j])
        .map(|&p| i128::from(truth.get(p)))
        .sum();
    i128::from(truth.get(equation.total)) - known_parts
}

fn unknown_cells(known: &[Vec<bool>]) -> Vec<Pos> {
    known
        .iter()
        .enumerate()
        .flat_map(|(i, row)| {
            row.iter()
                .enumerate()
                .filter(|(_, &k)| !k)
                .map(move |(j, _)| (i, j))
        })
        .collect()
}
