//! The page's furniture, taken out of a saved page before its article and metadata are read:
//! navigation, asides, footers, comments, related lists, share bars, sign-up boxes, paywall
//! prompts, advertisements, photo credits and the label set above a headline ("Press
//! release"). Told by structure (the tag, `role`, and the words of `class`, `id` and
//! `aria-label`; a form or an e-mail field), not by phrases, so that a comment's author is never
//! the byline and a newsletter box inside the article is not its text. An element that holds
//! the article (its `<h1>`, `<article>`, `<main>`) or most of the page's words lays the page
//! out, and stays whatever it is called.

use dom_query::{Document, NodeRef, Selection};

/// Tags that are furniture wherever they are (Readability drops their text too).
const TAGS: &[&str] = &["nav", "aside", "footer", "dialog"];

/// ARIA roles of furniture.
const ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "contentinfo",
    "search",
    "dialog",
    "alertdialog",
];

/// Words of a `class`, `id` or `aria-label` that name furniture ("comments-section",
/// "newsletter-box", "related-stories", "photo-credit").
const WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "breadcrumb",
    "breadcrumbs",
    "comment",
    "comments",
    "consent",
    "cookie",
    "copyright",
    "credit",
    "credits",
    "disqus",
    // A post embedded from a social network (`twitter-tweet`, `instagram-media`,
    // `tiktok-embed`): its writer's words, not the article's, and its "— Name (@handle)".
    "instagram",
    "footer",
    // A wiki's summary box: its rows ("Deaths 5,923 (official)") are no sentences, and the
    // article says each with its source.
    "infobox",
    "menu",
    "nav",
    "navigation",
    "newsletter",
    "newsletters",
    "promo",
    "paywall",
    "recirculation",
    "regwall",
    "related",
    "replies",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "social",
    "subscribe",
    "subscriber",
    "subscription",
    "tiktok",
    "tweet",
];

/// Words of a `class`, `id` or `aria-label` that name a paywall's prompt ("Continue reading
/// with a membership"): furniture, and a sign that the page holds only the article's start.
const PAYWALL_WORDS: &[&str] = &[
    "paywall",
    "regwall",
    "subscriber",
    "subscription",
    "membership",
];

/// Words past which a block is more than a mailing's footer (the newsletter itself).
const MAX_FOOTER_WORDS: usize = 80;

/// The footers of a newsletter saved from webmail or a browser: the nearest block around a
/// link to unsubscribe (by its address or its words, "Unsubscribe", "Abmelden", "Se
/// désabonner"), which tells the reader why the mail came, not the news.
fn mailing_footers(document: &Document) -> Vec<NodeRef<'_>> {
    let unsubscribes = |a: &NodeRef| {
        let href = a.attr("href").map(|h| h.to_lowercase()).unwrap_or_default();
        let text = a.text().to_lowercase();
        [
            "unsubscribe",
            "abmelden",
            "désabonner",
            "desuscribir",
            "darse de baja",
        ]
        .iter()
        .any(|w| href.contains(w) || text.contains(w))
    };
    let links = document.select("a");
    let found = (links.nodes().iter().take(5000))
        .filter(|a| unsubscribes(a))
        .filter_map(|a| {
            a.ancestors_it(Some(3))
                .find(|b| ["p", "div", "td", "footer"].iter().any(|t| b.is(t)))
                .filter(|b| words(&b.text()) <= MAX_FOOTER_WORDS)
        });
    found.collect()
}

/// What `remove` took out that the user should know of.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Removed {
    /// A paywall's prompt with words in it: the text may be a teaser.
    pub paywall: bool,
}

/// Words that name what readers write: never the article, however long it runs.
const COMMENT_WORDS: &[&str] = &[
    "comment",
    "comments",
    "contributions",
    "disqus",
    "reactions",
    "replies",
];

