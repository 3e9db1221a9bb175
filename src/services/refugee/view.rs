//! Turns engine effects into localized views: texts, echoes and questions with their buttons.
//! The terminal chat prints views; the Telegram adapter sends them as messages and keyboards.

use crate::flow::{Action, Arg, Effect, Question, Shown, StepKind};
use crate::i18n::Locales;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// A message on its own.
    Text(String),
    /// The answer just given ("✓ Berlin"), shown under its question.
    Echo(String),
    /// A message with buttons: `options` are the answers, `nav` the ways around (Back, Skip, ...).
    Keyboard { text: String, options: Vec<Button>, nav: Vec<Button>, refresh: bool },
    /// A file to send (the /mydata export).
    Document { file_name: String, caption: String, content: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub press: Press,
}

/// What a button does when pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Press {
    /// An engine action for the question it was made for.
    Engine { flow: String, step: String, nonce: u32, action: EngineAction },
    /// The n-th entry of the main menu.
    Menu(u16),
    /// The n-th language of the language list.
    Language(u16),
    /// Open the language list.
    LanguageList,
    /// The confirm (true) or cancel button of /delete.
    Delete(bool),
    /// Set the consent for the n-th purpose on or off (the wanted state, so a second tap or an
    /// old keyboard changes nothing unexpected).
    Consent { purpose: u16, on: bool },
    /// Open a web page (a programme's contact).
    Link(String),
    /// The n-th page of the matches.
    More(u16),
    /// "Saved" (true) or "not for me" (false) on a programme.
    Feedback { programme: String, saved: bool },
    /// Start the flow with this id.
    Flow(String),
    /// Accept or decline the staff invitation with this id, which the user opened with its link.
    Invite { accept: bool, id: i64 },
    /// Admin: the roster (again).
    StaffRoster,
    /// Admin: invite someone with the n-th of [`crate::services::staff::GRANTABLE`].
    StaffInvite(u8),
    /// Admin: the scope (n-th of [`crate::services::staff::scope_choices`]) of a new invitation.
    StaffInviteScope { role: u8, scope: u16 },
    /// Admin: ask to revoke the staff member with this pseudonym.
    StaffRevoke(String),
    /// Admin: revoke confirmed.
    StaffRevokeConfirm(String),
    /// "🔕 No more announcements" under an announcement: the same as /stop.
    AnnouncementStop,
    /// "Why do I get this?" under the announcement with this id.
    AnnouncementWhy(i64),
    /// Coordinator: a button of a broadcast's preview or progress message.
    Broadcast { action: BroadcastAction, id: i64 },
    /// Coordinator: the card of a draft as readers of the n-th language will see it.
    BroadcastPreview { id: i64, lang: u16 },
    /// Staff: a button of an idea's review card.
    Review { action: ReviewAction, idea: i64 },
    /// A button of an event card (or of a message about the event).
    Event { action: EventAction, id: i64 },
    /// Coordinator: a button under an event in /events.
    Organise { action: OrganiseAction, id: i64 },
    /// Coordinator: after closing salon `event`, mark idea `idea` as discussed there.
    Discussed { event: i64, idea: i64 },
    /// The n-th page of success stories.
    Stories(u16),
    /// "More like this" under a story.
    StoryLike(i64),
    /// The person a story made from their idea is about answers: 0 decline, 1 anonymous, 2 with
    /// their first name.
    StoryConsent { id: i64, answer: u8 },
    /// Staff: publish (true) or discard the story draft with this id.
    StoryPublish { id: i64, publish: bool },
    /// Staff: tell the authors of every idea whose status they set and did not publish yet.
    ReviewPublishAll,
    /// An author: "↩️ Answer" under a reply about their idea.
    IdeaAnswer(i64),
    /// An author: "🔕 No more replies on this idea".
    IdeaMute(i64),
}

