//! The rules about how a statement words what its quotes say: `hedge-dropped` (a qualifier of
//! the quotes lost in the statement) and `claim-unattributed` (a claim stated without whose it is).
//!
//! Both compare a statement with *all* its quotes: when one source states a thing flatly, the
//! statement may too, so the rules fire only when every quote qualifies or attributes it.

use super::numbers::{Kind, Mention, Value};
use super::support::{Reading, Stated};
use super::{FactNumbers, Finding};
use crate::load::model::{Fact, Figure, Qualifier};
use crate::load::spanned::Spanned;
use crate::rules::Rule;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use std::sync::LazyLock;

/// Qualifiers that stand right before a number: "at least 660,000". (The synthetic fact bases
/// of `examples/synth.rs` use this list too, so they keep passing the rule.)
pub const NUMBER_HEDGES: &[&str] = &[
    "at least",
    "at most",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "more than",
    "fewer than",
    "less than",
    "up to",
    "as many as",
    "as much as",
    "as high as",
    "as few as",
    "as little as",
    "as low as",
    "close to",
    "estimated",
    "an estimated",
    // "Turnout was estimated at 68%".
    "estimated at",
    "under",
    "below",
    "above",
    "just under",
    "just over",
    "well over",
    "no more than",
    "no fewer than",
    "no less than",
    "upwards of",
    "in excess of",
    "a minimum of",
    "a maximum of",
    "just shy of",
    // An age bound in words of age: "voters older than 65" is "voters over 65".
    "older than",
    "younger than",
];

/// Qualifiers of the other languages whose numbers `check` reads, right before a number, with
/// the English one each stands for ("mindestens 1.250" is "at least 1,250"), lowercase as
/// `words` gives them. A message names them as the quote writes them.
const FOREIGN_HEDGES: &[(&str, &str)] = &[
    // German
    ("mindestens", "at least"),
    ("wenigstens", "at least"),
    ("höchstens", "at most"),
    ("etwa", "about"),
    ("rund", "about"),
    ("circa", "about"),
    ("ca", "about"),
    ("ungefähr", "about"),
    ("fast", "nearly"),
    ("knapp", "nearly"),
    ("beinahe", "nearly"),
    ("mehr als", "more than"),
    ("über", "over"),
    ("weniger als", "less than"),
    ("bis zu", "up to"),
    ("schätzungsweise", "estimated"),
    // French
    ("au moins", "at least"),
    ("au plus", "at most"),
    ("environ", "about"),
    ("près de", "nearly"),
    ("presque", "nearly"),
    ("plus de", "more than"),
    ("moins de", "less than"),
    // Spanish
    ("al menos", "at least"),
    ("por lo menos", "at least"),
    ("como mínimo", "at least"),
    ("unos", "about"),
    ("unas", "about"),
    ("alrededor de", "about"),
    ("aproximadamente", "approximately"),
    ("cerca de", "nearly"),
    ("casi", "nearly"),
    ("más de", "more than"),
    ("menos de", "less than"),
    ("hasta", "up to"),
    // Russian
    ("не менее", "at least"),
    ("по меньшей мере", "at least"),
    ("как минимум", "at least"),
    ("около", "about"),
    ("примерно", "about"),
    ("порядка", "about"),
    ("почти", "nearly"),
    ("более", "more than"),
    ("свыше", "more than"),
    ("больше", "more than"),
    ("менее", "less than"),
    // Ukrainian
    ("щонайменше", "at least"),
    ("принаймні", "at least"),
    ("щонайбільше", "at most"),
    ("близько", "about"),
    ("приблизно", "about"),
    ("майже", "nearly"),
    ("понад", "more than"),
    ("більше", "more than"),
    ("менше", "less than"),
    // Arabic
    ("أكثر من", "more than"),
    ("ما يزيد على", "more than"),
    ("ما يزيد عن", "more than"),
    ("أقل من", "less than"),
    ("ما لا يقل عن", "at least"),
    ("على الأقل", "at least"),
    ("نحو", "about"),
    ("حوالي", "about"),
    ("حوالى", "about"),
    ("قرابة", "nearly"),
    ("زهاء", "about"),
];

/// Verbs that put a number as a bound it has passed, with the qualifier each stands for: a
/// toll that "climbed past 80" or "topped 80" is more than 80, not 80. "past" alone is no
/// qualifier ("the past 24 hours", "half past 3"): only after a verb of rising.
const VERB_HEDGES: &[(&str, &str)] = &[
    ("climbed past", "more than"),
    ("rose past", "more than"),
    ("risen past", "more than"),
    ("went past", "more than"),
    ("pushed past", "more than"),
    ("surged past", "more than"),
    ("jumped past", "more than"),
    ("crept past", "more than"),
    ("edged past", "more than"),
    ("topped", "more than"),
    ("exceeded", "more than"),
    ("surpassed", "more than"),
];

/// Every qualifier that stands right before a number, English and the other languages':
/// what `check` reads, so that `suggest` drafts the figure qualifier it asks for.
pub fn number_hedges() -> impl Iterator<Item = &'static str> {
    (NUMBER_HEDGES.iter().copied())
        .chain(FOREIGN_HEDGES.iter().map(|(foreign, _)| *foreign))
        .chain(VERB_HEDGES.iter().map(|(verb, _)| *verb))
}

/// The English qualifier that `q` is, or stands for when it is another language's
/// ("mindestens" is "at least") or a verb ("topped" is "more than").
fn in_english(q: &str) -> &str {
    (FOREIGN_HEDGES.iter().chain(VERB_HEDGES))
        .find(|(foreign, _)| *foreign == q)
        .map_or(q, |(_, english)| english)
}

/// " (at least)" after a qualifier of another language ("mindestens"), for a message: the
/// words an English statement would keep; nothing after an English one.
fn english_of(q: &str) -> String {
    match in_english(q) {
        english if english != q => format!(" ({english})"),
        _ => String::new(),
    }
}

/// The English of the words of `CLAIM_HEDGES` and `ATTRIBUTIONS` in other languages, for a
/// message that names one: an editor who does not read the article's language still reads
/// what the word does.
const GLOSSES: &[(&str, &str)] = &[
    ("предположительно", "presumably"),
    ("якобы", "allegedly"),
    ("по предварительным данным", "according to preliminary data"),
    (
        "по неподтвержденным данным",
        "according to unconfirmed data",
    ),
    (
        "по неподтверждённым данным",
        "according to unconfirmed data",
    ),
    ("ймовірно", "probably"),
    ("імовірно", "probably"),
    ("нібито", "allegedly"),
    ("за попередніми даними", "according to preliminary data"),
    ("за неперевіреними даними", "according to unverified data"),
    ("vermutlich", "presumably"),
    ("mutmaßlich", "alleged"),
    ("angeblich", "allegedly"),
    (
        "nach vorläufigen angaben",
        "according to preliminary figures",
    ),
    ("nach ersten erkenntnissen", "according to first findings"),
    ("unbestätigten", "unconfirmed"),
    ("non confirmées", "unconfirmed"),
    ("non confirmée", "unconfirmed"),
    ("non confirmés", "unconfirmed"),
    ("non confirmé", "unconfirmed"),
    ("vraisemblablement", "probably"),
    ("bilan provisoire", "provisional toll"),
    ("presuntamente", "allegedly"),
    ("supuestamente", "supposedly"),
    ("no confirmadas", "unconfirmed"),
    ("no confirmados", "unconfirmed"),
    ("datos preliminares", "preliminary data"),
    ("заявил", "stated"),
    ("заявила", "stated"),
    ("заявило", "stated"),
    ("заявили", "stated"),
    ("сообщил", "reported"),
    ("сообщила", "reported"),
    ("сообщило", "reported"),
    ("сообщили", "reported"),
    ("сказал", "said"),
    ("сказала", "said"),
    ("по словам", "according to"),
    ("по данным", "according to"),
    ("заявив", "stated"),
    ("повідомив", "reported"),
    ("повідомила", "reported"),
    ("повідомило", "reported"),
    ("повідомили", "reported"),
    ("сказав", "said"),
    ("за словами", "according to"),
    ("за даними", "according to"),
    ("selon", "according to"),
    ("d'après", "according to"),
    ("d’après", "according to"),
    ("a déclaré", "stated"),
    ("ont déclaré", "stated"),
    ("a affirmé", "asserted"),
    ("a annoncé", "announced"),
    ("a indiqué", "said"),
    ("a dit", "said"),
    ("ont affirmé", "asserted"),
    ("ont annoncé", "announced"),
    ("ont indiqué", "said"),
    ("ont dit", "said"),
    ("dit il", "he said"),
    ("dit elle", "she said"),
    ("déclare", "states"),
    ("affirme", "asserts"),
    ("laut", "according to"),
    ("zufolge", "according to"),
    ("sagte", "said"),
    ("sagten", "said"),
    ("erklärte", "stated"),
    ("nach angaben", "according to"),
    ("teilte", "announced"),
    ("teilten", "announced"),
    ("mitteilte", "announced"),
    ("mitteilten", "announced"),
    ("según", "according to"),
    ("dijo", "said"),
    ("dijeron", "said"),
    ("afirmó", "asserted"),
    ("declaró", "stated"),
    ("aseguró", "assured"),
    ("قال", "said"),
    ("وقال", "said"),
    ("قالت", "said"),
    ("وقالت", "said"),
    ("بحسب", "according to"),
    ("وبحسب", "according to"),
    ("أعلن", "announced"),
    ("وأعلن", "announced"),
    ("أعلنت", "announced"),
    ("وأعلنت", "announced"),
    ("presumibilmente", "presumably"),
    ("probabilmente", "probably"),
    ("secondo quanto riferito", "reportedly"),
    ("non confermate", "unconfirmed"),
    ("non confermati", "unconfirmed"),
    ("dati provvisori", "provisional data"),
    ("alegadamente", "allegedly"),
    ("supostamente", "supposedly"),
    ("presumivelmente", "presumably"),
    ("provavelmente", "probably"),
    ("não confirmadas", "unconfirmed"),
    ("não confirmados", "unconfirmed"),
    ("rzekomo", "allegedly"),
    ("prawdopodobnie", "probably"),
    ("najprawdopodobniej", "most probably"),
    ("podobno", "reportedly"),
    ("niepotwierdzone", "unconfirmed"),
    ("niepotwierdzonych", "unconfirmed"),
    ("wstępnych danych", "preliminary data"),
    ("vermoedelijk", "presumably"),
    ("naar verluidt", "reportedly"),
    ("waarschijnlijk", "probably"),
    ("onbevestigde", "unconfirmed"),
    ("voorlopige cijfers", "provisional figures"),
    ("údajně", "allegedly"),
    ("pravděpodobně", "probably"),
    ("prý", "reportedly"),
    ("nepotvrzené", "unconfirmed"),
    ("nepotvrzených", "unconfirmed"),
    ("předběžných údajů", "preliminary data"),
    ("iddiaya göre", "allegedly"),
    ("muhtemelen", "probably"),
    ("doğrulanmamış", "unverified"),
    ("ön verilere göre", "according to preliminary data"),
    ("troligen", "probably"),
    ("förmodligen", "presumably"),
    ("enligt uppgift", "reportedly"),
    ("enligt uppgifter", "according to reports"),
    ("obekräftade", "unconfirmed"),
    ("uppges", "is said to"),
    ("påstås", "is alleged to"),
    ("secondo il", "according to the"),
    ("secondo la", "according to the"),
    ("secondo le", "according to the"),
    ("secondo i", "according to the"),
    ("secondo gli", "according to the"),
    ("ha detto", "said"),
    ("hanno detto", "said"),
    ("ha dichiarato", "stated"),
    ("hanno dichiarato", "stated"),
    ("ha affermato", "asserted"),
    ("hanno affermato", "asserted"),
    ("ha riferito", "reported"),
    ("hanno riferito", "reported"),
    ("ha annunciato", "announced"),
    ("segundo a", "according to the"),
    ("segundo o", "according to the"),
    ("segundo as", "according to the"),
    ("segundo os", "according to the"),
    ("de acordo com", "according to"),
    ("disse", "said"),
    ("disseram", "said"),
    ("afirmou", "asserted"),
    ("afirmaram", "asserted"),
    ("declarou", "stated"),
    ("informou", "reported"),
    ("anunciou", "announced"),
    ("według", "according to"),
    ("powiedział", "said"),
    ("powiedziała", "said"),
    ("powiedzieli", "said"),
    ("poinformował", "reported"),
    ("poinformowała", "reported"),
    ("poinformowało", "reported"),
    ("poinformowali", "reported"),
    ("oświadczył", "stated"),
    ("oświadczyła", "stated"),
    ("volgens", "according to"),
    ("zei", "said"),
    ("zeiden", "said"),
    ("verklaarde", "stated"),
    ("meldde", "reported"),
    ("meldden", "reported"),
    ("podle", "according to"),
    ("uvedl", "stated"),
    ("uvedla", "stated"),
    ("uvedlo", "stated"),
    ("uvedli", "stated"),
    ("řekl", "said"),
    ("řekla", "said"),
    ("řekli", "said"),
    ("sdělil", "announced"),
    ("sdělila", "announced"),
    ("sdělilo", "announced"),
    ("oznámil", "announced"),
    ("oznámila", "announced"),
    ("açıkladı", "announced"),
    ("söyledi", "said"),
    ("dedi", "said"),
    ("bildirdi", "reported"),
    ("belirtti", "stated"),
    ("açıklamasına göre", "according to the statement of"),
    ("enligt", "according to"),
    ("säger", "says"),
    ("sade", "said"),
    ("sa att", "said that"),
    ("sa han", "he said"),
    ("sa hon", "she said"),
    ("uppger", "states"),
    ("uppgav", "stated"),
    ("meddelade", "announced"),
];

/// `word` in quotation marks for a message, with its English after it when it is a word of
/// `GLOSSES`, in an editor's brackets: "“предположительно” [presumably]"; an English one
/// alone: "“reportedly”".
pub(super) fn glossed(word: &str) -> String {
    let key: String = word.chars().flat_map(lowered).collect();
    match GLOSSES.iter().find(|(foreign, _)| *foreign == key) {
        Some((_, english)) => format!("\u{201c}{word}\u{201d} [{english}]"),
        None => format!("\u{201c}{word}\u{201d}"),
    }
}

