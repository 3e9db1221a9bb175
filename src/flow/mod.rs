//! The pure flow engine: the file format, its compiler, the compiled model, sessions and
//! `engine::advance`. Nothing here knows Telegram, databases, Fluent or async runtimes; the
//! engine speaks in message ids and arguments.

pub mod compile;
pub mod digits;
pub mod effect;
pub mod engine;
pub mod format;
mod graph;
pub mod model;
pub mod registry;
pub mod session;
mod walk;

pub use compile::{AnyMessage, FlowError, MessageCatalog, compile, compile_source};
pub use effect::{Arg, Completion, Effect, Question, Shown, SummaryItem, Transition};
pub use engine::{Action, Input, advance, advance_owned, start};
pub use model::{Choice, Flow, Rule, Service, Step, StepIdx, StepKind};
pub use registry::Registry;
pub use session::{Answer, Session, Value};