/// What a button of an event does for the person who presses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventAction {
    /// "✅ I'll come" (a seat, or a place in line when full).
    Come,
    /// "❌ Can't come".
    CantCome,
    /// Give up the seat or the place in line.
    Leave,
    /// Take the seat offered.
    Accept,
    /// Say no to the seat offered.
    Decline,
    /// "Still coming?" answered yes.
    StillComing,
    /// The calendar file again.
    Calendar,
    /// The needs keyboard.
    Needs,
    /// Childcare or step-free access on or off.
    Toggle(crate::domain::event::Need),
    /// The languages an interpreter can be asked for.
    Interpreters,
    /// An interpreter into the n-th language of the bot; `None`: no interpreter.
    Interpreter(Option<u16>),
    /// Needs done.
    NeedsDone,
}

impl EventAction {
    /// Callback data after `E`: a letter, the event id, and the letter's argument.
    pub fn encode(self, id: i64) -> String {
        match self {
            EventAction::Come => format!("y{id}"),
            EventAction::CantCome => format!("n{id}"),
            EventAction::Leave => format!("x{id}"),
            EventAction::Accept => format!("a{id}"),
            EventAction::Decline => format!("d{id}"),
            EventAction::StillComing => format!("s{id}"),
            EventAction::Calendar => format!("k{id}"),
            EventAction::Needs => format!("q{id}"),
            EventAction::Toggle(need) => format!("t{id}.{}", need.code()),
            EventAction::Interpreters => format!("j{id}"),
            EventAction::Interpreter(Some(n)) => format!("i{id}.{n}"),
            EventAction::Interpreter(None) => format!("o{id}"),
            EventAction::NeedsDone => format!("f{id}"),
        }
    }

    /// The letter and what follows the id (`None`: nothing may follow).
    pub fn decode(letter: &str, arg: Option<&str>) -> Option<EventAction> {
        let plain = |a: EventAction| arg.is_none().then_some(a);
        match letter {
            "y" => plain(EventAction::Come),
            "n" => plain(EventAction::CantCome),
            "x" => plain(EventAction::Leave),
            "a" => plain(EventAction::Accept),
            "d" => plain(EventAction::Decline),
            "s" => plain(EventAction::StillComing),
            "k" => plain(EventAction::Calendar),
            "q" => plain(EventAction::Needs),
            "j" => plain(EventAction::Interpreters),
            "o" => plain(EventAction::Interpreter(None)),
            "f" => plain(EventAction::NeedsDone),
            "t" => crate::domain::event::Need::parse(arg?).map(EventAction::Toggle),
            "i" => {
                let n = arg?;
                let canonical =
                    !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && (n == "0" || !n.starts_with('0'));
                n.parse::<u16>().ok().filter(|_| canonical).map(|n| EventAction::Interpreter(Some(n)))
            }
            _ => None,
        }
    }
}

/// What a coordinator's button under an event does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganiseAction {
    /// The event's counts again.
    Show,
    /// The attendee list as a CSV file.
    Export,
    /// Ask to cancel the event.
    Cancel,
    /// Cancel confirmed.
    CancelConfirm,
    /// Close it: attendance counted, then the ideas discussed chosen.
    Close,
    /// Write to everyone registered.
    Message,
    /// Give it a new time.
    Move,
}

impl OrganiseAction {
    pub const ALL: [OrganiseAction; 7] = [
        OrganiseAction::Show,
        OrganiseAction::Export,
        OrganiseAction::Cancel,
        OrganiseAction::CancelConfirm,
        OrganiseAction::Close,
        OrganiseAction::Message,
        OrganiseAction::Move,
    ];

    pub fn code(self) -> char {
        match self {
            OrganiseAction::Show => 'v',
            OrganiseAction::Export => 'e',
            OrganiseAction::Cancel => 'c',
            OrganiseAction::CancelConfirm => 'y',
            OrganiseAction::Close => 'z',
            OrganiseAction::Message => 'm',
            OrganiseAction::Move => 'w',
        }
    }

    pub fn from_code(code: &str) -> Option<OrganiseAction> {
        OrganiseAction::ALL.into_iter().find(|a| code.len() == 1 && code.starts_with(a.code()))
    }
}