/// Qualifiers written after the number: "300 or more", "2,000-plus".
const NUMBER_HEDGES_AFTER: &[&str] = &[
    "or more",
    "or over",
    "or above",
    "and over",
    "and above",
    "or older",
    "and older",
    "or fewer",
    "or less",
    "or under",
    "or so",
    "plus",
];

/// Which way a qualifier bounds its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bound {
    /// The number or more: "at least", "more than".
    Lower,
    /// The number or fewer: "up to", "fewer than", "nearly".
    Upper,
    /// Near the number, on either side: "about", "estimated".
    Near,
}

/// The way a qualifier (of `NUMBER_HEDGES` or a figure's) bounds its number.
fn bound(qualifier: &str) -> Bound {
    match in_english(qualifier) {
        "at least" | "over" | "more than" | "above" | "just over" | "well over"
        | "no fewer than" | "no less than" | "upwards of" | "in excess of" | "a minimum of"
        | "or more" | "or over" | "or above" | "and over" | "and above" | "or older"
        | "and older" | "older than" | "plus" | "as few as" | "as little as" | "as low as" => {
            Bound::Lower
        }
        "at most" | "up to" | "as many as" | "as much as" | "as high as" | "fewer than"
        | "less than" | "under" | "below" | "just under" | "nearly" | "almost" | "no more than"
        | "a maximum of" | "just shy of" | "younger than" | "or fewer" | "or less" | "or under" => {
            Bound::Upper
        }
        _ => Bound::Near,
    }
}

/// Whether two qualifiers bound the same number from opposite sides: "fewer than" and "more
/// than".
fn opposite(a: &str, b: &str) -> bool {
    matches!(
        (bound(a), bound(b)),
        (Bound::Lower, Bound::Upper) | (Bound::Upper, Bound::Lower)
    )
}

/// Words that hedge a whole claim.
const CLAIM_HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "apparently",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "seemed to",
    "seems to",
    "appeared to",
    "appears to",
    "appearing to",
    "looked to have",
    "looks to have",
    "unconfirmed",
    "suggest",
    "not been independently confirmed",
    "not been independently verified",
    "could not be independently verified",
    "could not independently verify",
    "could not be verified",
    "could not be confirmed",
    "could not verify",
    "could not confirm",
    // Who has not confirmed it leaves it unconfirmed ("The government has not confirmed
    // reports that a dam had burst").
    "not confirmed",
    "not been confirmed",
    "not confirm",
    "cannot be confirmed",
    "yet to be confirmed",
    "yet to confirm",
    "yet to be verified",
    "yet to verify",
    // A claim held until someone confirms it: "If confirmed, it would be ...".
    "if confirmed",
    "unless confirmed",
    "presumably",
    // The same in the other languages of the sources `check` reads, lowercase as `words()`
    // gives them: a claim the writer does not vouch for, or figures not yet final.
    // Russian
    "предположительно",
    "якобы",
    "по предварительным данным",
    "по неподтвержденным данным",
    "по неподтверждённым данным",
    // Ukrainian
    "ймовірно",
    "імовірно",
    "нібито",
    "за попередніми даними",
    "за неперевіреними даними",
    // German
    "vermutlich",
    "mutmaßlich",
    "angeblich",
    "nach vorläufigen angaben",
    "nach ersten erkenntnissen",
    "unbestätigten",
    // French
    "non confirmées",
    "non confirmée",
    "non confirmés",
    "non confirmé",
    "vraisemblablement",
    "bilan provisoire",
    // Spanish
    "presuntamente",
    "supuestamente",
    "no confirmadas",
    "no confirmados",
    "datos preliminares",
    // Italian ("secondo quanto riferito" is "reportedly", no one's claim)
    "presumibilmente",
    "probabilmente",
    "secondo quanto riferito",
    "non confermate",
    "non confermati",
    "dati provvisori",
    // Portuguese ("dados preliminares" as in Spanish)
    "alegadamente",
    "supostamente",
    "presumivelmente",
    "provavelmente",
    "não confirmadas",
    "não confirmados",
    // Polish
    "rzekomo",
    "prawdopodobnie",
    "najprawdopodobniej",
    "podobno",
    "niepotwierdzone",
    "niepotwierdzonych",
    "wstępnych danych",
    // Dutch
    "vermoedelijk",
    "naar verluidt",
    "waarschijnlijk",
    "onbevestigde",
    "voorlopige cijfers",
    // Czech
    "údajně",
    "pravděpodobně",
    "prý",
    "nepotvrzené",
    "nepotvrzených",
    "předběžných údajů",
    // Turkish
    "iddiaya göre",
    "muhtemelen",
    "doğrulanmamış",
    "ön verilere göre",
    // Swedish ("enligt uppgifter", "according to reports", is no one's claim)
    "troligen",
    "förmodligen",
    "enligt uppgift",
    "enligt uppgifter",
    "obekräftade",
    "uppges",
    "påstås",
    // What may be or is expected, not what is: these hedge the clause they stand in, so they
    // count in the quote only, not in the words of its sentence around it (`WIDE_HEDGES`).
    // Who cannot confirm something hedges that, not the rest of the sentence ("unable to
    // confirm the result because |the sample was contaminated|").
    "cannot confirm",
    "cannot verify",
    "cannot independently verify",
    "unable to confirm",
    "unable to verify",
    "could be",
    "could have",
    "could reach",
    "could rise",
    "could exceed",
    "could top",
    "may have",
    "may be",
    "might have",
    "might be",
    "possibly",
    "probably",
    "likely to",
    "is likely",
    "was likely",
    "are likely",
    "were likely",
    "most likely",
    "thought to",
    "believed to",
    "projected to",
    "expected to",
    "expect",
    "expects",
    "may exceed",
    "may rise",
    "may reach",
    "may climb",
    "may increase",
    "may take",
    "may cost",
    "may lead",
    "may add",
    "roughly doubled",
    "nearly doubled",
    "almost doubled",
    "roughly halved",
    // A forecast in any form ("Landfall is expected between ..."), a plan or aim that may
    // not be kept, a belief the speaker owns ("I think"), a generalisation that is not
    // always so ("often"), and a likeness ("something like it").
    "is expected",
    "are expected",
    "was expected",
    "were expected",
    "anticipates",
    "anticipate",
    "anticipated",
    // A forecast stated as its outcome: "Economists had forecast the CPI would climb 2.8%".
    // Only as a verb that gives its content: "above the forecast of 2.8%" hedges nothing, nor
    // do the perfect forms (`FORECASTS_DONE_AT`) in "above the 1.8% economists had forecast".
    "had forecast",
    "have forecast",
    "has forecast",
    "had predicted",
    "have predicted",
    "forecast that",
    "forecasts that",
    "is forecast to",
    "are forecast to",
    "was forecast to",
    "were forecast to",
    "predicted that",
    "predicts that",
    "plans to",
    "plan to",
    "aims to",
    "aim to",
    "intends to",
    "intend to",
    "seeks to",
    "seek to",
    "hopes to",
    "hope to",
    // A timetable, which may slip: "The plant is scheduled to close in 2027" is not "closed".
    // Not "due to", which is as often a cause ("The delay is due to a strike").
    "scheduled to",
    "is set to",
    "are set to",
    "was set to",
    "were set to",
    "i think",
    "we think",
    "i believe",
    "we believe",
    // Only after "is", "are", "was", "were": "Fires are often set by ranchers"; not "The
    // bridge, often crowded at rush hour, collapsed", which is no doubt of the claim.
    "is often",
    "are often",
    "was often",
    "were often",
    "is usually",
    "are usually",
    "was usually",
    "were usually",
    "is sometimes",
    "are sometimes",
    "was sometimes",
    "were sometimes",
    "something like",
    // What the speaker knows so far, or holds until it is confirmed: "They were there
    // legally, as far as we are aware", "provisionally a new national record".
    "as far as we know",
    "as far as i know",
    "as far as we are aware",
    "as far as i am aware",
    "as far as we're aware",
    "as far as i'm aware",
    "to our knowledge",
    "to my knowledge",
    "provisionally",
    // Any other "could", "might" or "may" but those of `NOT_MODAL`, with any verb ("may
    // slow"); "may" only in lowercase, as "May" is the month or a name (`lowercase_may`).
    "could",
    "might",
    "may",
    // Hedges that are not the speaker's doubt: an attributed statement may drop them.
    "is reported to",
    "are reported to",
    "was reported to",
    "were reported to",
    // "Four people are reported missing": a count not yet confirmed.
    "reported missing",
    "reported dead",
    "reported killed",
    "reported injured",
    "on or about",
    "estimated",
];

/// Words by which a speaker says they do not know what follows to be so: their own doubt,
/// which a statement giving the claim to them must keep.
const UNCONFIRMED: &[&str] = &[
    "could not confirm",
    "not confirm",
    "cannot confirm",
    "unable to confirm",
    "yet to confirm",
];

/// The words of `UNCONFIRMED` that end `before` (the words of the sentence before a quote),
/// over a "that": "We cannot confirm that |...|".
fn unconfirmed_before(before: &str) -> Option<&'static str> {
    let tail = last_words(before, 40);
    let tail = tail
        .strip_suffix(" that ")
        .map_or(tail.as_str(), |t| &tail[..t.len() + 1]);
    UNCONFIRMED.iter().copied().find(|h| {
        (tail.strip_suffix(' ').and_then(|t| t.strip_suffix(h))).is_some_and(|t| t.ends_with(' '))
    })
}

/// How many of `CLAIM_HEDGES`, from the first, hedge the whole sentence they stand in.
const WIDE_HEDGES: usize = 104;
/// Where the modal hedges of `CLAIM_HEDGES` end, from `WIDE_HEDGES` on: the speaker's own
/// doubt ("could climb", "is likely to"), which a statement that says whose claim it is
/// must keep too.
const MODAL_HEDGES_END: usize = 210;
/// Where the bare "may" stands in `CLAIM_HEDGES`.
const BARE_MAY: usize = 209;
const _: () = assert!(matches!(
    CLAIM_HEDGES[WIDE_HEDGES].as_bytes(),
    b"cannot confirm"
));
const _: () = assert!(WIDE_HEDGES <= MODAL_HEDGES_END && MODAL_HEDGES_END <= CLAIM_HEDGES.len());
const _: () = assert!(matches!(
    CLAIM_HEDGES[MODAL_HEDGES_END].as_bytes(),
    b"is reported to"
));
const _: () = assert!(matches!(CLAIM_HEDGES[BARE_MAY].as_bytes(), b"may"));
/// Where the perfect forms of forecast and predict stand in `CLAIM_HEDGES`, five of them: they
/// hedge only where their content follows (`forecast_given`).
const FORECASTS_DONE_AT: usize = 153;
const _: () = assert!(matches!(
    CLAIM_HEDGES[FORECASTS_DONE_AT].as_bytes(),
    b"had forecast"
));
const _: () = assert!(matches!(
    CLAIM_HEDGES[FORECASTS_DONE_AT + 4].as_bytes(),
    b"have predicted"
));

/// Words by which a statement keeps some doubt of its own, in any form: a statement with one
/// of them is not flat, whatever hedge its quotes have.
const STATEMENT_MODALS: &[&str] = &[
    "could",
    "might",
    "may",
    "likely",
    "unlikely",
    "probably",
    "possibly",
    "perhaps",
    "potentially",
    "expect",
    "expects",
    "expected",
    "forecast",
    "forecasts",
    "predict",
    "predicts",
    "predicted",
    "projected",
    "scheduled",
    "estimate",
    "estimates",
    "estimated",
    "roughly",
    "chance",
    "risk",
    "whether",
    "if",
    "unless",
    // The doubts of `CLAIM_HEDGES` that a statement may keep in another form ("said he
    // thinks" for "We think").
    "think",
    "thinks",
    "thought",
    "believe",
    "believes",
    "believed",
    "anticipate",
    "anticipates",
    "anticipated",
    "plan",
    "plans",
    "planned",
    "aim",
    "aims",
    "intend",
    "intends",
    "intended",
    "seek",
    "seeks",
    "seeking",
    "hope",
    "hopes",
    "hoped",
    "often",
    "usually",
    "sometimes",
    // "as far as the US was aware" keeps "as far as we are aware"; "provisional" keeps
    // "provisionally".
    "aware",
    "knowledge",
    "provisionally",
    "provisional",
    "preliminary",
];

/// Words by which a statement keeps a modal of leave or ability: it may stand for a bare
/// "may", "could" or "might" of its quotes ("Visitors can enter" for "Visitors may enter").
const PERMISSIONS: &[&str] = &["can", "able", "allowed", "permitted"];

