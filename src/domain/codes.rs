//! The codes programmes and profiles share (the option values of the flows), and bit masks over
//! them for fast matching.

pub const GOALS: &[&str] = &["job", "training", "language", "recognition", "own_business"];
pub const STATUSES: &[&str] = &[
    "asylum_seeker",
    "refugee",
    "subsidiary_protection",
    "temporary_protection",
    "humanitarian_or_national",
    "tolerated",
    "other_permit",
];
pub const STAGES: &[&str] = &["idea", "plan", "registered", "had_business_home"];
pub const LANGUAGES: &[&str] = &["de", "en", "ar", "fa", "ps", "uk", "ru", "tr", "ku", "ckb", "it", "sl", "fr"];
pub const SECTORS: &[&str] = &[
    "care_health",
    "construction",
    "crafts",
    "it",
    "hospitality",
    "retail",
    "transport",
    "education",
    "agriculture",
    "office",
    "beauty",
    "other",
];
pub const COUNTRIES: &[&str] = &["DE", "AT", "IT", "SI"];

/// The region codes of a country (the flows' region options).
pub fn regions(country: &str) -> &'static [&'static str] {
    match country {
        "DE" => &["berlin", "other_de"],
        "AT" => &["vienna", "other_at"],
        "IT" => &["veneto", "emilia_romagna", "other_it"],
        "SI" => &["ljubljana", "maribor", "other_si"],
        _ => &[],
    }
}

/// The bit of `code` in `list`.
pub fn bit(list: &[&str], code: &str) -> Option<u32> {
    list.iter().position(|c| *c == code).map(|i| 1 << i)
}

/// The mask of every code of `codes` found in `list`; unknown codes are returned as errors.
pub fn mask<'a>(list: &[&str], codes: impl IntoIterator<Item = &'a str>) -> Result<u32, String> {
    let mut m = 0;
    for code in codes {
        m |= bit(list, code).ok_or_else(|| code.to_string())?;
    }
    Ok(m)
}

/// The codes of a mask, in list order.
pub fn codes(list: &'static [&'static str], mask: u32) -> impl Iterator<Item = &'static str> {
    list.iter().enumerate().filter(move |(i, _)| mask & (1 << i) != 0).map(|(_, c)| *c)
}

/// The years an age band covers.
pub fn age_band(code: &str) -> Option<(u8, u8)> {
    Some(match code {
        "under_14" => (0, 13),
        "14_15" => (14, 15),
        "16_17" => (16, 17),
        "18_24" => (18, 24),
        "25_35" => (25, 35),
        "36_49" => (36, 49),
        "50_plus" => (50, 120),
        _ => return None,
    })
}
