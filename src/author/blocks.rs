//! The article's HTML (as Readability leaves it) as text, one paragraph a line: a paragraph
//! ends where a block of the page ends (a paragraph, heading, list item, caption, table row,
//! figure, header), never inside a sentence. A single `<br>` is a space (it breaks a line, not
//! a sentence), two in a row end a paragraph (pages without `<p>` separate paragraphs so);
//! table cells are separated by a space (a data table's figures labelled, `tables`);
//! superscript and subscript digits are Unicode ones ("10⁶", never "106"); a footnote mark
//! (`<sup>1</sup>` after a sentence's end or a word, a `<sup>` link) and the byline (an element
//! whose class, id, `rel` or `itemprop` names the byline or author, which `add-source` gives as
//! `author`) are left out. Only HTML's white space is folded: a no-break space stays, as the
//! publisher set it.

use super::days::GivenDay;
use dom_query::{Document, NodeRef};
use std::ops::Range;

/// Elements whose start and end end a paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Elements whose content is not text a reader sees.
const UNSEEN: &[&str] = &[
    "button", "canvas", "iframe", "input", "noscript", "object", "script", "select", "style",
    "svg", "template", "textarea",
];

/// The text of `html`, a paragraph a line (see the module's comment).
#[cfg(test)]
pub fn text(html: &str) -> String {
    read(html).text
}

/// The text of a page's HTML, and whether every word of it is a link's.
pub struct Blocks {
    pub text: String,
    /// True when all the text is in links (a menu, "Home"): no article.
    pub only_links: bool,
    /// The days that `<time datetime>` gives to words that do not say it ("Monday").
    pub days: Vec<GivenDay>,
}

/// The text of `html` (`text`), and whether it is links only.
pub fn read(html: &str) -> Blocks {
    let cells;
    let html = if html.contains("<td") && !html.contains("<table") {
        cells = cells_as_blocks(html);
        cells.as_str()
    } else {
        html
    };
    let document = Document::from(html);
    super::tables::label_cells(&document);
    let mut out = Text::default();
    let root = the_article(&document).unwrap_or_else(|| document.root());
    // Walked without recursion: the elements were bounded, but not their depth here.
    let mut stack: Vec<Step> = children(&root).into_iter().rev().map(Step::Open).collect();
    while let Some(step) = stack.pop() {
        match step {
            Step::Close {
                block,
                link,
                caption,
                time,
            } => {
                if time {
                    out.close_time();
                }
                out.links -= usize::from(link);
                if caption {
                    out.line = without_credit(&out.line).to_owned();
                }
                if block {
                    out.end_paragraph();
                }
            }
            Step::Open(node) if node.is_text() => out.push_text(&node.text()),
            Step::Open(node) if node.is_element() => {
                let name = node.node_name().map(|n| n.to_ascii_lowercase());
                let name = name.as_deref().unwrap_or("");
                let block = BLOCKS.contains(&name);
                if UNSEEN.contains(&name) || hidden(&node) || (block && is_byline(&node)) {
                    continue;
                }
                match name {
                    "br" => out.line_break(),
                    "td" | "th" => out.space(),
                    "sup" | "sub" => {
                        if let Some(written) = out.script(&node, name == "sup") {
                            out.push_text(&written);
                        }
                        continue;
                    }
                    _ => {}
                }
                // A table cell that holds blocks or line breaks lays the page out (a menu, the
                // text, a sidebar side by side): each is a block of its own.
                let layout = matches!(name, "td" | "th")
                    && dom_query::Selection::from(node)
                        .select("br, p, div, h1, h2, h3, h4, ul, table")
                        .exists();
                let block = block || layout;
                if block {
                    out.end_paragraph();
                }
                let link = name == "a";
                out.links += usize::from(link);
                out.link_count += usize::from(link);
                let caption = name == "figcaption";
                let time = name == "time" && out.open_time(&node);
                stack.push(Step::Close {
                    block,
                    link,
                    caption,
                    time,
                });
                stack.extend(children(&node).into_iter().rev().map(Step::Open));
            }
            Step::Open(_) => {}
        }
    }
    out.end_paragraph();
    Blocks {
        text: out.lines.join("\n"),
        only_links: out.kept_words > 0 && out.kept_link_words >= out.kept_words,
        days: out.days,
    }
}

enum Step<'a> {
    Open(NodeRef<'a>),
    /// The end of an element: a block, a link, a figure's caption, a `<time>` with a day.
    Close {
        block: bool,
        link: bool,
        caption: bool,
        time: bool,
    },
}

