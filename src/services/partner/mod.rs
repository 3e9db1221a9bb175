//! What partner organisations use: the review queue of the ideas in their scope ([`review`]),
//! the programme catalogue (import, export, checks) and the unmet-needs report for decision makers.

pub mod catalogue;
pub mod export;
pub mod publish;
pub mod relay;
pub mod report;
pub mod review;
pub mod story;
