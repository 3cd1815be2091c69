//! Inline Markdown in statements and the summary, rendered for HTML or re-written as safe
//! Markdown, and the escaping of plain text for Markdown output.
//!
//! Every option is set in `options()`. Raw HTML becomes text, images become their alt text,
//! and only http(s) links and in-page anchors stay links; whatever the input, the output holds
//! no markup that was not made here.

use crate::text::{collapse_spaces, is_direction_control};
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};
use std::borrow::Cow;
use std::ops::Range;

/// The Markdown features that inline fields may use.
fn options() -> Options {
    // Strikethrough only: no tables, footnotes, task lists, math or smart punctuation, so the
    // text renders as the author wrote it.
    Options::ENABLE_STRIKETHROUGH
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Html,
    Markdown,
}

/// Renders an inline field (a statement, the summary) for the target format.
pub fn inline(text: &str, target: Target) -> String {
    if let Some(plain) = without_markup(text) {
        return plain;
    }
    rendered(text, target)
}

/// An inline field as plain text: what a reader reads, without markup (a link's text kept,
/// its address dropped; raw HTML as the text it is shown as), white space folded.
pub fn text(field: &str) -> String {
    if let Some(plain) = without_markup(field) {
        return plain;
    }
    let source = prepare(field);
    let mut out = String::with_capacity(source.len());
    for event in sanitize(&source) {
        if let Event::Text(t) | Event::Code(t) = event {
            out.push_str(&t);
        }
    }
    collapse_spaces(&out)
}

/// An inline field with the addresses in it blanked out: a link's or an image's destination
/// and title, an autolink (`<https://...>`) and a bare URL become spaces, byte for byte, so
/// that what is read from the result (its numbers) stands where it stands in the field. A
/// reader sees a link's text, not its address.
pub fn without_addresses(field: &str) -> Cow<'_, str> {
    let mut blank: Vec<Range<usize>> = bare_urls(field);
    if field.contains(['[', '<']) {
        blank.extend(link_addresses(field));
    }
    if blank.is_empty() {
        return field.into();
    }
    let mut bytes = field.as_bytes().to_vec();
    for range in blank {
        if let Some(part) = bytes.get_mut(range) {
            part.fill(b' ');
        }
    }
    // Whole characters were blanked (each range starts and ends at a character boundary).
    String::from_utf8(bytes).map_or(field.into(), Into::into)
}

/// The in-page links of `field` (`[the capture](#fact-kherson-taken)`): each one's anchor,
/// without its `#`, and where the link is written in `field`.
pub fn in_page_links(field: &str) -> Vec<(String, Range<usize>)> {
    if !field.contains('#') {
        return Vec::new();
    }
    (Parser::new_ext(field, options()).into_offset_iter())
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                (dest_url.strip_prefix('#')).map(|anchor| (anchor.to_owned(), range))
            }
            _ => None,
        })
        .collect()
}

/// The byte ranges of `field`'s links and images that are not their text: the brackets, the
/// destination and title; an autolink whole, as its text is its address.
fn link_addresses(field: &str) -> Vec<Range<usize>> {
    struct Open {
        link: Range<usize>,
        reached: usize,
        whole: bool,
    }
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(field, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { link_type, .. } | Tag::Image { link_type, .. }) => {
                depth += 1;
                if depth == 1 {
                    let whole = matches!(link_type, LinkType::Autolink | LinkType::Email);
                    let reached = range.start;
                    open = Some(Open {
                        link: range,
                        reached,
                        whole,
                    });
                }
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                depth = depth.saturating_sub(1);
                if let Some(o) = open.take_if(|_| depth == 0) {
                    out.push(if o.whole {
                        o.link
                    } else {
                        o.reached..o.link.end
                    });
                }
            }
            Event::Text(_) | Event::Code(_) => {
                if let Some(o) = open.as_mut().filter(|o| !o.whole) {
                    out.push(o.reached..range.start);
                    o.reached = o.reached.max(range.end);
                }
            }
            _ => {}
        }
    }
    out
}

/// The byte ranges of bare URLs (`https://...`, `www....`), each up to the next white space.
fn bare_urls(field: &str) -> Vec<Range<usize>> {
    // Most statements have none: no lowercase copy for them.
    let bytes = field.as_bytes();
    let www = |dot: usize| dot >= 3 && bytes[dot - 3..dot].eq_ignore_ascii_case(b"www");
    if !field.contains("://") && !memchr::memchr_iter(b'.', bytes).any(www) {
        return Vec::new();
    }
    let lower = field.to_ascii_lowercase();
    let mut out: Vec<Range<usize>> = Vec::new();
    for scheme in ["http://", "https://", "www."] {
        for (at, _) in lower.match_indices(scheme) {
            let word_start = !field[..at].ends_with(|c: char| c.is_alphanumeric() || c == '/');
            if word_start {
                let len = field[at..]
                    .find(char::is_whitespace)
                    .unwrap_or(field.len() - at);
                out.push(at..at + len);
            }
        }
    }
    out
}

