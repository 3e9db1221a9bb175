//! Right-to-left helpers. Telegram guesses a paragraph's direction from its first strong
//! character and has no `dir` attribute, so RTL texts start with U+200F (RLM) and every run of
//! Latin letters or digits inside them (names, numbers, /commands, links) is wrapped in
//! first-strong isolates (U+2068 … U+2069).

pub const RLM: char = '\u{200F}';
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';

/// Letters of right-to-left scripts (Hebrew, Arabic and their presentation forms).
pub fn is_rtl_letter(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Characters that make a left-to-right run: letters of other scripts and digits.
fn is_ltr_strong(c: char) -> bool {
    (c.is_alphabetic() && !is_rtl_letter(c)) || c.is_ascii_digit()
}

/// Prepares a text for an RTL locale: isolates LTR runs, then makes sure every line (Telegram
/// sets the direction per paragraph) starts with RLM or an RTL letter. Idempotent.
pub fn fix_rtl(text: &str) -> String {
    let isolated = isolate_ltr_runs(text);
    let mut out = String::with_capacity(isolated.len() + 8);
    for (i, line) in isolated.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match line.chars().next() {
            Some(c) if c == RLM || is_rtl_letter(c) => {}
            Some(_) => out.push(RLM),
            None => {}
        }
        out.push_str(line);
    }
    out
}

/// Wraps every run of LTR text that is not already inside an isolate in FSI … PDI. A run may
/// hold spaces and punctuation between its letters ("IQ Netzwerk", "A1–A2", "/mydata").
pub fn isolate_ltr_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            FSI | LRI | RLI => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 || !is_ltr_strong(c) {
            out.push(c);
            i += 1;
            continue;
        }
        // A prefix that belongs to the run: the slash of a command, the sign of a number.
        let mut start = i;
        while start > 0 && matches!(chars[start - 1], '/' | '@' | '+' | '#') && out.ends_with(chars[start - 1]) {
            out.pop();
            start -= 1;
        }
        let mut end = i + 1; // one past the last strong character of the run
        let mut j = i + 1;
        while j < chars.len() {
            let d = chars[j];
            if is_rtl_letter(d) || d == '\n' || matches!(d, FSI | LRI | RLI | PDI | RLM) {
                break;
            }
            if is_ltr_strong(d) {
                end = j + 1;
            }
            j += 1;
        }
        out.push(FSI);
        out.extend(&chars[start..end]);
        out.push(PDI);
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_inside_arabic_is_isolated() {
        let out = fix_rtl("أرسل /mydata الآن");
        assert_eq!(out, "أرسل \u{2068}/mydata\u{2069} الآن");
    }

    #[test]
    fn a_text_starting_with_latin_or_emoji_gets_rlm() {
        assert_eq!(fix_rtl("IQ Netzwerk في برلين"), "\u{200F}\u{2068}IQ Netzwerk\u{2069} في برلين");
        assert!(fix_rtl("🔒 خصوصية").starts_with(RLM));
        assert!(fix_rtl("مرحبا").starts_with('م'));
        assert_eq!(fix_rtl("سلام\n🔒 خصوصية"), "سلام\n\u{200F}🔒 خصوصية");
    }

    #[test]
    fn existing_isolates_and_numbers() {
        let already = "السؤال \u{2068}3\u{2069} من \u{2068}9\u{2069}";
        assert_eq!(isolate_ltr_runs(already), already);
        assert_eq!(isolate_ltr_runs("المستوى A1–A2 جيد"), "المستوى \u{2068}A1–A2\u{2069} جيد");
        assert_eq!(fix_rtl(&fix_rtl("سلام sifor")), fix_rtl("سلام sifor"));
    }
}
