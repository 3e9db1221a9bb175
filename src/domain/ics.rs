//! Calendar files (iCalendar, RFC 5545) for events. When a refugee registers for a workshop or a
//! salon, the bot sends the event as an `.ics` document, so it lands in their own calendar at the
//! right wall-clock time in the event's zone. The UID stays the same across every version of the
//! file and SEQUENCE is raised on every change (a move, a cancellation), so calendar programs
//! replace the older copy instead of adding a second entry. Pure: text in, text out.

use crate::domain::localtime::{Local, Zone, civil};

/// One event as a calendar file shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event<'a> {
    /// Stable across every version of the file: `sifor-event-{id}@{host}`.
    pub uid: &'a str,
    /// Raised on every change (move, cancel); calendars replace the older copy.
    pub sequence: i64,
    /// When this version was made (UTC seconds) -> DTSTAMP.
    pub stamp: i64,
    /// UTC seconds; shown as wall-clock time in `zone` (DTSTART;TZID=...).
    pub starts: i64,
    /// DTEND = starts + duration (in the same TZID form).
    pub duration_secs: i64,
    pub zone: Zone,
    /// SUMMARY (already in the reader's language).
    pub title: &'a str,
    /// DESCRIPTION (may be empty: then omitted).
    pub description: &'a str,
    /// LOCATION (omitted when `None` or empty).
    pub location: Option<&'a str>,
    /// URL (omitted when it holds CR, LF or other control characters).
    pub url: Option<&'a str>,
    pub cancelled: bool,
}

/// The UID of an event: `sifor-event-{id}@{host}`.
pub fn uid(id: i64, host: &str) -> String {
    format!("sifor-event-{id}@{host}")
}

/// The calendar file of one event (METHOD:PUBLISH, one VTIMEZONE for the event's zone, one
/// VEVENT without organizer or attendees). Lines end with CRLF and are folded at 75 octets.
pub fn render(event: &Event<'_>) -> String {
    let tzid = event.zone.name();
    let ends = event.starts.saturating_add(event.duration_secs.max(0));
    let mut lines: Vec<String> = HEAD.lines().map(String::from).collect();
    lines.push(format!("TZID:{tzid}"));
    lines.extend(RULES.lines().map(String::from));
    lines.extend([
        format!("UID:{}", escape(event.uid)),
        format!("SEQUENCE:{}", event.sequence),
        format!("DTSTAMP:{}", utc_text(event.stamp)),
        format!("DTSTART;TZID={tzid}:{}", local_text(event.zone.local(event.starts), event.starts)),
        format!("DTEND;TZID={tzid}:{}", local_text(event.zone.local(ends), ends)),
        format!("SUMMARY:{}", escape(event.title)),
    ]);
    let description = escape(event.description);
    if !description.is_empty() {
        lines.push(format!("DESCRIPTION:{description}"));
    }
    if let Some(location) = event.location.map(escape).filter(|l| !l.is_empty()) {
        lines.push(format!("LOCATION:{location}"));
    }
    if let Some(url) = event.url.filter(|u| !u.is_empty() && !u.chars().any(char::is_control)) {
        lines.push(format!("URL:{url}"));
    }
    let status = if event.cancelled { "STATUS:CANCELLED" } else { "STATUS:CONFIRMED" };
    lines.extend([status, "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"].map(String::from));
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

/// Several events in one calendar file (the public feed): the calendar's properties, one
/// VTIMEZONE per zone used, then one VEVENT per event, each as [`render`] writes it. Without
/// events it is a calendar with no component (calendar programs read it as empty).
pub fn render_all(events: &[Event<'_>]) -> String {
    let head = HEAD.strip_suffix("\nBEGIN:VTIMEZONE").unwrap_or(HEAD);
    let mut out: String = head.lines().map(|l| format!("{l}\r\n")).collect();
    let mut zones = Vec::new();
    let mut vevents = String::new();
    for event in events {
        let one = render(event);
        if !zones.contains(&event.zone) {
            zones.push(event.zone);
            out.push_str(component(&one, "VTIMEZONE"));
        }
        vevents.push_str(component(&one, "VEVENT"));
    }
    out.push_str(&vevents);
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// The lines from `BEGIN:{name}` to `END:{name}` (with their CRLF) of a file [`render`] wrote.
fn component<'a>(text: &'a str, name: &str) -> &'a str {
    let begin = format!("BEGIN:{name}\r\n");
    let end = format!("END:{name}\r\n");
    let Some(start) = text.find(&begin) else { return "" };
    text[start..].find(&end).map_or("", |len| &text[start..start + len + end.len()])
}

/// How many VEVENTs a calendar file holds (lines unfolded, any case).
pub fn count_events(text: &str) -> usize {
    text.split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| l.trim_end().eq_ignore_ascii_case("BEGIN:VEVENT"))
        .count()
}

