//! The stories as an Atom feed (RFC 4287), in the reader's language where a story has it (else
//! the first language of its fallback chain, marked with `xml:lang`), paginated with
//! `rel="next"` links (RFC 5005). Pure: stories in, text out.

use super::feed::credit_name;
use super::http::{self, Paging};
use crate::i18n::Locales;
use crate::storage::stories::Stored;

/// Text escaped for XML content and attribute values (control characters other than tab and
/// newline, which XML 1.0 forbids, are dropped).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

/// The id of a story's entry: a tag URI that never changes.
pub fn entry_id(id: i64) -> String {
    format!("tag:sifor,2026:stories/{id}")
}

/// The feed of `page` (already one page of the shown stories) for a reader of `tag`.
pub fn stories(locales: &Locales, tag: &str, page: &[Stored], paging: Paging, total: i64, changed: i64) -> String {
    let path = "/feed/stories.atom";
    let lang = format!("lang={tag}");
    let title = locales.text(tag, "web-stories-title", &[]);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n", escape(tag)));
    out.push_str(&format!("  <id>tag:sifor,2026:stories</id>\n  <title>{}</title>\n", escape(&title)));
    out.push_str(&format!("  <updated>{}</updated>\n", http::rfc3339(changed)));
    out.push_str("  <author><name>sifor</name></author>\n");
    let self_href = format!("{path}?page={}&per_page={}&{lang}", paging.page, paging.per_page);
    out.push_str(&format!("  <link rel=\"self\" href=\"{}\"/>\n", escape(&self_href)));
    out.push_str(&format!("  <link rel=\"alternate\" type=\"text/html\" href=\"/{}/\"/>\n", escape(tag)));
    if let Some(next) = paging.next(path, total, Some(&lang)) {
        out.push_str(&format!("  <link rel=\"next\" href=\"{}\"/>\n", escape(&next)));
    }
    for s in page {
        let Some((text_tag, text)) = s.story.text_for(locales.chain(tag)) else { continue };
        out.push_str(&format!("  <entry xml:lang=\"{}\">\n", escape(text_tag)));
        out.push_str(&format!("    <id>{}</id>\n", entry_id(s.id)));
        out.push_str(&format!("    <title>{}</title>\n", escape(&text.title)));
        out.push_str(&format!("    <updated>{}</updated>\n", http::rfc3339(s.updated_at)));
        if let Some(published) = s.published_at {
            out.push_str(&format!("    <published>{}</published>\n", http::rfc3339(published)));
        }
        out.push_str(&format!("    <author><name>{}</name></author>\n", escape(&s.story.organisation)));
        out.push_str(&format!("    <category term=\"{}\"/>\n", s.story.kind.code()));
        if let Some(link) = &s.story.link {
            out.push_str(&format!("    <link rel=\"alternate\" href=\"{}\"/>\n", escape(link)));
        }
        let mut content = text.body.clone();
        if let Some(name) = credit_name(s) {
            content.push_str(&format!("\n\n— {name}"));
        }
        out.push_str(&format!("    <content type=\"text\">{}</content>\n", escape(&content)));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}