/// Words by which a quote gives the claim to someone: "X said", "according to X".
const ATTRIBUTIONS: &[&str] = &[
    "according to",
    "said",
    "says",
    "say",
    "claims",
    "claimed",
    "claim",
    "alleged",
    "alleges",
    "allege",
    "told",
    "announced",
    "reports",
    "reported",
    "confirmed",
    "estimate",
    "estimates",
    "acknowledged",
    "wrote",
    "stressed",
    "insisted",
    "citing",
    "warned",
    "warned that",
    "added that",
    "he added",
    "she added",
    "they added",
    "it added",
    "admitted that",
    // Verbs of saying with what they say: "The ministry stated that 40 soldiers ...".
    "stated that",
    "noted that",
    "argued that",
    "explained that",
    "maintained that",
    "asserted that",
    "declared that",
    "conceded that",
    "testified that",
    "reiterated that",
    "emphasised that",
    "emphasized that",
    "vowed that",
    "pledged that",
    "posted that",
    "believe",
    "believes",
    // Only with what it says: "Fans tweeted their delight" gives no claim.
    "tweeted that",
    // "Reuters quoted the mayor as saying ...".
    "as saying",
    // "A spokesperson tells us that ...".
    "tells",
    // What one side of a trial or a suit puts forward: "The Crown's case is that ...".
    "case is that",
    "case was that",
    // The same in the other languages of the sources `check` reads, lowercase as `words()`
    // gives them; a verb in each form a newspaper uses (he, she, it, they said).
    // Russian
    "заявил",
    "заявила",
    "заявило",
    "заявили",
    "сообщил",
    "сообщила",
    "сообщило",
    "сообщили",
    "сказал",
    "сказала",
    "по словам",
    "по данным",
    // Ukrainian (заявила, заявили as in Russian)
    "заявив",
    "повідомив",
    "повідомила",
    "повідомило",
    "повідомили",
    "сказав",
    "за словами",
    "за даними",
    // French
    "selon",
    "d'après",
    "d’après",
    "a déclaré",
    "ont déclaré",
    "a affirmé",
    "a annoncé",
    "a indiqué",
    "a dit",
    "ont affirmé",
    "ont annoncé",
    "ont indiqué",
    "ont dit",
    // An incise's verb before its subject: "dit-il", "déclare le ministre"; "a-t-il
    // déclaré" is read as "a déclaré" (`uninverted`).
    "dit il",
    "dit elle",
    "déclare",
    "affirme",
    // German
    "laut",
    "zufolge",
    "sagte",
    "sagten",
    "erklärte",
    "nach angaben",
    // "mitteilen" splits in a main clause: "teilte das Ministerium am Montag mit", kept only
    // with its "mit" (`SPLIT_VERBS`); whole in a clause of its own, "wie die Polizei mitteilte".
    "teilte",
    "teilten",
    "mitteilte",
    "mitteilten",
    // Spanish
    "según",
    "dijo",
    "dijeron",
    "afirmó",
    "declaró",
    "aseguró",
    // Arabic, alone and with the "and" that joins it to the sentence before (وقال)
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "بحسب",
    "وبحسب",
    "أعلن",
    "وأعلن",
    "أعلنت",
    "وأعلنت",
    // Italian: "secondo" with its article, as alone it is also "second" ("il secondo anno")
    "secondo il",
    "secondo la",
    "secondo le",
    "secondo i",
    "secondo gli",
    "ha detto",
    "hanno detto",
    "ha dichiarato",
    "hanno dichiarato",
    "ha affermato",
    "hanno affermato",
    "ha riferito",
    "hanno riferito",
    "ha annunciato",
    // Portuguese: "segundo" with its article, as for Italian ("o segundo a chegar" is blanked
    // by `NOT_ATTRIBUTIONS`); "disse" is Italian's too
    "segundo a",
    "segundo o",
    "segundo as",
    "segundo os",
    "de acordo com",
    "disse",
    "disseram",
    "afirmou",
    "afirmaram",
    "declarou",
    "informou",
    "anunciou",
    // Polish
    "według",
    "powiedział",
    "powiedziała",
    "powiedzieli",
    "poinformował",
    "poinformowała",
    "poinformowało",
    "poinformowali",
    "oświadczył",
    "oświadczyła",
    // Dutch: the verb before its subject as after it ("zei de woordvoerder")
    "volgens",
    "zei",
    "zeiden",
    "verklaarde",
    "meldde",
    "meldden",
    // Czech
    "podle",
    "uvedl",
    "uvedla",
    "uvedlo",
    "uvedli",
    "řekl",
    "řekla",
    "řekli",
    "sdělil",
    "sdělila",
    "sdělilo",
    "oznámil",
    "oznámila",
    // Turkish, the verb last: "Vali, 23 kişinin öldüğünü açıkladı"; not a bare "göre", which
    // also compares ("geçen yıla göre", "than last year")
    "açıkladı",
    "söyledi",
    "dedi",
    "bildirdi",
    "belirtti",
    "açıklamasına göre",
    // Swedish: "sa" only with what follows it, as "SA" is also an English abbreviation
    "enligt",
    "säger",
    "sade",
    "sa att",
    "sa han",
    "sa hon",
    "uppger",
    "uppgav",
    "meddelade",
];

/// Uses of those words that give the claim to no one.
const NOT_ATTRIBUTIONS: &[&str] = &[
    "said to",
    "said goodbye",
    "been reported",
    "been said",
    "is reported",
    "are reported",
    "was reported",
    "were reported",
    "say goodbye",
    // Who does not say it gives it to no one ("The ministry did not say how many had died").
    "not say",
    "not said",
    "cannot say",
    "didn't say",
    "didn’t say",
    "doesn't say",
    "doesn’t say",
    "wouldn't say",
    "wouldn’t say",
    "hasn't said",
    "hasn’t said",
    "declined to say",
    "refused to say",
    // Nor does who has not confirmed it: that is a hedge (and "reports" there a noun).
    "not confirmed reports",
    "not confirmed",
    "not been confirmed",
    "hadn't confirmed",
    "hadn’t confirmed",
    "hasn't confirmed",
    "hasn’t confirmed",
    "haven't confirmed",
    "haven’t confirmed",
    // Nor is taking responsibility a claim about what is quoted, nor "needless to say" a saying.
    "claimed responsibility",
    "claim responsibility",
    "claims responsibility",
    "needless to say",
    // Nor is an apology a saying, nor "I would say", the speaker's softener.
    "say sorry",
    "said sorry",
    "says sorry",
    "i would say",
    "i'd say",
    "exaggeration to say",
    "fair to say",
    "safe to say",
    "suffice to say",
    // Nor is what no one can tell yet: "It's too early to say who controls the town".
    "early to say",
    "soon to say",
    "hard to say",
    "difficult to say",
    "impossible to say",
    "premature to say",
    // Nor a confirmation still to come ("Unless confirmed by the ministry, ...").
    "if confirmed",
    "unless confirmed",
    "until confirmed",
    "once confirmed",
    "to be confirmed",
    // Nor a company's results, which it reports as its accounts, not as a claim: "Nimbus
    // reported third-quarter revenue of $4.2bn, ..., sending its shares up 7%" gives the
    // reporter's own words after it to no one, and "cutting reported revenue" is a term.
    "reported revenue",
    "reported revenues",
    "reported sales",
    "reported profit",
    "reported profits",
    "reported earnings",
    "reported net",
    "reported a loss",
    "reported a profit",
    "reported a net",
    "reported quarterly",
    "reported annual",
    "reported first quarter",
    "reported second quarter",
    "reported third quarter",
    "reported fourth quarter",
    "reported full year",
    "reported q1",
    "reported q2",
    "reported q3",
    "reported q4",
    "reports revenue",
    "reports revenues",
    "reports sales",
    "reports profit",
    "reports profits",
    "reports earnings",
    "reports net",
    "reports a loss",
    "reports a profit",
    "reports a net",
    "reports quarterly",
    "reports annual",
    "reports first quarter",
    "reports second quarter",
    "reports third quarter",
    "reports fourth quarter",
    "reports full year",
    "reports q1",
    "reports q2",
    "reports q3",
    "reports q4",
    // Nor is an estimate that a figure is "of": "beating analysts' average estimate of $4.05
    // billion" names a noun, not who says what the quote says.
    "estimate of",
    "estimates of",
    // Nor in another language: a plan or a law followed ("volgens plan", "podle zákona"),
    // what is reported by no one named ("enligt uppgifter", "reportedly"), a farewell or a
    // vote ("disse adeus", "ha detto sì"), a rank ("o segundo a chegar"), a lay-off ("säger
    // upp"), a launch ("uvedla na trh") or a company's results ("kâr açıkladı").
    "secondo la legge",
    "secondo il piano",
    "detto addio",
    "detto sì",
    "detto no",
    "o segundo a",
    "o segundo o",
    "disse adeus",
    "według planu",
    "volgens plan",
    "volgens de wet",
    "podle plánu",
    "podle zákona",
    "uvedl na trh",
    "uvedla na trh",
    "uvedlo na trh",
    "uvedli na trh",
    "kâr açıkladı",
    "zarar açıkladı",
    "enligt uppgift",
    "enligt uppgifter",
    "enligt obekräftade",
    "enligt planen",
    "enligt plan",
    "enligt lag",
    "enligt lagen",
    "säger upp",
    "sade upp",
];

/// The lowercased text with its words separated by single spaces, padded with a space at each
/// end, so that a phrase is found as whole words by looking for it between spaces.
fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    let bytes = text.as_bytes();
    let mut i = 0;
    // ASCII byte by byte through a table (most news text), other characters one by one.
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            i += 1;
            match WORD_BYTE[usize::from(b)] {
                0 => {
                    if !out.ends_with(' ') {
                        out.push(' ');
                    }
                }
                lower => out.push(char::from(lower)),
            }
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if c.is_alphanumeric() || c == '\u{2019}' {
            out.extend(lowered(c));
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// `c` lowercase, Turkish "İ" as "i": `to_lowercase` gives it a combining dot ("i̇ddiaya"),
/// which no listed word has ("İddiaya göre" is "iddiaya göre").
fn lowered(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase()
        .filter(move |l| !(c == '\u{130}' && *l == '\u{307}'))
}

/// Each ASCII byte as `words()` writes it: a letter or digit lowercased, an apostrophe as it
/// is, anything else 0 (a space between words).
const WORD_BYTE: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'\'' {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// Where each list starts among the bits of `Phrases`.
const HEDGES_AT: usize = 0;
const ATTRIBUTIONS_AT: usize = HEDGES_AT + CLAIM_HEDGES.len();
const NOT_ATTRIBUTIONS_AT: usize = ATTRIBUTIONS_AT + ATTRIBUTIONS.len();
const INVERTED_AT: usize = NOT_ATTRIBUTIONS_AT + NOT_ATTRIBUTIONS.len();
/// Where "teilte" and "teilten" stand in `ATTRIBUTIONS`: kept only with their "mit".
const SPLIT_VERBS_AT: usize = 95;
const _: () = assert!(matches!(ATTRIBUTIONS[SPLIT_VERBS_AT].as_bytes(), b"teilte"));
const _: () = assert!(matches!(
    ATTRIBUTIONS[SPLIT_VERBS_AT + 1].as_bytes(),
    b"teilten"
));
/// How many words of bits `Phrases` has: room for every phrase of the three lists.
const PHRASE_WORDS: usize = 9;
const _: () = assert!(INVERTED_AT + INVERTED.len() <= 64 * PHRASE_WORDS);

/// The phrases of `CLAIM_HEDGES`, `ATTRIBUTIONS` and `NOT_ATTRIBUTIONS` that stand in a text as
/// whole words: one bit for each phrase, the three lists one after the other.
#[derive(Clone, Copy)]
struct Phrases([u64; PHRASE_WORDS]);

/// One automaton for the phrases of all three lists, so that a text is read once rather than once
/// per phrase; and the bit of each pattern. A pattern is its phrase padded with spaces, so it
/// matches whole words of `words()`; "suggests" also counts as "suggest".
static PHRASES: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut bits = Vec::new();
    for (bit, phrase) in (CLAIM_HEDGES.iter())
        .chain(ATTRIBUTIONS)
        .chain(NOT_ATTRIBUTIONS)
        .chain(INVERTED.iter().map(|(inverted, _)| inverted))
        .enumerate()
    {
        patterns.push(format!(" {phrase} "));
        bits.push(bit);
        if *phrase == "suggest" {
            patterns.push(" suggests ".to_owned());
            bits.push(bit);
        }
    }
    // Every pattern starts with a space, so a prefilter has nothing to skip to: a plain DFA
    // is faster on these short texts.
    let automaton = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(patterns)
        .expect("a few dozen short phrases make an automaton");
    (automaton, bits)
});

/// Words after a bare "could" or "might" that make it no doubt: inability ("could not reach",
/// a negation for `negation-cut`), perception ("could hear explosions") and what was all that
/// was possible ("could only watch").
const NOT_MODAL: &[&str] = &["not", "see", "hear", "feel", "smell", "only", "no", "never"];

/// Whether the match from `start` to `end` of `words` is a bare " could ", " might " or " may ".
fn bare_modal(words: &str, start: usize, end: usize) -> bool {
    matches!(&words[start..end], " could " | " might " | " may ")
}

/// Whether `text` has "may" as a lowercase word: the modal. `words()` lowercases, and "May"
/// with a capital is the month ("in May") or a name ("Theresa May"); a sentence that opens
/// with the modal ("May I ...") is rare in news.
fn lowercase_may(text: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), b"may").any(|at| {
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        edge(text[..at].chars().next_back()) && edge(text[at + 3..].chars().next())
    })
}

impl Phrases {
    /// The phrases that stand in `words` (as made by `words()`).
    fn of(words: &str) -> Phrases {
        let (automaton, bits) = &*PHRASES;
        let mut found = [0u64; PHRASE_WORDS];
        // Matches overlap: patterns share the space between two words, and " said " is part
        // of " said to "; every one counts.
        for m in automaton.find_overlapping_iter(words) {
            if bare_modal(words, m.start(), m.end()) {
                let next = words[m.end()..].split(' ').next().unwrap_or("");
                if NOT_MODAL.contains(&next) {
                    continue;
                }
            }
            let bit = bits[m.pattern().as_usize()];
            found[bit / 64] |= 1 << (bit % 64);
        }
        Phrases(found)
    }