/// Words that name a list of the works a page cites (Wikipedia's `reflist`, a report's
/// bibliography, the notes a footnote mark points to): other publishers' headlines and dates,
/// never the page's own claims, however long the list runs.
const REFERENCE_WORDS: &[&str] = &[
    "references",
    "reflist",
    "bibliography",
    "footnotes",
    "endnotes",
];

/// Words that name a cookie or consent banner: never the article either. A short news item
/// can have fewer words than the banner's legal text ("We and our 842 partners store ..."), so
/// the banner's length must not make it look like the page's body.
const CONSENT_WORDS: &[&str] = &["consent", "cookie", "cookies", "gdpr"];

/// A box around a form or an e-mail field (a sign-up) has at most this many words.
const BOX_WORDS: usize = 40;

/// Takes the furniture out of `document`, saying whether a paywall's prompt was among it.
pub fn remove(document: &Document) -> Removed {
    let page_words = words(&document.select("body").text());
    let title = document.select("head title").text().to_lowercase();
    let mut gone = other_articles(document);
    let mut removed = Removed::default();
    for node in document.select("*").nodes() {
        let named = named(node);
        let is_furniture = match named {
            Named::Not => false,
            Named::Overlay => !holds_article_under(node, &title),
            Named::NeverArticle => !holds_article(node),
            Named::Furniture => {
                !holds_article(node) && words(&node.text()) * 2 <= page_words.max(1)
            }
        };
        if is_furniture {
            removed.paywall |= is_paywall(node) && words(&node.text()) > 0;
            gone.push(*node);
        }
    }
    gone.extend(kickers(document));
    // A link that runs a script ("Print this page", "Close window") works the page, and what a
    // page hides when printed (`noprint`, Bootstrap's `d-print-none`) is its controls: neither
    // is the article's text.
    gone.extend(document.select(r#"a[href^="javascript:"]"#).nodes());
    gone.extend(document.select("[class]").nodes().iter().filter(|node| {
        node.attr("class").is_some_and(|c| {
            c.split_whitespace().any(|c| {
                let c = c.to_ascii_lowercase().replace(['-', '_'], "");
                matches!(
                    c.as_str(),
                    "noprint" | "dprintnone" | "hiddenprint" | "printhidden"
                )
            })
        })
    }));
    gone.extend(mailing_footers(document));
    for field in document.select("form, input[type=email]").nodes() {
        gone.extend(sign_up_box(field));
    }
    // A word processor's list bullet ("·" and no-break spaces), which Word saves as HTML for
    // browsers that draw no list, and which Word itself leaves out of the text.
    gone.extend(document.select("[style]").nodes().iter().filter(|node| {
        node.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            s.to_ascii_lowercase().contains("mso-list:ignore")
        })
    }));
    for node in gone {
        node.remove_from_parent();
    }
    removed
}

/// Words of a `class` that name the label set above a headline: its kind or section ("Press
/// release", "News story", "Opinion"), `gem-c-title__context`, `article-kicker`, `eyebrow`.
const KICKER_WORDS: &[&str] = &[
    "context", "kicker", "eyebrow", "overline", "label", "category",
];

/// A kicker has at most this many words: a label, not a sentence.
const KICKER_MAX_WORDS: usize = 4;

/// The labels just before each `<h1>` (its earlier siblings) that their class names a kicker
/// (`KICKER_WORDS`) and that are a few words: the page's, not the article's.
fn kickers<'a>(document: &'a Document) -> Vec<NodeRef<'a>> {
    let mut found = Vec::new();
    for heading in document.select("h1").nodes() {
        let mut node = heading.prev_element_sibling();
        while let Some(n) = node {
            let class = n
                .attr("class")
                .map(|c| c.to_lowercase())
                .unwrap_or_default();
            let named =
                (class.split(|c: char| !c.is_alphanumeric())).any(|w| KICKER_WORDS.contains(&w));
            let text = n.text();
            let count = text.split_whitespace().count();
            if !named || count > KICKER_MAX_WORDS || text.contains('.') {
                break;
            }
            found.push(n);
            node = n.prev_element_sibling();
        }
    }
    found
}

