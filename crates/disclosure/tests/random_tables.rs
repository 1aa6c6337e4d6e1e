//! Many random tables: no suppressed cell is recoverable, by the public checker (chained
//! subtraction plus the zero-residual rule) or by exact linear algebra over every equation.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use disclosure::{derivable, publish, Cell, Table};

/// A tiny LCG (Knuth's MMIX constants): deterministic, and no dependency for tests.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[derive(Clone, Copy, Debug)]
enum Shape {
    ManySmall,
    Mixed,
    MostlyZero,
    AllBig,
    AllZero,
}

fn random_counts(rng: &mut Lcg, rows: usize, cols: usize, shape: Shape) -> Vec<Vec<u64>> {
    (0..rows)
        .map(|_| {
            (0..cols)
                .map(|_| match shape {
                    Shape::ManySmall => rng.below(14),
                    Shape::Mixed => [0, rng.below(11), 11 + rng.below(200)][rng.below(3) as usize],
                    Shape::MostlyZero => {
                        if rng.below(4) == 0 {
                            1 + rng.below(30)
                        } else {
                            0
                        }
                    }
                    Shape::AllBig => 11 + rng.below(1000),
                    Shape::AllZero => 0,
                })
                .collect()
        })
        .collect()
}

fn margined(counts: &[Vec<u64>], cols: usize) -> Vec<Vec<u64>> {
    let mut m: Vec<Vec<u64>> = counts
        .iter()
        .map(|row| {
            let mut r = row.clone();
            r.push(row.iter().sum());
            r
        })
        .collect();
    let totals: Vec<u64> = (0..=cols).map(|j| m.iter().map(|r| r[j]).sum()).collect();
    m.push(totals);
    m
}

fn published(t: &Table, i: usize, j: usize) -> Cell {
    let (h, w) = (t.rows.len(), t.cols.len());
    match (i == h, j == w) {
        (false, false) => t.cells[i][j],
        (false, true) => t.row_totals[i],
        (true, false) => t.col_totals[j],
        (true, true) => t.total,
    }
}

/// Cells fixed by the linear equations alone (no bounds): x_k is determined iff every
/// null-space vector is zero at k, i.e. in reduced row echelon form k is a pivot column
/// whose row has nothing in any free column.
fn linearly_determined(t: &Table) -> Vec<(usize, usize)> {
    let (h, w) = (t.rows.len() + 1, t.cols.len() + 1);
    let unknowns: Vec<(usize, usize)> = (0..h)
        .flat_map(|i| (0..w).map(move |j| (i, j)))
        .filter(|&(i, j)| published(t, i, j) == Cell::Suppressed)
        .collect();
    // Row i: parts minus its total (last column) = 0; column j likewise with the last row.
    let coefficient = |on_row: bool, line: usize, (i, j): (usize, usize)| -> f64 {
        let (own_line, across, last) = if on_row { (i, j, w - 1) } else { (j, i, h - 1) };
        match (own_line == line, across == last) {
            (false, _) => 0.0,
            (true, true) => -1.0,
            (true, false) => 1.0,
        }
    };
    let mut m: Vec<Vec<f64>> = (0..h)
        .map(|i| unknowns.iter().map(|&p| coefficient(true, i, p)).collect())
        .chain((0..w).map(|j| unknowns.iter().map(|&p| coefficient(false, j, p)).collect()))
        .collect();
    let pivots = reduce(&mut m, unknowns.len());
    let is_pivot = |c: usize| pivots.iter().any(|&(_, pc)| pc == c);
    pivots
        .iter()
        .filter(|&&(r, _)| (0..unknowns.len()).all(|c| is_pivot(c) || m[r][c].abs() < 1e-9))
        .map(|&(_, c)| unknowns[c])
        .collect()
}

