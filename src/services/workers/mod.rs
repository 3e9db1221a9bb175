//! Work that runs on a schedule beside the bot, as step functions that tests drive directly and
//! loops that the composition root (`startup`) runs on the shared shutdown signal.

pub mod broadcast;
pub mod events;
pub mod notices;
pub mod pacer;
pub mod purge;
pub mod relay;
