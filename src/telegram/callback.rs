//! Callback data: every button's [`Press`] in at most 64 bytes of ASCII, and back.
//!
//! Engine buttons carry the flow and step as indices into the registry, the session nonce in
//! base 36 and the action: `e1.12.3k9f2a.p3`. Data that does not decode, or names a flow or step
//! that does not exist, is treated as a stale button; the engine itself checks step and nonce
//! against the session, so forged data can never do more than an old button could.
//!
//! [`decode`] is total: any string (empty, too long, non-ASCII, any bytes a modified client
//! sends) gives a press or `None`, never a panic; a property test holds it to that.

use crate::domain::pseudonym;
use crate::flow::Registry;
use crate::services::refugee::view::{BroadcastAction, EngineAction, EventAction, OrganiseAction, Press, ReviewAction};

/// Telegram's limit for `callback_data`.
pub const MAX_BYTES: usize = 64;

pub fn encode(press: &Press, flows: &Registry) -> String {
    match press {
        Press::Engine { flow, step, nonce, action } => {
            let f = flows.flows().iter().position(|x| x.id == *flow);
            let s = f.and_then(|f| flows.flows()[f].index_of(step));
            let (f, s) = (f.unwrap_or(usize::MAX >> 1), s.unwrap_or(usize::MAX >> 1));
            let a = match action {
                EngineAction::Pick(i) => format!("p{i}"),
                EngineAction::Done => "d".into(),
                EngineAction::Back => "b".into(),
                EngineAction::Skip => "s".into(),
                EngineAction::Why => "w".into(),
                EngineAction::Confirm => "c".into(),
                EngineAction::Change(i) => format!("x{i}"),
            };
            format!("e{f}.{s}.{}.{a}", base36(*nonce))
        }
        Press::Menu(i) => format!("m{i}"),
        Press::Language(i) => format!("l{i}"),
        Press::LanguageList => "L".into(),
        Press::Delete(yes) => format!("D{}", u8::from(*yes)),
        Press::Consent { purpose, on } => format!("C{purpose}.{}", u8::from(*on)),
        Press::More(page) => format!("M{page}"),
        // Programme ids are at most 40 characters: this stays under 64 bytes.
        Press::Feedback { programme, saved } => format!("F{}{programme}", u8::from(*saved)),
        Press::Flow(id) => format!("S{}", flows.flows().iter().position(|f| f.id == *id).unwrap_or(usize::MAX >> 1)),
        Press::Invite { accept, id } => format!("I{}.{id}", u8::from(*accept)),
        Press::StaffRoster => "Tl".into(),
        Press::StaffInvite(role) => format!("Ti{role}"),
        Press::StaffInviteScope { role, scope } => format!("Ts{role}.{scope}"),
        // Pseudonyms are at most 14 characters.
        Press::StaffRevoke(who) => format!("Tr{who}"),
        Press::StaffRevokeConfirm(who) => format!("Ty{who}"),
        Press::AnnouncementStop => "As".into(),
        Press::AnnouncementWhy(id) => format!("Aw{id}"),
        Press::Broadcast { action, id } => format!("B{}{id}", action.code()),
        Press::BroadcastPreview { id, lang } => format!("Bv{lang}.{id}"),
        Press::Review { action, idea } => match action {
            ReviewAction::Show => format!("Qv{idea}"),
            ReviewAction::Next => format!("Qn{idea}"),
            ReviewAction::Claim => format!("Qc{idea}"),
            ReviewAction::Statuses => format!("Qs{idea}"),
            // Status and reason ids are at most 20 characters: this stays under 64 bytes.
            ReviewAction::Set(status) => format!("Qt{idea}.{status}"),
            ReviewAction::Reason(status, reason) => format!("Qr{idea}.{status}.{reason}"),
            ReviewAction::Publish => format!("Qp{idea}"),
            ReviewAction::Reply => format!("Qa{idea}"),
            // Template ids are at most 20 characters.
            ReviewAction::Template(t) => format!("Qm{idea}.{t}"),
            ReviewAction::Write => format!("Qw{idea}"),
            ReviewAction::Note => format!("Qo{idea}"),
            ReviewAction::Flag => format!("Qf{idea}"),
            ReviewAction::Story => format!("Qg{idea}"),
        },
        Press::Event { action, id } => format!("E{}", action.encode(*id)),
        Press::Organise { action, id } => format!("O{}{id}", action.code()),
        Press::Discussed { event, idea } => format!("P{event}.{idea}"),
        Press::ReviewPublishAll => "Qx".into(),
        Press::Stories(page) => format!("Xs{page}"),
        Press::StoryLike(id) => format!("Xl{id}"),
        Press::StoryConsent { id, answer } => format!("Xc{id}.{answer}"),
        Press::StoryPublish { id, publish } => format!("Xp{id}.{}", u8::from(*publish)),
        Press::IdeaAnswer(idea) => format!("Ra{idea}"),
        Press::IdeaMute(idea) => format!("Rm{idea}"),
        // Web buttons carry a URL, not callback data; see `render`.
        Press::Link(_) => String::new(),
    }
}

