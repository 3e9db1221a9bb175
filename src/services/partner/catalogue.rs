//! The programme catalogue as partners keep it: a spreadsheet (CSV) or a TOML file. Import
//! checks every row and reports every problem with row and column; a file with any problem
//! changes nothing (one transaction). Re-importing updates programmes by id.

use crate::domain::Programme;
use crate::domain::programme::{COLUMNS, FieldError, check_next_steps, duplicate_ids};
use crate::storage::{Store, StoreError, programmes};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

/// One problem of a catalogue file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The row as a spreadsheet numbers it (the header is row 1); 0 for the file itself.
    pub row: usize,
    pub column: String,
    pub message: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.row, self.column.is_empty()) {
            (0, _) => write!(f, "{}", self.message),
            (row, true) => write!(f, "row {row}: {}", self.message),
            (row, false) => write!(f, "row {row}, column {}: {}", self.column, self.message),
        }
    }
}

fn rows_to_programmes(
    rows: Vec<(usize, BTreeMap<String, String>)>,
    known: &BTreeSet<String>,
) -> Result<Vec<Programme>, Vec<RowError>> {
    let mut errors: Vec<RowError> =
        duplicate_ids(rows.iter().map(|(row, f)| (*row, f.get("id").map(|v| v.trim()).unwrap_or(""))))
            .into_iter()
            .map(|(row, e)| RowError { row, column: e.column, message: e.message })
            .collect();
    let mut ok = Vec::new();
    for (row, fields) in rows {
        match Programme::from_fields(&fields) {
            Ok(p) => ok.push((row, p)),
            Err(e) => {
                errors.extend(e.into_iter().map(|FieldError { column, message }| RowError { row, column, message }))
            }
        }
    }
    for (row, e) in check_next_steps(&ok, known) {
        errors.push(RowError { row, column: e.column, message: e.message });
    }
    if errors.is_empty() {
        Ok(ok.into_iter().map(|(_, p)| p).collect())
    } else {
        errors.sort_by_key(|e| e.row);
        Err(errors)
    }
}

/// Reads a CSV catalogue (header row with the column names, `title:xx`/`summary:xx` per language).
pub fn parse_csv(text: &str, known: &BTreeSet<String>) -> Result<Vec<Programme>, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_string()).collect::<Vec<_>>(),
        Err(e) => {
            return Err(vec![RowError {
                row: 1,
                column: String::new(),
                message: format!("cannot read the header: {e}"),
            }]);
        }
    };
    let mut errors = Vec::new();
    for required in ["id", "owner", "country", "regions", "goals", "title:en", "summary:en"] {
        if !headers.iter().any(|h| h == required) {
            errors.push(RowError { row: 1, column: required.into(), message: "this column is missing".into() });
        }
    }
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        match record {
            Ok(r) => rows.push((
                row,
                headers.iter().cloned().zip(r.iter().map(str::to_string)).filter(|(_, v)| !v.is_empty()).collect(),
            )),
            Err(e) => {
                errors.push(RowError { row, column: String::new(), message: format!("not a valid CSV row: {e}") })
            }
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(RowError { row: 0, column: String::new(), message: "the file has no programmes".into() });
    }
    match rows_to_programmes(rows, known) {
        Ok(p) if errors.is_empty() => Ok(p),
        Ok(_) => Err(errors),
        Err(more) => {
            errors.extend(more);
            errors.sort_by_key(|e| e.row);
            Err(errors)
        }
    }
}

/// Reads a TOML catalogue: `[[programme]]` tables with the same keys, lists as arrays, flags as
/// booleans, `title = { en = "...", ar = "..." }` and `summary = { ... }`.
pub fn parse_toml(text: &str, known: &BTreeSet<String>) -> Result<Vec<Programme>, Vec<RowError>> {
    #[derive(serde::Deserialize)]
    struct File {
        #[serde(default)]
        programme: Vec<toml::Table>,
    }
    let file: File = toml::from_str(text).map_err(|e| {
        vec![RowError {
            row: 0,
            column: String::new(),
            message: format!("not a valid TOML catalogue: {}", e.to_string().trim()),
        }]
    })?;
    let rows = file
        .programme
        .into_iter()
        .enumerate()
        .map(|(i, table)| {
            let mut fields = BTreeMap::new();
            for (key, value) in table {
                match (key.as_str(), value) {
                    ("title" | "summary", toml::Value::Table(per_lang)) => {
                        for (lang, v) in per_lang {
                            fields.insert(format!("{key}:{lang}"), plain(&v));
                        }
                    }
                    (_, v) => {
                        fields.insert(key, plain(&v));
                    }
                }
            }
            (i + 1, fields)
        })
        .collect();
    rows_to_programmes(rows, known)
}

