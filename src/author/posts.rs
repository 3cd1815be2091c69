//! Pages that are posts, not an article, read by their structure: a Telegram channel's chat
//! exported as HTML (Telegram Desktop's "Export chat history") and a thread on X (Twitter).
//! Readability would keep their furniture (an avatar's initial, each message's clock time, a
//! reply's "Replying to @...", other users' replies) and find no author in them.

use super::page::{Meta, Page, clean, paragraphs};
use dom_query::{Document, NodeRef, Selection};

/// The page as the posts it holds, when it is a Telegram export or an X thread.
pub(super) fn read(document: &Document) -> Option<Page> {
    telegram(document).or_else(|| x_thread(document))
}

/// The text of an element, its `<br>`s as line ends: a post's own paragraphs.
fn lines(node: &Selection) -> String {
    let html = node.inner_html().to_string();
    paragraphs(&super::blocks::read(&html).text)
}

/// The text of `node` with its white space folded.
fn folded(node: &Selection) -> String {
    node.text().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The day of a Telegram export's stamp ("14.11.2022 09:12:33 UTC+02:00"), YYYY-MM-DD.
fn telegram_day(stamp: &str) -> Option<String> {
    let day = stamp.split_whitespace().next()?;
    let mut parts = day.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    super::meta::day_of(&format!("{y}-{m}-{d}"))
}

/// A Telegram export: the channel's name (its header) is the publisher and the title, the
/// day of its first message the publication; each message's text a paragraph, a forwarded
/// one led by whom it came from ("Volodymyr Zelensky: ..."), as a transcript names its
/// speakers.
fn telegram(document: &Document) -> Option<Page> {
    let messages = document.select(".chat_page .history .message.default");
    if !messages.exists() {
        return None;
    }
    let channel = clean(Some(folded(&document.select(".page_header .text"))));
    let mut text = String::new();
    let mut published = None;
    for message in messages.nodes() {
        let message = Selection::from(*message);
        if published.is_none() {
            let stamp = message.select(".date.details").attr("title");
            published = stamp.and_then(|s| telegram_day(&s));
        }
        let forwarded = message.select(".forwarded.body");
        let (own, from) = match forwarded.exists() {
            true => {
                let name = forwarded.select(".from_name").first();
                name.select(".details").remove();
                (
                    forwarded.select(".text").first(),
                    clean(Some(folded(&name))),
                )
            }
            false => (message.select(".body > .text").first(), None),
        };
        let said = lines(&own);
        if said.trim().is_empty() {
            continue;
        }
        let said = match from {
            Some(from) => format!("{from}: {said}"),
            None => said,
        };
        text.push_str(said.trim_end());
        text.push_str("\n\n");
    }
    page(text, channel.clone(), None, channel, published)
}

/// A thread on X: the posts of whoever wrote its first, each a paragraph; the replies of
/// others, "Replying to" and what X recommends are left out. Its writer is the author.
fn x_thread(document: &Document) -> Option<Page> {
    let posts = document.select(r#"article[data-testid="tweet"]"#);
    let first = posts.nodes().first().map(|n| Selection::from(*n))?;
    let handle = |post: &Selection| {
        (post.select(r#"[data-testid="User-Name"] a[href]"#).first())
            .attr("href")
            .map(|h| h.to_string())
    };
    let writer = handle(&first)?;
    let name = first
        .select(r#"[data-testid="User-Name"] a[href] span"#)
        .first();
    let author = clean(Some(folded(&name)));
    let published =
        (first.select("time[datetime]").attr("datetime")).and_then(|t| super::meta::day_of(&t));
    let mut text = String::new();
    for post in posts.nodes().iter().map(|n: &NodeRef| Selection::from(*n)) {
        if handle(&post).as_deref() != Some(writer.as_str()) {
            continue;
        }
        let said = lines(&post.select(r#"[data-testid="tweetText"]"#).first());
        text.push_str(said.trim_end());
        text.push_str("\n\n");
    }
    let title = (document
        .select(r#"meta[property="og:title"]"#)
        .attr("content"))
    .and_then(|t| clean(Some(t.to_string())));
    let site = (document
        .select(r#"meta[property="og:site_name"]"#)
        .attr("content"))
    .and_then(|t| clean(Some(t.to_string())));
    page(text, title, author, site, published)
}

/// The page of posts, when they hold any text.
fn page(
    text: String,
    title: Option<String>,
    author: Option<String>,
    site_name: Option<String>,
    published: Option<String>,
) -> Option<Page> {
    let text = paragraphs(&text);
    (!text.trim().is_empty()).then(|| Page {
        html: true,
        from: "the web page",
        text,
        meta: Meta {
            title,
            author,
            site_name,
            published,
            published_by_dateline: false,
            url: None,
            language: None,
            warnings: Vec::new(),
        },
        days: Vec::new(),
    })
}
