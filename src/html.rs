//! Telling a saved web page or news feed from an article's text, by its content (not its file
//! name): the checker names `add-source` when a source file is HTML or a feed's XML, and
//! `add-source` extracts the article from it.

/// How much of the start of a text is looked at.
const SAMPLE_BYTES: usize = 4096;
/// A text that is not declared HTML at its start is HTML when its first `SAMPLE_BYTES` hold at
/// least this many tags of HTML elements...
const MIN_TAGS: usize = 8;
/// ...and the tags take at least this share of the sample's bytes, in percent. An article that
/// mentions `<p>` or `<div>` has a tag or two in a paragraph of prose; a page's start is mostly
/// markup.
const MIN_TAG_PERCENT: usize = 20;

/// The elements whose tags mark a web page (a few common ones suffice).
const ELEMENTS: &[&str] = &[
    "a", "article", "b", "body", "br", "div", "em", "footer", "h1", "h2", "h3", "head", "header",
    "html", "i", "img", "li", "link", "main", "meta", "nav", "p", "script", "section", "span",
    "strong", "style", "table", "td", "title", "tr", "ul",
];

/// Whether `text` is a web page's HTML rather than an article's text: it starts (after a byte
/// order mark, white space and comments) with `<!doctype html`, `<html`, `<head` or `<body`, or
/// its start is mostly tags of HTML elements, or it is a fragment of a page (it opens with a
/// block element's tag, `<p>` or `<div class="story">`, that it closes).
pub fn looks_like_html(text: &str) -> bool {
    let start = skip_preamble(text);
    let lower: String = start
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    if ["<!doctype html", "<html", "<head", "<body"]
        .iter()
        .any(|opening| lower.starts_with(opening))
    {
        return true;
    }
    fragment(start) || mostly_tags(sample(text))
}

/// The kind of news feed (`"RSS"`, `"Atom"`) that `text` is: its root element (after a byte
/// order mark, white space, an XML declaration and comments) is `<rss>`, `<rdf:RDF>` or
/// `<feed>`. A feed holds its articles as markup (often HTML escaped inside XML), not as text.
pub fn feed_kind(text: &str) -> Option<&'static str> {
    let root = skip_preamble(text);
    [("<rss", "RSS"), ("<rdf:RDF", "RSS"), ("<feed", "Atom")]
        .into_iter()
        .find(|(open, _)| {
            root.starts_with(open)
                && (root[open.len()..])
                    .starts_with(|c: char| c == '>' || c == '/' || c.is_whitespace())
        })
        .map(|(_, kind)| kind)
}

/// What a source file that is markup, not an article's text, is, in words for a finding: a
/// saved web page or a saved news feed. `None` for text.
pub fn markup_kind(text: &str) -> Option<&'static str> {
    match feed_kind(text) {
        Some("Atom") => Some("a saved news feed (Atom XML)"),
        Some(_) => Some("a saved news feed (RSS XML)"),
        None if looks_like_html(text) => Some("a saved web page (HTML)"),
        None => None,
    }
}

/// Elements a saved fragment of a page starts with ("<div class=story><p>...", "<p>...").
const FRAGMENT_STARTS: &[&str] = &[
    "p",
    "div",
    "article",
    "section",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "ul",
    "ol",
    "table",
    "blockquote",
    "figure",
];

/// Whether `start` (a text after its preamble) is a fragment of HTML: it opens with a tag of
/// a block element (`<p>`, `<div class="story">`) that it closes later. An article's text
/// does not start with a tag; one that mentions `<p>` does so inside its prose.
fn fragment(start: &str) -> bool {
    let Some(inside) = start.strip_prefix('<') else {
        return false;
    };
    let Some(close) = inside.find(['>', '<']) else {
        return false;
    };
    let tag = &inside[..close];
    let end = tag
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(tag.len());
    let name = tag[..end].to_ascii_lowercase();
    let closing = format!("</{name}");
    inside.as_bytes().get(close) == Some(&b'>')
        && is_element_tag(tag)
        && FRAGMENT_STARTS.contains(&name.as_str())
        && sample(start).to_ascii_lowercase().contains(&closing)
}

/// The text after a byte order mark, white space, an XML declaration and `<!-- -->` comments.
pub fn skip_preamble(text: &str) -> &str {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        let skipped = if rest.starts_with("<!--") {
            rest.find("-->").map(|end| &rest[end + 3..])
        } else if rest.starts_with("<?xml") {
            rest.find("?>").map(|end| &rest[end + 2..])
        } else {
            None
        };
        match skipped {
            Some(after) => rest = after.trim_start(),
            None => return rest,
        }
    }
}

/// The first `SAMPLE_BYTES` of `text`, cut at a character boundary.
fn sample(text: &str) -> &str {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Whether the sample has `MIN_TAGS` tags of HTML elements taking `MIN_TAG_PERCENT` of it.
fn mostly_tags(sample: &str) -> bool {
    let (mut tags, mut tag_bytes) = (0, 0);
    let mut rest = sample;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let Some(close) = rest.find(['>', '<']) else {
            break;
        };
        if rest.as_bytes()[close] == b'>' && is_element_tag(&rest[..close]) {
            tags += 1;
            tag_bytes += close + 2;
        }
        rest = &rest[close..];
    }
    tags >= MIN_TAGS && tag_bytes * 100 >= sample.len() * MIN_TAG_PERCENT
}

/// Whether the inside of `<...>` is an opening or closing tag of one of `ELEMENTS`.
fn is_element_tag(inside: &str) -> bool {
    let name = inside.strip_prefix('/').unwrap_or(inside);
    let end = name
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(name.len());
    let (name, after) = name.split_at(end);
    let ends_well = after.is_empty() || after.starts_with([' ', '\t', '\n', '\r', '/']);
    ends_well && ELEMENTS.iter().any(|e| e.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_told_by_their_start_or_their_tags() {
        assert!(looks_like_html(
            "<!DOCTYPE html>\n<html><body>x</body></html>"
        ));
        assert!(looks_like_html(
            "\u{feff}  <!-- saved from url=(0042) -->\n<HTML lang=en>"
        ));
        assert!(looks_like_html(
            "<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"
        ));
        let fragment = "<div class=\"a\"><p>One</p><p>Two</p><span>x</span><a href=\"/\">y</a>\
                        <ul><li>z</li></ul></div>";
        assert!(looks_like_html(fragment));
    }

    #[test]
    fn a_fragment_that_opens_with_a_block_tag_is_html() {
        for fragment in [
            "<div class=\"story\"><p>The council approved a budget.</p></div>",
            "<p>The council approved a budget.</p>\n<p>Opposition members voted against.</p>",
            "  <ARTICLE>\n<h1>Budget</h1><p>Approved.</p></ARTICLE>",
        ] {
            assert!(looks_like_html(fragment), "{fragment}");
        }
        for text in [
            "<p> is the tag of a paragraph, the manual said on Monday.",
            "<div> elements are everywhere.\n\nThe council approved a budget.",
            "<3 Kyiv. The council approved a budget.",
            "<span>x</span> was written in the text by mistake.",
        ] {
            assert!(!looks_like_html(text), "{text}");
        }
    }

    #[test]
    fn articles_that_mention_tags_are_text() {
        let article = "Kherson fell on Wednesday. The ministry's site showed a <p> where the \
            statement should be, and <div> elements around it; <b>bold</b> claims followed.\n\n"
            .repeat(20);
        assert!(!looks_like_html(&article));
        assert!(!looks_like_html(
            "<3 Kyiv\nHTML is the language of the web."
        ));
        assert!(!looks_like_html(""));
    }
}
