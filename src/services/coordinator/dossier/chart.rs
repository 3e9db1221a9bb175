//! A horizontal bar chart as plain inline SVG (no crate: plotters' SVG backend measures text with
//! a Latin estimate and cannot set `direction`, so Arabic labels and a mirrored layout would come
//! out wrong). Labels are given already localized; in a right-to-left dossier the bars grow from
//! the right and the labels read right-to-left. A value under [`SUPPRESS_UNDER`] has no bar
//! and shows "<5" instead of its number, so that no small group can be read off the chart.

use crate::services::partner::report::SUPPRESS_UNDER;
use maud::{Markup, html};

const WIDTH: i64 = 360;
const ROW: i64 = 44;
const BAR: i64 = 16;
const PAD: i64 = 8;
/// Room kept for the value after the longest bar.
const VALUE_ROOM: i64 = 48;

/// A count as shown: "<5" under 5.
pub fn shown(n: i64) -> String {
    let under = i64::try_from(SUPPRESS_UNDER).unwrap_or(5);
    if n < under { format!("<{under}") } else { n.to_string() }
}

/// One chart: `title` (also its accessible name), and `(label, count)` rows in order.
pub fn bars(title: &str, rows: &[(String, i64)], rtl: bool) -> Markup {
    let under = i64::try_from(SUPPRESS_UNDER).unwrap_or(5);
    let max = rows.iter().map(|r| r.1).filter(|n| *n >= under).max().unwrap_or(1).max(1);
    let height = PAD * 2 + ROW * i64::try_from(rows.len()).unwrap_or(0);
    let span = WIDTH - 2 * PAD - VALUE_ROOM;
    // The start edge: left for left-to-right, right for right-to-left.
    let (edge, sign) = if rtl { (WIDTH - PAD, -1) } else { (PAD, 1) };
    html! {
        svg.chart xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(title)
            viewBox={ "0 0 " (WIDTH) " " (height) } width="100%" direction=(if rtl { "rtl" } else { "ltr" })
            font-family="system-ui, 'Noto Sans', 'Noto Naskh Arabic', Tahoma, sans-serif" font-size="13" {
            title { (title) }
            @for (i, (label, n)) in rows.iter().enumerate() {
                @let top = PAD + ROW * i64::try_from(i).unwrap_or(0);
                @let length = if *n >= under { (span * n / max).max(2) } else { 0 };
                @let end = edge + sign * length;
                @let value_x = end + sign * 6;
                g {
                    text x=(edge) y=(top + 14) text-anchor="start" fill="#1c1c1c" { (label) }
                    @if length > 0 {
                        rect x=(edge.min(end)) y=(top + 20) width=(length) height=(BAR) rx="2" fill="#0a4f8f" {}
                    } @else {
                        line x1=(edge) y1=(top + 20) x2=(edge) y2=(top + 20 + BAR) stroke="#8a8a8a" stroke-width="2" {}
                    }
                    // The value reads left to right in every language ("<5", not ">5").
                    text x=(value_x) y=(top + 33) direction="ltr" text-anchor=(if rtl { "end" } else { "start" })
                        fill="#1c1c1c" font-weight="700" { (shown(*n)) }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_values_have_no_bar_and_no_number() {
        let svg = bars("T", &[("a".into(), 12), ("b".into(), 3)], false).into_string();
        assert_eq!(svg.matches("<rect").count(), 1, "{svg}");
        assert!(svg.contains(">&lt;5</text>"), "{svg}");
        assert!(!svg.contains(">3<"), "{svg}");
        let rtl = bars("T", &[("a".into(), 12)], true).into_string();
        assert!(rtl.contains("direction=\"rtl\""), "{rtl}");
    }
}
