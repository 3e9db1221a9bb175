//! A fake Telegram Bot API server on 127.0.0.1:0 for the tests and the full-loop benchmark.
//!
//! It answers what teloxide calls (method names matched case-insensitively), validates like the
//! real server (text length, callback data, "message is not modified", "message to edit not
//! found", "query is too old"), can be told to fail chosen calls (429 with retry_after, 403 for a
//! chat, 500), and simulates users: they send text, press a button of a given message, send
//! stickers and photos, and read what they see.

#![allow(dead_code)] // the benchmark includes this file and uses only part of it

use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{Notify, watch};

/// How long any wait on the bot may take before the test fails with what was seen.
const PATIENCE: Duration = Duration::from_secs(15);

/// A failure to inject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// 429 with `retry_after` seconds.
    RetryAfter(u32),
    /// 403 "bot was blocked by the user".
    Blocked,
    /// 500 "Internal Server Error".
    ServerError,
}

#[derive(Debug, Clone)]
struct Rule {
    method: String,
    chat: Option<i64>,
    fault: Fault,
    remaining: u32,
}

/// A message as its chat shows it now (after edits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub id: i64,
    pub text: String,
    /// Button labels, row by row.
    pub buttons: Vec<Vec<String>>,
    /// Callback data of each button, row by row.
    pub data: Vec<Vec<String>>,
    pub document: Option<(String, String)>,
}

impl Seen {
    pub fn labels(&self) -> Vec<&str> {
        self.buttons.iter().flatten().map(String::as_str).collect()
    }
}

#[derive(Default)]
struct Inner {
    next_update: i64,
    next_message: i64,
    next_query: i64,
    updates: VecDeque<(i64, String)>,
    /// chat → messages the bot sent there, in order.
    chats: BTreeMap<i64, Vec<Seen>>,
    open_queries: HashSet<String>,
    calls: Vec<(String, Value)>,
    rules: Vec<Rule>,
    webhook: Option<(String, Option<String>)>,
    /// chat → when the last user update for it was queued (for latency figures).
    waiting: HashMap<i64, Instant>,
    latencies: Vec<Duration>,
    offset_confirmed: i64,
    /// user → the pressed message as it looked when pressed.
    last_pressed: HashMap<i64, Seen>,
    /// Told the chat id whenever the first reply to a user's update arrives.
    replies: Option<tokio::sync::mpsc::UnboundedSender<i64>>,
    /// Chats that were sent updates (each gets a barrier in `settle`).
    active_chats: BTreeSet<i64>,
    /// Barrier queries not answered yet (see `settle`).
    barriers: HashSet<String>,
    next_barrier: i64,
}

pub struct FakeTelegram {
    pub url: String,
    inner: Arc<Mutex<Inner>>,
    updates_ready: Arc<Notify>,
    /// Bumped after every change of the state (a call, an update queued or taken): waits
    /// wake on it instead of polling.
    changed: Arc<watch::Sender<u64>>,
    server: tokio::task::JoinHandle<()>,
}

#[derive(Clone)]
struct Shared {
    inner: Arc<Mutex<Inner>>,
    updates_ready: Arc<Notify>,
    changed: Arc<watch::Sender<u64>>,
}

impl Shared {
    fn bump(&self) {
        self.changed.send_modify(|n| *n += 1);
    }
}

impl FakeTelegram {
    pub async fn start() -> FakeTelegram {
        let inner = Arc::new(Mutex::new(Inner { next_update: 1, next_message: 1, next_query: 1, ..Inner::default() }));
        let notify = Arc::new(Notify::new());
        let changed = Arc::new(watch::channel(0).0);
        let shared = Shared { inner: inner.clone(), updates_ready: notify.clone(), changed: changed.clone() };
        let app = Router::new().route("/{*path}", post(handle)).with_state(shared);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        FakeTelegram { url, inner, updates_ready: notify, changed, server }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap()
    }