/// Labels of a photo credit, lowercase, before ":" or " by " ("Photo: J. Smith/Reuters",
/// "Picture by Jane Doe").
const CREDIT_LABELS: &[&str] = &[
    "photo credit",
    "image credit",
    "photograph",
    "photography",
    "photos",
    "photo",
    "pictures",
    "picture",
    "images",
    "image",
    "credits",
    "credit",
    "fotos",
    "foto",
    "illustration",
];

/// A caption without the photo credit that ends it ("A nurse prepares a vaccine. Photo:
/// J. Smith/Health Desk"): from a credit's label at the start of the caption or of one of
/// its sentences or brackets, to the end. A short credit alone leaves nothing.
fn without_credit(caption: &str) -> &str {
    let starts = std::iter::once(0).chain(
        (caption.match_indices([' ', '(']))
            .filter(|&(at, _)| {
                caption[..at].ends_with(['.', '!', '?', '(', '–', '—', '|'])
                    || caption[at..].starts_with('(')
            })
            .map(|(at, _)| at + 1),
    );
    for at in starts {
        let rest = caption[at..].trim_start_matches('(').to_lowercase();
        let is_credit = CREDIT_LABELS.iter().any(|label| {
            rest.strip_prefix(label).is_some_and(|after| {
                after.starts_with(':') || after.starts_with(" by ") || after.starts_with(" :")
            })
        });
        // A long caption that opens "Photo:" describes the photo; a credit is a few words.
        let whole = at == 0 && caption.split_whitespace().count() > 8;
        if is_credit && !whole {
            return caption[..at]
                .trim_end()
                .trim_end_matches(['(', '–', '—', '|'])
                .trim_end();
        }
    }
    caption
}

/// The HTML with its table's rows and cells made `<div>`s. Readability makes a layout table
/// (a menu, the text and a sidebar side by side) a `<div>` and leaves its rows and cells
/// inside, where a parser drops their tags, running the menu into the text; as blocks they
/// stay apart.
fn cells_as_blocks(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let after = rest[1..].strip_prefix('/').unwrap_or(&rest[1..]);
        let end = after
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(after.len());
        let name = after[..end].to_ascii_lowercase();
        if ["td", "th", "tr", "tbody", "thead", "tfoot"].contains(&name.as_str()) {
            let closing = rest.as_bytes().get(1) == Some(&b'/');
            out.push_str(if closing { "</div" } else { "<div" });
            rest = &after[end..];
        } else {
            out.push('<');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The one `<article>` of the extracted HTML, when it holds most of its text: what
/// Readability kept around it ("More on this story", related links) is not the article.
fn the_article(document: &Document) -> Option<NodeRef<'_>> {
    let found = document.select("article");
    let [article] = found.nodes() else {
        return None;
    };
    let words = |text: &str| text.split_whitespace().count();
    let all = words(&document.root().text());
    (words(&article.text()) * 10 >= all * 7).then_some(*article)
}

fn children<'a>(node: &NodeRef<'a>) -> Vec<NodeRef<'a>> {
    let mut out = Vec::new();
    let mut child = node.first_child();
    while let Some(c) = child {
        child = c.next_sibling();
        out.push(c);
    }
    out
}

/// Classes that hide an element from sight and leave it to screen readers ("Image caption, "
/// before a caption), lowercase.
const SCREEN_READER_CLASSES: &[&str] = &[
    "visually-hidden",
    "visuallyhidden",
    "sr-only",
    "screen-reader-text",
    "screen-reader-only",
];

/// Hidden from readers: `hidden`, `aria-hidden="true"`, `display: none`, or a class that
/// leaves it to screen readers (`SCREEN_READER_CLASSES`).
fn hidden(node: &NodeRef) -> bool {
    let for_screen_readers = node.attr("class").is_some_and(|c| {
        (c.to_ascii_lowercase().split_whitespace()).any(|c| SCREEN_READER_CLASSES.contains(&c))
    });
    for_screen_readers
        || node.attr("hidden").is_some()
        || node
            .attr("aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || node.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            s.to_ascii_lowercase().contains("display:none")
        })
}

/// A block that holds the byline: `rel="author"`, `itemprop="author"`, or a class or id with
/// the word "byline" or "author" in it ("article-byline", "author-name"). Only a short one: a
/// long one holding the word is a container, not a byline. (An inline element so named is
/// kept: it may be a name inside a sentence.)
pub(super) fn is_byline(node: &NodeRef) -> bool {
    let named = |attr: &str| {
        node.attr(attr).is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| w == "byline" || w == "author" || w == "authors")
        })
    };
    let said = named("rel") || named("itemprop") || named("class") || named("id");
    said && node.text().split_whitespace().count() <= 12
}

