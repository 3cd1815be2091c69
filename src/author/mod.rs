//! Helping to write the facts file: finding the words to quote (`quote`) and drafting facts
//! from a source's text (`suggest`, written out by `draft`). `located` carries a stretch of the
//! normalised text back to the file's own characters, line and column.

pub mod draft;
pub mod located;
pub mod quote;
pub mod suggest;
mod words;
