//! Who did what to whom, read from a clause's grammar, for `negation-cut`: "Russian air
//! defences shot down 35 Ukrainian drones" stated "Ukraine shot down 35 Russian drones" keeps
//! every word and number and gives the act to the other side. A clause's verb (a past form),
//! its subject, its object, a passive's "by" agent and a party after "from", "against" or "at"
//! are read; a statement whose verb's doer is not the quote's doer but is one the quote gives
//! another part (done to, fought against, or the one who says so) turns the roles around.
//! Where the grammar is unclear (a pronoun, "and" in the subject, a verb twice) it says nothing.

use super::Finding;
use crate::load::model::Fact;
use crate::load::spanned::Spanned;
use crate::rules::Rule;
use ahash::AHashMap;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// Irregular past forms and participles of verbs of doing, each under one key (its past).
const IRREGULAR: &[(&str, &str)] = &[
    ("shot", "shot"),
    ("struck", "struck"),
    ("hit", "hit"),
    ("took", "taken"),
    ("retook", "retaken"),
    ("overtook", "overtaken"),
    ("sank", "sunk"),
    ("beat", "beaten"),
    ("caught", "caught"),
    ("overran", "overrun"),
    ("stole", "stolen"),
    ("drove", "driven"),
    ("threw", "thrown"),
    ("bit", "bitten"),
    ("shot", "shot"),
    ("held", "held"),
    ("sent", "sent"),
    ("said", "said"),
    ("says", "said"),
    ("told", "told"),
];

/// Each form of `IRREGULAR` and its key, looked up once per word of every statement.
static IRREGULAR_FORMS: LazyLock<AHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut forms = AHashMap::new();
    // The first pair with a form gives its key, as a search of the list in order would.
    for &(past, participle) in IRREGULAR {
        forms.entry(past).or_insert(past);
        forms.entry(participle).or_insert(past);
    }
    forms
});

/// The key of an irregular form: its past ("sank" of "sunk").
fn irregular(word: &str) -> Option<&'static str> {
    IRREGULAR_FORMS.get(word).copied()
}

/// Verbs of saying: their subject is who says so; they take no object.
const SAYING: &[&str] = &["said", "told", "claimed", "stated", "announced", "reported"];

/// Verbs whose two parties do the act to each other ("met", "exchanged"): either order is right.
const MUTUAL: &[&str] = &[
    "met",
    "exchanged",
    "swapped",
    "traded",
    "clashed",
    "fought",
    "battled",
    "negotiated",
    "played",
    "drew",
    "tied",
    "married",
    "signed",
    "agreed",
    "talked",
    "spoke",
    "shared",
    "joined",
    "merged",
    "allied",
    "partnered",
    "competed",
    "faced",
    "bordered",
    "held",
    "discussed",
    "collided",
];

/// Words ending in "-ed" that are no past form.
const NOT_VERBS: &[&str] = &[
    "hundred", "indeed", "speed", "breed", "greed", "creed", "seabed",
];

/// Words before a past form that make it an adjective ("the wounded soldiers").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some",
];

/// Auxiliaries and adverbs between a subject and its verb; the first seven make a passive.
const AUXILIARIES: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "been",
    "being",
    "be",
    "has",
    "have",
    "had",
    "also",
    "reportedly",
    "allegedly",
    "then",
    "later",
    "already",
    "will",
    "would",
];

/// Words that end a noun phrase and are not part of it.
const BOUNDARIES: &[&str] = &[
    "that",
    "and",
    "but",
    "or",
    "who",
    "which",
    "when",
    "while",
    "after",
    "before",
    "as",
    "because",
    "if",
    "since",
    "where",
    "than",
    "in",
    "on",
    "at",
    "near",
    "over",
    "from",
    "by",
    "with",
    "to",
    "into",
    "for",
    "during",
    "against",
    "off",
    "across",
    "along",
    "outside",
    "inside",
    "around",
    "amid",
    "despite",
    "within",
    "without",
    "towards",
    "toward",
    "until",
    "through",
    "between",
    "under",
    "overnight",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "recently",
    "again",
];

/// Words after a verb that belong to it ("shot down").
const PARTICLES: &[&str] = &["down", "up", "off", "out", "back", "away"];

