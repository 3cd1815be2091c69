//! Files that hold an article in a markup other than a web page's: a news feed's item saved
//! as XML (RSS or Atom) and a Markdown file. Each is made into a page's HTML, its metadata in
//! JSON-LD, for `page` to read as it reads a saved page; copied as text, their tags and
//! Markdown syntax (`<item>`, `**`, `[link](...)`) would be taken for the article's words,
//! and quoted.

use serde_json::{Map, Value};

/// What a feed's item or a Markdown file's front matter says of the article.
#[derive(Debug, Default)]
struct Header {
    title: Option<String>,
    author: Option<String>,
    published: Option<String>,
    url: Option<String>,
    site: Option<String>,
}

/// The page's HTML of a news feed's one item (RSS 2.0, RSS 1.0 or Atom), `None` when `text`
/// is no feed; an error when it holds no item, or several (which article is meant?).
pub fn feed_page(text: &str) -> Option<Result<String, String>> {
    let kind = crate::html::feed_kind(text)?;
    Some(item_page(crate::html::skip_preamble(text), kind))
}

fn item_page(feed: &str, kind: &str) -> Result<String, String> {
    let tag = if kind == "Atom" { "entry" } else { "item" };
    let items = elements(feed, tag);
    let what = kind;
    let item = match items.as_slice() {
        [one] => *one,
        _ => {
            return Err(format!(
                "it is a news feed ({what}) of {} items, not one article: open the item's \
                 link and save the article's page, or save a feed of that item alone",
                items.len()
            ));
        }
    };
    // The channel's title (before its items) names the site.
    let channel = &feed[..feed.find(&format!("<{tag}")).unwrap_or(feed.len())];
    let header = Header {
        title: first_text(item, &["title"]),
        author: first_text(item, &["dc:creator", "name", "author"]),
        published: first_text(item, &["pubDate", "published", "dc:date"]),
        url: item_link(item),
        site: first_text(channel, &["title"]),
    };
    let body = first_text(
        item,
        &["content:encoded", "content", "description", "summary"],
    );
    Ok(page_html(&header, &body.unwrap_or_default()))
}

/// The page's HTML of a Markdown file: its YAML front matter (`title:`, `date:`, `author:`,
/// `url:`) as the metadata, the rest rendered with tables and footnotes.
pub fn markdown_page(text: &str) -> String {
    let (header, body) = front_matter(text);
    let options = pulldown_cmark::Options::ENABLE_TABLES
        | pulldown_cmark::Options::ENABLE_FOOTNOTES
        | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(body, options));
    page_html(&header, &html)
}

/// The front matter between the first two `---` lines, and the text after it.
fn front_matter(text: &str) -> (Header, &str) {
    let text = text.trim_start_matches('\u{feff}');
    let Some(rest) = text.strip_prefix("---\n") else {
        return (Header::default(), text);
    };
    let Some(end) = rest.find("\n---\n").map(|at| at + 1) else {
        return (Header::default(), text);
    };
    let mut header = Header::default();
    for line in rest[..end].lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        let slot = match key.trim() {
            "title" => &mut header.title,
            "date" | "published" => &mut header.published,
            "author" => &mut header.author,
            "url" | "link" => &mut header.url,
            _ => continue,
        };
        if !value.is_empty() {
            *slot = Some(value.to_owned());
        }
    }
    (header, &rest[end + "---\n".len()..])
}