/// Gauss-Jordan elimination in place; returns (row, column) of each pivot.
fn reduce(m: &mut [Vec<f64>], cols: usize) -> Vec<(usize, usize)> {
    let mut pivots = Vec::new();
    for c in 0..cols {
        let rank = pivots.len();
        let best = (rank..m.len()).max_by(|&a, &b| m[a][c].abs().total_cmp(&m[b][c].abs()));
        let Some(pivot) = best.filter(|&p| m[p][c].abs() > 1e-9) else {
            continue;
        };
        m.swap(rank, pivot);
        let lead = m[rank][c];
        m[rank].iter_mut().for_each(|v| *v /= lead);
        let pivot_row = m[rank].clone();
        for (r, row) in m.iter_mut().enumerate() {
            let factor = row[c];
            if r != rank && factor != 0.0 {
                row.iter_mut()
                    .zip(&pivot_row)
                    .for_each(|(v, p)| *v -= factor * p);
            }
        }
        pivots.push((rank, c));
    }
    pivots
}

fn check(counts: &[Vec<u64>], rows: usize, cols: usize, min: u64, max: u64) -> usize {
    let labels = |p: &str, n: usize| (0..n).map(|i| format!("{p}{i}")).collect::<Vec<_>>();
    let t = publish(labels("r", rows), labels("c", cols), counts, min, max).expect("shape ok");
    let truth = margined(counts, cols);
    let mut hidden = 0;
    for (i, truth_row) in truth.iter().enumerate() {
        for (j, &value) in truth_row.iter().enumerate() {
            match published(&t, i, j) {
                Cell::Count(c) => {
                    assert_eq!(c, value, "published value wrong at ({i},{j}) in {counts:?}");
                    assert!(
                        !(min..=max).contains(&c),
                        "small value {c} published at ({i},{j}) in {counts:?}"
                    );
                }
                Cell::Suppressed => hidden += 1,
            }
        }
    }
    assert_eq!(
        derivable(&t, counts),
        vec![],
        "derivable cells in {counts:?}"
    );
    if rows > 0 && cols > 0 {
        assert_eq!(
            linearly_determined(&t),
            vec![],
            "linearly determined cells in {counts:?}"
        );
    }
    hidden
}

#[test]
fn random_tables_of_every_shape_leak_nothing() {
    let mut rng = Lcg(2024);
    let shapes = [
        Shape::ManySmall,
        Shape::Mixed,
        Shape::MostlyZero,
        Shape::AllBig,
        Shape::AllZero,
    ];
    let mut tables = 0;
    for shape in shapes {
        for _ in 0..120 {
            let rows = 1 + rng.below(7) as usize;
            let cols = 1 + rng.below(7) as usize;
            let counts = random_counts(&mut rng, rows, cols, shape);
            let hidden = check(&counts, rows, cols, 1, 10);
            match shape {
                Shape::AllBig | Shape::AllZero => assert_eq!(hidden, 0, "{counts:?}"),
                _ => {}
            }
            tables += 1;
        }
    }
    assert_eq!(tables, 600);
}

#[test]
fn one_row_and_one_column_tables_leak_nothing() {
    let mut rng = Lcg(7);
    for _ in 0..200 {
        let n = 1 + rng.below(10) as usize;
        let shape = [Shape::ManySmall, Shape::Mixed, Shape::MostlyZero][rng.below(3) as usize];
        let row = random_counts(&mut rng, 1, n, shape);
        check(&row, 1, n, 1, 10);
        let column: Vec<Vec<u64>> = row.iter().flatten().map(|&v| vec![v]).collect();
        check(&column, n, 1, 1, 10);
    }
}

#[test]
fn suppressing_zeros_and_other_thresholds_leak_nothing() {
    let mut rng = Lcg(99);
    for _ in 0..200 {
        let rows = 1 + rng.below(6) as usize;
        let cols = 1 + rng.below(6) as usize;
        let counts = random_counts(&mut rng, rows, cols, Shape::Mixed);
        let (min, max) = [(0, 10), (1, 5), (1, 20), (3, 10)][rng.below(4) as usize];
        check(&counts, rows, cols, min, max);
    }
}

#[test]
fn a_year_of_weeks_by_fifteen_districts_leaks_nothing() {
    let mut rng = Lcg(15);
    let counts = random_counts(&mut rng, 52, 15, Shape::ManySmall);
    let hidden = check(&counts, 52, 15, 1, 10);
    assert!(hidden > 0);
}