/// Pronouns: a phrase with one names no one this reader can tell.
const PRONOUNS: &[&str] = &[
    "it",
    "its",
    "they",
    "their",
    "them",
    "he",
    "his",
    "she",
    "her",
    "we",
    "our",
    "us",
    "i",
    "you",
    "who",
    "which",
    "itself",
    "themselves",
];

/// A capital or seat of power that stands for its country ("Moscow's air defences"), and a
/// people's adjective unlike its country's name.
const STANDS_FOR: &[(&str, &str)] = &[
    ("moscow", "russia"),
    ("kremlin", "russia"),
    ("kyiv", "ukraine"),
    ("kiev", "ukraine"),
    ("beijing", "china"),
    ("jerusalem", "israel"),
    ("tehran", "iran"),
    ("damascus", "syria"),
    ("islamabad", "pakistan"),
    ("delhi", "india"),
    ("baku", "azerbaijan"),
    ("yerevan", "armenia"),
    ("manila", "philippines"),
    ("khartoum", "sudan"),
    ("beirut", "lebanon"),
    ("pyongyang", "north"),
    ("seoul", "south"),
    ("london", "britain"),
    ("british", "britain"),
    ("paris", "france"),
    ("french", "france"),
    ("berlin", "germany"),
    ("ankara", "turkey"),
    ("turkish", "turkey"),
    ("kabul", "afghanistan"),
    ("caracas", "venezuela"),
    ("taipei", "taiwan"),
    ("nairobi", "kenya"),
    ("kampala", "uganda"),
];

/// One word of a text: as written (apostrophe's "s" and punctuation trimmed), in lowercase,
/// and whether punctuation closes it.
#[derive(Debug)]
struct Word<'t> {
    text: &'t str,
    lower: Cow<'t, str>,
    upper: bool,
    closed: bool,
    /// Whether it is a past form of a verb (`verb_form`), read once.
    verb: bool,
}

/// One act of a clause: its verb's key, the word's index, and the phrases of its parties.
#[derive(Debug, Default)]
struct Act {
    verb: String,
    at: usize,
    doer: Option<Range<usize>>,
    done_to: Option<Range<usize>>,
    other: Option<Range<usize>>,
    saying: bool,
}

/// The most words of a text read: a clause's parties are near its verb.
const MOST_WORDS: usize = 80;

fn words_of(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    for raw in text.split_whitespace().take(MOST_WORDS) {
        let closed = raw.ends_with([',', ';', ':', '.', '\u{2014}', ')', '"', '\u{201d}']);
        let trimmed = raw.trim_matches(|c: char| !c.is_alphanumeric());
        // "Moscow's air defences" are Moscow's: the owner's name is the party.
        let owner = ["'s", "\u{2019}s", "'", "\u{2019}"]
            .iter()
            .find_map(|s| trimmed.strip_suffix(s))
            .unwrap_or(trimmed);
        let lower = if owner.chars().any(char::is_uppercase) {
            Cow::Owned(owner.to_lowercase())
        } else {
            Cow::Borrowed(owner)
        };
        let upper = trimmed.starts_with(char::is_uppercase);
        out.push(Word {
            text: trimmed,
            lower,
            upper,
            closed,
            verb: false,
        });
    }
    for i in 0..out.len() {
        out[i].verb = verb_form(&out, i).is_some();
    }
    out
}

