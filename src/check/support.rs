//! How each citation supports its fact's statement as worded, and `attribution-cut`.
//!
//! A citation *states* the statement when its quote says it as the statement does: flatly for a
//! flat statement, or as the same claimant's claim for a statement that attributes it. A quote
//! that hedges it ("looked to have taken control") *reports it hedged*; one that gives it to
//! someone the statement does not name *reports it as a claim*. The quote's own words count,
//! and so do the words of its sentence that the quote leaves out. Only the sources that state
//! it are counted as its sources; the briefing lists the others apart.

use super::negation::{self, Cut};
use super::numbers::PREDICTIONS;
use super::placed::Placed;
use super::wording::{Said, attributions_in, hedge_ending, said, said_and_attributions};
use super::{Context, Finding};
use crate::load::model::{Fact, Source};
use crate::load::sources::SourceFile;
use crate::load::spanned::Spanned;
use crate::rules::Rule;
use std::borrow::Cow;
use std::cell::OnceCell;

/// How one citation supports its fact's statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Support {
    /// It says what the statement says (or it cannot be told: no quote, or the quote was not
    /// read in its source).
    States,
    /// It reports it hedged, in these words ("looked to have").
    Hedged(String),
    /// It reports it as the claim of someone the statement does not name, as the source words
    /// it ("Russia's defence ministry"); "someone" when the source names no one.
    Claimed(String),
    /// It says the opposite: its source negates or denies it, in these words ("Moscow denied
    /// that"), as `negation-cut` finds.
    Denied(String),
}

impl Support {
    pub fn states(&self) -> bool {
        matches!(self, Support::States)
    }
}

/// What the statement itself says of the claim: whether it hedges it, and whose it says it is.
pub struct Stated {
    /// What the statement's own words say of the claim.
    pub said: Said,
    /// Whether the fact says whose claim it is (`claimed_by`, or "according to X" in the
    /// statement).
    pub attributed: bool,
    /// The claimants it names (`claimed_by`, and each "according to X" or "X said" of the
    /// statement whose X can be told), each by its telling words (`telling_words`): read once,
    /// as every wording of every citation is compared with them.
    claimants: Vec<Vec<String>>,
}

impl Stated {
    pub fn of(fact: &Fact) -> Stated {
        let statement = fact.statement.value.as_str();
        let (said, attributions) = said_and_attributions(statement);
        let mut claimants = match said.attribution {
            Some(_) => speakers(statement, attributions).1,
            None => Vec::new(),
        };
        if let Some(by) = &fact.claimed_by {
            claimants.push(by.value.clone());
        }
        let claimants = claimants.iter().map(|c| telling_words(c)).collect();
        // Verbs that give a statement to someone, though in a quote they may not ("the
        // report", "called a meeting"): "Two people drowned, local media report".
        // "according to preliminary results" names no one, but tells the reader where the
        // claim comes from: the statement does not give it as established fact.
        let says = || {
            (STATEMENT_ATTRIBUTIONS.iter()).any(|w| find_word(statement, w).is_some())
                || estimated_by_someone(statement)
                || find_word(statement, "according to").is_some()
                || forecast_by_someone(statement)
                || super::agents::odds_held_by_someone(statement)
        };
        Stated {
            said,
            attributed: fact.claimed_by.is_some() || said.attribution.is_some() || says(),
            claimants,
        }
    }
}

/// What one citation's quote, and the words of its sentence that it leaves out, say of the
/// claim: read once per citation for every rule that needs it.
#[derive(Debug, Default)]
pub struct Reading<'t> {
    pub quote: Said,
    /// The first hedge of the words left out.
    pub left_out_hedge: Option<&'static str>,
    /// The first piece of the words left out that gives the claim to someone, and the word.
    pub left_out_attribution: Option<(&'t str, &'static str)>,
    /// Who speaks, when that piece is a frame of quoted speech (`the army` of `"...," the army
    /// tweeted`): the verbs of such frames name no one elsewhere.
    pub framed_by: Option<&'t str>,
    /// The quote's sentence (the quote itself when it was not placed).
    pub sentence: &'t str,
    /// The words of the sentence before the quote ("" when it was not placed).
    pub before: &'t str,
    /// The words of the sentence after the quote ("" when it was not placed).
    pub after: &'t str,
    /// The sentence after the quote's ("" when it was not placed or is the last).
    pub next: &'t str,
    /// Words left out next to the quote that turn it around ("not", "denied that").
    pub negation: Option<Cut>,
    /// The sentence before, when the quote's sentence is quoted speech that goes on from it
    /// and it says whose (`"..." a spokesperson said. "No one is missing."`).
    pub speech_of: Option<&'t str>,
    /// Whom the sentence gives the claim to (`gives_to`), read when a rule first asks.
    gives: OnceCell<Speakers>,
}

/// The claimants a sentence gives a claim to, as its attributions word them ("Igor Kolyhav"),
/// and every wording that names one of them ("Igor Kolyhav, the mayor of Kherson").
type Speakers = (Vec<String>, Vec<String>);

/// The reading of each of the fact's citations, in order.
pub fn read<'t>(fact: &'t Fact, placed: &[Option<Placed<'t>>]) -> Vec<Reading<'t>> {
    (fact.sources.value.iter().enumerate())
        .map(|(i, citation)| {
            let quote = citation.quote.as_ref().map_or("", |q| q.value.as_str());
            let mut reading = Reading {
                quote: said(quote),
                sentence: quote,
                ..Reading::default()
            };
            if let Some(placed) = placed.get(i).and_then(Option::as_ref) {
                reading.sentence = placed.sentence;
                reading.before = placed.before;
                reading.after = placed.after;
                reading.next = placed.next;
                reading.negation = negation::cut(placed);
                for piece in placed.left_out() {
                    let (said, attributions) = said_and_attributions(piece);
                    reading.left_out_hedge = reading.left_out_hedge.or(said.wide_hedge);
                    if reading.left_out_attribution.is_none() {
                        let before = std::ptr::eq(piece, placed.before);
                        let word = match said.attribution {
                            Some(_) => nearest_attribution(piece, attributions, before)
                                .filter(|w| before || !names_the_speaker(quote, piece, w))
                                .filter(|w| !before || !narrated_after(piece, w, quote))
                                .filter(|w| !before || !coordinated_with(piece, w, quote))
                                .filter(|_| !before || !named_aside(quote, placed.after)),
                            None => speech_frame(piece, before, quote).map(|(verb, who)| {
                                reading.framed_by = Some(who).filter(|w| is_speaker(w));
                                verb
                            }),
                        };
                        reading.left_out_attribution = word.map(|w| (piece, w));
                    }
                }
                reading.left_out_hedge =
                    (reading.left_out_hedge).or_else(|| hedge_ending(placed.before, quote));
                around(&mut reading, placed);
            }
            reading
        })
        .collect()
}

/// What the sentences next to the quote's say of it: the speaker of quoted speech that goes on
/// from the sentence before, and a hedge of the whole claim that opens the sentence after
/// ("This has not been independently confirmed").
fn around<'t>(reading: &mut Reading<'t>, placed: &Placed<'t>) {
    if reading.left_out_attribution.is_none() && is_speech_only(placed.sentence) {
        // Speech may go on over several sentences: whose it is is said where it began.
        let began = (std::iter::once(placed.previous).chain(placed.earlier.iter().copied()))
            .find(|s| !is_speech_only(s))
            .unwrap_or("");
        if let Some(word) = nearest_attribution(began, attributions_in(began), false) {
            reading.left_out_attribution = Some((began, word));
            reading.speech_of = Some(began);
        }
    }
    // Only how the next sentence starts counts, in any case. The words are ASCII, and no other
    // letter lowercases to one of theirs (the Kelvin sign to "k"; "\u{130}" to "i" and a dot).
    let next = placed.next.trim_start();
    let opens = |w: &&str| (next.get(..w.len())).is_some_and(|head| head.eq_ignore_ascii_case(w));
    let about_it = [
        "this ",
        "that ",
        "it ",
        "the claim",
        "the figure",
        "the report",
    ];
    if reading.left_out_hedge.is_none() && about_it.iter().any(opens) {
        // Only what says the claim is unchecked: "This suggests ..." is about something else.
        reading.left_out_hedge = (said(placed.next).wide_hedge)
            .filter(|h| h.contains("independently") || *h == "unconfirmed");
    }
}

/// Whether a sentence is quoted speech and nothing else, which goes on with the speech of the
/// sentence before (`"..." a spokesperson said. "No one is missing."`): its speaker is that
/// sentence's.
pub fn is_speech_only(sentence: &str) -> bool {
    let sentence = sentence.trim();
    (sentence.starts_with(['"', '\u{201c}'])
        && !outside_speech(sentence).contains(char::is_alphanumeric))
        || in_single_quotes(sentence)
}

/// Whether a sentence is speech in single quotation marks alone, British style ("'Passengers
/// will pay less.'"): it opens with one before a word and closes with one after its stop, and
/// none closes inside it ("'We have capped it,' he added." is a speaker's sentence).
fn in_single_quotes(sentence: &str) -> bool {
    let Some(inner) = (sentence.strip_prefix(['\'', '\u{2018}']))
        .and_then(|s| s.strip_suffix(['\'', '\u{2019}']))
    else {
        return false;
    };
    let closes_inside = [",' ", ".' ", "?' ", "!' ", ",\u{2019} ", ".\u{2019} "];
    inner.starts_with(char::is_alphanumeric)
        && inner.ends_with(['.', '?', '!'])
        && !closes_inside.iter().any(|c| inner.contains(c))
}

/// The attribution of a piece left out that stands nearest the quote: the last of the words
/// before it (`before`), else the first ("he claimed, although he admitted that |..." is
/// what he admitted). Words inside quotation marks are speech, not whose the quote is: ",
/// Ionescu said|: "Tonight the people have said 'enough'."" gives nothing after the quote.
/// After the quote, a verb that goes on with a clause of its own says that clause, not the
/// quote ("|Residents, many of whom slept outside|, said they were afraid"; "|...|, a shift
/// that economists said could add ..."), and "citing" a reason is no source ("citing the
/// company's cooperation"). `attributions` are those of the whole piece (`attributions_in`).
fn nearest_attribution(
    piece: &str,
    attributions: Vec<&'static str>,
    before: bool,
) -> Option<&'static str> {
    let outside = outside_speech(piece);
    // Read again only when speech was blanked.
    let found = match &outside {
        Cow::Borrowed(_) => attributions,
        Cow::Owned(outside) => attributions_in(outside),
    };
    let at = |w: &&'static str| find_word(&outside, w).unwrap_or(0);
    // What follows the word: nothing when it is not written as one phrase ("according—to").
    let rest = |w: &&'static str| {
        (find_word(&outside, w))
            .and_then(|at| outside.get(at + w.len()..))
            .unwrap_or("")
    };
    let cites = |w: &&'static str| *w != "citing" || cites_a_source(rest(w));
    // "two months after the company announced ...": a time clause says when, not whose.
    let timed = |w: &&'static str| {
        let head = &outside[..at(w)];
        let start = head
            .rfind([',', '.', ';', ':', '!', '?'])
            .map_or(0, |i| i + 1);
        (head[start..].split_whitespace()).any(|word| listed(TIME_SUBORDINATORS, word))
    };
    if before {
        // "Although police said ..., |12 people were arrested|": the clause a subordinator opens
        // and a comma closes is said by them, not the quote.
        let subordinate = |w: &&'static str| {
            let head = &outside[..at(w)];
            let start = head.rfind(['.', ';', ':', '!', '?']).map_or(0, |i| i + 1);
            let first = head[start..].split_whitespace().next().unwrap_or("");
            listed(SUBORDINATORS, first) && rest(w).contains(',')
        };
        // "It previously stated that the dam was built in 1978; |it was built in 1987|": a
        // semicolon closes the clause that the verb gives to someone.
        let closed = |w: &&'static str| outside.contains(';') && rest(w).contains(';');
        (found.into_iter())
            .filter(|w| cites(w) && !subordinate(w) && !timed(w) && !closed(w))
            .max_by_key(|w| at(w))
    } else {
        let own = |w: &&'static str| says_a_clause(rest(w));
        let estimated = |w: &&'static str| sources_an_estimate(&outside[..at(w)], w);
        (found.into_iter())
            .filter(|w| cites(w) && !own(w) && !timed(w) && !estimated(w))
            .min_by_key(|w| at(w))
    }
}

