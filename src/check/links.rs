//! `link-unknown`: a link of the summary or of a statement to a fact's or a source's anchor
//! (`#fact-<id>`, `#source-<id>`) that names no fact or source of the file, and so would lead
//! nowhere in the briefing.

use super::{Context, Finding};
use crate::load::spanned::Spanned;
use crate::nearest::{Budget, Nearest, Ties};
use crate::rules::Rule;
use ahash::AHashSet as HashSet;

pub fn unknown_links(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let file = ctx.file;
    let mut facts = Ids::new(file.facts.iter().map(|f| f.id.value.as_str()).collect());
    let mut sources = Ids::new(file.sources.iter().map(|s| s.id.value.as_str()).collect());
    let mut budget = Budget::default();
    let summary = file.briefing.summary.iter().map(|s| (s, None));
    let statements = (file.facts.iter()).map(|f| (&f.statement, Some(f.id.value.as_str())));
    for (field, fact) in summary.chain(statements) {
        let mut found = Vec::new();
        for (anchor, range) in crate::markdown::in_page_links(&field.value) {
            let (kind, known, id) =
                match (anchor.strip_prefix("fact-"), anchor.strip_prefix("source-")) {
                    (Some(id), _) => ("fact", &mut facts, id),
                    (_, Some(id)) => ("source", &mut sources, id),
                    _ => continue,
                };
            if !known.set.contains(id) {
                let near = known.nearest.find(id, &mut budget);
                let link = Unknown {
                    anchor: &anchor,
                    kind,
                    id,
                };
                let finding = finding(field, fact, &link, near);
                found.push((range.start, format!("#{anchor}"), finding));
            }
        }
        // Placed together: one pass over the field for all its links.
        out.extend(ctx.at_words_each(field, found));
    }
}

/// The ids of facts or of sources: to tell whether a link's is one, and else which is closest.
struct Ids<'a> {
    set: HashSet<&'a str>,
    nearest: Nearest<'a>,
}

impl<'a> Ids<'a> {
    fn new(ids: Vec<&'a str>) -> Self {
        Ids {
            set: ids.iter().copied().collect(),
            // A tie goes to the later id, as it always has.
            nearest: Nearest::new(ids, Ties::Last),
        }
    }
}

/// A link to a fact's or a source's anchor (`anchor`) whose `id` no fact or source (`kind`)
/// has.
struct Unknown<'a> {
    anchor: &'a str,
    kind: &'static str,
    id: &'a str,
}

/// The finding for `link`, of `field` (the statement of `fact`, or the summary); `near` is the
/// id of its kind closest to its own.
fn finding(
    field: &Spanned<String>,
    fact: Option<&str>,
    link: &Unknown<'_>,
    near: Option<&str>,
) -> Finding {
    let Unknown { anchor, kind, id } = *link;
    let whose = match fact {
        Some(fact) => format!("fact `{fact}`: the statement"),
        None => "the summary".to_owned(),
    };
    let hint = near.map_or(String::new(), |n| format!("; did you mean `#{kind}-{n}`?"));
    let finding = Finding::new(
        Rule::LinkUnknown,
        field.pos,
        format!(
            "{whose} links to `#{anchor}`, but no {kind} has the id `{id}`, so the link leads \
             nowhere in the briefing: correct the id, or remove the link{hint}"
        ),
    );
    match fact {
        Some(fact) => finding.fact(fact),
        None => finding,
    }
}
