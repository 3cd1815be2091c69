//! What a page's metadata says where Readability does not look: the publication date from the
//! many places publishers put it (JSON-LD in a `@graph` or without `@context`, `meta`
//! tags of several vocabularies, `itemprop`, `<time>`), in the several forms they write it
//! (ISO 8601, `20220302`, `Wed, 02 Mar 2022 19:45:12 GMT`, `March 2, 2022`); the author from
//! JSON-LD; and the headline without the site's name that `<title>` appends.

use crate::load::model::Date;
use dom_query::Document;
use serde_json::Value;

/// What the page says beyond what Readability found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// YYYY-MM-DD, the day as written (the publisher's own time zone).
    pub published: Option<String>,
    /// YYYY-MM-DD, the day the page says it was last changed (JSON-LD `dateModified`,
    /// `article:modified_time`, ...).
    pub modified: Option<String>,
    pub author: Option<String>,
    /// True when the JSON-LD author is an organisation (`@type` `Organization`,
    /// `NewsMediaOrganization`, ...) or the publisher itself ("BBC News"): no person's byline.
    pub author_is_organisation: bool,
    /// The day of the article's own `<time datetime>`, the date readers see at its head: the
    /// article's first `<time>`, standing in its header or on a short line of its own (not in
    /// a sentence, where it dates an event), and not a date of change ("Updated ...").
    pub shown_published: Option<String>,
    /// False when the JSON-LD says the article is not free to read (`isAccessibleForFree`):
    /// the saved page may hold only its first paragraphs.
    pub free: Option<bool>,
    /// What the page calls the article besides `<title>`: its `<h1>`s, `og:title`.
    pub headings: Vec<String>,
    /// The paragraph a word processor styles as the document's title (Google Docs' `<p
    /// class="title">`, Word's `<p class="MsoTitle">`): the headline of an exported document,
    /// which has no `<title>` nor `<h1>`.
    pub title_paragraph: Option<String>,
    /// The page's `<title>` as written, the site's name and all.
    pub page_title: String,
    /// What the page calls the site, best first: `og:site_name`, the JSON-LD publisher's
    /// name, `application-name`.
    pub sites: Vec<String>,
}

/// `meta` names and properties that give the publication date, best first (lowercase).
const DATE_METAS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "date",
];

/// `meta` names and properties that give the day of the last change, best first (lowercase).
const MODIFIED_METAS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
];

