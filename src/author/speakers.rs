//! Who speaks a paragraph whose own words do not say: a transcript's turn ("MR. KIRBY: Thanks,
//! Karine." and the paragraphs after it, up to the next speaker's label), a reporter's
//! question ("Q", "Q:"), and a press release's quotation after the line that introduces it
//! ("Environment Secretary Steve Barclay said:"). A draft of such a paragraph's sentence that
//! did not say whose words they are would state a speaker's claim as fact.

use super::suggest::{Candidate, reason};
use crate::load::sources::SourceText;
use std::ops::Range;

/// Who speaks a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// A person the text names: their name, and the words that name them.
    Named { who: String, words: String },
    /// A reporter asking a question in a briefing: nothing they say is a fact.
    Asker,
    /// An interview's answer ("A:") whose speaker the labels do not name.
    Answer,
}

/// The paragraph's speaker, and the length of the label that names them at its start (0 when
/// the speaker is named elsewhere).
pub type Turn = (Option<Speaker>, usize);

/// Words that open a capitalised label which names no speaker ("NOTE:", "UPDATE:").
const NOT_SPEAKERS: &[&str] = &[
    "NOTE",
    "UPDATE",
    "UPDATED",
    "CORRECTION",
    "BREAKING",
    "EDITOR",
    "EDITOR'S",
    "WATCH",
    "READ",
    "LIVE",
    "WARNING",
    "SOURCE",
    "SOURCES",
    "PHOTO",
    "VIDEO",
    "KEY",
    "SUMMARY",
];

/// Honorifics and titles that make a one-word label a speaker's ("MR. KIRBY" needs none).
const HONORIFICS: &[&str] = &[
    "MR", "MS", "MRS", "MISS", "DR", "MX", "SEN", "REP", "GOV", "GEN", "ADM", "AMB", "PROF",
];

/// The speaker of each paragraph of `text`, whose paragraphs after the first start at
/// `paragraphs`, and the length of its speaker's label.
pub fn turns(text: &str, paragraphs: &[usize]) -> Vec<Turn> {
    let mut bounds = vec![0];
    bounds.extend(paragraphs.iter().copied().filter(|&at| at <= text.len()));
    bounds.push(text.len());
    let paragraphs: Vec<&str> = (bounds.windows(2))
        .map(|pair| text.get(pair[0]..pair[1]).unwrap_or("").trim())
        .collect();
    let mut labels: Vec<Option<(Speaker, usize)>> = paragraphs.iter().map(|p| label(p)).collect();
    // A transcript gives turns; one label alone is a dateline ("NEW DELHI: The government
    // ..."), not a speaker's.
    let transcript = labels.iter().flatten().count() >= 2;
    by_initials(&mut labels, &paragraphs);
    answered_by(&mut labels);
    let mut out = Vec::with_capacity(bounds.len());
    // A transcript's speaker goes on speaking until the next label.
    let mut speaking: Option<Speaker> = None;
    let mut introduced: Option<Speaker> = None;
    for (paragraph, label) in paragraphs.into_iter().zip(labels) {
        if let Some((speaker, len)) = label.filter(|_| transcript) {
            speaking = Some(speaker.clone());
            introduced = None;
            out.push((Some(speaker), len));
            continue;
        }
        let turn = introduced.take().or_else(|| speaking.clone());
        introduced = lead_in(paragraph);
        out.push((turn, 0));
    }
    out
}

/// The turn of the paragraph `range` (a sentence of `text`) is in, and the sentence without
/// the speaker's label when it starts with it ("MS. JEAN-PIERRE: According to CBP, ..."):
/// the label is the transcript's, not the speaker's words.
pub fn turn_of<'t>(
    turns: &'t [Turn],
    text: &SourceText,
    range: Range<usize>,
) -> (Option<&'t Speaker>, Range<usize>) {
    let index = text.paragraphs.partition_point(|&at| at <= range.start);
    let Some((speaker, label)) = turns.get(index) else {
        return (None, range);
    };
    let start = index.checked_sub(1).map_or(0, |i| text.paragraphs[i]);
    let lead = text.normalized.get(start..range.start).unwrap_or("x");
    let from = range.start + label;
    if *label > 0 && lead.trim().is_empty() && from < range.end {
        return (speaker.as_ref(), from..range.end);
    }
    (speaker.as_ref(), range)
}

