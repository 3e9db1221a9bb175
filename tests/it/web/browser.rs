//! The page in a real headless browser: Debian's Chromium driven through chromedriver's W3C
//! WebDriver HTTP API, at phone size (390 × 844). For `/en/` and `/ar/`: `lang` and `dir` on
//! `<html>`, nothing wider than the screen (the document, and every element), no script, every
//! same-origin link answers 200, and a screenshot of the whole page in
//! `target/screenshots/web-{en,ar}.png`. Without a browser (`.ci/run` installs one) it says NOTE
//! and skips.

use super::{LONG_WORD, serve, world};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const WIDTH: u32 = 390;
const HEIGHT: u32 = 844;

/// chromedriver on a free port, ended (it and its browsers) when dropped.
struct Driver {
    child: Child,
    url: String,
    session: String,
    http: reqwest::Client,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    async fn start() -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let http = reqwest::Client::builder().timeout(Duration::from_secs(60)).build().unwrap();
        let url = format!("http://127.0.0.1:{port}");
        let mut driver = Driver { child, url, session: String::new(), http };
        for _ in 0..100 {
            let ready = driver.http.get(format!("{}/status", driver.url)).send().await;
            if let Ok(r) = ready
                && r.json::<Value>().await.is_ok_and(|v| v["value"]["ready"] == true)
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-US",
                         format!("--window-size={WIDTH},{HEIGHT}")],
                "mobileEmulation": { "deviceMetrics": { "width": WIDTH, "height": HEIGHT, "pixelRatio": 1.0, "touch": true } },
            },
        } } });
        let session = driver.call(reqwest::Method::POST, "/session", Some(capabilities)).await;
        driver.session = session["sessionId"].as_str().expect("a session").to_string();
        driver
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let path = path.replace("{s}", &self.session);
        let mut request = self.http.request(method, format!("{}{path}", self.url));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let answer: Value = request.send().await.unwrap().json().await.unwrap();
        let value = answer.get("value").cloned().unwrap_or(Value::Null);
        assert!(value.get("error").is_none(), "WebDriver {path}: {value}");
        value
    }

    async fn open(&self, url: &str) {
        self.call(reqwest::Method::POST, "/session/{s}/url", Some(json!({ "url": url }))).await;
    }

    async fn script(&self, script: &str) -> Value {
        self.call(reqwest::Method::POST, "/session/{s}/execute/sync", Some(json!({ "script": script, "args": [] })))
            .await
    }

    /// The whole page, not only the screen: Chrome's own screenshot beyond the viewport.
    async fn screenshot(&self, to: &Path) {
        let height =
            self.script("return document.documentElement.scrollHeight").await.as_f64().unwrap_or(f64::from(HEIGHT));
        let params = json!({ "cmd": "Page.captureScreenshot", "params": {
            "format": "png", "captureBeyondViewport": true,
            "clip": { "x": 0, "y": 0, "width": WIDTH, "height": height, "scale": 1 } } });
        let shot = self.call(reqwest::Method::POST, "/session/{s}/goog/cdp/execute", Some(params)).await;
        let data = shot["data"].as_str().expect("a screenshot").to_string();
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(to, base64(&data)).unwrap();
    }

    async fn quit(&self) {
        self.call(reqwest::Method::DELETE, "/session/{s}", None).await;
    }
}

fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not base64: {c}"),
        }
    };
    let clean: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace() && *b != b'=').collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, c)| acc | value(*c) << (18 - 6 * i));
        out.extend(&[(n >> 16) as u8, (n >> 8) as u8, n as u8][..chunk.len() - 1]);
    }
    out
}

fn screenshots() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().join("screenshots")
}

/// Elements that reach beyond the screen's edges (with their text, to say which).
const OVERFLOW: &str = "const w = window.innerWidth; return Array.from(document.querySelectorAll('body *'))
    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > w + 0.5 || r.left < -0.5); })
    .map(e => e.tagName + ': ' + (e.textContent || '').trim().slice(0, 60));";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_reads_well_on_a_phone_in_a_real_browser() {
    if !Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists() {
        println!("NOTE: no headless browser; the page's browser checks are skipped");
        eprintln!("NOTE: no headless browser; the page's browser checks are skipped");
        return;
    }
    let db = crate::db::sqlite().await;
    let w = world(&db).await;
    w.app.set_bot_username("sifor_test_bot");
    let server = serve(w.app.clone()).await;
    let driver = Driver::start().await;
    for (tag, dir) in [("en", "ltr"), ("ar", "rtl")] {
        driver.open(&format!("{}/{tag}/", server.base)).await;
        let html = driver
            .script(
                "const h = document.documentElement; return [h.lang, h.dir, getComputedStyle(document.body).direction]",
            )
            .await;
        assert_eq!(html, json!([tag, dir, dir]), "{tag}");
        let sizes = driver
            .script("return [document.documentElement.scrollWidth, window.innerWidth, document.scripts.length]")
            .await;
        let (scroll, inner) = (sizes[0].as_f64().unwrap(), sizes[1].as_f64().unwrap());
        assert_eq!(inner, f64::from(WIDTH), "{tag}: the phone's width");
        assert!(scroll <= inner, "{tag}: the page is {scroll}px wide on a {inner}px screen");
        assert_eq!(sizes[2], 0, "{tag}: no script");
        let wide = driver.script(OVERFLOW).await;
        assert_eq!(wide, json!([]), "{tag}: elements beyond the screen");
        let long = driver.script(&format!("return document.body.innerText.includes('{LONG_WORD}')")).await;
        assert_eq!(long, true, "{tag}: the long word is on the page (and wrapped)");
        let font = driver.script("return parseFloat(getComputedStyle(document.body).fontSize)").await;
        assert!(font.as_f64().unwrap() >= 16.0, "{tag}: text large enough to read");
        let links = driver.script("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)").await;
        let links: Vec<String> = links.as_array().unwrap().iter().map(|l| l.as_str().unwrap().to_string()).collect();
        assert!(links.iter().any(|l| l == "https://t.me/sifor_test_bot?start=web"), "{tag}: {links:?}");
        let own: Vec<&String> = links.iter().filter(|l| l.starts_with(&server.base)).collect();
        assert!(own.len() >= 14 + 6, "{tag}: languages and feeds: {own:?}");
        for link in own {
            let status = server.client.get(link).send().await.unwrap().status();
            assert_eq!(status, 200, "{tag}: {link}");
        }
        driver.screenshot(&screenshots().join(format!("web-{tag}.png"))).await;
    }
    driver.quit().await;
    println!("screenshots: {}", screenshots().display());
    db.finish().await;
}
