//! A saved web page or a text file, made into the text of a source: for a page, the article's
//! main text (dom_smoothie, a port of Readability.js) as paragraphs separated by blank lines,
//! and what the page's metadata says of it; for a text file, its text as it is, in UTF-8 with
//! LF line ends.

use super::byline::starts_with_by;
use super::days::GivenDay;
use super::tags;
use dom_smoothie::{Config, Readability, TextMode};

/// A page with more elements than this is refused (a long news page has a few thousand);
/// it bounds the time that extraction can take.
const MAX_ELEMENTS: usize = 200_000;
/// A page whose elements nest deeper than this is refused (a news page nests a few dozen):
/// parsing and extraction take time in proportion to the elements times their depth, so a
/// page of 100,000 nested `<div>`s would run for hours.
const MAX_DEPTH: usize = 256;
/// What a page's tags may show before it is parsed (the parser's work grows with the elements
/// times their depth): a few times `MAX_DEPTH`, as they can tell more levels than the parser
/// makes (it closes a second `<a>` inside a first); and the elements open around each element,
/// added up, far above a news page's (a 1.5 MB page of 24,000 elements: 150,000).
const TAG_LIMITS: tags::Tags = tags::Tags {
    elements: MAX_ELEMENTS,
    depth: 4 * MAX_DEPTH,
    work: 20_000_000,
};

/// What was read: the text to write as the source, and what the page says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// True when the input was a web page's HTML, false for text.
    pub html: bool,
    /// What the text was extracted from, for the report: "the web page", "the news feed's
    /// item (RSS)", "the Markdown file"; empty for a text file, copied as it is.
    pub from: &'static str,
    /// The article's text, UTF-8 with LF line ends.
    pub text: String,
    pub meta: Meta,
    /// The days the page gave in markup to words of the text that do not say them.
    pub days: Vec<super::days::GivenDay>,
}

/// The page's metadata; none for a text file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    /// Who wrote it: the page's byline without its "By".
    pub author: Option<String>,
    pub site_name: Option<String>,
    /// The day of publication, YYYY-MM-DD, as the page's own time zone has it.
    pub published: Option<String>,
    /// True when `published` is the date of the article's dateline ("SPLIT, Croatia —
    /// Thursday, Feb. 15, 2024"), as nothing better gave one.
    pub published_by_dateline: bool,
    /// The page's address, when the page names it (JSON-LD `url`, `og:url` or the canonical
    /// link) and it is http(s).
    pub url: Option<String>,
    /// The page's language as a BCP 47 tag (`<html lang>`, `og:locale`, `Content-Language`).
    pub language: Option<String>,
    /// What the reader of `add-source`'s report should know of the page: the metadata and
    /// what the page shows disagree, the text may be cut short.
    pub warnings: Vec<Warning>,
}

/// A warning about what was read from a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The value it is about ("author", "published"), which a flag then settles; none for
    /// the text.
    pub about: Option<&'static str>,
    pub text: String,
}

/// The publication date: the page's metadata, unless the `<time>` shown at the article's
/// head gives another day, which readers see and which the page's own header claims (JSON-LD
/// is often the date of a later re-publication); a warning names both.
fn chosen_date(
    in_metadata: Option<String>,
    shown: Option<String>,
    warnings: &mut Vec<Warning>,
) -> Option<String> {
    match (in_metadata, shown) {
        (Some(metadata), Some(shown)) if metadata != shown => {
            warnings.push(Warning {
                about: Some("published"),
                text: format!(
                    "the page's metadata gives the publication date {metadata}, the <time> at \
                     the article's head {shown}: used {shown}, the date readers see (--published \
                     sets another)"
                ),
            });
            Some(shown)
        }
        (metadata, shown) => metadata.or(shown),
    }
}

/// The text of a page's blocks as paragraphs, without its header's date lines and masthead
/// and a press release's end matter, and what that header said.
fn cleaned(blocks: &str, warnings: &mut Vec<Warning>) -> (String, Header) {
    let text = paragraphs(blocks);
    let header = header(&text);
    let text = without_date_lines(text);
    let text = without_first_appeared(text, warnings);
    (without_end_matter(text, warnings), header)
}

/// How an aggregator's copy of an article (Yahoo News, MSN) says where it first appeared,
/// lowercase, before the publication's name.
const FIRST_APPEARED: &[&str] = &[
    "this article originally appeared on ",
    "this article originally appeared in ",
    "this article first appeared on ",
    "this article first appeared in ",
    "this story originally appeared on ",
    "this story originally appeared in ",
    "this story first appeared on ",
    "this story was originally published by ",
    "this article was originally published by ",
    "this article was originally published on ",
];

