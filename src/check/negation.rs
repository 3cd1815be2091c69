//! `negation-cut`: a quote whose source turns its words around in words the quote leaves out.
//!
//! "We are not yet able to say that the missing are dead" cut to "able to say that the missing
//! are dead", "his party had ... been defeated" skipping "not", or "the dam was poorly
//! maintained" cut from "The government has denied that ..." are each found as they are in the
//! source, and say the opposite of it. The rule reads only the words next to the quote's edges
//! and ellipses: a negation ("not", "never", "-n't") standing right before a quoted part (over a
//! few adverbs: "not yet", "not immediately"), or right after one at an ellipsis ("had ...
//! been" skipping "not"); a verb of denial ("denied that", "rejected claims that") or of an
//! unkept promise ("were promised") or a negated assent ("it is not true that", "do not accept
//! that") right before the quote; and a denial or falsehood closing the sentence after it (",
//! the ministry denied.", "were false"). A negation that belongs to another clause is not next
//! to the quote, and the idioms that keep the meaning ("not only", "whether or not", "if
//! not") are let be. A refusal ("declined to") and a negated saying ("We cannot say that") turn
//! it around too; "did not say whether" only for a statement that says it was said.
//!
//! The other way round, a quote's own negation ("not", "-n't", "no") that the statement drops
//! is read from the words it leans on: the word before it and the two after it side by side in
//! the statement ("was nearly enough"), or one content word after it ("pleaded guilty"), an
//! article in the place of "no" ("found a clear error"), the verb after "did not" in any form
//! ("conceded"; a short stripping of endings, as both stand among the same words), or the
//! clause after a negated saying or belief ("I don't think it was a penalty"). A quote that
//! says the same plainly elsewhere ("not guilty of theft but guilty of fraud") is let be.

use super::Finding;
use super::placed::Placed;
use super::support::{Reading, Stated, same_claimant};
use crate::load::model::Fact;
use crate::load::spanned::Spanned;
use crate::rules::Rule;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// Words left out that turn the quote around, as the source has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cut {
    /// The word that does it ("not", "denied").
    pub word: String,
    /// The words left out around it, as shown in the message.
    pub shown: String,
    /// Where it stands: around the quote, at its ellipsis, or in the next sentence.
    pub whence: Whence,
    /// Whether it turns the quote around only for a statement that says someone said it: "did
    /// not say whether |cuts were planned|" leaves a question open (`hedge-dropped` reads
    /// that), and only "The company said cuts were planned" turns it around.
    pub only_if_said: bool,
    /// Whether it is a verb of denial closing the sentence after the quote ("..., the ministry
    /// claimed, a claim that Kyiv disputed"): it denies the claim, not that it was made, so a
    /// fact that gives the claim to someone else than the denier still says it the source's way.
    pub closing_denial: bool,
}

/// Where the words that turn a quote around stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whence {
    /// In the quote's sentence, before or after the quote.
    Beside,
    AtEllipsis,
    /// The sentence after the quote's takes its claim up and denies it.
    NextSentence,
}

/// Adverbs that may stand between a negation and the quote: "not yet able".
const ADVERBS: &[&str] = &[
    "yet",
    "even",
    "ever",
    "always",
    "quite",
    "really",
    "entirely",
    "fully",
    "actually",
    "officially",
    "immediately",
    "currently",
    "so",
    "too",
    "very",
    "be",
    "been",
];

/// Words after a negation that keep the meaning of what follows: "not only", "not just".
const KEEPING_AFTER: &[&str] = &["only", "just", "merely", "simply", "least", "to"];

/// Words before a negation that make it part of an idiom: "whether or not", "if not".
const KEEPING_BEFORE: &[&str] = &["or", "if", "than"];

/// Verbs of denial: what follows is what someone says is false.
const DENIALS: &[&str] = &[
    "denied", "denies", "deny", "denying", "disputed", "disputes", "refuted", "refutes", "rebutted",
];

/// Verbs that deny only what they take as a claim ("rejected claims that").
const DENIALS_OF_CLAIMS: &[&str] = &[
    "rejected",
    "rejects",
    "dismissed",
    "dismisses",
    "contradicted",
    "contradicts",
];

/// Nouns of a claim that a denial takes: "denied reports that".
const CLAIM_NOUNS: &[&str] = &[
    "claims",
    "claim",
    "reports",
    "report",
    "allegations",
    "allegation",
    "suggestions",
    "accusations",
    "rumours",
    "rumors",
    "charges",
    "assertions",
];

/// Verbs whose clause is a promise or a wish, not a fact: "We were promised these buildings
/// were safe".
const UNKEPT: &[&str] = &["promised", "hoped"];

/// Words by which a statement negates in its own way: "paid no dividends", "none of".
/// ("without" is not: it is often the quote's own word, "leave anyone without help".)
const OWN_NEGATIONS: &[&str] = &["no", "none", "nothing", "nobody", "neither", "nor"];

/// Whether the statement's words negate something, in any way.
fn negates(statement: &[(usize, String)]) -> bool {
    (statement.iter()).any(|(_, s)| {
        is_negation(s)
            || OWN_NEGATIONS.contains(&s.as_str())
            || DENIALS.contains(&s.as_str())
            || FALSE.contains(&s.as_str())
    })
}

fn is_negation(word: &str) -> bool {
    matches!(word, "not" | "never" | "cannot")
        || word.ends_with("n't")
        || word.ends_with("n\u{2019}t")
}

