//! Local time in the project's regions. Every region sifor serves (Germany, Austria, Italy,
//! Slovenia) keeps Central European Time with the EU's summer time: UTC+1, and UTC+2 from 01:00
//! UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. That rule is the
//! whole tz database these four zones need from 1996 on; it is written out here instead of
//! bundling one. Times are stored as UTC seconds; they are entered and shown in the zone.

/// A time zone of the project's regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Zone {
    #[serde(rename = "Europe/Berlin")]
    Berlin,
    #[serde(rename = "Europe/Vienna")]
    Vienna,
    #[serde(rename = "Europe/Rome")]
    Rome,
    #[serde(rename = "Europe/Ljubljana")]
    Ljubljana,
}

impl Zone {
    /// The zone of a country code (`DE`, `AT`, `IT`, `SI`, any case).
    pub fn of_country(country: &str) -> Option<Zone> {
        match country.to_ascii_uppercase().as_str() {
            "DE" => Some(Zone::Berlin),
            "AT" => Some(Zone::Vienna),
            "IT" => Some(Zone::Rome),
            "SI" => Some(Zone::Ljubljana),
            _ => None,
        }
    }

    /// The IANA name (for calendar files).
    pub fn name(self) -> &'static str {
        match self {
            Zone::Berlin => "Europe/Berlin",
            Zone::Vienna => "Europe/Vienna",
            Zone::Rome => "Europe/Rome",
            Zone::Ljubljana => "Europe/Ljubljana",
        }
    }

    /// Seconds east of UTC at the instant `utc`.
    pub fn offset(self, utc: i64) -> i64 {
        let year = civil(utc.div_euclid(86_400)).0;
        let start = last_sunday(year, 3) * 86_400 + 3_600;
        let end = last_sunday(year, 10) * 86_400 + 3_600;
        if (start..end).contains(&utc) { 7_200 } else { 3_600 }
    }

    /// The wall-clock time at `utc`.
    pub fn local(self, utc: i64) -> Local {
        let t = utc + self.offset(utc);
        let days = t.div_euclid(86_400);
        let rest = t.rem_euclid(86_400);
        let (year, month, day) = civil(days);
        Local { year, month, day, hour: (rest / 3_600) as u32, minute: (rest % 3_600 / 60) as u32 }
    }

    /// The UTC instant of a wall-clock time. A time the clocks skip (the spring-forward hour)
    /// is `None`; a time that happens twice (the autumn hour) is its first occurrence.
    pub fn to_utc(self, local: Local) -> Option<i64> {
        let naive = days_from_civil(local.year, local.month, local.day) * 86_400
            + i64::from(local.hour) * 3_600
            + i64::from(local.minute) * 60;
        [7_200, 3_600].into_iter().map(|off| naive - off).find(|utc| self.local(*utc) == local)
    }
}

/// A wall-clock time to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Local {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