/// What a button on an idea's review card does. Statuses and reasons go by their ids (codes
/// of the statuses file), so an old button still means what its label said after the file
/// changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewAction {
    /// Show the card (again).
    Show,
    /// The next open idea.
    Next,
    /// Claim it for the presser's organisation.
    Claim,
    /// Choose a status.
    Statuses,
    /// Set this status.
    Set(String),
    /// Set this status with this reason.
    Reason(String, String),
    /// Tell the author the current status.
    Publish,
    /// The reply templates (and "write your own").
    Reply,
    /// Send the author this reply template (read in their language).
    Template(String),
    /// Write a reply in one's own words.
    Write,
    /// Add an internal note (never shown to the author).
    Note,
    /// Hide it as spam or offensive.
    Flag,
    /// Make a success story of it (its author is asked first).
    Story,
}

/// What a coordinator's broadcast button does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BroadcastAction {
    /// Send the previewed draft.
    Send,
    /// Throw the draft away.
    Discard,
    Pause,
    Resume,
    /// Stop sending; what was sent stays.
    Abort,
    /// Ask to mark every sent copy as cancelled.
    Cancel,
    /// Cancel confirmed.
    CancelConfirm,
    /// Correct the text of every sent copy (asks for the new text).
    Fix,
}

impl BroadcastAction {
    pub const ALL: [BroadcastAction; 8] = [
        BroadcastAction::Send,
        BroadcastAction::Discard,
        BroadcastAction::Pause,
        BroadcastAction::Resume,
        BroadcastAction::Abort,
        BroadcastAction::Cancel,
        BroadcastAction::CancelConfirm,
        BroadcastAction::Fix,
    ];

    /// One letter in callback data.
    pub fn code(self) -> char {
        match self {
            BroadcastAction::Send => 's',
            BroadcastAction::Discard => 'd',
            BroadcastAction::Pause => 'p',
            BroadcastAction::Resume => 'r',
            BroadcastAction::Abort => 'a',
            BroadcastAction::Cancel => 'c',
            BroadcastAction::CancelConfirm => 'y',
            BroadcastAction::Fix => 'f',
        }
    }

    pub fn from_code(code: &str) -> Option<BroadcastAction> {
        BroadcastAction::ALL.into_iter().find(|a| code.len() == 1 && code.starts_with(a.code()))
    }
}

/// What an engine button does: the flow engine's own [`Action`].
pub type EngineAction = Action;