/// A footnote mark: digits, letters in brackets, asterisks or daggers, short; or several
/// notes' numbers ("6,7", "2, 5", "1–3").
fn is_mark(text: &str) -> bool {
    let text = text.trim();
    let parts: Vec<&str> = text.split([',', '-', '\u{2013}']).map(str::trim).collect();
    let list = parts.len() >= 2
        && text.chars().count() <= 12
        && (parts.iter())
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()));
    list || (!text.is_empty()
        && text.chars().count() <= 4
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || "[]()*†‡".contains(c)))
}

/// Units that a superscript raises to a power ("km²", "m³"), not a footnote's mark.
const POWERED_UNITS: &[&str] = &[
    "km", "m", "cm", "mm", "mi", "ft", "in", "yd", "s", "kg", "g", "sq",
];

/// `text` in Unicode superscript (`sup`) or subscript characters, when each has one: "10⁶",
/// "km²", "CO₂".
fn scripted(text: &str, sup: bool) -> Option<String> {
    const SUPER: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    const SUB: [char; 10] = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    text.chars()
        .map(|c| match (c, sup) {
            ('0'..='9', true) => Some(SUPER[c as usize - '0' as usize]),
            ('0'..='9', false) => Some(SUB[c as usize - '0' as usize]),
            ('+', true) => Some('⁺'),
            ('-' | '\u{2212}', true) => Some('⁻'),
            ('n', true) => Some('ⁿ'),
            ('+', false) => Some('₊'),
            ('-' | '\u{2212}', false) => Some('₋'),
            _ => None,
        })
        .collect()
}

/// The text made so far.
#[derive(Default)]
struct Text {
    lines: Vec<String>,
    line: String,
    /// `<br>`s since the last word.
    breaks: usize,
    /// How many links the text being read is inside.
    links: usize,
    /// Words of the line inside links, and the links opened on it.
    link_words: usize,
    link_count: usize,
    /// Words of the lines kept, and how many of them are inside links.
    kept_words: usize,
    kept_link_words: usize,
    /// The `<time datetime>` elements open: the day, and where their words start on the line
    /// (`None` once a paragraph ended inside one).
    times: Vec<Option<(String, usize)>>,
    /// Those closed on the line: the day and the bytes of their words.
    line_times: Vec<(String, Range<usize>)>,
    days: Vec<GivenDay>,
}

impl Text {
    /// Opens a `<time>`, true when its `datetime` gives a day.
    fn open_time(&mut self, node: &NodeRef) -> bool {
        let Some(day) = node.attr("datetime").and_then(|d| super::meta::day_of(&d)) else {
            return false;
        };
        self.times.push(Some((day, self.line.len())));
        true
    }

    fn close_time(&mut self) {
        if let Some(Some((day, start))) = self.times.pop() {
            self.line_times.push((day, start..self.line.len()));
        }
    }

    fn push_text(&mut self, text: &str) {
        let html_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c');
        let mut words = text.split(html_space).filter(|w| !w.is_empty()).peekable();
        if words.peek().is_none() {
            if !text.is_empty() {
                self.space();
            }
            return;
        }
        if self.breaks >= 2 {
            self.end_paragraph();
        } else if self.breaks == 1 || text.starts_with(html_space) {
            self.space();
        }
        self.breaks = 0;
        let mut first = true;
        for word in words {
            if self.links > 0 {
                self.link_words += 1;
            }
            if !first {
                self.line.push(' ');
            }
            first = false;
            self.line.push_str(word);
        }
        if text.ends_with(html_space) {
            self.space();
        }
    }

    fn space(&mut self) {
        if !self.line.is_empty() && !self.line.ends_with(' ') {
            self.line.push(' ');
        }
    }

    fn line_break(&mut self) {
        if !self.line.trim().is_empty() {
            self.breaks += 1;
        }
    }