/// The text without the line of a republished article that says where it first appeared
/// ("This article originally appeared on Nashville Tennessean: <headline>"), among its last
/// paragraphs: it is about the copy, not the news; the warning names the publication, which
/// the source's `publisher` may rather be.
fn without_first_appeared(text: String, warnings: &mut Vec<Warning>) -> String {
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let last = paragraphs.len().saturating_sub(HEADER_PARAGRAPHS);
    let found = (paragraphs.iter().enumerate().skip(last)).find_map(|(i, p)| {
        let lower = p.trim().to_lowercase();
        let lead = FIRST_APPEARED.iter().find(|l| lower.starts_with(*l))?;
        // The lead is ASCII: its length in `p` is the same.
        let rest = p.trim().get(lead.len()..)?;
        let name = rest.split([':', '|']).next()?.trim().trim_end_matches('.');
        let short = (1..=6).contains(&name.split_whitespace().count());
        short.then(|| (i, name.to_owned()))
    });
    let Some((at, name)) = found else {
        return text;
    };
    warnings.push(Warning {
        about: Some("publisher"),
        text: format!(
            "the page says the article first appeared in {name}: it is a copy; the publisher to \
             cite may be {name} (--publisher sets it), and the line saying so is left out"
        ),
    });
    let kept: Vec<&str> = (paragraphs.iter().enumerate())
        .filter(|&(i, _)| i != at)
        .map(|(_, p)| *p)
        .collect();
    let mut out = kept.join("\n\n");
    if text.ends_with('\n') && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The site's name: Readability's, else the page's own (`og:site_name`; the JSON-LD publisher
/// of a page without `@context`, which the reader skips), else its masthead's, else the one
/// its `<title>` puts beside the headline.
fn site_name(
    read: Option<String>,
    found: &super::meta::Found,
    masthead: Option<String>,
) -> Option<String> {
    clean(read)
        .or_else(|| clean(found.sites.first().cloned()))
        .or_else(|| clean(masthead))
        .or_else(|| clean(super::meta::site_in_title(found)))
}

/// The days a page gives for its publication, best first.
struct Given {
    /// The metadata's (Readability's, JSON-LD, `meta` tags).
    in_metadata: Option<String>,
    /// The `<time>` at the article's head.
    shown: Option<String>,
    /// The header's date line (`Header`).
    header: Option<String>,
    /// The dateline's.
    dateline: Option<String>,
}

impl Given {
    /// The publication day (`chosen_date`, else the header's line, the dateline's, the
    /// address's: `day_in_url`), and whether it is the dateline's.
    fn day(self, url: Option<&str>, warnings: &mut Vec<Warning>) -> (Option<String>, bool) {
        let published = chosen_date(self.in_metadata, self.shown, warnings).or(self.header);
        let by_dateline = published.is_none() && self.dateline.is_some();
        let published = (published.or(self.dateline)).or_else(|| url.and_then(day_in_url));
        (published, by_dateline)
    }
}

/// A warning that the text may be only the article's start: the JSON-LD says it is not free
/// to read, or a paywall's prompt was left out of it.
fn teaser(free: Option<bool>, removed: super::furniture::Removed) -> Option<Warning> {
    // A page that says it is free to read holds no paywall: its "subscription" box is a free
    // newsletter's sign-up (Substack's), left out all the same.
    let prompt = removed.paywall && free != Some(true);
    let why = match (free == Some(false), prompt) {
        (true, true) => {
            "the page says it is not free to read (JSON-LD isAccessibleForFree: \
                         false) and holds a subscription prompt, left out"
        }
        (true, false) => {
            "the page says it is not free to read (JSON-LD isAccessibleForFree: false)"
        }
        (false, true) => {
            "the page holds a subscription prompt (an element named paywall, \
                          membership, ...), left out"
        }
        (false, false) => return None,
    };
    Some(Warning {
        about: None,
        text: format!(
            "the text may be only the start of the article, cut short by a paywall: {why}; \
             compare it with the whole article, or save the page while signed in"
        ),
    })
}

/// How many of the text's first (and last) paragraphs may be the header's (or the footer's)
/// date line.
const HEADER_PARAGRAPHS: usize = 4;

/// The text without the date lines of the article's header among its first paragraphs
/// ("March 7, 2022 9:40 pm", "Published 9 March 2022") or of its footer among its last
/// ("Published 19 February 2024 Last updated 20 February 2024 + show all updates", as GOV.UK
/// ends a page), or a header's line of fields ("Press release | Date: 12/01/2024 | No:
/// 004/24"): a date and nothing else is no sentence to quote, and `published` already says
/// it. A dateline that names a place ("SPLIT, Croatia — Thursday, Feb. 15, 2024") stays. A
/// counter (`is_counter`) goes wherever it is.
fn without_date_lines(text: String) -> String {
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let count = paragraphs.len();
    let kept: Vec<&str> = (paragraphs.iter().enumerate())
        .filter(|&(i, p)| {
            !is_counter(p)
                && ((i >= HEADER_PARAGRAPHS && i + HEADER_PARAGRAPHS < count)
                    || !(is_date_line(p) || is_field_line(p) || masthead_site(p).is_some()))
        })
        .map(|(_, p)| *p)
        .collect();
    let mut out = kept.join("\n\n");
    // The last paragraph left out takes the text's final line end with it.
    if text.ends_with('\n') && !out.ends_with('\n') {
        out.push('\n');
    }
    if out.trim().is_empty() { text } else { out }
}

/// A press release's end marks, lowercase, each a paragraph of its own.
const END_MARKS: &[&str] = &["ends", "-ends-", "- ends -", "###", "# # #", "-30-"];

/// The heads of what follows a press release's end, about the sender, not the news:
/// lowercase, a paragraph of its own or before a colon ("Media contact: press@...").
const END_HEADS: &[&str] = &[
    "notes to editors",
    "notes for editors",
    "note to editors",
    "note for editors",
    "editors' notes",
    "media contact",
    "media contacts",
    "press contact",
    "press contacts",
    "media enquiries",
    "media inquiries",
    "press enquiries",
    "press inquiries",
];

/// The text without a press release's end matter: from its end mark ("ENDS"), its "Notes to
/// editors", its media contacts ("Media contact: ...") or, in its second half, a heading
/// "About FeedAll", to the end. A sender's background and telephone numbers are no news to
/// quote; the warning says what was left out.
fn without_end_matter(text: String, warnings: &mut Vec<Warning>) -> String {
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let is_end = |(i, p): &(usize, &&str)| {
        let lower = p.trim().trim_end_matches(':').to_lowercase();
        let head = (END_HEADS.iter()).any(|m| {
            lower
                .strip_prefix(m)
                .is_some_and(|r| r.is_empty() || r.starts_with(':'))
        });
        let about = 2 * i >= paragraphs.len() && is_about_heading(p.trim());
        *i > 0 && (END_MARKS.contains(&lower.as_str()) || head || about)
    };
    let Some((at, mark)) = paragraphs.iter().enumerate().find(is_end) else {
        return text;
    };
    let left = paragraphs.len() - at;
    warnings.push(Warning {
        about: None,
        text: format!(
            "left out the press release's end matter, from \"{}\" on ({}): it is about the \
             sender, not the news; copy the page's text into a .txt file to keep it",
            mark.trim(),
            if left == 1 {
                "1 paragraph".to_owned()
            } else {
                format!("{left} paragraphs")
            }
        ),
    });
    let mut out = paragraphs[..at].join("\n\n");
    out.push('\n');
    out
}

/// "About FeedAll", "About the Royal College of Nursing": a heading of the sender's background.
fn is_about_heading(paragraph: &str) -> bool {
    let Some(rest) = paragraph.strip_prefix("About ") else {
        return false;
    };
    let words = rest.split_whitespace().count();
    (1..=6).contains(&words)
        && !rest.ends_with(['.', '?', '!', ':', ','])
        && (rest.split_whitespace()).any(|w| w.starts_with(char::is_uppercase))
}

/// Words that may stand beside a date on a header's date line, lowercase.
const DATE_LINE_WORDS: &[&str] = &[
    "am",
    "pm",
    "a.m",
    "p.m",
    "utc",
    "gmt",
    "bst",
    "cet",
    "cest",
    "et",
    "est",
    "edt",
    "pt",
    "published",
    "updated",
    "posted",
    // A post's reading time beside its date ("4 min read · Feb 12, 2024").
    "min",
    "read",
    "last",
    "modified",
    "reviewed",
    // A link to the page's history after its dates ("+ show all updates").
    "show",
    "all",
    "updates",
    "on",
    "at",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    // A clock's word in the languages of `DATE_LABELS` ("11:45 Uhr").
    "uhr",
    "h",
];

/// Labels that say the line after them is the document's date, lowercase: a memo's or a
/// report's "Date:", an email's "Sent:", a German page's "Stand:" (as of), in the languages
/// whose pages are most often saved. A date under another label ("Deadline:") is no date of
/// the page.
const DATE_LABELS: &[&str] = &[
    "date",
    "dated",
    "sent",
    "published",
    "posted",
    "issued",
    "released",
    "stand",
    "datum",
    "fecha",
    "data",
    "дата",
];

/// The line after its date label ("Date: 14 March 2024" gives "14 March 2024"); none when the
/// line opens with no such label.
fn after_date_label(line: &str) -> Option<&str> {
    let (label, rest) = line.trim_start().split_once(':')?;
    let label = label.trim().to_lowercase();
    DATE_LABELS.contains(&label.as_str()).then_some(rest)
}

/// The day of a line that gives a full date: in words or ISO (`date_in`), or in digits that
/// read one way only: day first with dots (`03.06.2024`, as no page writes the month first
/// with dots), one reading a day (`30/10/2024`), or either way the same day (`06/06/2024`).
pub(super) fn date_of_line(line: &str) -> Option<String> {
    use crate::dates::Day;
    date_in(line).or_else(|| {
        let phrases = crate::dates::find(line);
        let full = phrases.iter().find_map(|p| match p.day {
            Day::Full(d) => Some(d),
            Day::Numeric {
                day_first,
                month_first,
            } => {
                let dotted = line.get(p.range.clone()).is_some_and(|t| t.contains('.'));
                match (day_first, month_first) {
                    (Some(day), None) | (None, Some(day)) => Some(day),
                    (day, other) => (dotted || day == other).then_some(day).flatten(),
                }
            }
            _ => None,
        })?;
        Some(full.to_string())
    })
}

/// Whether a paragraph is a date and nothing else: a full date (`date_of_line`), perhaps
/// after a date label ("Date:", `DATE_LABELS`), and only numbers, weekday and month names and
/// `DATE_LINE_WORDS` besides.
pub(super) fn is_date_line(paragraph: &str) -> bool {
    let paragraph = after_date_label(paragraph).unwrap_or(paragraph);
    let words: Vec<String> = (paragraph.split(|c: char| c.is_whitespace() || c == '·'))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 14
        && date_of_line(paragraph).is_some()
        && words.iter().all(|w| {
            w.contains(|c: char| c.is_ascii_digit())
                || DATE_LINE_WORDS.contains(&w.as_str())
                || crate::dates::is_weekday_name(w)
                || crate::dates::is_month_name(w, true)
        })
}

/// What the article's header says of it in lines of its own (a print version's): the day of
/// its date line ("Published: 6 February 2025", not "Updated ..."), and the site's name of
/// its masthead ("The Coastal Times | coastaltimes.example").
#[derive(Default)]
struct Header {
    published: Option<String>,
    site: Option<String>,
}

/// The `Header` of the text's first paragraphs, whose lines may be a byline's ("By Wanjiru
/// Kamau" and "Published: ..." a `<br>` apart, read as one line).
fn header(text: &str) -> Header {
    let mut found = Header::default();
    let lines = (text
        .split(
            "

",
        )
        .take(HEADER_PARAGRAPHS))
    .flat_map(str::lines);
    for line in lines {
        let lower = line.to_lowercase();
        let changed = ["updated", "modified", "reviewed"]
            .iter()
            .any(|w| lower.contains(w));
        // A byline may give the date after the names ("By Wanjiru Kamau Published: ...").
        let dated = is_date_line(line) || starts_with_by(line);
        if found.published.is_none() && !changed && dated {
            found.published = date_of_line(line);
        }
        if found.site.is_none() {
            found.site = masthead_site(line).map(str::to_owned);
        }
    }
    found
}

/// Elements of a page looked at for a labelled date line outside the article's text.
const MAX_LABELLED: usize = 4000;

/// The day of the page's first element that is a labelled date line alone ("Date: Thu, 9 May
/// 2024 07:02:11 +0000"), as a message saved from webmail gives its header beside, not in, the
/// text; none for a line of a change ("Updated:", which `DATE_LABELS` does not hold).
fn labelled_date(document: &dom_query::Document) -> Option<String> {
    let blocks = document.select("p, div, li, td, span, dd, tr");
    let nodes = blocks.nodes();
    (nodes.iter().take(MAX_LABELLED)).find_map(|node| {
        let text = node.text();
        let line = text
            .split_whitespace()
            .take(17)
            .collect::<Vec<_>>()
            .join(" ");
        let short = text.split_whitespace().nth(16).is_none();
        (short && after_date_label(&line).is_some() && is_date_line(&line))
            .then(|| date_of_line(&line))
            .flatten()
    })
}

/// The site's name of a masthead line: the site's name and its domain between bars ("The
/// Coastal Times | coastaltimes.example"), each a few words. No sentence is quoted from it.
fn masthead_site(paragraph: &str) -> Option<&str> {
    let fields: Vec<&str> = paragraph.split('|').map(str::trim).collect();
    let is_domain = |f: &&str| {
        let host = f.strip_prefix("www.").unwrap_or(f);
        let tld = host.rsplit_once('.').map_or("", |(_, tld)| tld);
        !f.contains([' ', '@', '/']) && tld.len() >= 2 && tld.chars().all(char::is_alphabetic)
    };
    let short = |f: &&str| (1..=5).contains(&f.split_whitespace().count());
    if fields.len() != 2 || !fields.iter().all(short) || !fields.iter().any(is_domain) {
        return None;
    }
    fields.into_iter().find(|f| !is_domain(f))
}

/// Whether a paragraph of a web page is a counter, not words: a few numbers with no letter
/// ("214" claps, "1.2K") or one letter alone (an avatar's initial, "K"). No sentence can be
/// quoted from it. A clock time ("09:12") stays: it stamps a live blog's entry (`days_of`).
fn is_counter(paragraph: &str) -> bool {
    let letters = paragraph.chars().filter(|c| c.is_alphabetic()).count();
    let lone_letter = letters == 1 && paragraph.trim().chars().count() == 1;
    let numbers = letters == 0 && !paragraph.contains(':');
    (numbers && paragraph.split_whitespace().count() <= 2) || lone_letter
}

/// Whether a paragraph is a header's line of fields between bars, one of which gives a date
/// ("Press release | Date: 12/01/2024 | No: 004/24", "News | 3 May 2024 | 4 min read"): each
/// field a few words, none a sentence. The page's date is its `published`.
fn is_field_line(paragraph: &str) -> bool {
    let fields: Vec<&str> = paragraph.split('|').map(str::trim).collect();
    fields.len() >= 2
        && fields
            .iter()
            .all(|f| f.split_whitespace().count() <= 4 && !f.ends_with(['.', '!', '?', '"', '”']))
        && fields.iter().any(|f| {
            let value = f.split_once(':').map_or(*f, |(_, v)| v);
            date_in(value).is_some() || !crate::dates::find(value).is_empty()
        })
}

impl Page {
    /// The paragraphs of the text: runs of lines between blank lines.
    pub fn paragraphs(&self) -> usize {
        self.text
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .count()
    }
}

/// Reads `bytes` as a web page (recognised by its content), a news feed's item (RSS, Atom)
/// or as text. The error says what is wrong and what to do.
pub fn read(bytes: &[u8]) -> Result<Page, String> {
    read_as(bytes, false)
}

/// `read`, and Markdown read as such when `markdown` (the file's name says so).
pub fn read_as(bytes: &[u8], markdown: bool) -> Result<Page, String> {
    let text = super::decode::decode(bytes)?;
    let from = |page: Page, from| Page { from, ..page };
    if let Some(item) = super::markup::feed_page(&text) {
        let kind = crate::html::feed_kind(&text);
        let what = match kind {
            Some("Atom") => "the news feed's entry (Atom)",
            _ => "the news feed's item (RSS)",
        };
        extract(&item?).map(|page| from(page, what))
    } else if crate::html::looks_like_html(&text) {
        extract(&text)
    } else if markdown && !text.trim().is_empty() {
        let page = extract(&super::markup::markdown_page(&lf_line_ends(&text)));
        page.map(|page| from(page, "the Markdown file"))
    } else if text.trim().is_empty() {
        // Written as a source, it could never hold a quote.
        Err("it holds no text: save the article's text into it, or add the saved page".to_owned())
    } else {
        Ok(Page {
            html: false,
            from: "",
            text: lf_line_ends(&text),
            meta: Meta::default(),
            days: Vec::new(),
        })
    }
}

/// The text with CRLF and lone CR line ends made LF.
fn lf_line_ends(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The article's main text and metadata from a page's HTML.
fn extract(html: &str) -> Result<Page, String> {
    let config = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        // `blocks` reads the classes, to leave the byline out.
        keep_classes: true,
        ..Config::default()
    };
    tags_within_limits(html)?;
    let document = dom_query::Document::from(html);
    if let Some(page) = not_an_article(&document) {
        return page;
    }
    let credited = super::byline::reader_credits(&document);
    let removed = super::furniture::remove(&document);
    let notes = super::notes::remove(&document);
    let sent = super::mail::remove(&document);
    with_json_ld_body(&document);
    let in_article = article_words(&document);
    mark_captions(&document);
    let dateline = keep_datelines(&document);
    let shown = credited.or_else(|| super::byline::shown(&document));
    let page_url = page_url(&document);
    let language = page_language(&document);
    let found = super::meta::find(&document);
    let labelled = labelled_date(&document);
    let mut readability = Readability::with_document(document, None, Some(config))
        .map_err(|e| format!("it cannot be read as a web page: {e}"))?;
    let article = readability.parse().map_err(|e| {
        format!(
            "no article text was found in the page ({e}): save the article's page itself, or \
             copy its text into a .txt file and add that"
        )
    })?;
    // dom_smoothie's own text runs blocks together (a caption into a table's header), breaks
    // a sentence at each `<br>` and folds no-break spaces: the text is made from its HTML.
    let blocks = super::blocks::read(&article.content);
    if blocks.only_links {
        // A menu's "Home" is no article: written as one, no quote could come from it.
        return Err(
            "no article text was found in the page, only links (a menu, a list of stories): \
             save the article's page itself, or copy its text into a .txt file and add that"
                .to_owned(),
        );
    }
    let mut warnings: Vec<Warning> = teaser(found.free, removed).into_iter().collect();
    warnings.extend(notes_left_out(&notes));
    let (text, header) = cleaned(&blocks.text, &mut warnings);
    let byline = article.byline.as_deref().filter(|b| !is_dateline(b));
    let (author, text) = super::byline::chosen(&found, shown, byline, text, &mut warnings);
    if text.is_empty() {
        return Err(
            "no article text was found in the page: save the article's page itself, \
                    or copy its text into a .txt file and add that"
                .to_owned(),
        );
    }
    warnings.extend(article_left_out(in_article, &text));
    let url = (clean(article.url).filter(|u| is_http(u))).or(page_url);
    let url = url.or_else(|| saved_from(html));
    let given = Given {
        in_metadata: (article.published_time.as_deref())
            .and_then(super::meta::day_of)
            .or(found.published.clone()),
        shown: found.shown_published.clone(),
        header: header.published.or(labelled).or(sent),
        dateline,
    };
    let (published, published_by_dateline) = given.day(url.as_deref(), &mut warnings);
    let meta = Meta {
        title: (clean(Some(article.title)).map(|t| super::meta::headline(&t, &found)))
            .or_else(|| clean(found.title_paragraph.clone())),
        author,
        site_name: site_name(article.site_name, &found, header.site),
        published_by_dateline,
        published,
        url,
        language,
        warnings,
    };
    let days = days_of(&text, blocks.days, &meta, found.modified);
    Ok(Page {
        html: true,
        from: "the web page",
        text,
        meta,
        days,
    })
}

/// A page that is not one article as Readability reads it: too deep to read, a list of
/// stories (refused), or a channel's or a thread's posts (read as such, `posts`).
fn not_an_article(document: &dom_query::Document) -> Option<Result<Page, String>> {
    let depth = depth(document.root());
    if depth > MAX_DEPTH {
        return Some(Err(format!(
            "its elements nest {depth} levels deep, over factsheet's limit of {MAX_DEPTH} (a \
             news page nests a few dozen): save the article's page itself, or copy its text \
             into a .txt file and add that"
        )));
    }
    if let Some(mut page) = super::posts::read(document) {
        page.meta.url = page_url(document);
        page.meta.language = page_language(document);
        return Some(Ok(page));
    }
    let headlines = super::furniture::story_list(document)?;
    Some(Err(list_of_stories(&headlines)))
}

/// What to say of the notes left out of the text (`notes::remove`): their marks, and how to
/// keep them.
fn notes_left_out(marks: &[String]) -> Option<Warning> {
    let shown: Vec<&str> = marks.iter().take(5).map(String::as_str).collect();
    let more = if marks.len() > 5 { ", ..." } else { "" };
    (!marks.is_empty()).then(|| Warning {
        about: None,
        text: format!(
            "left out {} note{} that the text links to ({}{more}): a footnote's reference or \
             a reviewer's comment, not the article's sentences; copy the page's text into a \
             .txt file to keep them",
            marks.len(),
            if marks.len() == 1 { "" } else { "s" },
            shown.join(", ")
        ),
    })
}

/// Why a list of stories is no source: what it is, the headlines that show it, what to do.
fn list_of_stories(headlines: &[String]) -> String {
    let shown: Vec<String> = (headlines.iter().take(3))
        .map(|h| format!("\"{h}\""))
        .collect();
    let more = if headlines.len() > 3 { ", ..." } else { "" };
    format!(
        "the page is a list of stories (a section front or an index), not one article: {} of \
         its <article>s are headlines that link to other pages ({}{more}), and each summary \
         would be drafted as this page's claim: save the page of the story you mean to cite, \
         or copy its text into a .txt file and add that",
        headlines.len(),
        shown.join(", ")
    )
}

/// The days the page gives in markup that the text kept (a byline or a date line may have
/// gone), then the day it was updated, when after its publication. A `<time>` that opens
/// its paragraph is a live blog's entry only when the page has two at least (one may be the
/// article's own date).
fn days_of(
    text: &str,
    given: Vec<GivenDay>,
    meta: &Meta,
    modified: Option<String>,
) -> Vec<GivenDay> {
    use super::days::Kind;
    let normalized = crate::text::normalize(text);
    let mut days: Vec<GivenDay> = (given.into_iter())
        .filter(|d| !super::days::place(&normalized, std::slice::from_ref(d)).is_empty())
        .collect();
    if days.iter().filter(|d| d.kind == Kind::Entry).count() < 2 {
        days.retain(|d| d.kind != Kind::Entry);
    }
    // Days as YYYY-MM-DD compare as text.
    let later = |day: &String| meta.published.as_ref().is_some_and(|p| day > p);
    days.extend(modified.filter(later).map(GivenDay::updated));
    days
}

/// A page that shows its article only through a script (an empty `<div id="root">` once
/// saved) but gives its text in JSON-LD's `articleBody`, or in a Next.js page's data
/// (`__NEXT_DATA__`), has that text placed in its body, as an `<article>` for Readability to
/// find, when the page shows fewer than half its words.
fn with_json_ld_body(document: &dom_query::Document) {
    let body = super::meta::article_body(document).map(|b| {
        // Some publishers write the body as HTML ("<p>The dam ...</p>"): the page's own
        // markup, read as the rest of the page is; plain text is escaped, a paragraph a line.
        if crate::html::looks_like_html(&b) {
            b
        } else {
            super::meta::as_paragraphs(&b)
        }
    });
    let Some(body) = body.or_else(|| super::meta::next_data_body(document)) else {
        return;
    };
    let Some(page) = document.select("body").nodes().first().copied() else {
        return;
    };
    let words = dom_query::Document::from(body.as_str())
        .select("body")
        .text();
    if seen_words(&page) * 2 >= words.split_whitespace().count() {
        return;
    }
    page.append_html(format!("<article>{body}</article>"));
}

/// Blocks a class names a caption (`<div class="image-caption">`, "wp-caption-text") made
/// `<figcaption>`s before extraction, so that their closing photo credit ("Image: AP") is left
/// out as a figure's is: Readability turns such a `<div>` into a `<p>` without its class. Only
/// a block of text: a wrapper "has-caption" that holds paragraphs or the image is no caption.
fn mark_captions(document: &dom_query::Document) {
    let inner = "p, div, figure, img, picture, ul, ol, table, h1, h2, h3, h4";
    for node in document.select("div[class], p[class]").nodes() {
        let class = node.attr("class").unwrap_or_default().to_lowercase();
        if class
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "caption")
            && !dom_query::Selection::from(*node).select(inner).exists()
        {
            node.rename("figcaption");
        }
    }
}

