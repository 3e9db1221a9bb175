//! A support programme as partners maintain it: where, for whom, in which languages, and its
//! texts per language. Parse, don't validate: [`Programme::from_fields`] turns one row of named
//! text fields (a CSV row, a TOML table) into a programme, or into every problem of the row.

use super::codes::{self, COUNTRIES, GOALS, LANGUAGES, SECTORS, STAGES, STATUSES};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    pub id: String,
    pub owner: String,
    pub country: String,
    /// Region codes of the country, `any` (the whole country) or `online`.
    pub regions: Vec<String>,
    pub goals: Vec<String>,
    /// Status categories the provider names; empty: any. Advisory only.
    pub status: Vec<String>,
    pub needs_work_permit: bool,
    pub age_min: Option<u8>,
    pub age_max: Option<u8>,
    pub women_only: bool,
    pub requires_foreign_qualification: bool,
    pub business_stages: Vec<String>,
    /// The offer provides money (loan, guarantee, grant).
    pub needs_finance: bool,
    pub languages: Vec<String>,
    /// `yes`, `no` or `unknown`.
    pub childcare: String,
    /// `free`, `fee` or `varies`.
    pub cost: String,
    pub contact_url: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_address: Option<String>,
    pub sectors: Vec<String>,
    pub next_steps: Vec<String>,
    pub last_verified: Option<String>,
    pub sample: bool,
    /// Language → (title, summary). English is always there.
    pub texts: BTreeMap<String, (String, String)>,
    #[serde(skip)]
    pub(crate) masks: Masks,
}

/// The lists as bit masks, for matching.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Masks {
    pub goals: u32,
    pub status: u32,
    pub stages: u32,
    pub languages: u32,
    pub sectors: u32,
    pub any_region: bool,
    pub online: bool,
}

/// The columns of a catalogue row, in export order (texts follow as `title:xx`, `summary:xx`).
pub const COLUMNS: &[&str] = &[
    "id",
    "owner",
    "country",
    "regions",
    "goals",
    "status",
    "needs_work_permit",
    "age_min",
    "age_max",
    "women_only",
    "requires_foreign_qualification",
    "business_stages",
    "needs_finance",
    "languages",
    "childcare",
    "cost",
    "contact_url",
    "contact_phone",
    "contact_address",
    "sectors",
    "next_steps",
    "last_verified",
    "sample",
];

/// One problem of one field of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub column: String,
    pub message: String,
}