/// The press behind callback data, or `None` when it is not ours or names nothing that exists.
pub fn decode(data: &str, flows: &Registry) -> Option<Press> {
    if data.len() > MAX_BYTES || !data.is_ascii() {
        return None;
    }
    let (tag, rest) = data.split_at_checked(1)?;
    let num = |s: &str| s.parse::<u16>().ok();
    match tag {
        "m" => num(rest).map(Press::Menu),
        "l" => num(rest).map(Press::Language),
        "L" if rest.is_empty() => Some(Press::LanguageList),
        "C" => {
            let (purpose, on) = rest.split_once('.')?;
            let on = match on {
                "1" => true,
                "0" => false,
                _ => return None,
            };
            Some(Press::Consent { purpose: num(purpose)?, on })
        }
        "M" => num(rest).map(Press::More),
        "S" => flows.flows().get(rest.parse::<usize>().ok()?).map(|f| Press::Flow(f.id.clone())),
        "F" => {
            let (saved, id) = rest.split_at_checked(1)?;
            let valid = !id.is_empty()
                && id.len() <= 40
                && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            match (saved, valid) {
                ("1", true) => Some(Press::Feedback { programme: id.to_string(), saved: true }),
                ("0", true) => Some(Press::Feedback { programme: id.to_string(), saved: false }),
                _ => None,
            }
        }
        "I" => {
            let (accept, id) = rest.split_once('.')?;
            let id = id.parse::<i64>().ok().filter(|id| *id > 0)?;
            match accept {
                "1" => Some(Press::Invite { accept: true, id }),
                "0" => Some(Press::Invite { accept: false, id }),
                _ => None,
            }
        }
        "T" => {
            let (kind, rest) = rest.split_at_checked(1)?;
            let who = || pseudonym::is_valid(pseudonym::Kind::User, rest).then(|| rest.to_string());
            match kind {
                "l" if rest.is_empty() => Some(Press::StaffRoster),
                "i" => rest.parse::<u8>().ok().map(Press::StaffInvite),
                "s" => {
                    let (role, scope) = rest.split_once('.')?;
                    Some(Press::StaffInviteScope { role: role.parse().ok()?, scope: num(scope)? })
                }
                "r" => who().map(Press::StaffRevoke),
                "y" => who().map(Press::StaffRevokeConfirm),
                _ => None,
            }
        }
        "A" => match rest.split_at_checked(1)? {
            ("s", "") => Some(Press::AnnouncementStop),
            ("w", id) => positive(id).map(Press::AnnouncementWhy),
            _ => None,
        },
        "B" => {
            let (code, rest) = rest.split_at_checked(1)?;
            if code == "v" {
                let (lang, id) = rest.split_once('.')?;
                return Some(Press::BroadcastPreview { id: positive(id)?, lang: num(lang)? });
            }
            Some(Press::Broadcast { action: BroadcastAction::from_code(code)?, id: positive(rest)? })
        }
        "Q" if rest == "x" => Some(Press::ReviewPublishAll),
        "Q" => {
            let (code, rest) = rest.split_at_checked(1)?;
            let mut parts = rest.split('.');
            let idea = positive(parts.next()?)?;
            let id = |s: Option<&str>| s.filter(|s| crate::domain::idea::is_code(s)).map(str::to_string);
            let action = match code {
                "v" => ReviewAction::Show,
                "n" => ReviewAction::Next,
                "c" => ReviewAction::Claim,
                "s" => ReviewAction::Statuses,
                "p" => ReviewAction::Publish,
                "a" => ReviewAction::Reply,
                "m" => ReviewAction::Template(id(parts.next())?),
                "w" => ReviewAction::Write,
                "o" => ReviewAction::Note,
                "f" => ReviewAction::Flag,
                "g" => ReviewAction::Story,
                "t" => ReviewAction::Set(id(parts.next())?),
                "r" => ReviewAction::Reason(id(parts.next())?, id(parts.next())?),
                _ => return None,
            };
            if parts.next().is_some() {
                return None;
            }
            Some(Press::Review { action, idea })
        }
        "E" => {
            let (letter, rest) = rest.split_at_checked(1)?;
            let (id, arg) = match rest.split_once('.') {
                Some((id, arg)) => (id, Some(arg)),
                None => (rest, None),
            };
            Some(Press::Event { action: EventAction::decode(letter, arg)?, id: positive(id)? })
        }
        "O" => {
            let (code, id) = rest.split_at_checked(1)?;
            Some(Press::Organise { action: OrganiseAction::from_code(code)?, id: positive(id)? })
        }
        "R" => match rest.split_at_checked(1)? {
            ("a", idea) => positive(idea).map(Press::IdeaAnswer),
            ("m", idea) => positive(idea).map(Press::IdeaMute),
            _ => None,
        },
        "X" => match rest.split_at_checked(1)? {
            ("s", page) => num(page).map(Press::Stories),
            ("l", id) => positive(id).map(Press::StoryLike),
            ("c", rest) => {
                let (id, answer) = rest.split_once('.')?;
                let answer = match answer {
                    "0" => 0,
                    "1" => 1,
                    "2" => 2,
                    _ => return None,
                };
                Some(Press::StoryConsent { id: positive(id)?, answer })
            }
            ("p", rest) => match rest.split_once('.')? {
                (id, "1") => Some(Press::StoryPublish { id: positive(id)?, publish: true }),
                (id, "0") => Some(Press::StoryPublish { id: positive(id)?, publish: false }),
                _ => None,
            },
            _ => None,
        },
        "P" => {
            let (event, idea) = rest.split_once('.')?;
            Some(Press::Discussed { event: positive(event)?, idea: positive(idea)? })
        }
        "D" => match rest {
            "1" => Some(Press::Delete(true)),
            "0" => Some(Press::Delete(false)),
            _ => None,
        },
        "e" => {
            let mut parts = rest.split('.');
            let flow = flows.flows().get(parts.next()?.parse::<usize>().ok()?)?;
            let step = flow.steps.get(parts.next()?.parse::<usize>().ok()?)?;
            let nonce = u32::from_str_radix(parts.next()?, 36).ok()?;
            let a = parts.next()?;
            if parts.next().is_some() {
                return None;
            }
            let (code, n) = a.split_at_checked(1)?;
            let action = match (code, n) {
                ("p", n) => EngineAction::Pick(num(n)?),
                ("x", n) => EngineAction::Change(num(n)?),
                ("d", "") => EngineAction::Done,
                ("b", "") => EngineAction::Back,
                ("s", "") => EngineAction::Skip,
                ("w", "") => EngineAction::Why,
                ("c", "") => EngineAction::Confirm,
                _ => return None,
            };
            Some(Press::Engine { flow: flow.id.clone(), step: step.id.clone(), nonce, action })
        }
        _ => None,
    }
}

/// A positive id written in plain decimal digits (no sign, no leading zero).
fn positive(s: &str) -> Option<i64> {
    let canonical = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0');
    s.parse::<i64>().ok().filter(|id| canonical && *id > 0)
}

fn base36(mut n: u32) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS.get((n % 36) as usize).copied().unwrap_or(b'0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    out.into_iter().map(char::from).collect()
}
