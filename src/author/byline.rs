//! A page's byline: the names of who wrote the article, read from a byline ("By Jane Doe,
//! Reuters" gives "Jane Doe"), and the byline's paragraph told apart from a sentence that
//! opens "By" ("By Christmas Eve, the town had run out of water."), so that it leaves the text.

use super::meta::Found;
use super::page::Warning;
use dom_query::Document;

/// The words that introduce a byline, lowercase: "By", "Par", "Von", ..., Arabic's "بقلم"
/// ("by the pen of"), which an Arabic page's byline opens with as an English one with "By",
/// and the label a byline's field has ("Author: Jane Doe", "Автор: Ольга Смирнова").
const BY_WORDS: &[&str] = &[
    "by",
    "by:",
    "par",
    "von",
    "por",
    "di",
    "door",
    "av",
    "przez",
    "بقلم",
    "author:",
    "authors:",
    "autor:",
    "autorin:",
    "auteur:",
    "autore:",
    "автор:",
    "автори:",
    "авторы:",
];

pub(super) fn starts_with_by(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    BY_WORDS.contains(&first.as_str())
}

/// Words that give a role or an employer after a byline's name ("Priya Natarajan, Local
/// Democracy Reporter", "Jane Doe, Associated Press"), lowercase.
const ROLE_WORDS: &[&str] = &[
    "agency",
    "analyst",
    "bureau",
    "chief",
    "columnist",
    "contributor",
    "correspondent",
    "correspondant",
    "envoyé",
    "envoyée",
    "desk",
    "editor",
    "journalist",
    "journaliste",
    "korrespondent",
    "korrespondentin",
    "news",
    "photographer",
    "press",
    "producer",
    "redakteur",
    "redakteurin",
    "reporter",
    "reporterin",
    "rédacteur",
    "rédactrice",
    "staff",
    "writer",
];

/// Lowercase words that may stand between the parts of names ("Ursula von der Leyen", "Jane
/// Doe and John Roe", "Jonas Weber und Anna Roth").
const NAME_JOINERS: &[&str] = &[
    "and", "und", "et", "y", "e", "en", "och", "i", "&", "de", "del", "der", "van", "von", "da",
    "di", "du", "le", "la", "bin", "al",
];

/// Whether `words` read as one or more people's names: capitalised words (and joiners), no
/// digits, no role.
fn are_names(words: &str) -> bool {
    let words: Vec<&str> = words.split_whitespace().collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let is_role = |w: &str| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        ROLE_WORDS.contains(&w.as_str())
    };
    (words.iter()).filter(|w| capitalised(w)).count() >= 2
        && words.iter().all(|w| {
            !w.chars().any(|c| c.is_ascii_digit())
                && !is_role(w)
                && (capitalised(w) || NAME_JOINERS.contains(w))
        })
}

/// The names of a byline without the role or employer that follows a comma: the first part,
/// and each next part that is names too ("Ann Lee, Bob Roe").
fn without_role(names: &str) -> String {
    let mut parts = names.split(',').map(str::trim);
    let mut kept = vec![parts.next().unwrap_or("")];
    kept.extend(parts.take_while(|p| are_names(p)));
    kept.join(", ")
}

/// A byline written in the text: a short paragraph among the first few that is "By", "Par",
/// "Von"... and names ("Von Jonas Weber"), and nothing else (`byline_names`).
fn text_byline(text: &str) -> Option<String> {
    text.split("\n\n").take(4).find_map(byline_names)
}

/// The names of the byline the article shows: the first element of the article (else of the
/// page's main part, else of its body) that `blocks` takes for a byline (its class, id, `rel`
/// or `itemprop` names the byline or author) and whose words are names.
pub(super) fn shown(document: &Document) -> Option<String> {
    let scope = (["article", "main", "body"].iter())
        .map(|s| document.select(s))
        .find(|found| found.exists())?;
    let elements = scope.select("*");
    (elements.nodes().iter())
        .filter(|n| super::blocks::is_byline(n))
        .find_map(|n| author(&n.text()).filter(|names| are_names(names)))
}

