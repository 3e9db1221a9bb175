//! Never a dead end: on the shipped content, whatever a user taps or types, /menu shows the
//! main menu and each of its entries starts a flow; the under-16 answer can always be corrected.

use crate::support::content;
use proptest::prelude::*;
use sifor::services::commands::COMMANDS;
use sifor::services::refugee::consent::is_minor;
use sifor::services::refugee::conversation::{Command, Conversation, Event, Reply, UserState};
use sifor::services::refugee::view::{Button, Press, View};

fn conversation() -> Conversation<'static> {
    let (flows, locales) = content();
    Conversation { flows, locales, catalogue: &[] }
}

fn text(tag: &str, id: &str) -> String {
    content().1.text(tag, id, &[])
}

/// The keyboards of a reply: text, options and nav.
fn keyboards(reply: &Reply) -> impl Iterator<Item = (&str, &[Button], &[Button])> {
    reply.views.iter().filter_map(|v| match v {
        View::Keyboard { text, options, nav, .. } => Some((text.as_str(), options.as_slice(), nav.as_slice())),
        _ => None,
    })
}

/// Every button the reply shows.
fn buttons(reply: &Reply) -> Vec<Button> {
    keyboards(reply).flat_map(|(_, o, n)| o.iter().chain(n)).cloned().collect()
}

/// The answer buttons of the reply (no navigation).
fn options(reply: &Reply) -> Vec<Button> {
    keyboards(reply).flat_map(|(_, o, _)| o).cloned().collect()
}

