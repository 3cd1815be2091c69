//! The word lists of `suggest`: what a sentence's words are taken for. Matched as whole
//! words, in lowercase unless said otherwise.

/// Words after a number that say what it measures rather than counts: not a figure.
#[rustfmt::skip]
pub(super) const MEASURES: &[&str] = &[
    "km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "metres",
    "meters", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
    "minutes", "am", "pm", "a.m", "p.m", "o'clock", "times",
];

/// Words before a number that make it a measure or a name: "magnitude 7.8", "aged 45".
#[rustfmt::skip]
pub(super) const MEASURED: &[&str] = &[
    "magnitude", "aged", "age", "category", "level", "grade", "number", "no", "flight", "route",
    "page", "article", "resolution", "section", "chapter", "room", "size",
];

/// Words that end what a number counts: "2,000 people *were* killed", "12 *of* them".
#[rustfmt::skip]
pub(super) const NOT_UNIT: &[&str] = &[
    "a", "an", "the", "have", "has", "had", "were", "was", "are", "is", "be", "been", "will",
    "would", "in", "on", "at", "from", "to", "and", "or", "but", "of", "who", "that", "which",
    "with", "by", "for", "since", "as", "after", "before", "during", "into", "than", "while",
    "when", "said", "say", "says", "according", "across", "per", "this", "last", "ago", "more",
    "less", "so", "far", "over", "under", "about", "around", "up", "out", "off", "against",
    "between", "among", "through", "toward", "towards", "without", "within", "per",
];

/// Verbs that follow what a number counts, whose past is not in -ed: "people fled".
#[rustfmt::skip]
pub(super) const VERBS: &[&str] = &[
    "struck", "fell", "rose", "left", "took", "hit", "went", "came", "made", "fled", "died",
    "lost", "won", "spent", "cut", "remain", "remained", "face", "need", "live", "lived", "die",
    "flee", "return", "returned", "stay", "arrive", "arrived", "say", "told", "saw", "got",
];

/// Words of office, with the kind of reason they give.
#[rustfmt::skip]
pub(super) const OFFICES: &[&str] = &[
    "president", "prime minister", "minister", "mayor", "governor", "spokesperson", "spokesman",
    "spokeswoman", "official", "officials", "commander", "general", "secretary", "chancellor",
    "ambassador", "prosecutor", "chief", "head", "adviser", "advisor", "lawmaker", "senator",
    "envoy", "director", "authorities", "police chief", "king", "queen",
];

#[rustfmt::skip]
pub(super) const ORGANISATIONS: &[&str] = &[
    "ministry", "government", "army", "military", "navy", "police", "council", "agency",
    "parliament", "kremlin", "pentagon", "nato", "united nations", "un", "red cross", "court",
    "committee", "commission", "department", "forces", "troops", "company", "bank", "office",
    "party", "union",
];

/// Capitalised words that do not make a name at the start of a run ("The Russian army").
#[rustfmt::skip]
pub(super) const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "But", "And", "As", "While", "After", "Before", "It", "He",
    "She", "They", "We", "I", "This", "That", "These", "Those", "Since", "When", "Also", "However",
    "Meanwhile", "According", "Some", "Many", "Other", "Others", "Its", "His", "Her", "Their",
    "Our", "If", "For", "From", "By", "With", "Mr", "Mrs", "Ms", "Dr",
];

/// Words of events that facts are made of: 2 points.
#[rustfmt::skip]
pub(super) const EVENTS: &[&str] = &[
    "killed", "kill", "killing", "wounded", "injured", "dead", "died", "death", "deaths",
    "casualties", "captured", "capture", "seized", "taken", "took", "control", "fled", "flee",
    "fleeing", "refugees", "evacuated", "evacuation", "shelled", "shelling", "bombed", "bombing",
    "struck", "strike", "strikes", "attacked", "attack", "attacks", "destroyed", "damaged",
    "invaded", "invasion", "occupied", "occupation", "surrounded", "besieged", "siege", "landed",
    "withdrew", "retreated", "arrested", "detained", "sanctions", "imposed", "signed", "launched",
    "fired", "advanced", "entered", "crossed", "halted", "blocked", "ceasefire", "talks",
    "resigned", "elected", "voted", "banned", "approved", "rejected", "left", "displaced",
    "missing", "collapsed", "explosion", "fire", "flood", "earthquake", "rose", "fell",
    "increased", "decreased", "cut",
];

/// Lines of a web page around an article, not its reporting.
#[rustfmt::skip]
pub(super) const FURNITURE: &[&str] = &[
    "also read", "read also", "read more", "related:", "related stories", "photo:", "photo ",
    "image:", "video:", "watch:", "listen:", "subscribe", "sign up", "click here", "follow us",
    "share this", "advertisement", "copyright", "©", "all rights reserved", "(photo", "file photo",
];

/// Opinion in the first person.
#[rustfmt::skip]
pub(super) const FIRST_PERSON: &[&str] = &[
    "i think", "i believe", "i feel", "in my view", "in my opinion", "we believe", "we think",
    "i'm sure", "personally", "i would argue",
];

/// Words too common to tell a topic.
#[rustfmt::skip]
pub(super) const COMMON: &[&str] = &[
    "that", "this", "with", "from", "have", "been", "were", "which", "their", "there", "they",
    "said", "says", "about", "after", "also", "into", "more", "than", "will", "would", "while",
    "according", "other", "some", "being", "over", "under", "what", "when", "where", "since",
];

/// Words of a correction notice that retracts what an earlier version said ("Correction: an
/// earlier version of this article said ..."): the claim it names is no fact.
pub(super) const RETRACTIONS: &[&str] = &[
    "an earlier version of this",
    "a previous version of this",
    "an earlier version of the",
    "incorrectly said",
    "incorrectly stated",
    "incorrectly reported",
    "wrongly said",
    "wrongly stated",
    "wrongly reported",
    // An amendment notice dates the amendment, not the news: "This article was amended on 12
    // April 2024 to correct the number of councillors ...; it was 12, not 14."
    "this article was amended",
    "this article has been amended",
    "this article was corrected",
    "this article has been corrected",
    "this story was amended",
    "this story has been amended",
    "this story was corrected",
    "this story has been corrected",
    "a correction was made",
];

/// Words that open a clause of contrast, after a comma ("..., though officials say ..."): its
/// speaker is not the one whose claim comes before it.
pub(super) const CONTRASTS: &[&str] = &[
    ", though ",
    ", although ",
    ", but ",
    ", while ",
    ", whereas ",
    ", even as ",
];

/// Verbs whose subject gives a figure as its own estimate ("Poland's government estimates
/// that ..."), which the reader of attributions does not take for a speaker's.
#[rustfmt::skip]
pub(super) const ESTIMATES: &[&str] = &[
    "estimates", "estimated", "expects", "expected", "predicts", "predicted", "forecasts",
    "projects", "projected", "calculates", "calculated", "reckons", "believes",
];
