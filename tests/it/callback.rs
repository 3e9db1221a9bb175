//! The callback codec: every press the app can make fits Telegram's 64 bytes and decodes back to
//! itself, and `decode` is total: whatever a modified client sends gives a press or `None`,
//! never a panic, and never a press that would not survive its own round trip.

use crate::support::content;
use proptest::prelude::*;
use sifor::domain::event::Need;
use sifor::services::refugee::view::{BroadcastAction, EngineAction, EventAction, OrganiseAction, Press, ReviewAction};
use sifor::telegram::callback::{MAX_BYTES, decode, encode};

fn registry() -> &'static sifor::flow::Registry {
    &content().0
}

/// Every (flow, step) pair of the shipped registry.
fn flow_steps() -> Vec<(String, String)> {
    registry().flows().iter().flat_map(|f| f.steps.iter().map(|s| (f.id.clone(), s.id.clone()))).collect()
}

fn flow_ids() -> Vec<String> {
    registry().flows().iter().map(|f| f.id.clone()).collect()
}

fn action() -> impl Strategy<Value = EngineAction> {
    prop_oneof![
        any::<u16>().prop_map(EngineAction::Pick),
        Just(EngineAction::Done),
        Just(EngineAction::Back),
        Just(EngineAction::Skip),
        Just(EngineAction::Why),
        Just(EngineAction::Confirm),
        any::<u16>().prop_map(EngineAction::Change),
    ]
}

fn review_action() -> impl Strategy<Value = ReviewAction> {
    let code = "[a-z0-9_]{1,20}";
    prop_oneof![
        Just(ReviewAction::Show),
        Just(ReviewAction::Next),
        Just(ReviewAction::Claim),
        Just(ReviewAction::Statuses),
        Just(ReviewAction::Publish),
        Just(ReviewAction::Reply),
        code.prop_map(ReviewAction::Template),
        Just(ReviewAction::Write),
        Just(ReviewAction::Note),
        Just(ReviewAction::Flag),
        Just(ReviewAction::Story),
        code.prop_map(ReviewAction::Set),
        (code, code).prop_map(|(s, r)| ReviewAction::Reason(s, r)),
    ]
}

/// Every kind of press that carries callback data (`Link` is a web button and has none).
fn press() -> impl Strategy<Value = Press> {
    prop_oneof![
        4 => (prop::sample::select(flow_steps()), any::<u32>(), action())
            .prop_map(|((flow, step), nonce, action)| Press::Engine { flow, step, nonce, action }),
        1 => any::<u16>().prop_map(Press::Menu),
        1 => any::<u16>().prop_map(Press::Language),
        1 => Just(Press::LanguageList),
        1 => any::<bool>().prop_map(Press::Delete),
        1 => (any::<u16>(), any::<bool>()).prop_map(|(purpose, on)| Press::Consent { purpose, on }),
        1 => any::<u16>().prop_map(Press::More),
        1 => ("[a-z0-9-]{1,40}", any::<bool>()).prop_map(|(programme, saved)| Press::Feedback { programme, saved }),
        1 => prop::sample::select(flow_ids()).prop_map(Press::Flow),
        1 => (any::<bool>(), 1..i64::MAX).prop_map(|(accept, id)| Press::Invite { accept, id }),
        1 => Just(Press::StaffRoster),
        1 => any::<u8>().prop_map(Press::StaffInvite),
        1 => (any::<u8>(), any::<u16>()).prop_map(|(role, scope)| Press::StaffInviteScope { role, scope }),
        1 => "R-[A-HJ-NP-Z2-9]{3,12}".prop_map(Press::StaffRevoke),
        1 => "R-[A-HJ-NP-Z2-9]{3,12}".prop_map(Press::StaffRevokeConfirm),
        1 => Just(Press::AnnouncementStop),
        1 => (1..i64::MAX).prop_map(Press::AnnouncementWhy),
        1 => (prop::sample::select(BroadcastAction::ALL.to_vec()), 1..i64::MAX)
            .prop_map(|(action, id)| Press::Broadcast { action, id }),
        1 => (1..i64::MAX, any::<u16>()).prop_map(|(id, lang)| Press::BroadcastPreview { id, lang }),
        1 => (review_action(), 1..i64::MAX).prop_map(|(action, idea)| Press::Review { action, idea }),
        1 => (event_action(), 1..i64::MAX).prop_map(|(action, id)| Press::Event { action, id }),
        1 => (prop::sample::select(OrganiseAction::ALL.to_vec()), 1..i64::MAX)
            .prop_map(|(action, id)| Press::Organise { action, id }),
        1 => (1..i64::MAX, 1..i64::MAX).prop_map(|(event, idea)| Press::Discussed { event, idea }),
        1 => Just(Press::ReviewPublishAll),
        1 => any::<u16>().prop_map(Press::Stories),
        1 => (1..i64::MAX).prop_map(Press::StoryLike),
        1 => (1..i64::MAX, 0u8..3).prop_map(|(id, answer)| Press::StoryConsent { id, answer }),
        1 => (1..i64::MAX, any::<bool>()).prop_map(|(id, publish)| Press::StoryPublish { id, publish }),
        1 => (1..i64::MAX).prop_map(Press::IdeaAnswer),
        1 => (1..i64::MAX).prop_map(Press::IdeaMute),
    ]
}

