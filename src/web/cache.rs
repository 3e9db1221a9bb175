//! What the public side answers is the same for everyone for a while, so it is built at most
//! once per [`TTL`] per address (and language wish, for `/`) and served from memory meanwhile,
//! with at most [`BUILDS`] built at a time: a flood of anonymous requests can never make the
//! bot's users wait for the database (SQLite has one connection for both).

use super::Web;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long an answer is served from memory.
pub const TTL: Duration = Duration::from_secs(30);
/// Answers built at the same time.
pub const BUILDS: usize = 2;
/// How long a request waits for its turn to build before it is told to come back.
const WAIT: Duration = Duration::from_secs(10);
/// Answers kept at most (the addresses are few; a flood of made-up ones must not grow memory).
const ENTRIES: usize = 500;
/// The largest answer kept.
const BODY_MAX: usize = 8 * 1024 * 1024;

#[derive(Clone)]
struct Entry {
    at: Instant,
    status: StatusCode,
    headers: HeaderMap,
    body: axum::body::Bytes,
}

pub struct Cache {
    ttl: Duration,
    entries: std::sync::Mutex<HashMap<String, Entry>>,
    builds: tokio::sync::Semaphore,
}

impl Cache {
    pub fn new(ttl: Duration) -> Cache {
        Cache { ttl, entries: Default::default(), builds: tokio::sync::Semaphore::new(BUILDS) }
    }

    fn fresh(&self, key: &str) -> Option<Entry> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.get(key).filter(|e| e.at.elapsed() < self.ttl).cloned()
    }

    fn keep(&self, key: String, entry: Entry) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= ENTRIES {
            let ttl = self.ttl;
            entries.retain(|_, e| e.at.elapsed() < ttl);
            if entries.len() >= ENTRIES {
                return;
            }
        }
        entries.insert(key, entry);
    }
}

/// The middleware: GET answers from memory when fresh, else built (a few at a time) and kept.
pub async fn layer(State(web): State<Arc<Web>>, request: Request, next: Next) -> Response {
    let Some(cache) = web.cache.as_ref() else { return next.run(request).await };
    if request.method() != Method::GET {
        return next.run(request).await;
    }
    let language = request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let key = match request.uri().path() {
        "/" => format!("/|{}", language.chars().take(100).collect::<String>()),
        _ => request.uri().to_string(),
    };
    let wanted = request.headers().get(header::IF_NONE_MATCH).cloned();
    if let Some(hit) = cache.fresh(&key) {
        return answer(hit, wanted.as_ref());
    }
    let Ok(Ok(_turn)) = tokio::time::timeout(WAIT, cache.builds.acquire()).await else {
        return (StatusCode::SERVICE_UNAVAILABLE, [(header::RETRY_AFTER, "5")], "busy, please try again")
            .into_response();
    };
    if let Some(hit) = cache.fresh(&key) {
        return answer(hit, wanted.as_ref());
    }
    // Built whole (the 304 is decided here, against the kept answer's ETag).
    let mut request = request;
    request.headers_mut().remove(header::IF_NONE_MATCH);
    let response = next.run(request).await;
    let (parts, body) = response.into_parts();
    let Ok(body) = to_bytes(body, BODY_MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let entry = Entry { at: Instant::now(), status: parts.status, headers: parts.headers, body };
    if entry.status == StatusCode::OK {
        cache.keep(key, entry.clone());
    }
    answer(entry, wanted.as_ref())
}

fn answer(entry: Entry, wanted: Option<&axum::http::HeaderValue>) -> Response {
    let same = match (wanted, entry.headers.get(header::ETAG)) {
        (Some(w), Some(tag)) => w.to_str().is_ok_and(|w| w.split(',').any(|t| t.trim() == tag.to_str().unwrap_or("-"))),
        _ => false,
    };
    let (status, body) = if same && entry.status == StatusCode::OK {
        (StatusCode::NOT_MODIFIED, Body::empty())
    } else {
        (entry.status, Body::from(entry.body))
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = entry.headers;
    if status == StatusCode::NOT_MODIFIED {
        response.headers_mut().remove(header::CONTENT_LENGTH);
    }
    response
}