/// The publication date and author, looked for in JSON-LD, then `meta` tags, then `<time>`.
pub fn find(document: &Document) -> Found {
    let articles = json_ld_articles(document);
    let from_json = |key: &str| {
        articles
            .iter()
            .find_map(|a| a.get(key).and_then(Value::as_str))
    };
    let next = next_data_article(document);
    let published = from_json("datePublished")
        .and_then(day_of)
        .or_else(|| next.published.clone())
        .or_else(|| meta_date(document, DATE_METAS))
        .or_else(|| time_date(document));
    let modified = from_json("dateModified")
        .and_then(day_of)
        .or_else(|| meta_date(document, MODIFIED_METAS));
    let author = (articles.iter())
        .find_map(|a| a.get("author").and_then(names))
        .or(next.author);
    let free = (articles.iter()).find_map(|a| a.get("isAccessibleForFree").and_then(as_bool));
    let content = |selector: &str| {
        let found = document.select(selector);
        (found.nodes().iter())
            .filter_map(|n| n.attr("content").map(|c| c.to_string()))
            .collect::<Vec<String>>()
    };
    let mut headings: Vec<String> = (document.select("h1").nodes().iter())
        .map(|h| h.text().to_string())
        .collect();
    headings.extend(content(r#"meta[property="og:title"]"#));
    headings.extend(content(r#"meta[name="twitter:title"]"#));
    let mut sites = content(r#"meta[property="og:site_name"]"#);
    let publisher = |a: &Value| a.get("publisher").and_then(names);
    sites.extend(articles.iter().filter_map(publisher));
    sites.extend(content(r#"meta[name="application-name"]"#));
    let author_is_organisation = author.as_ref().is_some_and(|name| {
        let same = |site: &String| site.trim().eq_ignore_ascii_case(name.trim());
        sites.iter().any(same)
            || articles
                .iter()
                .any(|a| a.get("author").is_some_and(is_organisation))
    });
    Found {
        published,
        modified,
        author,
        author_is_organisation,
        shown_published: shown_date(document),
        free,
        headings,
        sites,
        title_paragraph: title_paragraph(document),
        page_title: document.select("head title").text().trim().to_owned(),
    }
}

/// The first paragraph styled as the document's title (see `Found::title_paragraph`).
fn title_paragraph(document: &Document) -> Option<String> {
    let first = document
        .select("p.title, p.MsoTitle")
        .nodes()
        .first()
        .copied()?;
    let text = first
        .text()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!text.is_empty()).then_some(text)
}

/// A JSON-LD boolean, which pages also write as a string ("False").
fn as_bool(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) => s.trim().to_ascii_lowercase().parse().ok(),
        _ => None,
    }
}

/// Whether a JSON-LD `author` is an organisation rather than people: each of its entries has
/// a `@type` that names one (`Organization`, `NewsMediaOrganization`, `Corporation`).
fn is_organisation(author: &Value) -> bool {
    let one = |v: &Value| {
        let types = match v.get("@type") {
            Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).collect(),
            Some(Value::String(t)) => vec![t.as_str()],
            _ => Vec::new(),
        };
        (types.iter()).any(|t| t.ends_with("Organization") || *t == "Corporation")
    };
    match author {
        Value::Array(items) => !items.is_empty() && items.iter().all(one),
        other => one(other),
    }
}

/// The day of the article's first `<time datetime>` when it is the date shown at the
/// article's head (see `Found::shown_published`); none when the first is anything else.
fn shown_date(document: &Document) -> Option<String> {
    let in_article = document.select("article time[datetime]");
    let times = match in_article.exists() {
        true => in_article,
        false => document.select("main time[datetime]"),
    };
    let first = *times.nodes().first()?;
    let parent = first.parent()?;
    let line = parent.text();
    let in_header = (first.ancestors_it(Some(4))).any(|a| a.is("header"));
    let changed = [first, parent].iter().any(|n| {
        ["class", "itemprop"]
            .iter()
            .filter_map(|a| n.attr(a))
            .any(|v| {
                let v = v.to_ascii_lowercase();
                v.contains("modif") || v.contains("updat")
            })
    }) || line.trim_start().to_lowercase().starts_with("updated");
    let own_line = line.split_whitespace().count() <= 12;
    ((in_header || own_line) && !changed)
        .then(|| first.attr("datetime").and_then(|d| day_of(&d)))
        .flatten()
}

/// The parts of a `<title>` looked at for the heading: a section, the heading, the site.
const MAX_TITLE_PARTS: usize = 6;

/// Separators that put a site's name before or after a headline in `<title>`.
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "];

/// The headline of `title` without the site's name that pages add before or after it
/// ("Kherson falls to Russia | The Guardian"): the part beside a separator that is one of the
/// site's names (compared without case and a leading "the"), or else, when the page names no
/// site, the part that is the page's own heading (`<h1>`, `og:title`) when the whole title is
/// not. A title with neither is kept as it is ("War in Ukraine: Kherson falls").
pub fn headline(title: &str, found: &Found) -> String {
    let key = |s: &str| {
        let words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
        let words = match words.first().map(String::as_str) {
            Some("the") => &words[1..],
            _ => &words[..],
        };
        words.join(" ")
    };
    let is_site = |part: &str| {
        let part = key(part);
        !part.is_empty() && found.sites.iter().any(|s| key(s) == part)
    };
    let headings: Vec<String> = found.headings.iter().map(|h| key(h)).collect();
    let is_heading = |part: &str| headings.contains(&key(part));
    if let Some(heading) = labelled_heading(title, &is_heading) {
        return heading.to_owned();
    }
    for sep in SEPARATORS {
        if let Some((head, site)) = title.rsplit_once(sep)
            && is_site(site)
            && !head.trim().is_empty()
        {
            // A publication within a platform names both ("... - Humanitarian Notes -
            // Medium"): each shorter title is read again.
            return headline(head.trim(), found);
        }
        if let Some((site, head)) = title.split_once(sep)
            && is_site(site)
            && !head.trim().is_empty()
        {
            return headline(head.trim(), found);
        }
    }
    if !is_heading(title) {
        for sep in SEPARATORS {
            let split = [title.rsplit_once(sep), title.split_once(sep)];
            for (before, after) in split.into_iter().flatten() {
                for part in [before, after] {
                    if is_heading(part) && !part.trim().is_empty() {
                        return part.trim().to_owned();
                    }
                    if let Some(heading) = labelled_heading(part, &is_heading) {
                        return heading.to_owned();
                    }
                }
            }
        }
        // A section, the heading and the site ("Opinion | The wage rise | The Ledger"): the
        // part between them.
        for sep in SEPARATORS {
            let parts = title.split(sep).take(MAX_TITLE_PARTS);
            if let Some(part) = parts
                .into_iter()
                .find(|p| !p.trim().is_empty() && is_heading(p))
            {
                return part.trim().to_owned();
            }
        }
    }
    title.to_owned()
}

/// The heading of a title that a label of a word or two puts before it: a print version's
/// "Print: Kenya's central bank cuts rate" when "Kenya's central bank cuts rate" is the page's
/// `<h1>`. A title whose words before the colon are more is a headline of its own ("War in
/// Ukraine: Kherson falls").
fn labelled_heading<'t>(title: &'t str, is_heading: &dyn Fn(&str) -> bool) -> Option<&'t str> {
    let (label, rest) = title.split_once(": ")?;
    let rest = rest.trim();
    (label.split_whitespace().count() <= 2 && !rest.is_empty() && is_heading(rest)).then_some(rest)
}

/// The site's name that `<title>` puts beside the page's heading ("Print: Kenya's central bank
/// cuts rate to 10.75% - The Coastal Times"), for a page that names its site nowhere else: a
/// part of a few words that is not the heading itself.
pub fn site_in_title(found: &Found) -> Option<String> {
    let title = found.page_title.as_str();
    let heading = headline(title, found);
    if heading == title {
        return None;
    }
    let (head, site) = (SEPARATORS.iter()).find_map(|sep| title.rsplit_once(sep))?;
    // A name: a few words, each capitalised but the short ones ("Live updates" is no site).
    let words: Vec<&str> = site.split_whitespace().collect();
    let name = (1..=5).contains(&words.len())
        && (words.iter()).all(|w| w.chars().count() <= 3 || w.starts_with(char::is_uppercase));
    (name && headline(head.trim(), found) == heading).then(|| site.trim().to_owned())
}

/// The JSON-LD objects of the page that describe an article (`@type` `NewsArticle`,
/// `Article`, `BlogPosting`, `ReportageNewsArticle`, ...), wherever they are: at the top, in a
/// list, or in a `@graph` (as WordPress's SEO plugins write it); `@context` is not required.
fn json_ld_articles(document: &Document) -> Vec<Value> {
    let mut out = Vec::new();
    for script in document
        .select(r#"script[type="application/ld+json"]"#)
        .nodes()
    {
        let Ok(value) = serde_json::from_str::<Value>(script.text().trim()) else {
            continue;
        };
        let mut stack = vec![value];
        // Bounded: a page's JSON-LD has a few dozen objects.
        let mut seen = 0;
        while let Some(value) = stack.pop() {
            seen += 1;
            if seen > 1_000 {
                break;
            }
            match value {
                Value::Array(items) => stack.extend(items.into_iter().rev()),
                Value::Object(mut object) => {
                    if let Some(graph) = object.remove("@graph") {
                        stack.push(graph);
                    }
                    if object.get("@type").is_some_and(is_article_type) {
                        out.push(Value::Object(object));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// The article's text as the page's JSON-LD gives it (`articleBody`): the first article's
/// that is not empty.
pub fn article_body(document: &Document) -> Option<String> {
    (json_ld_articles(document).iter())
        .filter_map(|a| a.get("articleBody")?.as_str())
        .map(str::trim)
        .find(|body| !body.is_empty())
        .map(str::to_owned)
}

/// The article's text as a Next.js page's data gives it (`<script id="__NEXT_DATA__">`), which
/// a page rendered in the browser holds instead of its HTML, as HTML paragraphs: the longest
/// list of blocks typed as paragraphs (`{"type": "paragraph", "text": "..."}`: the pictures
/// and captions among them are other types), or else the longest `body` or `articleBody`.
pub fn next_data_body(document: &Document) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    walk_next_data(document, |value| {
        let html = match value {
            Value::Array(items) => {
                let paragraphs: Vec<String> = items.iter().filter_map(paragraph_block).collect();
                (!paragraphs.is_empty()).then(|| paragraphs.concat())
            }
            Value::Object(object) => (["articleBody", "body", "bodyHtml"].iter())
                .find_map(|k| object.get(*k)?.as_str())
                .map(as_paragraphs),
            _ => None,
        };
        if let Some(html) = html {
            let words = html.split_whitespace().count();
            if best.as_ref().is_none_or(|(most, _)| words > *most) {
                best = Some((words, html));
            }
        }
        false
    });
    best.filter(|(words, _)| *words > 0).map(|(_, html)| html)
}

/// Each value of a Next.js page's data (`<script id="__NEXT_DATA__">`), a list's items in
/// order, until `visit` says it has found what it looks for. Bounded: a page's data can be
/// large, and its article sits a few levels down.
fn walk_next_data(document: &Document, mut visit: impl FnMut(&Value) -> bool) {
    let script = document.select(r#"script#__NEXT_DATA__"#).text();
    let Ok(value) = serde_json::from_str::<Value>(script.trim()) else {
        return;
    };
    let mut stack = vec![&value];
    for _ in 0..20_000 {
        let Some(value) = stack.pop() else {
            return;
        };
        if visit(value) {
            return;
        }
        match value {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(object) => stack.extend(object.values()),
            _ => {}
        }
    }
}

/// What a Next.js page's data says of its article: the day and the authors of the first
/// object that has a headline and a date of publication (`publishedAt`, `datePublished`, ...).
#[derive(Default)]
struct NextArticle {
    published: Option<String>,
    author: Option<String>,
}

/// Keys of a Next.js article's date of publication.
const NEXT_DATE_KEYS: &[&str] = &[
    "datePublished",
    "publishedAt",
    "published_at",
    "publishedDate",
    "publishDate",
    "firstPublished",
    "pubDate",
];

/// The `NextArticle` of a page's `__NEXT_DATA__`, if it has one.
fn next_data_article(document: &Document) -> NextArticle {
    let mut found = NextArticle::default();
    walk_next_data(document, |value| {
        let Value::Object(object) = value else {
            return false;
        };
        let headline = ["headline", "title"]
            .iter()
            .any(|k| object.contains_key(*k));
        let day = (NEXT_DATE_KEYS.iter())
            .find_map(|k| object.get(*k)?.as_str())
            .and_then(day_of);
        if headline && day.is_some() {
            found = NextArticle {
                published: day,
                author: next_data_authors(object),
            };
        }
        found.published.is_some()
    });
    found
}

/// The names an article's data gives its authors: `author`, `authors` or `byline`, as names,
/// people or a list of them, or an object that holds them (`"byline": {"authors": [...]}`).
fn next_data_authors(article: &serde_json::Map<String, Value>) -> Option<String> {
    const KEYS: &[&str] = &["authors", "author", "byline"];
    let given = KEYS.iter().find_map(|k| article.get(*k))?;
    names(given).or_else(|| KEYS.iter().find_map(|k| names(given.get(*k)?)))
}

/// A block of a Next.js article typed as a paragraph (`type`, `_type`, `__typename`, `kind`
/// naming "paragraph", or "p"), as an HTML paragraph.
fn paragraph_block(block: &Value) -> Option<String> {
    let kind = ["type", "_type", "__typename", "kind", "blockType"]
        .iter()
        .find_map(|k| block.get(*k)?.as_str())?
        .to_lowercase();
    if !(kind.contains("paragraph") || kind == "p") {
        return None;
    }
    let text = ["text", "content", "html", "value"]
        .iter()
        .find_map(|k| block.get(*k)?.as_str())?;
    Some(as_paragraphs(text))
}

/// Text as HTML paragraphs: HTML as it is (in a block), plain text escaped, a paragraph a
/// line.
pub fn as_paragraphs(text: &str) -> String {
    if crate::html::looks_like_html(text) {
        // Its own blocks, or a paragraph of inline markup (links, emphasis).
        return format!("<div>{text}</div>");
    }
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    (text.lines().map(str::trim))
        .filter(|line| !line.is_empty())
        .map(|line| format!("<p>{}</p>", escape(line)))
        .collect()
}

fn is_article_type(value: &Value) -> bool {
    // A fact-check's own markup is a `ClaimReview`: its date and author are the page's (the
    // claim's are under its `itemReviewed`).
    let one = |t: &str| {
        t.ends_with("Article") || t.ends_with("Posting") || t == "Report" || t == "ClaimReview"
    };
    match value {
        Value::String(t) => one(t),
        Value::Array(types) => types.iter().filter_map(Value::as_str).any(one),
        _ => false,
    }
}

/// The names of a JSON-LD `author`: a name, a person (`{"name": ...}`), or a list of them,
/// joined by ", ".
fn names(author: &Value) -> Option<String> {
    let name = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Object(o) => o
            .get("name")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_owned()),
        _ => None,
    };
    let all: Vec<String> = match author {
        Value::Array(items) => items.iter().filter_map(name).collect(),
        other => name(other).into_iter().collect(),
    };
    let all: Vec<String> = all.into_iter().filter(|n| !n.is_empty()).collect();
    (!all.is_empty()).then(|| all.join(", "))
}

/// The date of the first `meta` tag (by the order of `keys`, such as `DATE_METAS`) whose
/// `name`, `property` or `itemprop` is one of `keys`.
fn meta_date(document: &Document, wanted: &[&str]) -> Option<String> {
    let metas = document.select("meta");
    let mut best: Option<(usize, String)> = None;
    for meta in metas.nodes() {
        let Some(content) = meta.attr("content") else {
            continue;
        };
        let keys = ["name", "property", "itemprop"]
            .into_iter()
            .filter_map(|a| meta.attr(a))
            .map(|k| k.trim().to_ascii_lowercase());
        for key in keys {
            let Some(rank) = wanted.iter().position(|m| *m == key) else {
                continue;
            };
            if best.as_ref().is_some_and(|(r, _)| *r <= rank) {
                continue;
            }
            if let Some(day) = day_of(&content) {
                best = Some((rank, day));
            }
        }
    }
    best.map(|(_, day)| day)
}

/// The date of a `<time>` that marks the publication: `pubdate`, `itemprop="datePublished"`,
/// or one in the article's header (or the article's own child, before its text), where pages
/// put the date of publication. A `<time>` in the body may date an event, and is not read.
fn time_date(document: &Document) -> Option<String> {
    let selectors = [
        "time[pubdate][datetime]",
        r#"[itemprop="datePublished"][datetime]"#,
        "article > header time[datetime]",
        "article > time[datetime]",
        "article > div > time[datetime]",
    ];
    selectors.iter().find_map(|selector| {
        let found = document.select(selector);
        let first = found.nodes().first()?;
        first.attr("datetime").and_then(|d| day_of(&d))
    })
}

/// English month names and their abbreviations, as dates on news pages write them.
const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The day of a written time, YYYY-MM-DD: ISO 8601 (`2022-03-02T09:41:00+05:30`: the day as
/// written, the publisher's own), `20220302`, RFC 2822 (`Wed, 02 Mar 2022 19:45:12 GMT`), or
/// a day, an English month name and a year in either order (`March 2, 2022`, `2 March 2022`).
/// A date of digits alone other than these (`02/03/2022`) is read differently in different
/// countries, and is not read.
pub fn day_of(time: &str) -> Option<String> {
    let time = time.trim();
    let valid = |y: u32, m: u32, d: u32| {
        let day = format!("{y:04}-{m:02}-{d:02}");
        Date::parse(&day).ok().map(|_| day)
    };
    if let Some(day) = time.get(..10)
        && Date::parse(day).is_ok()
    {
        return Some(day.to_owned());
    }
    if time.len() == 8 && time.bytes().all(|b| b.is_ascii_digit()) {
        let n = |r: std::ops::Range<usize>| time[r].parse::<u32>().ok();
        return valid(n(0..4)?, n(4..6)?, n(6..8)?);
    }
    // Words: a month name, a day (1 to 31) and a year (four digits), in any order.
    let words: Vec<String> = time
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .take(6)
        .collect();
    let month = words.iter().find_map(|w| {
        let w = w.as_str();
        MONTHS
            .iter()
            .position(|m| w.len() >= 3 && (w == *m || month_name(m).starts_with(w)))
    })?;
    let numbers: Vec<u32> = (words.iter())
        .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|w| w.parse().ok())
        .collect();
    let year = *numbers.iter().find(|&&n| (1800..=2100).contains(&n))?;
    let day = *numbers.iter().find(|&&n| (1..=31).contains(&n))?;
    valid(year, month as u32 + 1, day)
}

fn month_name(abbreviation: &str) -> &'static str {
    match abbreviation {
        "jan" => "january",
        "feb" => "february",
        "mar" => "march",
        "apr" => "april",
        "may" => "may",
        "jun" => "june",
        "jul" => "july",
        "aug" => "august",
        "sep" => "september",
        "oct" => "october",
        "nov" => "november",
        _ => "december",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sites_name_is_left_out_of_the_headline() {
        let with = |sites: &[&str], headings: &[&str]| Found {
            sites: sites.iter().map(|s| s.to_string()).collect(),
            headings: headings.iter().map(|s| s.to_string()).collect(),
            ..Found::default()
        };
        let guardian = with(&["the Guardian"], &[]);
        for (title, found, want) in [
            (
                "Kherson falls to Russia | The Guardian",
                &guardian,
                "Kherson falls to Russia",
            ),
            ("The Guardian - Kherson falls", &guardian, "Kherson falls"),
            (
                "Kherson falls – Example Times",
                &with(&["Example Times"], &[]),
                "Kherson falls",
            ),
            (
                "Kherson falls to Russia - Kyiv Independent",
                &with(&[], &["Kherson falls to Russia"]),
                "Kherson falls to Russia",
            ),
            (
                "Kherson falls to Russia – live updates",
                &with(&[], &["Kherson falls to Russia – live updates"]),
                "Kherson falls to Russia – live updates",
            ),
            (
                "War in Ukraine: Kherson falls",
                &with(&[], &[]),
                "War in Ukraine: Kherson falls",
            ),
            (
                "Kherson - a city in fear",
                &guardian,
                "Kherson - a city in fear",
            ),
            ("The Guardian", &guardian, "The Guardian"),
            (
                "Opinion | The wage rise will not cost jobs | The Ledger",
                &with(&[], &["The wage rise will not cost jobs"]),
                "The wage rise will not cost jobs",
            ),
        ] {
            assert_eq!(headline(title, found), want, "{title}");
        }
    }

    #[test]
    fn dates_are_read_in_the_forms_publishers_write_them() {
        for (written, day) in [
            ("2022-03-02T23:30:00-05:00", Some("2022-03-02")),
            ("2022-03-02", Some("2022-03-02")),
            ("20220302", Some("2022-03-02")),
            ("Wed, 02 Mar 2022 19:45:12 GMT", Some("2022-03-02")),
            ("March 2, 2022", Some("2022-03-02")),
            ("2 March 2022", Some("2022-03-02")),
            ("Sept 30, 2022", Some("2022-09-30")),
            ("02/03/2022", None),
            ("2022-02-30", None),
            ("Feb 30, 2022", None),
            ("March 2022", None),
            ("Mayor", None),
            ("", None),
        ] {
            assert_eq!(day_of(written).as_deref(), day, "{written}");
        }
    }

    fn found(head: &str, body: &str) -> Found {
        let html = format!("<!doctype html><html><head>{head}</head><body>{body}</body></html>");
        find(&Document::from(html.as_str()))
    }

    #[test]
    fn json_ld_is_read_in_a_graph_and_without_context() {
        let graph = r#"<script type="application/ld+json">{"@context":"https://schema.org",
            "@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"NewsArticle",
            "datePublished":"2022-03-02T10:00:00Z","author":{"@type":"Person","name":"Ann Lee"}}]}
            </script>"#;
        let graph = found(graph, "");
        assert_eq!(graph.published.as_deref(), Some("2022-03-02"));
        assert_eq!(graph.author.as_deref(), Some("Ann Lee"));
        let bare = r#"<script type="application/ld+json">{"@type":["ReportageNewsArticle"],
            "dateModified":"2022-03-05","datePublished":"March 2, 2022",
            "author":[{"name":"Ann Lee"},"Bob Roe"]}</script>"#;
        let bare = found(bare, "");
        assert_eq!(bare.published.as_deref(), Some("2022-03-02"));
        assert_eq!(bare.author.as_deref(), Some("Ann Lee, Bob Roe"));
        // A date of modification is not one of publication.
        let modified = r#"<meta property="article:modified_time" content="2022-03-05">"#;
        assert_eq!(found(modified, "").published, None);
    }

    #[test]
    fn meta_tags_and_time_elements_give_the_date() {
        for head in [
            r#"<meta name="pubdate" content="20220302">"#,
            r#"<meta name="date" content="2022-03-02">"#,
            r#"<meta name="DC.date" content="2022-03-02">"#,
            r#"<meta itemprop="datePublished" content="2022-03-02">"#,
            r#"<meta name="article:published_time" content="Wed, 02 Mar 2022 19:45:12 GMT">"#,
            // The better name wins, wherever it stands.
            r#"<meta name="date" content="2022-01-01"><meta name="pubdate" content="2022-03-02">"#,
        ] {
            assert_eq!(
                found(head, "").published.as_deref(),
                Some("2022-03-02"),
                "{head}"
            );
        }
        let header = r#"<article><header><h1>K</h1><time datetime="2022-03-02T10:00">2 March
            </time></header><p>On <time datetime="2022-02-24">24 February</time>...</p></article>"#;
        assert_eq!(found("", header).published.as_deref(), Some("2022-03-02"));
        // A time in the text dates an event, not the article.
        let body =
            r#"<article><p>On <time datetime="2022-02-24">24 February</time>.</p></article>"#;
        assert_eq!(found("", body).published, None);
    }
}