/// Whether the quote is all the subject of the verb of saying `word` that opens `after`, the
/// words after it: "|the European Union's Copernicus service| said on Friday" names who says,
/// not what. A quote with a clause break of its own (past a wire dateline) says more.
/// A subject that is a name with asides ("|Frédérique Ries, a Belgian liberal MEP|, said") may
/// end at the comma that closes its last aside; a time of day may stand before the verb
/// ("|Verdane Biosciences, Inc. (NASDAQ: VRDN)| today reported").
fn names_the_speaker(quote: &str, after: &str, word: &str) -> bool {
    let subject = quote.get(crate::dateline::after(quote)..).unwrap_or(quote);
    let aside = name_with_asides(subject);
    let mut rest = after.trim_start();
    let spaced = rest.len() < after.len();
    let closed = aside && rest.starts_with(',');
    if closed {
        rest = rest[1..].trim_start();
    }
    // "today reported", "on Thursday said": when, not what.
    for _ in 0..2 {
        let (first, tail) = rest.split_once(' ').unwrap_or((rest, ""));
        if !listed(&["today", "yesterday", "on"], first) && !is_weekday(first) {
            break;
        }
        rest = tail;
    }
    let opens = (spaced || closed)
        && (rest.get(..word.len())).is_some_and(|head| head.eq_ignore_ascii_case(word))
        && find_word(rest, word) == Some(0);
    opens
        && !matches!(word, "according to" | "citing")
        && (aside || !subject.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}']))
}

fn is_weekday(word: &str) -> bool {
    let days = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    listed(&days, word)
}

/// Whether `quote` is a name and asides set off by commas, and nothing else: "Hendrik Vos,
/// 61", "Frédérique Ries, a Belgian liberal MEP", "Verdane Biosciences, Inc. (NASDAQ: VRDN)".
/// An aside says who is meant, in the writer's words even inside what someone said
/// ("Prosecutors said |Hendrik Vos, 61|, accepted ..."): it is no one's claim. A bracket's
/// words are read as an aside too; an aside has no verb of its own.
fn name_with_asides(quote: &str) -> bool {
    let quote = quote.trim();
    if quote.len() > 160 || quote.contains([';', '"', '\u{201c}', '\u{201d}']) {
        return false;
    }
    // Brackets closed in order, their words left out.
    let mut plain = String::with_capacity(quote.len());
    let mut depth = 0u8;
    for c in quote.chars() {
        match c {
            '(' => depth = depth.saturating_add(1),
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let mut parts = plain.split(',').map(str::trim);
    let name = parts.next().unwrap_or("");
    let asides: Vec<&str> = parts.filter(|p| !p.is_empty()).collect();
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_name = (1..=5).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !words
            .iter()
            .any(|w| listed(PRONOUNS, w) || listed(AUXILIARIES, w));
    let verbless = |aside: &&str| {
        let words: Vec<&str> = aside.split_whitespace().collect();
        !words.is_empty()
            && words.len() <= 8
            && !words.iter().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                listed(AUXILIARIES, w) || listed(PRONOUNS, w) || listed(&["that", "said"], w)
            })
    };
    is_name && !asides.is_empty() && asides.len() <= 2 && asides.iter().all(verbless)
}

/// Whether the quote is an aside that closes on a comma after a name (`after` goes on
/// "Prosecutors said |Hendrik Vos, 61|, accepted"): see `name_with_asides`.
fn named_aside(quote: &str, after: &str) -> bool {
    after.trim_start().starts_with(',') && name_with_asides(quote)
}

/// Whether the quote is a second verb of the subject of the attribution `word` in `before`,
/// not part of what it reports: "Nordwind reported on Thursday an 18% fall in profit, |and
/// cut its outlook|". It opens with "and" (or "but") and a word that is no subject, and the
/// verb's object is a noun phrase: it starts with an article or a number ("an 18% fall", "a
/// loss") and no verb of a clause follows, so there is no reported clause for it to go on.
/// Only verbs that take a noun as object ("reported a loss"): "said" takes a clause, whose
/// verb may be one no word list knows ("said a man fled the scene, and hid").
fn coordinated_with(before: &str, word: &str, quote: &str) -> bool {
    let takes_a_noun = [
        "reported",
        "reports",
        "announced",
        "announces",
        "posted",
        "posts",
    ];
    if !listed(&takes_a_noun, word) {
        return false;
    }
    let mut quoted = quote.split_whitespace();
    let (Some(and), Some(next)) = (quoted.next(), quoted.next()) else {
        return false;
    };
    let subject_words = [
        "the", "a", "an", "its", "his", "her", "their", "this", "that",
    ];
    let opens_a_predicate = listed(&["and", "but"], and)
        && next.starts_with(char::is_lowercase)
        && !listed(&subject_words, next)
        && !listed(PRONOUNS, next)
        && !listed(AUXILIARIES, next);
    if !opens_a_predicate || !before.trim_end().ends_with(',') {
        return false;
    }
    let Some(rest) = find_word(before, word).and_then(|at| before.get(at + word.len()..)) else {
        return false;
    };
    let mut object = rest.split_whitespace().peekable();
    // "on Thursday", "today": when, before the object.
    while object
        .peek()
        .is_some_and(|w| listed(&["on", "today", "yesterday"], w) || is_weekday(w))
    {
        object.next();
    }
    let noun_phrase = object
        .peek()
        .is_some_and(|w| listed(&["a", "an"], w) || w.starts_with(|c: char| c.is_ascii_digit()));
    noun_phrase
        && !object.any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            listed(AUXILIARIES, w) || listed(PRONOUNS, w) || listed(&["that", "said"], w)
        })
}

/// Whether `quote` is the writer's, after an attribution set off by commas after the words it
/// gives to someone (`before` ends "..., officials said Thursday, "): what they said stands
/// before it; a clause of circumstance ("as rescuers searched", "amid", "while") or a ranking
/// of the event ("in one of the deadliest attacks") that follows is the writer's.
fn narrated_after(before: &str, word: &str, quote: &str) -> bool {
    let Some(inner) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    // The attribution is short, and words it gives to someone stand before its comma.
    let Some(comma) = inner.rfind(',') else {
        return false;
    };
    let aside = &inner[comma + 1..];
    let said_before = &inner[..comma];
    let first = quote.split_whitespace().next().unwrap_or("");
    find_word(aside, word).is_some()
        && aside.split_whitespace().count() <= 10
        && said_before.split_whitespace().count() >= 3
        && (listed(&["as", "while", "amid"], first) || super::scope::opens_with_a_ranking(quote))
}

/// Whether "according to" (or "citing") after `head`, the words after a quote, gives the
/// source of an estimate with its figure that `head` names, not of the quote: "..., beating
/// analysts' average estimate of $4.05 billion, according to LSEG data" is LSEG's estimate.
fn sources_an_estimate(head: &str, word: &str) -> bool {
    if !matches!(word, "according to" | "citing") {
        return false;
    }
    // The last estimate named, and a figure after it. Not a target ("above its 2% target,
    // according to ONS figures"): whoever sets one does not source the sentence's figures.
    let Some(at) = (PREDICTIONS.iter())
        .filter_map(|e| find_word(head, e))
        .max()
    else {
        return false;
    };
    head[at..].contains(|c: char| c.is_ascii_digit())
}

/// Verbs that frame quoted speech (`"...," the army tweeted`, `Petrov added: "..."`, `the
/// statement read: "..."`) but elsewhere say other things ("added 4,000 jobs", "read the
/// report"): whose words the quote is, only in a frame of quotation marks.
const FRAMING_VERBS: &[&str] = &[
    "added",
    "adds",
    "tweeted",
    "posted",
    "read",
    "reads",
    "stated",
    "noted",
    "explained",
    "continued",
    "replied",
    "responded",
    "answered",
    "shouted",
    "declared",
    "recalled",
    "argued",
    "commented",
    "remarked",
    "countered",
    "conceded",
    "vowed",
    "urged",
    "asserted",
    "maintained",
    "observed",
    "testified",
    "texted",
    "recounted",
];

/// The verb of a frame of quoted speech around the quote, for a piece of its sentence that
/// names no one by `ATTRIBUTIONS`: before the quote, a clause that ends with a colon or comma
/// right before the quotation mark that opens the quote's speech (`Petrov added: "|...`);
/// after it, the clause right after the quotation mark that closes it, after a stop or comma
/// (`|...|," the army tweeted.`). A scare quote has neither (`the "special operation"
/// continued`). With the verb, who speaks: the frame's words before it, or else after it
/// (`," added Petrov`).
fn speech_frame<'p>(piece: &'p str, before: bool, quote: &str) -> Option<(&'static str, &'p str)> {
    const STOPS: [char; 5] = ['.', ',', ';', '!', '?'];
    // Most pieces have no quotation mark: a straight one, or a curly one's first byte.
    memchr::memchr2(b'"', 0xE2, piece.as_bytes())?;
    let frame = if before {
        // The quotation mark that opens the speech the quote stands in: the last one, when it
        // opens (an odd count of straight marks, or a curly opening one).
        let open = piece.rfind(['"', '\u{201c}', '\u{201d}'])?;
        let opens = piece[open..].starts_with('\u{201c}')
            || (piece[open..].starts_with('"') && piece.matches('"').count() % 2 == 1);
        if !opens {
            return None;
        }
        let head = piece[..open].trim_end().strip_suffix([':', ','])?;
        &head[head
            .rfind(['.', ';', '!', '?', '"', '\u{201d}'])
            .map_or(0, |i| i + 1)..]
    } else {
        let (close, mark) = (piece.char_indices()).find(|(_, c)| matches!(c, '"' | '\u{201d}'))?;
        // The speech ends with a stop or comma, in the quote or right after it.
        let spoken = piece[..close].trim_end();
        let spoken = if spoken.is_empty() {
            quote.trim_end()
        } else {
            spoken
        };
        if !spoken.ends_with(STOPS) {
            return None;
        }
        let rest = &piece[close + mark.len_utf8()..];
        // To the sentence's end: who speaks may be set off by commas or dashes ("the governor
        // \u{2014} who asked not to be named \u{2014} added").
        rest.trim_start()
            .split(['.', ';', '!', '?'])
            .next()
            .unwrap_or("")
    };
    // A frame is short: who, perhaps an aside, the verb, and perhaps where.
    let mut end = 0;
    for word in frame.split_whitespace().take(14) {
        let at = end + frame[end..].find(word)?;
        end = at + word.len();
        if let Some(verb) = FRAMING_VERBS.iter().find(|v| v.eq_ignore_ascii_case(word)) {
            // "in a video posted online": a participle in an aside, not the frame's verb.
            let opens = clause(&frame[..at], true).split_whitespace().next();
            if opens.is_some_and(|w| listed(ASIDE_PREPOSITIONS, w) || listed(RELATIVES, w)) {
                continue;
            }
            let who = match frame[..at].trim() {
                "" => clause(&frame[end..], false),
                // "the report said, as the army continued": another clause, not the frame.
                named if !attributions_in(named).is_empty() => return None,
                named => subject(named).unwrap_or(""),
            };
            return Some((verb, who));
        }
    }
    None
}