fn list(v: &str) -> Vec<String> {
    v.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

impl Programme {
    /// Builds a programme from named text fields; lists are `;`-separated.
    pub fn from_fields(fields: &BTreeMap<String, String>) -> Result<Programme, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut err = |column: &str, message: String| errors.push(FieldError { column: column.into(), message });
        let get = |k: &str| fields.get(k).map(|v| v.trim()).unwrap_or("");
        for key in fields.keys() {
            let known = COLUMNS.contains(&key.as_str())
                || key
                    .split_once(':')
                    .is_some_and(|(kind, lang)| (kind == "title" || kind == "summary") && LANGUAGES.contains(&lang));
            if !known {
                err(key, "unknown column".into());
            }
        }
        let id = get("id").to_string();
        if id.is_empty()
            || id.len() > 40
            || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            err("id", format!("`{id}`: use 1–40 lowercase letters, digits and `-`"));
        }
        let owner = get("owner").to_string();
        if owner.is_empty() {
            err("owner", "the organisation is missing".into());
        }
        let country = get("country").to_string();
        if !COUNTRIES.contains(&country.as_str()) {
            err("country", format!("`{country}`: use one of {}", COUNTRIES.join(", ")));
        }
        let regions = list(get("regions"));
        if regions.is_empty() {
            err("regions", "name at least one region, `any` or `online`".into());
        }
        for r in regions.iter().filter(|_| COUNTRIES.contains(&country.as_str())) {
            if r != "any" && r != "online" && !codes::regions(&country).contains(&r.as_str()) {
                err(
                    "regions",
                    format!(
                        "`{r}` is not a region of {country} (use {}, any or online)",
                        codes::regions(&country).join(", ")
                    ),
                );
            }
        }
        let mut codes_of = |column: &str, allowed: &[&str], required: bool| -> Vec<String> {
            let values = list(get(column));
            if required && values.is_empty() {
                err(column, format!("name at least one of {}", allowed.join(", ")));
            }
            for v in &values {
                if !allowed.contains(&v.as_str()) {
                    err(column, format!("`{v}` is not one of {}", allowed.join(", ")));
                }
            }
            values
        };
        let goals = codes_of("goals", GOALS, true);
        let status = codes_of("status", STATUSES, false);
        let business_stages = codes_of("business_stages", STAGES, false);
        let languages = codes_of("languages", LANGUAGES, false);
        let sectors = codes_of("sectors", SECTORS, false);
        let mut flag = |column: &str| match get(column) {
            "yes" => true,
            "no" | "" => false,
            other => {
                err(column, format!("`{other}`: use yes or no"));
                false
            }
        };
        let needs_work_permit = flag("needs_work_permit");
        let women_only = flag("women_only");
        let requires_foreign_qualification = flag("requires_foreign_qualification");
        let needs_finance = flag("needs_finance");
        let sample = flag("sample");
        let mut age = |column: &str| -> Option<u8> {
            let v = get(column);
            if v.is_empty() {
                return None;
            }
            match v.parse::<u8>() {
                Ok(n) if n <= 120 => Some(n),
                _ => {
                    err(column, format!("`{v}`: use a whole number of years (0–120) or leave it empty"));
                    None
                }
            }
        };
        let (age_min, age_max) = (age("age_min"), age("age_max"));
        if let (Some(a), Some(b)) = (age_min, age_max)
            && a > b
        {
            err("age_max", format!("{b} is below age_min {a}"));
        }
        let mut one_of = |column: &str, allowed: &[&str], default: &str| -> String {
            let v = get(column);
            let v = if v.is_empty() { default } else { v };
            if !allowed.contains(&v) {
                err(column, format!("`{v}`: use one of {}", allowed.join(", ")));
            }
            v.to_string()
        };
        let childcare = one_of("childcare", &["yes", "no", "unknown"], "unknown");
        let cost = one_of("cost", &["free", "fee", "varies"], "varies");
        let optional = |column: &str| Some(get(column).to_string()).filter(|v| !v.is_empty());
        let contact_url = optional("contact_url");
        if let Some(url) = &contact_url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            err("contact_url", format!("`{url}`: a web address starting with https://"));
        }
        let last_verified = optional("last_verified");
        if let Some(d) = &last_verified
            && !is_date(d)
        {
            err("last_verified", format!("`{d}`: use a date like 2026-11-25"));
        }
        let mut texts = BTreeMap::new();
        for lang in LANGUAGES {
            let title = get(&format!("title:{lang}")).to_string();
            let summary = get(&format!("summary:{lang}")).to_string();
            if title.chars().count() > 80 {
                err(&format!("title:{lang}"), "keep titles under 80 characters".into());
            }
            if summary.chars().count() > 200 {
                err(&format!("summary:{lang}"), "keep the summary to one short sentence (under 200 characters)".into());
            }
            match (title.is_empty(), summary.is_empty()) {
                (false, false) => {
                    texts.insert(lang.to_string(), (title, summary));
                }
                (true, true) => {}
                (true, false) => err(&format!("title:{lang}"), "a summary without a title".into()),
                (false, true) => err(&format!("summary:{lang}"), "a title without a summary".into()),
            }
        }
        if !texts.contains_key("en") {
            err("title:en", "an English title and summary are required (the fallback for every language)".into());
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut p = Programme {
            id,
            owner,
            country,
            regions,
            goals,
            status,
            needs_work_permit,
            age_min,
            age_max,
            women_only,
            requires_foreign_qualification,
            business_stages,
            needs_finance,
            languages,
            childcare,
            cost,
            contact_url,
            contact_phone: optional("contact_phone"),
            contact_address: optional("contact_address"),
            sectors,
            next_steps: list(get("next_steps")),
            last_verified,
            sample,
            texts,
            masks: Masks::default(),
        };
        p.prepare();
        Ok(p)
    }

    /// Computes the masks (after deserializing a stored programme).
    pub fn prepare(&mut self) {
        let m = |list: &[&str], values: &[String]| codes::mask(list, values.iter().map(String::as_str)).unwrap_or(0);
        self.masks = Masks {
            goals: m(GOALS, &self.goals),
            status: m(STATUSES, &self.status),
            stages: m(STAGES, &self.business_stages),
            languages: m(LANGUAGES, &self.languages),
            sectors: m(SECTORS, &self.sectors),
            any_region: self.regions.iter().any(|r| r == "any"),
            online: self.regions.iter().any(|r| r == "online"),
        };
    }

    /// The row as named text fields (the inverse of [`Programme::from_fields`]).
    pub fn to_fields(&self) -> BTreeMap<String, String> {
        let yes = |b: bool| if b { "yes" } else { "no" }.to_string();
        let join = |v: &[String]| v.join(";");
        let mut f = BTreeMap::new();
        let mut put = |k: &str, v: String| {
            f.insert(k.to_string(), v);
        };
        put("id", self.id.clone());
        put("owner", self.owner.clone());
        put("country", self.country.clone());
        put("regions", join(&self.regions));
        put("goals", join(&self.goals));
        put("status", join(&self.status));
        put("needs_work_permit", yes(self.needs_work_permit));
        put("age_min", self.age_min.map(|a| a.to_string()).unwrap_or_default());
        put("age_max", self.age_max.map(|a| a.to_string()).unwrap_or_default());
        put("women_only", yes(self.women_only));
        put("requires_foreign_qualification", yes(self.requires_foreign_qualification));
        put("business_stages", join(&self.business_stages));
        put("needs_finance", yes(self.needs_finance));
        put("languages", join(&self.languages));
        put("childcare", self.childcare.clone());
        put("cost", self.cost.clone());
        put("contact_url", self.contact_url.clone().unwrap_or_default());
        put("contact_phone", self.contact_phone.clone().unwrap_or_default());
        put("contact_address", self.contact_address.clone().unwrap_or_default());
        put("sectors", join(&self.sectors));
        put("next_steps", join(&self.next_steps));
        put("last_verified", self.last_verified.clone().unwrap_or_default());
        put("sample", yes(self.sample));
        for (lang, (title, summary)) in &self.texts {
            put(&format!("title:{lang}"), title.clone());
            put(&format!("summary:{lang}"), summary.clone());
        }
        f
    }

    /// Title and summary in `lang`, else English.
    pub fn text(&self, lang: &str) -> (&str, &str) {
        let primary = lang.split('-').next().unwrap_or(lang);
        let (t, s) = self
            .texts
            .get(primary)
            .or_else(|| self.texts.get("en"))
            .map(|(t, s)| (t.as_str(), s.as_str()))
            .unwrap_or(("", ""));
        (t, s)
    }
}