/// Characters that may mean something in inline Markdown, or that `escape` escapes.
const MARKUP: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '!', '$',
];

/// Most statements are plain words: with no character that Markdown (or HTML) reads, and no
/// start that could begin a block, the rendering in either format is the text itself with its
/// white space collapsed, and the parser can be skipped.
fn without_markup(text: &str) -> Option<String> {
    if text.contains(MARKUP) {
        return None;
    }
    let line = collapse_spaces(text);
    let bytes = line.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let list_number = digits > 0 && matches!(bytes.get(digits), Some(b'.' | b')'));
    let block_start = matches!(bytes.first(), None | Some(b'-' | b'+' | b'='));
    (!list_number && !block_start).then_some(line)
}

/// The full rendering: parsed, sanitised, written out.
fn rendered(text: &str, target: Target) -> String {
    let source = prepare(text);
    let events = sanitize(&source);
    match target {
        Target::Html => {
            let mut out = String::with_capacity(source.len() + 16);
            html::push_html(&mut out, events.into_iter());
            out
        }
        Target::Markdown => to_markdown(&events),
    }
}

/// One line, with anything that would start a block (a list, a heading, a quote, a code block
/// or a link definition) escaped, so the field is always read as a run of inline text.
fn prepare(text: &str) -> String {
    let line = collapse_spaces(text);
    escape_block_start(&line)
}