/// Whether the element's names say it is a paywall's prompt (`PAYWALL_WORDS`).
fn is_paywall(node: &NodeRef) -> bool {
    (["class", "id", "aria-label"].iter())
        .filter_map(|a| node.attr(a))
        .any(|v| {
            name_words(&v)
                .iter()
                .any(|w| PAYWALL_WORDS.contains(&w.as_str()))
        })
}

/// The words of a `class`, `id` or `aria-label`, lowercase: split at what is not a letter or
/// digit, and where a lowercase letter meets a capital, as a script's names are written
/// (`cookiePrompt`, `relatedStories` are "cookie prompt", "related stories").
fn name_words(value: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut lower = false;
    for c in value.chars() {
        if (!c.is_alphanumeric() || (lower && c.is_uppercase())) && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        }
        lower = c.is_lowercase();
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

enum Named {
    Not,
    /// A cookie or consent banner, or a dialog: laid over the page, never its article.
    Overlay,
    NeverArticle,
    Furniture,
}

/// What the element's tag, role and names say it is.
fn named(node: &NodeRef) -> Named {
    let tag = node.node_name().map(|n| n.to_ascii_lowercase());
    let role = node.attr("role").map(|r| r.trim().to_ascii_lowercase());
    let written: Vec<_> = ["class", "id", "aria-label"]
        .iter()
        .filter_map(|a| node.attr(a))
        .collect();
    let names: Vec<String> = written.iter().map(|v| v.to_lowercase()).collect();
    let words: Vec<String> = written.iter().flat_map(|v| name_words(v)).collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let dialog = tag.as_deref() == Some("dialog")
        || role
            .as_deref()
            .is_some_and(|r| r == "dialog" || r == "alertdialog")
        || node.attr("aria-modal").is_some_and(|m| m.trim() == "true");
    if dialog || (words.iter()).any(|w| CONSENT_WORDS.contains(w)) {
        Named::Overlay
    } else if (words.iter()).any(|w| COMMENT_WORDS.contains(w) || REFERENCE_WORDS.contains(w)) {
        Named::NeverArticle
    } else if tag.is_some_and(|t| TAGS.contains(&t.as_str()))
        || role.is_some_and(|r| ROLES.contains(&r.as_str()))
        || words.iter().any(|w| WORDS.contains(w))
        || names
            .iter()
            .any(|v| v.contains("sign-up") || v.contains("sign_up"))
    {
        Named::Furniture
    } else {
        Named::Not
    }
}

/// Whether the element is or holds the article itself: a layout, not furniture.
fn holds_article(node: &NodeRef) -> bool {
    let tag = node.node_name().map(|n| n.to_ascii_lowercase());
    let core = "h1, article, main, [role=main], [itemprop~=articleBody]";
    matches!(tag.as_deref(), Some("html" | "body" | "article" | "main"))
        || node.attr("role").is_some_and(|r| r.trim() == "main")
        || Selection::from(*node).select(core).exists()
}

/// Whether an overlay (a consent banner, a dialog) holds the article: a layout named after
/// the banner it once showed (`<div class="cookie-consent-given">` around the page) does. Its
/// own `<h1>` ("We value your privacy") does not make it so: only the page's headline, an `<h1>`
/// whose words the page's `<title>` (lowercase, `title`) gives, or the article's markup.
fn holds_article_under(node: &NodeRef, title: &str) -> bool {
    let tag = node.node_name().map(|n| n.to_ascii_lowercase());
    let core = "article, main, [role=main], [itemprop~=articleBody]";
    let found = Selection::from(*node);
    matches!(tag.as_deref(), Some("html" | "body" | "article" | "main"))
        || node.attr("role").is_some_and(|r| r.trim() == "main")
        || found.select(core).exists()
        || (found.select("h1").nodes().iter()).any(|h| {
            let heading = h.text().split_whitespace().collect::<Vec<_>>().join(" ");
            !heading.is_empty() && title.contains(&heading.to_lowercase())
        })
}

/// The `<article>`s beside the one that holds the page's only `<h1>`: teasers of other
/// stories ("Tanzania opens dam turbine" and its summary) laid around the article, which
/// Readability would keep with it as they score like it. A page whose `<h1>` no `<article>`
/// holds (a live blog's entries, a thread's posts) keeps them all.
fn other_articles(document: &Document) -> Vec<NodeRef<'_>> {
    let headings = document.select("h1");
    let [heading] = headings.nodes() else {
        return Vec::new();
    };
    let Some(main) = heading.ancestors_it(None).find(|a| {
        a.node_name()
            .is_some_and(|n| n.eq_ignore_ascii_case("article"))
    }) else {
        return Vec::new();
    };
    let within = |node: &NodeRef| node.ancestors_it(None).any(|a| a.id == main.id);
    // A teaser is shorter than the story: an `<article>` of more words than the headline's
    // (a page that puts its header and its body in two) is the story's own.
    let own = words(&main.text());
    (document.select("article").nodes().iter())
        .filter(|a| a.id != main.id && !within(a) && !Selection::from(**a).select("h1").exists())
        .filter(|a| !more_words_than(a, own))
        .copied()
        .collect()
}