/// The lowercase words of `text`, with the byte where each starts.
fn words(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let part = c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = text[s..i].trim_matches(['\'', '\u{2019}']);
                // Most words are ASCII, whose lowercase needs no tables.
                let word = if word.is_ascii() {
                    word.to_ascii_lowercase()
                } else {
                    word.to_lowercase()
                };
                if !word.is_empty() {
                    out.push((s, word));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The last `bytes` of `text` or a little more (to a character's start): the few words before
/// a quote that these rules read, however long the clause.
fn tail(text: &str, bytes: usize) -> &str {
    let mut from = text.len().saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    &text[from..]
}

/// The first `bytes` of `text` or a little more (to a character's start).
fn head(text: &str, bytes: usize) -> &str {
    let mut to = bytes.min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    &text[..to]
}

/// The clause of `text` that ends where the text ends: after its last stop.
fn last_clause(text: &str) -> &str {
    text.rfind(['.', ';', ':', '!', '?', '(', ')', '\u{2014}'])
        .map_or(text, |i| &text[i + 1..])
}

/// The first word of the quoted part that follows, lowercase: read up to its end only, as the
/// part may be a long quote.
fn first_word(text: &str) -> String {
    let part = |c: char| c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
    let rest = text.trim_start_matches(|c: char| !part(c));
    let end = rest.find(|c: char| !part(c)).unwrap_or(rest.len());
    words(&rest[..end])
        .into_iter()
        .next()
        .map(|(_, w)| w)
        .unwrap_or_default()
}

/// A negation or denial that ends `before` (the words left out right before a quoted part),
/// whose first word is `next`.
fn before_part(before: &str, next: &str) -> Option<Cut> {
    let clause = tail(last_clause(before), 160);
    let ws = words(clause);
    let shown = |from: usize| clause[ws[from].0..].trim().to_owned();
    // A negation, over a few adverbs.
    for (back, (_, word)) in ws.iter().rev().take(3).enumerate() {
        let at = ws.len() - 1 - back;
        if is_negation(word) {
            let after = ws.get(at + 1).map_or(next, |(_, w)| w.as_str());
            let prior = at.checked_sub(1).map(|p| ws[p].1.as_str());
            if KEEPING_AFTER.contains(&after) || prior.is_some_and(|p| KEEPING_BEFORE.contains(&p))
            {
                return None;
            }
            return Some(Cut {
                word: word.clone(),
                shown: shown(at.saturating_sub(3)),
                whence: Whence::Beside,
                only_if_said: false,
                closing_denial: false,
            });
        }
        if !ADVERBS.contains(&word.as_str()) {
            break;
        }
    }
    let open_question = negated_saying_whether(&ws);
    let only_if_said = open_question.is_some();
    (open_question)
        .or_else(|| negative_subject(&ws, next))
        .or_else(|| denial_before(&ws))
        .or_else(|| refusal_before(&ws, next))
        .or_else(|| negated_assent(&ws))
        .or_else(|| retraction_before(&ws))
        .map(|(at, word)| Cut {
            word,
            shown: shown(at.saturating_sub(3)),
            whence: Whence::Beside,
            only_if_said,
            closing_denial: false,
        })
}

/// Verbs that take a negation's place before what someone does not do: "declined to |give a
/// figure|", "refused to |accept the result|", "failed to |reach the town|", "was unable to
/// |enter|".
const REFUSALS: &[&str] = &[
    "declined",
    "declines",
    "declining",
    "refused",
    "refuses",
    "refusing",
    "failed",
    "fails",
    "unable",
];

/// Verbs of saying: negated before a question ("did not say whether"), they leave it open; a
/// statement with one of them says someone said it.
const SAYS: &[&str] = &["say", "says", "said", "tell", "tells", "told"];

/// A refusal that the clause ends with, its "to" there or opening the quote (`next`):
/// "declined to |give|", "declined |to give|"; and where it stands among the words.
fn refusal_before(ws: &[(usize, String)], next: &str) -> Option<(usize, String)> {
    let last = ws.len().checked_sub(1)?;
    let at = match ws[last].1.as_str() {
        "to" => last.checked_sub(1)?,
        _ if next == "to" => last,
        _ => return None,
    };
    REFUSALS
        .contains(&ws[at].1.as_str())
        .then(|| (at, ws[at].1.clone()))
}

/// Where the negation of the verb at `verb` stands, over a few adverbs: "did not (fully) say",
/// "declined to say" (at "declined").
fn negation_of(ws: &[(usize, String)], verb: usize) -> Option<usize> {
    let mut at = verb.checked_sub(1)?;
    while ADVERBS.contains(&ws[at].1.as_str()) || ws[at].1 == "strongly" {
        at = at.checked_sub(1)?;
    }
    if is_negation(&ws[at].1) {
        return Some(at);
    }
    at.checked_sub(1)
        .filter(|&r| ws[at].1 == "to" && REFUSALS.contains(&ws[r].1.as_str()))
}

/// A negated verb of saying or knowing before an open question that ends the clause, or a few
/// words after its question word: "did not say whether", "declined to say if", "did not say
/// how many of", "I have not decided whether", "It is far too early to say whether"; where
/// the word that leaves it open stands among the words.
fn negated_saying_whether(ws: &[(usize, String)]) -> Option<(usize, String)> {
    let n = ws.len();
    // The question word: last, or followed by a few words ("how many of |those arrested|").
    let asked = (n.saturating_sub(4)..n).find(|&k| {
        let w = ws[k].1.as_str();
        (matches!(w, "whether" | "if") && k == n - 1) || QUESTION_WORDS.contains(&w)
    })?;
    let verb = asked.checked_sub(1)?;
    let verb_word = ws[verb].1.as_str();
    if SAYS.contains(&verb_word) {
        // "too early to say whether": what is too early to say is not said.
        if let Some(too) = verb.checked_sub(3)
            && ws[verb - 1].1 == "to"
            && matches!(ws[verb - 2].1.as_str(), "early" | "soon")
            && ws[too].1 == "too"
        {
            return Some((too, ws[too].1.clone()));
        }
    } else if !KNOWS.contains(&verb_word) || !matches!(ws[asked].1.as_str(), "whether" | "if") {
        return None;
    }
    negation_of(ws, verb).map(|at| (at, ws[at].1.clone()))
}

/// Words that open a question a few words before a quote: "did not say how many of |those
/// arrested had been charged|", "did not say when |talks would resume|".
const QUESTION_WORDS: &[&str] = &["how", "when", "why", "where", "who", "what", "which"];

/// Verbs and words of knowing or deciding: negated before "whether", they leave it open ("I
/// have not decided whether", "It is not clear whether").
const KNOWS: &[&str] = &[
    "decided",
    "decide",
    "know",
    "knows",
    "sure",
    "certain",
    "clear",
    "determined",
];

/// Words that deny what follows them of a noun phrase: "There were no |casualties|", "Neither
/// the army nor |the police fired|".
const NO_WORDS: &[&str] = &["no", "nobody", "nothing", "none", "neither", "nor"];

/// Nouns after "no" that make it say what follows is so: "There is no doubt that", "It is no
/// secret that", "There's no denying that".
const AFFIRMING: &[&str] = &[
    "doubt",
    "secret",
    "coincidence",
    "surprise",
    "question",
    "wonder",
    "accident",
    "denying",
    "exaggeration",
    "mistake",
];

/// Auxiliaries between a negative subject and the quote: "No one was |killed|".
const AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can",
];

/// A negative word right before the quote ("There were no |casualties|"), before a noun and
/// "that" ("There is no evidence that |the vaccine ...|"), or as the subject of the
/// auxiliaries right before it ("No one was |killed|", "Nothing had |changed|"), and where it
/// stands among the words; `next` is the quote's first word.
fn negative_subject(ws: &[(usize, String)], next: &str) -> Option<(usize, String)> {
    let n = ws.len();
    let found = |at: usize| Some((at, ws[at].1.clone()));
    if NO_WORDS.contains(&ws.last()?.1.as_str()) {
        return found(n - 1);
    }
    // "There is no evidence that"; but "There is no doubt that", "It is no secret that" affirm.
    if ws[n - 1].1 == "that"
        && n >= 3
        && ws[n - 3].1 == "no"
        && !AFFIRMING.contains(&ws[n - 2].1.as_str())
    {
        return found(n - 3);
    }
    // Back over the auxiliaries to the subject: a negative word or "no" and a noun or two.
    let mut at = n - 1;
    while AUXILIARIES.contains(&ws[at].1.as_str()) || ADVERBS.contains(&ws[at].1.as_str()) {
        at = at.checked_sub(1)?;
    }
    // With no auxiliary left out, the quote must start with one: "No soldiers |were hurt|".
    if at == n - 1 && !AUXILIARIES.contains(&next) {
        return None;
    }
    (0..3)
        .map_while(|back| at.checked_sub(back))
        .find(|&i| NO_WORDS[..4].contains(&ws[i].1.as_str()))
        // "No sooner had |the vote ended than ...|" says when, not that it did not.
        .filter(|&i| ws.get(i + 1).is_none_or(|(_, w)| w != "sooner"))
        .and_then(found)
}

/// Words by which a speaker takes a clause as true: "do not accept that ...", "it is not true
/// that ...", "did not rule out ..." (the last turns a denial around). "did not confirm that"
/// leaves the clause unconfirmed, not false: `hedge-dropped` reads it.
const ASSENTS: &[&[&str]] = &[
    &["true"],
    &["correct"],
    &["the", "case"],
    &["accept"],
    &["believe"],
    &["agree"],
    &["think"],
    &["know"],
    &["rule", "out"],
    &["exclude"],
    // "We cannot say that |losartan prevents dementia|".
    &["say"],
    &["said"],
];

/// Words that say a clause is false: "it is untrue that ...".
const FALSE: &[&str] = &[
    "false",
    "untrue",
    "incorrect",
    "inaccurate",
    "unfounded",
    "baseless",
];

/// A negated word of assent that the clause ends with (over "that" and a few adverbs), or a
/// word that says the clause is false ("untrue that"), and where the word that turns it
/// around stands among the words.
fn negated_assent(ws: &[(usize, String)]) -> Option<(usize, String)> {
    let that = ws.last().is_some_and(|(_, w)| w == "that");
    let end = ws.len() - usize::from(that);
    if that && end > 0 && FALSE.contains(&ws[end - 1].1.as_str()) {
        return Some((end - 1, ws[end - 1].1.clone()));
    }
    let assent = ASSENTS.iter().find(|a| {
        end >= a.len()
            && (ws[end - a.len()..end].iter().map(|(_, w)| w.as_str())).eq(a.iter().copied())
    })?;
    // Back over a few adverbs to the negation: "do not fully accept", "declined to say".
    negation_of(ws, end - assent.len()).map(|at| (at, ws[at].1.clone()))
}

/// Verbs by which a correction says what the article got wrong: "misstated the number as".
const MISSTATED: &[&str] = &["misstated", "misreported", "misquoted", "misidentified"];

/// Verbs by which a correction names what the article said: "An earlier version of this
/// article said that".
const RETRACTED_SAYINGS: &[&str] = &[
    "said",
    "stated",
    "reported",
    "claimed",
    "gave",
    "described",
    "identified",
    "referred",
];

/// Adverbs by which a writer says a saying was wrong: "incorrectly said", "falsely claimed".
const WRONGLY: &[&str] = &[
    "incorrectly",
    "wrongly",
    "erroneously",
    "mistakenly",
    "falsely",
];

/// A correction or retraction that the clause ends with (over "that"): "An earlier version of
/// this article said that", "It previously stated that", "incorrectly reported that",
/// "misstated"; where its first word stands among the words, and the words that retract.
fn retraction_before(ws: &[(usize, String)]) -> Option<(usize, String)> {
    let mut at = ws.len().checked_sub(1)?;
    if ws[at].1 == "that" {
        at = at.checked_sub(1)?;
    }
    let verb = ws[at].1.as_str();
    if MISSTATED.contains(&verb) {
        return Some((at, verb.to_owned()));
    }
    if !RETRACTED_SAYINGS.contains(&verb) {
        return None;
    }
    // The words of a correction among the few before the verb.
    (at.saturating_sub(8)..at).find_map(|k| {
        let (word, next) = (ws[k].1.as_str(), ws.get(k + 1).map(|(_, w)| w.as_str()));
        let earlier = matches!(word, "earlier" | "previous" | "original" | "prior")
            && matches!(next, Some("version" | "edition"));
        // "It previously stated": the article, as a correction names it.
        let it_previously = word == "previously" && k >= 1 && ws[k - 1].1 == "it";
        if earlier {
            Some((k, format!("{word} version")))
        } else if WRONGLY.contains(&word) || it_previously {
            Some((k, word.to_owned()))
        } else {
            None
        }
    })
}

/// Whether `quote` is a correction that `statement` speaks of: the quote tells what the
/// article said before ("An earlier version of this article said the fire had burned 20,000
/// acres", `retraction_before`) and the statement names the correction ("The Post corrected
/// an earlier version", "had wrongly reported"). Its "said" is then the article's own, which
/// no `claimed_by` names; a statement that gives the withdrawn claim alone does not say so.
pub fn correction_told(quote: &str, statement: &str) -> bool {
    let ws = words(quote);
    let retracts = (0..ws.len()).any(|i| {
        RETRACTED_SAYINGS.contains(&ws[i].1.as_str()) && retraction_before(&ws[..=i]).is_some()
    });
    retracts
        && words(statement).iter().any(|(_, w)| {
            w.starts_with("correct")
                || w.starts_with("retract")
                || matches!(w.as_str(), "version" | "previously" | "originally")
                || WRONGLY.contains(&w.as_str())
                || MISSTATED.contains(&w.as_str())
        })
}

/// A verb of denial or promise that the clause ends with (over "that" and a claim noun), and
/// where it stands among the words.
fn denial_before(ws: &[(usize, String)]) -> Option<(usize, String)> {
    let mut at = ws.len().checked_sub(1)?;
    if ws[at].1 == "that" {
        at = at.checked_sub(1)?;
    }
    let mut claim = false;
    if CLAIM_NOUNS.contains(&ws[at].1.as_str()) {
        claim = true;
        at = at.checked_sub(1)?;
        // "denied the reports that".
        if matches!(ws[at].1.as_str(), "the" | "any" | "all") {
            at = at.checked_sub(1)?;
        }
    }
    let word = ws[at].1.as_str();
    // "No one disputes that", "nobody denies that", "did not deny that": no denial.
    let negated = at.checked_sub(1).is_some_and(|p| {
        let w = ws[p].1.as_str();
        is_negation(w)
            || matches!(w, "no" | "nobody" | "none")
            || (w == "one" && p >= 1 && ws[p - 1].1 == "no")
    });
    if negated {
        return None;
    }
    let denies = DENIALS.contains(&word)
        || (claim && DENIALS_OF_CLAIMS.contains(&word))
        || (UNKEPT.contains(&word) && !claim);
    denies.then(|| (at, word.to_owned()))
}

/// A negation that starts `gap` (the words an ellipsis skips) right after the quoted word:
/// "had [not] been".
fn gap_start(gap: &str) -> Option<Cut> {
    // A comma or other stop first makes it another clause: "held ..., not the levee".
    let lead = gap.len()
        - gap
            .trim_start_matches([' ', '"', '\u{201c}', '\u{201d}'])
            .len();
    // Its first few words are all that count.
    let ws = words(head(gap, 120));
    let (start, word) = ws.first()?;
    if *start != lead || !is_negation(word) {
        return None;
    }
    let after = ws.get(1).map_or("", |(_, w)| w.as_str());
    if KEEPING_AFTER.contains(&after) {
        return None;
    }
    let end = ws.get(3).map_or(gap.len(), |(s, _)| *s);
    Some(Cut {
        word: word.clone(),
        shown: gap[..end].trim().to_owned(),
        whence: Whence::AtEllipsis,
        only_if_said: false,
        closing_denial: false,
    })
}

/// A denial in the clause that closes the sentence after the quote: ", the ministry denied."
fn denial_after(after: &str) -> Option<Cut> {
    let end = after.find(['.', ';', '!', '?']).unwrap_or(after.len());
    let clause = &after[..end];
    // A short closing clause only (", the ministry denied"): counted before it is read.
    if clause.split_whitespace().nth(8).is_some() {
        return None;
    }
    let ws = words(clause);
    if ws.len() > 8 {
        return None;
    }
    let denial = ws.iter().find(|(_, w)| DENIALS.contains(&w.as_str()));
    let word = match denial {
        Some((_, word)) => word,
        None => said_false(&ws)?,
    };
    Some(Cut {
        word: word.clone(),
        shown: clause.trim().trim_start_matches(',').trim().to_owned(),
        whence: Whence::Beside,
        only_if_said: false,
        closing_denial: denial.is_some(),
    })
}

/// A denial of the quote's sentence by the sentence after it, which opens so: "Ukraine's
/// military denied the claim", "Kyiv rejected this", "The army disputed those reports". The
/// verb within its first words, not negated, and its object taking the claim up ("it",
/// "this", "the claim"), not a claim of its own ("denied that ...").
fn denial_next(next: &str) -> Option<Cut> {
    // Most sentences deny nothing: a look for the verbs' stems before the words are read.
    static DENIAL_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(DENIAL_STEMS)
            .expect("a few short words make an automaton")
    });
    let head = head(next, 160);
    if !DENIAL_FINDER.is_match(head) {
        return None;
    }
    let ws = words(head);
    let at = (ws.iter().take(8)).position(|(_, w)| {
        DENIALS.contains(&w.as_str()) || DENIALS_OF_CLAIMS.contains(&w.as_str())
    })?;
    if ws[..at].iter().any(|(_, w)| is_negation(w)) {
        return None;
    }
    let object = |i: usize| ws.get(at + i).map_or("", |(_, w)| w.as_str());
    let taken_up = match object(1) {
        "the" | "this" | "that" | "these" | "those" | "such"
            if CLAIM_NOUNS.contains(&object(2)) =>
        {
            2
        }
        "it" | "this" => 1,
        _ => return None,
    };
    let (start, last) = &ws[at + taken_up];
    Some(Cut {
        word: ws[at].1.clone(),
        // A word whose lowercase has other bytes than it: the words read, not a slice.
        shown: next
            .get(..start + last.len())
            .unwrap_or(head)
            .trim()
            .to_owned(),
        whence: Whence::NextSentence,
        only_if_said: false,
        closing_denial: true,
    })
}