/// The author a saved Firefox Reader View credits above its text (`reader-credits`), when its
/// words are names: read before the page's furniture, whose photo credits go, is left out.
pub(super) fn reader_credits(document: &Document) -> Option<String> {
    let credits = document.select(".reader-credits").text();
    author(credits.trim()).filter(|names| are_names(names))
}

/// The author, and the text without the byline's paragraphs. The JSON-LD author names the
/// people on its own, without a role; but an organisation there ("BBC News") is no byline,
/// and gives way to the byline the article shows, as do other people than the byline's (a
/// news desk named for a wire story), with a warning naming both. Without either, the
/// byline that Readability found (a `meta` author tag).
pub(super) fn chosen(
    found: &Found,
    shown: Option<String>,
    found_by_readability: Option<&str>,
    text: String,
    warnings: &mut Vec<Warning>,
) -> (Option<String>, String) {
    let shown = shown.or_else(|| text_byline(&text));
    let in_json = super::page::clean(found.author.clone());
    let author = match (in_json, &shown) {
        (Some(_), Some(shown)) if found.author_is_organisation => Some(shown.clone()),
        (Some(json), Some(shown)) if !same_people(&json, shown) => {
            warnings.push(Warning {
                about: Some("author"),
                text: format!(
                    "the page's JSON-LD names the author \"{json}\", its byline \"{shown}\": \
                     used \"{shown}\", the byline readers see (--author sets another)"
                ),
            });
            Some(shown.clone())
        }
        (Some(json), _) => Some(json),
        (None, Some(shown)) => Some(shown.clone()),
        (None, None) => found_by_readability.and_then(author),
    };
    let text = without_byline(text, shown.as_deref());
    let text = match author.as_deref() == shown.as_deref() {
        true => text,
        false => without_byline(text, author.as_deref()),
    };
    (author, text)
}

/// Whether two lists of names share a person's name ("Priya Natarajan" and "P. Natarajan"):
/// a word of three letters or more that joins no names.
fn same_people(one: &str, other: &str) -> bool {
    let words = |names: &str| -> Vec<String> {
        (names.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().count() >= 3 && !NAME_JOINERS.contains(w))
            .map(str::to_lowercase)
            .collect()
    };
    let other = words(other);
    words(one).iter().any(|w| other.contains(w))
}

/// Words that name a time, not a person, capitalised as names are ("By Christmas Eve", "By
/// Election Day"), lowercase, beside the names of weekdays and months: a paragraph that names
/// one after "By" is a sentence about when.
const CALENDAR_WORDS: &[&str] = &[
    "christmas",
    "easter",
    "eve",
    "day",
    "thanksgiving",
    "halloween",
    "ramadan",
    "eid",
    "hanukkah",
    "passover",
    "diwali",
    "year",
    "years",
    "morning",
    "afternoon",
    "evening",
    "night",
    "midnight",
    "noon",
    "weekend",
    "week",
    "month",
    "spring",
    "summer",
    "autumn",
    "winter",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "then",
    "now",
    "time",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "weihnachten",
    "ostern",
];

/// Small words that may stand in a byline's credit ("Correspondent in Kyiv", "Editor of the
/// Gazette").
const CREDIT_JOINERS: &[&str] = &["in", "at", "for", "of", "the", "with", "and", "&"];