/// A list of stories has at least this many teasers.
const LIST_TEASERS: usize = 3;

/// The headlines of a page that is a list of stories (a section front, an index of a topic,
/// search results), not one article: `LIST_TEASERS` or more `<article>`s whose heading links
/// to another page, none holding the page's `<h1>`, and a page that does not call itself an
/// article (`og:type`). None for any other page.
pub fn story_list(document: &Document) -> Option<Vec<String>> {
    let kind = document
        .select(r#"meta[property="og:type"]"#)
        .attr("content");
    if kind.is_some_and(|k| k.trim().eq_ignore_ascii_case("article")) {
        return None;
    }
    let mut headlines = Vec::new();
    for article in document.select("article").nodes() {
        let found = Selection::from(*article);
        if found.select("h1").exists() {
            return None;
        }
        let heading = found.select("h2, h3, h4").first();
        let link = heading.select("a[href]").first();
        let elsewhere = link
            .attr("href")
            .is_some_and(|h| !h.trim().starts_with('#'));
        let text = heading
            .text()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let whole = link.text().split_whitespace().collect::<Vec<_>>().join(" ");
        if elsewhere && !text.is_empty() && text == whole {
            headlines.push(text);
        }
    }
    (headlines.len() >= LIST_TEASERS).then_some(headlines)
}

/// The largest element around a form or an e-mail field that has few words: the sign-up box
/// with its heading and its pitch ("Get the briefing / The day's top stories, delivered ...").
fn sign_up_box<'a>(field: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let mut found = None;
    let mut node = Some(*field);
    while let Some(n) = node {
        // Words first, counted only up to the limit: a page of thousands of forms in one
        // wrapper would otherwise read the wrapper's whole text once a form.
        if more_words_than(&n, BOX_WORDS) || holds_article(&n) {
            break;
        }
        found = Some(n);
        node = n.parent();
    }
    found
}

