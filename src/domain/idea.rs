//! Ideas as partners review them: the statuses an idea can have (from a data file, so a new
//! status needs no Rust), the reasons a status may require, and where an idea lies (its
//! region and topic) for the scopes of partners and coordinators.

use super::staff::Scope;

/// One status of the statuses file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Status {
    pub id: String,
    /// Reasons of which one must be given with this status (empty: none needed).
    #[serde(default)]
    pub reasons: Vec<String>,
    /// Whether the idea leaves the review queue with this status (what came of it is settled).
    #[serde(default)]
    pub closed: bool,
}

impl Status {
    /// The message id of its name.
    pub fn name_id(&self) -> String {
        format!("idea-status-{}", self.id.replace('_', "-"))
    }

    /// The message id of what it means for the author.
    pub fn means_id(&self) -> String {
        format!("{}-means", self.name_id())
    }
}

/// The message id of a reason.
pub fn reason_id(reason: &str) -> String {
    format!("idea-reason-{}", reason.replace('_', "-"))
}

/// The statuses, in the order partners choose from; the first is every new idea's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Statuses {
    pub list: Vec<Status>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    status: Vec<Status>,
}

/// A status or reason id: 1 to 20 lowercase letters, digits and `_` (they travel in callback
/// data, which Telegram caps at 64 bytes).
pub fn is_code(s: &str) -> bool {
    !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

impl Statuses {
    /// Parses the statuses file: every problem at once.
    pub fn parse(text: &str) -> Result<Statuses, Vec<String>> {
        let file: File = toml::from_str(text).map_err(|e| vec![e.message().to_string()])?;
        let mut problems = Vec::new();
        match file.status.first() {
            None => problems.push("at least one [[status]] is needed".to_string()),
            Some(first) if first.closed || !first.reasons.is_empty() => problems.push(format!(
                "status `{}`: every new idea has the first status; it cannot close or need a reason",
                first.id
            )),
            Some(_) => {}
        }
        for (i, s) in file.status.iter().enumerate() {
            if !is_code(&s.id) {
                problems.push(format!("status `{}`: ids are 1 to 20 lowercase letters, digits and `_`", s.id));
            }
            // Their message ids must not meet another's (`x_means`, the notice's `notice`).
            if s.id == "notice" || s.id.ends_with("_means") {
                problems.push(format!("status `{}`: this id would share a message id with another", s.id));
            }
            if file.status[..i].iter().any(|t| t.id == s.id) {
                problems.push(format!("status `{}` is listed twice", s.id));
            }
            for r in &s.reasons {
                if !is_code(r) {
                    problems.push(format!("status `{}`: reason `{r}`: lowercase letters, digits and `_`", s.id));
                }
            }
        }
        if problems.is_empty() { Ok(Statuses { list: file.status }) } else { Err(problems) }
    }

    pub fn get(&self, id: &str) -> Option<&Status> {
        self.list.iter().find(|s| s.id == id)
    }

    /// The status every new idea has.
    pub fn first(&self) -> &str {
        self.list.first().map_or("received", |s| s.id.as_str())
    }

    /// Every message id the statuses need.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for s in &self.list {
            ids.push(s.name_id());
            ids.push(s.means_id());
            ids.extend(s.reasons.iter().map(|r| reason_id(r)));
        }
        ids
    }
}

/// Whether an idea (its place and topic) lies in a partner's or coordinator's scope.
/// Coordinators see every topic of their places; an idea without a place is seen by scopes
/// that name its country, and by nobody's when it has no country either (then admins see it).
pub fn in_scope(scope: &Scope, country: Option<&str>, region: Option<&str>, topic: &str) -> bool {
    scope.covers_place(country, region) && scope.covers_topic(topic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_statuses_parse_and_bad_ones_are_listed() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/flows/ideas/statuses.toml")).unwrap();
        let s = Statuses::parse(&text).unwrap();
        assert_eq!(s.first(), "received");
        assert_eq!(s.get("not_taken_up").unwrap().reasons.len(), 4);
        assert!(s.message_ids().contains(&"idea-status-not-taken-up-means".to_string()));
        let bad = "[[status]]\nid = \"Bad Id\"\n[[status]]\nid = \"x\"\nreasons = [\"\"]\n[[status]]\nid = \"x\"\n";
        assert_eq!(Statuses::parse(bad).unwrap_err().len(), 3);
        assert!(Statuses::parse("").is_err());
        assert!(Statuses::parse("[[status]]\nid = \"a\"\nsurprise = 1\n").is_err());
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_or_says_why(s in "\\PC{0,200}") {
            let _ = Statuses::parse(&s);
        }
    }
}
