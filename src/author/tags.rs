//! A page's tags, counted before the page is parsed. An HTML parser checks the elements open
//! around each new tag, so a hostile page of nested elements takes time in the square of their
//! depth (20,000 nested `<div>`s: 40 seconds; 64 MB of them: days). This reads the tags in one
//! pass, as the parser would open and close them in the cases that can nest deep, so that such
//! a page is refused before it is parsed; what passes is measured exactly after parsing.

use memchr::memmem;
use std::collections::HashMap;

/// How many elements a page opens, and how deep they nest at most, as far as its tags tell.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Tags {
    pub elements: usize,
    /// The most elements open at once.
    pub depth: usize,
    /// The elements open around each element, and those an end tag looks through, added up:
    /// the parser's work grows with it (and so does this count's own).
    pub work: usize,
}

/// Elements that hold no others.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];
/// Elements that the next of their kind (or their parent's end) closes, and the page's own
/// `html`, `head` and `body`, which are never opened twice: none of them makes the page deeper.
const SELF_ENDING: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body",
];
/// Elements whose content is text up to their end tag, not tags.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];
/// Elements an end tag does not close across: the parser ignores `</div>` inside a `<table>`
/// whose `<div>` is outside it.
const SCOPES: &[&str] = &[
    "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
];

/// Counts the tags of `html`, stopping once any count passes its `limit`.
pub fn count(html: &str, limit: &Tags) -> Tags {
    let bytes = html.as_bytes();
    let mut open = Open::default();
    let mut tags = Tags::default();
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + found;
        let rest = &bytes[start..];
        at = if rest.starts_with(b"<!--") {
            after(bytes, start + 4, b"-->")
        } else if let Some(name) = rest.strip_prefix(b"</").and_then(tag_name) {
            tags.work += open.close(&name);
            after(bytes, start, b">")
        } else if let Some(name) = rest.get(1..).and_then(tag_name) {
            let end = after(bytes, start, b">");
            let self_closing = bytes[..end].ends_with(b"/>");
            tags.elements += 1;
            if name == "plaintext" {
                break; // the rest of the page is text
            }
            if RAW_TEXT.contains(&name.as_str()) {
                end_of_raw_text(bytes, end, &name)
            } else {
                open.open(name, self_closing);
                tags.depth = tags.depth.max(open.names.len());
                tags.work += open.names.len();
                end
            }
        } else {
            start + 1
        };
        if tags.depth > limit.depth || tags.elements > limit.elements || tags.work > limit.work {
            break;
        }
    }
    tags
}

/// The elements open, innermost last, with how many of each name, as the parser keeps them.
#[derive(Default)]
struct Open {
    names: Vec<String>,
    count: HashMap<String, usize>,
    /// How many `svg` and `math` elements are open: inside them `<x/>` closes itself.
    foreign: usize,
}

impl Open {
    fn open(&mut self, name: String, self_closing: bool) {
        let name_str = name.as_str();
        if VOID.contains(&name_str)
            || SELF_ENDING.contains(&name_str)
            || (self_closing && (self.foreign > 0 || matches!(name_str, "svg" | "math")))
        {
            return;
        }
        if matches!(name_str, "svg" | "math") {
            self.foreign += 1;
        }
        *self.count.entry(name.clone()).or_default() += 1;
        self.names.push(name);
    }

    /// Closes the innermost open element of that name and those inside it, unless a scope
    /// (a table, say) stands between: then the parser ignores the end tag. Gives how many open
    /// elements it looked through.
    fn close(&mut self, name: &str) -> usize {
        if self.count.get(name).is_none_or(|&n| n == 0) {
            return 0;
        }
        let Some(at) = self.names.iter().rposition(|open| open == name) else {
            return 0;
        };
        let looked = self.names.len() - at;
        if self.names[at + 1..]
            .iter()
            .any(|inner| SCOPES.contains(&inner.as_str()))
        {
            return looked;
        }
        for closed in self.names.drain(at..) {
            if matches!(closed.as_str(), "svg" | "math") {
                self.foreign -= 1;
            }
            if let Some(n) = self.count.get_mut(&closed) {
                *n -= 1;
            }
        }
        looked
    }
}

/// The lowercase name of the tag that `rest` starts, after its `<` or `</`: ASCII letters
/// first, as the parser reads one.
fn tag_name(rest: &[u8]) -> Option<String> {
    if !rest.first()?.is_ascii_alphabetic() {
        return None;
    }
    let len = (rest.iter())
        .position(|&b| b.is_ascii_whitespace() || b == b'/' || b == b'>')
        .unwrap_or(rest.len());
    Some(String::from_utf8_lossy(&rest[..len]).to_ascii_lowercase())
}

