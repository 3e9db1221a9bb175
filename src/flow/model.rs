//! The compiled, always-valid flow: steps by index, resolved `next` links and a content hash.

use regex::Regex;
use std::collections::HashMap;
use std::sync::Arc;

/// Index of a step inside its flow.
pub type StepIdx = usize;

#[derive(Debug, Clone)]
pub struct Flow {
    pub id: String,
    pub title: String,
    pub menu: bool,
    pub order: u16,
    pub uses: Vec<String>,
    pub steps: Vec<Step>,
    /// Hex FNV-1a hash of the flow's canonical content; sessions remember it to notice changes.
    pub hash: String,
    /// For each step: the most questions on any path from it to an end (it included).
    pub(crate) longest: Vec<u16>,
    /// For each branch step: the steps that only some of its routes pass (their answers depend
    /// on the answers the branch tests).
    pub(crate) dependents: Vec<(StepIdx, Vec<StepIdx>)>,
    pub(crate) by_id: HashMap<String, StepIdx>,
}

impl Flow {
    pub fn start(&self) -> StepIdx {
        0
    }

    pub fn index_of(&self, id: &str) -> Option<StepIdx> {
        self.by_id.get(id).copied()
    }

    /// The index of a session's step: sessions made by the engine share the flow's own id
    /// strings, so a pointer comparison finds it without hashing.
    pub(crate) fn current(&self, id: &std::sync::Arc<str>) -> Option<StepIdx> {
        self.steps.iter().position(|s| std::sync::Arc::ptr_eq(&s.shared_id, id)).or_else(|| self.index_of(id))
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.index_of(id).map(|i| &self.steps[i])
    }

    /// Question steps only (choice, multi, text, number).
    pub fn questions(&self) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(|s| s.kind.is_question())
    }

    /// Every message id this flow refers to, with the variables it passes to it.
    pub fn message_uses(&self) -> Vec<(&str, Vec<&str>)> {
        let mut out = Vec::new();
        out.push((self.title.as_str(), vec![]));
        for s in &self.steps {
            if let Some(m) = &s.message {
                out.push((m.as_str(), s.args.iter().map(String::as_str).collect()));
            }
            for m in [&s.label, &s.why].into_iter().flatten() {
                out.push((m.as_str(), vec![]));
            }
            if let Some(h) = &s.hint {
                // A number step's hint is told the range; other hints take nothing.
                let vars = if matches!(s.kind, StepKind::Number { .. }) { vec!["min", "max"] } else { vec![] };
                out.push((h.as_str(), vars));
            }
            for o in s.kind.options() {
                out.push((o.message.as_str(), vec![]));
            }
        }
        out
    }
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    /// The id and the key as shared strings, so that sessions refer to them without copying.
    pub(crate) shared_id: Arc<str>,
    pub(crate) shared_key: Arc<str>,
    pub kind: StepKind,
    pub message: Option<String>,
    pub next: Option<StepIdx>,
    /// Profile key the answer is stored under.
    pub key: String,
    pub label: Option<String>,
    pub why: Option<String>,
    pub hint: Option<String>,
    pub skip: bool,
    pub args: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum StepKind {
    Choice { options: Vec<Choice> },
    Multi { options: Vec<Choice> },
    Text { pattern: Option<Regex>, min_len: usize, max_len: usize },
    Number { min: i64, max: i64 },
    Info,
    Branch { rules: Vec<Rule> },
    Summary,
    End { service: Service, then: Option<String> },
}

impl Flow {
    /// Whether only staff may be in this flow (it writes or corrects announcements).
    pub fn is_staff_only(&self) -> bool {
        [
            Service::Announce,
            Service::FixAnnouncement,
            Service::MoveEvent,
            Service::MessageEvent,
            Service::ReplyIdea,
            Service::NoteIdea,
            Service::Story,
        ]
        .into_iter()
        .any(|s| self.hands_over_to(s))
    }

    /// Whether some `end` step of this flow hands over to `service`.
    pub fn hands_over_to(&self, service: Service) -> bool {
        self.steps.iter().any(|s| matches!(&s.kind, StepKind::End { service: x, .. } if *x == service))
    }
}

impl StepKind {
    pub fn is_question(&self) -> bool {
        matches!(
            self,
            StepKind::Choice { .. } | StepKind::Multi { .. } | StepKind::Text { .. } | StepKind::Number { .. }
        )
    }

    pub fn options(&self) -> &[Choice] {
        match self {
            StepKind::Choice { options } | StepKind::Multi { options } => options,
            _ => &[],
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            StepKind::Choice { .. } => "choice",
            StepKind::Multi { .. } => "multi",
            StepKind::Text { .. } => "text",
            StepKind::Number { .. } => "number",
            StepKind::Info => "info",
            StepKind::Branch { .. } => "branch",
            StepKind::Summary => "summary",
            StepKind::End { .. } => "end",
        }
    }
}

/// One button of a choice or multi step.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub message: String,
    pub(crate) shared_value: Arc<str>,
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub key: String,
    pub is: String,
    pub next: StepIdx,
}

/// Upper bound for text answers when a flow sets none: Telegram's own message limit.
pub const TEXT_MAX_DEFAULT: usize = 4096;

/// What an `end` step hands the finished flow's answers to. A flow names it by its code
/// (`service = "show_matches"`); an unknown code is a compile error, like a missing message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Service {
    /// Nothing is kept beyond the session; the user reads general information and goes on.
    GeneralInfo,
    /// The person said they are under 16: general information only, nothing kept, and a way to
    /// correct a mis-tapped age.
    Under16,
    /// The onboarding's answers are the profile; the next flow starts.
    SaveProfile,
    /// Match the profile against the catalogue and show the best programmes.
    ShowMatches,
    /// Store the idea (with the ideas consent) and drop its texts from the session.
    StoreIdea,
    /// Staff: make an announcement draft from the answers and show its preview.
    Announce,
    /// Staff: correct the text of a sent announcement in every copy.
    FixAnnouncement,
    /// Staff: give an event a new time (cards edited, the registered told, new calendar files).
    MoveEvent,
    /// Staff: a message to everyone registered for an event.
    MessageEvent,
    /// Partners: a reply in their own words to the author of an idea.
    ReplyIdea,
    /// Staff: an internal note on an idea.
    NoteIdea,
    /// An author: an answer to the organisation that replied about their idea.
    AnswerIdea,
    /// Staff: a success story from the answers, shown as a preview.
    Story,
    /// The person a story is about: the first name they want it told with.
    StoryName,
}

impl Service {
    pub const ALL: [Service; 14] = [
        Service::GeneralInfo,
        Service::Under16,
        Service::SaveProfile,
        Service::ShowMatches,
        Service::StoreIdea,
        Service::Announce,
        Service::FixAnnouncement,
        Service::MoveEvent,
        Service::MessageEvent,
        Service::ReplyIdea,
        Service::NoteIdea,
        Service::AnswerIdea,
        Service::Story,
        Service::StoryName,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Service::GeneralInfo => "general_info",
            Service::Under16 => "under_16",
            Service::SaveProfile => "save_profile",
            Service::ShowMatches => "show_matches",
            Service::StoreIdea => "store_idea",
            Service::Announce => "announce",
            Service::FixAnnouncement => "fix_announcement",
            Service::MoveEvent => "move_event",
            Service::MessageEvent => "message_event",
            Service::ReplyIdea => "reply_idea",
            Service::NoteIdea => "note_idea",
            Service::AnswerIdea => "answer_idea",
            Service::Story => "story",
            Service::StoryName => "story_name",
        }
    }

    pub fn parse(code: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.code() == code)
    }
}
