//! The suppression rules on small hand-made tables.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use disclosure::{derivable, publish, Cell, Table, TableError};

fn labels(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}{i}")).collect()
}

fn table(counts: &[Vec<u64>]) -> Table {
    let cols = counts.first().map_or(0, Vec::len);
    publish(labels("r", counts.len()), labels("c", cols), counts, 1, 10).expect("shape ok")
}

fn hidden(cells: &[Cell]) -> Vec<usize> {
    (0..cells.len())
        .filter(|&j| cells[j] == Cell::Suppressed)
        .collect()
}

#[test]
fn all_big_publishes_everything_with_totals() {
    let counts = vec![vec![20, 30], vec![40, 50]];
    let t = table(&counts);
    assert_eq!(
        t.cells,
        vec![
            vec![Cell::Count(20), Cell::Count(30)],
            vec![Cell::Count(40), Cell::Count(50)]
        ]
    );
    assert_eq!(t.row_totals, vec![Cell::Count(50), Cell::Count(90)]);
    assert_eq!(t.col_totals, vec![Cell::Count(60), Cell::Count(80)]);
    assert_eq!(t.total, Cell::Count(140));
    assert_eq!(t.rows, labels("r", 2));
    assert_eq!(t.cols, labels("c", 2));
}

#[test]
fn all_zeros_are_published_as_zero() {
    let t = table(&[vec![0, 0, 0], vec![0, 0, 0]]);
    assert!(t.cells.iter().flatten().all(|c| *c == Cell::Count(0)));
    assert_eq!(t.total, Cell::Count(0));
}

#[test]
fn small_counts_and_small_totals_are_suppressed() {
    let t = table(&[vec![1, 10, 11], vec![50, 60, 70], vec![80, 90, 95]]);
    assert_eq!(t.cells[0][0], Cell::Suppressed);
    assert_eq!(t.cells[0][1], Cell::Suppressed);
    // 11 is above the threshold, and 50 + 60 is the cheapest rectangle to close row 0.
    assert_eq!(t.cells[0][2], Cell::Count(11));
    assert_eq!(t.cells[1][0], Cell::Suppressed);
    assert_eq!(t.cells[1][1], Cell::Suppressed);
    let t = table(&[vec![3, 0], vec![0, 0]]);
    assert_eq!(t.total, Cell::Suppressed);
    assert_eq!(t.row_totals[0], Cell::Suppressed);
    assert_eq!(t.col_totals[0], Cell::Suppressed);
}

#[test]
fn lone_small_cell_gets_a_cheapest_rectangle_of_partners() {
    let counts = vec![vec![5, 40, 90], vec![60, 20, 80], vec![70, 30, 100]];
    let t = table(&counts);
    // The smallest rectangle through (0,0): row 0's 40, column 0's 60, and (1,1)'s 20.
    let expected_hidden = [(0, 0), (0, 1), (1, 0), (1, 1)];
    for i in 0..3 {
        for j in 0..3 {
            let is_hidden = t.cells[i][j] == Cell::Suppressed;
            assert_eq!(
                is_hidden,
                expected_hidden.contains(&(i, j)),
                "cell ({i},{j})"
            );
        }
    }
    assert!(t
        .row_totals
        .iter()
        .chain(&t.col_totals)
        .all(|c| *c != Cell::Suppressed));
    assert!(derivable(&t, &counts).is_empty());
}

#[test]
fn only_nonzero_cell_in_a_row_hides_the_row_total() {
    // Row 0 is [5, 0, 0]: its total is 5, so the total itself is small and hidden, and the
    // margin then needs a second hidden row total.
    let counts = vec![vec![5, 0, 0], vec![30, 40, 50], vec![60, 70, 80]];
    let t = table(&counts);
    assert_eq!(t.cells[0][0], Cell::Suppressed);
    assert_eq!(t.row_totals[0], Cell::Suppressed);
    assert!(hidden(&t.row_totals).len() >= 2 || t.total == Cell::Suppressed);
    assert!(derivable(&t, &counts).is_empty());
}

#[test]
fn zero_complements_are_a_last_resort() {
    // Row 0 could be protected by its zero, but a positive partner (25) exists.
    let counts = vec![vec![4, 0, 25], vec![50, 60, 70]];
    let t = table(&counts);
    assert_eq!(t.cells[0][1], Cell::Count(0));
    assert_eq!(t.cells[0][2], Cell::Suppressed);
    assert!(derivable(&t, &counts).is_empty());
}