/// The word by which the clause after a quote says it is false, when the clause starts so: "|...|
/// were false", "is not true".
fn said_false(ws: &[(usize, String)]) -> Option<&String> {
    let copula = ["is", "was", "are", "were"];
    let (_, first) = ws.first()?;
    if !copula.contains(&first.as_str()) {
        return None;
    }
    let (_, next) = ws.get(1)?;
    if FALSE.contains(&next.as_str()) {
        return Some(next);
    }
    let (_, then) = ws.get(2)?;
    (is_negation(next) && matches!(then.as_str(), "true" | "correct")).then_some(next)
}

/// The words that deny or negate the claim a number of a sentence stands in (for `suggest`,
/// which drafts no figure from it), read as `negation-cut` reads the words around a quote:
/// `before` is the sentence up to the number, `after` the rest. A negation or denial right
/// before it ("not 40", "denied that 40 soldiers", "it is not true that 500 homes"), or
/// before the "that" whose clause holds it, with no comma between ("denied that the army had
/// lost 40 soldiers"); or a denial closing the sentence (", the ministry denied.").
pub fn denied_claim(before: &str, after: &str) -> Option<Cut> {
    // The word after a negation that could keep the meaning ("not only") is before the
    // number, so the number itself is not needed.
    if let Some(cut) = before_part(before, "") {
        return Some(cut);
    }
    let clause = last_clause(before);
    let that = (words(clause).into_iter().rev())
        .find(|(_, w)| w == "that")
        .map(|(at, _)| at + "that".len())
        .filter(|&end| !clause[end..].contains(','));
    if let Some(cut) = that.and_then(|end| before_part(&clause[..end], "")) {
        return Some(cut);
    }
    let closing = after.rfind(',').map_or("", |at| &after[at..]);
    denial_after(closing)
}

