//! The HTTP rules every public answer keeps: an `ETag` (a SHA-256 of the body) and a
//! `Last-Modified` so that a website can poll cheaply (`If-None-Match` → 304), CORS for the feeds,
//! short JSON errors (400 for a bad query value, 503 when the store fails; never a panic),
//! pagination (`?page=` from 1, `?per_page=` up to 100) and the time formats (RFC 3339 in the
//! feeds, the HTTP date in headers).

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// Items per page unless `?per_page=` says otherwise, and the most it may ask for.
pub const PER_PAGE: i64 = 20;
pub const PER_PAGE_MAX: i64 = 100;
/// The highest page number taken (far beyond any list here; keeps offsets small).
const PAGE_MAX: i64 = 100_000;

/// The query string as name-value pairs (percent-decoded; a name given twice counts once, first).
#[derive(Debug, Clone, Default)]
pub struct Query(Vec<(String, String)>);

impl Query {
    pub fn parse(raw: Option<&str>) -> Query {
        Query(url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()).into_owned().collect())
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// `?page=` and `?per_page=`, or what is wrong with them.
    pub fn page(&self) -> Result<Paging, BadQuery> {
        let number = |name: &str, default: i64, max: i64| -> Result<i64, BadQuery> {
            match self.get(name) {
                None => Ok(default),
                Some(v) => v
                    .trim()
                    .parse::<i64>()
                    .ok()
                    .filter(|n| (1..=max).contains(n))
                    .ok_or_else(|| BadQuery(format!("`{name}` must be a whole number from 1 to {max}"))),
            }
        };
        Ok(Paging { page: number("page", 1, PAGE_MAX)?, per_page: number("per_page", PER_PAGE, PER_PAGE_MAX)? })
    }
}

/// A query value the feed cannot take: answered 400 with a short JSON error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadQuery(pub String);

impl IntoResponse for BadQuery {
    fn into_response(self) -> Response {
        bad_request(&self.0)
    }
}

/// One page of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// 1-based.
    pub page: i64,
    pub per_page: i64,
}

impl Paging {
    pub fn offset(self) -> i64 {
        (self.page - 1) * self.per_page
    }

    /// The items of this page out of a whole list.
    pub fn slice<T>(self, all: &[T]) -> &[T] {
        let start = usize::try_from(self.offset()).unwrap_or(usize::MAX).min(all.len());
        let end = start.saturating_add(usize::try_from(self.per_page).unwrap_or(0)).min(all.len());
        &all[start..end]
    }

    /// The URL of the next page of `path` when `total` items go beyond this one (`extra`: other
    /// query parts to keep, already encoded, such as `lang=ar`).
    pub fn next(self, path: &str, total: i64, extra: Option<&str>) -> Option<String> {
        (self.page * self.per_page < total && self.page < PAGE_MAX).then(|| {
            let extra = extra.map(|e| format!("&{e}")).unwrap_or_default();
            format!("{path}?page={}&per_page={}{extra}", self.page + 1, self.per_page)
        })
    }

    /// The fields every paginated JSON answer carries.
    pub fn fields(self, path: &str, total: i64, extra: Option<&str>) -> serde_json::Value {
        serde_json::json!({
            "page": self.page,
            "per_page": self.per_page,
            "total": total,
            "next": self.next(path, total, extra),
        })
    }
}

/// What a body is, for its headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Json,
    Atom,
    Calendar,
    Html,
}

impl Kind {
    fn content_type(self) -> &'static str {
        match self {
            Kind::Json => "application/json; charset=utf-8",
            Kind::Atom => "application/atom+xml; charset=utf-8",
            Kind::Calendar => "text/calendar; charset=utf-8",
            Kind::Html => "text/html; charset=utf-8",
        }
    }
}