/// Whether the words after a verb of saying start what it says: "that", a pronoun or an
/// auxiliary ("said they were", "said could add"), rather than who spoke or when ("said the
/// mayor", "said on Monday").
fn says_a_clause(rest: &str) -> bool {
    let mut next = rest.split_whitespace();
    let Some(first) = next.next() else {
        return false;
    };
    if first.ends_with(|c: char| !c.is_alphanumeric()) {
        return false; // "said, " or "said." ends the verb's clause
    }
    let then = next.next().unwrap_or("");
    let that_time = listed(&["evening", "morning", "night", "day", "week"], then);
    (first.eq_ignore_ascii_case("that") && !that_time)
        || (listed(PRONOUNS, first) && !first.eq_ignore_ascii_case("who"))
        || listed(AUXILIARIES, first)
        || listed(&["can", "must", "should"], first)
        || subject_and_verb(rest)
}

/// Whether `rest` opens with a subject of a few words and its auxiliary: "the inspector had
/// ...", "the company would ...", a clause of its own; not "the mayor, who ..." or "the mayor
/// of Kherson on Monday", who speaks (said after what was said).
fn subject_and_verb(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let determiner = ["the", "a", "an", "its", "his", "her", "their", "our"];
    if !words.next().is_some_and(|w| listed(&determiner, w)) {
        return false;
    }
    // Verbs alone: `AUXILIARIES` also holds adverbs ("said the mayor later").
    let finite = [
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "may", "might", "could",
        "should", "can", "must", "did", "does",
    ];
    for word in words.take(4) {
        if listed(&finite, word) {
            return true;
        }
        if word.ends_with(|c: char| !c.is_alphanumeric()) || listed(&["of", "in", "on"], word) {
            return false;
        }
    }
    false
}

/// Whether what follows "citing" names a source, not a reason: a name ("citing Interfax",
/// "citing the Home Ministry") or a word for people or documents that speak ("citing three
/// sources", "citing a report").
pub fn cites_a_source(rest: &str) -> bool {
    (rest.split_whitespace().take(4))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| w.starts_with(char::is_uppercase) || listed(SOURCE_NOUNS, w))
}

/// Words for who or what a report is relayed from: "citing officials", "citing a statement".
const SOURCE_NOUNS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "people",
    "person",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "statement",
    "statements",
    "report",
    "reports",
    "data",
    "figures",
    "documents",
    "document",
    "witnesses",
    "residents",
    "analysts",
    "experts",
    "police",
    "authorities",
    "government",
    "ministry",
    "agency",
    "media",
    "diplomats",
    "survey",
    "poll",
    "study",
    "estimates",
];

/// `text` with the words between an opening quotation mark and its closing one blanked (to
/// the end when it is not closed). A straight quotation mark opens when a word follows it
/// and no word comes right before it: `," the spokesperson said` has none open. Without a
/// quotation mark that may open, it is `text` as it is.
fn outside_speech(text: &str) -> Cow<'_, str> {
    if !text.contains(['"', '\u{201c}']) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(speech_read(text).0)
}

/// Whether `text` ends inside quoted speech, a quotation mark opened and not closed (as
/// `outside_speech` reads them): what follows it is the speaker's words, not the sentence's.
pub fn ends_in_speech(text: &str) -> bool {
    text.contains(['"', '\u{201c}']) && speech_read(text).1
}

/// `outside_speech`'s text, and whether a quotation is open at its end.
fn speech_read(text: &str) -> (String, bool) {
    let mut out = String::with_capacity(text.len());
    let mut open = false;
    let mut previous = ' ';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(' ');
        let opens = c == '\u{201c}'
            || (c == '"'
                && !previous.is_alphanumeric()
                && !",.;:!?".contains(previous)
                && next.is_alphanumeric());
        let closes = c == '\u{201d}' || (c == '"' && !opens);
        if !open && opens {
            open = true;
        } else if open && closes {
            open = false;
        } else if !open {
            out.push(c);
        }
        if open {
            out.push(' ');
        }
        previous = c;
    }
    (out, open)
}

/// The claimant of every attribution in `text` whose claimant can be told: who speaks ("X
/// said") before whom the words are relayed by ("according to X"), as a relay names the
/// original speaker's words.
fn claimants(text: &str) -> Vec<String> {
    claimants_by(text, &attributions_in(text))
}

