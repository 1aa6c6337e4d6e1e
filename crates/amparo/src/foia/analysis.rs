//! Answers from the imported records: arrests over time, by place, reason and method, read
//! from the count tables built at import; ICE arrests beside the city's confirmed incidents;
//! and what the city's own reports say about agents' identification.

use crate::db::Db;
use crate::web::errors::AppError;
use crate::web::form::FormData;
use chrono::{Datelike, NaiveDate};
use sqlx::Row;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    All,
    LaCounty,
    LaAor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
    Month,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub place: Place,
    pub period: Period,
    pub production: Option<i64>,
}

impl Filter {
    /// From a query string; a wrong value is a 422 naming the field.
    pub fn from_query(q: &FormData) -> Result<Filter, AppError> {
        let date = |name: &str| match q.get(name) {
            "" => Ok(None),
            v => super::model::parse_date(v)
                .map(Some)
                .ok_or_else(|| AppError::field(name, "must be a date, YYYY-MM-DD")),
        };
        let (from, to) = (date("from")?, date("to")?);
        if let (Some(a), Some(b)) = (from, to) {
            if b < a {
                return Err(AppError::field("to", "must not be before from"));
            }
        }
        let place = match q.get("place") {
            "" | "all" => Place::All,
            "la_county" => Place::LaCounty,
            "la_aor" => Place::LaAor,
            _ => return Err(AppError::field("place", "must be all, la_county or la_aor")),
        };
        let period = match q.get("by") {
            "" | "day" => Period::Day,
            "week" => Period::Week,
            "month" => Period::Month,
            _ => return Err(AppError::field("by", "must be day, week or month")),
        };
        let production = match q.get("production") {
            "" => None,
            v => Some(
                v.parse()
                    .map_err(|_| AppError::field("production", "must be a production id"))?,
            ),
        };
        Ok(Filter {
            from,
            to,
            place,
            period,
            production,
        })
    }

    /// The WHERE clause over foia_counts and its binds (after the dimension, `$1`).
    fn clause(&self) -> (String, Vec<String>) {
        let mut sql = String::from("dimension = $1");
        let mut binds = Vec::new();
        let mut bind = |cond: &str, v: String, sql: &mut String| {
            binds.push(v);
            sql.push_str(&format!(" AND {cond} ${}", binds.len() + 1));
        };
        if let Some(f) = self.from {
            bind("day >=", f.to_string(), &mut sql);
        }
        if let Some(t) = self.to {
            bind("day <=", t.to_string(), &mut sql);
        }
        if self.from.is_some() || self.to.is_some() {
            sql.push_str(" AND day <> ''");
        }
        match self.place {
            Place::All => {}
            Place::LaCounty => sql.push_str(" AND la_county = 1"),
            Place::LaAor => sql.push_str(" AND la_aor = 1"),
        }
        if let Some(p) = self.production {
            sql.push_str(&format!(" AND production_id = {p}"));
        }
        (sql, binds)
    }
}

async fn grouped(
    db: &Db,
    f: &Filter,
    dimension: &str,
    key: &str,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let (clause, binds) = f.clause();
    let sql = format!(
        "SELECT {key}, CAST(SUM(n) AS BIGINT) FROM foia_counts WHERE {clause} GROUP BY {key}"
    );
    let mut q = sqlx::query(&sql).bind(dimension.to_string());
    for b in binds {
        q = q.bind(b);
    }
    q.fetch_all(db.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
}

/// Arrests per period (periods without arrests are left out), and the undated count.
pub async fn over_time(db: &Db, f: &Filter) -> Result<(Vec<(String, i64)>, i64), sqlx::Error> {
    let mut buckets: BTreeMap<String, i64> = BTreeMap::new();
    let mut undated = 0;
    for (day, n) in grouped(db, f, "method_criminality", "day").await? {
        match super::model::parse_date(&day) {
            Some(d) => *buckets.entry(period_key(d, f.period)).or_insert(0) += n,
            None => undated += n,
        }
    }
    Ok((buckets.into_iter().collect(), undated))
}

/// The label of the period a day falls in: the day, the Monday of its week, or its month.
pub fn period_key(d: NaiveDate, p: Period) -> String {
    match p {
        Period::Day => d.to_string(),
        Period::Week => {
            let monday = d - chrono::Days::new(u64::from(d.weekday().num_days_from_monday()));
            monday.to_string()
        }
        Period::Month => format!("{:04}-{:02}", d.year(), d.month()),
    }
}

/// Counts by one dimension, largest first; at most `limit` rows and the rest summed as
/// `None` ("all others").
pub async fn by(
    db: &Db,
    f: &Filter,
    dimension: &str,
    limit: usize,
) -> Result<Vec<(Option<String>, i64)>, sqlx::Error> {
    let mut rows = grouped(db, f, dimension, "value").await?;
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let rest: i64 = rows.iter().skip(limit).map(|(_, n)| n).sum();
    let mut out: Vec<(Option<String>, i64)> = rows
        .into_iter()
        .take(limit)
        .map(|(v, n)| (Some(v), n))
        .collect();
    if rest > 0 {
        out.push((None, rest));
    }
    Ok(out)
}

/// Method × criminality: (method, criminality, count).
pub async fn method_by_criminality(
    db: &Db,
    f: &Filter,
) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
    let mut out: Vec<(String, String, i64)> = grouped(db, f, "method_criminality", "value")
        .await?
        .into_iter()
        .map(|(v, n)| {
            let (m, c) = v.split_once('|').unwrap_or((v.as_str(), ""));
            (m.to_string(), c.to_string(), n)
        })
        .collect();
    out.sort();
    Ok(out)
}