    /// Makes the next `times` calls of `method` (for `chat`, or any) fail with `fault`.
    pub fn fail(&self, method: &str, chat: Option<i64>, fault: Fault, times: u32) {
        self.lock().rules.push(Rule { method: method.to_lowercase(), chat, fault, remaining: times });
    }

    fn push_update(&self, chat: i64, body: impl FnOnce(i64) -> Value) {
        let mut s = self.lock();
        let id = s.next_update;
        s.next_update += 1;
        let update = body(id);
        s.updates.push_back((id, update.to_string()));
        s.waiting.entry(chat).or_insert_with(Instant::now);
        s.active_chats.insert(chat);
        drop(s);
        self.updates_ready.notify_waiters();
        self.changed.send_modify(|n| *n += 1);
    }

    fn next_message_id(&self) -> i64 {
        let mut s = self.lock();
        s.next_message += 1;
        s.next_message + 100_000
    }

    fn user(id: i64, lang: &str) -> Value {
        json!({"id": id, "is_bot": false, "first_name": "U", "language_code": lang})
    }

    fn chat(id: i64) -> Value {
        json!({"id": id, "type": "private", "first_name": "U"})
    }

    /// A message from `user` with the given content fields.
    pub fn send(&self, user: i64, lang: &str, content: Value) {
        let message_id = self.next_message_id();
        self.push_update(user, |id| {
            let mut message = json!({"message_id": message_id, "date": 1_800_000_000, "chat": Self::chat(user), "from": Self::user(user, lang)});
            for (k, v) in content.as_object().unwrap() {
                message[k] = v.clone();
            }
            json!({"update_id": id, "message": message})
        });
    }

    pub fn send_text(&self, user: i64, text: &str) {
        self.send_text_in(user, "en", text);
    }