/// The first words left out around a placed quote that turn it around, if any.
pub fn cut(placed: &Placed<'_>) -> Option<Cut> {
    let part = |i: usize| {
        (placed.quoted.get(i))
            .and_then(|r| placed.sentence.get(r.clone()))
            .unwrap_or("")
    };
    if let Some(cut) = before_part(placed.before, &first_word(part(0))) {
        return Some(cut);
    }
    for (i, gap) in placed.gaps.iter().enumerate() {
        let found = gap_start(gap).or_else(|| {
            before_part(gap, &first_word(part(i + 1))).map(|c| Cut {
                whence: Whence::AtEllipsis,
                ..c
            })
        });
        if found.is_some() {
            return found;
        }
    }
    denial_after(placed.after_bearing()).or_else(|| denial_next(placed.next))
}

/// Short words that, alone after a negation, say too little to tell the statement dropped it:
/// "was not the first" against a statement's "was the second".
const TOO_COMMON: &[&str] = &[
    "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "with", "as", "it", "that",
    "this", "be", "so",
];

/// The word a negated auxiliary stands for: "hadn't" for "had", "won't" for "will".
fn unnegated_auxiliary(word: &str) -> Option<String> {
    let word = word.replace('\u{2019}', "'");
    match word.as_str() {
        "won't" => Some("will".to_owned()),
        "can't" | "cannot" => Some("can".to_owned()),
        "shan't" => Some("shall".to_owned()),
        _ => word.strip_suffix("n't").map(str::to_owned),
    }
}

/// Auxiliaries that carry a negation for the verb after them: without the negation, a
/// statement inflects that verb instead ("did not concede" stated "conceded", "didn't start
/// well" stated "started well").
const DO: &[&str] = &["do", "does", "did"];

/// Words after a negation that say how much, not what: "was not nearly enough" stated "was
/// nearly doubled" keeps only "was nearly".
const DEGREES: &[&str] = &[
    "nearly",
    "quite",
    "much",
    "many",
    "all",
    "every",
    "enough",
    "more",
    "less",
    "necessarily",
];

/// Modals that carry a negation for the verb after them as "did" does: "could not rule out"
/// stated "ruled out", "may not apply to people under 50" stated "apply to people under 50".
const MODALS: &[&str] = &[
    "can", "could", "will", "would", "may", "might", "must", "should", "shall",
];

/// Objects that stand between a verb and its particle: "can't rule it out".
const PARTICLE_OBJECTS: &[&str] = &["it", "them", "this", "that", "him", "her"];

/// Particles of phrasal verbs: "rule out", "call off".
const PARTICLES: &[&str] = &["out", "off", "up", "down", "back", "away"];

/// The words a statement has for a verb whose negation it dropped, any form of each: "did not
/// concede on the night" stated "conceded on the night"; "can't rule it out" stated "ruled
/// out" (the object between verb and particle left out); "did not name any individual" stated
/// "named the individuals" ("any" may be an article or nothing).
fn verb_without_negation<'q>(rest: &[&'q str]) -> Unnegated<'q> {
    let (words, told, article) = match rest {
        [verb, object, particle, ..]
            if PARTICLE_OBJECTS.contains(object) && PARTICLES.contains(particle) =>
        {
            (vec![*verb, *particle], 3, false)
        }
        [verb, "any", noun, ..] => (vec![*verb, *noun], 3, true),
        [_, second, _, ..] if TOO_COMMON.contains(second) => (rest[..3].to_vec(), 3, false),
        _ => (rest[..rest.len().min(2)].to_vec(), rest.len().min(2), false),
    };
    Unnegated {
        words,
        inflected: true,
        article,
        told,
        own: true,
    }
}

