//! `hedge-dropped` for a charge stated as a verdict: every quote says someone was charged,
//! accused, indicted or arrested, no quote nor its sentence gives a verdict, and the statement
//! says they were convicted, found guilty, sentenced or acquitted; and so for an arrest stated
//! as a charge ("arrested on suspicion of murder" stated "charged with murder"). What a court
//! (or a prosecutor) has not decided stated as decided is the slip a court reporter's editor
//! looks for first. So for the stages of an agreement or a law: "agreed in principle",
//! "initialled" or "a draft" stated "signed", "signed" stated "ratified", "proposed" or "a bill"
//! stated "passed".

use aho_corasick::AhoCorasick;
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Words of a statement that give a verdict or a plea of guilt, as whole words or phrases:
/// "was convicted of fraud", "found guilty", "was sentenced", "was acquitted".
const VERDICTS: &[&str] = &[
    "convicted",
    "convicts",
    "found guilty",
    "pleaded guilty",
    "pleads guilty",
    "guilty of",
    "sentenced",
    "acquitted",
    "acquits",
    "cleared of",
];

/// Stems that give a verdict anywhere in a quote's sentence ("if convicted", "a guilty plea",
/// "was jailed"): where any stands, the sentence speaks of a verdict and the rule says nothing.
const VERDICT_STEMS: &[&str] = &[
    "convict",
    "guilty",
    "sentenc",
    "acquit",
    "verdict",
    "jailed",
    "cleared of",
    "imprisoned",
];

/// Words of a quote that give a charge, not a verdict.
const CHARGES: &[&str] = &[
    "charged",
    "charges",
    "charge",
    "charging",
    "accused",
    "accuses",
    "accusing",
    "indicted",
    "indictment",
    "arrested",
    "suspected",
    "alleged",
    "allegedly",
    "prosecutors",
];

static VERDICT_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| finder(VERDICT_STEMS));