    pub fn send_text_in(&self, user: i64, lang: &str, text: &str) {
        let mut content = json!({"text": text});
        if text.starts_with('/') {
            let len: usize = text.split(' ').next().unwrap().chars().map(char::len_utf16).sum();
            content["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
        }
        self.send(user, lang, content);
    }

    /// Edits a text the user sent earlier (Telegram sends an `edited_message`).
    pub fn send_edit(&self, user: i64, text: &str) {
        let message_id = self.next_message_id();
        self.push_update(user, |id| {
            json!({"update_id": id, "edited_message": {"message_id": message_id, "date": 1_800_000_000, "edit_date": 1_800_000_010,
                "chat": Self::chat(user), "from": Self::user(user, "en"), "text": text}})
        });
    }

    /// The user blocks the bot (`my_chat_member` from member to kicked), or unblocks it.
    pub fn set_blocked(&self, user: i64, blocked: bool) {
        self.push_update(user, |id| {
            let me = json!({"id": 1, "is_bot": true, "first_name": "sifor", "username": "sifor_bot"});
            let member = json!({"user": me, "status": "member"});
            let kicked = json!({"user": me, "status": "kicked", "until_date": 0});
            let (old, new) = if blocked { (member, kicked) } else { (kicked, member) };
            json!({"update_id": id, "my_chat_member": {"chat": Self::chat(user), "from": Self::user(user, "en"), "date": 1_800_000_000,
                "old_chat_member": old, "new_chat_member": new}})
        });
    }

    /// Presses the button labelled `label` on the bot's message `message_id` in the user's chat.
    pub fn press(&self, user: i64, message_id: i64, label: &str) {
        let data = {
            let s = self.lock();
            let seen = s.chats.get(&user).and_then(|m| m.iter().find(|m| m.id == message_id)).expect("message exists");
            let at = seen
                .buttons
                .iter()
                .flatten()
                .position(|b| b == label)
                .unwrap_or_else(|| panic!("no button `{label}` in {seen:?}"));
            seen.data.iter().flatten().nth(at).unwrap().clone()
        };
        self.press_data(user, message_id, &data);
    }

    /// A press with any callback data (old or forged).
    pub fn press_data(&self, user: i64, message_id: i64, data: &str) {
        let (query, text) = {
            let mut s = self.lock();
            let q = format!("cq-{}", s.next_query);
            s.next_query += 1;
            s.open_queries.insert(q.clone());
            let pressed = s.chats.get(&user).and_then(|m| m.iter().find(|m| m.id == message_id)).cloned();
            let text = pressed.as_ref().map(|m| m.text.clone());
            if let Some(p) = pressed {
                s.last_pressed.insert(user, p);
            }
            (q, text.unwrap_or_default())
        };
        self.push_update(user, |id| {
            json!({"update_id": id, "callback_query": {"id": query, "from": Self::user(user, "en"), "chat_instance": "ci",
                "data": data, "message": {"message_id": message_id, "date": 1_800_000_000, "chat": Self::chat(user),
                "from": {"id": 1, "is_bot": true, "first_name": "sifor", "username": "sifor_bot"}, "text": text}}})
        });
    }

    /// The user's newest message, once it differs from what they last pressed (the bot has
    /// answered the press), if it has a button labelled `label`.
    pub fn fresh_with_button(&self, user: i64, label: &str) -> Option<Seen> {
        let s = self.lock();
        let last = s.chats.get(&user)?.last()?;
        let answered = s.last_pressed.get(&user).is_none_or(|p| p != last);
        (answered && last.labels().contains(&label)).then(|| last.clone())
    }

    /// Everything the bot shows in the user's chat, oldest first.
    pub fn seen(&self, user: i64) -> Vec<Seen> {
        self.lock().chats.get(&user).cloned().unwrap_or_default()
    }

    pub fn last(&self, user: i64) -> Option<Seen> {
        self.seen(user).pop()
    }

    /// Every call the bot made: (lower-case method, body).
    pub fn calls(&self) -> Vec<(String, Value)> {
        self.lock().calls.clone()
    }

    pub fn count(&self, method: &str) -> usize {
        self.lock().calls.iter().filter(|(m, _)| m == &method.to_lowercase()).count()
    }

    /// Callback queries the bot has not answered.
    pub fn unanswered(&self) -> usize {
        self.lock().open_queries.len()
    }

    pub fn pending_updates(&self) -> usize {
        self.lock().updates.len()
    }

    /// The highest update id the bot confirmed with `offset`.
    pub fn confirmed(&self) -> i64 {
        self.lock().offset_confirmed
    }

    pub fn webhook(&self) -> Option<(String, Option<String>)> {
        self.lock().webhook.clone()
    }

    /// A stream of chat ids, one each time the first reply to a user's update arrives.
    pub fn subscribe_replies(&self) -> tokio::sync::mpsc::UnboundedReceiver<i64> {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        self.lock().replies = Some(tx);
        rx
    }

    pub fn take_latencies(&self) -> Vec<Duration> {
        std::mem::take(&mut self.lock().latencies)
    }

    /// The bodies of every call of `method` (e.g. the parameters of `getUpdates` or `setWebhook`).
    pub fn requests(&self, method: &str) -> Vec<Value> {
        let method = method.to_lowercase();
        self.lock().calls.iter().filter(|(m, _)| *m == method).map(|(_, b)| b.clone()).collect()
    }

    /// Waits until `check` gives a value, trying again on every change of the fake's state;
    /// panics with `report` at the deadline. `check` takes the lock itself (it is not held).
    async fn wait_until<T>(&self, check: impl Fn() -> Option<T>, report: impl FnOnce(&Self) -> String) -> T {
        let mut changes = self.changed.subscribe();
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            if let Some(found) = check() {
                return found;
            }
            if tokio::time::timeout_at(deadline, changes.changed()).await.is_err() {
                panic!("{}\nlast calls:\n{}", report(self), self.last_calls());
            }
        }
    }

    fn last_calls(&self) -> String {
        let calls = self.calls();
        let tail: Vec<String> = calls
            .iter()
            .rev()
            .take(12)
            .rev()
            .map(|(m, b)| format!("{m} {}", b.to_string().chars().take(160).collect::<String>()))
            .collect();
        tail.join("\n")
    }

