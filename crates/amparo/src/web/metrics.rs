//! Prometheus text exposition for requests, latencies, the pool and background jobs.

use std::collections::BTreeMap;
use std::sync::Mutex;

const BUCKETS: [f64; 10] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    latency: Mutex<BTreeMap<String, Histogram>>,
    overloaded: Mutex<u64>,
}

impl Metrics {
    /// `route` is the matched route template (`/departments/{id}`), never the raw path.
    pub fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        if let Ok(mut m) = self.requests.lock() {
            *m.entry((method.into(), route.into(), status)).or_default() += 1;
        }
        if let Ok(mut m) = self.latency.lock() {
            let h = m.entry(route.into()).or_default();
            for (i, b) in BUCKETS.iter().enumerate() {
                if seconds <= *b {
                    h.counts[i] += 1;
                }
            }
            h.sum += seconds;
            h.count += 1;
        }
    }

    pub fn overloaded(&self) {
        if let Ok(mut n) = self.overloaded.lock() {
            *n += 1;
        }
    }

    pub fn render(&self, pool: (u32, usize), jobs: &[(String, i64)]) -> String {
        let mut out = String::new();
        out.push_str("# HELP amparo_http_requests_total HTTP requests by route and status.\n");
        out.push_str("# TYPE amparo_http_requests_total counter\n");
        if let Ok(m) = self.requests.lock() {
            for ((method, route, status), n) in m.iter() {
                out.push_str(&format!(
                    "amparo_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {n}\n",
                    escape(route)
                ));
            }
        }
        out.push_str("# HELP amparo_http_request_duration_seconds Request latency by route.\n");
        out.push_str("# TYPE amparo_http_request_duration_seconds histogram\n");
        if let Ok(m) = self.latency.lock() {
            for (route, h) in m.iter() {
                let r = escape(route);
                for (i, b) in BUCKETS.iter().enumerate() {
                    out.push_str(&format!(
                        "amparo_http_request_duration_seconds_bucket{{route=\"{r}\",le=\"{b}\"}} {}\n",
                        h.counts[i]
                    ));
                }
                out.push_str(&format!(
                    "amparo_http_request_duration_seconds_bucket{{route=\"{r}\",le=\"+Inf\"}} {}\n",
                    h.count
                ));
                out.push_str(&format!(
                    "amparo_http_request_duration_seconds_sum{{route=\"{r}\"}} {}\n",
                    h.sum
                ));
                out.push_str(&format!(
                    "amparo_http_request_duration_seconds_count{{route=\"{r}\"}} {}\n",
                    h.count
                ));
            }
        }
        let overloaded = self.overloaded.lock().map(|n| *n).unwrap_or(0);
        out.push_str("# HELP amparo_http_overloaded_total Requests refused with 503 because the server was full.\n");
        out.push_str("# TYPE amparo_http_overloaded_total counter\n");
        out.push_str(&format!("amparo_http_overloaded_total {overloaded}\n"));
        out.push_str("# HELP amparo_db_pool_connections Database pool connections.\n");
        out.push_str("# TYPE amparo_db_pool_connections gauge\n");
        out.push_str(&format!(
            "amparo_db_pool_connections{{state=\"open\"}} {}\n",
            pool.0
        ));
        out.push_str(&format!(
            "amparo_db_pool_connections{{state=\"idle\"}} {}\n",
            pool.1
        ));
        out.push_str("# HELP amparo_jobs Background jobs by state.\n");
        out.push_str("# TYPE amparo_jobs gauge\n");
        for (state, n) in jobs {
            out.push_str(&format!("amparo_jobs{{state=\"{}\"}} {n}\n", escape(state)));
        }
        out
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}
