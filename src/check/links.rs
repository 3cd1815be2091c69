//! `link-unknown`: a link of the summary or of a statement to a fact's or a source's anchor
//! (`#fact-<id>`, `#source-<id>`) that names no fact or source of the file, and so would lead
//! nowhere in the briefing.

use super::{Context, Finding};
use crate::load::de::nearest;
use crate::load::spanned::Spanned;
use crate::rules::Rule;

pub fn unknown_links(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let file = ctx.file;
    let facts: Vec<&str> = file.facts.iter().map(|f| f.id.value.as_str()).collect();
    let sources: Vec<&str> = file.sources.iter().map(|s| s.id.value.as_str()).collect();
    let summary = file.briefing.summary.iter().map(|s| (s, None));
    let statements = (file.facts.iter()).map(|f| (&f.statement, Some(f.id.value.as_str())));
    for (field, fact) in summary.chain(statements) {
        for (anchor, range) in crate::markdown::in_page_links(&field.value) {
            let (kind, known, id) =
                match (anchor.strip_prefix("fact-"), anchor.strip_prefix("source-")) {
                    (Some(id), _) => ("fact", &facts, id),
                    (_, Some(id)) => ("source", &sources, id),
                    _ => continue,
                };
            if !known.contains(&id) {
                let link = Unknown {
                    anchor: &anchor,
                    at: range.start,
                    kind,
                    id,
                };
                out.push(finding(ctx, field, fact, &link, known));
            }
        }
    }
}

/// A link to a fact's or a source's anchor (`anchor`, written at byte `at` of its field) whose
/// `id` no fact or source (`kind`) has.
struct Unknown<'a> {
    anchor: &'a str,
    at: usize,
    kind: &'static str,
    id: &'a str,
}

/// The finding for `link`, of `field` (the statement of `fact`, or the summary); `known` are
/// the ids of its kind.
fn finding(
    ctx: &Context<'_>,
    field: &Spanned<String>,
    fact: Option<&str>,
    link: &Unknown<'_>,
    known: &[&str],
) -> Finding {
    let Unknown {
        anchor,
        at,
        kind,
        id,
    } = *link;
    let whose = match fact {
        Some(fact) => format!("fact `{fact}`: the statement"),
        None => "the summary".to_owned(),
    };
    let hint =
        nearest(id, known).map_or(String::new(), |n| format!("; did you mean `#{kind}-{n}`?"));
    let finding = Finding::new(
        Rule::LinkUnknown,
        field.pos,
        format!(
            "{whose} links to `#{anchor}`, but no {kind} has the id `{id}`, so the link leads \
             nowhere in the briefing: correct the id, or remove the link{hint}"
        ),
    );
    let finding = match fact {
        Some(fact) => finding.fact(fact),
        None => finding,
    };
    // Pointed at the anchor where the file writes it.
    ctx.at_words(field, at, &format!("#{anchor}"), finding)
}
