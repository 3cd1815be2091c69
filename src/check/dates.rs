//! The rules about dates: `date-mismatch`, `date-unsupported` and `date-order`.

use super::placed::Placed;
use super::{Context, Finding};
use crate::load::model::Fact;
use crate::load::spanned::Spanned;

/// `date-mismatch` and `date-unsupported` for one fact, and `date-order` for its `date` and
/// `verified_on`; `placed` is where each of its citations' quotes stands in its source.
pub fn fact_dates(
    _ctx: &Context<'_>,
    _fact: &Spanned<Fact>,
    _cited: &[Option<usize>],
    _placed: &[Option<Placed<'_>>],
    _out: &mut Vec<Finding>,
) {
}

/// `date-order` for the sources: one published after the briefing's `as_of`.
pub fn source_dates(_ctx: &Context<'_>, _out: &mut Vec<Finding>) {}
