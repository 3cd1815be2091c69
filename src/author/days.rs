//! The days a page gives in its markup but not in its words: `<time datetime="2023-07-17">
//! Monday</time>`. The source's text keeps the words as a reader sees them ("On Monday"), so
//! that quotes are checked against them; which Monday is kept beside it, in `ID.days` next to
//! the source's `ID.txt`, one day a line, for `suggest` to date drafts by.
//!
//! A line is the day, the words, and up to `CONTEXT_WORDS` words before and after them in
//! their paragraph (with the spaces between, as the text has them), separated by tabs: what
//! finds the words again in the text.

use jiff::civil::Date;
use std::ops::Range;

/// Words of the paragraph kept on each side of a day's words, to find them again.
pub const CONTEXT_WORDS: usize = 6;

/// A day the page gave in markup, and where its words stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenDay {
    /// YYYY-MM-DD, from the `datetime` attribute.
    pub day: String,
    /// The words the page shows for it ("Monday").
    pub words: String,
    /// The words before and after them in their paragraph.
    pub before: String,
    pub after: String,
}

impl GivenDay {
    /// The day for `words` at `start..end` of `line` (the paragraph's text), when the words
    /// do not say it themselves: a day written with digits is dated by the text already.
    pub fn of(day: String, line: &str, start: usize, end: usize) -> Option<GivenDay> {
        let written = line.get(start..end)?;
        let words = written.trim();
        // The spaces around the words belong to the context.
        let start = start + (written.len() - written.trim_start().len());
        let end = start + words.len();
        if words.is_empty() || words.contains(|c: char| c.is_ascii_digit()) {
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
         the words before and after them (tabs between).\n"
    );
    for d in days {
        let fields = [&d.day, &d.words, &d.before, &d.after];
        let fields: Vec<String> = fields
            .iter()
            .map(|f| f.replace(['\t', '\n'], " "))
            .collect();
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
            (!words.is_empty()).then(|| GivenDay {
                day: day.to_owned(),
                words: words.to_owned(),
                before: fields.next().unwrap_or("").to_owned(),
                after: fields.next().unwrap_or("").to_owned(),
            })
        })
        .collect()
}

/// A day found again in the source's normalised text: the words' bytes there, and the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub range: Range<usize>,
    pub day: Date,
}

/// Where each of `days` stands in `normalized` (each time its words and context occur).
pub fn place(normalized: &str, days: &[GivenDay]) -> Vec<Placed> {
    let mut found = Vec::new();
    for given in days {
        let Ok(day) = Date::strptime("%Y-%m-%d", &given.day) else {
            continue;
        };
        let passage = crate::text::normalize(&given.passage());
        let words = crate::text::normalize(&given.words);
        let before = crate::text::normalize(&given.before);
        for (at, _) in normalized.match_indices(passage.as_str()) {
            // The words stand after the context before them (and its space).
            let from = at + before.len();
            if let Some(offset) = normalized[from..].find(words.as_str()) {
                let start = from + offset;
                found.push(Placed {
                    range: start..start + words.len(),
                    day,
                });
            }
        }
    }
    found.sort_by_key(|p| p.range.start);
    found
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
    fn words_with_digits_date_themselves() {
        assert_eq!(GivenDay::of("2023-07-17".into(), "On 17 July", 3, 10), None);
    }

    #[test]
    fn the_days_file_sits_beside_the_text() {
        assert_eq!(path_of("sources/a-b.txt"), "sources/a-b.days");
        assert_eq!(path_of("sources/a.text"), "sources/a.text.days");
    }
}