    /// Waits until `check` holds for the user's chat, or panics with what was seen.
    pub async fn wait_for(&self, user: i64, what: &str, check: impl Fn(&[Seen]) -> bool) -> Vec<Seen> {
        self.wait_until(
            || {
                let seen = self.seen(user);
                check(&seen).then_some(seen)
            },
            |fake| format!("timed out waiting for {what}; user {user} sees:\n{:#?}", fake.seen(user)),
        )
        .await
    }

    /// Waits until the bot made `times` calls of `method` in all.
    pub async fn wait_calls(&self, method: &str, times: usize) {
        let method = method.to_lowercase();
        self.wait_until(
            || (self.count(&method) >= times).then_some(()),
            |fake| format!("timed out waiting for {times} calls of {method}; {} made", fake.count(&method)),
        )
        .await;
    }

    /// Waits until some message of the chat contains `text` (`times` of them).
    pub async fn wait_count(&self, user: i64, text: &str, times: usize) {
        self.wait_for(user, text, |s| s.iter().filter(|m| m.text.contains(text)).count() >= times).await;
    }

    /// Waits until the chat's newest message contains `text`.
    pub async fn wait_text(&self, user: i64, text: &str) -> Seen {
        let seen = self.wait_for(user, text, |s| s.last().is_some_and(|m| m.text.contains(text))).await;
        seen.last().unwrap().clone()
    }

    /// Waits until the bot has finished every update sent so far (polling mode), or panics.
    ///
    /// The bot handles the updates of one chat one after another (teloxide's dispatcher keys
    /// its workers by chat), so each chat that got updates is sent a barrier last: a press in a
    /// group chat with the same id, which the bot only answers. Once every barrier is answered,
    /// every earlier update of those chats has been handled to its end, database writes
    /// included. Barriers are not recorded as calls or presses.
    pub async fn settle(&self) {
        let chats: Vec<i64> = self.lock().active_chats.iter().copied().collect();
        for chat in chats {
            let mut s = self.lock();
            s.next_barrier += 1;
            let q = format!("settle-{}", s.next_barrier);
            s.barriers.insert(q.clone());
            let id = s.next_update;
            s.next_update += 1;
            let group = json!({"id": chat, "type": "group", "title": "settle"});
            let update = json!({"update_id": id, "callback_query": {"id": q, "from": Self::user(chat, "en"),
                    "chat_instance": "settle", "data": "settle", "message": {"message_id": 1, "date": 1_800_000_000,
                    "chat": group, "from": {"id": 1, "is_bot": true, "first_name": "sifor", "username": "sifor_bot"},
                    "text": "settle"}}});
            s.updates.push_back((id, update.to_string()));
        }
        self.updates_ready.notify_waiters();
        self.wait_until(
            || {
                let s = self.lock();
                (s.updates.is_empty() && s.barriers.is_empty() && s.open_queries.is_empty()).then_some(())
            },
            |fake| {
                let s = fake.lock();
                format!(
                    "timed out settling: {} updates not taken, {} chats not finished, {} presses not answered",
                    s.updates.len(),
                    s.barriers.len(),
                    s.open_queries.len()
                )
            },
        )
        .await;
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.server.abort();
    }
}

fn ok(result: Value) -> Response {
    (StatusCode::OK, axum::Json(json!({"ok": true, "result": result}))).into_response()
}

fn error(code: u16, description: &str) -> Response {
    let status = StatusCode::from_u16(code).unwrap();
    (status, axum::Json(json!({"ok": false, "error_code": code, "description": description}))).into_response()
}

const NOT_MODIFIED: &str = "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