/// The names a paragraph gives when it is a byline and nothing else: "By" (or "Par", "Von",
/// ...), names, and after a comma or a bar only more names or a credit ("By Jane Doe,
/// Reuters", "By JANE DOE | Staff"). A paragraph that goes on as a sentence ("By Christmas
/// Eve, the town had run out of water.") is text: a lowercase word that is no role, a verb,
/// a digit, a day or month, or a full stop after the names. When in doubt it is text, as
/// taking a sentence for a byline loses it.
fn byline_names(paragraph: &str) -> Option<String> {
    let paragraph = paragraph.trim();
    if paragraph.split_whitespace().count() > 12 || paragraph.ends_with(['!', '?']) {
        return None;
    }
    // "Prepared by: Olena Marchenko" as a memo's or a report's header gives its author.
    let (by, rest) = match document_kind_by(paragraph) {
        Some(names) => ("by", names),
        None => paragraph.split_once(' ')?,
    };
    if !starts_with_by(by) {
        return None;
    }
    // A place or role in brackets at the end is a credit ("(Kyiv, special correspondent)").
    let (rest, bracketed) = match rest.trim_end().strip_suffix(')') {
        Some(open) => open.rsplit_once('(')?,
        None => (rest, ""),
    };
    // A date's own comma ("· March 14, 2025") parts no credits: the date is cut out first.
    let mut undated = rest.to_owned();
    for phrase in crate::dates::find(rest).iter().rev() {
        undated.replace_range(phrase.range.clone(), "\u{b7}");
    }
    let mut parts = undated.split([',', '|', ';']).map(str::trim);
    let (names, after_names) = split_names(parts.next()?.trim_end_matches('.'));
    let credits: Vec<&str> = parts.filter(|p| !p.is_empty()).collect();
    // "By Jane Doe." is a byline; "By Jane Doe, the town's mayor, left." goes on as a sentence.
    let stops = paragraph.ends_with('.') && !credits.is_empty();
    // Said of the names, not more names: "in Kyiv", "(Kyiv, special correspondent)".
    let placed = (bracketed.split(','))
        .map(|p| p.trim().trim_end_matches('.'))
        .filter(|p| !p.is_empty());
    // After the names, not in brackets, the day it was published may stand ("· 18 June").
    let is_byline = are_names(names)
        && !is_calendar(names)
        && !stops
        && placed.into_iter().all(is_credit)
        && credits
            .iter()
            .chain([&after_names])
            .all(|p| credits_only(p));
    is_byline.then(|| without_role(&rejoined(names, &credits)))
}

/// Whether `part` names a day, a month, a holiday or a time of day.
fn is_calendar(part: &str) -> bool {
    part.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        // Not "May": a byline may name someone so.
        CALENDAR_WORDS.contains(&w.as_str())
            || crate::dates::is_weekday_name(&w)
            || (w != "may" && crate::dates::is_month_name(&w, false))
    })
}

/// Whether a part of a byline after its names is a credit: capitalised words ("Associated
/// Press"), or a role, which may be described in lowercase ("political editor"); no digits,
/// no verb, no day.
fn is_credit(part: &str) -> bool {
    let words: Vec<String> = (part.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .collect();
    let role = (words.iter()).any(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str()));
    words.len() <= 6
        && !is_calendar(part)
        && words.iter().all(|w| {
            !w.chars().any(|c| c.is_ascii_digit())
                && ((role && !is_verb(w))
                    || w.chars().next().is_some_and(char::is_uppercase)
                    || CREDIT_JOINERS.contains(&w.to_lowercase().as_str()))
        })
}

/// Whether `paragraph` is "By" and the known author's `name`, with nothing after it but
/// credits, even glued to the name as a page's spans leave them ("By Jonathan
/// BealeDefence correspondent, Kyiv").
fn is_byline_of(paragraph: &str, name: &str) -> bool {
    let paragraph = paragraph.trim();
    let Some((by, rest)) = paragraph.split_once(' ') else {
        return false;
    };
    let Some(after) = rest.trim_start().strip_prefix(name) else {
        return false;
    };
    let after = after.trim().trim_end_matches('.');
    starts_with_by(by)
        && paragraph.split_whitespace().count() <= 15
        && !paragraph.ends_with(['!', '?'])
        && credits_only(after)
}