/// Articles a statement may put where the quote's "no" stood: "found no clear error" stated
/// "found a clear error".
const ARTICLES: &[&str] = &["a", "an", "the", "some", "any"];

/// Whether `word` is `base` or a form of it: "conceded", "concedes", "conceding" of "concede";
/// "started" of "start", "stopped" of "stop", "studied" of "study", "won" of "win" (`IRREGULAR`).
/// A short stripping of endings is enough, as both words stand in the same place of the same
/// words.
pub(super) fn inflects(base: &str, word: &str) -> bool {
    let irregular = (IRREGULAR.iter())
        .any(|(b, past, participle)| *b == base && (word == *past || word == *participle));
    if let Some(ending) = word.strip_prefix(base) {
        let doubled = (base.chars().next_back())
            .and_then(|last| ending.strip_prefix(last))
            .is_some_and(|e| matches!(e, "ed" | "ing"));
        return matches!(ending, "" | "s" | "es" | "d" | "ed" | "ing") || doubled || irregular;
    }
    let stem_e = base.strip_suffix('e').and_then(|b| word.strip_prefix(b));
    let stem_y = base.strip_suffix('y').and_then(|b| word.strip_prefix(b));
    stem_e == Some("ing") || matches!(stem_y, Some("ied" | "ies")) || irregular
}

/// The past and past participle of `base`, if it is one of `IRREGULAR`: "held", "held" of
/// "hold".
pub(super) fn irregular_forms(base: &str) -> Option<[&'static str; 2]> {
    (IRREGULAR.iter())
        .find(|(b, _, _)| *b == base)
        .map(|(_, past, participle)| [*past, *participle])
}