/// Reads a JSON or multipart body into one JSON object (multipart: text parts; files as their names).
async fn body(req: Request) -> Value {
    let multipart =
        req.headers().get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("multipart/"));
    if !multipart {
        let bytes = Bytes::from_request(req, &()).await.unwrap_or_default();
        return serde_json::from_slice(&bytes).unwrap_or(json!({}));
    }
    let mut form = axum::extract::Multipart::from_request(req, &()).await.expect("multipart body");
    let mut fields = serde_json::Map::new();
    let mut files: HashMap<String, (String, String)> = HashMap::new();
    while let Ok(Some(field)) = form.next_field().await {
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().map(str::to_string);
        let bytes = field.bytes().await.unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes).to_string();
        match file_name {
            Some(f) => {
                files.insert(name, (f, text));
            }
            None => {
                let value = serde_json::from_str::<Value>(&text)
                    .ok()
                    .filter(|v| v.is_object() || v.is_array())
                    .unwrap_or(Value::String(text));
                fields.insert(name, value);
            }
        }
    }
    // `attach://<name>` points at a file part.
    for value in fields.values_mut() {
        if let Some(name) = value.as_str().and_then(|v| v.strip_prefix("attach://")).map(str::to_string)
            && let Some((file_name, content)) = files.get(&name)
        {
            *value = json!({"file_name": file_name, "content": content});
        }
    }
    Value::Object(fields)
}

