//! The days a page gives in its markup but not in its words: `<time datetime="2023-07-17">
//! Monday</time>`. The source's text keeps the words as a reader sees them ("On Monday"), so
//! that quotes are checked against them; which Monday is kept beside it, in `ID.days` next to
//! the source's `ID.txt`, one day a line, for `suggest` to date drafts by.
//!
//! A line is the day, the words, and up to `CONTEXT_WORDS` words before and after them in
//! their paragraph (with the spaces between, as the text has them), separated by tabs: what
//! finds the words again in the text. Two more kinds of line, named in a fifth field: a live
//! blog's entry (`entry`: a `<time datetime>` that opens its paragraph, "18:40", from which
//! the entry's relative days count, to the next entry), and the day the page says it was
//! updated, after its publication (`updated`, with no words), from which its "Wednesday" may
//! count as well.

use jiff::civil::Date;
use std::ops::Range;

/// Words of the paragraph kept on each side of a day's words, to find them again.
pub const CONTEXT_WORDS: usize = 6;

/// What a day of the days file dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The words themselves ("Monday").
    Words,
    /// A live blog's entry, from its time stamp to the next entry's.
    Entry,
    /// The page as a whole, updated on that day after its publication.
    Updated,
}

impl Kind {
    /// The fifth field of its line.
    fn name(self) -> &'static str {
        match self {
            Kind::Words => "",
            Kind::Entry => "entry",
            Kind::Updated => "updated",
        }
    }
}

/// A day the page gave in markup, and where its words stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenDay {
    /// YYYY-MM-DD, from the `datetime` attribute.
    pub day: String,
    /// The words the page shows for it ("Monday"); none for `Kind::Updated`.
    pub words: String,
    /// The words before and after them in their paragraph.
    pub before: String,
    pub after: String,
    pub kind: Kind,
}

impl GivenDay {
    /// The day for `words` at `start..end` of `line` (the paragraph's text), when the words
    /// do not say it themselves: a day written with digits is dated by the text already.
    pub fn of(day: String, line: &str, start: usize, end: usize) -> Option<GivenDay> {
        let words = line.get(start..end)?.trim();
        if words.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
        Self::placed(day, line, start, end, Kind::Words)
    }

    /// A live blog's entry stamped `day` by the `<time>` whose words are `start..end` of
    /// `line`, when they open it ("18:40", "Thursday 22:05"): digits and all.
    pub fn entry(day: String, line: &str, start: usize, end: usize) -> Option<GivenDay> {
        let opens = line.get(..start).is_some_and(|b| b.trim().is_empty());
        opens.then(|| Self::placed(day, line, start, end, Kind::Entry))?
    }

    /// The page updated on `day`, after its publication.
    pub fn updated(day: String) -> GivenDay {
        GivenDay {
            day,
            words: String::new(),
            before: String::new(),
            after: String::new(),
            kind: Kind::Updated,
        }
    }

    fn placed(day: String, line: &str, start: usize, end: usize, kind: Kind) -> Option<GivenDay> {
        let written = line.get(start..end)?;
        let words = written.trim();
        // The spaces around the words belong to the context.
        let start = start + (written.len() - written.trim_start().len());
        let end = start + words.len();
        if words.is_empty() {
            return None;
        }
        // The context as the line has it, spaces and punctuation kept, from a word's start
        // before the words to a word's end after them.
        let before = line.get(..start)?;
        let from = (before.char_indices().rev())
            .filter(|&(at, c)| c == ' ' && at + 1 < before.len())
            .nth(CONTEXT_WORDS - 1)
            .map_or(0, |(at, _)| at + 1);
        let after = line.get(end..)?;
        let to = (after.char_indices())
            .filter(|&(at, c)| c == ' ' && at > 0)
            .nth(CONTEXT_WORDS)
            .map_or(after.len(), |(at, _)| at);
        Some(GivenDay {
            day,
            words: words.to_owned(),
            before: before[from..].trim_start().to_owned(),
            after: after[..to].trim_end().to_owned(),
            kind,
        })
    }

    /// The words with their context, as a reader sees them in the text.
    fn passage(&self) -> String {
        format!("{}{}{}", self.before, self.words, self.after)
    }
}

/// The path of the days file of the source text `file`: `sources/ID.txt` → `sources/ID.days`.
pub fn path_of(file: &str) -> String {
    let stem = file.strip_suffix(".txt").unwrap_or(file);
    format!("{stem}.days")
}

/// The days file's text for `days` of the source text `file`.
pub fn file_text(file: &str, days: &[GivenDay]) -> String {
    let mut out = format!(
        "# The days that the page of {file} gave in its markup (<time datetime>) but not in \
         its words.\n# `factsheet suggest` dates drafts by them. A line: the day, the words, \
         the words before and after them (tabs between), and `entry` for a live blog's entry \
         or `updated` for the day the page was updated.\n"
    );
    for d in days {
        let fields = [&d.day, &d.words, &d.before, &d.after];
        let mut fields: Vec<String> = fields
            .iter()
            .map(|f| f.replace(['\t', '\n'], " "))
            .collect();
        if d.kind != Kind::Words {
            fields.push(d.kind.name().to_owned());
        }
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

/// The days of a days file's text; lines that do not read as one are passed over.
pub fn parse(text: &str) -> Vec<GivenDay> {
    (text.lines())
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let day = fields.next()?.trim();
            let words = fields.next()?.trim();
            Date::strptime("%Y-%m-%d", day).ok()?;
            let before = fields.next().unwrap_or("").to_owned();
            let after = fields.next().unwrap_or("").to_owned();
            let kind = match fields.next().map(str::trim) {
                Some("entry") => Kind::Entry,
                Some("updated") => return Some(GivenDay::updated(day.to_owned())),
                _ => Kind::Words,
            };
            (!words.is_empty()).then(|| GivenDay {
                day: day.to_owned(),
                words: words.to_owned(),
                before,
                after,
                kind,
            })
        })
        .collect()
}