/// The words a reader sees in the element: a script's code and a `<noscript>` notice are
/// none of them.
fn seen_words(node: &dom_query::NodeRef) -> usize {
    let unseen = |n: &dom_query::NodeRef| {
        (n.parent().and_then(|p| p.node_name()))
            .is_some_and(|t| matches!(&*t.to_ascii_lowercase(), "script" | "style" | "noscript"))
    };
    (node.descendants_it())
        .filter(|n| n.is_text() && !unseen(n))
        .map(|n| n.text().split_whitespace().count())
        .sum()
}

/// The words of the page's one `<article>`, furniture left out; none without one.
fn article_words(document: &dom_query::Document) -> Option<usize> {
    match document.select("article").nodes() {
        [article] => Some(seen_words(article)),
        _ => None,
    }
}

/// A warning that the text lost much of the page's `<article>`: Readability leaves out a
/// block it scores low (a live blog's short entries) and says nothing, so the user would
/// quote from a source that misses what the page shows. Headline, byline and dates are a
/// few words of the article that the text rightly leaves out.
fn article_left_out(in_article: Option<usize>, text: &str) -> Option<Warning> {
    let all = in_article?;
    let kept = text.split_whitespace().count();
    (kept * 10 < all * 6 && all - kept >= 20).then(|| Warning {
        about: None,
        text: format!(
            "the text holds {kept} of the {all} words of the page's <article>: the \
             extraction left some of it out; compare it with the page, and if it lacks \
             what you need, copy the article's text into a .txt file and add that"
        ),
    })
}

