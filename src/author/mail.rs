//! The header of a message saved from a mail program or forwarded in one ("From: ... Sent:
//! ... To: ... Subject: ..."): who sent it and when, not the news, and a `<br>` apart, so
//! that the text would run its fields together into one sentence to draft.

use dom_query::{Document, NodeRef};

/// A header's field labels, lowercase, with their colon: English and the languages whose
/// mail programs' headers are most often forwarded.
const FIELDS: &[&str] = &[
    "from:",
    "sent:",
    "date:",
    "to:",
    "cc:",
    "subject:",
    "von:",
    "gesendet:",
    "an:",
    "betreff:",
    "de :",
    "envoyé :",
    "à :",
    "objet :",
    "de:",
    "enviado:",
    "para:",
    "asunto:",
];

/// The fields whose value is when the message was sent.
const SENT: &[&str] = &["sent:", "date:", "gesendet:", "envoyé :", "enviado:"];

/// Words past which a block is more than a header.
const MAX_HEADER_WORDS: usize = 60;

/// Takes the message headers out of `document`; gives the day the first says it was sent.
pub fn remove(document: &Document) -> Option<String> {
    let blocks = document.select("p, div");
    let mut day = None;
    let mut gone: Vec<NodeRef> = Vec::new();
    for block in blocks.nodes().iter().take(4000) {
        let text = spaced_text(block);
        if text.split_whitespace().nth(MAX_HEADER_WORDS).is_some() {
            continue;
        }
        let lower = text.to_lowercase();
        let starts = FIELDS.iter().any(|f| lower.trim_start().starts_with(f));
        let fields = FIELDS.iter().filter(|f| has_field(&lower, f)).count();
        // Of a nested pair, the innermost: a division around the header holds it too.
        let inner = !dom_query::Selection::from(*block).select("p, div").exists();
        if !(starts && fields >= 3 && inner) {
            continue;
        }
        if day.is_none() {
            day = sent_day(&text, &lower);
        }
        gone.push(*block);
    }
    for node in gone {
        node.remove_from_parent();
    }
    day
}

/// Whether the label `field` opens a field of the header (at its start or after a space).
fn has_field(lower: &str, field: &str) -> bool {
    lower.starts_with(field) || lower.contains(&format!(" {field}"))
}

/// The day of the header's "Sent:" or "Date:" field: its words up to the next field's label.
fn sent_day(text: &str, lower: &str) -> Option<String> {
    SENT.iter().find_map(|label| {
        let at = lower.find(label)? + label.len();
        let value = text.get(at..)?;
        let value_lower = lower.get(at..)?;
        let end = (FIELDS.iter())
            .filter_map(|f| value_lower.find(&format!(" {f}")))
            .min()
            .unwrap_or(value.len());
        super::page::date_of_line(value.get(..end)?)
    })
}

/// The text of `block` with a space between its text nodes, where a `<br>` parts the fields
/// ("9:12 AM<br>To:" gives "9:12 AM To:"); bounded to a header's worth of nodes.
fn spaced_text(block: &NodeRef) -> String {
    let parts: Vec<String> = (block.descendants_it())
        .filter(|n| n.is_text())
        .take(4 * MAX_HEADER_WORDS)
        .map(|n| n.text().to_string())
        .collect();
    parts.join(" ")
}