/// ICE arrests in Los Angeles County and the city's confirmed incidents, per Los Angeles
/// day, for the days that have either: (day, arrests, incidents).
pub async fn city_ground(db: &Db, f: &Filter) -> Result<Vec<(NaiveDate, i64, i64)>, sqlx::Error> {
    let la = Filter {
        place: Place::LaCounty,
        period: Period::Day,
        ..f.clone()
    };
    let mut days: BTreeMap<NaiveDate, (i64, i64)> = BTreeMap::new();
    for (day, n) in grouped(db, &la, "method_criminality", "day").await? {
        if let Some(d) = super::model::parse_date(&day) {
            days.entry(d).or_default().0 += n;
        }
    }
    let hours = sqlx::query(
        "SELECT substr(i.first_observed_at, 1, 13), COUNT(*) FROM incidents i \
         WHERE i.state = 'confirmed' OR EXISTS (SELECT 1 FROM incident_history h \
         WHERE h.incident_id = i.id AND h.to_state = 'confirmed') \
         GROUP BY substr(i.first_observed_at, 1, 13)",
    )
    .fetch_all(db.pool())
    .await?;
    for r in hours {
        let hour: String = r.try_get(0)?;
        let n: i64 = r.try_get(1)?;
        let Ok(t) = chrono::NaiveDateTime::parse_from_str(&format!("{hour}:00"), "%Y-%m-%dT%H:%M")
        else {
            continue;
        };
        let day = deadline::utc_to_la_local(t.and_utc()).date();
        let inside = f.from.is_none_or(|a| day >= a) && f.to.is_none_or(|b| day <= b);
        if inside {
            days.entry(day).or_default().1 += n;
        }
    }
    Ok(days.into_iter().map(|(d, (a, i))| (d, a, i)).collect())
}

/// What the city's reports say about identification: (question, answer code, reports).
pub async fn identifiers(
    db: &Db,
    f: &Filter,
) -> Result<Vec<(&'static str, String, i64)>, sqlx::Error> {
    // [start of `from`, end of `to`) in Los Angeles, as stored timestamps.
    let from = f.from.map_or(String::new(), |d| {
        crate::db::timestamp(deadline::la_local_to_utc(
            d.and_time(chrono::NaiveTime::MIN),
        ))
    });
    let to = f.to.map_or("9999".to_string(), |d| {
        crate::db::timestamp(deadline::end_of_day_utc(d))
    });
    let mut out = Vec::new();
    for (question, expr) in [
        ("masked", "masked"),
        ("id_visible", "id_visible"),
        (
            "supervisor_named",
            "CASE WHEN supervisor_name <> '' THEN 'yes' ELSE 'no' END",
        ),
        (
            "badge_number",
            "CASE WHEN supervisor_badge <> '' THEN 'yes' ELSE 'no' END",
        ),
    ] {
        let rows = sqlx::query(&format!(
            "SELECT {expr}, COUNT(*) FROM reports WHERE observed_at >= $1 AND observed_at < $2 \
             GROUP BY {expr} ORDER BY 1"
        ))
        .bind(&from)
        .bind(&to)
        .fetch_all(db.pool())
        .await?;
        for r in rows {
            out.push((question, r.try_get(0)?, r.try_get(1)?));
        }
    }
    let rows = sqlx::query(
        "SELECT identified_by FROM reports WHERE observed_at >= $1 AND observed_at < $2",
    )
    .bind(&from)
    .bind(&to)
    .fetch_all(db.pool())
    .await?;
    let mut by_code: BTreeMap<String, i64> = BTreeMap::new();
    for r in rows {
        let codes: String = r.try_get(0)?;
        for c in codes.split([',', ' ']).filter(|c| !c.is_empty()) {
            *by_code.entry(c.to_string()).or_insert(0) += 1;
        }
    }
    out.extend(by_code.into_iter().map(|(c, n)| ("identified_by", c, n)));
    Ok(out)
}

/// Totals for the page header: records, withheld cells, productions imported.
pub async fn totals(db: &Db) -> Result<(i64, i64, i64), sqlx::Error> {
    let r = sqlx::query(
        "SELECT CAST(COALESCE(SUM(imported), 0) AS BIGINT), \
         CAST(COALESCE(SUM(withheld_cells), 0) AS BIGINT), COUNT(*) \
         FROM foia_productions WHERE status = 'imported'",
    )
    .fetch_one(db.pool())
    .await?;
    Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_days_mondays_and_months() {
        let d = NaiveDate::from_ymd_opt(2025, 6, 8).unwrap_or_default(); // a Sunday
        assert_eq!(period_key(d, Period::Day), "2025-06-08");
        assert_eq!(period_key(d, Period::Week), "2025-06-02");
        assert_eq!(period_key(d, Period::Month), "2025-06");
    }

    #[test]
    fn filters_name_the_wrong_field() {
        for (q, field) in [
            ("from=June", "from"),
            ("from=2025-06-02&to=2025-06-01", "to"),
            ("place=mars", "place"),
            ("by=year", "by"),
            ("production=x", "production"),
        ] {
            let f = Filter::from_query(&FormData::parse(q.as_bytes()).unwrap_or_default());
            assert!(
                matches!(&f, Err(AppError::Invalid(m)) if m.contains_key(field)),
                "{q}: {f:?}"
            );
        }
    }
}
