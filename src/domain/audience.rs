//! The audience of an announcement: the filters over the profile that choose its recipients
//! (place, language, goals, where the user came from), why a user is in it, and the limit of a
//! coordinator's scope. The exclusions that hold for every announcement (no consent, muted,
//! unreachable, under 16) are applied before these filters, by the audience query.

use super::codes;
use super::localtime::Zone;
use super::staff::Scope;

/// Who gets an announcement. Empty lists mean "no restriction"; the place lists are never both
/// empty once the announcement is checked against a scope.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Audience {
    /// Country codes (`DE`): every region of the country, unless a region of it is listed too.
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub regions: Vec<String>,
    /// Locale tags; `fa` also takes `fa-AF`.
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub goals: Vec<String>,
    /// Deep-link sources (`/start SOURCE`).
    #[serde(default)]
    pub sources: Vec<String>,
}

/// What the audience rules read of one user (after the exclusions).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recipient {
    pub locale: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub goals: Vec<String>,
    pub came_from: Option<String>,
}

/// Why a user is in an audience: one entry per filter they passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    Region(String),
    Country(String),
    Language(String),
    Goal(String),
    Source,
}

impl Audience {
    /// The reasons `r` is in the audience, or `None` when a filter leaves them out.
    pub fn reasons(&self, r: &Recipient) -> Option<Vec<Why>> {
        let mut why = Vec::new();
        if !self.countries.is_empty() || !self.regions.is_empty() {
            let region_listed = r.region.as_ref().filter(|x| self.regions.contains(x));
            let country_listed = r.country.as_ref().filter(|c| {
                self.countries.contains(c) && !self.regions.iter().any(|x| codes::regions(c).contains(&x.as_str()))
            });
            match (region_listed, country_listed) {
                (Some(region), _) => why.push(Why::Region(region.clone())),
                (None, Some(country)) => why.push(Why::Country(country.clone())),
                (None, None) => return None,
            }
        }
        if !self.languages.is_empty() {
            let locale = r.locale.as_deref()?;
            let primary = locale.split('-').next().unwrap_or(locale);
            if !self.languages.iter().any(|l| l == locale || l == primary) {
                return None;
            }
            why.push(Why::Language(locale.to_string()));
        }
        if !self.goals.is_empty() {
            let goal = r.goals.iter().find(|g| self.goals.contains(g))?;
            why.push(Why::Goal(goal.clone()));
        }
        if !self.sources.is_empty() {
            r.came_from.as_ref().filter(|s| self.sources.contains(s))?;
            why.push(Why::Source);
        }
        Some(why)
    }

    /// The audience limited to `scope`: with no place given, the whole scope; a place outside
    /// the scope is an error (a coordinator addresses only their own regions).
    pub fn within(mut self, scope: &Scope) -> Result<Audience, Vec<String>> {
        if self.countries.is_empty() && self.regions.is_empty() {
            if scope.regions.is_empty() {
                return Err(vec!["your scope names no region".into()]);
            }
            for r in &scope.regions {
                if codes::COUNTRIES.contains(&r.as_str()) {
                    self.countries.push(r.clone());
                } else {
                    self.regions.push(r.clone());
                }
            }
            return Ok(self);
        }
        let mut problems = Vec::new();
        for c in &self.countries {
            if !scope.regions.contains(c) {
                // A country is within a scope of some of its regions when those regions are listed.
                let narrowed = self.regions.iter().any(|r| codes::regions(c).contains(&r.as_str()));
                if !narrowed {
                    problems.push(format!("country `{c}` is outside your scope"));
                }
            }
        }
        for r in &self.regions {
            let country = codes::COUNTRIES.iter().find(|c| codes::regions(c).contains(&r.as_str()));
            if !scope.regions.contains(r) && !country.is_some_and(|c| scope.regions.iter().any(|s| s == c)) {
                problems.push(format!("region `{r}` is outside your scope"));
            }
        }
        if problems.is_empty() { Ok(self) } else { Err(problems) }
    }

    /// The zone the announcement's times are entered and shown in (the audience's country).
    pub fn zone(&self) -> Zone {
        let from_region =
            self.regions.iter().find_map(|r| codes::COUNTRIES.iter().find(|c| codes::regions(c).contains(&r.as_str())));
        from_region
            .copied()
            .or_else(|| self.countries.first().map(String::as_str))
            .and_then(Zone::of_country)
            .unwrap_or(Zone::Berlin)
    }

    /// The place code shown for the zone ("time in Berlin"): the first region, else the first country.
    pub fn place_code(&self) -> Option<&str> {
        self.regions.first().or(self.countries.first()).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audience_filters_and_says_why() {
        let a = Audience {
            countries: vec!["DE".into()],
            regions: vec!["berlin".into()],
            goals: vec!["job".into()],
            ..Default::default()
        };
        let berlin = Recipient {
            country: Some("DE".into()),
            region: Some("berlin".into()),
            goals: vec!["language".into(), "job".into()],
            ..Default::default()
        };
        assert_eq!(a.reasons(&berlin), Some(vec![Why::Region("berlin".into()), Why::Goal("job".into())]));
        let elsewhere = Recipient { region: Some("other_de".into()), ..berlin.clone() };
        assert_eq!(a.reasons(&elsewhere), None, "a listed region narrows its country");
        let austria = Audience { countries: vec!["AT".into()], ..Default::default() };
        let vienna = Recipient { country: Some("AT".into()), region: Some("vienna".into()), ..Default::default() };
        assert_eq!(austria.reasons(&vienna), Some(vec![Why::Country("AT".into())]));
        let dari = Audience { languages: vec!["fa".into()], ..Default::default() };
        assert!(dari.reasons(&Recipient { locale: Some("fa-AF".into()), ..Default::default() }).is_some());
        assert!(dari.reasons(&Recipient { locale: Some("ar".into()), ..Default::default() }).is_none());
        let source = Audience { sources: vec!["caritas".into()], ..Default::default() };
        assert!(source.reasons(&Recipient { came_from: Some("caritas".into()), ..Default::default() }).is_some());
        assert!(source.reasons(&Recipient::default()).is_none());
    }

    #[test]
    fn a_coordinator_addresses_only_their_scope() {
        let scope = Scope { regions: vec!["berlin".into()], ..Default::default() };
        let all = Audience::default().within(&scope).unwrap();
        assert_eq!(all.regions, ["berlin"]);
        let berlin = Audience { countries: vec!["DE".into()], regions: vec!["berlin".into()], ..Default::default() };
        assert!(berlin.within(&scope).is_ok());
        assert!(Audience { countries: vec!["DE".into()], ..Default::default() }.within(&scope).is_err());
        assert!(Audience { regions: vec!["vienna".into()], ..Default::default() }.within(&scope).is_err());
        let germany = Scope { regions: vec!["DE".into()], ..Default::default() };
        assert!(Audience { regions: vec!["other_de".into()], ..Default::default() }.within(&germany).is_ok());
    }
}