/// The day the page's dateline gives, if any; and the dateline kept for the text. Readability
/// takes an element named "dateline" for the byline, and removes it: renamed, it stays in the
/// text ("SPLIT, Croatia — Thursday, Feb. 15, 2024" is where and when, not who).
fn keep_datelines(document: &dom_query::Document) -> Option<String> {
    let mut day = None;
    for node in document.select("[class], [id]").nodes() {
        let mut named = false;
        for attr in ["class", "id"] {
            if let Some(value) = node.attr(attr)
                && value.to_ascii_lowercase().contains("dateline")
            {
                named = true;
                let renamed = value.to_ascii_lowercase().replace("dateline", "date-line");
                node.set_attr(attr, &renamed);
            }
        }
        let text = node.text();
        if named && day.is_none() && text.split_whitespace().count() <= 20 {
            day = date_in(&text);
        }
    }
    day
}

/// The first full date written in `text` ("Thursday, Feb. 15, 2024"), YYYY-MM-DD.
fn date_in(text: &str) -> Option<String> {
    let starts = std::iter::once(0).chain(text.match_indices(' ').map(|(at, _)| at + 1));
    starts
        .take(40)
        .find_map(|at| super::meta::day_of(&text[at..]))
}

/// The day a page's address gives, as a permalink does (`/2025/03/14/lagos-ferry-...`): a
/// year, month and day, each a part of its path, that make a date. The page's day when
/// nothing else says it.
fn day_in_url(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next()?;
    let parts: Vec<&str> = path.split('/').collect();
    parts.windows(3).find_map(|w| {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(w[0], 4) && digits(w[1], 2) && digits(w[2], 2)) {
            return None;
        }
        let (year, month, day) = (w[0].parse().ok()?, w[1].parse().ok()?, w[2].parse().ok()?);
        let date = jiff::civil::Date::new(year, month, day).ok()?;
        (1990..=2100).contains(&year).then(|| date.to_string())
    })
}