/// Escapes the start of a line that CommonMark would read as a block.
fn escape_block_start(line: &str) -> String {
    let bytes = line.as_bytes();
    let first = bytes.first().copied();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let ordered = digits > 0 && matches!(bytes.get(digits), Some(b'.' | b')'));
    if ordered {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    // A backslash before these is harmless wherever they stand, so they are always escaped.
    let block_char = matches!(first, Some(b'#' | b'>' | b'-' | b'+' | b'=' | b'|' | b'<'));
    // Before these it would be read: `**Russia**` and `` `code` `` start emphasis and code.
    // They start a block only as a list item (`* `), a rule (`***`, `___`) or a fence.
    let list_item = first == Some(b'*') && matches!(bytes.get(1), None | Some(b' ' | b'\t'));
    let rule = (line.bytes().filter(|b| !b.is_ascii_whitespace()))
        .try_fold((None, 0), |(mark, n), b| match (mark, b) {
            (None, b'*' | b'_') => Some((Some(b), 1)),
            (Some(m), b) if m == b => Some((mark, n + 1)),
            _ => None,
        })
        .is_some_and(|(_, n)| n >= 3);
    let fence = line.starts_with("```") || line.starts_with("~~~");
    let link_definition = first == Some(b'[') && line.contains("]:");
    if block_char || list_item || rule || fence || link_definition {
        format!("\\{line}")
    } else {
        line.to_owned()
    }
}

fn allowed_link(dest: &str) -> bool {
    let lower = dest.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with('#')
}

/// The character references of an inline field that a reader sees as characters (`&#x202E;`,
/// `&rlm;`), in order: each as written, with what it reads. One in code, or escaped
/// (`\&rlm;`), is text as written and is not among them.
pub fn references(field: &str) -> Vec<(String, String)> {
    if !field.contains('&') {
        return Vec::new();
    }
    let source = prepare(field);
    (Parser::new_ext(&source, options()).into_offset_iter())
        .filter_map(|(event, range)| match event {
            Event::Text(read) => {
                let written = source.get(range)?;
                is_reference(written, &read).then(|| (written.to_owned(), read.into_string()))
            }
            _ => None,
        })
        .collect()
}

/// Whether text written as `written` that the parser reads as `read` is a character reference
/// (the parser gives each reference as a text of its own).
fn is_reference(written: &str, read: &str) -> bool {
    written.len() > 2 && written.starts_with('&') && written.ends_with(';') && written != read
}

/// Keeps text, emphasis, code and safe links; everything else becomes text or goes. A
/// reference to a direction control (`&#x202E;`) becomes U+FFFD: it would show the text after
/// it in another order than the one it was checked in.
fn sanitize(source: &str) -> Vec<Event<'_>> {
    let mut out = Vec::new();
    // For each open link: whether it was kept.
    let mut links: Vec<bool> = Vec::new();
    for (event, range) in Parser::new_ext(source, options()).into_offset_iter() {
        match event {
            Event::Text(t) if source.get(range).is_some_and(|w| is_reference(w, &t)) => {
                let visible = t.replace(is_direction_control, "\u{fffd}");
                out.push(Event::Text(visible.into()));
            }
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => out.push(Event::Text(t)),
            Event::Code(c) => out.push(Event::Code(c)),
            Event::SoftBreak | Event::HardBreak => out.push(Event::Text(CowStr::Borrowed(" "))),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let keep = allowed_link(&dest_url) && link_type != LinkType::Email;
                links.push(keep);
                if keep {
                    out.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url: address(&dest_url).into_owned().into(),
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Link) => {
                if links.pop() == Some(true) {
                    out.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(tag @ (Tag::Emphasis | Tag::Strong | Tag::Strikethrough)) => {
                out.push(Event::Start(tag));
            }
            Event::End(end @ (TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough)) => {
                out.push(Event::End(end));
            }
            // Paragraphs, images (their alt text stays as text), and any other structure.
            Event::Start(_) | Event::End(_) => {}
            Event::FootnoteReference(label) => out.push(Event::Text(format!("[^{label}]").into())),
            Event::TaskListMarker(_) | Event::Rule => {}
            Event::InlineMath(m) | Event::DisplayMath(m) => out.push(Event::Text(m)),
        }
    }
    out
}

/// Writes the kept events back as Markdown.
fn to_markdown(events: &[Event<'_>]) -> String {
    let mut out = String::new();
    let mut link_ends: Vec<String> = Vec::new();
    for event in events {
        match event {
            Event::Text(t) => out.push_str(&escape_text(t)),
            Event::Code(c) => out.push_str(&code_span(c)),
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => out.push('*'),
            Event::Start(Tag::Strong) | Event::End(TagEnd::Strong) => out.push_str("**"),
            Event::Start(Tag::Strikethrough) | Event::End(TagEnd::Strikethrough) => {
                out.push_str("~~");
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                out.push('[');
                link_ends.push(format!("]({})", link_destination(dest_url)));
            }
            Event::End(TagEnd::Link) => out.push_str(&link_ends.pop().unwrap_or_default()),
            _ => {}
        }
    }
    escape_start(out)
}

/// Plain text (a title, a quote, a place) made safe to put anywhere in a Markdown line.
pub fn escape(text: &str) -> String {
    // White space collapsed and characters escaped in one pass, copying the runs between them
    // whole: this runs for every quote.
    let mut out = String::with_capacity(text.len() + 8);
    let mut run = 0; // where the characters not yet copied start
    let mut space = false; // white space seen since the last character kept
    for (i, c) in text.char_indices() {
        let special = is_markdown_special(c);
        if !special && !c.is_whitespace() {
            if space {
                if !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                run = i;
            }
            continue;
        }
        if !space {
            out.push_str(&text[run..i]);
        }
        if special {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push('\\');
            out.push(c);
            run = i + c.len_utf8();
        } else {
            space = true;
        }
    }
    if !space {
        out.push_str(&text[run..]);
    }
    escape_start(out)
}

fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        if is_markdown_special(c) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// The characters that mean something in CommonMark inline text (or to Markdown tables).
fn is_markdown_special(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!' | '$'
    )
}

/// Text that begins a line must not begin a list or a heading either.
fn escape_start(text: String) -> String {
    let bytes = text.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 && matches!(bytes.get(digits), Some(b'.' | b')')) {
        return format!("{}\\{}", &text[..digits], &text[digits..]);
    }
    if matches!(bytes.first(), Some(b'-' | b'+' | b'=')) {
        return format!("\\{text}");
    }
    text
}

fn code_span(code: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') || code.starts_with(' ') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}

/// The characters an address may not hold as they are: those that pulldown-cmark's HTML writer
/// percent-encodes in a link's `href` (controls, space, `"`, `<`, `>`, `[`, `\`, `]`, `^`,
/// `` ` ``, `{`, `|`, `}`), and every byte beyond ASCII. `%` stays, so an address that is
/// encoded already is left as it is, and `&` and `'` stay for the format to escape.
const UNSAFE_IN_ADDRESS: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// An address (a source's `url` or `archive_url`, a link of a statement) as every briefing
/// writes it, percent-encoded, so that the HTML, the Markdown and briefing.json lead to the
/// same place and hold no character an address may not have. A `&` that would begin a
/// character reference (`&amp;`, copied from a page's HTML) is `%26` too: a Markdown link
/// destination would read the reference as its character, and an autolink would not, so no
/// other spelling leads to one place in every format.
pub fn address(url: &str) -> Cow<'_, str> {
    let encoded: Cow<'_, str> = utf8_percent_encode(url.trim(), UNSAFE_IN_ADDRESS).into();
    if !encoded.contains('&') {
        return encoded;
    }
    let mut out = String::with_capacity(encoded.len() + 8);
    let mut rest: &str = &encoded;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let name = (after.bytes())
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
            .count();
        let reference = name > 0 && after.as_bytes().get(name) == Some(&b';');
        out.push_str(if reference { "%26" } else { "&" });
        rest = after;
    }
    out.push_str(rest);
    out.into()
}

/// A link destination in angle brackets, the `address`: it holds no `<`, `>`, break, `\` or
/// character reference that a Markdown reader would read otherwise.
pub fn link_destination(url: &str) -> String {
    format!("<{}>", address(url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_what_a_reader_reads() {
        assert_eq!(text("  Plain   words. "), "Plain words.");
        assert_eq!(
            text("So **at least** 660,000 fled, [the UN](https://example.org) says `today`"),
            "So at least 660,000 fled, the UN says today"
        );
        assert_eq!(
            text("1\\. Escaped <b>tag</b> ~~gone~~"),
            "1. Escaped <b>tag</b> gone"
        );
        assert_eq!(text("![a map](map.png) of Kherson"), "a map of Kherson");
    }

    #[test]
    fn addresses_are_blanked_in_place() {
        let field = "A [*b* 2](https://e.org/5 \"t 6\") c <https://e.org/7> d http://e.org/8 é";
        let blanked = without_addresses(field);
        assert_eq!(blanked.len(), field.len());
        assert_eq!(
            blanked,
            "A   b  2                         c                   d                é"
        );
        assert!(matches!(without_addresses("no link 5"), Cow::Borrowed(_)));
        // Unclosed or odd markup blanks nothing it should not.
        assert_eq!(without_addresses("[a](b"), "[a](b");
        assert_eq!(without_addresses("![x 1](y.png)"), "  x 1        ");
    }

    /// `escape` as it reads plainest: words split at white space, each character escaped.
    fn escape_word_by_word(text: &str) -> String {
        let mut out = String::new();
        for word in text.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            push_escaped(&mut out, word);
        }
        escape_start(out)
    }

    proptest::proptest! {
        #[test]
        fn escaping_in_runs_equals_escaping_word_by_word(
            text in "[a-z0-9 .#*_\\\\\t\n\u{a0}\u{2003}\u{2019}\u{e9}<>|-]{0,30}"
        ) {
            proptest::prop_assert_eq!(escape(&text), escape_word_by_word(&text));
        }

        #[test]
        fn plain_text_skips_the_parser_with_the_same_result(
            text in "[a-zA-Z0-9 .,;:'\"()\\-+=%\u{2019}\u{201c}\u{a0}\n*_#<&]{0,40}"
        ) {
            if let Some(plain) = without_markup(&text) {
                proptest::prop_assert_eq!(&plain, &rendered(&text, Target::Html));
                proptest::prop_assert_eq!(&plain, &rendered(&text, Target::Markdown));
            }
        }
    }

    #[test]
    fn plain_statements_take_the_short_way() {
        let text = "Russia's Defence Ministry says its forces took  Kherson (pop. 290,000).";
        assert!(without_markup(text).is_some());
        assert_eq!(
            inline(text, Target::Html),
            "Russia's Defence Ministry says its forces took Kherson (pop. 290,000)."
        );
        for marked in [
            "*Kherson* fell",
            "1. Kherson",
            "- Kherson",
            "Tom & Jerry",
            "a <b>",
        ] {
            assert!(without_markup(marked).is_none(), "{marked}");
        }
    }

    #[test]
    fn emphasis_code_and_links_render() {
        assert_eq!(
            inline(
                "Russia *says* it holds [Kherson](https://example.org/k) `now`",
                Target::Html
            ),
            "Russia <em>says</em> it holds <a href=\"https://example.org/k\">Kherson</a> <code>now</code>"
        );
        assert_eq!(
            inline(
                "Russia *says* it holds [Kherson](https://example.org/k)",
                Target::Markdown
            ),
            "Russia *says* it holds [Kherson](<https://example.org/k>)"
        );
    }

    #[test]
    fn raw_html_is_text_and_unsafe_links_go() {
        let html = inline(
            "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))",
            Target::Html,
        );
        assert_eq!(
            html,
            "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; x"
        );
        let md = inline(
            "<b>bold</b> [x](javascript:alert(1)) ![i](https://e.org/i.png)",
            Target::Markdown,
        );
        assert_eq!(md, "\\<b\\>bold\\</b\\> x i");
    }

    #[test]
    fn emphasis_and_code_may_start_a_statement() {
        assert_eq!(
            inline("**Russia** took Kherson", Target::Html),
            "<strong>Russia</strong> took Kherson"
        );
        assert_eq!(
            inline("_Kherson_ fell", Target::Html),
            "<em>Kherson</em> fell"
        );
        assert_eq!(inline("`x` fell", Target::Html), "<code>x</code> fell");
        assert_eq!(
            inline("**Russia** took Kherson", Target::Markdown),
            "**Russia** took Kherson"
        );
    }

    #[test]
    fn block_syntax_stays_inline() {
        assert_eq!(
            inline("2022. Russian forces", Target::Html),
            "2022. Russian forces"
        );
        assert_eq!(inline("# Not a heading", Target::Html), "# Not a heading");
        assert_eq!(inline("- not a list", Target::Html), "- not a list");
        assert_eq!(inline("* not a list", Target::Html), "* not a list");
        assert_eq!(inline("***", Target::Html), "***");
        assert_eq!(inline("_ _ _", Target::Html), "_ _ _");
        assert_eq!(inline("```rust", Target::Html), "```rust");
        assert_eq!(inline("~~~", Target::Html), "~~~");
        assert_eq!(inline("> not a quote", Target::Html), "&gt; not a quote");
        assert_eq!(inline("    indented", Target::Html), "indented");
        assert_eq!(
            inline("[a]: https://x.org", Target::Html),
            "[a]: https://x.org"
        );
        assert_eq!(
            inline("line one\n\nline two", Target::Html),
            "line one line two"
        );
        assert_eq!(
            inline("2022. Russian forces", Target::Markdown),
            "2022\\. Russian forces"
        );
    }

    #[test]
    fn references_to_direction_controls_are_replaced() {
        let field = "Officials say &#x202E;21&#x202C; were &rlm;killed `&#x202E;` \\&#x202E;";
        assert_eq!(
            references(field),
            [
                ("&#x202E;".to_owned(), "\u{202e}".to_owned()),
                ("&#x202C;".to_owned(), "\u{202c}".to_owned()),
                ("&rlm;".to_owned(), "\u{200f}".to_owned()),
            ]
        );
        assert_eq!(
            inline(field, Target::Html),
            "Officials say \u{fffd}21\u{fffd} were \u{200f}killed <code>&amp;#x202E;</code> &amp;#x202E;"
        );
        assert_eq!(
            inline(field, Target::Markdown),
            "Officials say \u{fffd}21\u{fffd} were \u{200f}killed `&#x202E;` \\&\\#x202E;"
        );
        assert_eq!(
            text(field),
            "Officials say \u{fffd}21\u{fffd} were \u{200f}killed &#x202E; &#x202E;"
        );
        assert!(
            references("Tom &amp; Jerry")
                .iter()
                .all(|(_, read)| read == "&")
        );
        assert!(references("no reference; & none").is_empty());
    }

    #[test]
    fn addresses_are_encoded_alike_in_every_format() {
        let url = "https://e.org/a b?q=\"k\"|{x}^`y`\\z&amp;c=%41'é";
        let encoded = "https://e.org/a%20b?q=%22k%22%7C%7Bx%7D%5E%60y%60%5Cz%26amp;c=%41'%C3%A9";
        assert_eq!(address(url), encoded);
        assert_eq!(address(encoded), encoded);
        assert_eq!(link_destination(url), format!("<{encoded}>"));
        let statement =
            "See [it](<https://e.org/annual report.pdf>) and [q](https://e.org/?a=1&b=\"2\")";
        assert_eq!(
            inline(statement, Target::Html),
            "See <a href=\"https://e.org/annual%20report.pdf\">it</a> and \
             <a href=\"https://e.org/?a=1&amp;b=%222%22\">q</a>"
        );
        assert_eq!(
            inline(statement, Target::Markdown),
            "See [it](<https://e.org/annual%20report.pdf>) and [q](<https://e.org/?a=1&b=%222%22>)"
        );
    }

    #[test]
    fn plain_text_is_escaped_for_markdown() {
        assert_eq!(
            escape("<b>*x*</b> {{ 7*7 }}"),
            "\\<b\\>\\*x\\*\\</b\\> {{ 7\\*7 }}"
        );
        assert_eq!(escape("1. first"), "1\\. first");
        assert_eq!(escape("Day 7 #"), "Day 7 \\#");
    }
}