/// Whether the element's text has more than `limit` words, read only as far as that.
fn more_words_than(node: &NodeRef, limit: usize) -> bool {
    let mut count = 0;
    for text in node.descendants_it().filter(NodeRef::is_text) {
        count += words(&text.text());
        if count > limit {
            return true;
        }
    }
    false
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn left(body: &str) -> String {
        let document = Document::from(format!("<html><body>{body}</body></html>").as_str());
        remove(&document);
        super::super::blocks::text(&document.select("body").html()).replace('\n', " / ")
    }

    #[test]
    fn thousands_of_sign_up_forms_in_one_wrapper_each_go_with_their_pitch_only() {
        // Each form's words are counted only up to the limit: reading the wrapper's whole text
        // once a form took 35 s for 4,000 forms (a release build).
        let pitch = "<p>Never miss a story.</p><form><input type=email></form>";
        let boxes: String = (0..4000).map(|_| format!("<div>{pitch}</div>")).collect();
        let body = format!(
            "<main><h1>Fire</h1><p>{}</p></main><div><p>{}</p>{boxes}</div>",
            "The fire burned. ".repeat(20),
            "Other words here. ".repeat(20),
        );
        let kept = left(&body);
        assert!(
            !kept.contains("Never miss"),
            "{}",
            &kept[..200.min(kept.len())]
        );
        assert!(kept.contains("Other words here."));
    }

    #[test]
    fn comments_navigation_and_sign_up_boxes_go_and_the_article_stays() {
        let article = "<p>The fire burned 4,500 hectares, the fire service said on Tuesday.</p>";
        let body = format!(
            "<nav><a href=/>Home</a></nav><main><h1>Fire</h1>{article}\
             <div class=\"newsletter-box\"><h3>Get the briefing</h3><p>Top stories daily.</p></div>\
             <div><p>Never miss a story.</p><form><input type=email></form></div>\
             <aside><p>Related</p></aside></main>\
             <section id=\"comments\"><p class=\"author\">firewatch88</p><p>Terrible.</p></section>\
             <footer>Copyright</footer>"
        );
        assert_eq!(
            left(&body),
            "Fire / The fire burned 4,500 hectares, the fire service said on Tuesday."
        );
    }

    #[test]
    fn a_layout_named_like_furniture_stays() {
        let long = "<p>The council approved the plan on Tuesday after a long debate.</p>";
        // The wrapper holds the headline, or most of the words: it lays the page out.
        for body in [
            format!("<div class=\"page has-sidebar\"><h1>Plan</h1>{long}</div>"),
            format!("<div class=\"with-sidebar\">{long}</div><p>Short.</p>"),
        ] {
            assert!(left(&body).contains("after a long debate"), "{body}");
        }
        // Many comments outweigh the article, and are still not it.
        let comments = "<p>I agree with every word of this comment here.</p>".repeat(20);
        let body = format!("<h1>Plan</h1>{long}<div class=\"comments\">{comments}</div>");
        assert_eq!(
            left(&body),
            "Plan / The council approved the plan on Tuesday after a long debate."
        );
    }

    #[test]
    fn an_article_beside_the_headlines_is_a_teaser_only_when_it_is_shorter() {
        let teaser = "<article><h2>Dam opens</h2><p>The dam opened on Luleå's river.</p>\
                      </article>";
        let story = "<article><h1>Kyiv floods</h1><p>Water rose in Київ on Friday, and 210 \
                     people died in floods that swept the city's east bank.</p></article>";
        let body = "<article><p>Water rose in Київ on Friday, and 210 people died in floods \
                    that swept the city's east bank. 🚀</p></article>";
        let kept = left(&format!("<main>{teaser}{story}</main>"));
        assert!(
            !kept.contains("Dam opens") && kept.contains("210 people"),
            "{kept}"
        );
        let header = "<article><h1>Kyiv floods</h1></article>";
        let kept = left(&format!("<main>{header}{body}</main>"));
        assert!(kept.contains("210 people"), "{kept}");
    }

    #[test]
    fn a_consent_banner_longer_than_a_short_article_is_not_it() {
        let banner = "<p>We and our 842 partners store and access information on your device, \
                      such as cookies, and process personal data for personalised advertising, \
                      content measurement and audience research.</p><button>Accept all</button>";
        let body = format!(
            "<div id=\"consent-overlay\"><h2>We value your privacy</h2>{banner}</div>\
             <article><h1>Plan</h1><p>The council approved the plan.</p></article>"
        );
        assert_eq!(left(&body), "Plan / The council approved the plan.");
    }
}
