//! A support programme as partners maintain it: where, for whom, in which languages, and its
//! texts per language. Parse, don't validate: [`Programme::from_fields`] turns one row of named
//! text fields (a CSV row, a TOML table) into a programme, or into every problem of the row.

mod choice;
mod columns;
mod row;

pub use choice::{Childcare, Cost};

use super::codes::{self, GOALS, LANGUAGES, SECTORS, STAGES, STATUSES};
use row::Row;
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
    pub childcare: Childcare,
    pub cost: Cost,
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

impl Programme {
    /// Builds a programme from named text fields; lists are `;`-separated. The [`Row`] collects
    /// every problem of the row, in the order the columns are read.
    pub fn from_fields(fields: &BTreeMap<String, String>) -> Result<Programme, Vec<FieldError>> {
        let mut row = Row::new(fields);
        columns::names(&mut row);
        let id = columns::id(&mut row);
        let owner = columns::owner(&mut row);
        let country = columns::country(&mut row);
        let regions = columns::regions(&mut row, &country);
        let goals = row.required_codes("goals", GOALS);
        let status = row.codes("status", STATUSES);
        let business_stages = row.codes("business_stages", STAGES);
        let languages = row.codes("languages", LANGUAGES);
        let sectors = row.codes("sectors", SECTORS);
        let needs_work_permit = row.flag("needs_work_permit");
        let women_only = row.flag("women_only");
        let requires_foreign_qualification = row.flag("requires_foreign_qualification");
        let needs_finance = row.flag("needs_finance");
        let sample = row.flag("sample");
        let (age_min, age_max) = columns::ages(&mut row);
        let childcare = row.one_of("childcare", &Childcare::ALL, Childcare::as_str);
        let cost = row.one_of("cost", &Cost::ALL, Cost::as_str);
        let contact_url = columns::contact_url(&mut row);
        let last_verified = columns::last_verified(&mut row);
        let texts = columns::texts(&mut row);
        let contact_phone = row.optional("contact_phone");
        let contact_address = row.optional("contact_address");
        let next_steps = row.list("next_steps");
        row.finish()?;
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
            contact_phone,
            contact_address,
            sectors,
            next_steps,
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
        put("childcare", self.childcare.as_str().to_string());
        put("cost", self.cost.as_str().to_string());
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