/// The calendar's properties and the start of its VTIMEZONE (the TZID follows), one per line.
const HEAD: &str = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//SiforREF//sifor//EN\nCALSCALE:GREGORIAN\n\
                    METHOD:PUBLISH\nBEGIN:VTIMEZONE";

/// The EU rule (CET/CEST) every zone of the project keeps, then the start of the VEVENT.
const RULES: &str = "BEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\n\
                     RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\n\
                     BEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nDTSTART:19701025T030000\n\
                     RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE\nBEGIN:VEVENT";

/// `20261203T170000Z`.
fn utc_text(t: i64) -> String {
    let (year, month, day) = civil(t.div_euclid(86_400));
    let s = t.rem_euclid(86_400);
    format!("{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z", s / 3_600, s % 3_600 / 60, s % 60)
}

/// `20261203T180000`: the wall-clock time `local` of the instant `t` (whose seconds it adds).
fn local_text(local: Local, t: i64) -> String {
    let Local { year, month, day, hour, minute } = local;
    format!("{year:04}{month:02}{day:02}T{hour:02}{minute:02}{:02}", t.rem_euclid(60))
}

/// Text with the control characters other than newline and tab removed (what `render` keeps).
fn clean(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|c| *c == '\n' || *c == '\t' || !c.is_control())
}

/// A TEXT value escaped per RFC 5545 (after `clean`).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text) {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// Appends one content line folded at 75 octets (CRLF + one space), never inside a character.
fn fold(line: &str, out: &mut String) {
    let mut len = 0;
    for c in line.chars() {
        if len + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// What a calendar program would read back from a file (for tests and for checking what was
/// sent). Text values (uid, summary, description, location) are unescaped; `dtstart_local` is as
/// written (`20261203T180000`); `timezones` holds the TZIDs of the VTIMEZONE blocks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub method: Option<String>,
    pub uid: Option<String>,
    pub sequence: Option<i64>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub location: Option<String>,
    pub url: Option<String>,
    pub status: Option<String>,
    pub dtstart_tzid: Option<String>,
    pub dtstart_local: Option<String>,
    pub has_organizer: bool,
    pub timezones: Vec<String>,
}

/// Why a text is not a calendar file with an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// No `BEGIN:VCALENDAR`.
    NotACalendar,
    /// A calendar without a VEVENT.
    NoEvent,
}

/// Parses a calendar file: unfolds lines (CRLF or LF followed by space/tab), reads the
/// VCALENDAR's METHOD, the VTIMEZONE TZIDs and the first VEVENT's properties (parameters split
/// off, text values unescaped). Total: any input gives `Ok` or `Err`.
pub fn parse(text: &str) -> Result<Parsed, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines: Vec<String> = Vec::new(); // unfolded
    for raw in text.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match (raw.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => lines.push(raw.to_string()),
        }
    }
    let mut parsed = Parsed::default();
    let mut stack: Vec<String> = Vec::new();
    let (mut seen_calendar, mut events) = (false, 0u32);
    for line in &lines {
        let Some((name, tzid, value)) = split_line(line) else { continue };
        let component = || value.trim().to_ascii_uppercase();
        // Real files nest three deep; the cap keeps garbage from making END searches quadratic.
        if name == "BEGIN" && stack.len() < 16 && (!stack.is_empty() || component() == "VCALENDAR") {
            seen_calendar = true;
            events = events.saturating_add(u32::from(component() == "VEVENT" && stack.len() == 1));
            stack.push(component());
            continue;
        }
        if name == "END" {
            let component = component();
            if let Some(at) = stack.iter().rposition(|c| *c == component) {
                stack.truncate(at);
            }
            continue;
        }
        let (depth, top) = (stack.len(), stack.last().map(String::as_str));
        let in_first_event = top == Some("VEVENT") && depth == 2 && events == 1;
        match (top, name.as_str()) {
            (Some("VCALENDAR"), "METHOD") if depth == 1 => set(&mut parsed.method, value),
            (Some("VTIMEZONE"), "TZID") if depth == 2 => parsed.timezones.push(value.to_string()),
            (_, "UID") if in_first_event => set(&mut parsed.uid, unescape(value)),
            (_, "SEQUENCE") if in_first_event && parsed.sequence.is_none() => {
                parsed.sequence = value.trim().parse().ok();
            }
            (_, "SUMMARY") if in_first_event => set(&mut parsed.summary, unescape(value)),
            (_, "DESCRIPTION") if in_first_event => set(&mut parsed.description, unescape(value)),
            (_, "LOCATION") if in_first_event => set(&mut parsed.location, unescape(value)),
            (_, "URL") if in_first_event => set(&mut parsed.url, value),
            (_, "STATUS") if in_first_event => set(&mut parsed.status, value.trim()),
            (_, "ORGANIZER") if in_first_event => parsed.has_organizer = true,
            (_, "DTSTART") if in_first_event && parsed.dtstart_local.is_none() => {
                parsed.dtstart_local = Some(value.trim().to_string());
                parsed.dtstart_tzid = tzid;
            }
            _ => {}
        }
    }
    if !seen_calendar {
        return Err(ParseError::NotACalendar);
    }
    if events == 0 {
        return Err(ParseError::NoEvent);
    }
    Ok(parsed)
}