/// The statement's words in lowercase, letters and digits only.
pub(super) fn keys(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The phrase of `phrases` the statement gives as its own: not after "not" or "never" within
/// two words ("pleaded not guilty of", "has not been charged" name no verdict nor charge here;
/// `negation-cut` reads them).
fn phrase_in(words: &[String], phrases: &[&'static str]) -> Option<&'static str> {
    (0..words.len()).find_map(|i| {
        let phrase = phrases.iter().copied().find(|v| {
            let n = v.split(' ').count();
            (words.get(i..i + n)).is_some_and(|ws| ws.iter().map(String::as_str).eq(v.split(' ')))
        })?;
        let negated = (words[i.saturating_sub(2)..i].iter())
            .any(|w| matches!(w.as_str(), "not" | "never" | "without"));
        // "must be ratified", "is expected to pass", "before it is signed": not done yet.
        let pending = (words[i.saturating_sub(3)..i].iter()).any(|w| PENDING.contains(&w.as_str()));
        (!negated && !pending).then_some(phrase)
    })
}

/// Words up to three before a step that leave it to come: "will be signed", "has yet to be
/// ratified", "before it is passed".
const PENDING: &[&str] = &[
    "will", "would", "must", "to", "could", "may", "might", "should", "shall", "yet", "before",
    "until", "unless", "if", "once", "when", "expected", "needs",
];

/// One step up the ladder of a case that a statement may take and no quote does: a charge
/// stated as a verdict, an arrest stated as a charge.
struct Step {
    /// What the statement says: "convicted", "charged with".
    stated: &'static [&'static str],
    /// What, anywhere in a quote's sentence, speaks of that step already ("if convicted").
    finder: &'static LazyLock<AhoCorasick>,
    /// What the quotes say, one step down: "charged", "arrested".
    quoted: &'static [&'static str],
    /// The message's name of each: "a charge as a verdict".
    what: &'static str,
}

/// The message for a statement that gives a step (`Step::stated`) where every quote gives the
/// one below and no quote, nor the rest of its sentence, speaks of the step. `quotes` are each
/// quote with the words of its sentence before and after it.
fn stepped_up(statement: &str, quotes: &[[&str; 3]], step: &Step) -> Option<String> {
    // Most statements give neither: one look before they are read word by word.
    step.finder.find(statement)?;
    let stated = phrase_in(&keys(statement), step.stated)?;
    let mut below = None;
    for [before, quote, after] in quotes {
        if [before, quote, after]
            .iter()
            .any(|t| step.finder.find(*t).is_some())
        {
            return None;
        }
        let words = keys(quote);
        let word = words
            .iter()
            .find_map(|w| step.quoted.iter().find(|c| **c == w.as_str()))?;
        // "principle" is read as a word; the quote says "in principle".
        below.get_or_insert(if *word == "principle" {
            "in principle"
        } else {
            word
        });
    }
    Some(format!(
        "the quote says \u{201c}{}\u{201d}, the statement says \u{201c}{stated}\u{201d}: it \
         states {}, which no quote gives",
        below?, step.what
    ))
}

/// A charge stated as a verdict: "was charged with fraud" stated "was convicted of fraud".
pub fn charge_as_verdict(statement: &str, quotes: &[[&str; 3]]) -> Option<String> {
    let step = Step {
        stated: VERDICTS,
        finder: &VERDICT_FINDER,
        quoted: CHARGES,
        what: "a charge as a verdict",
    };
    stepped_up(statement, quotes, &step)
        .or_else(|| stepped_up(statement, quotes, &ARREST_AS_CHARGE))
}

/// A stage of an agreement or a law stated as a later one: "agreed in principle", "initialled"
/// or "a draft" stated "signed"; "signed" stated "ratified"; "proposed" or "a bill" stated
/// "passed". A deal is not done until it is signed, nor binding until ratified, and a bill is
/// no law.
pub fn stage_stepped_up(statement: &str, quotes: &[[&str; 3]]) -> Option<String> {
    // Most statements give no stage, and most quotes no "in principle": a quick look at their
    // bytes first (a look by automaton for every fact cost more than the rule's reading), by
    // searchers built once (building one for each look cost as much as the look).
    let has = |text: &str, finder: &Finder<'_>| finder.find(text.as_bytes()).is_some();
    let staged = STAGE_FINDERS.iter().any(|f| has(statement, f));
    let principle = quotes.iter().any(|[_, q, _]| has(q, &PRINCIPLE_FINDER));
    if !staged && !principle {
        return None;
    }
    [
        &PRINCIPLE_AS_SIGNED,
        &SIGNED_AS_RATIFIED,
        &PROPOSED_AS_PASSED,
    ]
    .into_iter()
    .find_map(|step| stepped_up(statement, quotes, step))
    .or_else(|| {
        principle
            .then(|| principle_dropped(statement, quotes))
            .flatten()
    })
}

/// What the stated words of the stages start with, in lowercase: "signed", "ratified",
/// "passed", ...
const STAGE_STEMS: &[&str] = &[
    "sign", "ratifie", "passed", "enacted", "adopted", "approved",
];

static STAGE_FINDERS: LazyLock<Vec<Finder<'static>>> =
    LazyLock::new(|| STAGE_STEMS.iter().map(Finder::new).collect());

static PRINCIPLE_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("principle"));

/// Stems that speak of a signing, or a later stage, anywhere in a quote's sentence ("has not
/// yet been signed", "signed an agreement in principle"): where any stands, the rule is silent.
const SIGNING_STEMS: &[&str] = &["signed", "signing", "signs", "sign ", "ratif", "in force"];

static SIGNING_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| finder(SIGNING_STEMS));

/// An agreement reached in principle, initialled or drafted stated as signed.
const PRINCIPLE_AS_SIGNED: Step = Step {
    stated: &["signed", "signs"],
    finder: &SIGNING_FINDER,
    quoted: &[
        "principle",
        "initialled",
        "initialed",
        "draft",
        "tentative",
        "preliminary",
    ],
    what: "an agreement not yet signed as signed",
};

/// Stems that speak of a ratification, or a later stage, anywhere in a quote's sentence.
const RATIFYING_STEMS: &[&str] = &["ratif", "in force", "into force"];

static RATIFYING_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| finder(RATIFYING_STEMS));

/// A signed agreement stated as ratified.
const SIGNED_AS_RATIFIED: Step = Step {
    stated: &["ratified", "ratifies"],
    finder: &RATIFYING_FINDER,
    quoted: &["signed", "signs", "signing"],
    what: "a signing as a ratification",
};

/// Stems that speak of a vote on a bill, or its passing, anywhere in a quote's sentence.
const PASSING_STEMS: &[&str] = &[
    "passed",
    "passes",
    "passing",
    "enact",
    "approv",
    "adopt",
    "into law",
    "became law",
    "vote",
];