/// The strong validator of a body: the first 128 bits of its SHA-256, quoted.
pub fn etag(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Whether an `If-None-Match` value names `etag` (or is `*`); weak tags compare by their value.
pub fn matches(if_none_match: &str, etag: &str) -> bool {
    if_none_match.split(',').map(str::trim).any(|t| t == "*" || t.strip_prefix("W/").unwrap_or(t) == etag)
}

/// A body with its validators: 304 without it when the client already has it. Feeds get CORS
/// headers; `last_modified` 0 means unknown (no header).
pub fn cached(request: &HeaderMap, kind: Kind, body: String, last_modified: i64) -> Response {
    let tag = etag(body.as_bytes());
    let fresh = request.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|v| matches(v, &tag));
    let mut response = if fresh { StatusCode::NOT_MODIFIED.into_response() } else { body.into_response() };
    let headers = response.headers_mut();
    if !fresh {
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind.content_type()));
    }
    if let Ok(v) = HeaderValue::from_str(&tag) {
        headers.insert(header::ETAG, v);
    }
    if last_modified > 0
        && let Ok(v) = HeaderValue::from_str(&http_date(last_modified))
    {
        headers.insert(header::LAST_MODIFIED, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if kind != Kind::Html {
        cors(headers);
    }
    response
}

/// Any website may read the feeds (and the validators, to poll with them).
pub fn cors(headers: &mut HeaderMap) {
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static("ETag, Last-Modified"));
}

/// The answer to a CORS preflight (a script that sends `If-None-Match` itself).
pub async fn preflight() -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    cors(headers);
    headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, HEAD, OPTIONS"));
    headers.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("If-None-Match, If-Modified-Since"));
    headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("86400"));
    response
}

/// A short JSON error with CORS, so a script sees why.
pub fn error(status: StatusCode, message: &str) -> Response {
    let mut response = (status, axum::Json(serde_json::json!({ "error": message }))).into_response();
    cors(response.headers_mut());
    response
}

pub fn bad_request(message: &str) -> Response {
    error(StatusCode::BAD_REQUEST, message)
}

/// The store failed: logged by kind (never a query or a value), answered 503.
pub fn unavailable(e: &crate::storage::StoreError) -> Response {
    tracing::warn!(error = crate::storage::error_kind(e), "a public feed could not be read");
    error(StatusCode::SERVICE_UNAVAILABLE, "temporarily unavailable, please try again later")
}

/// `2026-12-03T17:00:00Z`.
pub fn rfc3339(t: i64) -> String {
    let (year, month, day) = crate::domain::localtime::civil(t.div_euclid(86_400));
    let s = t.rem_euclid(86_400);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", s / 3_600, s % 3_600 / 60, s % 60)
}

/// `Thu, 03 Dec 2026 17:00:00 GMT` (RFC 9110's IMF-fixdate).
pub fn http_date(t: i64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let days = t.div_euclid(86_400);
    let (year, month, day) = crate::domain::localtime::civil(days);
    let s = t.rem_euclid(86_400);
    let weekday = DAYS[usize::try_from(days.rem_euclid(7)).unwrap_or(0)];
    let month = MONTHS[(month as usize).saturating_sub(1).min(11)];
    format!("{weekday}, {day:02} {month} {year:04} {:02}:{:02}:{:02} GMT", s / 3_600, s % 3_600 / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_validators() {
        // 2026-12-03 17:00:00 UTC was a Thursday.
        let t = crate::domain::localtime::days_from_civil(2026, 12, 3) * 86_400 + 17 * 3_600;
        assert_eq!(rfc3339(t), "2026-12-03T17:00:00Z");
        assert_eq!(http_date(t), "Thu, 03 Dec 2026 17:00:00 GMT");
        assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        let tag = etag(b"x");
        assert!(matches(&tag, &tag) && matches(&format!("\"a\", W/{tag}"), &tag) && matches("*", &tag));
        assert!(!matches("\"other\"", &tag));
    }

    #[test]
    fn pages_and_their_next_link() {
        let p = Paging { page: 2, per_page: 20 };
        assert_eq!(p.offset(), 20);
        assert_eq!(p.next("/feed/x.json", 41, None).as_deref(), Some("/feed/x.json?page=3&per_page=20"));
        assert_eq!(p.next("/feed/x.json", 40, Some("lang=ar")), None);
        let all: Vec<i64> = (0..45).collect();
        assert_eq!(p.slice(&all).len(), 20);
        assert!(Paging { page: 9, per_page: 20 }.slice(&all).is_empty());
        assert!(Query::parse(Some("page=0")).page().is_err());
        assert!(Query::parse(Some("per_page=101")).page().is_err());
        assert!(Query::parse(Some("page=%FF%FE")).page().is_err());
        assert_eq!(Query::parse(Some("page=3&page=4")).page().unwrap().page, 3);
    }
}
