//! Rule 3: a published total whose published parts already add up to it tells the reader
//! every hidden part is 0, so such a line gets a positive hidden part.

use crate::margined::{equations, Margined};

/// Returns whether anything new was hidden.
pub(crate) fn break_zero_residuals(values: &Margined, hidden: &mut [Vec<bool>]) -> bool {
    let mut changed = false;
    for equation in equations(values.height(), values.width()) {
        let is_hidden = |(i, j): (usize, usize)| hidden[i][j];
        if is_hidden(equation.total) {
            continue;
        }
        let mut hidden_parts = equation.parts.iter().copied().filter(|&p| is_hidden(p));
        let any_hidden = hidden_parts.clone().next().is_some();
        let hidden_sum: u128 = hidden_parts
            .by_ref()
            .map(|p| u128::from(values.get(p)))
            .sum();
        if !any_hidden || hidden_sum > 0 {
            continue;
        }
        let smallest_positive_published = equation
            .parts
            .iter()
            .copied()
            .filter(|&p| !is_hidden(p) && values.get(p) > 0)
            .min_by_key(|&p| (values.get(p), p));
        // No positive part means the total is 0 too; hiding it moves the question to the
        // margin line, where the next pass finds a positive part.
        let (i, j) = smallest_positive_published.unwrap_or(equation.total);
        hidden[i][j] = true;
        changed = true;
    }
    changed
}