/// Whether `paragraph` is the known author's `name` first, without "By", then credits and
/// the day it was published ("Oliver Wright, Policy Editor Tuesday March 05 2024, 9.30pm
/// GMT, The Times"): a header's byline that Readability leaves in the text when the page's
/// metadata gave the author already.
fn is_name_line_of(paragraph: &str, name: &str) -> bool {
    let paragraph = paragraph.trim();
    let Some(after) = paragraph.strip_prefix(name) else {
        return false;
    };
    after.starts_with([',', '|', ';', '·', '•', ' '])
        && paragraph.split_whitespace().count() <= 20
        && !paragraph.ends_with(['.', '!', '?', ':'])
        && credits_only(after)
}

/// Time zones a byline's time of publication names ("9.30pm GMT").
const ZONES: &[&str] = &[
    "GMT", "BST", "UTC", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "PST", "PDT",
    "ET", "PT",
];

/// Whether what follows a byline's names is credits alone (`is_credit`) and the day and time
/// it was published ("· 18 June 2024", "Tuesday March 05 2024, 9.30pm GMT"), which are cut
/// out before the credits are read: parts between commas, bars, semicolons or middle dots.
fn credits_only(after: &str) -> bool {
    let mut rest = after.to_owned();
    for phrase in crate::dates::find(after).iter().rev() {
        rest.replace_range(phrase.range.clone(), ",");
    }
    // A clock time ("9.30pm", "21:30") and its zone are when, not who.
    let rest: Vec<&str> = (rest.split(' '))
        .map(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            let clock = bare.starts_with(|c: char| c.is_ascii_digit())
                && (bare.contains([':', '.']) || bare.ends_with("am") || bare.ends_with("pm"));
            if clock || ZONES.contains(&bare) {
                ","
            } else {
                w
            }
        })
        .collect();
    (rest
        .join(" ")
        .split([',', '|', ';', '·', '•'])
        .map(str::trim))
    .filter(|p| !p.is_empty() && !is_time_ago(p))
    .all(is_credit)
}

/// Whether a part of a byline is how long ago the page was posted or updated, as a page shows
/// it to its reader ("Updated 2 hours ago", "5 mins ago", "Published 3 days ago"): when, not
/// who.
fn is_time_ago(part: &str) -> bool {
    let lower = part.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.first() {
        Some(&("updated" | "published" | "posted")) => &words[1..],
        _ => &words[..],
    };
    const UNITS: &[&str] = &[
        "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs",
        "hour", "hours", "day", "days", "week", "weeks",
    ];
    match words {
        [count, unit, "ago"] => {
            (count.chars().all(|c| c.is_ascii_digit()) || matches!(*count, "an" | "a"))
                && UNITS.contains(unit)
        }
        _ => false,
    }
}

/// Whether a lowercase word of a credit reads as a verb ("had", "said", "left"), which a
/// role's description ("political editor") does not have.
fn is_verb(word: &str) -> bool {
    let lower = word.to_lowercase();
    [
        "had", "has", "have", "was", "were", "is", "are", "said", "says", "left", "will",
    ]
    .contains(&lower.as_str())
        || (lower.len() > 4 && lower.ends_with("ed"))
}