/// `claimants`, with the attribution words of `text` already read.
fn claimants_by(text: &str, words: &[&'static str]) -> Vec<String> {
    claimants_with_words(text, words)
        .into_iter()
        .map(|(who, _)| who)
        .collect()
}

/// Each claimant of `text` with the attribution word that names it, speakers before relays.
pub fn claimants_with_words(text: &str, words: &[&'static str]) -> Vec<(String, &'static str)> {
    let places: Vec<_> = words
        .iter()
        .map(|&w| (w, attributing_at(text, w)))
        .collect();
    claimants_placed(text, &places)
}

/// `claimants_with_words`, with where each word gives the claim (`attributing_at`) found.
fn claimants_placed(
    text: &str,
    places: &[(&'static str, Option<usize>)],
) -> Vec<(String, &'static str)> {
    (places.iter().filter(|(w, _)| !relays(w)))
        .chain(places.iter().filter(|(w, _)| relays(w)))
        .filter_map(|&(word, at)| claimant_at(text, word, at?).map(|who| (who, word)))
        // "according to media reports citing X": "reports" there is a noun, not who speaks.
        .filter(|(who, _)| find_word(who, "according to").is_none())
        .collect()
}

/// The claimant `suggest` gives a sentence: who speaks before whom the words are relayed by
/// ("The mayor said ..., according to an earlier statement" is the mayor's), with the word
/// that gives it.
pub fn first_claimant(text: &str) -> Option<(String, &'static str)> {
    claimants_with_words(text, &attributions_in(text))
        .into_iter()
        .next()
}

/// The pronoun ("he", "she", "they") that `text` gives its claim to ("He told reporters that
/// ..."), whose speaker an earlier sentence names; `None` when it names its speaker or none.
pub fn pronoun_speaker(text: &str) -> Option<&'static str> {
    const PERSONAL: &[&str] = &["he", "she", "they"];
    let pronoun = |who: &str| {
        PERSONAL
            .iter()
            .copied()
            .find(|p| p.eq_ignore_ascii_case(who))
    };
    attributions_in(text)
        .into_iter()
        .find_map(|word| match word.split_once(' ') {
            // "he added"
            Some((first, _)) => pronoun(first),
            None => pronoun(subject(&text[..find_word(text, word)?])?),
        })
}

/// The claimants of `text` (as `claimants`), and every wording that names one of them: each
/// claimant and the words around it that also name it (the apposition of "Igor Kolyhav, the
/// mayor of Kherson, confirmed"), for telling whether two wordings name one claimant. `words`
/// are its attributions (`attributions_in`).
fn speakers(text: &str, words: Vec<&'static str>) -> (Vec<String>, Vec<String>) {
    // Where each word stands is read once, for its claimant and its apposition.
    let places: Vec<_> = words
        .iter()
        .map(|&w| (w, attributing_at(text, w)))
        .collect();
    let given: Vec<String> = (claimants_placed(text, &places).into_iter())
        .map(|(who, _)| who)
        .collect();
    let mut names = given.clone();
    for at in places.into_iter().filter_map(|(_, at)| at) {
        let wider = appositive(&text[..at]);
        if !wider.is_empty() {
            names.push(wider.to_owned());
        }
    }
    (given, names)
}

/// The support of each of the fact's citations, in order; `turned` has the words by which
/// each one's source says the opposite of the statement, if any (`negation::negation_cut`).
pub fn classify(
    stated: &Stated,
    readings: &[Reading<'_>],
    turned: &[Option<String>],
) -> Vec<Support> {
    (readings.iter().enumerate())
        .map(|(i, r)| match turned.get(i) {
            Some(Some(words)) => Support::Denied(words.clone()),
            _ => support(stated, r),
        })
        .collect()
}

/// How a quote supports the statement, from its words, the words of its sentence that it
/// leaves out, and the sentence as a whole (whose claim it is can stand across the quote's
/// edge: "Vadim Boichenko, |announced that ...|").
fn support(stated: &Stated, reading: &Reading<'_>) -> Support {
    // A statement that hedges ("reportedly") claims no more than a hedged or attributed report.
    if stated.said.hedge.is_some() {
        return Support::States;
    }
    let hedge = reading.quote.hedge.or(reading.left_out_hedge);
    // Whose quoted speech goes on in the quote's sentence is said in the sentence before.
    let speaker_sentence = reading.speech_of.unwrap_or(reading.sentence);
    let attributed = reading.quote.attribution.is_some() || reading.left_out_attribution.is_some();
    if hedge.is_none() && !attributed {
        return Support::States;
    }
    if !stated.attributed {
        if let Some(hedge) = hedge {
            return Support::Hedged(hedge.to_owned());
        }
        let framed = reading.framed_by.map(str::to_owned);
        return Support::Claimed(first_or_someone(
            framed
                .into_iter()
                .chain(claimants(speaker_sentence))
                .collect(),
        ));
    }
    // A statement whose claimant cannot be told takes anyone's words as its own; a hedge still
    // counts.
    if stated.claimants.is_empty() {
        return hedge.map_or(Support::States, |h| Support::Hedged(h.to_owned()));
    }
    let (given, names) = reading.gives_to();
    // Whether the sentence gives it to the claimant the statement names.
    let theirs = (names.iter()).any(|by| {
        let by = telling_words(by);
        (stated.claimants.iter()).any(|named| same_words(&by, named))
    });
    // Hedged in the words of the claimant the statement names, it is that claimant's claim as
    // the statement gives it; anyone else's hedge is a hedge.
    if let Some(hedge) = hedge
        && !theirs
    {
        return Support::Hedged(hedge.to_owned());
    }
    // An attributed quote states what the statement attributes to the same claimant.
    if !attributed || given.is_empty() || theirs {
        return Support::States;
    }
    Support::Claimed(first_or_someone(given.clone()))
}

impl Reading<'_> {
    /// Whom the quote's sentence gives the claim to, read once for the rules that ask.
    fn gives_to(&self) -> &Speakers {
        self.gives.get_or_init(|| {
            // Whose quoted speech goes on in the quote's sentence is said in the sentence before.
            let sentence = self.speech_of.unwrap_or(self.sentence);
            let (mut given, mut names) = speakers(sentence, attributions_in(sentence));
            if let Some(who) = self.framed_by {
                given.insert(0, who.to_owned());
                names.push(who.to_owned());
            }
            (given, names)
        })
    }
}

/// `claim-unattributed` of the other kind: a `claimed_by` whom every quote's sentence gives to
/// someone else, and whom no cited article names at all ("Ukraine's General Staff" for "...,
/// the mayor of Kherson, confirmed this"): the briefing would put the words in the mouth of
/// someone the sources never mention. An article that names the claimant somewhere is let be:
/// "the lawyer" or "he" may be them.
pub fn claimant_not_quoted(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    placed: &[Option<Placed<'_>>],
    readings: &[Reading<'_>],
    support: &[Support],
    out: &mut Vec<Finding>,
) {
    // Claimed: every sentence gives the claim to someone the fact does not name.
    let claimed = |s: &Support| matches!(s, Support::Claimed(_));
    let Some(by) = (fact.claimed_by.as_ref())
        .filter(|by| support.iter().all(claimed) && names_someone(&by.value))
    else {
        return;
    };
    let by_value = by.value.trim();
    let telling = telling_words(by_value);
    let mut others = Vec::new();
    for ((citation, place), reading) in fact.sources.value.iter().zip(placed).zip(readings) {
        let Some(place) = place else {
            return;
        };
        let (given, names) = reading.gives_to();
        // A document ("the statement") or a lone name ("Kyiv" for its government, "Peskov"
        // for the Kremlin) does not tell whose claim it is apart from `claimed_by`.
        let Some(first) = given.first().filter(|w| names_someone(w) && !lone_name(w)) else {
            return;
        };
        // Named anywhere in the article, "the lawyer" or "he" may be them; in an article in
        // another language, the claimant's name may be its translation ("ООН" for "the UN");
        // and the article is its publisher's or author's own words (ISW's assessment glosses
        // what Peskov claimed).
        let source = &ctx.file.sources[place.source];
        if ctx.translated(place.source)
            || mentions(&ctx.texts[place.source], &telling)
            || wrote(source, &telling)
        {
            return;
        }
        // In the fullest wording the sentence gives: "Igor Kolyhav, the mayor of Kherson".
        let fullest = (names.iter()).find(|n| n.len() > first.len() && n.contains(first.as_str()));
        let shown = fullest.unwrap_or(first);
        others.push(format!(
            "\u{201c}{shown}\u{201d} (`{}`)",
            citation.source.value
        ));
    }
    if others.is_empty() {
        return;
    }
    let id = fact.id.value.as_str();
    let (whose, articles) = match others.len() {
        1 => ("its quote gives", "the article never names"),
        _ => ("its quotes give", "none of the articles names"),
    };
    let message = format!(
        "fact `{id}`: `claimed_by` is \u{201c}{by_value}\u{201d}, but {whose} the claim to {}, \
         and {articles} {by_value}: give the claimant the quotes name",
        others.join(", ")
    );
    out.push(Finding::new(Rule::ClaimUnattributed, by.pos, message).fact(id));
}

/// Whether a claimant, given the words that tell it apart, is who published or wrote the
/// source: at least half of the words are alike words of its `publisher` or `author`.
fn wrote(source: &Source, telling: &[String]) -> bool {
    let by = [Some(&source.publisher), source.author.as_ref()];
    by.into_iter().flatten().any(|who| {
        let theirs = telling_words(&who.value);
        let found = (telling.iter())
            .filter(|w| theirs.iter().any(|t| alike(w, t)))
            .count();
        !theirs.is_empty() && 2 * found >= telling.len()
    })
}

/// Whether the article names a claimant, given the words that tell it apart (`telling_words`:
/// "russia", "defence", "ministry"): at least half of them stand in its text, in any form or
/// spelling (`alike`) that starts with the same three letters.
fn mentions(file: &SourceFile, telling: &[String]) -> bool {
    let SourceFile::Read(text) = file else {
        return true;
    };
    let lowercase = text.lowercase();
    let found = (telling.iter())
        .filter(|word| {
            let start = word.char_indices().nth(3).map_or(word.len(), |(i, _)| i);
            (memchr::memmem::find_iter(lowercase.as_bytes(), &word.as_bytes()[..start]))
                .filter(|&at| {
                    let before = lowercase[..at].chars().next_back();
                    !before.is_some_and(char::is_alphanumeric)
                })
                .any(|at| {
                    let rest = &lowercase[at..];
                    let end = rest
                        .find(|c: char| !c.is_alphanumeric())
                        .unwrap_or(rest.len());
                    alike(word, &rest[..end])
                })
        })
        .count();
    2 * found >= telling.len()
}

/// Whether two lowercase words are one word (`same_stem`: "ukraine" and "ukrainian"), or, of
/// five letters or more, two spellings of one name ("kolykhaiev" and "kolyhav": Jaro-Winkler
/// at least 0.85).
fn alike(a: &str, b: &str) -> bool {
    let long = |w: &str| w.chars().count() >= 5;
    same_stem(a, b) || long(a) && long(b) && strsim::jaro_winkler(a, b) >= 0.85
}

/// Whether `who` is one name alone ("Kyiv", "the Kremlin", "Peskov"): a place that stands for
/// its government, or a person whom the article names in full elsewhere.
fn lone_name(who: &str) -> bool {
    let mut words = who.split_whitespace().filter(|w| !listed(&["the"], w));
    words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.next().is_none()
}

fn first_or_someone(claimants: Vec<String>) -> String {
    claimants
        .into_iter()
        .next()
        .unwrap_or_else(|| "someone".to_owned())
}

/// `attribution-cut`: a quote's sentence gives it to someone in words the quote leaves out,
/// and the fact does not say whose it is.
pub fn attribution_cut(
    fact: &Spanned<Fact>,
    stated: &Stated,
    readings: &[Reading<'_>],
    out: &mut Vec<Finding>,
) {
    if stated.attributed {
        return;
    }
    let id = fact.id.value.as_str();
    for (citation, reading) in fact.sources.value.iter().zip(readings) {
        let (Some((piece, word)), Some(quote)) = (reading.left_out_attribution, &citation.quote)
        else {
            continue;
        };
        let cited = citation.source.value.as_str();
        let whose = match reading.speech_of {
            Some(_) => format!(
                "the quote from `{cited}` goes on with the speech of the sentence before it, \
                 which gives it to someone"
            ),
            None => format!("the sentence of the quote from `{cited}` gives it to someone"),
        };
        out.push(
            Finding::new(
                Rule::AttributionCut,
                quote.pos,
                format!(
                    "fact `{id}`: {whose} ({}) in words the quote leaves out: \u{201c}{}\u{201d}; \
                     quote them too, add `claimed_by`, or say whose it is in the statement",
                    super::wording::glossed(word),
                    shown(piece, word)
                ),
            )
            .fact(id)
            .source(cited),
        );
    }
}

/// `attribution-cut` of the other kind: a quote whose ellipsis joins words that give a claim to
/// someone ("officials said ...") to words of another sentence, which the source does not give
/// to them ("... 300 people were evacuated"), or gives to someone else. Not when that sentence
/// is quoted speech that goes on from the one before.
pub fn spliced(fact: &Spanned<Fact>, placed: &[Option<Placed<'_>>], out: &mut Vec<Finding>) {
    let id = fact.id.value.as_str();
    for (citation, place) in fact.sources.value.iter().zip(placed) {
        let (Some(place), Some(quote)) = (place, &citation.quote) else {
            continue;
        };
        let part = |k: usize| place.sentence.get(place.quoted[k].clone()).unwrap_or("");
        let joined = (place.across.iter().enumerate()).find_map(|(k, next)| {
            let next = (*next)?;
            let word = said(part(k)).attribution?;
            (!is_speech_only(next)).then(|| (part(k), word, part(k + 1)))
        });
        let Some((first, word, second)) = joined else {
            continue;
        };
        let cited = citation.source.value.as_str();
        out.push(
            Finding::new(
                Rule::AttributionCut,
                quote.pos,
                format!(
                    "fact `{id}`: the quote from `{cited}` joins \u{201c}{}\u{201d} to words of \
                     another sentence at its ellipsis (\u{201c}{}\u{201d}), which the source \
                     does not give to whoever \u{201c}{word}\u{201d} names; quote the sentences \
                     apart",
                    shown(first, word),
                    second.trim()
                ),
            )
            .fact(id)
            .source(cited),
        );
    }
}

/// The words left out, trimmed, and cut to those around the attribution when they are many.
fn shown(piece: &str, word: &str) -> String {
    let piece = piece.trim();
    const MOST: usize = 120;
    if piece.chars().count() <= MOST {
        return piece.to_owned();
    }
    let at = find_word(piece, word).unwrap_or(0);
    let mut start = piece.floor_char_boundary(at.saturating_sub(MOST / 2));
    // From the start of a word.
    if start > 0 {
        start = piece[start..]
            .find(' ')
            .map_or(start, |space| start + space + 1);
    }
    let mut end = piece.floor_char_boundary((start + MOST).min(piece.len()));
    // To the end of a word.
    if end < piece.len() {
        end = (piece[..end].rfind(' '))
            .filter(|&space| space > start)
            .unwrap_or(end);
    }
    let lead = if start > 0 { "\u{2026}" } else { "" };
    let tail = if end < piece.len() { "\u{2026}" } else { "" };
    format!("{lead}{}{tail}", piece[start..end].trim())
}

/// Where `word` (lowercase, single spaces) stands in `text` as whole words, by bytes.
/// Where `word` gives the claim to someone in `text`: its first place that no use which gives
/// it to no one takes ("The ministry hadn't confirmed the figures. Police confirmed 40 dead"
/// gives it at the second "confirmed").
fn attributing_at(text: &str, word: &str) -> Option<usize> {
    let first = find_word(text, word)?;
    // Callers know the word gives the claim somewhere in `text`: where it stands once, there.
    if find_word(&text[first + word.len()..], word).is_none() {
        return Some(first);
    }
    let mut from = 0;
    while let Some(at) = find_word(&text[from..], word).map(|i| from + i) {
        // The words around it, enough for the uses that give it to no one ("hadn't
        // confirmed", "said goodbye", "reported revenue").
        let start = text.floor_char_boundary(at.saturating_sub(24));
        let end = text.ceil_char_boundary(at + word.len() + 12);
        if attributions_in(&text[start..end]).contains(&word) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

pub(super) fn find_word(text: &str, word: &str) -> Option<usize> {
    if !word.is_ascii() {
        return find_word_unicode(text, word);
    }
    // Compared byte by byte, ignoring ASCII case: most phrases are ASCII. Only the places
    // where the word's first letter stands, in either case, are tried.
    let (hay, needle) = (text.as_bytes(), word.as_bytes());
    let &first = needle.first()?;
    let last = hay.len().checked_sub(needle.len())?;
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        &hay[..=last],
    )
    .find(|&at| {
        hay[at..at + needle.len()].eq_ignore_ascii_case(needle)
            && !at
                .checked_sub(1)
                .is_some_and(|i| hay[i].is_ascii_alphanumeric())
            && !hay
                .get(at + needle.len())
                .is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// `find_word` of a lowercase word of another alphabet ("по данным" in "По данным ООН"),
/// compared character by character, each of the text's lowercased.
fn find_word_unicode(text: &str, word: &str) -> Option<usize> {
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        let starts = !previous.is_some_and(char::is_alphanumeric)
            && c.to_lowercase().eq(word.chars().next()?.to_lowercase());
        previous = Some(c);
        if !starts {
            continue;
        }
        let mut rest = text[at..].chars();
        let same = word.chars().all(|w| {
            rest.next()
                .is_some_and(|t| t.to_lowercase().eq(w.to_lowercase()))
        });
        if same && !rest.next().is_some_and(char::is_alphanumeric) {
            return Some(at);
        }
    }
    None
}

/// Words of `ATTRIBUTIONS` that relay a claim: whose it is follows them ("according to X",
/// "citing X"), in English and in the languages whose grammar closes the phrase with a comma
/// ("По данным ООН, ...", "Selon le HCR, ..."). German's "laut X" takes none ("Laut UNHCR
/// sind ..."), so it is not among them.
const RELAYS: &[&str] = &[
    "according to",
    "citing",
    // Russian
    "по данным",
    "по словам",
    // Ukrainian
    "за словами",
    "за даними",
    // French
    "selon",
    "d'après",
    "d’après",
    // Spanish
    "según",
    // Arabic
    "بحسب",
    "وبحسب",
];

/// Whether `word` relays a claim (`RELAYS`).
fn relays(word: &str) -> bool {
    RELAYS.contains(&word)
}

/// Who `text` gives its claim to by `word`: what follows "according to X" or "citing X" (the
/// last "citing" wins: "reports citing the ministry" is the ministry's claim), else what
/// stands before "X said" back to the clause's start, else what follows ("said the mayor").
pub fn claimant(text: &str, word: &str) -> Option<String> {
    claimant_at(text, word, attributing_at(text, word)?)
}

/// `claimant`, with `at` where the word gives the claim (`attributing_at`).
fn claimant_at(text: &str, word: &str, at: usize) -> Option<String> {
    // "they added": the speaker is named elsewhere.
    if word
        .split_once(' ')
        .is_some_and(|(first, _)| PRONOUNS.contains(&first))
    {
        return None;
    }
    // "concerned by reports that", "amid claims that": a noun there, of no one named.
    let previous = text[..at].split_whitespace().next_back().unwrap_or("");
    if listed(NOUNS_OF_CLAIMS, word) && listed(BEFORE_A_NOUN, previous) {
        return None;
    }
    let after = clause(&text[at + word.len()..], false);
    let after = match arabic_said(word, &text[at + word.len()..], after) {
        Some(said) => said?,
        None => after,
    };
    let who = if relays(word) {
        after
    } else if let Some(agent) = passive_agent(&text[..at], after) {
        agent
    } else {
        // "... and said": the speaker is the subject of the verb before; after quoted speech
        // ("«...», — заявил мэр", `"...," said the mayor`) the speaker follows the verb.
        let before = match ends_quoted_speech(&text[..at]) {
            true => "",
            false => subject(&text[..at])?,
        };
        // "he told": the speaker is named elsewhere; "told the agency": that is who listened.
        if listed(PRONOUNS, before) {
            return None;
        }
        let first = after.split_whitespace().next().unwrap_or("");
        if !before.is_empty() {
            before
        } else if word != "told"
            && after.split_whitespace().count() <= 6
            && !NOT_CLAIMANTS.contains(&first)
        {
            after
        } else {
            ""
        }
    };
    let who = match find_word(who, "citing") {
        Some(c) => clause(&who[c + "citing".len()..], false),
        None => who,
    };
    let who = who.trim_matches(|c: char| !c.is_alphanumeric());
    let who = if relays(word) {
        without_document(who)?
    } else {
        who
    };
    (is_speaker(who) && who.split_whitespace().count() <= 12).then(|| who.to_owned())
}

/// Whether `before` ends with quoted speech and the comma or dash after it: the verb that
/// follows is said of the quotation, and its speaker stands after the verb ("«Бригады
/// работают круглосуточно», — заявил мэр").
fn ends_quoted_speech(before: &str) -> bool {
    let rest = before.trim_end_matches([' ', ',', '-', '\u{2013}', '\u{2014}', '\u{a0}']);
    rest.len() < before.len() && rest.ends_with(['\u{bb}', '\u{201d}', '"'])
}

/// For an Arabic verb of saying, which opens its sentence before the speaker (وقال المتحدث ...
/// إن ...): `after`, the clause after it, up to the "إن" or "أن" that opens what is said, or
/// `Some(None)` where none stands in `rest`, all that follows the verb: then what follows is
/// its object ("وأعلنت الحكومة الحداد", the government announced mourning), not a speaker.
/// `None` for any other word.
fn arabic_said<'t>(word: &str, rest: &str, after: &'t str) -> Option<Option<&'t str>> {
    if !word.starts_with(|c: char| ('\u{600}'..='\u{6ff}').contains(&c)) || relays(word) {
        return None;
    }
    let opens = |text: &str| ["إن", "أن"].iter().filter_map(|w| find_word(text, w)).min();
    if opens(rest).is_none() {
        return Some(None);
    }
    Some(Some(
        opens(after).map_or(after, |at| after[..at].trim_end()),
    ))
}

/// Who a verb of saying in the passive gives the claim to: its agent after "by" ("The deal was
/// announced by labour minister Asif Mahmud after talks ..." is the minister's, not the
/// deal's), up to a word that starts what is said about when or why ("after talks").
fn passive_agent<'t>(before: &str, after: &'t str) -> Option<&'t str> {
    const BE: &[&str] = &["was", "were", "is", "are", "been", "being", "be"];
    let last = before.split_whitespace().next_back()?;
    let agent = after.strip_prefix("by ")?;
    if !listed(BE, last) {
        return None;
    }
    // Where a word of time or reason starts: a slice of `agent`.
    let end = (agent.split_whitespace())
        .find(|w| listed(SUBORDINATORS, w) || listed(AGENT_ENDS, w))
        .map_or(agent.len(), |w| {
            w.as_ptr() as usize - agent.as_ptr() as usize
        });
    Some(agent[..end].trim_end())
}

/// Words after which a passive's agent has ended: "announced by the minister on Sunday".
const AGENT_ENDS: &[&str] = &[
    "on",
    "at",
    "in",
    "during",
    "following",
    "amid",
    "with",
    "after",
    "before",
    "as",
    "when",
    "since",
];

/// Whether every use of `word` in `text` is one of `NOUNS_OF_CLAIMS` as a noun that ends its
/// phrase and so gives no claim to anyone: "based on ... regional news reports, and does not
/// include"; not "reports of shelling", "reports that", "media reports say", ", reports EFE".
pub(super) fn only_bare_nouns(text: &str, word: &str) -> bool {
    if !listed(NOUNS_OF_CLAIMS, word) {
        return false;
    }
    let mut from = 0;
    while let Some(at) = find_word(&text[from..], word).map(|at| at + from) {
        let previous = text[..at].split_whitespace().next_back().unwrap_or("");
        let previous = previous.trim_start_matches(|c: char| !c.is_alphanumeric());
        let rest = &text[at + word.len()..];
        let next = rest.split_whitespace().next().unwrap_or("");
        let ends = rest.starts_with([',', ';', '.', ')']) || listed(&["and", "or"], next);
        if !(ends && (listed(BEFORE_A_NOUN, previous) || plural(previous))) {
            return false;
        }
        from = at + word.len();
    }
    from > 0
}

/// Whether a word before one of `NOUNS_OF_CLAIMS` makes it a noun, as a verb of saying takes
/// a singular subject: a lowercase plural or possessive ("regional news reports", "the
/// country's claims"), not an adverb ("always claims") nor a name ("Reuters reports").
fn plural(previous: &str) -> bool {
    let word = previous.trim_end_matches(['\'', '\u{2019}']);
    let lowercase = word.starts_with(|c: char| c.is_lowercase());
    let possessive =
        word.len() < previous.len() || word.ends_with("'s") || word.ends_with("\u{2019}s");
    lowercase
        && (possessive
            || word.ends_with('s')
                && !["ss", "us", "is"].iter().any(|e| word.ends_with(e))
                && !listed(ADVERBS_IN_S, word))
}

/// Adverbs that end in `s` as plurals do.
const ADVERBS_IN_S: &[&str] = &[
    "always",
    "sometimes",
    "perhaps",
    "nevertheless",
    "nonetheless",
    "afterwards",
    "besides",
    "regardless",
    "nowadays",
    "whereas",
    "as",
];

/// Words of attribution that are also nouns: "reports", "claims", "estimates".
const NOUNS_OF_CLAIMS: &[&str] = &["reports", "claims", "claim", "estimate", "estimates"];

/// Words after which a word of `NOUNS_OF_CLAIMS` is a noun: a preposition or a determiner.
const BEFORE_A_NOUN: &[&str] = &[
    "by",
    "of",
    "amid",
    "about",
    "despite",
    "over",
    "on",
    "to",
    "with",
    "after",
    "following",
    "the",
    "a",
    "these",
    "those",
    "such",
    "unconfirmed",
    "denied",
];

/// Whether `who` can name a speaker: a noun phrase, not a lone auxiliary, conjunction, pronoun
/// or preposition ("has", "and", "who spoke ...").
fn is_speaker(who: &str) -> bool {
    let Some(first) = who.split_whitespace().next() else {
        return false;
    };
    // An acronym is a name, though it is spelt as a word of the lists ("WHO", "US").
    let named = |w: &str| {
        is_acronym(w)
            || !listed(FUNCTION_WORDS, w) && !listed(PRONOUNS, w) && !listed(AUXILIARIES, w)
    };
    (is_acronym(first)
        || !listed(RELATIVES, first)
            && !listed(CONJUNCTIONS, first)
            && !listed(SUBORDINATORS, first))
        && who.split_whitespace().any(named)
}

/// Whether a word is an acronym: two or more capitals and nothing else ("WHO", "US", "IAEA").
fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `word` is in `list` (lowercase ASCII words), in any case: compared without making
/// a lowercase copy, as these run for every attribution.
fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// Whether the "according to" of `text` relays a document that names no one: "according to
/// preliminary data released at a news conference", "according to near-complete results".
pub fn relays_a_document(text: &str) -> bool {
    let Some(at) = find_word(text, "according to") else {
        return false;
    };
    let who = clause(&text[at + "according to".len()..], false);
    let who = who.trim_matches(|c: char| !c.is_alphanumeric());
    !who.is_empty() && without_document(who).is_none()
}

/// Whether a `claimed_by` names someone: a noun phrase that is not a document alone and does
/// not end with an auxiliary ("its mayor has", "and", "an earlier statement" name no one).
pub fn names_someone(who: &str) -> bool {
    let last = who.split_whitespace().next_back().unwrap_or("");
    is_speaker(who) && !listed(AUXILIARIES, last) && without_document(who).is_some()
}

/// What a relay names once a document that names no one is set aside: "an earlier statement"
/// is no one; "a statement from the ministry" and "a statement tweeted by the embassy" are
/// the ministry's and the embassy's.
fn without_document(who: &str) -> Option<&str> {
    let lower = who.to_lowercase();
    let mut words = lower.split_whitespace().peekable();
    // Counts the words of `who` that name the document.
    let mut taken = 0;
    if words
        .next_if(|w| matches!(*w, "a" | "an" | "the"))
        .is_some()
    {
        taken += 1;
    }
    while words.next_if(|w| DOCUMENT_ADJECTIVES.contains(w)).is_some() {
        taken += 1;
    }
    if words.next_if(|w| DOCUMENTS.contains(w)).is_none() {
        return Some(who);
    }
    taken += 1;
    // Who put it out: "a statement tweeted by the embassy", "data released by the ministry".
    if words
        .next_if(|w| w.ends_with("ed") || matches!(*w, "put" | "sent" | "made" | "given"))
        .is_some()
    {
        taken += 1;
        if words.next_if(|w| *w == "out").is_some() {
            taken += 1;
        }
    }
    // The document alone names no one.
    words.next_if(|w| matches!(*w, "from" | "by" | "of"))?;
    taken += 1;
    // Where the next word starts: a slice of `who`, so the difference of the pointers.
    let next = who.split_whitespace().nth(taken)?;
    let start = next.as_ptr() as usize - who.as_ptr() as usize;
    who.get(start..).map(str::trim).filter(|w| !w.is_empty())
}

/// Who stands before a verb of saying: the clause before it without the auxiliaries that end
/// it ("Officials have confirmed"), stepping back over the comma of an apposition ("the mayor,
/// Vadim Boichenko, has confirmed") and over an aside ("Vadim Boichenko, meanwhile,
/// announced"; "The governor, who spoke on condition of anonymity, said"). A clause that
/// starts with a conjunction ("... and said") shares a subject named before it: `None`.
fn subject(before: &str) -> Option<&str> {
    let mut rest = before;
    // "\u{2014} who asked not to be named \u{2014} said": who speaks stands before the aside
    // (cut off here), not after the verb ("said the convoy ...").
    let mut set_off = before.trim_end().ends_with(['-', '\u{2013}', '\u{2014}']);
    for _ in 0..4 {
        let trimmed = without_closing_stop(rest);
        let clause = clause(trimmed, true);
        let first = clause.split_whitespace().next().unwrap_or("");
        let last = clause.split_whitespace().next_back().unwrap_or("");
        if listed(CONJUNCTIONS, first) || CONJUNCTIONS.contains(&last) {
            return None;
        }
        // "Про це повідомив мер", "Об этом сообщил губернатор", "Dazu sagte der Minister":
        // what it is about opens the sentence, and who speaks follows the verb.
        if rest.len() == before.len() && about_this(clause) {
            return Some("");
        }
        let named = without_auxiliaries(without_subordinator(clause));
        // "Residents, many of whom ..., said"; "André Ventura, 42, said".
        let of_whom = clause.split_whitespace().nth(1).is_some_and(|w| w == "of")
            && (clause.split_whitespace().nth(2)).is_some_and(|w| listed(RELATIVES, w));
        let age = !clause.is_empty() && clause.bytes().all(|b| b.is_ascii_digit());
        // "Dmytro Kuleba, writing on X, said": a participle opens an aside, as "speaking" does
        // ("citing" names whose words they are: `claimant` reads it).
        let participle = first.len() > 4
            && first.ends_with("ing")
            && first.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(first, "citing" | "according");
        // "The governor, in a video posted online, said": where or how, after who, set off on
        // both sides ("affected, with the worst damage reported in" has its subject there).
        let closed = trimmed.len() < rest.trim_end().len();
        let adverbial = (listed(ASIDE_PREPOSITIONS, first) || participle)
            && clause.len() < trimmed.len()
            && closed;
        let aside =
            listed(ASIDES, clause) || listed(RELATIVES, first) || of_whom || age || adverbial;
        if !named.is_empty() && !aside {
            let named = with_title(trimmed, named);
            // "Dmitry Peskov, the Kremlin spokesman, told": the name, not the title after it.
            return Some(name_before_title(trimmed, named, closed).unwrap_or(named));
        }
        set_off |= aside;
        if trimmed.len() == rest.len() && clause.is_empty() {
            break;
        }
        rest = &trimmed[..trimmed.len() - clause.len()];
    }
    (!set_off).then_some("")
}

/// The name before `named` (a slice of `text`) when `named` is a title set off after it by
/// commas: "Dmitry Peskov, the Kremlin spokesman, told" and "Ihor Terekhov, mayor of Kharkiv,
/// said" are Peskov's and Terekhov's. Not when `named` is itself a name ("The governor,
/// Vyacheslav Gladkov, said"), nor when no comma closes it ("Meanwhile, the spokesman said").
fn name_before_title<'t>(text: &'t str, named: &'t str, closed: bool) -> Option<&'t str> {
    if !closed || is_name(named) {
        return None;
    }
    let start = (named.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let rest = text.get(..start)?.trim_end().strip_suffix(',')?;
    let previous = clause(rest, true);
    let first = previous.split_whitespace().next()?;
    let opens_aside = listed(ASIDE_PREPOSITIONS, first)
        || listed(ASIDES, first)
        || listed(SUBORDINATORS, first)
        || listed(TIME_SUBORDINATORS, first);
    (is_name(previous) && !opens_aside).then(|| with_title(rest, previous))
}

/// Whether `words` read as a proper name: at most five words, each capitalised but for the
/// particles of names ("Ursula von der Leyen", "Bank of England"), with no digit.
fn is_name(words: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "of", "von", "der", "van", "de", "del", "la", "le", "du", "da", "dos", "al", "bin", "ibn",
    ];
    let count = words.split_whitespace().count();
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    (1..=5).contains(&count)
        && !words.contains(|c: char| c.is_ascii_digit())
        && words.split_whitespace().next().is_some_and(capital)
        && words.split_whitespace().next_back().is_some_and(capital)
        && (words.split_whitespace()).all(|w| capital(w) || PARTICLES.contains(&w))
}

/// `text` without the comma or dash that closes an aside before a verb of saying ("The mayor
/// \u{2014} speaking from Kyiv \u{2014} said"), nor the spaces around it.
fn without_closing_stop(text: &str) -> &str {
    text.trim_end()
        .trim_end_matches([',', '-', '\u{2013}', '\u{2014}'])
        .trim_end()
}

/// Prepositions that open an aside of where, when or how, or of who else, set off after who
/// speaks: "The governor, in a video posted online, said"; "Officials, including the mayor,
/// said".
const ASIDE_PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "via",
    "through",
    "from",
    "after",
    "before",
    "with",
    "without",
    "including",
    "among",
    "besides",
    "like",
    "along",
    "together",
];

/// The clause without a subordinating conjunction that opens it: "Although officials said" is
/// said by "officials"; "Unless confirmed" by no one.
fn without_subordinator(clause: &str) -> &str {
    match clause.trim_start().split_once(' ') {
        Some((first, rest)) if listed(SUBORDINATORS, first) => rest.trim_start(),
        None if listed(SUBORDINATORS, clause.trim()) => "",
        _ => clause,
    }
}

/// Words that say what is told about, standing first, before the verb of saying, in a language
/// that then puts the speaker after it: a preposition of topic with its pronoun ("про це",
/// "об этом") or a German pronominal adverb ("darüber", "dazu").
const ABOUT: &[&str] = &[
    "про", "об", "о", "обо", "darüber", "dazu", "davon", "hierzu",
];

/// Whether `clause` is only what is told about (`ABOUT`, and a pronoun after a preposition):
/// no speaker.
fn about_this(clause: &str) -> bool {
    let mut words = clause.split_whitespace().map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    let rest = words.count();
    ABOUT.contains(&first.as_str()) && rest <= usize::from(first.chars().count() <= 3)
}

/// Words that open a clause of time: what is said in it is when, not who says the quote.
const TIME_SUBORDINATORS: &[&str] = &["after", "before", "since", "until"];

/// Words that open a clause which leans on another: a condition, a concession, a cause.
const SUBORDINATORS: &[&str] = &[
    "if", "unless", "although", "though", "because", "while", "whereas", "once", "until",
    // "as the ministry said", "wie die Polizei mitteilte": as whom it is told.
    "as", "wie",
];

/// The subject before a verb of saying with the clause before it, when that clause names the
/// same speaker in other words ("Igor Kolyhav, the mayor of Kherson"): empty when there is
/// none.
fn appositive(before: &str) -> &str {
    let trimmed = without_closing_stop(before);
    let last = clause(trimmed, true);
    let Some(rest) = trimmed[..trimmed.len() - last.len()]
        .trim_end()
        .strip_suffix(',')
    else {
        return "";
    };
    let previous = clause(rest, true);
    if previous.is_empty() || previous.split_whitespace().count() > 6 {
        return "";
    }
    // From where the previous clause starts in `trimmed` to its end.
    let start = rest.len() - previous.len();
    trimmed.get(start..).unwrap_or("").trim()
}

/// The subject `named` (a slice of `text`) with the title before it that its stop cut off:
/// "Mr. Zelensky", not "Zelensky".
fn with_title<'t>(text: &'t str, named: &'t str) -> &'t str {
    let start = (named.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    let end = start.wrapping_add(named.len());
    let (Some(before), Some(_)) = (text.get(..start), text.get(start..end)) else {
        return named;
    };
    let head = before.trim_end();
    for title in TITLES {
        if let Some(rest) = head.strip_suffix(title)
            && !rest.ends_with(char::is_alphanumeric)
        {
            return text.get(rest.len()..end).unwrap_or(named);
        }
    }
    named
}

/// Titles whose full stop is not the end of a clause.
const TITLES: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.",
];

/// The clause without the auxiliaries and adverbs that end it: "Officials have" is "Officials".
fn without_auxiliaries(clause: &str) -> &str {
    let mut named = clause.trim_end();
    loop {
        let (head, last) = named.rsplit_once(' ').unwrap_or(("", named));
        if last.is_empty() || !listed(AUXILIARIES, last) {
            return named;
        }
        named = head.trim_end();
    }
}

/// Words that end a subject before a verb of saying without naming anyone: "has", "also".
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "also",
    "may",
    "might",
    "could",
    "should",
    "did",
    "does",
    "do",
    "later",
    "earlier",
    "previously",
    "then",
    "again",
    "further",
    "reportedly",
    // "Vitali Klitschko was quoted as saying": the passive ends the subject.
    "quoted",
];

/// Words that start a clause of its own, whose subject is named before it.
const CONJUNCTIONS: &[&str] = &["and", "but", "or", "nor", "yet", "so", "then"];

/// Words that start a relative clause or an aside about the speaker: "who spoke on condition of
/// anonymity".
const RELATIVES: &[&str] = &["who", "whom", "whose", "which", "that", "speaking", "when"];

/// Words that name no one on their own.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "this",
    "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "there", "here",
    "not", "also",
];

/// Documents that a relay may name instead of a speaker: "according to an earlier statement".
const DOCUMENTS: &[&str] = &[
    "statement",
    "statements",
    "report",
    "reports",
    "figures",
    "figure",
    "estimate",
    "estimates",
    "data",
    "tally",
    "count",
    "document",
    "documents",
    "release",
    "results",
];

/// Words that may stand before such a document: "an earlier statement".
const DOCUMENT_ADJECTIVES: &[&str] = &[
    "earlier",
    "new",
    "recent",
    "written",
    "joint",
    "official",
    "latest",
    "press",
    "initial",
    "preliminary",
    "separate",
    "previous",
    "near-complete",
    "provisional",
    "partial",
    "final",
    "unofficial",
];

/// Words by which a statement gives its claim to someone, besides those of `ATTRIBUTIONS`.
const STATEMENT_ATTRIBUTIONS: &[&str] = &[
    "report",
    "called",
    "calls",
    "described",
    "describes",
    "added",
    "adds",
    "warn",
    "warns",
    "admitted",
    "admits",
    // "A preliminary study suggests ..." names whose reading it is.
    "suggests",
    "suggested",
];

/// Whether a statement gives an estimate to whoever made it: "Verisk estimated the damage at
/// ...", but not "an estimated 350" or "was estimated at", which name no one.
fn estimated_by_someone(statement: &str) -> bool {
    const NO_ONE_BEFORE: &[&str] = &["a", "an", "the", "was", "were", "is", "are", "be", "been"];
    // Only where "estimated" stands (most statements have none), each time it does.
    let mut from = 0;
    while let Some(at) = find_word(&statement[from..], "estimated").map(|at| from + at) {
        let before = statement[..at].split_whitespace().next_back().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        });
        if before.is_some_and(|w| !NO_ONE_BEFORE.contains(&w.as_str())) {
            return true;
        }
        from = at + "estimated".len();
    }
    false
}

/// Whether a statement gives a forecast to whoever makes it: "The IMF expects the economy to
/// grow", "Economists predict a fall"; not "Russia and Ukraine expect to resume talks", the
/// subject's own plan, nor "is expected", which names no one.
fn forecast_by_someone(statement: &str) -> bool {
    const FORECASTS: &[&str] = &["expects", "expect", "predicts", "predict", "forecasts"];
    FORECASTS.iter().any(|verb| {
        find_word(statement, verb).is_some_and(|at| {
            let next = (statement.get(at + verb.len()..)).and_then(|r| r.split_whitespace().next());
            next.is_some_and(|w| !w.eq_ignore_ascii_case("to"))
        })
    })
}

/// Pronouns that stand for a speaker named elsewhere: not a claimant to show.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "who"];

/// Words set off by commas that are not who speaks.
const ASIDES: &[&str] = &[
    "meanwhile",
    "however",
    "also",
    "later",
    "earlier",
    "moreover",
    "separately",
    "in turn",
    "for his part",
    "for her part",
    "for its part",
    "too",
    "then",
    "again",
    "previously",
];

/// The clause of `text` next to a word: from its start back to the last stop (`backward`),
/// or from its start up to the first. A dash between words stops it, as a comma does: "The
/// mayor \u{2014} speaking from Kyiv \u{2014} said".
fn clause(text: &str, backward: bool) -> &str {
    // The stops are ASCII or end with a byte that never starts a character: bytes will do.
    // Each byte that may stop is tried; a title backward is put back by `with_title`.
    let bytes = text.as_bytes();
    let stop = |i: usize| stop_at(text, i, !backward);
    if backward {
        let mut end = bytes.len();
        while let Some(i) = bytes[..end].iter().rposition(may_stop) {
            if let Some((_, after)) = stop(i) {
                return text[after..].trim();
            }
            end = i;
        }
    } else {
        let mut from = 0;
        while let Some(i) = bytes[from..].iter().position(may_stop).map(|k| from + k) {
            if let Some((start, _)) = stop(i) {
                return text[..start].trim();
            }
            from = i + 1;
        }
    }
    text.trim()
}

/// A byte that may end a clause (the last byte of a dash, for the dashes); `stop_at` says
/// whether it does.
fn may_stop(b: &u8) -> bool {
    matches!(
        b,
        b',' | b'.'
            | b';'
            | b':'
            | b'"'
            | b'('
            | b')'
            | b'!'
            | b'?'
            | b'-'
            | 0x93
            | 0x94
            | b'\''
            | 0x99
            | 0x8C
    )
}

/// Where the stop whose last byte is at `i` of `text` starts and ends, when it ends a clause:
/// not the `.` or `,` inside a number (`2.6 million`), nor, with `titles`, a title's full stop
/// (`said Dr. Amara Okafor`), nor a hyphen or en dash that joins words (`pro-Russian`,
/// `2010\u{2013}15`): those stop only with a space or the text's edge on both sides.
fn stop_at(text: &str, i: usize, titles: bool) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let c = bytes[i];
    if !may_stop(&c) {
        return None;
    }
    let spaced = |start: usize| {
        let before = start.checked_sub(1).map(|k| bytes[k]);
        let after = bytes.get(i + 1).copied();
        [before, after]
            .iter()
            .all(|b| b.is_none_or(|b| b.is_ascii_whitespace()))
    };
    // The dashes: a hyphen, an en dash (U+2013) and an em dash (U+2014, stops unspaced).
    let dash = matches!(c, 0x93 | 0x94);
    if c == b'-' || dash {
        let start = if dash { i.checked_sub(2)? } else { i };
        let em = bytes[start..i] == [0xE2, 0x80] && c == 0x94;
        let en = bytes[start..i] == [0xE2, 0x80] && c == 0x93;
        return (em || ((en || c == b'-') && spaced(start))).then_some((start, i + 1));
    }
    // A single quotation mark closes speech after its stop ("commuters,' said", British
    // style); elsewhere it is an apostrophe ("it's", "workers' union").
    if c == b'\'' || c == 0x99 {
        let start = if c == 0x99 { i.checked_sub(2)? } else { i };
        let mark = c == b'\'' || bytes[start..i] == [0xE2, 0x80];
        let after_stop = (start.checked_sub(1)).is_some_and(|k| b",.?!".contains(&bytes[k]));
        return (mark && after_stop).then_some((start, i + 1));
    }
    // The Arabic comma (U+060C, bytes D8 8C) stops a clause as ours does.
    if c == 0x8C {
        let start = i.checked_sub(1)?;
        return (bytes[start] == 0xD8).then_some((start, i + 1));
    }
    let digit_at = |k: Option<usize>| k.and_then(|k| bytes.get(k)).is_some_and(u8::is_ascii_digit);
    let in_number = matches!(c, b'.' | b',') && digit_at(i.checked_sub(1)) && digit_at(Some(i + 1));
    let title = c == b'.'
        && titles
        && TITLES.iter().any(|t| {
            (text[..=i].strip_suffix(t)).is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
        });
    (!(in_number || title || is_initial(text, i))).then_some((i, i + 1))
}