/// Where the first `needle` at or after `from` ends; the end of the page when there is none.
fn after(bytes: &[u8], from: usize, needle: &[u8]) -> usize {
    memmem::find(&bytes[from..], needle).map_or(bytes.len(), |i| from + i + needle.len())
}

/// Where the end tag of the raw-text element `name` (`</script>`) starts, from `from`.
fn end_of_raw_text(bytes: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(i) = memmem::find(&bytes[at..], b"</") {
        let tag = at + i + 2;
        let candidate = bytes.get(tag..tag + name.len());
        let next = bytes.get(tag + name.len()).copied();
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes()))
            && next.is_none_or(|b| b.is_ascii_whitespace() || b == b'/' || b == b'>')
        {
            return tag - 2;
        }
        at = tag;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NO_LIMIT: Tags = Tags {
        elements: usize::MAX,
        depth: usize::MAX,
        work: usize::MAX,
    };

    fn depth(html: &str) -> usize {
        count(html, &NO_LIMIT).depth
    }

    #[test]
    fn nesting_is_counted_as_the_parser_opens_and_closes() {
        assert_eq!(depth(&"<div>".repeat(500)), 500);
        assert_eq!(depth(&"<div><span>a</span></div>".repeat(500)), 2);
        // Closing an outer element closes those inside it.
        assert_eq!(depth(&"<div><b><i></div>".repeat(500)), 3);
        // An end tag with nothing of its name open closes nothing (`</p>` makes an empty p).
        assert_eq!(depth(&"<div></p></span>".repeat(500)), 500);
        // Nor does one across a table: the parser ignores it.
        assert_eq!(depth(&"<div><table></div>".repeat(200)), 400);
        // Tags hidden from the parser do not count: comments, scripts, raw text.
        let hidden = "<!-- <div> --><script>let a = '<div>'; // </scripts> <div></script>";
        assert_eq!(depth(&hidden.repeat(500)), 0);
        assert_eq!(depth("<SCRIPT><div></Script ><div>"), 1);
        // Elements that hold nothing, or that end themselves, do not nest.
        assert_eq!(depth(&"<p>a<li>b<br><img src=x><td>c".repeat(500)), 0);
        // `<x/>` closes itself in SVG only: in HTML the slash is ignored.
        assert_eq!(
            depth(&format!("<svg>{}</svg>", "<path d=x/>".repeat(500))),
            1
        );
        assert_eq!(depth(&"<div/>".repeat(500)), 500);
    }

    proptest::proptest! {
        /// Any text, tags cut anywhere: the count ends, never panics, and holds together.
        #[test]
        fn any_text_is_counted(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "<div>", "</div>", "<", ">", "/", "</", "<!--", "-->", "<script>", "</script",
                "<svg>", "<path/>", "</svg>", "<table>", "<p>", "é", "text ", "<DIV class=\"a>b\">",
            ]), 0..40)
        ) {
            let html = parts.concat();
            let tags = count(&html, &NO_LIMIT);
            proptest::prop_assert!(tags.depth <= tags.elements);
            proptest::prop_assert!(tags.elements <= html.matches('<').count());
        }
    }

    #[test]
    fn counting_stops_past_the_limits() {
        let page = "<div>".repeat(10_000);
        let limit = |elements, depth, work| {
            count(
                &page,
                &Tags {
                    elements,
                    depth,
                    work,
                },
            )
        };
        assert_eq!(limit(usize::MAX, 100, usize::MAX).depth, 101);
        assert_eq!(limit(50, usize::MAX, usize::MAX).elements, 51);
        // 1 + 2 + ... + 10 = 55 > 50
        assert_eq!(limit(usize::MAX, usize::MAX, 50).work, 55);
        // End tags that look through many open elements and close nothing count too.
        let blocked = format!(
            "<div><table>{}{}",
            "<b>".repeat(500),
            "</div>".repeat(100_000)
        );
        let tags = count(
            &blocked,
            &Tags {
                work: 1_000_000,
                ..NO_LIMIT
            },
        );
        assert_eq!((tags.depth, tags.elements), (502, 502));
        assert!(tags.work > 1_000_000, "{tags:?}");
        assert_eq!(
            count("<plaintext><div><div>", &NO_LIMIT),
            Tags {
                elements: 1,
                depth: 0,
                work: 0
            }
        );
    }
}
