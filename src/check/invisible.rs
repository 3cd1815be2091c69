//! `invisible-character`: characters that cannot be seen and that normalisation does not fold.

use super::Finding;
use crate::load::model::Fact;
use crate::load::spanned::Spanned;
use crate::rules::Rule;

/// The name of an invisible character, or `None` for one that shows (or that normalisation
/// folds, as it does white space). Joiners (U+200C, U+200D) are left alone: scripts such as
/// Persian and Devanagari need them.
pub(super) fn name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{200B}' => "a zero-width space",
        '\u{00AD}' => "a soft hyphen",
        '\u{FEFF}' => "a byte-order mark",
        '\u{2060}' => "a word joiner",
        '\u{180E}' => "a Mongolian vowel separator",
        '\u{200E}' | '\u{200F}' | '\u{061C}' => "a direction mark",
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => "a text-direction control",
        c if c.is_control() && !c.is_whitespace() => "a control character",
        _ => return None,
    })
}

pub fn invisible_characters(fact: &Spanned<Fact>, out: &mut Vec<Finding>) {
    let id = fact.id.value.as_str();
    let statement = (
        "statement",
        fact.statement.value.as_str(),
        fact.statement.pos,
    );
    let quotes = fact
        .sources
        .value
        .iter()
        .filter_map(|c| c.quote.as_ref())
        .map(|q| ("quote", q.value.as_str(), q.pos));
    for (field, text, pos) in std::iter::once(statement).chain(quotes) {
        // Printable ASCII has no invisible character: a quick look passes over it.
        let Some(from) = text
            .bytes()
            .position(|b| b != b' ' && !b.is_ascii_graphic())
        else {
            continue;
        };
        let found = text[from..]
            .char_indices()
            .find(|(_, c)| name(*c).is_some());
        let Some((at, c)) = found.map(|(at, c)| (from + at, c)) else {
            continue;
        };
        let name = name(c).unwrap_or("an invisible character");
        let before: String = text[..at]
            .chars()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        // A quote holds it because its source does: the quote matches only while both have it.
        let also = match field {
            "quote" => {
                " (and from the source's text if it has one there too, then run \
                        `factsheet pin` on the source if it is pinned)"
            }
            _ => "",
        };
        let place = if before.trim().is_empty() {
            "at its start".to_owned()
        } else {
            format!("after \u{201c}{}\u{201d}", before.trim_start())
        };
        out.push(
            Finding::new(
                Rule::InvisibleCharacter,
                pos,
                format!(
                    "fact `{id}`: the {field} holds {name} (U+{:04X}) {place}: delete it{also}",
                    c as u32
                ),
            )
            .fact(id),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_invisible() {
        for c in ['\u{200B}', '\u{00AD}', '\u{FEFF}', '\u{202E}', '\u{0007}'] {
            assert!(name(c).is_some(), "{c:?}");
        }
        for c in ['a', ' ', '\u{00A0}', '\n', '\u{200D}', '’'] {
            assert!(name(c).is_none(), "{c:?}");
        }
    }
}