/// The irregular verbs of news copy, with their past and past participle: "did not win" stated
/// "won".
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("be", "was", "been"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("build", "built", "built"),
    ("buy", "bought", "bought"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cut", "cut", "cut"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drive", "drove", "driven"),
    ("fall", "fell", "fallen"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("flee", "fled", "fled"),
    ("fly", "flew", "flown"),
    ("forget", "forgot", "forgotten"),
    ("get", "got", "got"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grow", "grew", "grown"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("keep", "kept", "kept"),
    ("know", "knew", "known"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("let", "let", "let"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shoot", "shot", "shot"),
    ("show", "showed", "shown"),
    ("shut", "shut", "shut"),
    ("sink", "sank", "sunk"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("strike", "struck", "struck"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("understand", "understood", "understood"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("write", "wrote", "written"),
];

/// The words a statement has in place of a negated part of a quote, had it dropped the
/// negation: `words` side by side, the first any form of its verb when `inflected`, an article
/// allowed after the first when `article`; `told` is how many words of the quote after the
/// negation they stand for, and `own` whether the words are those, which the quote has once
/// already (else they start with the word the negation leans on).
struct Unnegated<'q> {
    words: Vec<&'q str>,
    inflected: bool,
    article: bool,
    told: usize,
    own: bool,
}

impl Unnegated<'_> {
    /// How many times `ws` has the words.
    fn count(&self, ws: &[(usize, String)]) -> usize {
        (0..ws.len())
            .filter(|&start| !negated_before(ws, start))
            .filter(|&start| {
                let mut k = start;
                self.words.iter().enumerate().all(|(j, want)| {
                    if j == 1
                        && self.article
                        && ws
                            .get(k)
                            .is_some_and(|(_, w)| ARTICLES.contains(&w.as_str()))
                    {
                        k += 1;
                    }
                    let Some((_, got)) = ws.get(k) else {
                        return false;
                    };
                    k += 1;
                    // Every word in any form: "named the individuals" for "name any individual".
                    match self.inflected {
                        true => inflects(want, got),
                        false => got.as_str() == *want,
                    }
                })
            })
            .count()
    }

    /// Whether a quote with the words `ws` also says plainly what they say negated ("had not
    /// been consulted before, but had been consulted twice since"; "not guilty of theft but
    /// guilty of fraud"); `rest` are its words after the negation.
    fn said_plainly(&self, ws: &[(usize, String)], rest: &[&str]) -> bool {
        if self.own {
            return self.count(ws) > 1;
        }
        self.count(ws) > 0 || times(ws, &rest[..self.told.min(rest.len())]) > 1
    }
}

/// The ways a statement may say a negated part of a quote without its negation: `prior` is
/// the word the negation leans on ("was" of "was not", "had" of "hadn't", "found" of "found
/// no"), `rest` the quote's words after it, `no` whether the negation is "no".
fn unnegated<'q>(prior: &'q str, no: bool, rest: &[&'q str]) -> Vec<Unnegated<'q>> {
    let plain = |words: Vec<&'q str>, told: usize| Unnegated {
        words,
        inflected: false,
        article: no,
        told,
        own: false,
    };
    let mut ways = Vec::new();
    match rest {
        [first, second, ..] => ways.push(plain(vec![prior, *first, *second], 2)),
        [first] if !TOO_COMMON.contains(first) => ways.push(plain(vec![prior, *first], 1)),
        _ => {}
    }
    let Some(&first) = rest.first() else {
        return ways;
    };
    // A word that says what, with more words after it: "pleaded not guilty on Tuesday" stated
    // "pleaded guilty".
    let content =
        |w: &str| !TOO_COMMON.contains(&w) && !ADVERBS.contains(&w) && !DEGREES.contains(&w);
    if rest.len() >= 2 && content(first) {
        ways.push(plain(vec![prior, first], 1));
    }
    // "did not concede on the night" stated "conceded on the night".
    // So with a modal: "could not rule out" stated "ruled out", "won't attend" "attended".
    // And with a perfect: "have not confirmed the cause" stated "confirmed the cause".
    let perfect = matches!(prior, "have" | "has" | "had");
    let leans = DO.contains(&prior) || MODALS.contains(&prior) || perfect;
    if leans && !TOO_COMMON.contains(&first) {
        ways.push(verb_without_negation(rest));
    }
    // Over the adverbs and "be" or "been" before the verb: "has not yet been signed" stated
    // "have signed", "will not be released" stated "were released".
    let lead = rest.iter().take_while(|w| ADVERBS.contains(w)).count();
    if leans && lead > 0 && rest.get(lead).is_some_and(|w| content(w)) {
        let mut way = verb_without_negation(&rest[lead..]);
        way.told += lead;
        ways.push(way);
    }
    // A negated saying or belief: "I don't think it was a penalty" stated "said it was a
    // penalty". What follows it must say something of its own.
    let assent = (ASSENTS.iter()).any(|a| a.len() == 1 && a[0] == first);
    let skip = 1 + usize::from(
        rest.get(1)
            .is_some_and(|w| matches!(*w, "that" | "whether" | "if")),
    );
    let said = rest.get(skip..).unwrap_or_default();
    let said = &said[..said.len().min(4)];
    if assent && said.len() >= 2 && said.iter().any(|w| content(w)) {
        ways.push(Unnegated {
            words: said.to_vec(),
            inflected: false,
            article: false,
            told: skip + said.len(),
            own: true,
        });
    }
    ways
}

/// Whether the words of `ws` right before `start` negate what follows in a way of their own,
/// over a few adverbs: "without" ("without mentioning Odesa" says "did not mention Odesa"), or
/// a refusal and its "to" ("was unable to independently verify" says "could not independently
/// verify"; "declined to name" says "did not name").
fn negated_before(ws: &[(usize, String)], start: usize) -> bool {
    let mut at = start;
    for _ in 0..3 {
        let Some(prior) = at.checked_sub(1) else {
            return false;
        };
        let word = ws[prior].1.as_str();
        if word == "without" {
            return true;
        }
        if word == "to" {
            let refusal = prior.checked_sub(1);
            return refusal.is_some_and(|r| REFUSALS.contains(&ws[r].1.as_str()));
        }
        if !ADVERBS.contains(&word) && !word.ends_with("ly") {
            return false;
        }
        at = prior;
    }
    false
}

/// How many times `ws` has `words` side by side.
fn times(ws: &[(usize, String)], words: &[&str]) -> usize {
    (ws.windows(words.len().max(1)))
        .filter(|w| w.iter().map(|(_, s)| s.as_str()).eq(words.iter().copied()))
        .count()
}

/// A negation of the quote's own that the statement drops: it has the words on either side
/// side by side ("was not nearly enough" stated "was nearly enough", "hadn't been consulted"
/// stated "had been consulted", "found no clear error" stated "found a clear error"), the verb
/// a negation leans on in another form ("did not concede" stated "conceded"), or what a negated
/// saying or belief says ("I don't think it was a penalty" stated "said it was a penalty"). The
/// negation and the words of the quote around it, if so.
fn dropped(quote: &str, statement: &[(usize, String)]) -> Option<(String, String)> {
    let ws = words(quote);
    for (i, (_, word)) in ws.iter().enumerate() {
        let no = word == "no";
        if !is_negation(word) && !no {
            continue;
        }
        if let Some(found) = opening_negation(quote, &ws, i, statement) {
            return Some(found);
        }
        let (prior, from) = match unnegated_auxiliary(word) {
            Some(base) => (base, i),
            None => match i.checked_sub(1) {
                Some(p) => (ws[p].1.clone(), p),
                None => continue,
            },
        };
        let mut rest: Vec<&str> = (ws[i + 1..].iter().take(6))
            .map(|(_, w)| w.as_str())
            .collect();
        // "no longer" is a "not" of time: "is no longer operating" stated "is operating".
        let no_longer = no && rest.first() == Some(&"longer");
        let (no, skipped) = if no_longer {
            rest.remove(0);
            (false, 1)
        } else {
            (no, 0)
        };
        if KEEPING_BEFORE.contains(&prior.as_str())
            || rest.first().is_none_or(|w| KEEPING_AFTER.contains(w))
        {
            continue;
        }
        for way in unnegated(&prior, no, &rest) {
            // A quote that also says it plainly gives the statement its words.
            if way.count(statement) > 0 && !way.said_plainly(&ws, &rest) {
                let end = (ws.get(i + 1 + skipped + way.told)).map_or(quote.len(), |(at, _)| *at);
                let word = if no_longer {
                    "no longer"
                } else {
                    word.as_str()
                };
                return Some((word.to_owned(), quote[ws[from].0..end].trim().to_owned()));
            }
        }
    }
    None
}

/// The fewest words of what a quote's own denial denies that a statement must give in a row to
/// state it: "a children's hospital" of "Moscow denied that a children's hospital ... was hit".
const DENIED_WORDS: usize = 3;

/// A denial of the quote's own that the statement drops: "Moscow denied that a children's
/// hospital in the city was hit" stated "A children's hospital in the city was hit". The verb
/// and the words of the quote up to its "that", if the statement gives the first words of what
/// is denied in a row.
fn dropped_denial(quote: &str, statement: &[(usize, String)]) -> Option<(String, String)> {
    let ws = words(quote);
    let that = (0..ws.len()).find(|&i| ws[i].1 == "that" && denial_before(&ws[..=i]).is_some())?;
    let (at, word) = denial_before(&ws[..=that])?;
    let denied: Vec<&str> = (ws[that + 1..].iter().take(DENIED_WORDS))
        .map(|(_, w)| w.as_str())
        .collect();
    let in_row = |from: usize| {
        (statement.get(from..from + denied.len())).is_some_and(|run| {
            run.iter()
                .map(|(_, w)| w.as_str())
                .eq(denied.iter().copied())
        })
    };
    if denied.len() < DENIED_WORDS || !(0..statement.len()).any(in_row) || keeps(statement, &word) {
        return None;
    }
    let from = ws[at.saturating_sub(3)].0;
    let end = ws[that].0 + "that".len();
    Some((word, quote[from..end].trim().to_owned()))
}

/// Whether the statement keeps the denial `word` ("rejected"), in any form ("rejects"): it
/// then says it the source's way.
fn keeps(statement: &[(usize, String)], word: &str) -> bool {
    // "denied" and "deny" are one verb.
    let stem = |w: &str| {
        let w = w
            .strip_prefix("deny")
            .map_or(w.to_owned(), |rest| format!("deni{rest}"));
        DENIAL_STEMS.iter().find(|s| w.starts_with(*s)).copied()
    };
    stem(word).is_some_and(|s| statement.iter().any(|(_, w)| stem(w) == Some(s)))
}

/// The stems of the verbs of denial ("deny" is "deni" to `keeps`).
const DENIAL_STEMS: &[&str] = &[
    "deni",
    "disput",
    "refut",
    "rebut",
    "reject",
    "dismiss",
    "contradict",
];

/// A negation that opens a clause of the quote (the quote's start, or after a stop), before a
/// word that says what, which the statement has: "THE FOREMAN: Not guilty." stated "was found
/// guilty". Not when the quote says the word plainly elsewhere: every other time it stands
/// there, a negation is right before it or "or not" right after it ("guilty or not guilty?",
/// the question a verdict answers). The negation and the words it governs, if so.
fn opening_negation(
    quote: &str,
    ws: &[(usize, String)],
    i: usize,
    statement: &[(usize, String)],
) -> Option<(String, String)> {
    let (at, word) = &ws[i];
    let gap = match i.checked_sub(1) {
        Some(p) => quote.get(ws[p].0 + ws[p].1.len()..*at).unwrap_or(""),
        None => ".",
    };
    let (_, next) = ws.get(i + 1)?;
    let content = !TOO_COMMON.contains(&next.as_str())
        && !ADVERBS.contains(&next.as_str())
        && !DEGREES.contains(&next.as_str())
        && !KEEPING_AFTER.contains(&next.as_str());
    if !matches!(word.as_str(), "not" | "never")
        || !gap.contains(['.', ':', ';', '?', '!'])
        || !content
        || !statement.iter().any(|(_, s)| s == next)
    {
        return None;
    }
    let plainly = (0..ws.len()).any(|k| {
        let negated = k.checked_sub(1).is_some_and(|p| is_negation(&ws[p].1));
        let alternative = ws.get(k + 1).is_some_and(|(_, w)| w == "or")
            && ws.get(k + 2).is_some_and(|(_, w)| is_negation(w));
        k != i + 1 && ws[k].1 == *next && !negated && !alternative
    });
    let end = ws.get(i + 2).map_or(quote.len(), |(s, _)| *s);
    (!plainly).then(|| (word.clone(), quote[*at..end].trim().to_owned()))
}

/// `negation-cut`: for each citation whose quote leaves out words that turn it around, unless
/// the statement says it the source's way (it has the word, or a negation of its own); and
/// for each whose quote has a negation or denial that the statement drops. Gives, for each
/// citation in order, the words by which its source says the opposite of the statement, if
/// any: such a source does not support it.
pub fn negation_cut(
    fact: &Spanned<Fact>,
    stated: &Stated,
    readings: &[Reading<'_>],
    out: &mut Vec<Finding>,
) -> Vec<Option<String>> {
    let mut turned = vec![None; fact.sources.value.len()];
    dropped_negations(fact, out, &mut turned);
    super::roles::roles_swapped(fact, out, &mut turned);
    if readings.iter().all(|r| r.negation.is_none()) {
        return turned;
    }
    let statement = words(&fact.statement.value);
    let has = |w: &str| statement.iter().any(|(_, s)| s == w);
    // A statement that turns the claim around in words of its own ("not", "no", "denies", "is
    // false") says it the source's way.
    let negates = negates(&statement);
    let id = fact.id.value.as_str();
    let cited = fact.sources.value.iter().zip(readings).zip(&mut turned);
    for ((citation, reading), turned) in cited {
        let (Some(cut), Some(quote)) = (&reading.negation, &citation.quote) else {
            continue;
        };
        if has(&cut.word)
            || negates
            || (cut.only_if_said && !SAYS.iter().any(|w| has(w)))
            || denied_by_another(fact, stated, cut)
        {
            continue;
        }
        let cited = citation.source.value.as_str();
        let whence = match cut.whence {
            Whence::Beside => "next to the quote",
            Whence::AtEllipsis => "at the quote's ellipsis",
            Whence::NextSentence => "in the sentence after the quote",
        };
        out.push(
            Finding::new(
                Rule::NegationCut,
                quote.pos,
                format!(
                    "fact `{id}`: the source turns the quote from `{cited}` around with \
                     \u{201c}{}\u{201d}, left out {whence}: \u{201c}{}\u{201d}; quote it too and \
                     say it the source's way in the statement",
                    cut.word, cut.shown
                ),
            )
            .fact(id)
            .source(cited),
        );
        turned.get_or_insert_with(|| cut.shown.clone());
    }
    turned
}

/// Whether `cut` denies a claim after the quote that the fact reports as someone else's than
/// the denier's: "..., Russia's defence ministry claimed, a claim that Kyiv disputed" for "The
/// ministry claimed ..." `claimed_by` the ministry. That the ministry claimed it stays true; a
/// denial by the claimant itself (", the ministry denied"), by no one told apart, or of a
/// claim the statement states as fact in its own words still turns it around.
fn denied_by_another(fact: &Fact, stated: &Stated, cut: &Cut) -> bool {
    cut.closing_denial
        && stated.said.attribution.is_some()
        && (fact.claimed_by.as_ref()).is_some_and(|by| !same_claimant(&by.value, &cut.shown))
}

/// Finds the text of each negation (and more: "nothing") and of each verb of denial, so that
/// the words of a quote with none are not read.
static NEGATION_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(
            [
                "not",
                "n't",
                "n\u{2019}t",
                "never",
                "cannot",
                " no ",
                "deny",
            ]
            .iter()
            .chain(DENIAL_STEMS),
        )
        .expect("a few short words make an automaton")
});

/// The quotes that have a negation or denial the statement drops, which has none of its own;
/// `turned` takes the words of each.
fn dropped_negations(fact: &Spanned<Fact>, out: &mut Vec<Finding>, turned: &mut [Option<String>]) {
    let quotes = (fact.sources.value.iter().zip(turned))
        .filter_map(|(c, t)| Some((c, c.quote.as_ref()?, t)))
        .filter(|(_, q, _)| NEGATION_FINDER.is_match(&q.value));
    let mut statement = None;
    let id = fact.id.value.as_str();
    for (citation, quote, turned) in quotes {
        let statement = statement.get_or_insert_with(|| words(&fact.statement.value));
        if negates(statement) {
            return;
        }
        let found = dropped(&quote.value, statement);
        let Some((word, shown)) = found.or_else(|| dropped_denial(&quote.value, statement)) else {
            continue;
        };
        *turned = Some(shown.clone());
        let cited = citation.source.value.as_str();
        out.push(
            Finding::new(
                Rule::NegationCut,
                quote.pos,
                format!(
                    "fact `{id}`: the quote from `{cited}` says \u{201c}{shown}\u{201d}, and the \
                     statement drops the \u{201c}{word}\u{201d}: say it the source's way"
                ),
            )
            .fact(id)
            .source(cited),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_negation_the_statement_drops_is_found() {
        let dropped = |quote: &str, statement: &str| {
            dropped(quote, &words(statement)).map(|(word, shown)| format!("{word}: {shown}"))
        };
        assert_eq!(
            dropped(
                "the figure was \"not nearly enough\"",
                "The aid was nearly enough."
            ),
            Some("not: was \"not nearly enough\"".to_owned())
        );
        assert_eq!(
            dropped(
                "residents hadn\u{2019}t been consulted",
                "Residents had been consulted."
            ),
            Some("hadn\u{2019}t: hadn\u{2019}t been consulted".to_owned())
        );
        assert_eq!(
            dropped("It won't reopen this year", "It will reopen this year."),
            Some("won't: won't reopen this".to_owned())
        );
        assert_eq!(
            dropped(
                "Police have not confirmed the cause of the crash.",
                "Police confirmed the cause of the crash."
            ),
            Some("not: have not confirmed the cause".to_owned())
        );
        assert_eq!(
            dropped(
                "The clinic is no longer operating",
                "The clinic is operating."
            ),
            Some("no longer: is no longer operating".to_owned())
        );
        // Another word in its place, an idiom that keeps the meaning, a lone common word.
        assert_eq!(dropped("was not nearly enough", "was barely enough"), None);
        assert_eq!(dropped("is not only the dam", "is only the dam"), None);
        assert_eq!(dropped("It was not the", "It was the second attack"), None);
        assert_eq!(dropped("was not nearly enough", "was nearly doubled"), None);
        // A negation at the quote's start leaves the rest of the quote read.
        assert_eq!(
            dropped("Not now. It won't reopen", "It will reopen."),
            Some("won't: won't reopen".to_owned())
        );
        // "not guilty", a "no", an inflected verb, a negated belief.
        assert_eq!(
            dropped("pleaded not guilty on Tuesday", "He pleaded guilty."),
            Some("not: pleaded not guilty".to_owned())
        );
        assert_eq!(
            dropped("found no clear error in", "It found a clear error."),
            Some("no: found no clear error".to_owned())
        );
        assert_eq!(
            dropped("did not concede on the night", "He conceded on the night."),
            Some("not: did not concede on the".to_owned())
        );
        assert_eq!(
            dropped(
                "I don't think it was a penalty",
                "He said it was a penalty."
            ),
            Some("don't: don't think it was a penalty".to_owned())
        );
        assert_eq!(
            dropped("did not concede on the night", "He conceded defeat."),
            None
        );
        // A statement that negates the verb in its own way: "without", a refusal.
        for statement in [
            "It struck energy targets, without mentioning Odesa.",
            "It struck energy targets without ever mentioning Odesa.",
            "The ministry declined to mention Odesa.",
        ] {
            assert_eq!(
                dropped("It did not mention Odesa.", statement),
                None,
                "{statement}"
            );
        }
        assert_eq!(
            dropped(
                "Reuters could not independently verify the reports.",
                "Reuters was unable to independently verify the reports."
            ),
            None
        );
        // Not a "to" of something else, nor "without" further back.
        assert_eq!(
            dropped(
                "Reuters could not independently verify the reports.",
                "Reuters went to independently verify the reports."
            ),
            Some("not: could not independently verify".to_owned())
        );
        assert_eq!(
            dropped(
                "It did not mention Odesa.",
                "Without delay, it mentioned Odesa."
            ),
            Some("not: did not mention Odesa.".to_owned())
        );
        // A quote that also says it plainly.
        assert_eq!(
            dropped(
                "it was not high enough to reopen, but it was high enough to close the ferry",
                "It was high enough to close the ferry."
            ),
            None
        );
    }

    #[test]
    fn a_verb_is_told_in_its_forms() {
        for (base, word) in [
            ("concede", "conceded"),
            ("start", "started"),
            ("stop", "stopped"),
            ("make", "making"),
            ("study", "studied"),
            ("agree", "agreed"),
            ("win", "wins"),
            ("win", "won"),
            ("give", "gave"),
            ("give", "given"),
        ] {
            assert!(inflects(base, word), "{word}");
        }
        assert!(!inflects("start", "starter"));
        assert!(!inflects("win", "went"));
    }

    #[test]
    fn a_refusal_or_a_negated_saying_before_the_quote_is_found() {
        assert_eq!(
            before("The finance chief declined to ", "give"),
            Some("declined".into())
        );
        assert_eq!(
            before("\"We cannot say that ", "losartan"),
            Some("cannot".into())
        );
        assert_eq!(
            before("The chief declined to say whether ", "cuts"),
            Some("declined".into())
        );
        assert_eq!(before("The chief declined ", "to"), Some("declined".into()));
        assert_eq!(before("The chief agreed to ", "give"), None);
        assert_eq!(before("The chief said that ", "cuts"), None);
    }

    fn before(text: &str, next: &str) -> Option<String> {
        before_part(text, next).map(|c| c.word)
    }

    #[test]
    fn a_negation_right_before_the_quote_is_found() {
        assert_eq!(before("\"We are not yet ", "able"), Some("not".into()));
        assert_eq!(before("It is not, ", "contrary"), Some("not".into()));
        assert_eq!(
            before("adding: \"We will not ", "leave"),
            Some("not".into())
        );
        assert_eq!(
            before("The minister was not immediately ", "able"),
            Some("not".into())
        );
        assert_eq!(before("The dam has never ", "been"), Some("never".into()));
        assert_eq!(
            before("Officials didn't ", "confirm"),
            Some("didn't".into())
        );
    }

    #[test]
    fn idioms_and_negations_of_other_clauses_are_let_be() {
        assert_eq!(before("It was not only ", "the"), None);
        assert_eq!(before("It was not ", "only"), None);
        assert_eq!(before("whether or not ", "the"), None);
        assert_eq!(before("many, if not ", "most"), None);
        assert_eq!(before("He did not say. Then ", "the"), None);
        // A question left open turns around only a statement that says it was said.
        let open = before_part("Officials did not say whether ", "the");
        assert!(open.is_some_and(|c| c.word == "not" && c.only_if_said));
        assert_eq!(before("It is not clear, but ", "the"), None);
    }

    #[test]
    fn a_negative_subject_or_determiner_before_the_quote_is_found() {
        let no = Some("no".to_owned());
        assert_eq!(before("No one was ", "killed"), no);
        assert_eq!(before("No soldiers were ", "hurt"), no);
        assert_eq!(before("No soldiers ", "were"), no);
        assert_eq!(before("The soldiers ", "were"), None);
        assert_eq!(before("There were no ", "casualties"), no);
        assert_eq!(before("There is no evidence that ", "the"), no);
        assert_eq!(before("Nothing had ", "changed"), Some("nothing".into()));
        assert_eq!(before("Neither the army nor ", "the"), Some("nor".into()));
        // A negative word of an earlier part of the clause, or none at all, is let be.
        assert_eq!(before("There is no doubt the bridge was ", "hit"), None);
        assert_eq!(before("The bridge was ", "hit"), None);
        assert_eq!(before("No sooner had the troops left than ", "the"), None);
        for affirming in [
            "There is no doubt that ",
            "It is no secret that ",
            "There's no denying that ",
            "No one disputes that ",
            "Nobody denies that ",
        ] {
            assert_eq!(before(affirming, "the"), None, "{affirming}");
        }
    }

    #[test]
    fn a_denial_or_promise_right_before_the_quote_is_found() {
        assert_eq!(
            before("The government has denied that ", "the"),
            Some("denied".into())
        );
        assert_eq!(
            before("The ministry rejected claims that ", "the"),
            Some("rejected".into())
        );
        assert_eq!(
            before("\"We were promised ", "these"),
            Some("promised".into())
        );
        // A rejected plan is not a denied claim.
        assert_eq!(before("Voters rejected ", "the"), None);
        assert_eq!(before("The mayor said that ", "the"), None);
    }

    #[test]
    fn an_ellipsis_that_skips_a_negation_is_found() {
        assert_eq!(gap_start("not ").map(|c| c.word), Some("not".into()));
        assert_eq!(
            gap_start(" never, as promised, ").map(|c| c.word),
            Some("never".into())
        );
        assert_eq!(gap_start(", not the levee, "), None);
        assert_eq!(gap_start(" but not the levee "), None);
        assert_eq!(gap_start(" not only "), None);
    }

    #[test]
    fn a_denial_of_the_quotes_own_is_dropped_only_when_the_statement_has_none() {
        let quote =
            "The electoral commission rejected claims that postal ballots had gone missing.";
        let dropped = |statement: &str| dropped_denial(quote, &words(statement));
        assert!(dropped("Postal ballots had gone missing.").is_some());
        for kept in [
            "The electoral commission rejected claims that postal ballots had gone missing.",
            "The commission rejects claims that postal ballots had gone missing.",
        ] {
            assert_eq!(dropped(kept), None, "{kept}");
        }
        let quote = "Moscow denied that a children's hospital was hit.";
        assert_eq!(
            dropped_denial(quote, &words("Moscow denies a children's hospital was hit")),
            None
        );
    }

    #[test]
    fn a_denial_closing_the_sentence_is_found() {
        assert_eq!(
            denial_after(", the ministry denied.").map(|c| c.word),
            Some("denied".into())
        );
        assert_eq!(denial_after(", the ministry said."), None);
        assert_eq!(
            denial_after(" were false, the ministry said.").map(|c| c.word),
            Some("false".into())
        );
        assert_eq!(
            denial_after(" is not true, he said.").map(|c| c.word),
            Some("not".into())
        );
        assert_eq!(denial_after(" were true, he said."), None);
    }

    #[test]
    fn a_negated_assent_right_before_the_quote_is_found() {
        assert_eq!(before("\"It is not true that ", "the"), Some("not".into()));
        assert_eq!(
            before("We do not fully accept that ", "anyone"),
            Some("not".into())
        );
        assert_eq!(
            before("He did not rule out ", "supporting"),
            Some("not".into())
        );
        assert_eq!(before("It is untrue that ", "the"), Some("untrue".into()));
        // Taken as true, or a negation of another verb.
        assert_eq!(before("It is true that ", "the"), None);
        assert_eq!(before("We accept that ", "the"), None);
        assert_eq!(
            before("He did not say that he would rule out ", "the"),
            None
        );
    }
}
