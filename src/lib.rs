//! factsheet: checks a hand-verified facts file against its sources and renders briefings.
//!
//! The flow is `load -> check -> render -> write`; `app` runs it for each command.
#![forbid(unsafe_code)]

pub mod app;
pub mod author;
pub mod check;
pub mod cli;
pub mod color;
pub mod config;
pub mod dateline;
pub mod dates;
pub mod diff;
pub mod error;
pub mod fact_base;
pub mod files;
pub mod format;
pub mod html;
pub mod init;
pub mod language;
pub mod lines;
pub mod load;
pub mod log;
pub mod markdown;
pub mod nearest;
pub mod number_words;
pub mod render;
pub mod report;
pub mod repository;
pub mod rules;
pub mod schema;
pub mod sentences;
pub mod text;
pub mod write;
