//! The announcement card every recipient reads, built from the structured fields and localized
//! in the reader's locale (kind, weekday, date and time in the region's zone, place, buttons);
//! the coordinator's free text comes in the reader's language when there is one, else in the
//! first language of the reader's fallback chain that has one, marked with that language's name.
//! "Why do I get this?" explains which of the reader's answers put them in the audience.

use crate::domain::announcement::{Announcement, Audience, Recipient, Why};
use crate::domain::codes;
use crate::flow::Arg;
use crate::i18n::{Locales, rtl};
use crate::services::refugee::view::{Button, Press, View};

pub use super::seating::Seating;

/// The card of announcement `id` for a reader of `tag`.
pub fn card(locales: &Locales, tag: &str, id: i64, a: &Announcement, cancelled: bool) -> View {
    card_with(locales, tag, id, a, cancelled, None)
}

/// The card of an event for one reader: what it says about seats, the reader's own
/// registration, and the buttons that go with it.
pub fn card_with(
    locales: &Locales,
    tag: &str,
    id: i64,
    a: &Announcement,
    cancelled: bool,
    seating: Option<&Seating<'_>>,
) -> View {
    let mut lines = Vec::new();
    if cancelled {
        lines.push(locales.raw(tag, "ann-cancelled", &[]).unwrap_or_default());
    }
    lines.push(locales.raw(tag, &format!("ann-kind-{}", a.kind.code()), &[]).unwrap_or_default());
    if let Some(starts) = a.starts {
        lines.push(when(locales, tag, a, starts));
    }
    if let Some(place) = &a.place {
        lines.push(locales.raw(tag, "ann-place", &[("place", Arg::Str(place.as_str().into()))]).unwrap_or_default());
    }
    if let Some(seating) = seating.filter(|_| !cancelled) {
        lines.extend(seating.lines(locales, tag, a));
    }
    let rtl_reader = locales.is_rtl(tag);
    if let Some((text_tag, text)) = a.text_for(locales.chain(tag)) {
        lines.push(String::new());
        if !is_own(locales, tag, text_tag) {
            let language = locales.language(text_tag).map_or(text_tag.to_string(), |l| l.name.clone());
            lines.push(
                locales.raw(tag, "ann-written-in", &[("language", Arg::Str(language.into()))]).unwrap_or_default(),
            );
        }
        // Free text in another direction than the reader's is isolated line by line, so Telegram
        // lays out neither the text nor the card around it backwards.
        let foreign = rtl_reader != locales.is_rtl(text_tag);
        for line in text.title.lines().chain(std::iter::once("")).chain(text.body.lines()) {
            if foreign && !line.is_empty() {
                lines.push(format!("{}{line}{}", rtl::FSI, rtl::PDI));
            } else {
                lines.push(line.to_string());
            }
        }
    }
    let text = locales.finish(tag, lines.join("\n").trim_end().to_string());
    let mut options = match seating {
        Some(seating) if !cancelled => seating.buttons(locales, tag, id),
        _ => Vec::new(),
    };
    if let Some(link) = &a.link {
        options.push(Button { label: locales.text(tag, "btn-ann-link", &[]), press: Press::Link(link.clone()) });
    }
    let nav = vec![
        Button { label: locales.text(tag, "btn-ann-why", &[]), press: Press::AnnouncementWhy(id) },
        Button { label: locales.text(tag, "btn-ann-stop", &[]), press: Press::AnnouncementStop },
    ];
    View::Keyboard { text, options, nav, refresh: false }
}

/// Telegram's limit for a message text, in UTF-16 code units.
pub const MAX_UTF16: usize = 4_096;

/// The first language whose card (in its longest form, cancelled) would be longer than Telegram
/// takes: such an announcement would fail for all its readers, so it is refused before it is stored.
pub fn too_long(locales: &Locales, a: &Announcement) -> Option<String> {
    let long = |tag: &str| match card(locales, tag, i64::MAX, a, true) {
        View::Keyboard { text, .. } => text.encode_utf16().count() > MAX_UTF16,
        _ => false,
    };
    locales.languages().iter().find(|l| long(&l.tag)).map(|l| l.tag.clone())
}