    /// What a `<sup>` or `<sub>` adds to the line. A footnote's mark (a link, `[1]`, `*`, or
    /// a number after a sentence or a word that is no unit) is left out; digits, the signs
    /// and `n` are written as Unicode superscripts or subscripts ("10⁶", "km²", "CO₂"), so that
    /// they never join the number before them ("10<sup>6</sup>" is not 106); anything else
    /// is kept as text, with a `^` or `_` between it and a number it follows.
    fn script(&self, node: &NodeRef, sup: bool) -> Option<String> {
        let text = node.text();
        let text = text.trim();
        let link = dom_query::Selection::from(*node).select("a").exists();
        let last_word = self.line.split_whitespace().next_back().unwrap_or("");
        let after_digit = self.line.ends_with(|c: char| c.is_ascii_digit());
        let after_unit =
            POWERED_UNITS.contains(&last_word.trim_start_matches(|c: char| !c.is_alphabetic()));
        let bare_digits = text.chars().all(|c| c.is_ascii_digit());
        let footnote = sup
            && is_mark(text)
            && (link
                || self.after_sentence()
                || !bare_digits
                || (!after_digit && !after_unit && !self.line.ends_with(' ')));
        if text.is_empty() || footnote || (sup && link) {
            return None;
        }
        if let Some(written) = scripted(text, sup) {
            return Some(written);
        }
        let joins_number = after_digit && text.starts_with(|c: char| c.is_ascii_digit());
        Some(match (joins_number, sup) {
            (true, true) => format!("^{text}"),
            (true, false) => format!("_{text}"),
            (false, _) => text.to_owned(),
        })
    }

    /// Whether the line ends a sentence or a quotation: a footnote mark follows such.
    fn after_sentence(&self) -> bool {
        self.line
            .trim_end()
            .ends_with(['.', ',', ';', ':', '!', '?', '"', '”', '’', ')'])
    }