    fn has(self, bit: usize) -> bool {
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// These phrases without the bare "may" when `text`, whose words they are, has no
    /// lowercase "may": only "May", the month or a name.
    fn without_month(self, text: &str) -> Phrases {
        let bit = HEDGES_AT + BARE_MAY;
        let mut found = self;
        if self.has(bit) && !lowercase_may(text) {
            found.0[bit / 64] &= !(1 << (bit % 64));
        }
        found
    }

    /// These phrases without the perfect forms of forecast and predict where no forecast
    /// follows them in `text`: "the 1.8% economists had forecast, data showed" compares the
    /// figure reported with a forecast; "had forecast the CPI would climb" gives the forecast.
    fn without_compared_forecast(self, text: &str) -> Phrases {
        let mut found = self;
        for (i, phrase) in CLAIM_HEDGES[FORECASTS_DONE_AT..][..5].iter().enumerate() {
            let bit = HEDGES_AT + FORECASTS_DONE_AT + i;
            if self.has(bit) && !forecast_given(text, phrase) {
                found.0[bit / 64] &= !(1 << (bit % 64));
            }
        }
        found
    }

    /// The first phrase of `list`, in list order, that stands in the text; `at` is where the
    /// list starts among the bits.
    fn first(self, list: &[&'static str], at: usize) -> Option<&'static str> {
        // A word of bits at a time, not a bit: the lists are long and most texts match none.
        let end = at + list.len();
        let mut bit = at;
        while bit < end {
            let (word, offset) = (bit / 64, bit % 64);
            let mut bits = self.0[word] >> offset;
            if end - bit < 64 - offset {
                bits &= (1u64 << (end - bit)) - 1;
            }
            if bits != 0 {
                return Some(list[bit - at + bits.trailing_zeros() as usize]);
            }
            bit += 64 - offset;
        }
        None
    }

    fn claim_hedge(self) -> Option<&'static str> {
        self.first(CLAIM_HEDGES, HEDGES_AT)
    }

    /// The first hedge of the whole sentence (of `CLAIM_HEDGES[..WIDE_HEDGES]`).
    fn wide_hedge(self) -> Option<&'static str> {
        self.first(&CLAIM_HEDGES[..WIDE_HEDGES], HEDGES_AT)
    }

    /// The first modal hedge (of `CLAIM_HEDGES[WIDE_HEDGES..MODAL_HEDGES_END]`).
    fn modal_hedge(self) -> Option<&'static str> {
        let modal = &CLAIM_HEDGES[WIDE_HEDGES..MODAL_HEDGES_END];
        self.first(modal, HEDGES_AT + WIDE_HEDGES)
    }

    fn attribution(self) -> Option<&'static str> {
        self.first(ATTRIBUTIONS, ATTRIBUTIONS_AT)
    }

    /// Every phrase of `ATTRIBUTIONS` among these, in list order: the set bits only, as most
    /// texts have none or one.
    fn attributions(self) -> Vec<&'static str> {
        let (start, end) = (ATTRIBUTIONS_AT, ATTRIBUTIONS_AT + ATTRIBUTIONS.len());
        let mut out = Vec::new();
        for word in start / 64..end.div_ceil(64) {
            let mut bits = self.0[word];
            while bits != 0 {
                let bit = word * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if (start..end).contains(&bit) {
                    out.push(ATTRIBUTIONS[bit - start]);
                }
            }
        }
        out
    }
}

/// The qualifier of a number mention, if any: right before it ("at least" in "at least
/// 660,000") or right after it ("300 or more").
pub(super) fn qualifier(text: &str, mention: &Mention) -> Option<&'static str> {
    let before = qualifier_ending(text.get(..mention.start)?);
    before
        .filter(|q| !(*q == "over" && over_a_stretch(text, mention)))
        .or_else(|| qualifier_after(text, mention))
}

/// Stretches of time or of a contest that "over" runs across: "over two days" is "across two
/// days", not "more than two days".
const STRETCHES: &[&str] = &[
    "minutes", "hours", "days", "nights", "weeks", "weekends", "months", "years", "decades",
    "rounds", "sessions", "stages", "games", "matches", "seasons", "legs", "periods", "quarters",
];

/// Words before "over" that make it "more than" even before a stretch: "lasted over 10 days",
/// "for over two hours", "jailed for over 10 years", a margin "won by over two minutes".
const DURING: &[&str] = &[
    "for", "in", "within", "after", "of", "by", "lasted", "lasting", "lasts", "last", "took",
    "take", "takes", "taking", "spent", "spend", "spending", "waited", "wait", "aged", "ago",
];

/// Whether the "over" right before `mention` is a preposition of time or extent: "nine hours
/// over two days", "over three rounds", "carried out over 10 days"; not after a word of
/// `DURING` ("lasted over 10 days"). Reads the word after the number and the one before "over".
fn over_a_stretch(text: &str, mention: &Mention) -> bool {
    let rest = text.get(mention.start + mention.text.len()..).unwrap_or("");
    let next = words(&rest[..rest.floor_char_boundary(24)]);
    let noun = next.split(' ').find(|w| !w.is_empty()).unwrap_or("");
    if !STRETCHES.contains(&noun) {
        return false;
    }
    let head = last_words(&text[..mention.start], 40);
    // "over a 10-day stretch": the article is passed over, as `qualifier_ending` does.
    let mut back = (head.split(' ').rev()).filter(|w| !w.is_empty() && !matches!(*w, "a" | "an"));
    let (_over, before) = (back.next(), back.next().unwrap_or(""));
    !DURING.contains(&before)
}

/// The qualifier of `NUMBER_HEDGES_AFTER` right after a number mention: "300 or more",
/// "2,000-plus" (but not "2,000 plus 300", a sum).
fn qualifier_after(text: &str, mention: &Mention) -> Option<&'static str> {
    let rest = text.get(mention.start + mention.text.len()..)?;
    let next = words(&rest[..rest.floor_char_boundary(24)]);
    let q = NUMBER_HEDGES_AFTER.iter().copied().find(|q| {
        (next.strip_prefix(' ').and_then(|n| n.strip_prefix(q))).is_some_and(|n| n.starts_with(' '))
    })?;
    let after = next[q.len() + 2..].split(' ').next().unwrap_or("");
    (!after.starts_with(|c: char| c.is_ascii_digit())).then_some(q)
}

/// A number with its qualifier, in the order they are written: "at least 300", "300 or more".
fn qualified(q: &str, number: &str) -> String {
    if NUMBER_HEDGES_AFTER.contains(&q) {
        format!("{number} {q}")
    } else {
        format!("{q} {number}")
    }
}

/// `words()` of about the last `bytes` of `text`: enough for a phrase that ends it.
fn last_words(text: &str, bytes: usize) -> String {
    words(tail_of(text, bytes))
}

/// About the last `bytes` of `text`, from a character's start.
fn tail_of(text: &str, bytes: usize) -> &str {
    &text[text.floor_char_boundary(text.len().saturating_sub(bytes))..]
}

/// The qualifier that ends `text`, the words before a number; an article between them is
/// passed over ("roughly a 60 per cent chance").
fn qualifier_ending(text: &str) -> Option<&'static str> {
    // The longest qualifier is a few words: the text just before the number is enough.
    let all = last_words(text, 36);
    let before = (all.strip_suffix(" a ").or_else(|| all.strip_suffix(" an ")))
        .map_or(all.as_str(), |head| &all[..head.len() + 1]);
    let ends_with_phrase = |h: &str| {
        before.len() >= h.len() + 2
            && before.ends_with(' ')
            && before[..before.len() - 1].ends_with(h)
            && before.as_bytes()[before.len() - 2 - h.len()] == b' '
    };
    let last = before.trim_end().rsplit(' ').next()?;
    (HEDGES_BY_LAST_WORD.get(last)?.iter().copied())
        .filter(|h| ends_with_phrase(h))
        .max_by_key(|h| h.len())
}

/// The qualifiers of `number_hedges` by their last word, which the last word before a number
/// picks out: read for every number of every quote, so a lookup rather than a pass over them.
static HEDGES_BY_LAST_WORD: LazyLock<ahash::AHashMap<&'static str, Vec<&'static str>>> =
    LazyLock::new(|| {
        let mut by_last = ahash::AHashMap::<&'static str, Vec<&'static str>>::new();
        for hedge in number_hedges() {
            let last = hedge.rsplit(' ').next().unwrap_or(hedge);
            by_last.entry(last).or_default().push(hedge);
        }
        by_last
    });

/// The qualifier of a quote's number, and whether the quote leaves it out: a quote that starts
/// with the number takes the one that ends the words of its sentence before it ("about
/// |2.6 million customers|").
fn quote_qualifier(quote: &Quote<'_>, mention: &Mention) -> Option<(&'static str, bool)> {
    let head = quote.text.get(..mention.start)?;
    if let Some(q) = qualifier(quote.text, mention) {
        return Some((q, false));
    }
    if !matches!(words(head).trim(), "" | "a" | "an") {
        return None;
    }
    qualifier_ending(&format!("{} {head}", quote.before)).map(|q| (q, true))
}

/// How the quote qualifies its number, for a message: "the quote says “about 5”", or "the
/// quote leaves out “about” before “5”".
fn quote_says(q: &str, number: &str, cut: bool) -> String {
    if cut {
        format!("the quote leaves out \u{201c}{q}\u{201d} before \u{201c}{number}\u{201d}")
    } else {
        format!("the quote says \u{201c}{}\u{201d}", qualified(q, number))
    }
}

/// French puts the speaker's pronoun after the verb of an incise, joined by hyphens ("a-t-il
/// déclaré", "ont-elles affirmé"): `words()` makes them "a t il déclaré". Each with the words
/// it is read as, the pronoun left out ("a déclaré"), so that the verb reads as it does before
/// its subject.
const INVERTED: &[(&str, &str)] = &[
    ("t il", ""),
    ("t elle", ""),
    ("t on", ""),
    ("ont ils", "ont"),
    ("ont elles", "ont"),
];

/// `words` without the inverted pronouns of `INVERTED` that `found` has, and its phrases then;
/// `None` when it has none (most texts).
fn uninverted(words: &str, found: Phrases) -> Option<(String, Phrases)> {
    if !(0..INVERTED.len()).any(|i| found.has(INVERTED_AT + i)) {
        return None;
    }
    let mut plain = words.to_owned();
    for (i, (inverted, read)) in INVERTED.iter().enumerate() {
        if found.has(INVERTED_AT + i) {
            let read = if read.is_empty() {
                " ".to_owned()
            } else {
                format!(" {read} ")
            };
            plain = plain.replace(&format!(" {inverted} "), &read);
        }
    }
    let found = Phrases::of(&plain);
    Some((plain, found))
}

/// German splits a verb such as "mitteilen" in a main clause, its prefix at the clause's end:
/// "teilte das Ministerium am Montag mit". The phrases without "teilte" and "teilten" where no
/// "mit" follows them in `words` ("teilte die Stadt in zwei Teile" divides, says nothing).
fn split_verb_whole(words: &str, found: Phrases) -> Phrases {
    let mut kept = found;
    for (i, split) in ATTRIBUTIONS[SPLIT_VERBS_AT..][..2].iter().enumerate() {
        let bit = ATTRIBUTIONS_AT + SPLIT_VERBS_AT + i;
        if !found.has(bit) {
            continue;
        }
        let pattern = format!(" {split} ");
        let has_prefix = (words.find(&pattern))
            .is_some_and(|at| words[at + pattern.len() - 1..].contains(" mit "));
        if !has_prefix {
            kept.0[bit / 64] &= !(1 << (bit % 64));
        }
    }
    kept
}

/// The phrases of `words` once the uses of attribution words that give the claim to no one
/// ("said to", "been reported") are blanked; `found` is what `Phrases::of(words)` gives.
fn attributing(words: &str, found: Phrases) -> Phrases {
    let uninverted = uninverted(words, found);
    let (words, found) = match &uninverted {
        Some((plain, found)) => (plain.as_str(), *found),
        None => (words, found),
    };
    let found = split_verb_whole(words, found);
    if found.first(NOT_ATTRIBUTIONS, NOT_ATTRIBUTIONS_AT).is_none() {
        return found;
    }
    // Uses that give the claim to no one are blanked first, one after the other in list order
    // (blanking one joins the words around it). They are rare, so this seldom copies.
    let mut masked = words.to_owned();
    let mut found = found;
    for (i, phrase) in NOT_ATTRIBUTIONS.iter().enumerate() {
        if found.has(NOT_ATTRIBUTIONS_AT + i) {
            masked = masked.replace(&format!(" {phrase} "), " ");
            found = Phrases::of(&masked);
        }
    }
    found
}

/// A quote with its numbers, and the words of its sentence before it ("" when it was not
/// placed in its source).
struct Quote<'a> {
    text: &'a str,
    mentions: &'a [Mention],
    before: &'a str,
    after: &'a str,
    /// The sentence after the quote's: "These figures are provisional."
    next: &'a str,
}

/// What a quote says of the claim, and the hedge that the words of its sentence outside the
/// quote put on it.
struct QuoteSaid {
    said: Said,
    sentence_hedge: Option<&'static str>,
}

/// What a text says of a claim, read in one pass: the phrase that hedges it and the word that
/// gives it to someone, if any.
#[derive(Clone, Copy, Debug, Default)]
pub struct Said {
    pub hedge: Option<&'static str>,
    /// The first hedge that hedges a whole sentence ("reportedly"), not only its clause
    /// ("could reach"): what counts in the words around a quote.
    pub wide_hedge: Option<&'static str>,
    /// The first modal hedge ("could climb"): the speaker's doubt, kept when a statement
    /// attributes the claim.
    pub modal_hedge: Option<&'static str>,
    pub attribution: Option<&'static str>,
}

pub fn said(text: &str) -> Said {
    said_and_found(text).0
}

/// `said` and `attributions_in` of one text, from one reading of its words.
pub fn said_and_attributions(text: &str) -> (Said, Vec<&'static str>) {
    let (said, attributing) = said_and_found(text);
    (said, attributing.attributions())
}

/// `said`, with the phrases of the text as `attributing` gives them.
fn said_and_found(text: &str) -> (Said, Phrases) {
    let words = words(text);
    let found = (Phrases::of(&words).without_month(text)).without_compared_forecast(text);
    // The month's "May" is no attribution: `without_month` leaves the attributions as they are.
    let attributing = attributing(&words, found);
    let mut attribution = attributing.attribution();
    // "according to preliminary data": a document alone is no one (as for `claimed_by`).
    // "confirmed by laboratory testing": a process or evidence is no one either.
    // "regional news reports, and ...": a noun that ends its phrase gives no one's claim.
    let no_one = |w: &str| {
        w == "according to" && super::support::relays_a_document(text)
            || super::agents::by_a_process(text, w)
            || super::support::only_bare_nouns(text, w)
    };
    if attribution.is_some_and(no_one) {
        attribution = (attributing.attributions().into_iter()).find(|w| !no_one(w));
    }
    let said = Said {
        hedge: found.claim_hedge(),
        wide_hedge: found.wide_hedge(),
        modal_hedge: found.modal_hedge(),
        attribution,
    };
    (said, attributing)
}