static PASSING_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| finder(PASSING_STEMS));

/// A proposal or a bill stated as passed.
const PROPOSED_AS_PASSED: Step = Step {
    stated: &["passed", "enacted", "adopted", "approved"],
    finder: &PASSING_FINDER,
    quoted: &[
        "proposed",
        "proposes",
        "proposing",
        "proposal",
        "bill",
        "draft",
    ],
    what: "a proposal as passed",
};

/// An automaton that finds `stems` in any case.
fn finder(stems: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(stems)
        .expect("a few short words make an automaton")
}

/// Verbs by which a statement says an agreement was made: "reached", "signed", "agreed".
const AGREEING: &[&str] = &[
    "agreed",
    "agrees",
    "reached",
    "signed",
    "signs",
    "struck",
    "sealed",
    "concluded",
];

/// Words by which a statement keeps that an agreement is not final.
const NOT_FINAL: &[&str] = &[
    "principle",
    "draft",
    "tentative",
    "preliminary",
    "provisional",
    "framework",
    "outline",
    "initialled",
    "initialed",
];

/// "in principle" dropped: every quote (its words) says an agreement was reached or signed "in
/// principle", and the statement says one was reached or signed with no word that keeps it
/// short of final.
fn principle_dropped(statement: &str, quotes: &[[&str; 3]]) -> Option<String> {
    let words = keys(statement);
    let verb = phrase_in(&words, AGREEING)?;
    if words.iter().any(|w| NOT_FINAL.contains(&w.as_str())) {
        return None;
    }
    let in_principle = |q: &str| {
        let ws = keys(q);
        ws.windows(2).any(|p| p[0] == "in" && p[1] == "principle")
    };
    (!quotes.is_empty() && quotes.iter().all(|[_, q, _]| in_principle(q))).then(|| {
        format!(
            "the quote says \u{201c}in principle\u{201d}, the statement says \
             \u{201c}{verb}\u{201d} without it: it states an agreement in principle as a final one"
        )
    })
}

/// Words of a statement that give a charge: "was charged with murder", "was indicted".
const CHARGED: &[&str] = &["charged", "indicted", "charged with"];

/// Stems that give a charge (or a verdict, further up) anywhere in a quote's sentence ("released
/// without charge", "has not been charged"): where any stands, the rule says nothing.
const CHARGE_STEMS: &[&str] = &[
    "charg", "indict", "convict", "guilty", "sentenc", "acquit", "verdict", "jailed",
];

/// Words of a quote that give an arrest, not a charge.
const ARRESTS: &[&str] = &["arrested", "detained", "suspicion", "questioned", "custody"];

static CHARGE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| finder(CHARGE_STEMS));

/// An arrest stated as a charge: "was arrested on suspicion of murder" stated "was charged
/// with murder". Police arrest on suspicion; prosecutors charge, later and not always.
const ARREST_AS_CHARGE: Step = Step {
    stated: CHARGED,
    finder: &CHARGE_FINDER,
    quoted: ARRESTS,
    what: "an arrest as a charge",
};

/// Words of a statement that give a death: "were killed", "died", "the dead".
const DEATHS: &[&str] = &[
    "killed",
    "kills",
    "died",
    "dies",
    "dead",
    "deaths",
    "perished",
    "death toll",
];

/// Stems that speak of a death anywhere in a quote's sentence ("after the landslide, which
/// killed 20", "no deaths"): where any stands, the rule says nothing.
const DEATH_STEMS: &[&str] = &[
    "kill", "dead", "died", "death", "dies", "dying", "fatal", "perish", "bodies", "lives",
];

/// Words of a quote that count people alive, or not yet accounted for: hurt, missing, held,
/// moved or saved.
const NOT_DEAD: &[&str] = &[
    "injured",
    "injuring",
    "wounded",
    "wounding",
    "hurt",
    "missing",
    "unaccounted",
    "evacuated",
    "displaced",
    "rescued",
    "captured",
    "detained",
    "abducted",
    "kidnapped",
    "hospitalised",
    "hospitalized",
];

static DEATH_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| finder(DEATH_STEMS));

/// People hurt, missing, held or moved stated as dead: "139 remain missing" stated "139 died",
/// "Eleven miners were injured" stated "were killed". The toll is the figure readers quote.
const HURT_AS_DEAD: Step = Step {
    stated: DEATHS,
    finder: &DEATH_FINDER,
    quoted: NOT_DEAD,
    what: "people hurt, missing, held or moved as dead",
};