/// The labels made of a speaker's initials ("GS: Yes.", "IR: Will you ration water?"), as an
/// interview writes its speakers after naming them once in full ("Gilberto Silva: ...",
/// "Island Review: How bad is the drought?"): the turns of that named speaker, or of that
/// asker. Initials that no label's name gives stay as they were read.
fn by_initials(labels: &mut [Option<(Speaker, usize)>], paragraphs: &[&str]) {
    let name_of = |p: &str| p.split_once(": ").map(|(name, _)| name.trim().to_owned());
    let full: Vec<(String, Speaker)> = (labels.iter().zip(paragraphs))
        .filter_map(|(l, p)| Some((name_of(p)?, l.as_ref()?.0.clone())))
        .filter(|(name, _)| name.split_whitespace().count() >= 2)
        .collect();
    for (label, paragraph) in labels.iter_mut().zip(paragraphs) {
        let Some((speaker, _)) = label.as_mut() else {
            continue;
        };
        let Some(short) = name_of(paragraph) else {
            continue;
        };
        let letters = short.chars().count();
        if !(2..=4).contains(&letters) || !short.chars().all(|c| c.is_uppercase()) {
            continue;
        }
        let initials = |name: &str| -> String {
            (name.split_whitespace())
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect()
        };
        if let Some((name, by)) = full.iter().find(|(name, _)| initials(name) == short) {
            *speaker = match by {
                Speaker::Named { who, .. } => Speaker::Named {
                    who: who.clone(),
                    words: format!("{short}: ({name}'s initials)"),
                },
                other => other.clone(),
            };
        }
    }
}

/// An interview's answers ("A: Right now 45 beds are closed") given to the one person whose
/// label the interview names ("Amina Yusuf: About 120 nurses left"); with none or several,
/// an answer's speaker is not known, and its label is left out all the same.
fn answered_by(labels: &mut [Option<(Speaker, usize)>]) {
    let mut named = (labels.iter().flatten()).filter_map(|(s, _)| match s {
        Speaker::Named { who, .. } => Some(who.clone()),
        _ => None,
    });
    let first = named.next();
    let answerer = first.filter(|f| named.all(|w| w == *f));
    for (speaker, _) in labels.iter_mut().flatten() {
        if let (Speaker::Answer, Some(who)) = (&speaker, &answerer) {
            let words = format!("A: ({who}, the one speaker the interview's labels name)");
            *speaker = Speaker::Named {
                who: who.clone(),
                words,
            };
        }
    }
}

/// `candidate`, spoken by `speaker`: a person's claim is theirs when its sentence names no
/// one (the attribution's points given once), and a reporter's question is no fact.
pub fn spoken_by(candidate: &mut Candidate, speaker: Option<&Speaker>) {
    match speaker {
        Some(Speaker::Named { who, words }) if candidate.claimed_by.is_none() => {
            // Each sentence of a speaker's turn is theirs: that alone makes none worth more
            // ("Happy Tuesday."), but a sentence that attributes ("We believe") keeps its points.
            let own = (candidate.reasons.iter())
                .filter(|r| r.kind == "attribution")
                .map(|r| r.points)
                .sum();
            candidate.reasons.retain(|r| r.kind != "attribution");
            let words = format!("{words} (the paragraph's speaker)");
            candidate.reasons.push(reason("attribution", words, own));
            candidate.claimed_by = Some(who.clone());
        }
        Some(Speaker::Answer) => {
            let words = "A: an interview's answer, whose speaker its labels do not name: write \
                         who answers in claimed_by";
            candidate.reasons.push(reason("speaker", words, 0));
        }
        Some(Speaker::Asker) => {
            candidate.reasons.retain(|r| r.kind != "attribution");
            let words = "a reporter's (Q): the answer gives the fact";
            candidate.reasons.push(reason("question", words, -3));
            candidate.claimed_by = None;
        }
        _ => return,
    }
    candidate.score = candidate.reasons.iter().map(|r| r.points).sum();
}

/// A line that introduces the next paragraph's quotation and says nothing itself: a short
/// paragraph that ends with a colon and names who speaks ("Environment Secretary Steve
/// Barclay said:", "In a statement, the ministry added:").
pub fn lead_in(paragraph: &str) -> Option<Speaker> {
    let short = paragraph.split_whitespace().count() <= 20;
    if !short || !paragraph.ends_with(':') {
        return None;
    }
    let (who, word) = super::suggest::claimant_of(paragraph)?;
    let words = format!("{who} {word}:");
    Some(Speaker::Named { who, words })
}

