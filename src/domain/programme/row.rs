//! Reading one catalogue row. A [`Row`] hands out its columns as typed values and collects every
//! problem on the way, like the flow compiler's `Problems`, so a partner sees all the mistakes of
//! a row at once. A reader that finds a problem still returns a value (a default), so reading
//! goes on; [`Row::finish`] then turns the collected problems into the row's error.

use super::FieldError;
use std::collections::BTreeMap;

/// The named text fields of one row, and the problems found in them so far.
pub(super) struct Row<'f> {
    fields: &'f BTreeMap<String, String>,
    errors: Vec<FieldError>,
}

impl<'f> Row<'f> {
    pub(super) fn new(fields: &'f BTreeMap<String, String>) -> Row<'f> {
        Row { fields, errors: Vec::new() }
    }

    /// The column names the row has, in order.
    pub(super) fn columns(&self) -> impl Iterator<Item = &'f str> + use<'f> {
        self.fields.keys().map(String::as_str)
    }

    /// Records a problem of `column`.
    pub(super) fn error(&mut self, column: &str, message: String) {
        self.errors.push(FieldError { column: column.into(), message });
    }

    /// The trimmed text of a column; empty when the column is missing.
    pub(super) fn get(&self, column: &str) -> &'f str {
        self.fields.get(column).map(|v| v.trim()).unwrap_or("")
    }

    /// A text column, or `None` when it is empty.
    pub(super) fn optional(&self, column: &str) -> Option<String> {
        Some(self.get(column).to_string()).filter(|v| !v.is_empty())
    }

    /// A `;`-separated list; blank items are dropped.
    pub(super) fn list(&self, column: &str) -> Vec<String> {
        self.get(column).split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
    }

    /// A list of codes from `allowed`; may be empty.
    pub(super) fn codes(&mut self, column: &str, allowed: &[&str]) -> Vec<String> {
        let values = self.list(column);
        for v in &values {
            if !allowed.contains(&v.as_str()) {
                self.error(column, format!("`{v}` is not one of {}", allowed.join(", ")));
            }
        }
        values
    }

    /// A list of codes from `allowed` that names at least one.
    pub(super) fn required_codes(&mut self, column: &str, allowed: &[&str]) -> Vec<String> {
        let values = self.codes(column, allowed);
        if values.is_empty() {
            self.error(column, format!("name at least one of {}", allowed.join(", ")));
        }
        values
    }

    /// `yes` or `no`; empty is `no`.
    pub(super) fn flag(&mut self, column: &str) -> bool {
        match self.get(column) {
            "yes" => true,
            "no" | "" => false,
            other => {
                self.error(column, format!("`{other}`: use yes or no"));
                false
            }
        }
    }

    /// An age in whole years (0–120), or `None` when empty.
    pub(super) fn age(&mut self, column: &str) -> Option<u8> {
        let v = self.get(column);
        if v.is_empty() {
            return None;
        }
        match v.parse::<u8>() {
            Ok(n) if n <= 120 => Some(n),
            _ => {
                self.error(column, format!("`{v}`: use a whole number of years (0–120) or leave it empty"));
                None
            }
        }
    }

    /// One of `all`, by its code; empty is the default.
    pub(super) fn one_of<T: Copy + Default>(&mut self, column: &str, all: &[T], code: fn(T) -> &'static str) -> T {
        let v = self.get(column);
        if v.is_empty() {
            return T::default();
        }
        match all.iter().copied().find(|c| code(*c) == v) {
            Some(c) => c,
            None => {
                let allowed: Vec<&str> = all.iter().map(|c| code(*c)).collect();
                self.error(column, format!("`{v}`: use one of {}", allowed.join(", ")));
                T::default()
            }
        }
    }

    /// Every problem found, if there was one.
    pub(super) fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.errors.is_empty() { Ok(()) } else { Err(self.errors) }
    }
}