/// Whether the full stop at `i` ends a middle initial of a name: one capital after a
/// capitalised word and before one ("Hans Henri P. Kluge", "George W. Bush"), so that the name
/// is read whole; not before a word that starts a sentence ("Plan B. The minister").
fn is_initial(text: &str, i: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..i), text.get(i + 1..)) else {
        return false;
    };
    let mut words = before.rsplit(' ');
    let letter = words.next().unwrap_or("");
    let name = words.next().unwrap_or("");
    let next = after
        .strip_prefix(' ')
        .unwrap_or("")
        .split(' ')
        .next()
        .unwrap_or("");
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    letter.len() == 1
        && letter.bytes().all(|b| b.is_ascii_uppercase())
        && capitalised(name)
        && capitalised(next)
        && !listed(FUNCTION_WORDS, next)
        && !listed(PRONOUNS, next)
}

/// Whether two wordings name the same claimant: they share a telling word ("Russia's defence
/// ministry" and "Russia's Defence Ministry"; "the mayor, Igor Kolykhaiev" and "Igor
/// Kolyhaev"), or either is too vague to tell.
pub(super) fn same_claimant(a: &str, b: &str) -> bool {
    same_words(&telling_words(a), &telling_words(b))
}

/// `same_claimant` of two wordings' telling words.
fn same_words(a: &[String], b: &[String]) -> bool {
    a.is_empty() || b.is_empty() || a.iter().any(|w| b.iter().any(|v| same_stem(w, v)))
}