/// What the user reads, one view a line (for failure messages).
fn shown(reply: &Reply) -> String {
    reply
        .views
        .iter()
        .map(|v| match v {
            View::Text(t) | View::Echo(t) => t.clone(),
            View::Keyboard { text, options, nav, .. } => {
                let labels: Vec<&str> = options.iter().chain(nav).map(|b| b.label.as_str()).collect();
                format!("{text} {labels:?}")
            }
            View::Document { file_name, .. } => format!("[file {file_name}]"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether the reply shows a keyboard whose text contains `needle`.
fn asks(reply: &Reply, needle: &str) -> bool {
    keyboards(reply).any(|(t, _, _)| t.contains(needle))
}

/// The under-16 answer with its "I tapped the wrong age" button, as the reply shows it.
fn too_young_with_correction(reply: &Reply, tag: &str) -> bool {
    let correction = Button { label: text(tag, "btn-wrong-age"), press: Press::Flow("onboarding".into()) };
    keyboards(reply).any(|(t, options, _)| t == text(tag, "onb-too-young") && options == [correction.clone()])
}

/// Whether the reply asks a question of `flow` (a keyboard with its engine buttons).
fn asks_question_of(reply: &Reply, flow: &str) -> bool {
    buttons(reply).iter().any(|b| matches!(&b.press, Press::Engine { flow: f, .. } if f == flow))
}

/// From `state` (left untouched), /menu shows the main menu in the user's language, and every
/// entry of it starts its flow: its first question, or the under-16 answer for a minor.
fn menu_leads_somewhere(state: &UserState) -> Result<(), TestCaseError> {
    let (flows, _) = content();
    let conv = conversation();
    let tag = state.locale.clone().expect("the walk picks a language first");
    let mut at_menu = state.clone();
    let menu = conv.handle(&mut at_menu, Event::Command(Command::Menu));
    let title = text(&tag, "menu-title");
    let entries = keyboards(&menu).find(|(t, _, _)| *t == title).map(|(_, o, _)| o.to_vec());
    prop_assert!(entries.is_some(), "/menu shows no menu in {}:\n{}", tag, shown(&menu));
    let entries = entries.unwrap_or_default();
    let minor = is_minor(&at_menu);
    for (i, flow) in flows.menu().enumerate() {
        let Some(entry) = entries.iter().find(|b| b.press == Press::Menu(i as u16)) else {
            return Err(TestCaseError::fail(format!("menu entry {i} missing: {entries:?}")));
        };
        prop_assert_eq!(&entry.label, &text(&tag, &flow.title));
        let mut s = at_menu.clone();
        let reply = conv.handle(&mut s, Event::Press(&entry.press));
        if minor {
            prop_assert!(
                too_young_with_correction(&reply, &tag),
                "{} while under 16 shows:\n{}",
                flow.id,
                shown(&reply)
            );
        } else {
            prop_assert!(asks_question_of(&reply, &flow.id), "{} starts with no question:\n{}", flow.id, shown(&reply));
        }
    }
    // The last entry opens the language list.
    let languages = entries.iter().find(|b| b.press == Press::Menu(flows.menu().count() as u16));
    prop_assert!(languages.is_some(), "no language entry: {:?}", entries);
    if let Some(b) = languages {
        let reply = conv.handle(&mut at_menu.clone(), Event::Press(&b.press));
        prop_assert!(asks(&reply, &text(&tag, "language-title")), "{}", shown(&reply));
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Move {
    /// An answer button of the last reply (any of its buttons if it has none).
    Option(prop::sample::Index),
    /// A button of the last reply: an answer or a way around (Back, Skip, Why, Language).
    Press(prop::sample::Index),
    /// A button of any earlier keyboard (still on the screen in Telegram).
    OldPress(prop::sample::Index),
    Command(prop::sample::Index),
    Text(String),
    Unsupported,
    UnknownCommand,
    Stale,
}

fn a_move() -> impl Strategy<Value = Move> {
    prop_oneof![
        12 => any::<prop::sample::Index>().prop_map(Move::Option),
        3 => any::<prop::sample::Index>().prop_map(Move::Press),
        2 => any::<prop::sample::Index>().prop_map(Move::OldPress),
        3 => any::<prop::sample::Index>().prop_map(Move::Command),
        1 => "[0-9]{1,2}".prop_map(Move::Text),
        1 => ".{0,30}".prop_map(Move::Text),
        2 => Just(Move::Text("An idea that is long enough to be kept".into())),
        1 => Just(Move::Unsupported),
        1 => Just(Move::UnknownCommand),
        1 => Just(Move::Stale),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_sequence_of_events_leads_to_a_dead_end(
        language in any::<prop::sample::Index>(),
        moves in prop::collection::vec(a_move(), 0..100),
    ) {
        let conv = conversation();
        let mut state = UserState::default();
        let first = conv.handle(&mut state, Event::Command(Command::Start));
        let list: Vec<Button> = buttons(&first).into_iter().filter(|b| matches!(b.press, Press::Language(_))).collect();
        prop_assert_eq!(list.len(), content().1.languages().len(), "{}", shown(&first));
        let reply = conv.handle(&mut state, Event::Press(&language.get(&list).press));
        prop_assert!(state.locale.is_some());
        prop_assert!(!reply.views.is_empty());
        menu_leads_somewhere(&state)?;
        let mut offered = buttons(&reply);
        let mut answers = options(&reply);
        let mut seen: Vec<Press> = offered.iter().map(|b| b.press.clone()).collect();
        let mut trail = Vec::new();
        for m in moves {
            let press;
            let event = match &m {
                Move::Option(i) if !answers.is_empty() => {
                    press = i.get(&answers).press.clone();
                    Event::Press(&press)
                }
                Move::Option(i) | Move::Press(i) if !offered.is_empty() => {
                    press = i.get(&offered).press.clone();
                    Event::Press(&press)
                }
                Move::Option(i) | Move::Press(i) | Move::OldPress(i) => {
                    press = i.get(&seen).clone();
                    Event::Press(&press)
                }
                Move::Command(i) => Event::Command(i.get(COMMANDS).command),
                Move::Text(t) => Event::Text(t),
                Move::Unsupported => Event::Unsupported,
                Move::UnknownCommand => Event::UnknownCommand,
                Move::Stale => Event::StalePress,
            };
            trail.push(format!("{event:?}"));
            // A web button opens in Telegram and sends the bot nothing (and the walk has no
            // catalogue, so it shows none).
            if matches!(event, Event::Press(Press::Link(_))) {
                continue;
            }
            let reply = conv.handle(&mut state, event);
            prop_assert!(!reply.views.is_empty(), "nothing shown after {:#?}", trail);
            for v in &reply.views {
                if let View::Text(t) | View::Keyboard { text: t, .. } = v {
                    prop_assert!(!t.trim().is_empty(), "an empty message after {:#?}:\n{}", trail, shown(&reply));
                }
            }
            menu_leads_somewhere(&state).map_err(|e| TestCaseError::fail(format!("{e}\nafter {trail:#?}")))?;
            offered = buttons(&reply);
            answers = options(&reply);
            for b in &offered {
                if !seen.contains(&b.press) {
                    seen.push(b.press.clone());
                }
            }
        }
    }
}

/// English picked, then each press found by the label the user reads.
fn onboard_en() -> (UserState, Reply) {
    let conv = conversation();
    let mut state = UserState::default();
    conv.handle(&mut state, Event::Command(Command::Start));
    let reply = conv.handle(&mut state, Event::Press(&Press::Language(language_index("en"))));
    assert_eq!(state.locale.as_deref(), Some("en"));
    (state, reply)
}

fn language_index(tag: &str) -> u16 {
    content().1.languages().iter().position(|l| l.tag == tag).unwrap() as u16
}

/// Taps the button whose label contains `label`.
fn tap(state: &mut UserState, reply: &Reply, label: &str) -> Reply {
    let all = buttons(reply);
    let b = all.iter().find(|b| b.label.contains(label)).unwrap_or_else(|| panic!("no `{label}` in\n{}", shown(reply)));
    conversation().handle(state, Event::Press(&b.press))
}

#[test]
fn under_16_can_correct_the_age_and_every_menu_entry_offers_it_again() {
    let conv = conversation();
    let en = |id: &str| text("en", id);
    let (mut state, reply) = onboard_en();
    assert!(asks(&reply, &en("onb-age")), "{}", shown(&reply));

    let young = tap(&mut state, &reply, &en("opt-age-under-14"));
    assert!(too_young_with_correction(&young, "en"), "{}", shown(&young));
    assert!(is_minor(&state));
    // The menu follows the answer, so the user is not left with one button only.
    assert!(asks(&young, &en("menu-title")), "{}", shown(&young));
    let under_16 = state.clone();

    // Every menu entry gives the answer again, with the way back to the age question.
    let menu: Vec<Button> =
        buttons(&young).into_iter().filter(|b| matches!(b.press, Press::Menu(i) if i < 3)).collect();
    assert_eq!(menu.len(), 3, "{}", shown(&young));
    for entry in &menu {
        let mut s = under_16.clone();
        let again = conv.handle(&mut s, Event::Press(&entry.press));
        assert!(too_young_with_correction(&again, "en"), "{}: {}", entry.label, shown(&again));
        assert!(!asks(&again, &en("onb-consent-profile")), "{}", shown(&again));
        // ... and the correction works from there too.
        let back = tap(&mut s, &again, &en("btn-wrong-age"));
        assert!(asks(&back, &en("onb-age")), "{}", shown(&back));
    }

    // "I tapped the wrong age" asks the age again; 18–24 goes on to the consent question.
    let back = tap(&mut state, &young, &en("btn-wrong-age"));
    assert!(asks(&back, &en("onb-age")), "{}", shown(&back));
    let adult = tap(&mut state, &back, &en("opt-age-18-24"));
    assert!(asks(&adult, &en("onb-consent-profile")), "{}", shown(&adult));
    assert!(!is_minor(&state));
    assert!(!too_young_with_correction(&adult, "en"), "{}", shown(&adult));
}

#[test]
fn restart_while_under_16_starts_the_onboarding_again() {
    let conv = conversation();
    let en = |id: &str| text("en", id);
    let (mut state, reply) = onboard_en();
    let young = tap(&mut state, &reply, &en("opt-age-under-14"));
    assert!(asks(&young, &en("menu-title")), "{}", shown(&young));

    // From the menu right after the answer.
    let mut s = state.clone();
    let restarted = conv.handle(&mut s, Event::Command(Command::Restart));
    assert!(asks(&restarted, &en("onb-age")), "{}", shown(&restarted));
    assert!(asks_question_of(&restarted, "onboarding"), "{}", shown(&restarted));
    let adult = tap(&mut s, &restarted, &en("opt-age-25-35"));
    assert!(asks(&adult, &en("onb-consent-profile")), "{}", shown(&adult));

    // From the menu after a menu entry gave the under-16 answer again.
    let jobs = conv.handle(&mut state, Event::Press(&Press::Menu(0)));
    assert!(too_young_with_correction(&jobs, "en"), "{}", shown(&jobs));
    let restarted = conv.handle(&mut state, Event::Command(Command::Restart));
    assert!(asks(&restarted, &en("onb-age")), "{}", shown(&restarted));
}

#[test]
fn restart_in_an_unfinished_jobs_flow_restarts_that_flow() {
    let conv = conversation();
    let en = |id: &str| text("en", id);
    let (mut state, reply) = onboard_en();
    let mut r = tap(&mut state, &reply, &en("opt-age-25-35"));
    for (question, answer) in [
        ("onb-consent-profile", "opt-consent-yes"),
        ("onb-consent-announcements", "opt-no"),
        ("onb-consent-ideas", "opt-no"),
        ("onb-country", "opt-country-de"),
        ("onb-region", "opt-region-berlin"),
        ("onb-goals", "opt-goal-job"),
    ] {
        assert!(asks(&r, &en(question)), "expected {question}:\n{}", shown(&r));
        r = tap(&mut state, &r, &en(answer));
    }
    let r = tap(&mut state, &r, &en("btn-done"));
    assert!(asks(&r, &en("q-allowed-to-work")), "{}", shown(&r));
    assert!(asks_question_of(&r, "jobs"), "{}", shown(&r));
    let r = tap(&mut state, &r, &en("opt-yes"));
    assert!(asks(&r, &en("q-status")), "{}", shown(&r));

    let restarted = conv.handle(&mut state, Event::Command(Command::Restart));
    assert!(restarted.views.contains(&View::Text(en("restart-done"))), "{}", shown(&restarted));
    assert!(asks(&restarted, &en("q-allowed-to-work")), "{}", shown(&restarted));
    assert!(asks_question_of(&restarted, "jobs"), "{}", shown(&restarted));
    assert!(!asks(&restarted, &en("onb-age")), "{}", shown(&restarted));
}