fn plain(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Boolean(b) => if *b { "yes" } else { "no" }.into(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(";"),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::Datetime(d) => d.to_string(),
        toml::Value::Table(_) => String::new(),
    }
}

/// Reads a catalogue file by its extension (`.csv` or `.toml`).
pub fn parse_file(path: &Path, known: &BTreeSet<String>) -> Result<Vec<Programme>, Vec<RowError>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| vec![RowError { row: 0, column: String::new(), message: format!("{}: {e}", path.display()) }])?;
    match path.extension().and_then(|e| e.to_str()) {
        Some("toml") => parse_toml(&text, known),
        Some("csv") => parse_csv(&text, known),
        _ => Err(vec![RowError { row: 0, column: String::new(), message: "use a .csv or .toml file".into() }]),
    }
}

/// The catalogue as CSV, with every column and the texts of every language any row has.
pub fn to_csv(programmes: &[Programme]) -> String {
    let langs: BTreeSet<&str> = programmes.iter().flat_map(|p| p.texts.keys().map(String::as_str)).collect();
    let mut header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    let ordered = std::iter::once("en").chain(langs.iter().copied().filter(|l| *l != "en"));
    for lang in ordered {
        header.push(format!("title:{lang}"));
        header.push(format!("summary:{lang}"));
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(&header);
    for p in programmes {
        let fields = p.to_fields();
        let _ = w.write_record(header.iter().map(|h| fields.get(h).map(String::as_str).unwrap_or("")));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imported {
    pub added: usize,
    pub updated: usize,
}

/// Checks and imports a catalogue file in one transaction; any problem leaves the catalogue as it was.
pub async fn import(store: &Store, path: &Path, now: i64) -> Result<Result<Imported, Vec<RowError>>, StoreError> {
    let mut tx = store.begin().await?;
    let known: BTreeSet<String> = programmes::ids(&mut tx).await?.into_iter().collect();
    let parsed = match parse_file(path, &known) {
        Ok(p) => p,
        Err(errors) => return Ok(Err(errors)),
    };
    let mut done = Imported { added: 0, updated: 0 };
    for p in &parsed {
        if programmes::upsert(&mut tx, p, now).await? {
            done.added += 1;
        } else {
            done.updated += 1;
        }
    }
    crate::storage::audit::record(
        &mut tx,
        now,
        "system",
        "catalogue_import",
        None,
        Some(&format!("added={} updated={}", done.added, done.updated)),
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(done))
}

/// The catalogue as TOML (`[[programme]]` tables).
pub fn to_toml(programmes: &[Programme]) -> String {
    let mut out = String::new();
    for p in programmes {
        let mut table = toml::Table::new();
        for (key, value) in p.to_fields() {
            if value.is_empty() {
                continue;
            }
            let v = match key.as_str() {
                "regions" | "goals" | "status" | "business_stages" | "languages" | "sectors" | "next_steps" => {
                    toml::Value::Array(value.split(';').map(|x| toml::Value::String(x.to_string())).collect())
                }
                "needs_work_permit" | "women_only" | "requires_foreign_qualification" | "needs_finance" | "sample" => {
                    toml::Value::Boolean(value == "yes")
                }
                "age_min" | "age_max" => toml::Value::Integer(value.parse().unwrap_or_default()),
                _ => toml::Value::String(value),
            };
            match key.split_once(':') {
                Some((kind, lang)) => {
                    let entry = table.entry(kind.to_string()).or_insert_with(|| toml::Value::Table(toml::Table::new()));
                    if let toml::Value::Table(t) = entry {
                        t.insert(lang.to_string(), v);
                    }
                }
                None => {
                    table.insert(key, v);
                }
            }
        }
        let mut file = toml::Table::new();
        file.insert("programme".into(), toml::Value::Array(vec![toml::Value::Table(table)]));
        out.push_str(&toml::to_string(&file).unwrap_or_default());
        out.push('\n');
    }
    out
}
