//! factsheet: checks a hand-verified facts file against its sources and renders briefings.
//!
//! The flow is `load -> check -> render -> write`; `app` runs it for each command.

pub mod app;
pub mod background;
pub mod check;
pub mod cli;
pub mod diff;
pub mod init;
pub mod load;
pub mod log;
pub mod render;
pub mod report;
pub mod rules;
pub mod schema;
pub mod text;
pub mod write;