/// Localizes the effects that show something; `Completed` and `Idle` are for the services.
pub fn render(locales: &Locales, tag: &str, effects: &[Effect<'_>]) -> Vec<View> {
    let mut out = Vec::new();
    for effect in effects {
        match effect {
            Effect::Say { msg, args } => out.push(View::Text(locales.text(tag, msg, args))),
            Effect::Echo { shown, .. } => out.push(View::Echo(echo(locales, tag, shown))),
            Effect::Ask(q) => out.push(question(locales, tag, q)),
            Effect::Completed(_) | Effect::Idle => {}
        }
    }
    out
}

/// An answer as the user sees it: option labels joined, the text typed, or the number.
pub fn shown_text(locales: &Locales, tag: &str, shown: &Shown<'_>) -> String {
    match shown {
        Shown::Options(ids) => {
            let labels: Vec<String> =
                ids.iter().map(|id| locales.raw(tag, id, &[]).unwrap_or_else(|| id.to_string())).collect();
            locales.join(tag, "list-separator", &labels)
        }
        Shown::Text(t) => t.to_string(),
        Shown::Number(n) => n.to_string(),
        Shown::Skipped => locales.raw(tag, "summary-skipped", &[]).unwrap_or_default(),
    }
}

fn echo(locales: &Locales, tag: &str, shown: &Shown<'_>) -> String {
    match shown {
        Shown::Skipped => locales.text(tag, "echo-skipped", &[]),
        other => locales.text(tag, "echo-answer", &[("answer", Arg::Str(shown_text(locales, tag, other).into()))]),
    }
}

fn question(locales: &Locales, tag: &str, q: &Question<'_>) -> View {
    let step = q.step;
    let mut text = locales.raw(tag, step.message.as_deref().unwrap_or_default(), &q.args).unwrap_or_default();
    if let Some((n, total)) = q.progress {
        let progress = locales.raw(tag, "progress", &[("n", Arg::Num(n.into())), ("total", Arg::Num(total.into()))]);
        text = locales.join(tag, "part-separator", &[progress.unwrap_or_default(), text]);
    }
    let engine =
        |action: EngineAction| Press::Engine { flow: q.flow.id.clone(), step: step.id.clone(), nonce: q.nonce, action };
    let label = |id: &str, args: &[(&str, Arg<'_>)]| locales.text(tag, id, args);
    let mut options = Vec::new();
    match &step.kind {
        StepKind::Choice { options: choices } => {
            for (i, o) in choices.iter().enumerate() {
                let mut l = label(&o.message, &[]);
                if q.selected.contains(&(i as u16)) {
                    l = locales.text(tag, "mark-chosen", &[("label", Arg::Str(l.into()))]);
                }
                options.push(Button { label: l, press: engine(EngineAction::Pick(i as u16)) });
            }
        }
        StepKind::Multi { options: choices } => {
            for (i, o) in choices.iter().enumerate() {
                let mut l = label(&o.message, &[]);
                if q.selected.contains(&(i as u16)) {
                    l = locales.text(tag, "mark-ticked", &[("label", Arg::Str(l.into()))]);
                }
                options.push(Button { label: l, press: engine(EngineAction::Pick(i as u16)) });
            }
            options.push(Button { label: label("btn-done", &[]), press: engine(EngineAction::Done) });
            let count = q.selected.len() as i64;
            let line = if count == 0 {
                locales.raw(tag, "multi-instructions", &[])
            } else {
                locales.raw(tag, "multi-selected", &[("count", Arg::Num(count))])
            };
            text = format!("{text}\n{}", line.unwrap_or_default());
        }
        StepKind::Summary => {
            let mut lines = vec![text];
            for item in &q.summary {
                let value = shown_text(locales, tag, &item.shown);
                let label = locales.raw(tag, item.label, &[]).unwrap_or_default();
                let args = [("label", Arg::Str(label.into())), ("value", Arg::Str(value.into()))];
                lines.push(locales.raw(tag, "summary-line", &args).unwrap_or_default());
            }
            text = lines.join("\n");
            options.push(Button { label: label("btn-confirm", &[]), press: engine(EngineAction::Confirm) });
            for (i, item) in q.summary.iter().enumerate() {
                let item_label = locales.raw(tag, item.label, &[]).unwrap_or_default();
                options.push(Button {
                    label: label("btn-change", &[("item", Arg::Str(item_label.into()))]),
                    press: engine(EngineAction::Change(i as u16)),
                });
            }
        }
        _ => {}
    }
    let mut nav = Vec::new();
    if q.can_back {
        nav.push(Button { label: label("btn-back", &[]), press: engine(EngineAction::Back) });
    }
    if step.skip {
        nav.push(Button { label: label("btn-skip", &[]), press: engine(EngineAction::Skip) });
    }
    if step.why.is_some() {
        nav.push(Button { label: label("btn-why", &[]), press: engine(EngineAction::Why) });
    }
    nav.push(Button { label: label("btn-language", &[]), press: Press::LanguageList });
    View::Keyboard { text: locales.finish(tag, text), options, nav, refresh: q.refresh }
}

/// Message ids the views use on top of the flows' own.
pub const MESSAGES: &[&str] = &[
    "progress",
    "echo-answer",
    "echo-skipped",
    "multi-selected",
    "multi-instructions",
    "btn-back",
    "btn-skip",
    "btn-why",
    "btn-done",
    "btn-confirm",
    "btn-change",
    "summary-line",
    "summary-skipped",
    "list-separator",
    "part-separator",
    "mark-chosen",
    "mark-ticked",
];

/// The text a view shows.
pub fn text_of(v: &View) -> String {
    match v {
        View::Text(t) | View::Echo(t) | View::Keyboard { text: t, .. } => t.clone(),
        View::Document { caption, .. } => caption.clone(),
    }
}