impl Local {
    /// Parses `2026-12-03T18:00` (also with a space, or seconds `:00`) and the way people write
    /// it here, `3.12.2026 18:00`. Total: any input gives a time or `None`.
    pub fn parse(text: &str) -> Option<Local> {
        let (date, time) = text.trim().split_once(['T', ' '])?;
        let digits = |s: &str, min: usize, max: usize| -> Option<u32> {
            let ok = (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
            if ok { s.parse().ok() } else { None }
        };
        let (year, month, day) = if date.contains('.') {
            let mut d = date.split('.');
            let (day, month, year) = (d.next()?, d.next()?, d.next()?);
            if d.next().is_some() {
                return None;
            }
            (digits(year, 4, 4)?, digits(month, 1, 2)?, digits(day, 1, 2)?)
        } else {
            let mut d = date.split('-');
            let (year, month, day) = (d.next()?, d.next()?, d.next()?);
            if d.next().is_some() {
                return None;
            }
            (digits(year, 4, 4)?, digits(month, 2, 2)?, digits(day, 2, 2)?)
        };
        let mut t = time.trim().split(':');
        let (hour, minute) = (digits(t.next()?, 1, 2)?, digits(t.next()?, 2, 2)?);
        match t.next() {
            None | Some("00") => {}
            Some(_) => return None,
        }
        if t.next().is_some() {
            return None;
        }
        let local = Local { year: i64::from(year), month, day, hour, minute };
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(local.year, month)
            && hour < 24
            && minute < 60;
        valid.then_some(local)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(&self) -> u32 {
        (days_from_civil(self.year, self.month, self.day) + 3).rem_euclid(7) as u32 + 1
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a date (Howard Hinnant's days-from-civil).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (civil-from-days).
pub fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// The day number of the last Sunday of a month.
fn last_sunday(year: i64, month: u32) -> i64 {
    let last = days_from_civil(year, month, days_in_month(year, month));
    // 1970-01-01 was a Thursday: day 3 is a Sunday.
    last - (last - 3).rem_euclid(7)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(y: i64, mo: u32, d: u32, h: u32, mi: u32) -> i64 {
        days_from_civil(y, mo, d) * 86_400 + i64::from(h) * 3_600 + i64::from(mi) * 60
    }

    #[test]
    fn summer_time_switches_at_one_utc_on_the_last_sundays() {
        // 2026: 29 March and 25 October.
        assert_eq!(Zone::Berlin.offset(utc(2026, 3, 29, 0, 59)), 3_600);
        assert_eq!(Zone::Berlin.offset(utc(2026, 3, 29, 1, 0)), 7_200);
        assert_eq!(Zone::Berlin.offset(utc(2026, 10, 25, 0, 59)), 7_200);
        assert_eq!(Zone::Berlin.offset(utc(2026, 10, 25, 1, 0)), 3_600);
        assert_eq!(Zone::Rome.offset(utc(2026, 12, 3, 17, 0)), 3_600);
    }

    #[test]
    fn local_times_go_to_utc_and_back() {
        let t = Local::parse("2026-12-03T18:00").unwrap();
        assert_eq!(Zone::Berlin.to_utc(t), Some(utc(2026, 12, 3, 17, 0)));
        let summer = Local::parse("2026-07-01 09:30").unwrap();
        assert_eq!(Zone::Vienna.to_utc(summer), Some(utc(2026, 7, 1, 7, 30)));
        assert_eq!(Zone::Vienna.local(utc(2026, 7, 1, 7, 30)), summer);
        // The skipped hour does not exist; the doubled one is its first occurrence.
        assert_eq!(Zone::Berlin.to_utc(Local::parse("2026-03-29T02:30").unwrap()), None);
        assert_eq!(Zone::Berlin.to_utc(Local::parse("2026-10-25T02:30").unwrap()), Some(utc(2026, 10, 25, 0, 30)));
        assert_eq!(t.weekday(), 4);
    }

    #[test]
    fn parse_rejects_what_is_not_a_time() {
        for bad in [
            "",
            "2026-12-03",
            "2026-13-01T10:00",
            "2026-02-30T10:00",
            "2026-12-03T24:00",
            "26-12-03T10:00",
            "2026-12-03T10:0",
            "2026-12-03T10:00:30",
            "+026-12-03T10:00",
            "2026-12-03T1٠:00",
        ] {
            assert_eq!(Local::parse(bad), None, "{bad}");
        }
        assert!(Local::parse("2028-02-29T00:00").is_some());
        assert_eq!(Local::parse("3.12.2026 18:00"), Local::parse("2026-12-03T18:00"));
    }

    proptest::proptest! {
        #[test]
        fn parse_is_total(s in ".{0,40}") {
            let _ = Local::parse(&s);
        }

        #[test]
        fn every_instant_round_trips(t in -2_000_000_000i64..4_000_000_000) {
            let t = t - t.rem_euclid(60);
            let local = Zone::Ljubljana.local(t);
            let back = Zone::Ljubljana.to_utc(local).unwrap();
            // The doubled autumn hour maps to its first occurrence.
            proptest::prop_assert!(back == t || back == t - 3_600);
        }
    }
}