#[test]
fn one_row_and_one_column_tables() {
    let row = vec![vec![5, 20, 30, 0, 2]];
    let t = table(&row);
    assert!(derivable(&t, &row).is_empty());
    assert_eq!(t.cells[0][0], Cell::Suppressed);
    let column = vec![vec![5], vec![20], vec![30]];
    let t = table(&column);
    assert!(derivable(&t, &column).is_empty());
    assert_eq!(t.cells[0][0], Cell::Suppressed);
}

#[test]
fn empty_tables_publish_zero_totals() {
    let t = publish(vec![], labels("c", 3), &[], 1, 10).expect("shape ok");
    assert!(t.cells.is_empty());
    assert_eq!(t.col_totals, vec![Cell::Count(0); 3]);
    assert_eq!(t.total, Cell::Count(0));
}

#[test]
fn ragged_input_is_an_error() {
    let err = publish(labels("r", 2), labels("c", 2), &[vec![1, 2]], 1, 10);
    assert_eq!(
        err,
        Err(TableError::RowCountMismatch { labels: 2, rows: 1 })
    );
    let err = publish(
        labels("r", 2),
        labels("c", 2),
        &[vec![1, 2], vec![3]],
        1,
        10,
    );
    assert_eq!(
        err,
        Err(TableError::ColumnCountMismatch {
            row: 1,
            labels: 2,
            cells: 1
        })
    );
    assert!(err.unwrap_err().to_string().contains("row 1"));
}

#[test]
fn overflowing_totals_are_an_error() {
    let err = publish(labels("r", 1), labels("c", 2), &[vec![u64::MAX, 1]], 1, 10);
    assert_eq!(err, Err(TableError::TotalOverflow));
}

#[test]
fn checker_catches_naive_suppression() {
    // Only the primary cell hidden: row subtraction recovers it.
    let counts = vec![vec![5, 40], vec![60, 20]];
    let naive = Table {
        rows: labels("r", 2),
        cols: labels("c", 2),
        cells: vec![
            vec![Cell::Suppressed, Cell::Count(40)],
            vec![Cell::Count(60), Cell::Count(20)],
        ],
        row_totals: vec![Cell::Count(45), Cell::Count(80)],
        col_totals: vec![Cell::Count(65), Cell::Count(60)],
        total: Cell::Count(125),
    };
    assert_eq!(derivable(&naive, &counts), vec![(0, 0)]);
}

#[test]
fn checker_follows_chains() {
    // (0,0) and (0,1) hide each other in row 0, but column 1 gives (0,1) away, then row 0
    // gives (0,0) away.
    let counts = vec![vec![5, 40], vec![60, 20]];
    let chained = Table {
        rows: labels("r", 2),
        cols: labels("c", 2),
        cells: vec![
            vec![Cell::Suppressed, Cell::Suppressed],
            vec![Cell::Count(60), Cell::Count(20)],
        ],
        row_totals: vec![Cell::Count(45), Cell::Count(80)],
        col_totals: vec![Cell::Suppressed, Cell::Count(60)],
        total: Cell::Count(125),
    };
    assert_eq!(derivable(&chained, &counts), vec![(0, 0), (0, 1), (2, 0)]);
}

#[test]
fn checker_uses_non_negativity_of_a_zero_residual() {
    // Row 0's published total is 30 and 30 is published, so both hidden zeros must be 0.
    let counts = vec![vec![0, 0, 30], vec![50, 60, 70]];
    let zeros_hidden = Table {
        rows: labels("r", 2),
        cols: labels("c", 3),
        cells: vec![
            vec![Cell::Suppressed, Cell::Suppressed, Cell::Count(30)],
            vec![Cell::Suppressed, Cell::Suppressed, Cell::Count(70)],
        ],
        row_totals: vec![Cell::Count(30), Cell::Count(180)],
        col_totals: vec![Cell::Count(50), Cell::Count(60), Cell::Count(100)],
        total: Cell::Count(210),
    };
    assert_eq!(
        derivable(&zeros_hidden, &counts),
        vec![(0, 0), (0, 1), (1, 0), (1, 1)]
    );
}

#[test]
fn suppressing_zeros_too_still_protects_them() {
    // min = 0: zeros are primary-suppressed, and then need protecting like any other cell.
    let counts = vec![vec![0, 0, 30], vec![50, 60, 70], vec![15, 25, 35]];
    let t = publish(labels("r", 3), labels("c", 3), &counts, 0, 10).expect("shape ok");
    assert_eq!(t.cells[0][0], Cell::Suppressed);
    assert!(derivable(&t, &counts).is_empty());
}