/// Words of a statement that give a cause: "causes", "led to", "prevents".
const CAUSES: &[&str] = &[
    "caused",
    "causes",
    "cause",
    "causing",
    "led to",
    "leads to",
    "lead to",
    "leading to",
    "resulted in",
    "results in",
    "prevents",
    "prevented",
    "prevent",
    "triggered",
    "triggers",
];

/// Stems that speak of a cause anywhere in a quote's sentence ("linked to, and probably caused
/// by, ..."): where any stands, the rule says nothing.
const CAUSE_STEMS: &[&str] = &[
    "caus",
    "led to",
    "leads to",
    "lead to",
    "leading to",
    "result",
    "prevent",
    "trigger",
    "because",
    "due to",
    "responsible for",
];

/// Words of a quote that give an association, not a cause.
const ASSOCIATIONS: &[&str] = &[
    "associated",
    "association",
    "linked",
    "link",
    "links",
    "correlated",
    "correlates",
    "correlation",
    "coincided",
    "coincides",
];

static CAUSE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| finder(CAUSE_STEMS));

/// An association stated as a cause: "was associated with poorer sleep" stated "causes poorer
/// sleep". A study that finds two things together has not found that one makes the other.
const LINK_AS_CAUSE: Step = Step {
    stated: CAUSES,
    finder: &CAUSE_FINDER,
    quoted: ASSOCIATIONS,
    what: "an association as a cause",
};

/// An outcome stated as a worse one, or a link as a cause: `HURT_AS_DEAD`, `LINK_AS_CAUSE`.
/// Silent when the statement has the quote's word too ("killed 3 and injured 11", "linked to
/// and caused by"): it gives both, and which goes with what is for `number-not-in-quote`.
/// And only where the two are said of the same thing (`tied`): "Militants linked to IS set off
/// a bomb" says nothing against "IS-linked militants caused the collapse".
pub fn outcome_stepped_up(statement: &str, quotes: &[[&str; 3]]) -> Option<String> {
    // Most statements give no death nor cause: one look at their bytes before they are read.
    let steps = [(&HURT_AS_DEAD, false), (&LINK_AS_CAUSE, true)];
    let steps: Vec<_> = (steps.into_iter())
        .filter(|(step, _)| step.finder.find(statement).is_some())
        .collect();
    if steps.is_empty() {
        return None;
    }
    let words = keys(statement);
    steps.into_iter().find_map(|(step, after_only)| {
        // "IS-linked militants" has "linked".
        let mut parts = words.iter().flat_map(|w| w.split('-'));
        if parts.any(|w| step.quoted.contains(&w)) {
            return None;
        }
        let message = stepped_up(statement, quotes, step)?;
        let stated = phrase_in(&words, step.stated)?;
        quotes
            .iter()
            .any(|[_, q, _]| tied(&words, stated, &keys(q), step.quoted, after_only))
            .then_some(message)
    })
}

/// How many words on either side of a verb `tied` reads; after a cause, whose effect may be a
/// long phrase ("a lower rate of liver disease"), `EFFECT_SPAN`.
const TIE_SPAN: usize = 5;
const EFFECT_SPAN: usize = 8;
/// How many words after a quote's association `tied` compares: the head of what it links to.
const EFFECT_WORDS: usize = 3;

/// Small words that tie nothing: "the", "of".
const TIE_SKIP: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "with", "and", "by", "at", "for", "from", "that",
    "which", "is", "are", "was", "were", "be", "been", "has", "have", "had",
];

/// Participles of `ASSOCIATIONS` that say what links to what only after a form of "be" ("was
/// associated with", "has been linked to"): after a noun they name it ("Militants linked to
/// IS").
const PARTICIPLES: &[&str] = &["associated", "linked", "correlated"];

/// Whether the association at `at` of `words` is said of its subject: a verb ("coincided"), a
/// noun ("a link"), or a participle within two words after a form of "be".
fn predicated(words: &[String], at: usize) -> bool {
    let be = ["is", "are", "was", "were", "be", "been", "being"];
    !PARTICIPLES.contains(&words[at].as_str())
        || words[at.saturating_sub(2)..at]
            .iter()
            .any(|w| be.contains(&w.as_str()))
}