/// The names of a byline with the parts after them that are names too ("Ann Lee, Bob Roe"),
/// written as `without_role` reads them.
fn rejoined(names: &str, credits: &[&str]) -> String {
    std::iter::once(names)
        .chain(credits.iter().copied())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The text without its byline, when the page's author is known: a short paragraph among the
/// first few that names the author and starts with "By" (or "Par", "Von", "Por", "Di", "Door",
/// "Av", "Przez"), or is the author's name alone. `author` gives the name apart.
pub(super) fn without_byline(text: String, author: Option<&str>) -> String {
    let Some(author) = author.filter(|a| !a.trim().is_empty()) else {
        return text;
    };
    let names: Vec<&str> = author.split([',', '&']).map(str::trim).collect();
    // Only a paragraph that is a byline and nothing else: "By Wednesday the mayor, Jane Doe,
    // had left." names the author and is a sentence.
    let is_byline = |p: &str| {
        names.iter().any(|n| !n.is_empty() && p.contains(n))
            && (byline_names(p).is_some()
                || names.iter().any(|n| !n.is_empty() && is_byline_of(p, n))
                || names.iter().any(|n| !n.is_empty() && is_name_line_of(p, n))
                || p.trim() == author.trim())
    };
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let Some(at) = paragraphs.iter().take(5).position(|p| is_byline(p)) else {
        return text;
    };
    // The byline's second line ("BBC News, Lviv", "Defence correspondent") goes with it.
    let credit = paragraphs.get(at + 1).is_some_and(|p| is_credit_line(p));
    let kept: Vec<&str> = (paragraphs.iter().enumerate())
        .filter(|&(i, _)| i != at && !(credit && i == at + 1))
        .map(|(_, p)| *p)
        .collect();
    let out = kept.join("\n\n");
    if out.trim().is_empty() { text } else { out }
}

/// Whether a paragraph is a byline's credit on a line of its own: a few words, no sentence,
/// each part a credit (`is_credit`), and a role or a place after a comma ("BBC News, Lviv",
/// "Defence correspondent"), not a heading ("The Siege").
fn is_credit_line(paragraph: &str) -> bool {
    let paragraph = paragraph.trim();
    let parts: Vec<&str> = paragraph.split([',', '|']).map(str::trim).collect();
    let role = (paragraph.split_whitespace()).any(|w| {
        ROLE_WORDS.contains(
            &w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
        )
    });
    paragraph.split_whitespace().count() <= 6
        && !paragraph.ends_with(['.', '!', '?', ':'])
        && parts.iter().all(|p| is_credit(p))
        && (parts.len() >= 2 || role)
}

/// The names a byline gives ("By Jane Doe and John Roe" → "Jane Doe and John Roe"): white
/// space folded, a leading "By" (or "By:", "Par", "Von", ...) and what follows the names left
/// out: a role or an employer after a comma, a place or role in brackets or after "in" ("Par
/// Benoît Vitkine (Kiev, envoyé spécial)", "Jane Doe in Kyiv"), a date ("... Zinets March 3,
/// 2022"), a trailing comma or bar.
pub(super) fn author(byline: &str) -> Option<String> {
    let byline = super::page::clean(Some(byline.to_owned()))?;
    let names = without_by(&byline);
    if is_organisation(names) {
        return Some(names.to_owned());
    }
    let (leading, _) = split_names(names);
    // A byline that opens with no name ("[31mJane Doe") is kept as it is rather than lost.
    let names = if leading.is_empty() { names } else { leading };
    let names = without_role(names.trim().trim_end_matches([',', '|', ';']).trim_end());
    (!names.is_empty()).then_some(names)
}

/// Whether a byline names a body, not people: one capitalised word, "of", then capitalised
/// words ("Ministry of Foreign Affairs", "Bank of England", a government page's DC.Creator).
/// A person's name has two words at least before any "of" ("Jane Doe of Reuters").
fn is_organisation(names: &str) -> bool {
    let words: Vec<&str> = names.split_whitespace().collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    words.len() >= 3
        && words.len() <= 8
        && words.get(1) == Some(&"of")
        && capitalised(&words[0])
        && words[2..]
            .iter()
            .all(|w| capitalised(w) || CREDIT_JOINERS.contains(w))
        && !names.contains(|c: char| c.is_ascii_digit())
}

/// The byline without the word that introduces it: "By", "By:" (also glued: "By:Jane"), or
/// another language's (`BY_WORDS`); "Byrne Smith" keeps its name.
fn without_by(byline: &str) -> &str {
    if let Some((first, rest)) = byline.split_once(' ')
        && starts_with_by(first)
    {
        return rest.trim_start();
    }
    match byline.get(..3) {
        Some(by) if by.eq_ignore_ascii_case("by:") => byline[3..].trim_start(),
        _ if byline.eq_ignore_ascii_case("by") => "",
        _ => after_kind_by(byline).unwrap_or(byline),
    }
}

/// The names after a byline that says what kind of piece it credits before its "by"
/// ("Interview by Daniel Ortiz", "Words and pictures by Ann Lee", "Analysis by Jane Doe"):
/// one to three words, a capital only on the first, so not a name ("Jane Doe, edited by").
fn after_kind_by(byline: &str) -> Option<&str> {
    let (kind, names) = byline.split_once(" by ")?;
    let words: Vec<&str> = kind.split_whitespace().collect();
    let plain = |w: &&str| w.chars().all(|c| c.is_alphabetic() && !c.is_uppercase());
    let kind_only = (1..=3).contains(&words.len())
        && words[0].chars().all(char::is_alphabetic)
        && words[0].starts_with(char::is_uppercase)
        && words[1..].iter().all(plain);
    (kind_only && names.starts_with(char::is_uppercase)).then_some(names.trim_start())
}

/// The kinds of a credit that name who took or drew a picture, not who wrote the text.
const PICTURE_KINDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "image",
    "images",
    "picture",
    "pictures",
    "illustration",
    "video",
    "graphic",
    "graphics",
];

