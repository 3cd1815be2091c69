//! A document's notes: the footnotes of a report saved from Word and the comments of a Google
//! Docs export. Each opens with a link back to its mark in the text, which links to it: the
//! note's body is a source's reference ("UNHCR, Myanmar emergency update, 15 January 2024.")
//! or a reviewer's remark ("Check figure with OCHA"), not the article's sentences.

use dom_query::{Document, NodeRef};

/// Links looked at for notes: enough for any report, bounded for a hostile page.
const MAX_LINKS: usize = 5000;

/// Words past which a block is not one note (a whole section that happens to open with one).
const MAX_NOTE_WORDS: usize = 150;

/// Takes the notes out of `document`; gives their marks as written ("1", "[a]"), in order.
pub fn remove(document: &Document) -> Vec<String> {
    let links = document.select(r##"a[href^="#"]"##);
    let links: Vec<NodeRef> = links.nodes().iter().take(MAX_LINKS).copied().collect();
    let anchor = |a: &NodeRef| {
        a.attr("id")
            .or_else(|| a.attr("name"))
            .map(|s| s.to_string())
    };
    let href = |a: &NodeRef| {
        a.attr("href")
            .map(|h| h.trim_start_matches('#').to_string())
    };
    let mut gone = Vec::new();
    let mut marks = Vec::new();
    for (i, link) in links.iter().enumerate() {
        let (Some(own), Some(to)) = (anchor(link), href(link)) else {
            continue;
        };
        // The mark in the text comes first and links here; this one links back to it.
        let back = links[..i]
            .iter()
            .any(|m| anchor(m).as_deref() == Some(to.as_str()) && href(m).as_deref() == Some(&own));
        if !back {
            continue;
        }
        if let Some(block) = note_block(link) {
            marks.push(link.text().trim().to_string());
            gone.push(block);
        }
    }
    for node in gone {
        node.remove_from_parent();
    }
    marks
}

/// The block that a note's back link opens: its nearest paragraph or division whose text
/// starts with the link's, and holds one note's words.
fn note_block<'a>(link: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let mark = link.text();
    let mark = mark.trim();
    let block = link
        .ancestors_it(Some(4))
        .find(|a| a.is("p") || a.is("div") || a.is("li"))?;
    let text = block.text();
    let opens = text.trim_start().starts_with(mark);
    (opens && text.split_whitespace().nth(MAX_NOTE_WORDS).is_none()).then_some(block)
}
