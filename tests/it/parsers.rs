//! Parsers of outside input beyond the callback codec: command lines, invitation tokens in
//! `/start` payloads, staff scopes and durations typed by operators, pseudonyms in callback data.
//! Each is total (a proptest feeds it anything) and says what it accepts.

use proptest::prelude::*;
use sifor::domain::pseudonym::{self, Kind};
use sifor::domain::staff::{self, Scope, ScopeError};
use sifor::services::commands::{self, COMMANDS, Command};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn command_lines_parse_or_not_without_panicking(text in "\\PC{0,80}", slash in any::<bool>()) {
        let line = if slash { format!("/{text}") } else { text };
        if let Some((command, rest)) = commands::parse(&line) {
            let name = line.trim_start_matches('/').split(|c: char| c.is_whitespace() || c == '@').next().unwrap_or("");
            prop_assert!(name.eq_ignore_ascii_case(command.spec().name), "{line:?}");
            prop_assert_eq!(rest, rest.trim());
        }
    }

    #[test]
    fn start_payloads_are_tokens_only_in_the_exact_shape(payload in "\\PC{0,80}") {
        if staff::is_token(&payload) {
            prop_assert!(payload.starts_with(staff::TOKEN_PREFIX) && payload.len() == 36, "{payload:?}");
        }
    }

    #[test]
    fn tokens_from_any_bytes_are_valid_deep_link_payloads(bytes in any::<[u8; 24]>()) {
        let token = staff::token_from_bytes(&bytes);
        prop_assert!(staff::is_token(&token), "{token}");
        prop_assert!(token.len() <= 64 && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-'));
    }

    #[test]
    fn scopes_and_durations_from_anything(regions in "\\PC{0,40}", topics in "\\PC{0,40}", org in "\\PC{0,100}", d in "\\PC{0,12}") {
        if let Ok(scope) = Scope::parse(&regions, &topics, Some(&org)) {
            prop_assert!(!scope.regions.is_empty());
            prop_assert_eq!(Scope::from_stored(&scope.regions_code(), &scope.topics_code(), scope.organisation.clone()), scope);
        }
        if let Some(secs) = staff::parse_duration(&d) {
            prop_assert!((600..=30 * 86_400).contains(&secs), "{d:?} → {secs}");
        }
        let _ = pseudonym::is_valid(Kind::User, &d);
    }
}

#[test]
fn commands_read_with_a_bot_name_and_a_payload() {
    assert_eq!(commands::parse("/start flyer_berlin"), Some((Command::Start, "flyer_berlin")));
    assert_eq!(commands::parse("/HELP@sifor_bot"), Some((Command::Help, "")));
    assert_eq!(commands::parse("/staff"), Some((Command::Staff, "")));
    assert_eq!(commands::parse("/announce"), Some((Command::Announce, "")));
    assert_eq!(commands::parse("/announcement"), None);
    assert_eq!(commands::parse("help"), None);
    assert_eq!(commands::parse("/"), None);
    let names: std::collections::BTreeSet<&str> = COMMANDS.iter().map(|c| c.name).collect();
    assert_eq!(names.len(), COMMANDS.len(), "no command twice");
}

#[test]
fn scopes_say_what_is_wrong() {
    let ok = Scope::parse("berlin, DE", "jobs,business", Some(" IQ Netzwerk ")).unwrap();
    assert_eq!(ok.regions, ["berlin", "DE"]);
    assert_eq!(ok.organisation.as_deref(), Some("IQ Netzwerk"));
    assert!(ok.covers_place(Some("DE"), Some("other_de")) && ok.covers_place(None, Some("berlin")));
    assert!(!ok.covers_place(Some("AT"), Some("vienna")));
    assert!(ok.covers_topic("jobs") && !ok.covers_topic("childcare"));
    assert!(matches!(Scope::parse("", "", None), Err(ScopeError::NoRegion)));
    assert!(matches!(Scope::parse("atlantis", "", None), Err(ScopeError::Region(r, _)) if r == "atlantis"));
    assert!(matches!(Scope::parse("vienna", "weather", None), Err(ScopeError::Topic(t, _)) if t == "weather"));
    assert!(matches!(Scope::parse("vienna", "", Some("a\nb")), Err(ScopeError::Organisation)));
    assert_eq!(Scope::from_stored("berlin,atlantis", "jobs,weather", None).regions, ["berlin"], "never widened");
    assert_eq!(staff::parse_duration("72h"), Some(72 * 3_600));
    assert_eq!(staff::parse_duration("9m"), None, "under 10 minutes");
    assert_eq!(staff::parse_duration("31d"), None);
    assert_eq!(staff::parse_duration("h"), None);
    assert_eq!(staff::parse_duration("٣h"), None);
}

#[test]
fn utc_times_read_as_calendar_dates() {
    use sifor::domain::clock::utc_text;
    assert_eq!(utc_text(0), "1970-01-01 00:00 UTC");
    assert_eq!(utc_text(1_795_845_997), "2026-11-28 06:06 UTC");
    assert_eq!(utc_text(951_782_400), "2000-02-29 00:00 UTC");
    assert_eq!(utc_text(-86_400), "1969-12-31 00:00 UTC");
}

#[test]
fn teloxide_update_logging_stays_off_whatever_sifor_log_says() {
    let specific = "teloxide::update_listeners::webhooks::axum=error";
    for wanted in
        [None, Some("info"), Some("trace"), Some("teloxide=trace"), Some(specific), Some(""), Some("not a filter[")]
    {
        let filter = sifor::startup::log_filter(wanted).to_string();
        assert!(!filter.contains("axum=error") && !filter.contains("teloxide=trace"), "{wanted:?} → {filter}");
        for target in ["teloxide::dispatching=off", "teloxide::update_listeners=off", "teloxide::error_handlers=off"] {
            assert!(filter.contains(target), "{wanted:?} → {filter}");
        }
    }
}