/// A dateline given as the byline: a place and a full date, with no "By".
fn is_dateline(byline: &str) -> bool {
    !starts_with_by(byline) && date_in(byline).is_some()
}

/// Refuses a page whose tags alone show it to be too large or too deep to parse in good time.
fn tags_within_limits(html: &str) -> Result<(), String> {
    let tags = tags::count(html, &TAG_LIMITS);
    let why = if tags.elements > TAG_LIMITS.elements {
        format!(
            "it has more than {} elements, over factsheet's limit (a long news page has a few \
             thousand)",
            TAG_LIMITS.elements
        )
    } else if tags.depth > TAG_LIMITS.depth {
        format!(
            "its tags open more than {} elements one inside another, far over the {MAX_DEPTH} \
             levels factsheet reads (a news page nests a few dozen)",
            TAG_LIMITS.depth
        )
    } else if tags.work > TAG_LIMITS.work {
        format!(
            "it nests too many elements too deep to be read in good time: the elements open \
             around each of its elements add up to more than {}, factsheet's limit (a long news \
             page: a few hundred thousand)",
            TAG_LIMITS.work
        )
    } else {
        return Ok(());
    };
    Err(format!(
        "{why}: save the article's page itself, or copy its text into a .txt file and add that"
    ))
}

/// How deep the elements under `root` nest (`<html>` is level 1), walked without recursion
/// (a hostile page would overflow the stack).
fn depth(root: dom_query::NodeRef) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(root, 0)];
    while let Some((node, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        let mut child = node.first_child();
        while let Some(c) = child {
            child = c.next_sibling();
            if c.is_element() {
                stack.push((c, depth + 1));
            }
        }
    }
    deepest
}