    /// Ends the paragraph, leaving out a line of links only (a menu, a list of stories):
    /// two links or more and no other word.
    fn end_paragraph(&mut self) {
        let line = self.line.trim();
        let words = line.split_whitespace().count();
        let only_links = self.link_count >= 2 && self.link_words >= words;
        if !line.is_empty() && !only_links {
            self.lines.push(line.to_owned());
            self.kept_words += words;
            self.kept_link_words += self.link_words;
            for (day, range) in std::mem::take(&mut self.line_times) {
                let entry = GivenDay::entry(day.clone(), &self.line, range.start, range.end);
                self.days.extend(entry);
                self.days
                    .extend(GivenDay::of(day, &self.line, range.start, range.end));
            }
        }
        self.line_times.clear();
        self.times.iter_mut().for_each(|t| *t = None);
        self.line.clear();
        self.breaks = 0;
        self.link_words = 0;
        self.link_count = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_end_paragraphs_and_nothing_else_does() {
        let html = "<article><header><h1>Kherson falls</h1><div class=\"byline\"><span>By Jane \
            Doe</span><span>Defence correspondent</span></div><time>2 March 2022</time></header>\
            <figure><img alt=\"x\"><figcaption>Vehicles in Kherson. Reuters</figcaption></figure>\
            <p>Russian&nbsp;forces entered <b>Kherson</b> on Wednesday.<sup>1</sup> Here is\n   \
            what we know:</p><ul><li>One</li><li>Two</li></ul>\
            <table><caption>Casualties so far</caption><tr><th>Source</th><th>Killed</th></tr>\
            <tr><td>Ukraine</td><td>2,000</td></tr></table>\
            <p>Food would run out<br>within days.<br/>Pharmacies were empty.</p>\
            <div>First.<br><br>Second, 10 km<sup>2</sup> wide.</div>\
            <p hidden>Hidden.</p><p style=\"display: none\">Gone.</p><script>x()</script></article>";
        assert_eq!(
            text(html),
            "Kherson falls\n2 March 2022\nVehicles in Kherson. Reuters\n\
             Russian\u{a0}forces entered Kherson on Wednesday. Here is what we know:\nOne\nTwo\n\
             Casualties so far\nSource Killed\nUkraine: Killed 2,000\n\
             Food would run out within days. Pharmacies were empty.\nFirst.\n\
             Second, 10 km² wide."
        );
    }

    #[test]
    fn a_superscript_never_joins_the_number_before_it() {
        for (html, want) in [
            (
                "<p>It holds 10<sup>6</sup> cubic metres.</p>",
                "It holds 10⁶ cubic metres.",
            ),
            ("<p>It covers 500 km<sup>2</sup>.</p>", "It covers 500 km²."),
            (
                "<p>Levels of CO<sub>2</sub> rose by 4<sub>0</sub>.</p>",
                "Levels of CO₂ rose by 4₀.",
            ),
            (
                "<p>A rate of 10<sup>-3</sup> was found.</p>",
                "A rate of 10⁻³ was found.",
            ),
            (
                "<p>It was 40<sup>1.5</sup> wide.</p>",
                "It was 40^1.5 wide.",
            ),
            ("<p>On the 1<sup>st</sup> of May.</p>", "On the 1st of May."),
            // Footnote marks: a link, a mark after a sentence or a word, brackets.
            (
                "<p>They counted 40<sup><a href=#n1>1</a></sup> villages.</p>",
                "They counted 40 villages.",
            ),
            (
                "<p>It fell.<sup>2</sup> Then it rose.</p>",
                "It fell. Then it rose.",
            ),
            (
                "<p>Dead villages<sup>1</sup> were counted.</p>",
                "Dead villages were counted.",
            ),
            (
                "<p>They counted 40<sup>[1]</sup> villages.</p>",
                "They counted 40 villages.",
            ),
            (
                "<p>Europe had 175 per million.<sup>6,7</sup> Italy had more.</p>",
                "Europe had 175 per million. Italy had more.",
            ),
            (
                "<p>Deaths rose in 35 countries<sup>2, 5</sup> and fell in 4<sup>1–3</sup>.</p>",
                "Deaths rose in 35 countries and fell in 4.",
            ),
            (
                "<p>They counted 40<sup>*</sup> villages.</p>",
                "They counted 40 villages.",
            ),
        ] {
            assert_eq!(text(html), want, "{html}");
        }
    }

    #[test]
    fn text_of_links_only_is_told_apart() {
        assert!(read("<nav><a href=\"/\">Home</a></nav>").only_links);
        assert!(!read("<p>Read <a href=\"/r\">the report</a> on Monday.</p>").only_links);
        assert!(!read("<p></p>").only_links);
    }

    #[test]
    fn a_captions_photo_credit_is_left_out() {
        for (caption, kept) in [
            (
                "A nurse at a clinic on Monday. Photo: J. Smith/Health Desk",
                "A nurse at a clinic on Monday.",
            ),
            (
                "Firefighters on Tuesday (Photograph: AP)",
                "Firefighters on Tuesday",
            ),
            (
                "Flooded streets in Anduze. Photo by Jane Doe/Reuters",
                "Flooded streets in Anduze.",
            ),
            (
                "Vehicles in Kherson – Picture: Reuters",
                "Vehicles in Kherson",
            ),
            ("Image: Getty Images", ""),
            (
                "Photo: the mayor speaks to residents at the rally in Kherson on Tuesday",
                "Photo: the mayor speaks to residents at the rally in Kherson on Tuesday",
            ),
            (
                "Cases by quarter. Source: Regional Health Agency",
                "Cases by quarter. Source: Regional Health Agency",
            ),
            (
                "A photo: the mayor's last picture by the river.",
                "A photo: the mayor's last picture by the river.",
            ),
        ] {
            let html = format!(
                "<figure><img alt=x><figcaption>{caption}</figcaption></figure><p>Next.</p>"
            );
            let want = if kept.is_empty() {
                "Next.".to_owned()
            } else {
                format!("{kept}\nNext.")
            };
            assert_eq!(text(&html), want, "{caption}");
        }
    }

    #[test]
    fn a_layout_table_left_without_its_table_keeps_menu_text_and_sidebar_apart() {
        let html = "<div><tbody><tr><td class=menu><a href=/>Home</a><br><a href=/w>World</a>\
            </td><td><b>Kherson under occupation</b><div><p>Russian forces have occupied \
            Kherson.</p></div><p>Tags: Kherson</p></td><td><h3>Popular</h3><a href=/x>One \
            story</a><br><a href=/y>Another</a></td></tr></tbody></div>";
        assert_eq!(
            text(html),
            "Kherson under occupation\nRussian forces have occupied Kherson.\nTags: Kherson\n\
             Popular"
        );
    }

    #[test]
    fn what_surrounds_the_one_article_is_left_out() {
        let body = "Kherson has been taken over by the Russian forces, officials said. ".repeat(5);
        let html = format!(
            "<div><article><p>{body}</p></article><h2>More on this story</h2><ul><li><a \
             href=/a>Convoy stalls</a></li></ul></div>"
        );
        assert_eq!(text(&html), body.trim());
    }

    #[test]
    fn an_inline_author_is_kept_in_its_sentence() {
        let html = "<p>The report, by <a rel=\"author\" class=\"author\">Jane Doe</a>, \
            was published on Wednesday.</p>";
        assert_eq!(
            text(html),
            "The report, by Jane Doe, was published on Wednesday."
        );
    }

    #[test]
    fn a_long_element_named_author_is_kept() {
        let long = "Kherson has been taken over by the Russian forces, officials said on \
            Wednesday evening.";
        let html = format!("<div class=\"author-page\"><p>{long}</p></div>");
        assert_eq!(text(&html), long);
    }
}