/// The names of a document's header line that says how its author made it, with the
/// field's colon ("Prepared by: Olena Marchenko, Protection Cluster", "Written by: ..."), as
/// `after_kind_by` reads a byline; none for a picture's credit ("Photo by: Jane Doe").
fn document_kind_by(paragraph: &str) -> Option<&str> {
    let (kind, names) = paragraph.split_once(" by: ")?;
    let first = kind.split_whitespace().next()?.to_lowercase();
    if PICTURE_KINDS.contains(&first.as_str()) {
        return None;
    }
    let as_byline = format!("{kind} by {names}");
    after_kind_by(&as_byline)
        .is_some()
        .then(|| names.trim_start())
}

/// Capitalised words that end a byline's names, lowercase: what follows is when it was
/// published or changed ("By Jane Doe Updated March 3").
const AFTER_NAMES: &[&str] = &["updated", "published", "posted", "aktualisiert", "publié"];

/// `text` split where its leading names end: at the first word that is not part of a name (a
/// lowercase word that joins no names, a bracket, digits, a weekday, a month before a number,
/// `AFTER_NAMES`). "Jane Doe (Kyiv, special correspondent)" gives "Jane Doe" and "(Kyiv,
/// special correspondent)"; "Pavel Polityuk and Natalia Zinets March 3, 2022" gives the names
/// and "March 3, 2022".
fn split_names(text: &str) -> (&str, &str) {
    let words: Vec<(usize, &str)> = (text.split(' ').scan(0, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, w))
    }))
    .filter(|(_, w)| !w.is_empty())
    .collect();
    let ends_names = |i: usize| {
        let word = words[i].1;
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_lowercase();
        let next_has_digit = (words.get(i + 1)).is_some_and(|(_, w)| w.contains(char::is_numeric));
        word.starts_with(['(', '[', '—', '–', '-', '|'])
            || word.contains(char::is_numeric)
            || (!bare.starts_with(char::is_uppercase) && !NAME_JOINERS.contains(&word))
            || crate::dates::is_weekday_name(&lower)
            || (crate::dates::is_month_name(&lower, true) && next_has_digit)
            || AFTER_NAMES.contains(&lower.as_str())
    };
    match (0..words.len()).find(|&i| ends_names(i)) {
        Some(i) => {
            let at = words[i].0;
            (text[..at].trim_end(), &text[at..])
        }
        None => (text.trim_end(), ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_gives_the_names_without_by() {
        for (byline, names) in [
            ("By Jane Doe", Some("Jane Doe")),
            ("Interview by Daniel Ortiz", Some("Daniel Ortiz")),
            ("Words and pictures by Ann Lee", Some("Ann Lee")),
            (
                "  by  Jane\n Doe and John Roe, ",
                Some("Jane Doe and John Roe"),
            ),
            ("BY: Jane Doe |", Some("Jane Doe")),
            ("By:Jane Doe", Some("Jane Doe")),
            ("Byrne Smith", Some("Byrne Smith")),
            (
                "By Priya Natarajan, Local Democracy Reporter",
                Some("Priya Natarajan"),
            ),
            ("By Jane Doe, Associated Press", Some("Jane Doe")),
            ("By Jane Doe, political editor", Some("Jane Doe")),
            ("By Ann Lee, Bob Roe", Some("Ann Lee, Bob Roe")),
            ("Jane Doe", Some("Jane Doe")),
            // What follows the names is not theirs, and is never cut in half.
            (
                "By Pavel Polityuk and Natalia Zinets March 3, 2022 2:22 PM UTC",
                Some("Pavel Polityuk and Natalia Zinets"),
            ),
            (
                "Par Benoît Vitkine (Kiev, envoyé spécial)",
                Some("Benoît Vitkine"),
            ),
            ("Von Christian Esch, Moskau", Some("Christian Esch")),
            (
                "By Jane Doe (Kyiv, special correspondent)",
                Some("Jane Doe"),
            ),
            ("By Jane Doe in Kyiv", Some("Jane Doe")),
            ("Por Ana Gómez y Luis Díaz", Some("Ana Gómez y Luis Díaz")),
            ("Door Jan de Vries", Some("Jan de Vries")),
            ("بقلم سمير حداد", Some("سمير حداد")),
            ("By Jane Doe Updated Thursday", Some("Jane Doe")),
            ("Ébé", Some("Ébé")),
            ("By", None),
            ("By ,", None),
            ("By \u{1b}[31mJane\u{7} Doe\u{9b}", Some("[31mJane Doe")),
            ("\u{1b} \u{7f}", None),
            ("   ", None),
        ] {
            assert_eq!(author(byline).as_deref(), names, "{byline:?}");
        }
    }

    #[test]
    fn a_byline_is_names_and_credits_and_a_sentence_that_opens_by_is_not() {
        for (paragraph, names) in [
            ("By Jane Doe", "Jane Doe"),
            ("By Carmen Ruiz · Updated 2 hours ago", "Carmen Ruiz"),
            ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
            ("By Jane Doe, Reuters", "Jane Doe"),
            ("By JANE DOE | Staff", "JANE DOE"),
            ("By Jane Doe, political editor", "Jane Doe"),
            ("By Ann Lee, Bob Roe", "Ann Lee, Bob Roe"),
            ("Von Jonas Weber", "Jonas Weber"),
            ("By Jane Doe.", "Jane Doe"),
            ("By Jane Doe (Kyiv, special correspondent)", "Jane Doe"),
            (
                "Par Benoît Vitkine (Kiev, envoyé spécial)",
                "Benoît Vitkine",
            ),
            ("By Jane Doe in Kyiv", "Jane Doe"),
            ("Von Christian Esch, Moskau", "Christian Esch"),
        ] {
            assert_eq!(
                byline_names(paragraph).as_deref(),
                Some(names),
                "{paragraph}"
            );
        }
        for sentence in [
            "By Christmas Eve, the town had run out of water.",
            "By Election Day, turnout had doubled.",
            "By Easter Sunday, the roads were open again.",
            "By Wednesday Morning, rescuers had reached the village.",
            "By Wednesday Morning",
            "By Christmas Eve",
            "By Jane Doe, the town's mayor, had left.",
            "By Friday Officials Said",
            "By Jane Doe, Reuters.",
            "By Jane Doe, the reporter had left",
            "By Monday 40 people had died.",
            "Bystanders fled the scene.",
            "By Jane Doe in the morning",
            "By Jane Doe (who had left)",
            "By Jane Doe (March 3)",
        ] {
            assert_eq!(byline_names(sentence), None, "{sentence}");
        }
        let text = "By Christmas Eve, the town had run out of water.\n\nIt rained.\n".to_owned();
        assert_eq!(text_byline(&text), None);
        // Known from the metadata, the author's name in a sentence does not make it a byline.
        let named = "By Jane Doe, the town had run out of water.\n\nIt rained.\n".to_owned();
        assert_eq!(without_byline(named.clone(), Some("Jane Doe")), named);
    }
}