/// The page's own address from `og:url`, `<link rel="canonical">` or the link to it of a
/// saved Reader View, when it is http(s).
fn page_url(document: &dom_query::Document) -> Option<String> {
    let attr = |selector: &str, name: &str| {
        let found = document.select(selector);
        found.attr(name).map(|v| v.trim().to_owned())
    };
    [
        attr(r#"meta[property="og:url"]"#, "content"),
        attr(r#"link[rel="canonical"]"#, "href"),
        // Firefox's Reader View, saved, names the page it was made from above the headline.
        attr("a.reader-domain", "href"),
    ]
    .into_iter()
    .flatten()
    .find(|u| is_http(u))
}

/// The page's language: `<html lang>`, else `og:locale` (`de_DE`, written `de-DE`), else the
/// first of a `Content-Language` header's; only a well-formed BCP 47 tag.
fn page_language(document: &dom_query::Document) -> Option<String> {
    let html_lang = document.select("html").attr("lang").map(|v| v.to_string());
    let locale = (document
        .select(r#"meta[property="og:locale"]"#)
        .attr("content"))
    .map(|v| v.replace('_', "-"));
    let header = (document.select("meta[http-equiv]").iter())
        .find(|m| {
            (m.attr("http-equiv"))
                .is_some_and(|h| h.trim().eq_ignore_ascii_case("content-language"))
        })
        .and_then(|m| m.attr("content"))
        .and_then(|v| v.split(',').next().map(str::to_owned));
    [html_lang, locale, header]
        .into_iter()
        .flatten()
        .map(|tag| tag.trim().to_owned())
        .find(|tag| crate::language::Language::parse(tag).is_ok())
}

/// The address a browser saved the page from, which Chrome and Internet Explorer write at its
/// top (the "mark of the web": `<!-- saved from url=(0052)https://... -->`), and the
/// SingleFile extension in its first comment (`<!-- Page saved with SingleFile \n url:
/// https://... \n saved date: ... -->`), when it is http(s): the page's own address, when the
/// page names none.
fn saved_from(html: &str) -> Option<String> {
    let head = &html[..html.floor_char_boundary(2048)];
    if let Some(at) = head.find("<!-- saved from url=(") {
        let after = &head[at + "<!-- saved from url=(".len()..];
        let url = after.split_once(')')?.1;
        let url = url[..url.find("-->")?].trim();
        return is_http(url).then(|| url.to_owned());
    }
    let comment = &head[head.find("<!--")?..];
    let comment = &comment[..comment.find("-->")?];
    if !comment.contains("saved with SingleFile") {
        return None;
    }
    let url = (comment.lines().map(str::trim)).find_map(|l| l.strip_prefix("url:"))?;
    let url = url.trim();
    is_http(url).then(|| url.to_owned())
}

fn is_http(url: &str) -> bool {
    crate::load::model::HttpUrl::parse(url.to_owned()).is_ok()
}

/// Characters that a page holds for its layout and a reader never sees nor types, left out of
/// its text and metadata so that a quote typed from the page matches: the soft hyphen (German
/// sites put `&shy;` inside long words), the zero-width space, the word joiner and the byte
/// order mark (a zero-width no-break space). The zero-width joiner and non-joiner stay: some
/// scripts and emoji need them.
pub const DROPPED: &[char] = &['\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}'];

/// The extracted text as paragraphs separated by blank lines. `blocks` already folds the
/// white space inside an element and ends a line only where a block of the page ends, so each
/// of its lines is a paragraph: a caption does not run into the paragraph after it. Lines of
/// advertisement labels and of the page's furniture are left out, and so are the `DROPPED`
/// characters. White space inside a line
/// is collapsed; the no-break space and other typographic spaces are kept, as the publisher
/// set them. The text ends with a line end.
pub fn paragraphs(text: &str) -> String {
    let text: String = lf_line_ends(text)
        .chars()
        .filter(|c| !DROPPED.contains(c))
        .collect();
    let mut out = String::with_capacity(text.len());
    for line in (text.lines()).filter(|line| !is_ad_label(line) && !is_boilerplate(line)) {
        let words: Vec<&str> = line
            .split([' ', '\t', '\x0c'])
            .filter(|w| !w.trim().is_empty())
            .collect();
        if words.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(words.join(" ").trim());
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// How lines of a page's furniture start, in lowercase: they point elsewhere, or sign up, and
/// are never the article's own sentence.
const FURNITURE_STARTS: &[&str] = &[
    "read more:",
    "read more »",
    "read more ›",
    "related:",
    "see also:",
    "more on this story",
    "read also",
    "lesen sie auch",
    "mehr zum thema",
    "lire aussi",
    "à lire aussi",
    "tags:",
    "topics:",
    "our standards:",
    "sign up for ",
    "sign up to ",
    "subscribe to ",
    "subscribe now",
    "already a subscriber",
    "already a member",
    "follow us on ",
    "share this article",
    "© ",
    "copyright ©",
    "copyright 1",
    "copyright 2",
];

/// Whether a line is a page's furniture rather than the article: no letter nor digit in it (a
/// "___" or "* * *" separator), or short (twenty words at most) and starting as
/// `FURNITURE_STARTS` do, saying "All rights reserved" or sending the reader to an address
/// (`is_promo`).
fn is_boilerplate(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let no_words = !lower.contains(char::is_alphanumeric);
    no_words
        || (lower.split_whitespace().count() <= 20
            && (FURNITURE_STARTS.iter().any(|s| lower.starts_with(s))
                || lower.contains("all rights reserved")
                || is_promo(&lower)
                || is_staff_credit(&lower)))
}

/// How a wire story's closing credit starts, lowercase ("Reporting by Felix Onuah; Editing by
/// Alex Richardson").
const STAFF_CREDITS: &[&str] = &[
    "reporting by ",
    "additional reporting by ",
    "writing by ",
    "editing by ",
    "compiled by ",
];

/// Whether a line (lowercase) is a wire story's staff credit: it starts as `STAFF_CREDITS` do
/// and lists its people (a ";") or ends without a full stop. "Reporting by the BBC showed the
/// figures were wrong." is a sentence and stays.
fn is_staff_credit(lower: &str) -> bool {
    STAFF_CREDITS.iter().any(|s| lower.starts_with(s))
        && (lower.contains(';') || !lower.trim_end().ends_with(['.', '!', '?']))
}

/// Verbs that send the reader elsewhere, lowercase, as a promotion's line opens.
const PROMO_VERBS: &[&str] = &[
    "follow", "read", "watch", "listen", "see", "download", "visit",
];

/// Whether a line (lowercase) sends the reader to an address it ends with: "Follow AP's
/// coverage of the Ukraine crisis at https://apnews.com/hub/russia-ukraine".
fn is_promo(lower: &str) -> bool {
    let first = lower.split_whitespace().next().unwrap_or("");
    let last = lower.split_whitespace().next_back().unwrap_or("");
    PROMO_VERBS.contains(&first)
        && (last.starts_with("http://") || last.starts_with("https://") || last.starts_with("www."))
}

/// Words of the labels that pages put around advertisements inside the article's body
/// ("Advertisement", "Story continues below advertisement"), which Readability keeps.
const AD_LABEL_WORDS: &[&str] = &[
    "ad",
    "advertisement",
    "anzeige",
    "werbung",
    "publicité",
    "scroll",
    "to",
    "advert",
    "sponsored",
    "content",
    "story",
    "article",
    "continues",
    "continue",
    "reading",
    "below",
    "after",
    "the",
    "this",
];

/// Whether a line is only an advertisement's label: a few words, all of `AD_LABEL_WORDS`,
/// naming an advertisement or the story continuing below it. A sentence about advertising
/// has other words.
fn is_ad_label(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let marker = [
        "advertisement",
        "advert",
        "sponsored",
        "below",
        "anzeige",
        "werbung",
        "publicité",
    ];
    (1..=6).contains(&words.len())
        && words.iter().all(|w| AD_LABEL_WORDS.contains(w))
        && words.iter().any(|w| marker.contains(w))
}

/// A metadata value with its white space collapsed and its control characters left out (a
/// page's `<title>` or byline can hold terminal escapes, which have no place in the facts
/// file nor on the briefing); none when empty.
pub(super) fn clean(value: Option<String>) -> Option<String> {
    let value = value?;
    let words: Vec<String> = (value.split_whitespace())
        .map(|word| {
            (word.chars())
                .filter(|c| !c.is_control() && !DROPPED.contains(c))
                .collect()
        })
        .filter(|word: &String| !word.is_empty())
        .collect();
    let collapsed = words.join(" ");
    (!collapsed.is_empty()).then_some(collapsed)
}

#[cfg(test)]
mod tests {
    use super::super::byline::without_byline;
    use super::*;

    #[test]
    fn text_is_kept_with_lf_line_ends_and_without_a_byte_order_mark() {
        let page = read(b"\xef\xbb\xbfOne\r\nTwo\rThree\n").unwrap();
        assert!(!page.html);
        assert_eq!(page.text, "One\nTwo\nThree\n");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Kyiv’s\r\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(read(&utf16).unwrap().text, "Kyiv’s\n");
    }

    #[test]
    fn bytes_that_are_not_text_are_refused_saying_what_to_do() {
        let err = read(b"caf\xe9").unwrap_err();
        assert!(err.contains("byte 4 is not valid UTF-8"), "{err}");
        assert!(read(b"a\0b").unwrap_err().contains("NUL"));
        for empty in [&b""[..], b"\xef\xbb\xbf", b" \r\n\t\n"] {
            assert!(
                read(empty).unwrap_err().contains("holds no text"),
                "{empty:?}"
            );
        }
    }

    #[test]
    fn soft_hyphens_and_zero_width_characters_leave_the_text_and_the_metadata() {
        let text = "Verteidigungs\u{ad}ministeriums\u{200b} wurden\u{2060} bislang\u{feff} 498.\n";
        assert_eq!(
            paragraphs(text),
            "Verteidigungsministeriums wurden bislang 498.\n"
        );
        // Joiners that a script needs stay.
        assert_eq!(paragraphs("می\u{200c}خواهم\n"), "می\u{200c}خواهم\n");
        assert_eq!(
            clean(Some("Bundes\u{ad}wehr".to_owned())).as_deref(),
            Some("Bundeswehr")
        );
    }

    #[test]
    fn each_line_is_a_paragraph_with_typographic_characters_kept() {
        let text = "  First  line of one\u{a0}paragraph.  \n\n\n\nPhoto: AP \n“Second” — one.\n";
        assert_eq!(
            paragraphs(text),
            "First line of one\u{a0}paragraph.\n\nPhoto: AP\n\n“Second” — one.\n"
        );
    }

    #[test]
    fn furniture_lines_and_the_byline_are_dropped_and_sentences_kept() {
        for line in [
            "Read more: Russia's war in maps",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Copyright 2022 Daily Planet. All rights reserved. Sign up to our newsletter.",
            "© Le Monde 2022",
            "Tags: Kherson, Russia, War",
            "___",
            "* * *",
            "Follow AP's coverage of the Ukraine crisis at https://apnews.com/hub/russia-ukraine",
            "Lesen Sie auch: Wie Putin den Krieg plante",
            "Already a member? Sign In",
            "Reporting by Felix Onuah; Editing by Alex Richardson",
            "Additional reporting by Jane Doe in Abuja",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
        for line in [
            "Read more than a hundred letters, the mayor said.",
            "Reporting by the BBC showed that the figures were wrong.",
            "The copyright of the photographs is disputed.",
            "More from the mayor came on Thursday.",
            "Follow the money, the prosecutor said.",
            "See the full report at https://example.org/report, the ministry said.",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
        let text = "Kherson falls\n\nPar François Lévêque\n\nThe mayor said so.\n".to_owned();
        assert_eq!(
            without_byline(text.clone(), Some("François Lévêque")),
            "Kherson falls\n\nThe mayor said so.\n"
        );
        // Without the author's name, nothing is taken for a byline.
        assert_eq!(without_byline(text.clone(), None), text);
        let quoted = "By Wednesday the mayor, Jane Doe, had left the city.\n".to_owned();
        assert_eq!(without_byline(quoted.clone(), Some("John Roe")), quoted);
    }

    #[test]
    fn a_header_date_line_is_a_date_alone_and_a_dateline_names_a_place() {
        for line in [
            "March 7, 2022 9:40 pm",
            "9 March 2022",
            "Published 9 March 2022, 14:03 GMT",
            "Wed, 02 Mar 2022",
        ] {
            assert!(is_date_line(line), "{line}");
        }
        for line in [
            "SPLIT, Croatia — Thursday, Feb. 15, 2024",
            "On 9 March 2022 the city was encircled.",
            "March 2022",
        ] {
            assert!(!is_date_line(line), "{line}");
        }
        let text = "9 March 2022\n\nThe city was encircled.\n".to_owned();
        assert_eq!(without_date_lines(text), "The city was encircled.\n");
        let footer = "The city was encircled.\n\nPublished 19 February 2024 Last updated 20 \
                      February 2024 + show all updates\n"
            .to_owned();
        assert_eq!(without_date_lines(footer), "The city was encircled.\n");
    }

    #[test]
    fn advertisement_labels_are_dropped_and_sentences_about_ads_kept() {
        for label in [
            "Advertisement",
            "ADVERTISEMENT - story continues below",
            "Sponsored content",
            "Article continues below",
            "Advertisement · Scroll to continue",
            "Anzeige",
        ] {
            assert!(is_ad_label(label), "{label}");
        }
        for line in [
            "Advertisement revenue fell by a third.",
            "The story continues.",
            "Story",
            "Continue",
        ] {
            assert!(!is_ad_label(line), "{line}");
        }
    }

    #[test]
    fn a_page_nested_past_the_limit_is_refused_before_extraction() {
        let nested = |levels: usize| {
            let p = "<p>Kherson has been taken over by the Russian forces, officials said.</p>";
            format!(
                "<!doctype html><html><body>{}{p}{}</body></html>",
                "<div>".repeat(levels),
                "</div>".repeat(levels)
            )
        };
        // html, body and the paragraph add three levels to the divs.
        let err = read(nested(MAX_DEPTH).as_bytes()).unwrap_err();
        assert!(
            err.contains("nest 259 levels deep, over factsheet's limit of 256"),
            "{err}"
        );
        // Far deeper, the page is refused from its tags, before it is parsed (parsing 20,000
        // levels took 40 s).
        let err = read(nested(100_000).as_bytes()).unwrap_err();
        assert!(
            err.contains(
                "its tags open more than 1024 elements one inside another, far over the 256 levels"
            ),
            "{err}"
        );
        let err = read(format!("<html><body>{}</body></html>", "<br>".repeat(200_001)).as_bytes())
            .unwrap_err();
        assert!(err.contains("more than 200000 elements"), "{err}");
        let wide = format!("{}{}", "<div>".repeat(1_000), "<div>x</div>".repeat(25_000));
        let err = read(format!("<html><body>{wide}</body></html>").as_bytes()).unwrap_err();
        assert!(err.contains("add up to more than 20000000"), "{err}");
        let page = read(nested(MAX_DEPTH - 10).as_bytes()).unwrap();
        assert!(
            page.text.contains("Kherson has been taken"),
            "{}",
            page.text
        );
    }

    #[test]
    fn a_commenter_is_no_author_and_a_sign_up_box_no_text() {
        let body = "<p>A wildfire north of Kestrel Bay had burned more than 4,500 hectares by \
            Tuesday, forcing about 9,000 people from their homes, the fire service said.</p>"
            .repeat(4);
        let html = format!(
            "<!doctype html><html><body><main><h1>Wildfire forces 9,000 to flee</h1>{body}\
             <div class=\"newsletter-box\"><h3>Get the Coastline briefing</h3><p>The day's top \
             stories, delivered to your inbox every morning at 7am.</p><input type=email></div>\
             </main><section id=\"comments\"><div class=\"comment\"><p class=\"author\">\
             firewatch88</p><p>This happens every summer.</p></div></section></body></html>"
        );
        let page = read(html.as_bytes()).unwrap();
        assert_eq!(page.meta.author, None);
        assert!(!page.text.contains("briefing"), "{}", page.text);
        assert!(!page.text.contains("7am"), "{}", page.text);
        assert!(page.text.contains("9,000 people"), "{}", page.text);
    }

    #[test]
    fn an_article_given_only_in_json_ld_is_read_from_there() {
        let said = "The dam was breached early on Tuesday, flooding at least 24 villages. \
                    Officials said about 17,000 people were being evacuated.";
        let page = |body: &str| {
            format!(
                "<!doctype html><html><head><title>Dam breach</title>\
                 <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\
                 \"headline\":\"Dam breach\",\"articleBody\":\"{said}\\nThe <b> tag.\"}}\
                 </script></head><body>{body}<script>var app = {{}};</script></body></html>"
            )
        };
        let read_text = |html: String| read(html.as_bytes()).map(|p| p.text);
        assert_eq!(
            read_text(page(
                "<div id=\"root\"></div><noscript>Enable JavaScript.</noscript>"
            )),
            Ok(format!("{said}\n\nThe <b> tag.\n"))
        );
        // A body written as HTML is read as HTML.
        let html = page("<div id=\"root\"></div>").replace(
            &format!("{said}\\nThe <b> tag."),
            &format!("<p>{said}</p><p>The end &amp; all.</p>"),
        );
        assert_eq!(read_text(html), Ok(format!("{said}\n\nThe end & all.\n")));
        // A page that shows its article is read as it shows it.
        let shown = "<article><p>The dam broke on Tuesday and the water rose fast.</p>\
                     <p>Thousands of people in the villages below it were moved.</p></article>";
        let text = read_text(page(shown)).unwrap();
        assert!(
            text.starts_with("The dam broke") && !text.contains("17,000"),
            "{text}"
        );
    }

    #[test]
    fn an_article_the_extraction_cuts_short_is_warned_of() {
        let entry = |time: &str, head: &str, text: &str| {
            format!(
                "<div class=\"block\"><p class=\"block-time\">{time}</p><h2>{head}</h2>\
                 <p>{text}</p></div>"
            )
        };
        let html = format!(
            "<!doctype html><html><head><title>Election live</title></head><body><article>\
             <h1>Election live</h1><div class=\"key-events\"><h2>Key events</h2><ul>\
             <li><a href=\"#1\">2h ago Labour wins majority</a></li><li><a href=\"#2\">3h ago \
             Exit poll published</a></li></ul></div>{}{}</article></body></html>",
            entry(
                "2h ago",
                "Labour wins majority",
                "Labour has won a majority in the House of Commons, with 326 seats declared, \
                 the BBC projects."
            ),
            entry(
                "3h ago",
                "Exit poll published",
                "The exit poll puts Labour on 410 seats and the Conservatives on 131."
            ),
        );
        let page = read(html.as_bytes()).unwrap();
        let warned = |page: &Page| {
            (page.meta.warnings.iter()).any(|w| w.text.contains("of the page's <article>"))
        };
        // Readability leaves the second entry out (its score is low): the user is told.
        assert!(!page.text.contains("410 seats"), "{}", page.text);
        assert!(warned(&page), "{}", page.text);
        // The threshold: under 60% of the article's words kept, and at least 20 missing.
        let words = |n: usize| vec!["word"; n].join(" ");
        assert!(article_left_out(Some(100), &words(59)).is_some());
        assert!(article_left_out(Some(100), &words(60)).is_none());
        assert!(article_left_out(Some(30), &words(11)).is_none());
        assert!(article_left_out(None, "").is_none());
        let whole = "<!doctype html><html><head><title>Plan</title></head><body><article>\
                     <h1>Plan</h1><p>By Jane Doe</p><p>The council approved the plan for 2,500 \
                     homes on Tuesday after a debate of six hours, its leader said.</p>\
                     </article></body></html>";
        assert!(!warned(&read(whole.as_bytes()).unwrap()));
    }

    #[test]
    fn a_block_named_a_caption_loses_its_photo_credit() {
        let para = "<p>The fire spread through the town of Lahaina on Tuesday, officials said, \
                    and more than 1,700 buildings were destroyed or damaged by it.</p>";
        let html = format!(
            "<!doctype html><html><head><title>Fire</title></head><body><article><h1>Fire</h1>\
             {para}<div class=\"image-caption\">Firefighters in Kula. Image: AP</div>{para}\
             <div class=\"has-caption\"><p>The governor spoke. Photo: a view.</p></div>\
             </article></body></html>"
        );
        let text = read(html.as_bytes()).unwrap().text;
        assert!(text.contains("\n\nFirefighters in Kula.\n\n"), "{text}");
        assert!(!text.contains("Image: AP"), "{text}");
        assert!(
            text.contains("The governor spoke. Photo: a view."),
            "{text}"
        );
    }

    #[test]
    fn the_publisher_of_json_ld_without_context_is_the_sources_publisher() {
        let html = "<!doctype html><html><head><title>Ferry strike ends</title>\
            <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
            \"headline\":\"Ferry strike ends\",\"datePublished\":\"2024-06-03\",\
            \"publisher\":{\"@type\":\"Organization\",\"name\":\"Island Times\"}}\
            </script></head><body><article><h1>Ferry strike ends</h1>\
            <p>The strike by ferry crews ended on Wednesday after 9 days, the union said.</p>\
            </article></body></html>";
        let page = read(html.as_bytes()).unwrap();
        assert_eq!(page.meta.site_name.as_deref(), Some("Island Times"));
    }

    #[test]
    fn a_page_gives_its_article_and_metadata() {
        let body = "<p>Kherson has been taken over by the Russian forces, according to media \
            reports citing Russia&rsquo;s defence ministry, officials said on Wednesday.</p>"
            .repeat(6);
        let html = format!(
            "<!doctype html><html><head><title>Kherson falls | Example</title>\
             <meta property=\"og:site_name\" content=\"Example News\">\
             <meta property=\"article:published_time\" content=\"2022-03-02T23:10:00-05:00\">\
             <link rel=\"canonical\" href=\"https://example.org/kherson\">\
             </head><body><nav><a href=\"/\">Homepage</a></nav><article>{body}</article>\
             </body></html>"
        );
        let page = read(html.as_bytes()).unwrap();
        assert!(page.html);
        assert!(
            page.text.contains("Russia’s defence ministry"),
            "{}",
            page.text
        );
        assert!(!page.text.contains("Homepage"), "{}", page.text);
        assert_eq!(page.meta.site_name.as_deref(), Some("Example News"));
        assert_eq!(page.meta.published.as_deref(), Some("2022-03-02"));
        assert_eq!(
            page.meta.url.as_deref(),
            Some("https://example.org/kherson")
        );
        assert!(page.meta.title.is_some());
    }

    #[test]
    fn a_page_gives_its_language_from_lang_og_locale_or_content_language() {
        let body = "<p>Der Schaden beläuft sich laut Bahn auf rund 25,5 Millionen Euro pro Tag, \
            sagte ein Sprecher der Bahn am Mittwoch in Frankfurt am Main.</p>"
            .repeat(6);
        let page = |html_attr: &str, head: &str| {
            let html = format!(
                "<!doctype html><html{html_attr}><head><title>Bahnstreik</title>{head}</head>\
                 <body><article>{body}</article></body></html>"
            );
            read(html.as_bytes()).unwrap().meta.language
        };
        assert_eq!(page(" lang=\"de\"", "").as_deref(), Some("de"));
        let locale = "<meta property=\"og:locale\" content=\"de_AT\">";
        assert_eq!(page("", locale).as_deref(), Some("de-AT"));
        let header = "<meta http-equiv=\"Content-Language\" content=\"fr-CH, de-CH\">";
        assert_eq!(page("", header).as_deref(), Some("fr-CH"));
        // A value that is no tag is passed over for the next.
        assert_eq!(page(" lang=\"German\"", locale).as_deref(), Some("de-AT"));
        assert_eq!(page("", "").as_deref(), None);
    }
}