/// Whether the statement's `stated` phrase and a word of `quoted` in the quote's `quote_words`
/// have a word in common within `TIE_SPAN` words of each (within `EFFECT_SPAN` after them
/// alone, with `after_only`): "Eleven miners were killed" and "Eleven miners were injured" share "miners",
/// "causes poorer sleep" and "associated with poorer sleep" share "poorer".
fn tied(
    words: &[String],
    stated: &str,
    quote_words: &[String],
    quoted: &[&str],
    after_only: bool,
) -> bool {
    let first = stated.split(' ').next().unwrap_or(stated);
    let span = if after_only { EFFECT_SPAN } else { TIE_SPAN };
    // Up to `take` words within `span` around the verb's `n` words at `at`, the small ones aside.
    let near = |ws: &[String], at: usize, n: usize, take: usize| -> Vec<String> {
        let from = if after_only {
            at + n
        } else {
            at.saturating_sub(TIE_SPAN)
        };
        let to = (at + n + span).min(ws.len());
        (from..to)
            .filter(|&k| k < at || k >= at + n)
            .filter_map(|k| ws.get(k))
            .filter(|w| !TIE_SKIP.contains(&w.as_str()))
            .take(take)
            .cloned()
            .collect()
    };
    let n = stated.split(' ').count();
    let around: Vec<String> = (0..words.len())
        .filter(|&i| words[i] == first)
        .flat_map(|i| near(words, i, n, usize::MAX))
        .collect();
    // What a quote links to is the phrase right after "linked to", its first words alone:
    // "linked to Islamic State set off a bomb" ties nothing to "caused ... with a bomb".
    let take = if after_only { EFFECT_WORDS } else { usize::MAX };
    (0..quote_words.len())
        .filter(|&i| quoted.contains(&quote_words[i].as_str()))
        .filter(|&i| !after_only || predicated(quote_words, i))
        .flat_map(|i| near(quote_words, i, 1, take))
        .any(|w| around.contains(&w))
}

/// Words after "in" that limit a finding to animals or cells: "reversed memory loss in mice".
const LAB_SUBJECTS: &[&str] = &[
    "mice",
    "rats",
    "rodents",
    "animals",
    "monkeys",
    "primates",
    "pigs",
    "dogs",
    "zebrafish",
    "worms",
    "cells",
    "vitro",
];

static LAB_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| finder(LAB_SUBJECTS));

/// Words by which a statement keeps that a finding was in animals or cells.
const LAB_KEPT: &[&str] = &[
    "mice",
    "mouse",
    "rat",
    "rats",
    "rodent",
    "rodents",
    "animal",
    "animals",
    "monkeys",
    "primates",
    "pigs",
    "dogs",
    "zebrafish",
    "worms",
    "cells",
    "cell",
    "vitro",
    "laboratory",
    "lab",
    "preclinical",
    "study",
    "studies",
    "trial",
];