/// Whether a reader of `tag` reads a text written in `text_tag` as their own: the same
/// language, or one of its own fallbacks (Persian for a Dari reader), but not the reference.
pub fn is_own(locales: &Locales, tag: &str, text_tag: &str) -> bool {
    text_tag == tag || (text_tag != crate::i18n::REFERENCE && locales.chain(tag).iter().any(|t| t == text_tag))
}

/// "🗓️ Thursday, 3/12/2026, 18:00 (time in Germany)".
pub fn when(locales: &Locales, tag: &str, a: &Announcement, starts: i64) -> String {
    let (weekday, date, time) = parts(locales, tag, a, starts);
    let country = country_of_zone(&a.audience);
    let zone = locales.raw(tag, &format!("opt-country-{}", country.to_lowercase()), &[]).unwrap_or_default();
    locales
        .raw(
            tag,
            "ann-when",
            &[
                ("weekday", Arg::Str(weekday.into())),
                ("date", Arg::Str(date.into())),
                ("time", Arg::Str(time.into())),
                ("zone", Arg::Str(zone.into())),
            ],
        )
        .unwrap_or_default()
}

/// "Thursday, 3/12/2026, 18:00" in the announcement's zone (a deadline, a reminder's time).
pub fn moment(locales: &Locales, tag: &str, a: &Announcement, t: i64) -> String {
    let (weekday, date, time) = parts(locales, tag, a, t);
    let args =
        [("weekday", Arg::Str(weekday.into())), ("date", Arg::Str(date.into())), ("time", Arg::Str(time.into()))];
    locales.raw(tag, "ev-moment", &args).unwrap_or_default()
}

fn parts(locales: &Locales, tag: &str, a: &Announcement, t: i64) -> (String, String, String) {
    let local = a.zone.local(t);
    let weekday = locales.raw(tag, &format!("ann-weekday-{}", local.weekday()), &[]).unwrap_or_default();
    let date = date(locales, tag, &local);
    let time = format!("{:02}:{:02}", local.hour, local.minute);
    (weekday, date, time)
}

/// "3/12/2026" in the reader's way of writing dates.
pub fn date(locales: &Locales, tag: &str, local: &crate::domain::localtime::Local) -> String {
    let args = [
        ("day", Arg::Num(i64::from(local.day))),
        ("month", Arg::Num(i64::from(local.month))),
        ("year", Arg::Num(local.year)),
    ];
    locales.raw(tag, "ann-date", &args).unwrap_or_default()
}

fn country_of_zone(audience: &Audience) -> &'static str {
    let zone = audience.zone();
    codes::COUNTRIES
        .iter()
        .copied()
        .find(|c| crate::domain::localtime::Zone::of_country(c) == Some(zone))
        .unwrap_or("DE")
}

/// The answer to "Why do I get this?": the reader's answers that put them in the audience.
pub fn why(locales: &Locales, tag: &str, a: &Announcement, reader: &Recipient) -> String {
    let reasons = a.audience.reasons(reader).unwrap_or_default();
    let mut parts: Vec<String> = reasons
        .iter()
        .filter_map(|w| match w {
            Why::Region(r) => {
                let region = locales.raw(tag, &format!("opt-region-{}", r.replace('_', "-")), &[])?;
                locales.raw(tag, "ann-why-region", &[("region", Arg::Str(region.into()))])
            }
            Why::Country(c) => {
                let country = locales.raw(tag, &format!("opt-country-{}", c.to_lowercase()), &[])?;
                locales.raw(tag, "ann-why-country", &[("country", Arg::Str(country.into()))])
            }
            Why::Language(l) => {
                let language = locales.language(l).map(|x| x.name.clone())?;
                locales.raw(tag, "ann-why-language", &[("language", Arg::Str(language.into()))])
            }
            Why::Goal(g) => {
                let goal = locales.raw(tag, &format!("opt-goal-{}", g.replace('_', "-")), &[])?;
                locales.raw(tag, "ann-why-goal", &[("goal", Arg::Str(goal.into()))])
            }
            Why::Source => locales.raw(tag, "ann-why-source", &[]),
        })
        .collect();
    if parts.is_empty() {
        parts.push(locales.raw(tag, "ann-why-everyone", &[]).unwrap_or_default());
    }
    let list = parts.iter().map(|p| format!("• {p}")).collect::<Vec<_>>().join("\n");
    locales.text(tag, "ann-why", &[("reasons", Arg::Str(list.into()))])
}