/// Keeps the first value of a property.
fn set(slot: &mut Option<String>, value: impl Into<String>) {
    if slot.is_none() {
        *slot = Some(value.into());
    }
}

/// A content line as (upper-case name, its TZID parameter if any, raw value). Quoted parameter
/// values may hold `:` and `;`.
fn split_line(line: &str) -> Option<(String, Option<String>, &str)> {
    let mut quoted = false;
    let mut head = String::new();
    let mut parts: Vec<String> = Vec::new();
    for (i, c) in line.char_indices() {
        quoted ^= c == '"';
        match c {
            ':' if !quoted => {
                let value = line.get(i + 1..)?;
                parts.push(std::mem::take(&mut head));
                let mut parts = parts.into_iter();
                let name = parts.next()?.trim().to_ascii_uppercase();
                let tzid = parts.find_map(|p| {
                    let (key, v) = p.split_once('=')?;
                    key.trim().eq_ignore_ascii_case("TZID").then(|| v.trim_matches('"').to_string())
                });
                return if name.is_empty() { None } else { Some((name, tzid, value)) };
            }
            ';' if !quoted => parts.push(std::mem::take(&mut head)),
            _ => head.push(c),
        }
    }
    None
}

/// A TEXT value with the RFC 5545 escapes undone; an unknown escape is kept as written.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(e @ ('\\' | ';' | ',')) => out.push(e),
            Some(other) => out.extend(['\\', other]),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::localtime::days_from_civil;
    use proptest::prelude::*;

    fn utc(y: i64, mo: u32, d: u32, h: i64) -> i64 {
        days_from_civil(y, mo, d) * 86_400 + h * 3_600
    }

    fn event(title: &str, starts: i64) -> Event<'_> {
        Event {
            uid: "sifor-event-7@sifor.example",
            sequence: 3,
            stamp: utc(2026, 11, 20, 9) + 125,
            starts,
            duration_secs: 7_200,
            zone: Zone::Berlin,
            title,
            description: "",
            location: None,
            url: None,
            cancelled: false,
        }
    }

    /// Every line at most 75 octets and ended by CRLF; returns the file read back.
    fn checked(text: &str) -> Parsed {
        let body = text.strip_suffix("\r\n").expect("ends with CRLF");
        for line in body.split("\r\n") {
            assert!(line.len() <= 75 && !line.contains(['\r', '\n']), "{line:?}");
        }
        parse(text).expect("a calendar with an event")
    }

    #[test]
    fn a_file_reads_back_as_it_was_written() {
        let title = "Salon: CV, cover letter; \"Bewerbung\"\nبا مترجم عربي \\ 2nd line\\n";
        let mut e = event(title, utc(2026, 12, 3, 17));
        e.description = "Bring your papers, please; ورشة";
        e.location = Some("Haus der Vielfalt, Raum 2; Berlin");
        e.url = Some("https://example.org/e/7?a=1;b=2,c");
        let text = render(&e);
        let expected = Parsed {
            method: Some("PUBLISH".into()),
            uid: Some(e.uid.into()),
            sequence: Some(3),
            summary: Some(title.into()),
            description: Some(e.description.into()),
            location: e.location.map(String::from),
            url: e.url.map(String::from),
            status: Some("CONFIRMED".into()),
            dtstart_tzid: Some("Europe/Berlin".into()),
            dtstart_local: Some("20261203T180000".into()),
            has_organizer: false,
            timezones: vec!["Europe/Berlin".into()],
        };
        assert_eq!(checked(&text), expected);
        assert!(!text.contains("ORGANIZER") && !text.contains("ATTENDEE"));
        for line in ["DTSTAMP:20261120T090205Z", "DTEND;TZID=Europe/Berlin:20261203T200000", "TRANSP:OPAQUE"] {
            assert!(text.contains(&format!("\r\n{line}\r\n")), "{line}");
        }
    }

    #[test]
    fn wall_clock_time_holds_across_the_spring_change() {
        let before = checked(&render(&event("x", utc(2026, 3, 28, 17))));
        let after = checked(&render(&event("x", utc(2026, 3, 30, 16))));
        assert_eq!(before.dtstart_local.as_deref(), Some("20260328T180000"));
        assert_eq!(after.dtstart_local.as_deref(), Some("20260330T180000"));
        let rome = checked(&render(&Event { zone: Zone::Rome, ..event("x", utc(2026, 7, 1, 7)) }));
        assert_eq!(rome.dtstart_tzid.as_deref(), Some("Europe/Rome"));
        assert_eq!(rome.dtstart_local.as_deref(), Some("20260701T090000"));
        assert_eq!(rome.timezones, vec!["Europe/Rome".to_string()]);
    }

    #[test]
    fn a_cancelled_event_says_so_and_empty_parts_are_left_out() {
        let mut e = Event { cancelled: true, sequence: 4, ..event("Workshop", utc(2026, 12, 3, 17)) };
        e.location = Some("");
        e.url = Some("https://example.org/\r\nX-EVIL:1");
        let text = render(&e);
        let p = checked(&text);
        assert_eq!((p.status.as_deref(), p.sequence), (Some("CANCELLED"), Some(4)));
        assert_eq!((p.description, p.location, p.url), (None, None, None));
        assert!(!text.contains("X-EVIL"));
        assert_eq!(uid(7, "sifor.example"), "sifor-event-7@sifor.example");
    }

    #[test]
    fn a_long_arabic_title_folds_between_characters() {
        let title = "ورشة عمل حول كتابة السيرة الذاتية والتقديم على الوظائف في ألمانيا، مع مترجم ".repeat(4);
        let text = render(&event(&title, utc(2026, 12, 3, 17)));
        assert!(text.contains("\r\n "), "the title should be folded");
        assert_eq!(checked(&text).summary, Some(title));
    }

    #[test]
    fn parse_reads_other_writers_and_refuses_what_is_not_a_calendar() {
        let text = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:a\n b\nORGANIZER;CN=\"x:y\":mailto:o@e\n\
                    DTSTART;TZID=\"Europe/Vienna\":20260701T093000\nsummary:Hi\\, there\\N\nEND:VEVENT\n\
                    BEGIN:VEVENT\nUID:second\nEND:VEVENT\nEND:VCALENDAR\n";
        let p = parse(text).unwrap();
        assert_eq!((p.method.as_deref(), p.uid.as_deref(), p.has_organizer), (Some("REQUEST"), Some("ab"), true));
        assert_eq!(
            (p.dtstart_tzid.as_deref(), p.dtstart_local.as_deref()),
            (Some("Europe/Vienna"), Some("20260701T093000"))
        );
        assert_eq!(p.summary.as_deref(), Some("Hi, there\n"));
        assert_eq!(parse(""), Err(ParseError::NotACalendar));
        assert_eq!(parse("BEGIN:VEVENT\r\nEND:VEVENT"), Err(ParseError::NotACalendar));
        assert_eq!(parse("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), Err(ParseError::NoEvent));
        assert!(parse("END:VCALENDAR\nBEGIN:VCALENDAR\nEND:VEVENT\nBEGIN:VEVENT\nBEGIN:VEVENT").is_ok());
    }

    fn line() -> impl Strategy<Value = String> {
        let known =
            vec!["BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VTIMEZONE", "TZID:x", " \\"];
        prop_oneof![proptest::sample::select(known).prop_map(String::from), any::<String>()]
    }

    proptest! {
        #[test]
        fn parse_is_total(s in any::<String>()) {
            let _ = parse(&s);
        }

        #[test]
        fn parse_is_total_on_calendar_like_lines(lines in proptest::collection::vec(line(), 0..30), lf in any::<bool>()) {
            let _ = parse(&lines.join(if lf { "\n" } else { "\r\n" }));
        }

        #[test]
        fn titles_and_places_round_trip(title in any::<String>(), place in proptest::option::of(any::<String>()), about in any::<String>()) {
            let e = Event { location: place.as_deref(), description: &about, ..event(&title, utc(2026, 10, 25, 0)) };
            let p = checked(&render(&e));
            let cleaned = |s: &str| Some(clean(s).collect::<String>()).filter(|c| !c.is_empty());
            prop_assert_eq!(p.summary, Some(clean(&title).collect::<String>()));
            prop_assert_eq!(p.location, place.as_deref().and_then(cleaned));
            prop_assert_eq!(p.description, cleaned(&about));
        }
    }
}