/// The text as the user will read it: HTML entities decoded, refusing unescaped markup
/// (sifor escapes everything and uses no tags).
fn parse_html(text: &str) -> Result<String, String> {
    if text.contains('<') {
        return Err("Bad Request: can't parse entities: unsupported start tag".into());
    }
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let (entity, ch) = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"')]
            .into_iter()
            .find(|(e, _)| rest.starts_with(e))
            .ok_or_else(|| "Bad Request: can't parse entities: unsupported entity".to_string())?;
        out.push(ch);
        rest = &rest[entity.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Button labels and callback data, row by row.
type Keyboard = (Vec<Vec<String>>, Vec<Vec<String>>);

fn buttons(markup: &Value) -> Result<Keyboard, &'static str> {
    let mut labels = Vec::new();
    let mut data = Vec::new();
    for row in markup["inline_keyboard"].as_array().into_iter().flatten() {
        let mut l = Vec::new();
        let mut d = Vec::new();
        for b in row.as_array().into_iter().flatten() {
            l.push(b["text"].as_str().unwrap_or_default().to_string());
            if let Some(url) = b["url"].as_str() {
                if !(url.starts_with("https://") || url.starts_with("http://") || url.starts_with("tg://")) {
                    return Err("Bad Request: inline keyboard button URL is invalid");
                }
                d.push(format!("url:{url}"));
                continue;
            }
            let cb = b["callback_data"].as_str().unwrap_or_default();
            if cb.is_empty() {
                return Err(
                    "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
                );
            }
            if cb.len() > 64 {
                return Err("Bad Request: BUTTON_DATA_INVALID");
            }
            d.push(cb.to_string());
        }
        labels.push(l);
        data.push(d);
    }
    Ok((labels, data))
}

async fn handle(State(shared): State<Shared>, Path(path): Path<String>, req: Request) -> Response {
    let response = route(&shared, path, req).await;
    shared.bump();
    response
}

async fn route(shared: &Shared, path: String, req: Request) -> Response {
    let inner = &shared.inner;
    let method = path.rsplit('/').next().unwrap_or_default().to_lowercase();
    let mut body = body(req).await;
    // Multipart bodies carry numbers as text.
    for field in ["chat_id", "message_id"] {
        if let Some(n) = body[field].as_str().and_then(|v| v.parse::<i64>().ok()) {
            body[field] = json!(n);
        }
    }
    let chat = body["chat_id"].as_i64();
    if method == "answercallbackquery"
        && let Some(id) = body["callback_query_id"].as_str()
        && inner.lock().unwrap().barriers.remove(id)
    {
        return ok(json!(true));
    }
    {
        let mut s = inner.lock().unwrap();
        s.calls.push((method.clone(), body.clone()));
        if let Some(rule) =
            s.rules.iter_mut().find(|r| r.method == method && r.remaining > 0 && (r.chat.is_none() || r.chat == chat))
        {
            rule.remaining -= 1;
            return match rule.fault {
                Fault::RetryAfter(n) => {
                    let description = format!("Too Many Requests: retry after {n}");
                    let body = json!({"ok": false, "error_code": 429, "description": description, "parameters": {"retry_after": n}});
                    (StatusCode::TOO_MANY_REQUESTS, [("Retry-After", n.to_string())], axum::Json(body)).into_response()
                }
                Fault::Blocked => error(403, "Forbidden: bot was blocked by the user"),
                Fault::ServerError => error(500, "Internal Server Error"),
            };
        }
    }
    match method.as_str() {
        "getme" => ok(
            json!({"id": 1, "is_bot": true, "first_name": "sifor", "username": "sifor_bot", "can_join_groups": false,
            "can_read_all_group_messages": false, "supports_inline_queries": false, "has_main_web_app": false}),
        ),
        "getwebhookinfo" => {
            let url = inner.lock().unwrap().webhook.as_ref().map(|w| w.0.clone()).unwrap_or_default();
            ok(json!({"url": url, "has_custom_certificate": false, "pending_update_count": 0}))
        }
        "deletewebhook" => {
            inner.lock().unwrap().webhook = None;
            ok(json!(true))
        }
        "setwebhook" => {
            let url = body["url"].as_str().unwrap_or_default().to_string();
            let secret = body["secret_token"].as_str().map(str::to_string);
            inner.lock().unwrap().webhook = Some((url, secret));
            ok(json!(true))
        }
        "getupdates" => get_updates(shared, &body).await,
        "sendmessage" | "editmessagetext" | "editmessagereplymarkup" => message(inner, &method, &body),
        "senddocument" => {
            let chat = chat.unwrap_or_default();
            let (name, content) = (
                body["document"]["file_name"].as_str().unwrap_or_default(),
                body["document"]["content"].as_str().unwrap_or_default(),
            );
            let mut s = inner.lock().unwrap();
            s.next_message += 1;
            let id = s.next_message;
            let caption = parse_html(body["caption"].as_str().unwrap_or_default()).unwrap_or_default();
            let seen = Seen {
                id,
                text: caption,
                buttons: vec![],
                data: vec![],
                document: Some((name.to_string(), content.to_string())),
            };
            s.chats.entry(chat).or_default().push(seen);
            ok(json!({"message_id": id, "date": 1_800_000_000, "chat": FakeTelegram::chat(chat),
                "document": {"file_id": "doc", "file_unique_id": "udoc", "file_name": name}}))
        }
        "answercallbackquery" => {
            let id = body["callback_query_id"].as_str().unwrap_or_default();
            if inner.lock().unwrap().open_queries.remove(id) {
                ok(json!(true))
            } else {
                error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
            }
        }
        "setmycommands" | "sendchataction" | "deletemycommands" => ok(json!(true)),
        _ => error(404, "Not Found"),
    }
}

async fn get_updates(shared: &Shared, body: &Value) -> Response {
    let (inner, notify) = (&shared.inner, &shared.updates_ready);
    let offset = body["offset"].as_i64().unwrap_or(0);
    let timeout = Duration::from_secs(body["timeout"].as_u64().unwrap_or(0).min(50));
    let limit = body["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let notified = notify.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        {
            let mut s = inner.lock().unwrap();
            if offset > 0 {
                s.updates.retain(|(id, _)| *id >= offset);
                s.offset_confirmed = s.offset_confirmed.max(offset - 1);
            }
            shared.bump();
            if !s.updates.is_empty() {
                let batch: Vec<String> = s.updates.iter().take(limit).map(|(_, u)| u.clone()).collect();
                let text = format!("{{\"ok\":true,\"result\":[{}]}}", batch.join(","));
                return (StatusCode::OK, [("content-type", "application/json")], text).into_response();
            }
        }
        if timeout.is_zero() || tokio::time::timeout_at(deadline, notified).await.is_err() {
            return ok(json!([]));
        }
    }
}