fn event_action() -> impl Strategy<Value = EventAction> {
    prop_oneof![
        Just(EventAction::Come),
        Just(EventAction::CantCome),
        Just(EventAction::Leave),
        Just(EventAction::Accept),
        Just(EventAction::Decline),
        Just(EventAction::StillComing),
        Just(EventAction::Calendar),
        Just(EventAction::Needs),
        Just(EventAction::Toggle(Need::Childcare)),
        Just(EventAction::Toggle(Need::Access)),
        Just(EventAction::Interpreters),
        proptest::option::of(any::<u16>()).prop_map(EventAction::Interpreter),
        Just(EventAction::NeedsDone),
    ]
}

/// Near misses built from the grammar: a tag followed by digits, dots, letters and signs.
fn near_miss() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(vec![
        "e", "m", "l", "L", "D", "C", "M", "F", "S", "x", "E", "A", "As", "Aw", "B", "Bs", "Bv", "Q", "Qt", "Qr", "E",
        "Ey", "Et", "Ei", "O", "Oe", "Oz", "P", "P1.", "R", "Ra", "Rm", "Qm", "Qx", "X", "Xs", "Xl", "Xc", "Xc1.",
        "Xp", "Xp1.", "Qg", "",
    ]);
    let fragment = prop_oneof![
        "[0-9]{0,25}",
        Just(".".to_string()),
        Just("..".to_string()),
        "[a-z]{0,2}",
        "[0-9a-z]{0,8}",
        Just("-".to_string()),
        Just("+".to_string()),
        Just("0".to_string()),
        Just("1".to_string()),
    ];
    (tag, prop::collection::vec(fragment, 0..8)).prop_map(|(t, parts)| format!("{t}{}", parts.concat()))
}

/// Engine data of the right shape with each part drawn from valid, edge and invalid values.
fn engine_shaped() -> impl Strategy<Value = String> {
    let index = prop_oneof!["[0-9]{1,2}", "[0-9]{18,22}", Just(String::new()), Just("-1".to_string())];
    let nonce = prop_oneof!["[0-9a-z]{0,8}", Just("zzzzzzz".to_string()), Just("1z141z4".to_string())];
    let act = prop::sample::select(vec![
        "", "p", "p0", "p1", "p65535", "p65536", "x", "x3", "d", "dd", "b", "s", "w", "c", "c1", "q", "P1", "p+1",
        "p-1", "d.", "é",
    ]);
    let extra = prop::sample::select(vec!["", ".", ".d", ".."]);
    (index.clone(), index, nonce, act, extra).prop_map(|(f, s, n, a, x)| format!("e{f}.{s}.{n}.{a}{x}"))
}