/// Whether a forecast's content follows `phrase` ("had forecast") in `text`: a verb of what
/// will be ("would", "will", "to") within the next few words of its clause.
fn forecast_given(text: &str, phrase: &str) -> bool {
    let Some(at) = super::support::find_word(text, phrase) else {
        return false;
    };
    for raw in text[at + phrase.len()..].split_whitespace().take(6) {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if ["would", "will", "could", "might", "to", "that"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
        {
            return true;
        }
        if raw.ends_with([',', '.', ';', ':', '?', '!']) {
            return false;
        }
    }
    false
}

/// Words that open a clause as a question: a quote that starts right after one ("asked
/// whether |troops had entered the city|") is no claim. A bare "if" is not among them: "even
/// if", "as if", "if anything" and "If you look at the figures" open no question.
const UNASSERTED: &[&str] = &[
    "whether",
    "asked if",
    "asks if",
    "asking if",
    "unclear if",
    "not clear if",
    "not known if",
    "wondered if",
    "to see if",
];

/// The hedge that ends the words of a sentence right before a quote, and so governs what the
/// quote says ("is expected to |begin consultations|", "could |climb|", "whether |the troops
/// left|"), though a hedge of its own clause does not count elsewhere in the sentence; `quote`
/// is the quote, whose first word may make a bare "could" no doubt ("could |not reach|").
pub fn hedge_ending(before: &str, quote: &str) -> Option<&'static str> {
    // A quote that starts inside a word is not governed by the word it cuts.
    if !before.ends_with(char::is_whitespace) {
        return None;
    }
    let words_before = last_words(before, 48);
    // A hedge governs over the auxiliaries after it: "may have been |hit|", "is thought to
    // have |lost|". Each is stepped over only when no hedge ends the words with it.
    let mut tail = words_before.as_str();
    let hedge = loop {
        if let Some(hedge) = hedge_at_end(tail) {
            break hedge;
        }
        let shorter = [" have ", " has ", " had ", " been ", " be ", " that "]
            .iter()
            .find_map(|aux| tail.strip_suffix(aux))?;
        tail = &tail[..shorter.len() + 1];
    };
    // "in May |prices rose|": the month.
    if hedge == "may" && !lowercase_may(tail_of(before, 48)) {
        return None;
    }
    if matches!(hedge, "could" | "might" | "may") {
        let next = words(quote.get(..quote.len().min(24)).unwrap_or(quote));
        let next = next.split(' ').find(|w| !w.is_empty()).unwrap_or("");
        if NOT_MODAL.contains(&next) {
            return None;
        }
    }
    Some(hedge)
}

/// The longest hedge (of `CLAIM_HEDGES`, else `UNASSERTED`) that ends `tail`, words as made by
/// `words()`.
fn hedge_at_end(tail: &str) -> Option<&'static str> {
    let found = Phrases::of(tail);
    // " {h} " at the end, without making that text.
    let ends = |h: &&str| {
        (tail.strip_suffix(' ').and_then(|t| t.strip_suffix(*h))).is_some_and(|t| t.ends_with(' '))
    };
    let hedge = (0..CLAIM_HEDGES.len())
        .filter(|&i| found.has(HEDGES_AT + i))
        .map(|i| CLAIM_HEDGES[i])
        .filter(ends)
        .max_by_key(|h| h.len());
    hedge.or_else(|| {
        UNASSERTED
            .iter()
            .copied()
            .filter(ends)
            .max_by_key(|h| h.len())
    })
}

/// Finds the words of `STATEMENT_MODALS` among the words of a text, as `words()` makes them:
/// each padded with spaces, so that only a whole word matches. One pass over a statement,
/// rather than each of its words compared with every one of the list.
static STATEMENT_MODAL_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(STATEMENT_MODALS.iter().map(|w| format!(" {w} ")))
        .expect("a few dozen short words make an automaton")
});

/// Whether a text keeps a doubt in any of `STATEMENT_MODALS`; `words` are its words, as
/// `words()` makes them.
fn keeps_doubt(words: &str) -> bool {
    STATEMENT_MODAL_FINDER.is_match(words)
}

/// Every word by which `text` gives a claim to someone, in list order: a relayed claim has
/// several ("Basurin told Interfax ..., Reuters reported").
pub fn attributions_in(text: &str) -> Vec<&'static str> {
    let words = words(text);
    attributing(&words, Phrases::of(&words)).attributions()
}

/// Runs both rules from what the statement says of the claim (`stated`) and what each
/// citation's quote and the words of its sentence around it say (`readings`), read once for
/// every rule that needs them.
pub fn check(
    fact: &Spanned<Fact>,
    numbers: &FactNumbers<'_>,
    stated: &Stated,
    readings: &[Reading<'_>],
    out: &mut Vec<Finding>,
) {
    let mut quotes: Vec<Quote<'_>> = Vec::new();
    let mut quotes_said: Vec<QuoteSaid> = Vec::new();
    // `readings` has one reading for each citation, `numbers` one entry for each quote.
    let quoting = (fact.sources.value.iter().zip(readings)).filter(|(c, _)| c.quote.is_some());
    for (((_, reading), quote), mentions) in quoting.zip(&numbers.quotes).zip(&numbers.quoted) {
        if quote.trim().is_empty() {
            continue;
        }
        quotes.push(Quote {
            text: quote,
            mentions: mentions.as_slice(),
            before: reading.before,
            after: reading.after,
            next: reading.next,
        });
        quotes_said.push(QuoteSaid {
            said: reading.quote,
            sentence_hedge: reading.left_out_hedge,
        });
    }
    if quotes.is_empty() {
        return;
    }
    hedge_dropped(fact, &numbers.stated, stated, &quotes, &quotes_said, out);
    figure_hedge_dropped(fact, &quotes, out);
    claim_unattributed(fact, stated, &quotes, &quotes_said, out);
}

fn hedge_dropped(
    fact: &Spanned<Fact>,
    stated_numbers: &[Mention],
    stated: &Stated,
    quotes: &[Quote<'_>],
    quotes_said: &[QuoteSaid],
    out: &mut Vec<Finding>,
) {
    let statement = fact.statement.value.as_str();
    let message = number_hedge_dropped(statement, stated_numbers, quotes)
        .or_else(|| range_dropped(statement, stated_numbers, quotes))
        .or_else(|| noun_hedge_dropped(statement, stated, quotes))
        .or_else(|| {
            let texts: Vec<&str> = quotes.iter().map(|q| q.text).collect();
            super::scope::part_stated_as_whole(statement, &texts)
                .or_else(|| super::ranking::ranking_widened(statement, &texts))
        })
        .or_else(|| {
            let numbered: Vec<(&str, &[Mention])> =
                quotes.iter().map(|q| (q.text, q.mentions)).collect();
            super::subgroup::subgroup_as_whole(statement, stated_numbers, &numbered)
        })
        .or_else(|| {
            let numbered: Vec<(&str, &[Mention])> =
                quotes.iter().map(|q| (q.text, q.mentions)).collect();
            super::scope::rate_dropped(statement, stated_numbers, &numbered)
                .or_else(|| super::scope::period_changed(statement, stated_numbers, &numbered))
                .or_else(|| super::scope::total_as_new(statement, stated_numbers, &numbered))
        })
        .or_else(|| provisional_dropped(statement, quotes))
        .or_else(|| {
            let said: Vec<[&str; 3]> = quotes.iter().map(|q| [q.before, q.text, q.after]).collect();
            super::verdict::charge_as_verdict(statement, &said)
                .or_else(|| super::verdict::stage_stepped_up(statement, &said))
                .or_else(|| super::verdict::outcome_stepped_up(statement, &said))
                .or_else(|| super::verdict::lab_scope_dropped(statement, &said))
        })
        .or_else(|| question_stated(statement, stated, quotes))
        .or_else(|| claim_hedge_dropped(statement, stated_numbers, stated, quotes, quotes_said))
        .or_else(|| {
            let numbered: Vec<(&str, &[Mention])> =
                quotes.iter().map(|q| (q.text, q.mentions)).collect();
            super::scope::intended_as_done(statement, stated_numbers, &numbered)
        })
        .or_else(|| {
            let said: Vec<[&str; 3]> = quotes.iter().map(|q| [q.before, q.text, q.after]).collect();
            super::forecast::forecast_as_done(statement, &said)
                .or_else(|| super::condition::condition_dropped(statement, &said))
        });
    if let Some(message) = message {
        let id = fact.id.value.as_str();
        out.push(
            Finding::new(
                Rule::HedgeDropped,
                fact.statement.pos,
                format!("fact `{id}`: {message}"),
            )
            .fact(id),
        );
    }
}

/// Words that make what they qualify less than certain: "3,218 suspected cases", "the alleged
/// attack".
const NOUN_HEDGES: &[&str] = &[
    "suspected",
    "alleged",
    "unconfirmed",
    "probable",
    "presumed",
];

/// Finds the words of `NOUN_HEDGES` in any case, within longer words too: a quick look before
/// a text is read word by word.
static NOUN_HEDGE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(NOUN_HEDGES)
        .expect("five short words make an automaton")
});

/// Words after which a word of `NOUN_HEDGES` is a verb or ends its phrase, not a qualifier of a
/// noun: "police suspected that", "Kyiv alleged in a statement".
const NOT_NOUNS: &[&str] = &[
    "that", "the", "a", "an", "this", "these", "those", "it", "he", "she", "they", "we", "him",
    "her", "them", "his", "its", "their", "in", "on", "at", "by", "to", "for", "from", "with",
    "was", "were", "is", "are", "and", "or", "but", "as", "there",
];

/// A word without the punctuation around it: "3,218" stays, "cases," is "cases".
fn bare(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The word of `NOUN_HEDGES` that `word` (as `bare` makes it) is, in any case.
fn noun_hedge_word(word: &str) -> Option<&'static str> {
    NOUN_HEDGES
        .iter()
        .copied()
        .find(|h| h.eq_ignore_ascii_case(word))
}

/// `hedge-dropped` for a qualified noun: every quote calls it "suspected" (or "alleged", ...),
/// in its words or in the word of its sentence right before or after it, and the statement
/// drops the word. A number right before the word must be one the statement gives: "3,218
/// suspected cases, of which 1,460 were confirmed" hedges the 3,218 only.
fn noun_hedge_dropped(statement: &str, stated: &Stated, quotes: &[Quote<'_>]) -> Option<String> {
    let given: Vec<&str> = statement.split_whitespace().map(bare).collect();
    if stated.said.hedge.is_some() || given.iter().any(|w| noun_hedge_word(w).is_some()) {
        return None;
    }
    let mut first = None;
    for quote in quotes {
        let found = noun_hedge(quote, &given)?;
        first.get_or_insert(found);
    }
    let (hedge, noun, cut) = first?;
    let says = if cut {
        format!(
            "the quote's sentence says \u{201c}{hedge} {noun}\u{201d} (the quote leaves out \
             \u{201c}{hedge}\u{201d})"
        )
    } else {
        format!("the quote says \u{201c}{hedge} {noun}\u{201d}")
    };
    Some(format!(
        "{says}, the statement drops \u{201c}{hedge}\u{201d}"
    ))
}

/// The first word of `NOUN_HEDGES` that qualifies a noun in the quote, or in the word of its
/// sentence right before or after it; with that noun and whether the quote leaves the word out.
/// `given` are the statement's words (as `bare` makes them).
fn noun_hedge(quote: &Quote<'_>, given: &[&str]) -> Option<(&'static str, String, bool)> {
    // The last word before the quote and the first two after it, when the quote starts and
    // ends at a word's edge.
    let before = (quote.before.ends_with(char::is_whitespace))
        .then(|| quote.before.split_whitespace().next_back())
        .flatten();
    let after: Vec<&str> = match quote.after.starts_with(char::is_whitespace) {
        true => quote.after.split_whitespace().take(2).collect(),
        false => Vec::new(),
    };
    // Most quotes and their neighbours have none of the words: one look passes over them.
    let has = |text: &str| NOUN_HEDGE_FINDER.is_match(text);
    if !has(quote.text) && !before.is_some_and(has) && !after.iter().any(|w| has(w)) {
        return None;
    }
    let inside = quote.text.split_whitespace();
    let tokens: Vec<&str> = (before
        .into_iter()
        .chain(inside)
        .chain(after.iter().copied()))
    .collect();
    let quoted = before.map_or(0, |_| 1)..tokens.len() - after.len();
    (0..tokens.len().saturating_sub(1)).find_map(|i| {
        let hedge = noun_hedge_word(bare(tokens[i]))?;
        let noun = bare(tokens[i + 1]).to_lowercase();
        let qualifies = tokens[i].ends_with(char::is_alphanumeric)
            && noun.starts_with(char::is_alphabetic)
            && !NOT_NOUNS.contains(&noun.as_str());
        // A number right before it that the statement does not give is another claim.
        let other = i
            .checked_sub(1)
            .map(|j| bare(tokens[j]))
            .filter(|n| n.starts_with(|c: char| c.is_ascii_digit()) && !given.contains(n));
        (qualifies && other.is_none()).then(|| (hedge, noun, !quoted.contains(&i)))
    })
}

/// Words by which a source says its figures are not final ("though the figures are
/// preliminary", "provisional results"): they hedge what the whole sentence gives, and
/// whoever the statement gives the claim to called them so.
const PROVISIONAL: &[&str] = &["preliminary", "provisional"];

/// What a word of `PROVISIONAL` calls not final: figures, not a hearing or a round.
const PROVISIONAL_OF: &[&str] = &[
    "figures",
    "figure",
    "results",
    "result",
    "data",
    "estimate",
    "estimates",
    "count",
    "counts",
    "numbers",
    "findings",
    "tally",
    "tallies",
    "toll",
    "report",
    "analysis",
    "study",
];

/// Finds the words of `PROVISIONAL` in any case: a quick look before a text is read word by word.
static PROVISIONAL_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(PROVISIONAL)
        .expect("two short words make an automaton")
});