fn is_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.bytes().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Rows that repeat an id of an earlier row: (row, column error).
pub fn duplicate_ids<'a>(rows: impl IntoIterator<Item = (usize, &'a str)>) -> Vec<(usize, FieldError)> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut errors = Vec::new();
    for (row, id) in rows {
        if id.is_empty() {
            continue;
        }
        match seen.get(id) {
            Some(first) => errors.push((
                row,
                FieldError { column: "id".into(), message: format!("`{id}` is also used in row {first}") },
            )),
            None => {
                seen.insert(id, row);
            }
        }
    }
    errors
}

/// `next_steps` must name programmes of the same file or of `known` (the stored catalogue).
pub fn check_next_steps(
    programmes: &[(usize, Programme)],
    known: &std::collections::BTreeSet<String>,
) -> Vec<(usize, FieldError)> {
    let ids: std::collections::BTreeSet<&str> = programmes.iter().map(|(_, p)| p.id.as_str()).collect();
    let mut errors = Vec::new();
    for (row, p) in programmes {
        for next in &p.next_steps {
            if !ids.contains(next.as_str()) && !known.contains(next) {
                errors.push((
                    *row,
                    FieldError { column: "next_steps".into(), message: format!("`{next}` is not in the catalogue") },
                ));
            }
        }
    }
    errors
}