/// A transcript's speaker label at the start of a paragraph, and its length with the spaces
/// after it: "Q", "Q:" (a reporter), or a name in capitals before a colon ("MR. KIRBY:",
/// "SECRETARY BLINKEN:"), two words or one after an honorific.
fn label(paragraph: &str) -> Option<(Speaker, usize)> {
    // A recording's transcript stamps each turn with its time ("[00:02:44] Ivan Petrenko:"):
    // the label follows the stamp, and both leave the quote.
    let stamp = time_code_len(paragraph);
    let (speaker, len) = label_at(&paragraph[stamp..])?;
    Some((speaker, stamp + len))
}

/// The length of a time code that opens a paragraph, with the spaces after it: digits with
/// one colon at least ("00:02:44", "12:05"), bare or in brackets; 0 when there is none.
fn time_code_len(paragraph: &str) -> usize {
    let Some(first) = paragraph.split_whitespace().next() else {
        return 0;
    };
    let code = first
        .trim_start_matches(['[', '('])
        .trim_end_matches([']', ')']);
    let digits = code.chars().filter(char::is_ascii_digit).count();
    let is_code = code.contains(':')
        && !code.ends_with(':')
        && digits >= 3
        && code.chars().all(|c| c.is_ascii_digit() || c == ':');
    if !is_code {
        return 0;
    }
    let rest = &paragraph[paragraph.len() - paragraph.trim_start().len() + first.len()..];
    paragraph.len() - rest.trim_start().len()
}

