//! The query of GET requests.{format}.

use crate::datetime::parse_w3c;
use crate::params::{comma_list, single};
use crate::{Error, Status};
use chrono::{DateTime, TimeDelta, Utc};

/// The longest date range a query may span, and the default window: "When not specified,
/// the range defaults to most recent 90 days".
pub const MAX_RANGE_DAYS: i64 = 90;

/// "Default query limit is a span of 90 days or first 1000 requests returned, whichever
/// is smallest." The spec defines no parameter to change it.
pub const DEFAULT_LIMIT: usize = 1000;

/// A validated GET requests query. Empty lists mean "no filter" (all service codes, all
/// statuses), as the spec's defaults say.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestsQuery {
    /// When non-empty, the client asked for these requests by id and the spec says this
    /// "overrides all other arguments": the other filters are then left wide open (no
    /// codes, no statuses, window from the Unix epoch to `now`) and the date parameters
    /// are not even validated. See [`RequestsQuery::is_by_id`].
    pub service_request_ids: Vec<String>,
    pub service_codes: Vec<String>,
    pub statuses: Vec<Status>,
    /// Inclusive bounds on `requested_datetime` (the spec matches dates against it).
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// At most this many requests should be returned.
    pub limit: usize,
    /// For [`crate::check_jurisdiction`]; not checked here.
    pub jurisdiction_id: Option<String>,
}

impl RequestsQuery {
    /// True when the query is a lookup by service_request_id.
    pub fn is_by_id(&self) -> bool {
        !self.service_request_ids.is_empty()
    }
}

/// Parses the decoded query pairs. `now` is the server's clock, passed in to keep this pure.
///
/// Date window (the spec fixes only the no-dates default):
/// - neither date: the most recent 90 days, `now − 90 days ..= now`;
/// - only `end_date`: the 90 days before it;
/// - only `start_date`: the 90 days after it (not capped at `now`: requests cannot be
///   requested in the future, so a cap would change nothing but add an error case);
/// - both: used as given; `end_date` before `start_date`, or a span of more than 90 days,
///   is a 400 naming the parameters (the spec says a range "may not span more than 90
///   days"; refusing tells the client, where silently clamping would hide data).
///
/// Other 400s: a date that is not a W3C datetime with a timezone, a status other than
/// `open`/`closed`, a single-valued parameter repeated with different values. Lists
/// (`service_request_id`, `service_code`, `status`) may be comma delimited and/or
/// repeated. Unknown parameters are ignored (e.g. an `api_key`, which GET does not need).
pub fn parse_requests_query(
    pairs: &[(String, String)],
    now: DateTime<Utc>,
) -> Result<RequestsQuery, Error> {
    let jurisdiction_id = single(pairs, "jurisdiction_id")?;
    let service_request_ids = comma_list(pairs, "service_request_id");
    if !service_request_ids.is_empty() {
        return Ok(RequestsQuery {
            service_request_ids,
            service_codes: Vec::new(),
            statuses: Vec::new(),
            start: DateTime::UNIX_EPOCH,
            end: now,
            limit: DEFAULT_LIMIT,
            jurisdiction_id,
        });
    }
    let statuses = parse_statuses(pairs)?;
    let start = parse_date(pairs, "start_date")?;
    let end = parse_date(pairs, "end_date")?;
    let (start, end) = date_window(start, end, now)?;
    Ok(RequestsQuery {
        service_request_ids,
        service_codes: comma_list(pairs, "service_code"),
        statuses,
        start,
        end,
        limit: DEFAULT_LIMIT,
        jurisdiction_id,
    })
}

fn parse_statuses(pairs: &[(String, String)]) -> Result<Vec<Status>, Error> {
    let mut statuses = Vec::new();
    for text in comma_list(pairs, "status") {
        let status = Status::parse(&text).ok_or_else(|| {
            Error::bad_request(format!(
                "status '{text}' is not valid; use open, closed, or both comma delimited"
            ))
        })?;
        if !statuses.contains(&status) {
            statuses.push(status);
        }
    }
    Ok(statuses)
}

fn parse_date(pairs: &[(String, String)], name: &str) -> Result<Option<DateTime<Utc>>, Error> {
    let Some(text) = single(pairs, name)? else {
        return Ok(None);
    };
    match parse_w3c(&text) {
        Some(datetime) => Ok(Some(datetime.with_timezone(&Utc))),
        None => Err(Error::bad_request(format!(
            "{name} '{text}' is not a W3C datetime with a timezone; use e.g. 2010-01-01T00:00:00Z"
        ))),
    }
}

fn date_window(
    start: Option<DateTime<Utc>>,
    end: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(DateTime<Utc>, DateTime<Utc>), Error> {
    let span = TimeDelta::days(MAX_RANGE_DAYS);
    let out_of_range =
        || Error::bad_request("start_date and end_date are outside the supported range of dates");
    match (start, end) {
        (None, None) => Ok((now.checked_sub_signed(span).ok_or_else(out_of_range)?, now)),
        (None, Some(end)) => Ok((end.checked_sub_signed(span).ok_or_else(out_of_range)?, end)),
        (Some(start), None) => Ok((start, start.checked_add_signed(span).ok_or_else(out_of_range)?)),
        (Some(start), Some(end)) if end < start => Err(Error::bad_request(
            "end_date is before start_date; send an end_date on or after the start_date",
        )),
        (Some(start), Some(end)) if end - start > span => Err(Error::bad_request(format!(
            "start_date and end_date span more than {MAX_RANGE_DAYS} days; narrow the range and query again"
        ))),
        (Some(start), Some(end)) => Ok((start, end)),
    }
}