/// A day found again in the source's normalised text: the words' bytes there, and the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub range: Range<usize>,
    pub day: Date,
    /// `Kind::Words`, or `Kind::Entry` for a live blog entry's stamp.
    pub kind: Kind,
    /// The words as the text has them ("23:55"), to name them.
    pub words: String,
}

/// The day the page was updated after its publication, when the days file gives it.
pub fn updated(days: &[GivenDay]) -> Option<Date> {
    let given = days.iter().find(|d| d.kind == Kind::Updated)?;
    Date::strptime("%Y-%m-%d", &given.day).ok()
}

/// Where each of `days` stands in `normalized` (each time its words and context occur).
pub fn place(normalized: &str, days: &[GivenDay]) -> Vec<Placed> {
    let mut found = Vec::new();
    for given in days {
        let Ok(day) = Date::strptime("%Y-%m-%d", &given.day) else {
            continue;
        };
        if given.kind == Kind::Updated {
            continue;
        }
        let passage = crate::text::normalize(&given.passage());
        let words = crate::text::normalize(&given.words);
        let before = crate::text::normalize(&given.before);
        for (at, _) in normalized.match_indices(passage.as_str()) {
            // The words stand after the context before them (and its space).
            let from = at + before.len();
            if let Some(offset) = normalized[from..].find(words.as_str()) {
                let start = from + offset;
                if given.kind == Kind::Entry && !opens_paragraph(normalized, start, words.len()) {
                    continue;
                }
                found.push(Placed {
                    range: start..start + words.len(),
                    day,
                    kind: given.kind,
                    words: words.clone(),
                });
            }
        }
    }
    found.sort_by_key(|p| p.range.start);
    found
}

/// Whether the words at `at..at + len` of `normalized` (whose paragraphs are run together)
/// may be an entry's stamp: it starts the text or follows a sentence's end, and is followed
/// by the text's end or a word that opens a sentence. "At 18:40 police said" holds no stamp.
fn opens_paragraph(normalized: &str, at: usize, len: usize) -> bool {
    let before = normalized[..at].trim_end();
    let after = normalized[at + len..].trim_start();
    let ends = before.is_empty() || before.ends_with(['.', '!', '?', '"', ')', ':']);
    ends && after.chars().next().is_none_or(|c| !c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_written_down_is_found_again_in_the_text() {
        let line = "Russia said on Monday that it would leave the grain deal.";
        let start = line.find("Monday").unwrap_or(0);
        let given = GivenDay::of("2023-07-17".into(), line, start, start + 6);
        let days: Vec<GivenDay> = given.into_iter().collect();
        let read = parse(&file_text("sources/x.txt", &days));
        assert_eq!(read, days);
        let text = format!("Earlier: Monday was calm.\n{line}");
        let placed = place(&crate::text::normalize(&text), &read);
        assert_eq!(placed.len(), 1, "{placed:?}");
        let start = crate::text::normalize(&text).rfind("Monday").unwrap_or(0);
        assert_eq!(placed[0].range, start..start + 6);
    }

    #[test]
    fn a_live_blog_entrys_stamp_opens_its_paragraph_and_may_hold_digits() {
        let line = "09:12 More than 1.2 million homes were without power on Friday morning.";
        let entry = GivenDay::entry("2023-11-03".into(), line, 0, 5);
        assert_eq!(entry.as_ref().map(|e| e.kind), Some(Kind::Entry));
        assert_eq!(
            GivenDay::entry("2023-11-03".into(), "At 09:12 it fell.", 3, 8),
            None
        );
        let read = parse(&file_text("sources/x.txt", &Vec::from_iter(entry)));
        // Found where it opens a paragraph, not in a sentence that names the same time.
        let text = format!("Police said it fell at {line}");
        assert!(place(&text, &read).is_empty());
        let text = format!("Police said it fell. {line}");
        assert_eq!(place(&text, &read).len(), 1);
        let given = parse(&file_text(
            "sources/x.txt",
            &[GivenDay::updated("2024-06-05".into())],
        ));
        assert_eq!(
            updated(&given).map(|d| d.to_string()),
            Some("2024-06-05".into())
        );
    }

    #[test]
    fn words_with_digits_date_themselves() {
        assert_eq!(GivenDay::of("2023-07-17".into(), "On 17 July", 3, 10), None);
    }

    #[test]
    fn the_days_file_sits_beside_the_text() {
        assert_eq!(path_of("sources/a-b.txt"), "sources/a-b.days");
        assert_eq!(path_of("sources/a.text"), "sources/a.text.days");
    }
}