/// `hedge-dropped` for figures that every quote's sentence calls not final, in the quote or
/// in the words around it, when the statement drops the word and keeps no doubt of its own.
fn provisional_dropped(statement: &str, quotes: &[Quote<'_>]) -> Option<String> {
    let mut first = None;
    for quote in quotes {
        let found = ([quote.text, quote.before, quote.after].into_iter())
            .find_map(provisional_in)
            .map(|(word, shown)| (word, shown, "the quote's sentence calls it"))
            .or_else(|| {
                provisional_after(quote)
                    .map(|(word, shown)| (word, shown, "the sentence after the quote calls it"))
            })?;
        first.get_or_insert(found);
    }
    let (word, shown, whence) = first?;
    let statement_words = words(statement);
    if statement_words.contains(&format!(" {word} ")) || keeps_doubt(&statement_words) {
        return None;
    }
    Some(format!(
        "{whence} {word} (\u{201c}{shown}\u{201d}), the statement drops \u{201c}{word}\u{201d}"
    ))
}

/// `hedge-dropped` for quotes whose sentences all ask a question ("Will the bridge reopen by
/// May?"): a question asserts nothing, and the statement states its words as fact. A statement
/// that asks, or says who asks or what is asked, keeps it a question.
fn question_stated(statement: &str, stated: &Stated, quotes: &[Quote<'_>]) -> Option<String> {
    // The quotes first: most are no question, and then the statement is not read.
    let mut asked = quotes.iter().map(asked_in);
    let first = asked.next()??;
    if !asked.all(|a| a.is_some()) || statement.trim_end().ends_with('?') {
        return None;
    }
    let statement_words = words(statement);
    let asks = [" asked ", " asks ", " asking ", " whether ", " question "];
    if asks.iter().any(|w| statement_words.contains(w)) || relays(statement, stated, &first) {
        return None;
    }
    Some(format!(
        "the quote's sentence asks a question (\u{201c}{}\u{201d}), the statement states it \
         as fact: quote the answer, or say who asks",
        last_words_of(&first, 12)
    ))
}

/// Whether a statement gives the claim to whom the question itself gives it ("Reports say
/// ..." for "Can you confirm reports that ...?"). Giving it to anyone else makes an answer
/// of the question: "The economy is in recession, the minister said" for "Is the economy in
/// recession?", "Miller confirmed that ..." for "Can you confirm ...?".
fn relays(statement: &str, stated: &Stated, question: &str) -> bool {
    if stated.said.attribution.is_none() {
        return false;
    }
    let asked = attributions_in(question);
    !asked.is_empty() && attributions_in(statement).iter().any(|a| asked.contains(a))
}

/// The quote's sentence to the question mark that ends the quote's clause, when one does: the
/// quote's own last stop, or the first one after it (`“Will you raise |taxes|?” the host
/// asked.`).
fn asked_in(quote: &Quote<'_>) -> Option<String> {
    let closing = ['"', '\'', '\u{201d}', '\u{2019}', '\u{bb}', ')'];
    let text = quote.text.trim_end().trim_end_matches(closing);
    let stop = |c: char| matches!(c, '.' | '!' | '?');
    let asked = match text.chars().next_back() {
        Some('?') => text.to_owned(),
        Some(c) if stop(c) => return None,
        _ => {
            let at = quote.after.find(stop)?;
            let upto = &quote.after[..=at];
            if !upto.ends_with('?') {
                return None;
            }
            format!("{}{upto}", quote.text.trim_end())
        }
    };
    let opening = ['"', '\'', '\u{201c}', '\u{2018}', '\u{ab}', '(', ' '];
    Some(format!(
        "{}{asked}",
        quote.before.trim_start_matches(opening)
    ))
}

/// The last `n` words of `text`, after "…" when there are more.
fn last_words_of(text: &str, n: usize) -> String {
    let all: Vec<&str> = text.split_whitespace().collect();
    let kept = all[all.len().saturating_sub(n)..].join(" ");
    if all.len() > n {
        format!("\u{2026} {kept}")
    } else {
        kept
    }
}

/// For a quote that gives figures, a next sentence that calls them not final: "These figures
/// are provisional.", "The numbers remain preliminary." (not one about other figures).
fn provisional_after(quote: &Quote<'_>) -> Option<(&'static str, String)> {
    let mut first = quote.next.split_whitespace().map(str::to_lowercase);
    let (which, what) = (first.next()?, first.next()?);
    let these = matches!(which.as_str(), "these" | "those" | "the" | "all" | "both");
    let figures = PROVISIONAL_OF.contains(&what.trim_end_matches(|c: char| !c.is_alphanumeric()));
    (!quote.mentions.is_empty() && these && figures)
        .then(|| provisional_in(quote.next))
        .flatten()
}

/// The first word of `PROVISIONAL` in `text`, with the few words around it that show what it
/// says is not final.
fn provisional_in(text: &str) -> Option<(&'static str, String)> {
    if !PROVISIONAL_FINDER.is_match(text) {
        return None;
    }
    let all = words(text);
    let ws: Vec<&str> = all.split(' ').filter(|w| !w.is_empty()).collect();
    // Of figures ("preliminary results") or said of them ("the figures are preliminary"), not
    // a step of a process ("a preliminary hearing", "the preliminary round").
    let of_figures = |i: usize| {
        ws.get(i + 1).is_some_and(|n| PROVISIONAL_OF.contains(n))
            || i.checked_sub(1).is_some_and(|p| {
                matches!(
                    ws[p],
                    "is" | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "remain"
                        | "remains"
                        | "remained"
                        | "still"
                )
            })
    };
    let (at, word) = ws.iter().enumerate().find_map(|(i, w)| {
        let word = *PROVISIONAL.iter().find(|p| *p == w)?;
        of_figures(i).then_some((i, word))
    })?;
    let shown = ws[at.saturating_sub(3)..(at + 2).min(ws.len())].join(" ");
    Some((word, shown))
}

/// The message of `hedge-dropped` for the claim: every quote hedges it (or the sentence around
/// it does) and the statement states it flatly; or a number of a flat statement that only
/// hedged quotes give.
fn claim_hedge_dropped(
    statement: &str,
    stated_numbers: &[Mention],
    stated: &Stated,
    quotes: &[Quote<'_>],
    quotes_said: &[QuoteSaid],
) -> Option<String> {
    let statement_words = words(statement);
    // The statement's words are read only for a quote that gives such a hedge: few do.
    let kept = |h: &&str| {
        let leave = matches!(*h, "could" | "might" | "may") && keeps_leave(&statement_words);
        let view = BELIEFS.contains(h) && gives_a_view(&statement_words);
        let timetable = TIMETABLES.contains(h) && keeps_timetable(&statement_words);
        !(leave || view || timetable)
    };
    let hedges: Vec<Option<(&str, &str)>> = (quotes_said.iter())
        .map(|w| {
            (w.said.hedge.filter(kept).map(|h| (h, ""))).or(w
                .sentence_hedge
                .filter(kept)
                .map(|h| (h, ", in the sentence around the quote")))
        })
        .collect();
    // The statement's own words: neither a hedge nor whose claim it is, nor a qualified number
    // ("about 70,000" for "an estimated 70,000").
    let sure = stated.said.hedge.is_none() && !keeps_doubt(&statement_words);
    let plain = sure && stated.said.attribution.is_none();
    let qualified = (stated_numbers.iter()).any(|m| qualifier(statement, m).is_some());
    // A qualified number keeps an estimate's doubt, not "could not be verified": that is
    // of the whole claim.
    let unverified = |h: &str| CLAIM_HEDGES[..WIDE_HEDGES].contains(&h);
    if let Some(Some((hedge, whence))) = hedges.first()
        && hedges.iter().all(Option::is_some)
        && plain
        && (!qualified || unverified(hedge))
    {
        let hedge = match (*whence, quotes.first()) {
            ("", Some(quote)) => with_verb(quote.text, hedge),
            _ => (*hedge).to_owned(),
        };
        return Some(format!(
            "the quotes hedge the claim ({}{whence}), the statement states it flatly",
            glossed(&hedge)
        ));
    }
    // Whose claim it is does not excuse dropping the speaker's own doubt: "officials warned it
    // could climb" is not "officials said it will climb".
    // A modal hedge among the words the quote leaves out counts only where it governs the quote:
    // right before it ("may have been |hit|"), as `hedge_ending` reads it. So does a speaker's
    // "cannot confirm that" right before it: "We cannot confirm that |the ship was sunk|, the
    // navy said" is not "the navy says the ship was sunk".
    let modal = |(w, quote): (&QuoteSaid, &Quote<'_>)| {
        let right_before = ", right before the quote";
        (w.said.modal_hedge.filter(kept).map(|h| (h, "")))
            .or(w
                .sentence_hedge
                .filter(kept)
                .filter(|h| CLAIM_HEDGES[WIDE_HEDGES..MODAL_HEDGES_END].contains(h))
                .map(|h| (h, right_before)))
            .or_else(|| unconfirmed_before(quote.before).map(|h| (h, right_before)))
    };
    // Read only for a statement that could drop a doubt, up to the first quote without one.
    let modals: Option<Vec<_>> = sure
        .then(|| quotes_said.iter().zip(quotes).map(modal).collect())
        .flatten();
    if let (Some([(hedge, whence), ..]), Some(quote)) = (modals.as_deref(), quotes.first()) {
        return Some(format!(
            "the quotes hedge the claim ({}{whence}), the statement states it without the \
             doubt",
            glossed(&with_verb(quote.text, hedge))
        ));
    }
    if !plain {
        return None;
    }
    only_hedged(statement, stated_numbers, quotes, &hedges)
}

/// Whether a statement keeps a modal of leave or ability (`PERMISSIONS`): a bare modal of a
/// quote may give leave or say what someone is able to do ("Visitors may enter"), which "can
/// enter" keeps. `statement_words` are its words, as `words()` makes them.
fn keeps_leave(statement_words: &str) -> bool {
    (statement_words.split(' ')).any(|w| PERMISSIONS.contains(&w))
}

/// The hedges of `CLAIM_HEDGES` that give a timetable: "will close in 2027" keeps "is
/// scheduled to close in 2027" (not "could close"), as "closed in 2027" does not.
const TIMETABLES: &[&str] = &[
    "scheduled to",
    "is set to",
    "are set to",
    "was set to",
    "were set to",
];

/// Whether a statement says what is to come, keeping a timetable of `TIMETABLES`: "will",
/// "would", "set to", "due to". `statement_words` are its words, as `words()` makes them.
fn keeps_timetable(statement_words: &str) -> bool {
    let ws = || statement_words.split(' ');
    ws().any(|w| matches!(w, "will" | "would" | "shall"))
        || ws()
            .zip(ws().skip(1))
            .any(|p| matches!(p, ("set" | "due", "to")))
}

/// The hedges of `CLAIM_HEDGES` by which speakers give what follows as their belief.
const BELIEFS: &[&str] = &["i think", "we think", "i believe", "we believe"];

/// Words by which a statement gives what it says as someone's view or argument: they keep a
/// speaker's "I think" ("Krugman argues that holding rates is a mistake" for "I think that is a
/// mistake"), not a doubt of what will be ("could rise").
const VIEWS: &[&str] = &[
    "argue",
    "argues",
    "argued",
    "contend",
    "contends",
    "contended",
    "view",
    "opinion",
    "considers",
    "considered",
    "feels",
];

/// Whether a statement gives its claim as someone's view (`VIEWS`); `statement_words` are its
/// words, as `words()` makes them.
fn gives_a_view(statement_words: &str) -> bool {
    (statement_words.split(' ')).any(|w| VIEWS.contains(&w))
}

/// "could", "might" or "may" with the word that follows it in `text` ("could climb"), so that a
/// message names what is hedged; any other hedge as it is.
fn with_verb(text: &str, hedge: &str) -> String {
    if !matches!(hedge, "could" | "might" | "may") {
        return as_written(text, hedge);
    }
    let words = words(text);
    let next = (words.find(&format!(" {hedge} ")))
        .and_then(|at| words[at + hedge.len() + 2..].split(' ').next())
        .filter(|w| !w.is_empty())
        // Only as the text writes them: "could, in the event of" is no "could in".
        .filter(|w| {
            let phrase = format!("{hedge} {w}");
            (text.to_ascii_lowercase()).contains(&phrase)
        });
    match next {
        Some(verb) => format!("{hedge} {verb}"),
        None => hedge.to_owned(),
    }
}

/// `phrase` (lowercase) as `text` writes it, "I think" for "i think", "Ймовірно" for
/// "ймовірно"; as it is when the text writes it otherwise (over punctuation). Read a character
/// at a time, as lowercasing may change a letter's length.
pub(super) fn as_written(text: &str, phrase: &str) -> String {
    let from = |at: usize| {
        let mut want = phrase.chars();
        for (i, c) in text.get(at..)?.char_indices() {
            for lower in lowered(c) {
                if want.next() != Some(lower) {
                    return None;
                }
            }
            if want.as_str().is_empty() {
                return text.get(at..at + i + c.len_utf8());
            }
        }
        None
    };
    (text.char_indices())
        .find_map(|(at, _)| from(at))
        .map_or_else(|| phrase.to_owned(), str::to_owned)
}

/// A number the statement gives bare that only hedged quotes give: "40 died" resting on
/// "Unconfirmed reports say 40 people died", though another quote states the rest flatly.
/// `hedges` is each quote's hedge and where it stands.
fn only_hedged(
    statement: &str,
    stated_numbers: &[Mention],
    quotes: &[Quote<'_>],
    hedges: &[Option<(&str, &str)>],
) -> Option<String> {
    // A number the statement qualifies ("about 70,000") keeps a hedge of its own.
    for given in stated_numbers
        .iter()
        .filter(|m| qualifier(statement, m).is_none())
    {
        let mut giving = (quotes.iter().zip(hedges))
            .filter(|(q, _)| q.mentions.iter().any(|m| m.value == given.value));
        let Some((_, Some((hedge, whence)))) = giving.next() else {
            continue;
        };
        if giving.all(|(_, h)| h.is_some()) {
            return Some(format!(
                "the quotes that give {} hedge it (\u{201c}{hedge}\u{201d}{whence}), the \
                 statement states it flatly",
                given.text
            ));
        }
    }
    None
}

/// The message of `hedge-dropped` for a number of the statement: one it gives bare, which
/// every quote that has it qualifies, or one whose qualifier every quote turns around.
fn number_hedge_dropped(
    statement: &str,
    stated_numbers: &[Mention],
    quotes: &[Quote<'_>],
) -> Option<String> {
    // Read once, for the first number given bare.
    let mut limit = None;
    for given in stated_numbers {
        // `hundreds` for "more than 300" is vague already: no qualifier is lost.
        if given.kind == Kind::Vague {
            continue;
        }
        if let Some(says) = qualifier(statement, given) {
            if let Some((q, number, cut)) = turned_around(quotes, |m| given.supported_by(m), says) {
                return Some(format!(
                    "{}, the statement turns it around: \u{201c}{}\u{201d}",
                    quote_says(q, number, cut),
                    qualified(says, &given.text)
                ));
            }
            continue;
        }
        // A limit said in other words keeps its bound: "a maximum sentence of 14 years" for "a
        // maximum of 14 years", "The speed limit is 30 km/h".
        if *limit.get_or_insert_with(|| says_a_limit(statement)) {
            continue;
        }
        let mut qualified: Option<(&str, &str, bool)> = None;
        let mut bare_somewhere = false;
        for quote in quotes {
            for m in quote.mentions.iter().filter(|m| given.supported_by(m)) {
                match quote_qualifier(quote, m) {
                    Some((q, cut)) => {
                        qualified.get_or_insert((q, &m.text, cut));
                    }
                    None => bare_somewhere = true,
                }
            }
        }
        if let (Some((q, number, cut)), false) = (qualified, bare_somewhere) {
            // "Officials estimate the rate at 350" keeps what "an estimated 350" says.
            if matches!(q, "estimated" | "an estimated") && says_an_estimate(statement) {
                continue;
            }
            return Some(format!(
                "{}, the statement gives {} without \u{201c}{q}\u{201d}{}",
                quote_says(q, number, cut),
                given.text,
                english_of(q)
            ));
        }
    }
    None
}

/// Whether a statement says in words of its own that it gives an estimate.
fn says_an_estimate(statement: &str) -> bool {
    words(statement).split(' ').any(|w| {
        matches!(
            w,
            "estimate" | "estimates" | "estimated" | "estimating" | "estimation"
        )
    })
}

/// Whether a statement names a bound in words of its own (`maximum`, `minimum`, `limit`):
/// it keeps what "a maximum of" or "at most" says.
fn says_a_limit(statement: &str) -> bool {
    words(statement).split(' ').any(|w| {
        matches!(
            w,
            "maximum" | "minimum" | "limit" | "limits" | "cap" | "capped" | "ceiling"
        )
    })
}

/// The qualifier and the number of the quotes, and whether the quote leaves the qualifier out,
/// when every quote that gives the number (`gives`) bounds it from the other side than `says`
/// does ("fewer than 100" for "more than 100").
fn turned_around<'q>(
    quotes: &[Quote<'q>],
    gives: impl Fn(&Mention) -> bool,
    says: &str,
) -> Option<(&'static str, &'q str, bool)> {
    let mut found = None;
    for quote in quotes {
        for m in quote.mentions.iter().filter(|m| gives(m)) {
            match quote_qualifier(quote, m) {
                Some((q, cut)) if opposite(q, says) => {
                    found.get_or_insert((q, m.text.as_str(), cut));
                }
                _ => return None,
            }
        }
    }
    found
}

/// `hedge-dropped` for a range: a number the statement gives alone (`4,000`), which every quote
/// that has it writes as an end of a range (`3,000-4,000`, `between 10 and 15`) whose other end
/// the statement does not give: its message, if it finds one.
fn range_dropped(
    statement: &str,
    stated_numbers: &[Mention],
    quotes: &[Quote<'_>],
) -> Option<String> {
    for given in stated_numbers {
        if given.range.is_some()
            || qualifier(statement, given).is_some()
            || given.kind == Kind::Vague
        {
            continue;
        }
        let mut ranged: Option<&str> = None;
        let mut alone = false;
        for Quote {
            text: quote,
            mentions,
            ..
        } in quotes
        {
            let supported = mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| given.supported_by(m));
            for (i, m) in supported {
                let Some(span) = &m.range else {
                    alone = true;
                    continue;
                };
                // The statement gives the other end too (`26 billion to 28 billion`). The two
                // ends of a range are next to each other among the quote's numbers.
                let other_end = [i.checked_sub(1), Some(i + 1)]
                    .into_iter()
                    .filter_map(|j| mentions.get(j?))
                    .filter(|o| o.range.as_ref() == Some(span))
                    .any(|o| stated_numbers.iter().any(|s| s.supported_by(o)));
                if other_end {
                    alone = true;
                } else {
                    ranged.get_or_insert(quote.get(span.clone()).unwrap_or(&m.text));
                }
            }
        }
        if let (Some(range), false) = (ranged, alone) {
            return Some(format!(
                "the quote gives a range, \u{201c}{range}\u{201d}, the statement gives {} alone",
                given.text
            ));
        }
    }
    None
}

/// `hedge-dropped` for a figure: every quote that gives its value qualifies it ("nearly 5.7
/// million"), and the figure has no `qualifier`, so the panel would show a flat number.
fn figure_hedge_dropped(fact: &Spanned<Fact>, quotes: &[Quote<'_>], out: &mut Vec<Finding>) {
    let Some(figure) = &fact.figure else {
        return;
    };
    let Some(value) = Value::from_number(figure.number()) else {
        return;
    };
    let id = fact.id.value.as_str();
    if let Some(given) = &figure.qualifier {
        let says = given.value.0;
        if let Some((q, number, cut)) = turned_around(quotes, |m| m.value == value, says) {
            out.push(
                Finding::new(
                    Rule::HedgeDropped,
                    given.pos,
                    format!(
                        "fact `{id}`: {}, the figure turns it around with `qualifier: {says}`: \
                         make it `qualifier: {}`",
                        quote_says(q, number, cut),
                        figure_qualifier(q)
                    ),
                )
                .fact(id),
            );
        }
        return;
    }
    let mut qualified: Option<(&str, &str, bool)> = None;
    // An end of a range that a quote gives (`10-15%` for 15), and the qualifier that says
    // which end.
    let mut ranged: Option<(&str, &str)> = None;
    for quote in quotes {
        for m in quote.mentions.iter().filter(|m| m.gives_figure(&value)) {
            match (quote_qualifier(quote, m), &m.range) {
                (Some((q, cut)), _) => {
                    qualified.get_or_insert((q, &m.text, cut));
                }
                (None, Some(span)) => {
                    let top = m.start + m.text.len() == span.end;
                    let range = quote.text.get(span.clone()).unwrap_or(&m.text);
                    ranged.get_or_insert((range, if top { "up to" } else { "at least" }));
                }
                (None, None) => return, // a quote gives it flatly
            }
        }
    }
    let Some((q, number, cut)) = qualified else {
        if let Some((range, end)) = ranged {
            out.push(figure_range_dropped(id, figure, range, end));
        }
        return;
    };
    out.push(
        Finding::new(
            Rule::HedgeDropped,
            figure.pos,
            format!(
                "fact `{id}`: {}, the figure gives {} without a qualifier: add `qualifier: {}`",
                quote_says(q, number, cut),
                crate::format::number(figure.number()),
                figure_qualifier(q)
            ),
        )
        .fact(id),
    );
}

/// `hedge-dropped` for a figure without a qualifier whose value every quote gives as an end of
/// a range (`15` for "10-15%"), as for a statement that gives one end alone.
fn figure_range_dropped(id: &str, figure: &Spanned<Figure>, range: &str, end: &str) -> Finding {
    Finding::new(
        Rule::HedgeDropped,
        figure.pos,
        format!(
            "fact `{id}`: the quote gives a range, \u{201c}{range}\u{201d}, the figure gives {} \
             alone: add `qualifier: {end}`, or give the range in the label",
            crate::format::number(figure.number())
        ),
    )
    .fact(id)
}

/// The figure qualifier that says what the quote's `hedge` (of `NUMBER_HEDGES` or
/// `NUMBER_HEDGES_AFTER`) says: for `hedge-dropped`'s message and `suggest`'s drafts.
pub fn figure_qualifier(hedge: &str) -> &'static str {
    let hedge = in_english(hedge);
    match hedge {
        "approximately" | "roughly" | "some" | "close to" => "about",
        "as many as" | "as much as" | "as high as" | "at most" | "no more than" => "up to",
        "as few as" | "as little as" | "as low as" => "at least",
        "an estimated" | "estimated at" => "estimated",
        "under" | "below" | "younger than" => "less than",
        "just under" => "nearly",
        "above" | "just over" | "well over" | "upwards of" | "in excess of" | "older than" => {
            "more than"
        }
        "no fewer than" | "no less than" | "a minimum of" | "or more" | "or over" | "or above"
        | "and over" | "and above" | "or older" | "and older" => "at least",
        "a maximum of" | "or fewer" | "or less" | "or under" => "up to",
        "just shy of" => "nearly",
        "plus" => "more than",
        "or so" => "about",
        _ => Qualifier::ALL
            .iter()
            .find(|q| **q == hedge)
            .copied()
            .unwrap_or("about"),
    }
}

/// Whether the verb of saying `word` in `quote` tells what a survey's respondents answered:
/// its subject ends "respondents" or "those polled" ("Around 18% of respondents said they had
/// not decided").
fn answered(quote: &str, word: &str) -> bool {
    let Some(at) = super::support::find_word(quote, word) else {
        return false;
    };
    let key = |w: &str| (w.trim_matches(|c: char| !c.is_alphanumeric())).to_lowercase();
    let mut head = quote[..at].split_whitespace().rev().map(key);
    let (last, before) = (
        head.next().unwrap_or_default(),
        head.next().unwrap_or_default(),
    );
    let asked = matches!(
        last.as_str(),
        "polled" | "surveyed" | "questioned" | "interviewed" | "asked"
    ) && matches!(
        before.as_str(),
        "those" | "people" | "voters" | "adults" | "residents" | "households"
    );
    last == "respondents" || asked
}

fn claim_unattributed(
    fact: &Spanned<Fact>,
    stated: &Stated,
    quotes: &[Quote<'_>],
    quotes_said: &[QuoteSaid],
    out: &mut Vec<Finding>,
) {
    // A fact that says whose claim it is (`claimed_by`, "according to X", "X said") is
    // attributed.
    if let Some(by) = &fact.claimed_by
        && !super::support::names_someone(&by.value)
    {
        let id = fact.id.value.as_str();
        out.push(
            Finding::new(
                Rule::ClaimUnattributed,
                by.pos,
                format!(
                    "fact `{id}`: `claimed_by` is \u{201c}{}\u{201d}, which names no one: give \
                     the claimant's name (who said it, not a verb, pronoun or document)",
                    by.value
                ),
            )
            .fact(id),
        );
        return;
    }
    if stated.attributed {
        return;
    }
    let attributions: Vec<Option<&str>> = quotes_said.iter().map(|w| w.said.attribution).collect();
    let statement = fact.statement.value.as_str();
    let own_intention = || {
        (attributions.iter().zip(quotes))
            .any(|(word, q)| word.is_some_and(|w| says_own_intention(q.text, w)))
            && INTENTIONS.iter().any(|i| contains_phrase(statement, i))
    };
    // A correction the statement tells of gives the claim to the article's earlier version.
    let corrections =
        || (quotes.iter()).all(|q| super::negation::correction_told(q.text, statement));
    // What a survey's respondents answered is its finding, not their claim.
    let answers = || {
        (attributions.iter().zip(quotes)).all(|(word, q)| word.is_some_and(|w| answered(q.text, w)))
    };
    if let Some(Some(word)) = attributions.first()
        && attributions.iter().all(Option::is_some)
        && !own_intention()
        && !corrections()
        && !answers()
    {
        let id = fact.id.value.as_str();
        let what = if quotes_said.len() == 1 {
            "its quote gives the claim to someone"
        } else {
            "all its quotes give the claim to someone"
        };
        out.push(
            Finding::new(
                Rule::ClaimUnattributed,
                fact.pos,
                format!(
                    "fact `{id}`: {what} ({}), but the fact has no `claimed_by`: add whose \
                     claim it is",
                    glossed(word)
                ),
            )
            .fact(id),
        );
    }
}

/// Words that say what someone means to do, which only they can say: "plans to", "will".
const INTENTIONS: &[&str] = &[
    "plans to",
    "planned to",
    "is planning to",
    "intends to",
    "aims to",
    "will",
    "would",
];

/// Whether `text` has `phrase` (lowercase) as whole words.
fn contains_phrase(text: &str, phrase: &str) -> bool {
    super::support::find_word(text, phrase).is_some()
}

/// Whether the speaker of `text` says what it means to do itself: the saying `word` ("said")
/// is followed by a pronoun of the speaker and a word of intention ("It also said it plans to
/// cut 1,200 jobs", "he said he would resign"). A statement that gives the plan as the
/// subject's own ("Northwind plans to cut") says whose it is: a plan is its planner's word.
fn says_own_intention(text: &str, word: &str) -> bool {
    let Some(at) = super::support::find_word(text, word) else {
        return false;
    };
    let rest = words(text.get(at + word.len()..).unwrap_or(""));
    let rest = rest.strip_prefix(" that ").unwrap_or(&rest);
    let mut next = rest.split(' ').filter(|w| !w.is_empty());
    let pronoun = next
        .next()
        .is_some_and(|w| ["it", "he", "she", "they", "we"].contains(&w));
    let after: Vec<&str> = next.take(3).collect();
    let after = format!(" {} ", after.join(" "));
    pronoun
        && INTENTIONS
            .iter()
            .any(|i| after.starts_with(&format!(" {i} ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::numbers::mentions;

    fn attribution(text: &str) -> Option<&'static str> {
        let words = words(text);
        attributing(&words, Phrases::of(&words)).attribution()
    }

    fn claim_hedge(text: &str) -> Option<&'static str> {
        Phrases::of(&words(text)).without_month(text).claim_hedge()
    }

    #[test]
    fn every_word_of_another_language_is_glossed_in_english() {
        let listed = |w: &str| CLAIM_HEDGES.contains(&w) || ATTRIBUTIONS.contains(&w);
        assert!(
            GLOSSES.iter().all(|(w, _)| listed(w)),
            "a gloss of no listed word"
        );
        let non_english = (CLAIM_HEDGES.iter().chain(ATTRIBUTIONS)).filter(|w| !w.is_ascii());
        for word in non_english {
            assert!(
                GLOSSES.iter().any(|(w, _)| w == word),
                "{word} has no English"
            );
        }
        assert_eq!(
            glossed("Предположительно"),
            "\u{201c}Предположительно\u{201d} [presumably]"
        );
        assert_eq!(glossed("reportedly"), "\u{201c}reportedly\u{201d}");
    }

    #[test]
    fn qualifiers_are_read_right_before_numbers() {
        let text = "At least 660,000 individuals have left, and over 26 tonnes";
        let ms = mentions(text);
        assert_eq!(qualifier(text, &ms[0]), Some("at least"));
        assert_eq!(qualifier(text, &ms[1]), Some("over"));
        let bare = "660,000 people left";
        assert_eq!(qualifier(bare, &mentions(bare)[0]), None);
        // An article between them does not hide the qualifier.
        let chance = "roughly a 60 per cent chance";
        assert_eq!(qualifier(chance, &mentions(chance)[0]), Some("roughly"));
        // Or right after it; a sum is no qualifier.
        for (text, q) in [
            ("300 or more families", Some("or more")),
            ("2,000-plus homes", Some("plus")),
            ("50 or so people", Some("or so")),
            ("aged 18 and over", Some("and over")),
            ("a minimum of 300 people", Some("a minimum of")),
            ("2,000 plus 300 injured", None),
            ("300 or 400 people", None),
        ] {
            assert_eq!(qualifier(text, &mentions(text)[0]), q, "{text}");
        }
        assert!(opposite("up to", "or more"));
        assert!(!opposite("more than", "plus"));
        assert_eq!(qualified("or more", "300"), "300 or more");
        // A statement that names the limit in its own words keeps it.
        assert!(says_a_limit("The maximum sentence is 14 years"));
        assert!(says_a_limit("The speed limit is 30 km/h"));
        assert!(!says_a_limit("Up to 300 families were moved"));
    }

    #[test]
    fn modal_hedges_count_in_the_quote_and_wide_ones_around_it() {
        let s = said("The death toll could reach 200");
        assert_eq!((s.hedge, s.wide_hedge), (Some("could reach"), None));
        let s = said("the figure has not been independently confirmed");
        assert_eq!(s.wide_hedge, Some("not been independently confirmed"));
        assert_eq!(CLAIM_HEDGES[WIDE_HEDGES - 1], "påstås");
        // Who has not confirmed it hedges it, and gives it to no one.
        for (text, hedge) in [
            (
                "The government has not confirmed reports that a dam had burst",
                "not confirmed",
            ),
            ("The toll has not been confirmed", "not been confirmed"),
            ("Police did not confirm the victim's name", "not confirm"),
            ("They could not confirm it", "could not confirm"),
        ] {
            let s = said(text);
            assert_eq!((s.wide_hedge, s.attribution), (Some(hedge), None), "{text}");
        }
        // Who cannot confirm it hedges its own clause; "If confirmed, ..." the sentence.
        for (text, hedge) in [
            ("We cannot confirm that the ship sank", "cannot confirm"),
            (
                "Officials were unable to confirm that it sank",
                "unable to confirm",
            ),
        ] {
            let s = said(text);
            assert_eq!((s.hedge, s.wide_hedge), (Some(hedge), None), "{text}");
        }
        assert_eq!(
            hedge_ending("Officials were unable to confirm that ", "it sank"),
            Some("unable to confirm")
        );
        for (text, hedge) in [
            (
                "If confirmed, it would be the heaviest loss",
                "if confirmed",
            ),
            (
                "Unless confirmed by the ministry, the figure is uncertain",
                "unless confirmed",
            ),
        ] {
            let s = said(text);
            assert_eq!((s.wide_hedge, s.attribution), (Some(hedge), None), "{text}");
        }
        assert_eq!(
            attribution("The governor tweeted that 300 homes burned"),
            Some("tweeted that")
        );
        assert_eq!(attribution("Fans tweeted their delight"), None);
        assert_eq!(
            attribution("No one claimed responsibility for the attack"),
            None
        );
        assert_eq!(attribution("Needless to say, the bridge was hit"), None);
        // A company's results are its accounts, not a claim; a report of events is one.
        for text in [
            "Nimbus reported third-quarter revenue of $4.2bn, sending its shares up 7%",
            "cutting reported revenue for fiscal 2021 by $112 million",
            "The bank reports a net loss of $3m",
        ] {
            assert_eq!(attribution(text), None, "{text}");
        }
        assert_eq!(
            attribution("Nimbus reported a fire at its plant"),
            Some("reported")
        );
        assert_eq!(attribution("The group claimed the attack"), Some("claimed"));
        assert_eq!(
            attribution("Reuters quoted the mayor as saying 40 were missing"),
            Some("as saying")
        );
        let s = said("though this could not be verified");
        assert_eq!(s.wide_hedge, Some("could not be verified"));
        // Inability and perception are no doubt: negation-cut reads "not".
        assert_eq!(claim_hedge("Rescuers could not reach the village"), None);
        assert_eq!(claim_hedge("Residents could hear explosions"), None);
        assert_eq!(claim_hedge("The strike might only delay it"), None);
        assert_eq!(claim_hedge("Prices could climb"), Some("could"));
        // Right before a quote, a clause's hedge governs it; inability does not, nor a word
        // the quote cuts.
        let ending = hedge_ending;
        assert_eq!(
            ending("He is expected to ", "begin talks"),
            Some("expected to")
        );
        assert_eq!(ending("Prices could ", "climb to 300"), Some("could"));
        assert_eq!(ending("Rescuers could ", "not reach it"), None);
        assert_eq!(ending("He is expected to", "morrow"), None);
        // A speaker's "cannot confirm that" right before the quote.
        assert_eq!(
            unconfirmed_before("We cannot confirm that "),
            Some("cannot confirm")
        );
        assert_eq!(
            unconfirmed_before("Officials could not confirm "),
            Some("could not confirm")
        );
        assert_eq!(unconfirmed_before("We confirm that "), None);
        assert_eq!(unconfirmed_before("It could not confirm it, but "), None);
        // Over the auxiliaries after it: "may have been |hit|", but not past a hedge they end.
        assert_eq!(ending("The bridge may have been ", "hit"), Some("may have"));
        assert_eq!(ending("It is thought to have ", "lost"), Some("thought to"));
        assert_eq!(ending("It could have been ", "worse"), Some("could have"));
        assert_eq!(
            ending("It was likely ", "caused by water"),
            Some("was likely")
        );
        assert_eq!(ending("The bridge has been ", "hit"), None);
        // A question or a condition opened right before the quote: no claim.
        let asked = "Asked whether ";
        assert_eq!(ending(asked, "troops had left"), Some("whether"));
        assert_eq!(ending("Reporters asked if ", "it held"), Some("asked if"));
        for opening in [
            "Officials said that even if ",
            "as if ",
            "If ",
            "If anything, ",
        ] {
            assert_eq!(ending(opening, "the dam fails"), None, "{opening}");
        }
        assert_eq!(ending("The gift, ", "the troops left"), None);
        assert_eq!(
            claim_hedge("payable on or about September 12"),
            Some("on or about")
        );
        // "May" is a month too: only a lowercase "may" hedges.
        assert_eq!(claim_hedge("the wall was inspected in May"), None);
        assert_eq!(claim_hedge("the wall may crack"), Some("may"));
        assert_eq!(attribution("The company added 300 jobs"), None);
        assert_eq!(
            attribution("Water was seeping, they added"),
            Some("they added")
        );
        assert_eq!(
            attribution("The dam is at risk, engineers warned"),
            Some("warned")
        );
    }

    #[test]
    fn may_is_a_hedge_with_any_verb_but_not_as_the_month() {
        assert_eq!(said("The drug may slow decline").modal_hedge, Some("may"));
        assert_eq!(with_verb("The drug may slow decline", "may"), "may slow");
        assert_eq!(said("Sales rose in May").hedge, None);
        assert_eq!(said("Theresa May said so").hedge, None);
        assert_eq!(said("In May, prices may fall").hedge, Some("may"));
        assert_eq!(hedge_ending("Prices may ", "fall"), Some("may"));
        assert_eq!(hedge_ending("Prices rose in May ", "and"), None);
        assert_eq!(said("It may not reopen").hedge, None);
    }

    #[test]
    fn a_phrase_is_named_as_the_text_writes_it_in_any_script() {
        assert_eq!(as_written("Ймовірно, ракету", "ймовірно"), "Ймовірно");
        assert_eq!(as_written("Luleå, 😀 I think so", "i think"), "I think");
        assert_eq!(as_written("Київ", "odesa"), "odesa");
    }

    #[test]
    fn an_inverted_or_split_verb_of_saying_gives_the_claim() {
        let given = |text: &str| said(text).attribution;
        assert_eq!(given("», a-t-il déclaré lundi."), Some("a déclaré"));
        assert_eq!(given("», ont-elles affirmé."), Some("ont affirmé"));
        assert_eq!(
            given(", teilte das Ministerium am Montag mit."),
            Some("teilte")
        );
        // Without its "mit", "teilte" divides; a question's inversion says nothing.
        assert_eq!(
            given("Die Stadt teilte die Kosten auf zwei Jahre auf."),
            None
        );
        assert_eq!(given("Y a-t-il des victimes ?"), None);
    }

    #[test]
    fn figures_called_preliminary_are_found_but_not_a_preliminary_hearing() {
        let found = |text: &str| provisional_in(text).map(|(w, shown)| format!("{w}: {shown}"));
        assert_eq!(
            found(", officials said, though the figures are preliminary."),
            Some("preliminary: the figures are preliminary".to_owned())
        );
        assert_eq!(
            found("Provisional results show"),
            Some("provisional: provisional results".to_owned())
        );
        assert_eq!(found("At a preliminary hearing on Tuesday"), None);
        assert_eq!(found("in the preliminary round"), None);
    }

    #[test]
    fn qualifiers_bound_their_number_from_one_side() {
        let text = "Just under 60 bridges, no more than 30 ambulances";
        let ms = mentions(text);
        assert_eq!(qualifier(text, &ms[0]), Some("just under"));
        // "no more than" is an upper bound, though "more than" is a lower one.
        assert_eq!(qualifier(text, &ms[1]), Some("no more than"));
        assert!(opposite("fewer than", "more than"));
        assert!(opposite("at most", "at least"));
        assert!(opposite("just under", "over"));
        assert!(opposite("as many as", "at least"));
        assert!(opposite("as much as", "at least"));
        assert!(opposite("as few as", "up to"));
        let text = "by as much as 40%, estimated at 68%";
        let ms = mentions(text);
        assert_eq!(qualifier(text, &ms[0]), Some("as much as"));
        assert_eq!(qualifier(text, &ms[1]), Some("estimated at"));
        assert_eq!(figure_qualifier("as much as"), "up to");
        assert_eq!(figure_qualifier("estimated at"), "estimated");
        assert!(!opposite("no more than", "up to"));
        assert!(!opposite("about", "more than"));
        assert!(!opposite("nearly", "almost"));
    }

    #[test]
    fn a_figure_is_told_the_qualifier_of_its_quote() {
        assert_eq!(figure_qualifier("fewer than"), "fewer than");
        assert_eq!(figure_qualifier("as many as"), "up to");
        assert_eq!(figure_qualifier("just under"), "nearly");
        assert_eq!(figure_qualifier("under"), "less than");
        assert_eq!(figure_qualifier("no fewer than"), "at least");
    }

    #[test]
    fn attribution_is_told_from_other_uses_of_the_words() {
        assert_eq!(attribution("Kyiv alleged in a statement"), Some("alleged"));
        assert_eq!(
            attribution("according to the United Nations"),
            Some("according to")
        );
        assert_eq!(
            attribution("Family members said goodbye to each other"),
            None
        );
        assert_eq!(
            attribution("Russia is said to have launched another attack"),
            None
        );
        assert_eq!(
            attribution("Heavy shelling has been reported from Mariupol"),
            None
        );
        // Who does not say it gives it to no one; who says it still does.
        for denied in [
            "The ministry did not say how many had died",
            "The ministry didn’t say how many had died",
            "Officials declined to say how many had died",
            "The mayor has not said when the corridor opens",
            "It's too early to say who controls the town",
            "It is hard to say how many had died",
            "The ministry hadn't confirmed the figures",
            "The ministry hasn’t confirmed the figures",
        ] {
            assert_eq!(attribution(denied), None, "{denied}");
        }
        assert_eq!(
            attribution("The ministry did not say how many, but the mayor said 40"),
            Some("said")
        );
    }

    #[test]
    fn phrases_are_whole_words_and_the_first_in_list_order_wins() {
        assert_eq!(claim_hedge("It reportedly fell"), Some("reportedly"));
        assert_eq!(claim_hedge("Data suggests a rise"), Some("suggest"));
        assert_eq!(claim_hedge("Data suggested a rise"), None);
        assert_eq!(claim_hedge("Unreportedly"), None);
        // "allegedly" comes before "apparently" in the list, wherever each stands in the text.
        assert_eq!(claim_hedge("apparently and allegedly"), Some("allegedly"));
        // Matches share the space between words.
        assert_eq!(attribution("they say say"), Some("say"));
        assert_eq!(attribution("officials said, to be sure"), None);
        assert_eq!(attribution("officials told reporters"), Some("told"));
        assert_eq!(attribution("it has been said to be"), None);
    }
}