fn message(inner: &Mutex<Inner>, method: &str, body: &Value) -> Response {
    let chat = body["chat_id"].as_i64().unwrap_or_default();
    let raw = body["text"].as_str();
    let text = match raw.map(parse_html) {
        Some(Ok(t)) => Some(t),
        Some(Err(e)) => return error(400, &e),
        None => None,
    };
    if let Some(t) = &text {
        if t.trim().is_empty() {
            return error(400, "Bad Request: message text is empty");
        }
        if t.chars().map(char::len_utf16).sum::<usize>() > 4096 {
            return error(
                400,
                if method == "sendmessage" {
                    "Bad Request: message is too long"
                } else {
                    "Bad Request: MESSAGE_TOO_LONG"
                },
            );
        }
    }
    let (labels, data) = match buttons(&body["reply_markup"]) {
        Ok(b) => b,
        Err(e) => return error(400, e),
    };
    let mut s = inner.lock().unwrap();
    if let Some(start) = s.waiting.remove(&chat) {
        s.latencies.push(start.elapsed());
        if let Some(tx) = &s.replies {
            let _ = tx.send(chat);
        }
    }
    let id = if method == "sendmessage" {
        s.next_message += 1;
        let id = s.next_message;
        let seen = Seen { id, text: text.clone().unwrap_or_default(), buttons: labels, data, document: None };
        s.chats.entry(chat).or_default().push(seen);
        id
    } else {
        let id = body["message_id"].as_i64().unwrap_or_default();
        let Some(seen) = s.chats.get_mut(&chat).and_then(|m| m.iter_mut().find(|m| m.id == id)) else {
            return error(400, "Bad Request: message to edit not found");
        };
        let new_text = text.clone().unwrap_or_else(|| seen.text.clone());
        if new_text == seen.text && labels == seen.buttons && data == seen.data {
            return error(400, NOT_MODIFIED);
        }
        seen.text = new_text;
        seen.buttons = labels;
        seen.data = data;
        id
    };
    let seen = s.chats[&chat].iter().find(|m| m.id == id).unwrap().clone();
    ok(json!({"message_id": id, "date": 1_800_000_000, "chat": FakeTelegram::chat(chat), "text": seen.text,
        "from": {"id": 1, "is_bot": true, "first_name": "sifor", "username": "sifor_bot"}}))
}

/// Content fields of the message kinds a user may send instead of text.
pub fn other_kinds() -> Vec<(&'static str, Value)> {
    vec![
        (
            "sticker",
            json!({"sticker": {"file_id": "s1", "file_unique_id": "us1", "type": "regular", "width": 512, "height": 512, "is_animated": false, "is_video": false, "emoji": "👍"}}),
        ),
        (
            "photo",
            json!({"photo": [{"file_id": "p1", "file_unique_id": "up1", "width": 90, "height": 90, "file_size": 100}]}),
        ),
        (
            "voice",
            json!({"voice": {"file_id": "v1", "file_unique_id": "uv1", "duration": 2, "mime_type": "audio/ogg", "file_size": 100}}),
        ),
        (
            "video",
            json!({"video": {"file_id": "vd1", "file_unique_id": "uvd1", "width": 10, "height": 10, "duration": 1, "mime_type": "video/mp4", "file_size": 100}}),
        ),
        ("location", json!({"location": {"latitude": 52.5, "longitude": 13.4}})),
        ("contact", json!({"contact": {"phone_number": "+4900000000", "first_name": "A"}})),
        ("document", json!({"document": {"file_id": "d1", "file_unique_id": "ud1", "file_name": "cv.pdf"}})),
        ("dice", json!({"dice": {"emoji": "🎲", "value": 3}})),
        (
            "poll",
            json!({"poll": {"id": "p", "question": "Q?", "options": [{"text": "a", "voter_count": 0}, {"text": "b", "voter_count": 0}],
            "total_voter_count": 0, "is_closed": false, "is_anonymous": true, "type": "regular", "allows_multiple_answers": false}}),
        ),
    ]
}