/// The label of `label` at the start of `paragraph`, past any time code.
fn label_at(paragraph: &str) -> Option<(Speaker, usize)> {
    let first = paragraph.split_whitespace().next()?;
    let asks = matches!(first, "Q" | "Q:" | "Q." | "QUESTION:" | "Question:");
    if asks || matches!(first, "A:" | "ANSWER:" | "Answer:") {
        let rest = &paragraph[first.len()..];
        let speaker = if asks {
            Speaker::Asker
        } else {
            Speaker::Answer
        };
        return Some((speaker, paragraph.len() - rest.trim_start().len()));
    }
    let colon = paragraph
        .get(..paragraph.floor_char_boundary(48))?
        .find(": ")?;
    let name = &paragraph[..colon];
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitals = name
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '\u{2019}'))
        && name.chars().filter(|c| c.is_uppercase()).count() >= 2;
    // "Amina Yusuf:", as interviews write their speakers: two words at least, as one
    // capitalised word before a colon is as often a heading's ("Note:", "Update:").
    // It opens a turn of speech, which ends as a sentence does: a table's row written as a
    // line ("North Darfur: People reached 96,500; Target 380,000") is no one's words.
    let last = paragraph.trim_end().chars().last();
    let spoken = last.is_some_and(|c| ".!?…\"”’'»)".contains(c));
    let mixed = !capitals && words.len() >= 2 && is_name(&words) && spoken;
    let honorific = words.len() == 1 || HONORIFICS.contains(&words[0].trim_end_matches('.'));
    let named = (2..=5).contains(&words.len()) || (words.len() == 1 && honorific);
    let not = (words.iter()).any(|w| NOT_SPEAKERS.iter().any(|n| n.eq_ignore_ascii_case(w)));
    if !(capitals || mixed) || !named || not || (words.len() == 1 && !honorific) {
        return None;
    }
    let len = colon + 1 + paragraph[colon + 1..].len() - paragraph[colon + 1..].trim_start().len();
    // An interviewer's turn ("Health Weekly: How many nurses have left?") asks.
    if mixed && paragraph.trim_end().ends_with('?') {
        return Some((Speaker::Asker, len));
    }
    let who = if mixed {
        name.to_owned()
    } else {
        (words.iter().map(|w| title_case(w)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let words = format!("{name}:");
    Some((Speaker::Named { who, words }, len))
}

/// Whether `words` are a name as written in mixed case: each capitalised, but for the
/// particles of names ("Ursula von der Leyen"), of letters, with no digit.
fn is_name(words: &[&str]) -> bool {
    const PARTICLES: &[&str] = &[
        "von", "van", "der", "de", "del", "da", "al", "bin", "la", "le",
    ];
    let lettered = |w: &str| {
        w.chars()
            .all(|c| c.is_alphabetic() || ".-'\u{2019}".contains(c))
    };
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    (words.iter()).all(|w| lettered(w) && (capital(w) || PARTICLES.contains(w)))
        && words.first().is_some_and(|w| capital(w))
}

/// "JEAN-PIERRE" as "Jean-Pierre", "MS." as "Ms.".
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(who: &str) -> Option<Speaker> {
        Some(Speaker::Named {
            who: who.to_owned(),
            words: String::new(),
        })
    }

    fn who(turn: &Turn) -> Option<Speaker> {
        turn.0.clone().map(|s| match s {
            Speaker::Named { who, .. } => Speaker::Named {
                who,
                words: String::new(),
            },
            asker => asker,
        })
    }

    /// The paragraphs as one text, with where each after the first starts.
    fn joined(paragraphs: &[&str]) -> (String, Vec<usize>) {
        let starts = (paragraphs.iter().scan(0, |at, p| {
            *at += p.len() + 1;
            Some(*at)
        }))
        .take(paragraphs.len() - 1)
        .collect();
        (paragraphs.join(" "), starts)
    }

    #[test]
    fn a_label_names_its_speaker_until_the_next_and_a_question_is_a_reporters() {
        let paragraphs = [
            "MS. JEAN-PIERRE: Good afternoon.",
            "Today the order was signed.",
            "More to come.",
            "Q Can you confirm it?",
            "MR. KIRBY: I can't.",
            "NOTE: Times are local.",
        ];
        let (text, starts) = joined(&paragraphs);
        let turns = turns(&text, &starts);
        let got: Vec<Option<Speaker>> = turns.iter().map(who).collect();
        assert_eq!(
            got,
            [
                named("Ms. Jean-Pierre"),
                named("Ms. Jean-Pierre"),
                named("Ms. Jean-Pierre"),
                Some(Speaker::Asker),
                named("Mr. Kirby"),
                named("Mr. Kirby"),
            ]
        );
        assert_eq!(turns[0].1, "MS. JEAN-PIERRE: ".len());
        assert_eq!(turns[3].1, "Q ".len());
        assert_eq!(turns[5].1, 0, "NOTE: is no speaker");
    }

    #[test]
    fn an_interviews_labels_in_mixed_case_name_its_speakers_and_a_heading_none() {
        let paragraphs = [
            "Q: How many beds are closed?",
            "A: Right now 45 beds are closed.",
            "Health Weekly: How many nurses have left?",
            "Amina Yusuf: About 120 nurses left last year.",
            "Note: Figures are for 2023.",
            "Update: The ward reopened on Friday.",
        ];
        let (text, starts) = joined(&paragraphs);
        let turns = turns(&text, &starts);
        let got: Vec<Option<Speaker>> = turns.iter().map(who).collect();
        assert_eq!(
            got,
            [
                Some(Speaker::Asker),
                named("Amina Yusuf"),
                Some(Speaker::Asker),
                named("Amina Yusuf"),
                named("Amina Yusuf"),
                named("Amina Yusuf"),
            ]
        );
        assert_eq!(turns[1].1, "A: ".len());
        assert_eq!(turns[3].1, "Amina Yusuf: ".len());
        assert_eq!(
            (turns[4].1, turns[5].1),
            (0, 0),
            "Note: and Update: are no speakers"
        );
    }

    #[test]
    fn one_capitalised_place_before_a_colon_is_a_dateline_and_names_no_speaker() {
        let text = "NEW DELHI: The government said 40 people died. Rescue work goes on.";
        assert_eq!(turns(text, &[47]), [(None, 0), (None, 0)]);
    }

    #[test]
    fn a_line_that_introduces_a_quotation_gives_it_its_speaker() {
        let text = "Environment Secretary Steve Barclay said: This investment will help. \
                    Flooding is costly.";
        let turns = turns(text, &[42, 69]);
        let who = |i: usize| match &turns[i].0 {
            Some(Speaker::Named { who, .. }) => Some(who.as_str()),
            _ => None,
        };
        assert_eq!(
            [who(0), who(1), who(2)],
            [None, Some("Environment Secretary Steve Barclay"), None]
        );
    }
}