/// A finding in animals or cells stated of everyone: every quote says what was found "in
/// mice" (rats, cells, in vitro, ...), and the statement gives the word right before that "in"
/// ("memory loss") without any word of the animals or of a study.
pub fn lab_scope_dropped(statement: &str, quotes: &[[&str; 3]]) -> Option<String> {
    // Few quotes speak of animals or cells: one look at their bytes before they are read.
    let first = quotes.first()?[1];
    LAB_FINDER.find(first)?;
    let words = keys(statement);
    if words.iter().any(|w| LAB_KEPT.contains(&w.as_str())) {
        return None;
    }
    let mut said = None;
    for [_, quote, _] in quotes {
        let ws = keys(quote);
        let at = ws.windows(3).find(|w| {
            w[1] == "in" && LAB_SUBJECTS.contains(&w[2].as_str()) && words.contains(&w[0])
        })?;
        said.get_or_insert_with(|| (format!("{} in {}", at[0], at[2]), at[2].clone()));
    }
    let (said, subject) = said?;
    Some(format!(
        "the quote says \u{201c}{said}\u{201d}, the statement leaves out \u{201c}in \
         {subject}\u{201d}: it states a finding in animals or cells as one in general"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_charge_is_no_verdict() {
        let q = [
            "",
            "He was charged on Tuesday with fraud and false accounting",
            "",
        ];
        let found = charge_as_verdict("He was convicted of fraud.", &[q]);
        assert!(found.is_some_and(|m| m.contains("\u{201c}charged\u{201d}")));
        assert!(charge_as_verdict("He was charged with fraud.", &[q]).is_none());
        let later = ["", q[1], " and convicted in 2019."];
        assert!(charge_as_verdict("He was convicted in 2019.", &[later]).is_none());
        assert!(charge_as_verdict("He pleaded not guilty of fraud.", &[q]).is_none());
        assert!(charge_as_verdict("He has not been convicted.", &[q]).is_none());
        let kyiv = ["Luleå,", "Київ", "\u{1F600}"];
        assert!(charge_as_verdict("Luleå: convicted \u{1F600}", &[kyiv]).is_none());
    }

    #[test]
    fn a_stage_of_an_agreement_or_a_law_stated_as_a_later_one_is_found() {
        let stage = |statement: &str, quote: &str| stage_stepped_up(statement, &[["", quote, ""]]);
        let principle = "The EU and Indonesia reached an agreement in principle on a trade deal";
        let found = stage("The EU and Indonesia signed a trade deal.", principle);
        assert_eq!(
            found.as_deref(),
            Some(
                "the quote says \u{201c}in principle\u{201d}, the statement says \
                 \u{201c}signed\u{201d}: it states an agreement not yet signed as signed, which \
                 no quote gives"
            )
        );
        let initialled = "Armenia and Azerbaijan initialled a peace treaty in August";
        assert!(stage("Armenia and Azerbaijan signed a peace treaty.", initialled).is_some());
        let signed = "Norway and Iceland signed a fisheries agreement in Oslo";
        assert!(stage("Norway and Iceland ratified a fisheries agreement.", signed).is_some());
        assert!(stage("The agreement must be ratified by parliament.", signed).is_none());
        let bill = "Lawmakers proposed a bill that would ban phone use in schools";
        assert!(stage("Lawmakers passed a law banning phones in schools.", bill).is_some());
        assert!(stage("Lawmakers proposed a bill banning phones.", bill).is_none());
        let passed = "Parliament passed a law raising the retirement age";
        assert!(
            stage(
                "Parliament passed a law raising the retirement age.",
                passed
            )
            .is_none()
        );
        // "in principle" kept, or dropped.
        let kept = "Kenya and Tanzania signed an agreement in principle on a railway";
        assert!(stage("Kenya and Tanzania signed an agreement in principle.", kept).is_none());
        let found = stage("Kenya and Tanzania signed an agreement on a railway.", kept);
        assert!(found.is_some_and(|m| m.contains("\u{201c}in principle\u{201d}")));
        let not_yet = "The two initialled a draft treaty, but it has not yet been signed";
        assert!(stage("The two have signed a peace treaty.", not_yet).is_none());
        assert!(stage("Luleå signed \u{1F600}", "Київ draft").is_some());
    }

    #[test]
    fn an_outcome_or_a_link_stated_as_worse_is_found_only_of_the_same_thing() {
        let step = |statement: &str, quote: &str| outcome_stepped_up(statement, &[["", quote, ""]]);
        let injured = "Eleven miners were injured when a tunnel collapsed";
        assert!(
            step(
                "Eleven miners were killed when a tunnel collapsed.",
                injured
            )
            .is_some()
        );
        // "killed" says nothing of whom the quote counts hurt.
        assert!(step("The collapse killed the project.", injured).is_none());
        let militants = "Militants linked to IS set off a bomb near the bridge";
        assert!(
            step(
                "IS-linked militants caused the bridge's collapse.",
                militants
            )
            .is_none()
        );
        let bomb = "Militants caused the bridge's collapse with a bomb.";
        assert!(step(bomb, militants).is_none());
        let sleep = "Heavy use of social media was associated with poorer sleep";
        assert!(step("Social media use causes poorer sleep.", sleep).is_some());
        assert!(step("Social media use may cause poorer sleep.", sleep).is_none());
        assert!(
            step(
                "Luleå killed \u{1F600} Київ",
                "Luleå injured \u{1F600} Київ"
            )
            .is_some()
        );
        let mice = [["", "The drug reversed memory loss in mice", ""]];
        assert!(lab_scope_dropped("The drug reverses memory loss.", &mice).is_some());
        assert!(lab_scope_dropped("The drug reversed memory loss in mice.", &mice).is_none());
        assert!(lab_scope_dropped("Київ loss \u{1F600}", &[["", "loss in mice", ""]]).is_some());
    }
}