/// Decoding gave nothing, or a press that encodes within the limit and decodes to itself.
fn holds(data: &str) -> Result<(), TestCaseError> {
    if let Some(p) = decode(data, registry()) {
        prop_assert!(!matches!(p, Press::Link(_)), "{data:?} decoded to a link");
        let again = encode(&p, registry());
        prop_assert!(again.len() <= MAX_BYTES, "{data:?} -> {p:?} -> {again:?}");
        prop_assert_eq!(decode(&again, registry()), Some(p), "{:?} re-encoded as {:?}", data, again);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn every_press_round_trips_within_64_bytes(p in press()) {
        let data = encode(&p, registry());
        prop_assert!(!data.is_empty(), "{p:?}");
        prop_assert!(data.len() <= MAX_BYTES, "{p:?} -> {} bytes: {data}", data.len());
        prop_assert!(data.is_ascii(), "{data}");
        prop_assert_eq!(decode(&data, registry()), Some(p));
    }

    #[test]
    fn decoding_any_string_never_panics(data in any::<String>()) {
        holds(&data)?;
    }

    #[test]
    fn decoding_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..80)) {
        holds(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn decoding_near_misses_never_panics(data in near_miss()) {
        holds(&data)?;
    }

    #[test]
    fn decoding_engine_shaped_data_never_panics(data in engine_shaped()) {
        holds(&data)?;
    }

    #[test]
    fn data_longer_than_64_bytes_is_never_ours(p in press(), pad in "[0-9a-z.]{65,120}", any in ".{65,100}") {
        // A valid press with junk after it, and any long string.
        let long = format!("{}{pad}", encode(&p, registry()));
        prop_assert_eq!(decode(&long, registry()), None);
        prop_assert_eq!(decode(&any, registry()), None);
    }
}

#[test]
fn data_that_panicked_before_the_fix_is_not_ours() {
    for data in [
        "",
        "e0.0.0.",
        "e",
        "e0",
        "e0.0",
        "e0.0.0",
        "e0.0.0.p",
        "e0.0.0.x",
        "e0.0.0.d.",
        "e0.0..d",
        "e999.0.0.d",
        "F",
        "F1",
        "F2abc",
        "F1ABC",
        "C",
        "C.1",
        "C1.",
        "C1.2",
        "m",
        "m65536",
        "L1",
        "D",
        "D2",
        "S",
        "S99999999999999999999",
        "é",
        "\u{0}",
    ] {
        assert_eq!(decode(data, registry()), None, "{data:?}");
    }
}

#[test]
fn hand_written_data_decodes_to_the_press_it_names() {
    let flows = registry();
    let first = &flows.flows()[0];
    let engine = |action| Press::Engine { flow: first.id.clone(), step: first.steps[0].id.clone(), nonce: 0, action };
    assert_eq!(decode("e0.0.0.d", flows), Some(engine(EngineAction::Done)));
    assert_eq!(decode("e0.0.0.p3", flows), Some(engine(EngineAction::Pick(3))));
    assert_eq!(decode("m2", flows), Some(Press::Menu(2)));
    assert_eq!(decode("L", flows), Some(Press::LanguageList));
    assert_eq!(decode("C1.0", flows), Some(Press::Consent { purpose: 1, on: false }));
    assert_eq!(
        decode("F1job-centre-berlin", flows),
        Some(Press::Feedback { programme: "job-centre-berlin".into(), saved: true })
    );
    assert_eq!(decode("S0", flows), Some(Press::Flow(first.id.clone())));
    assert_eq!(decode("Ts1.4", flows), Some(Press::StaffInviteScope { role: 1, scope: 4 }));
    assert_eq!(decode("TrR-7F3K", flows), Some(Press::StaffRevoke("R-7F3K".into())));
    assert_eq!(decode("As", flows), Some(Press::AnnouncementStop));
    assert_eq!(decode("Aw12", flows), Some(Press::AnnouncementWhy(12)));
    assert_eq!(decode("Bp7", flows), Some(Press::Broadcast { action: BroadcastAction::Pause, id: 7 }));
    assert_eq!(decode("Bv3.7", flows), Some(Press::BroadcastPreview { id: 7, lang: 3 }));
    assert_eq!(
        decode("Qr7.not_taken_up.no_funding", flows),
        Some(Press::Review { action: ReviewAction::Reason("not_taken_up".into(), "no_funding".into()), idea: 7 })
    );
    for bad in ["Qt7", "Qt7.", "Qt7.Bad", "Qr7.a", "Qr7.a.b.c", "Qx7", "Qv0", "Qt7.abcdefghijklmnopqrstu"] {
        assert_eq!(decode(bad, flows), None, "{bad}");
    }
    for bad in
        ["Aw0", "Aw-1", "Aw+1", "Aw01", "Asx", "Bq7", "Bp", "Bp0", "Bv.7", "Bv3.", "Bv3.0", "Bp99999999999999999999"]
    {
        assert_eq!(decode(bad, flows), None, "{bad}");
    }
    // Not pseudonyms: another kind's prefix, letters that look alike, SQL, too short.
    for data in [
        "TrI-7F3K",
        "TrR-0O1I",
        "TyR-7F3K' OR 1=1",
        "TrR-7F",
        "Tx",
        "T",
        "I2",
        "Tl1",
        "I1",
        "I1.0",
        "I1.-3",
        "I1.",
        "I2.5",
    ] {
        assert_eq!(decode(data, flows), None, "{data}");
    }
    // The largest nonce in base 36 still fits, and web buttons carry no callback data.
    let big = Press::Engine {
        flow: first.id.clone(),
        step: first.steps.last().unwrap().id.clone(),
        nonce: u32::MAX,
        action: EngineAction::Change(u16::MAX),
    };
    assert!(encode(&big, flows).contains(".1z141z3."), "{}", encode(&big, flows));
    assert_eq!(encode(&Press::Link("https://example.org".into()), flows), "");
}