/// A page of `body`, its metadata in `<title>` and a JSON-LD `NewsArticle`.
fn page_html(header: &Header, body: &str) -> String {
    let mut article = Map::new();
    article.insert("@type".into(), "NewsArticle".into());
    let mut put = |key: &str, value: &Option<String>| {
        if let Some(value) = value {
            article.insert(key.into(), value.clone().into());
        }
    };
    put("headline", &header.title);
    put("datePublished", &header.published);
    put("url", &header.url);
    if let Some(author) = &header.author {
        let person = serde_json::json!({"@type": "Person", "name": author});
        article.insert("author".into(), person);
    }
    if let Some(site) = &header.site {
        let publisher = serde_json::json!({"@type": "Organization", "name": site});
        article.insert("publisher".into(), publisher);
    }
    // `</` cannot end the script early: JSON may write `<` as `\u003c`.
    let json = Value::Object(article).to_string().replace('<', "\\u003c");
    let title = header.title.as_deref().map(escape).unwrap_or_default();
    let site = (header.site.as_deref().map(escape))
        .map(|s| format!(r#"<meta property="og:site_name" content="{s}">"#))
        .unwrap_or_default();
    let url = (header.url.as_deref().map(escape))
        .map(|u| format!(r#"<link rel="canonical" href="{u}">"#))
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>{site}{url}\
         <script type=\"application/ld+json\">{json}</script></head>\
         <body><article>{body}</article></body></html>"
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Whether the text after a tag's name goes on as that element's tag (not `<feedback>`).
fn opens_element(after: &str) -> bool {
    after.starts_with(|c: char| c == '>' || c == '/' || c.is_whitespace())
}

/// The insides of each `<tag ...>...</tag>` of `xml`, in order (not nested in each other).
fn elements<'x>(xml: &'x str, tag: &str) -> Vec<&'x str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        let Some(gt) = after.find('>').filter(|_| opens_element(after)) else {
            rest = after;
            continue;
        };
        let inside = &after[gt + 1..];
        if after[..gt].ends_with('/') {
            found.push("");
            rest = inside;
            continue;
        }
        let end = inside.find(&close).unwrap_or(inside.len());
        found.push(&inside[..end]);
        rest = &inside[end..];
    }
    found
}

/// The text of the first of `tags` that `xml` has, not empty: a CDATA section's as it is,
/// else with XML's escapes read (an escaped HTML body becomes HTML).
fn first_text(xml: &str, tags: &[&str]) -> Option<String> {
    tags.iter().find_map(|tag| {
        let inside = *elements(xml, tag).first()?;
        let text = text_of(inside);
        (!text.trim().is_empty()).then(|| text.trim().to_owned())
    })
}

fn text_of(inside: &str) -> String {
    let mut out = String::new();
    let mut rest = inside;
    while let Some(at) = rest.find("<![CDATA[") {
        out.push_str(&unescape(&rest[..at]));
        let cdata = &rest[at + "<![CDATA[".len()..];
        let end = cdata.find("]]>").unwrap_or(cdata.len());
        out.push_str(&cdata[..end]);
        rest = cdata.get(end + "]]>".len()..).unwrap_or("");
    }
    out.push_str(&unescape(rest));
    out
}

/// XML's five named escapes and its character references.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let named = after.find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &after[..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => character_reference(name),
            };
            c.map(|c| (c, end + 1))
        });
        match named {
            Some((c, len)) => {
                out.push(c);
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `#233` or `#xE9`.
fn character_reference(name: &str) -> Option<char> {
    let number = name.strip_prefix('#')?;
    let value = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => number.parse().ok()?,
    };
    char::from_u32(value)
}

/// An RSS item's `<link>` text, or an Atom entry's `<link href>` (its `alternate` one, the
/// article, before others).
fn item_link(item: &str) -> Option<String> {
    if let Some(text) = first_text(item, &["link"]) {
        return Some(text);
    }
    let tags = (item.match_indices("<link").map(|(at, _)| &item[at..]))
        .map(|link| &link[..link.find('>').unwrap_or(link.len())]);
    let alternate = { tags }.find(|t| !t.contains("rel=") || t.contains("alternate"));
    let href = alternate?.split("href=").nth(1)?;
    let quote = href.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = href[1..].split(quote).next()?;
    Some(unescape(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_xml_escaped_body_becomes_html_and_cdata_stays_as_it_is() {
        assert_eq!(
            text_of("&lt;p&gt;A &amp;amp; B&lt;/p&gt;"),
            "<p>A &amp; B</p>"
        );
        assert_eq!(text_of("<![CDATA[<p>A & B</p>]]>"), "<p>A & B</p>");
        assert_eq!(
            unescape("caf&#233; &#xE9; &bogus; & x"),
            "café é &bogus; & x"
        );
    }

    #[test]
    fn an_atom_entry_gives_its_alternate_link() {
        let entry = r#"<title>T</title><link rel="self" href="https://a.example/self"/>
            <link rel="alternate" href="https://a.example/story?a=1&amp;b=2"/>"#;
        assert_eq!(
            item_link(entry).as_deref(),
            Some("https://a.example/story?a=1&b=2")
        );
    }

    #[test]
    fn front_matter_gives_the_metadata_and_is_no_text() {
        let (header, body) = front_matter("---\ntitle: \"A: b\"\ndate: 2024-05-03\n---\n# A\n");
        assert_eq!(header.title.as_deref(), Some("A: b"));
        assert_eq!(header.published.as_deref(), Some("2024-05-03"));
        assert_eq!(body, "# A\n");
    }
}