/// The words of a claimant that tell it from another, in lowercase: acronyms (CNN, AFP, UN)
/// and words of more than three letters, but not "officials" or "media".
fn telling_words(who: &str) -> Vec<String> {
    who.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 3 || (w.len() >= 2 && w.chars().all(|c| c.is_uppercase())))
        .map(str::to_lowercase)
        .filter(|w| !VAGUE.contains(&w.as_str()))
        .collect()
}

/// Whether two lowercase words are one word in two forms: a country and its people or
/// adjective ("ukraine" of "Ukraine's" and "ukrainian", "russia" and "russian"), a singular and
/// its plural ("authority", "authorities").
fn same_stem(a: &str, b: &str) -> bool {
    let shared = (a.chars().zip(b.chars()))
        .take_while(|(x, y)| x == y)
        .count();
    let shorter = a.chars().count().min(b.chars().count());
    a == b || shared >= 5 && shared + 1 >= shorter
}

/// Words that start what a verb says, not who says it: "said that ...", "said in a speech".
const NOT_CLAIMANTS: &[&str] = &[
    "that", "in", "on", "at", "it", "to", "he", "she", "they", "we", "this",
];

/// Words that do not tell one claimant from another.
const VAGUE: &[&str] = &[
    "media",
    "reports",
    "report",
    "news",
    "officials",
    "official",
    "sources",
    "source",
    "said",
    "according",
    "citing",
    "their",
    "there",
    "with",
    "from",
    "that",
    "this",
    "which",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_in_single_quotation_marks_alone_goes_on_from_the_sentence_before() {
        assert!(is_speech_only(
            "'Passengers will pay £150 less than they would have.'"
        ));
        assert!(is_speech_only("\u{2018}No one is missing.\u{2019}"));
        assert!(!is_speech_only("'We have capped it,' he added."));
        assert!(!is_speech_only("'Yes,' she said. 'No.'"));
        assert!(!is_speech_only("'Tis the season, the mayor's office said."));
    }

    #[test]
    fn a_pronoun_that_speaks_is_told_from_a_named_speaker() {
        assert_eq!(
            pronoun_speaker("He told reporters that talks would resume."),
            Some("he")
        );
        assert_eq!(
            pronoun_speaker("The deal is off, they added."),
            Some("they")
        );
        assert_eq!(
            pronoun_speaker("She said 40 patients were moved."),
            Some("she")
        );
        assert_eq!(
            pronoun_speaker("The mayor said 40 patients were moved."),
            None
        );
        assert_eq!(pronoun_speaker("It said 40 patients were moved."), None);
        assert_eq!(pronoun_speaker("40 patients were moved."), None);
    }

    #[test]
    fn the_claimant_is_read_from_the_attribution() {
        let cases = [
            (
                ", according to media reports citing Russia's defence ministry.",
                "according to",
                "Russia's defence ministry",
            ),
            (", according to AFP reports.", "according to", "AFP reports"),
            (
                "Igor Konashenkov, the spokesperson of Russia's defence ministry said in a televised speech, ",
                "said",
                "the spokesperson of Russia's defence ministry",
            ),
            (
                "the mayor of Mariupol, Vadim Boichenko, announced that the town would",
                "announced",
                "Vadim Boichenko",
            ),
            (
                "The mayor, Vadim Boichenko, meanwhile, announced that",
                "announced",
                "Vadim Boichenko",
            ),
            (", said the city's mayor.", "said", "the city's mayor"),
            (", reports EFE.", "reports", "EFE"),
            // The word where it gives the claim, not where a use of it gives it to no one.
            (
                "The ministry hadn't confirmed the figures. Police in Uman confirmed 40 dead",
                "confirmed",
                "Police in Uman",
            ),
            // A relay set off by dashes ends at the dash that closes it.
            (
                "The mayor\u{2014}citing intercepted calls\u{2014}estimated repairs would take",
                "citing",
                "intercepted calls",
            ),
            (
                "Officials - according to Reuters - said the line would take weeks",
                "according to",
                "Reuters",
            ),
        ];
        for (text, word, who) in cases {
            assert_eq!(claimant(text, word).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn an_aside_set_off_after_who_speaks_is_not_who_speaks() {
        let cases = [
            // Dashes set off an aside as commas do.
            (
                "Aid agencies \u{2013} who asked not to be named \u{2013} said 300 families",
                "said",
                "Aid agencies",
            ),
            (
                "The official \u{2014} speaking on condition of anonymity \u{2014} told Reuters",
                "told",
                "The official",
            ),
            (
                "Rescue workers - in a video posted online - said 12 bodies",
                "said",
                "Rescue workers",
            ),
            (
                "The company \u{2013} Naftogaz \u{2013} said output fell",
                "said",
                "Naftogaz",
            ),
            (
                "Two people were killed, the governor \u{2014} who asked not to be named \u{2014} said.",
                "said",
                "the governor",
            ),
            (
                "The death toll rose to 12 \u{2014} the mayor said on Telegram.",
                "said",
                "the mayor",
            ),
            // The aside's subject cut off: not what follows the verb.
            (
                "The death toll rose to 12 \u{2014} the mayor said.",
                "said",
                "the mayor",
            ),
            // An aside of where, how or who else, between commas after who speaks.
            (
                "The regional governor, in a video posted online, said 12 buildings",
                "said",
                "The regional governor",
            ),
            (
                "Officials, including the mayor, said 12 people were killed",
                "said",
                "Officials",
            ),
            (
                "Officials - including the mayor - said 12 people were killed",
                "said",
                "Officials",
            ),
            // The passive that ends the subject is not part of who speaks.
            (
                "Vitali Klitschko was quoted as saying that 4 people died",
                "as saying",
                "Vitali Klitschko",
            ),
            // Words that a hyphen or an en dash joins are one.
            (
                "The pro-Russian governor said 40 drones",
                "said",
                "The pro-Russian governor",
            ),
            (
                "Moscow\u{2013}based analysts said 12 tanks",
                "said",
                "Moscow\u{2013}based analysts",
            ),
            ("In Kyiv, police said 3 men were arrested", "said", "police"),
            (
                "Foreign minister Dmytro Kuleba \u{2013} writing on X \u{2013} said 12",
                "said",
                "Foreign minister Dmytro Kuleba",
            ),
        ];
        for (text, word, who) in cases {
            assert_eq!(claimant(text, word).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn a_name_set_off_by_its_title_is_who_speaks() {
        let cases = [
            (
                "Dmitry Peskov, the Kremlin spokesman, told reporters that 40 drones fell",
                "told",
                "Dmitry Peskov",
            ),
            (
                "Ihor Terekhov, mayor of Kharkiv, said 12 were hurt",
                "said",
                "Ihor Terekhov",
            ),
            (
                "Ursula von der Leyen, the president of the European Commission, said",
                "said",
                "Ursula von der Leyen",
            ),
            (
                "Mr. Peskov, Putin's spokesman, said 4",
                "said",
                "Mr. Peskov",
            ),
            // A name after the title is the name already; an adverb or a place is no name.
            (
                "The governor of Belgorod, Vyacheslav Gladkov, said 3 died",
                "said",
                "Vyacheslav Gladkov",
            ),
            ("Meanwhile, the spokesman said 4", "said", "the spokesman"),
            // Speech in single quotation marks, British style, is not who speaks.
            (
                "'This hurts 2 million commuters,' said Mick Lynch, head of the RMT union.",
                "said",
                "Mick Lynch",
            ),
            (
                "\u{2018}We will strike,\u{2019} said Mick Lynch.",
                "said",
                "Mick Lynch",
            ),
            ("The workers' union said 4", "said", "The workers' union"),
            (
                "In Kyiv, the city's mayor, speaking on TV, said 3",
                "said",
                "the city's mayor",
            ),
            (
                "On Monday, the mayor of Kherson, said 3",
                "said",
                "the mayor of Kherson",
            ),
        ];
        for (text, word, who) in cases {
            assert_eq!(claimant(text, word).as_deref(), Some(who), "{text}");
        }
    }

    #[test]
    fn a_verb_after_an_aside_whose_subject_is_cut_off_gives_no_claimant() {
        for text in [
            // A noun of claims names no one: not "The Ministry is deeply concerned by".
            "The Ministry is deeply concerned by reports that 23 civilians were killed",
            "Shares fell amid claims that the firm had hidden 4 losses",
            "who asked not to be named - confirmed the convoy stretched for 26 kilometres",
            "\u{2013} warned the so-called ceasefire did not hold.",
            "who asked not to be named, said the convoy stretched for 26 kilometres",
        ] {
            let word = attributions_in(text)[0];
            assert_eq!(claimant(text, word), None, "{text}");
        }
    }

    #[test]
    fn a_claimant_is_a_noun_phrase() {
        let cases = [
            (
                "Kherson's mayor, Igor Kolykhaev, has confirmed that 300 people were killed.",
                "confirmed",
                Some("Igor Kolykhaev"),
            ),
            (
                "Officials have confirmed 9 deaths.",
                "confirmed",
                Some("Officials"),
            ),
            (
                "Russian troops have taken Kherson, its mayor has confirmed.",
                "confirmed",
                Some("its mayor"),
            ),
            (
                "The governor, who spoke on condition of anonymity, said 40 buses had left.",
                "said",
                Some("The governor"),
            ),
            (
                "Mr. Zelensky said on Tuesday that",
                "said",
                Some("Mr. Zelensky"),
            ),
            // The speaker of "they added" is named elsewhere, not the words before it.
            (
                "Water was seeping through the wall, they added.",
                "they added",
                None,
            ),
            (
                "Nilsen added that the spillway was blocked",
                "added that",
                Some("Nilsen"),
            ),
            // The subject of "urged" is also that of "said": not "and".
            (
                "Mr. Kolykhaev urged residents to stay indoors (18:00 GMT) and said a curfew",
                "said",
                None,
            ),
            (
                "300 people had been killed, according to an earlier statement.",
                "according to",
                None,
            ),
            (
                "300 people had been killed, according to a statement from the ministry.",
                "according to",
                Some("the ministry"),
            ),
        ];
        for (text, word, who) in cases {
            assert_eq!(claimant(text, word).as_deref(), who, "{text}");
        }
        // Who speaks before whom it is relayed by.
        assert_eq!(
            first_claimant(
                "The mayor said 300 people had been killed, according to an earlier statement."
            ),
            Some(("The mayor".to_owned(), "said"))
        );
    }

    #[test]
    fn a_frame_of_quoted_speech_says_whose_it_is() {
        let frame = |piece, before| speech_frame(piece, before, "Twelve soldiers were captured");
        assert_eq!(frame("Petrov added: \"", true), Some(("added", "Petrov")));
        assert_eq!(
            frame("The governor posted on Telegram: \u{201c}", true),
            Some(("posted", "The governor"))
        );
        // Speech that began before an earlier sentence of it.
        assert_eq!(
            frame(
                "Petrov added: \"Our air defences destroyed 14 drones. ",
                true
            ),
            Some(("added", "Petrov"))
        );
        assert_eq!(
            frame(",\" the army tweeted.", false),
            Some(("tweeted", "the army"))
        );
        assert_eq!(
            frame(" Stop the panic!\u{201d} the post read.", false),
            Some(("read", "the post"))
        );
        assert_eq!(
            speech_frame("\" added Olena Petrova.", false, "Twelve were captured,"),
            Some(("added", "Olena Petrova"))
        );
        // A scare quote, the verb in another clause, a closed speech, none at all.
        assert_eq!(frame("\" continued into its third year.", false), None);
        assert_eq!(frame("The firm added 4,000 jobs and ", true), None);
        assert_eq!(
            frame("\"No,\" he replied, and the talks continued as ", true),
            None
        );
        assert_eq!(frame(", the report said", false), None);
        assert_eq!(
            frame(",\" the report said, as the army continued.", false),
            None
        );
        // Who speaks, without the aside that sets it off.
        assert_eq!(
            frame(
                ",\" the governor \u{2014} who asked not to be named \u{2014} added.",
                false
            ),
            Some(("added", "the governor"))
        );
        assert_eq!(
            frame(
                ",\" the mayor of Kherson, in a video posted online, added.",
                false
            ),
            Some(("added", "the mayor of Kherson"))
        );
        assert_eq!(
            frame("In a video posted online, the mayor added: \"", true),
            Some(("added", "the mayor"))
        );
        assert_eq!(
            frame(",\" added the governor, speaking from Kyiv.", false),
            Some(("added", "the governor"))
        );
    }

    #[test]
    fn a_semicolon_closes_whose_clause_it_is() {
        let nearest = |piece, before| nearest_attribution(piece, attributions_in(piece), before);
        assert_eq!(
            nearest(
                "It previously stated that the dam was built in 1978; ",
                true
            ),
            None
        );
        assert_eq!(
            nearest("It previously stated that ", true),
            Some("stated that")
        );
    }

    #[test]
    fn speech_is_not_whose_the_quote_is() {
        let nearest = |piece, before| nearest_attribution(piece, attributions_in(piece), before);
        assert_eq!(
            outside_speech(": \"Tonight the people have said 'enough'.\"").trim(),
            ":"
        );
        assert_eq!(
            outside_speech(",\" a spokesperson for the fire service said."),
            ",\" a spokesperson for the fire service said."
        );
        assert_eq!(nearest(": \u{201c}We said no.\u{201d}", false), None);
        assert_eq!(
            nearest("\"No,\" he claimed, although he admitted that ", true),
            Some("admitted that")
        );
        assert_eq!(
            nearest(", the mayor said, citing police", false),
            Some("said")
        );
        // A clause of its own, opened by a subordinator and closed by a comma before the quote.
        assert_eq!(
            nearest("Although police said the march was calm, ", true),
            None
        );
        assert_eq!(
            nearest("Police said that although the march was calm, ", true),
            Some("said")
        );
    }

    #[test]
    fn a_word_in_another_form_or_spelling_is_alike() {
        assert!(same_stem("ukraine", "ukrainian") && same_stem("authority", "authorities"));
        assert!(!same_stem("russia", "ukraine") && !same_stem("kherson", "kharkiv"));
        assert!(alike("kolykhaiev", "kolyhav") && alike("zelensky", "zelenskiy"));
        // Short words only as they are: "UN" is not "unit".
        assert!(alike("un", "un") && !alike("un", "unit") && !alike("ihor", "igor"));
        assert!(lone_name("Kyiv") && lone_name("the Kremlin") && !lone_name("the mayor"));
        assert!(!lone_name("Igor Kolyhav"));
    }

    #[test]
    fn a_claimed_by_must_name_someone() {
        for named in [
            "Police",
            "Kherson's mayor",
            "the UN refugee agency",
            "Officials",
            "AFP",
        ] {
            assert!(names_someone(named), "{named}");
        }
        for no_one in [
            "and",
            "has",
            "its mayor has",
            "Officials have",
            "an earlier statement",
            "who spoke on condition of anonymity",
            "he",
            "Unless",
            "If",
            "Although",
        ] {
            assert!(!names_someone(no_one), "{no_one}");
        }
        // A clause that leans on another is said by who follows its conjunction, if anyone.
        let said = |text: &str| claimant(text, "said");
        assert_eq!(
            said("Although officials said the road was open, it was not").as_deref(),
            Some("officials")
        );
    }

    /// The reading of a quote whose sentence leaves `left_out` out.
    fn reading<'t>(quote: &'t str, left_out: &[&'t str], sentence: &'t str) -> Reading<'t> {
        let mut r = Reading {
            quote: said(quote),
            sentence: if sentence.is_empty() { quote } else { sentence },
            ..Reading::default()
        };
        for piece in left_out {
            let said = said(piece);
            r.left_out_hedge = r.left_out_hedge.or(said.wide_hedge);
            if r.left_out_attribution.is_none() {
                r.left_out_attribution = said.attribution.map(|w| (*piece, w));
            }
        }
        r
    }

    fn stated(attributed: bool, claimant: Option<&str>) -> Stated {
        Stated {
            said: Said::default(),
            attributed,
            claimants: claimant.map(telling_words).into_iter().collect(),
        }
    }

    #[test]
    fn a_citation_states_hedges_or_claims() {
        let flat = stated(false, None);
        assert_eq!(
            support(
                &flat,
                &reading("Russian forces have taken Kherson", &[], "")
            ),
            Support::States
        );
        assert_eq!(
            support(
                &flat,
                &reading(
                    "Russian forces looked to have taken control of Kherson",
                    &[],
                    ""
                )
            ),
            Support::Hedged("looked to have".into())
        );
        assert_eq!(
            support(
                &flat,
                &reading(
                    "Kherson has been taken over by the Russian forces",
                    &[", according to media reports citing Russia's defence ministry."],
                    "Kherson has been taken over by the Russian forces, according to media reports \
                 citing Russia's defence ministry."
                )
            ),
            Support::Claimed("Russia's defence ministry".into())
        );
        // The statement attributes to the same claimant: the quote states it.
        let ministry = stated(true, Some("Russia's Defence Ministry"));
        assert_eq!(
            support(
                &ministry,
                &reading(
                    "Kherson was taken",
                    &[", according to media reports citing Russia's defence ministry."],
                    "Kherson was taken, according to media reports citing Russia's defence ministry."
                )
            ),
            Support::States
        );
        // Another claimant is another's claim.
        assert_eq!(
            support(
                &ministry,
                &reading(
                    "Kherson held, the mayor said",
                    &[],
                    "Kherson held, the mayor said"
                )
            ),
            Support::Claimed("the mayor".into())
        );
    }
}