/// `verb_form` of a word read as a verb.
fn verb_key(ws: &[Word<'_>], i: usize) -> Option<String> {
    ws.get(i).filter(|w| w.verb).and_then(|_| verb_form(ws, i))
}

/// The key of a past form at `i` ("shot" of "shot" and of "sunk" under "sank"), unless the
/// word is capitalised or is an adjective after a determiner or a number.
fn verb_form(ws: &[Word<'_>], i: usize) -> Option<String> {
    let w = ws.get(i)?;
    if w.upper || !w.lower.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let key = if let Some(past) = irregular(&w.lower) {
        past.to_string()
    } else if w.lower.len() >= 5
        && w.lower.ends_with("ed")
        && !NOT_VERBS.contains(&w.lower.as_ref())
    {
        w.lower.to_string()
    } else {
        return None;
    };
    let before = i.checked_sub(1).and_then(|j| ws.get(j));
    let adjective = before.is_some_and(|b| {
        DETERMINERS.contains(&b.lower.as_ref()) || b.lower.chars().all(|c| c.is_ascii_digit())
    });
    (!adjective).then_some(key)
}

/// The noun phrase that ends right before `end`, back to a boundary: punctuation, a
/// conjunction or preposition, another verb; at most six words.
fn phrase_before(ws: &[Word<'_>], end: usize) -> Option<Range<usize>> {
    let mut start = end;
    while start > 0 && end - start < 6 {
        let w = &ws[start - 1];
        let stop = BOUNDARIES.contains(&w.lower.as_ref()) || PARTICLES.contains(&w.lower.as_ref());
        if w.closed || stop || w.verb {
            break;
        }
        start -= 1;
    }
    // "Russia and Ukraine exchanged": a subject of two parties is no one party.
    let joined = start.checked_sub(1).is_some_and(|j| {
        matches!(ws[j].lower.as_ref(), "and" | "or" | "with")
            && !ws.get(j.wrapping_sub(1)).is_some_and(|w| w.closed)
    });
    (start < end && !joined).then_some(start..end)
}

/// The noun phrase that starts at `start`, up to a boundary; at most six words.
fn phrase_after(ws: &[Word<'_>], start: usize) -> Option<Range<usize>> {
    let mut end = start;
    while end < ws.len() && end - start < 6 {
        let w = &ws[end];
        if BOUNDARIES.contains(&w.lower.as_ref()) || w.verb {
            break;
        }
        end += 1;
        if w.closed {
            break;
        }
    }
    (start < end).then_some(start..end)
}

/// The acts of a text, each with the parties its grammar gives: a passive's subject is done
/// to and its "by" phrase the doer; an active's subject the doer and its object done to.
fn acts(ws: &[Word<'_>]) -> Vec<Act> {
    let mut out = Vec::new();
    for at in 0..ws.len() {
        let Some(verb) = verb_key(ws, at) else {
            continue;
        };
        let mut first = at;
        let mut passive = false;
        while first > 0 && !ws[first - 1].closed {
            let w = ws[first - 1].lower.as_ref();
            if matches!(w, "not" | "never" | "no") {
                // A negated act is `negation-cut`'s to read.
                first = usize::MAX;
                break;
            }
            if !(AUXILIARIES.contains(&w) || w.ends_with("ly") && w.len() > 4) {
                break;
            }
            passive |= AUXILIARIES[..7].contains(&w);
            first -= 1;
        }
        if first == usize::MAX {
            continue;
        }
        let saying = SAYING.contains(&verb.as_str());
        let subject = phrase_before(ws, first);
        // "shot down 35 of 40 drones launched overnight": a past form after a noun that another
        // verb of its clause governs is a participle, said of that noun.
        let stop = subject.as_ref().map_or(first, |r| r.start).checked_sub(1);
        passive |= stop.is_some_and(|j| !ws[j].closed && governed(ws, j));
        let mut next = at + 1;
        if ws
            .get(next)
            .is_some_and(|w| PARTICLES.contains(&w.lower.as_ref()))
        {
            next += 1;
        }
        // "prisoners released by Israel": a participle right before "by" is a passive.
        passive |= !ws[at].closed && ws.get(next).is_some_and(|w| w.lower == "by");
        let mut act = Act {
            verb,
            at,
            saying,
            ..Act::default()
        };
        if passive {
            act.done_to = subject;
            act.doer = by_phrase(ws, next);
        } else {
            act.doer = subject;
            if !saying && !ws[at].closed {
                act.done_to = phrase_after(ws, next);
            }
            let after = act.done_to.as_ref().map_or(next, |r| r.end);
            let open = !ws[after - 1].closed;
            let opposite = open
                && ws
                    .get(after)
                    .is_some_and(|w| matches!(w.lower.as_ref(), "from" | "against" | "at"));
            if opposite && !saying {
                act.other = phrase_after(ws, after + 1);
            }
        }
        out.push(act);
    }
    out
}

/// Whether the word at `j` is a verb of doing or its particle ("shot", "down").
fn governed(ws: &[Word<'_>], j: usize) -> bool {
    PARTICLES.contains(&ws[j].lower.as_ref())
        || verb_key(ws, j).is_some_and(|v| !SAYING.contains(&v.as_str()))
}

/// A passive's agent: the phrase after a "by" among the next few words of the clause.
fn by_phrase(ws: &[Word<'_>], from: usize) -> Option<Range<usize>> {
    for i in from..(from + 8).min(ws.len()) {
        if ws[i].lower == "by" {
            return phrase_after(ws, i + 1);
        }
        if ws[i].closed || ws[i].verb {
            break;
        }
    }
    None
}

/// The words of a phrase that tell its party, a capital put for its country: the names
/// (capitalised words) and all its words of content. None with a pronoun: who "its air
/// defences" are is not told here.
fn party(ws: &[Word<'_>], r: &Range<usize>) -> Option<(Vec<String>, Vec<String>)> {
    let (mut names, mut all) = (Vec::new(), Vec::new());
    for w in ws.get(r.clone())? {
        let lower = w.lower.as_ref();
        if PRONOUNS.contains(&lower) {
            return None;
        }
        if DETERMINERS.contains(&lower) || !lower.chars().any(char::is_alphabetic) {
            continue;
        }
        let key = STANDS_FOR
            .iter()
            .find(|(k, _)| *k == lower)
            .map_or(lower, |(_, c)| c);
        if w.upper {
            names.push(key.to_string());
        }
        all.push(key.to_string());
    }
    (!all.is_empty()).then_some((names, all))
}

/// Whether two words are one party's: the same, or a country and its people ("ukraine",
/// "ukrainian"; "china", "chinese"): they share four letters and differ in at most three more.
fn same_party(a: &str, b: &str) -> bool {
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    a == b || shared >= 4 && shared + 3 >= shorter
}

/// Whether two phrases name one party: by their names when both have any, else by any word.
fn same(ws: &[Word<'_>], a: &Range<usize>, vs: &[Word<'_>], b: &Range<usize>) -> Option<bool> {
    let (a_names, a_all) = party(ws, a)?;
    let (b_names, b_all) = party(vs, b)?;
    let (a, b) = if a_names.is_empty() || b_names.is_empty() {
        (a_all, b_all)
    } else {
        (a_names, b_names)
    };
    Some(a.iter().any(|x| b.iter().any(|y| same_party(x, y))))
}

/// The words of a phrase as written.
fn shown(ws: &[Word<'_>], r: &Range<usize>) -> String {
    let words: Vec<&str> = ws
        .get(r.clone())
        .unwrap_or(&[])
        .iter()
        .map(|w| w.text)
        .collect();
    words.join(" ")
}

/// One act told: "“Russian air defences” shot “35 Ukrainian drones”".
fn told(ws: &[Word<'_>], act: &Act) -> String {
    let mut out = String::new();
    if let Some(doer) = &act.doer {
        out.push_str(&format!("\u{201c}{}\u{201d} ", shown(ws, doer)));
    }
    out.push_str(&act.verb);
    if let Some(done_to) = &act.done_to {
        out.push_str(&format!(" \u{201c}{}\u{201d}", shown(ws, done_to)));
    }
    if let Some(other) = &act.other {
        out.push_str(&format!(" (\u{201c}{}\u{201d})", shown(ws, other)));
    }
    out
}

/// Where the statement gives a verb's act to another doer than the quote does, one the quote
/// gives another part (done to, the other side, or who says so): the quote's act and the
/// statement's, told. Nothing where either text has the verb twice or the verb is mutual.
#[cfg(test)]
fn swapped(quote: &str, statement: &str) -> Option<(String, String)> {
    let ss = words_of(statement);
    swapped_in(quote, &ss, &acts(&ss))
}

/// `swapped` of a statement read (its words and its acts).
fn swapped_in(quote: &str, ss: &[Word<'_>], s_acts: &[Act]) -> Option<(String, String)> {
    // Most quotes share no verb with a doer in the statement: those are not read.
    let shared = |a: &Act| {
        let participle = IRREGULAR
            .iter()
            .find(|(p, _)| *p == a.verb)
            .map(|(_, pp)| *pp);
        a.doer.is_some()
            && [Some(a.verb.as_str()), participle]
                .into_iter()
                .flatten()
                .any(|v| has_word(quote, v))
    };
    if !s_acts.iter().any(shared) {
        return None;
    }
    let qs = words_of(quote);
    let q_acts = acts(&qs);
    for s in s_acts {
        if MUTUAL.contains(&s.verb.as_str()) {
            continue;
        }
        let once = |acts: &[Act]| acts.iter().filter(|a| a.verb == s.verb).count() == 1;
        let Some(q) = q_acts.iter().find(|a| a.verb == s.verb) else {
            continue;
        };
        let (Some(s_doer), Some(q_doer)) = (&s.doer, &q.doer) else {
            continue;
        };
        if !once(&q_acts) || !once(s_acts) || same(ss, s_doer, &qs, q_doer) != Some(false) {
            continue;
        }
        let sayers = q_acts
            .iter()
            .filter(|a| a.saying && a.at != q.at)
            .filter_map(|a| a.doer.as_ref());
        let mut parts = [&q.done_to, &q.other].into_iter().flatten().chain(sayers);
        if parts.any(|p| same(ss, s_doer, &qs, p) == Some(true)) {
            return Some((told(&qs, q), told(ss, s)));
        }
    }
    None
}

/// The words of `statement` that may be past forms of a verb of doing ("shot", "attacked"),
/// each with its other form ("sank", "sunk"): read word by word, at most a few kept.
fn verbs_in(statement: &str) -> Vec<(&str, &'static str)> {
    let mut out = Vec::new();
    for raw in statement.split_whitespace().take(MOST_WORDS) {
        let w = raw.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '\u{201d}');
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            continue;
        }
        // A verb of saying alone never turns roles around: who says differs, not who did.
        if w.len() >= 5 && w.ends_with("ed") {
            if !SAYING.contains(&w) {
                out.push((w, ""));
            }
        } else if let Some(&(past, participle)) = irregular(w)
            .filter(|p| !SAYING.contains(p))
            .and_then(|p| IRREGULAR.iter().find(|(q, _)| *q == p))
        {
            out.push((past, participle));
        }
    }
    out
}

/// Whether `text` has `word` as written (a verb read here is lowercase), as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    let hay = text.as_bytes();
    let free = |i: Option<usize>| {
        i.and_then(|i| hay.get(i))
            .is_none_or(|b| !b.is_ascii_alphanumeric())
    };
    memchr::memmem::find_iter(hay, word.as_bytes())
        .any(|at| free(at.checked_sub(1)) && free(Some(at + word.len())))
}

/// `negation-cut` for each quote whose act the statement gives to the other party; `turned`
/// takes the quote's act, told: such a source does not support the statement.
pub fn roles_swapped(fact: &Spanned<Fact>, out: &mut Vec<Finding>, turned: &mut [Option<String>]) {
    let id = fact.id.value.as_str();
    let statement = fact.statement.value.as_str();
    // The statement is read once, at the first quote, and only when a quote has one of its
    // verbs: most have none.
    let quotes = || fact.sources.value.iter().filter_map(|c| c.quote.as_ref());
    let verbs = verbs_in(statement);
    if verbs.is_empty() {
        return;
    }
    let shares = |q: &str| {
        verbs
            .iter()
            .any(|&(a, b)| has_word(q, a) || !b.is_empty() && has_word(q, b))
    };
    if !quotes().any(|q| shares(&q.value)) {
        return;
    }
    let mut read = None;
    for (citation, turned) in fact.sources.value.iter().zip(turned) {
        let Some(quote) = &citation.quote else {
            continue;
        };
        let (ss, s_acts) = read.get_or_insert_with(|| {
            let ss = words_of(statement);
            let s_acts = acts(&ss);
            (ss, s_acts)
        });
        let Some((in_quote, in_statement)) = swapped_in(&quote.value, ss, s_acts) else {
            continue;
        };
        let cited = citation.source.value.as_str();
        out.push(
            Finding::new(
                Rule::NegationCut,
                quote.pos,
                format!(
                    "fact `{id}`: the statement turns around who did what: the quote from \
                     `{cited}` has {in_quote}, the statement {in_statement}; say it the \
                     source's way"
                ),
            )
            .fact(id)
            .source(cited),
        );
        turned.get_or_insert(in_quote);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each act of a text, told.
    fn read(text: &str) -> Vec<String> {
        let ws = words_of(text);
        acts(&ws).iter().map(|a| told(&ws, a)).collect()
    }

    #[test]
    fn a_clause_is_read_for_who_did_what_to_whom() {
        assert_eq!(
            read("Russian air defences shot down 35 Ukrainian drones overnight."),
            ["\u{201c}Russian air defences\u{201d} shot \u{201c}35 Ukrainian drones\u{201d}"]
        );
        // A passive's subject is done to, its "by" phrase the doer.
        assert_eq!(
            read("35 Ukrainian drones were shot down by Russian air defences."),
            ["\u{201c}Russian air defences\u{201d} shot \u{201c}35 Ukrainian drones\u{201d}"]
        );
        assert_eq!(
            read("Ukrainian forces retook the village from Russian troops."),
            [
                "\u{201c}Ukrainian forces\u{201d} retook \u{201c}the village\u{201d} \
              (\u{201c}Russian troops\u{201d})"
            ]
        );
        // A verb of saying takes no object: the clause after it has its own subject.
        assert_eq!(
            read("Israel said Hamas fired 40 rockets."),
            [
                "\u{201c}Israel\u{201d} said",
                "\u{201c}Hamas\u{201d} fired \u{201c}40 rockets\u{201d}"
            ]
        );
        // A participle after a noun is said of the noun; an adjective after "the" is no verb.
        assert_eq!(
            read("They freed 90 prisoners released by Israel."),
            [
                "\u{201c}They\u{201d} freed \u{201c}90 prisoners\u{201d}",
                "\u{201c}Israel\u{201d} released \u{201c}90 prisoners\u{201d}"
            ]
        );
        assert_eq!(read("the wounded soldiers"), Vec::<String>::new());
        // A negated act is not read.
        assert_eq!(
            read("Police have not arrested the suspect."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn parties_are_told_by_name_people_and_capital() {
        let same_in = |a: &str, b: &str| {
            let (x, y) = (words_of(a), words_of(b));
            same(&x, &(0..x.len()), &y, &(0..y.len()))
        };
        assert_eq!(
            same_in("Moscow's air defences", "Russian troops"),
            Some(true)
        );
        assert_eq!(same_in("Kyiv's forces", "Ukraine"), Some(true));
        assert_eq!(same_in("Chinese ships", "China"), Some(true));
        assert_eq!(same_in("Ukraine", "Russian drones"), Some(false));
        assert_eq!(same_in("the rebels", "government troops"), Some(false));
        // Who "its" or "they" are is not told.
        assert_eq!(same_in("its air defences", "Russia"), None);
    }

    #[test]
    fn roles_turned_around_are_found_and_kept_roles_are_not() {
        let quote = "Russian air defences shot down 35 Ukrainian drones";
        assert!(swapped(quote, "Ukraine shot down 35 Russian drones").is_some());
        assert!(swapped(quote, "35 Russian drones were shot down by Kyiv's forces").is_some());
        assert!(swapped(quote, "Moscow shot down 35 Ukrainian drones").is_none());
        assert!(swapped(quote, "35 Ukrainian drones were shot down").is_none());
        assert!(swapped(quote, "Russia said it shot down 35 Ukrainian drones").is_none());
        // Mutual acts go either way; a verb twice leaves the clause unclear.
        let met = "The president met the prime minister";
        assert!(swapped(met, "The prime minister met the president").is_none());
        let twice = "Russia shot down 35 Ukrainian drones and Ukraine shot down 10 Russian drones";
        assert!(swapped(twice, "Ukraine shot down 35 Russian drones").is_none());
    }

    #[test]
    fn any_text_is_read_without_panic() {
        for text in [
            "",
            "Luleå, Київ 🚀 shot",
            "by by by",
            "were",
            "shot",
            "’s 's ' attacked by",
        ] {
            let _ = swapped(text, text);
            let _ = read(text);
        }
    }
}
