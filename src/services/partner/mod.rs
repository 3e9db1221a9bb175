//! What partner organisations use: the programme catalogue (import, export, checks) and the
//! unmet-needs report for decision makers.

pub mod catalogue;
pub mod report;
