//! The sentences of a source's text, for the rules that read the words around a quote (and
//! for drafting facts): news-aware, so that "Mr.", "U.S." and "Jan. 5" do not end a sentence.
//!
//! Segmentation is `sentencex` (Wikimedia's rules for English, with its abbreviation list), run
//! paragraph by paragraph: a blank line always ends a sentence, so a headline or an "Also read"
//! line without a full stop is a sentence of its own; so is each item of a list ("- 5 killed",
//! "1. First item"), which `text::normalize_paragraphs` makes a paragraph.

use std::ops::Range;

/// The sentences of the normalised `text`, whose paragraphs after the first start at
/// `paragraphs` (as `text::normalize_paragraphs` gives them): byte ranges in order, each
/// without the spaces around it.
pub fn split(text: &str, paragraphs: &[usize]) -> Vec<Range<usize>> {
    let mut bounds = Vec::with_capacity(paragraphs.len() + 2);
    bounds.push(0);
    bounds.extend(paragraphs.iter().copied().filter(|&at| at <= text.len()));
    bounds.push(text.len());
    let mut sentences = Vec::new();
    for pair in bounds.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let Some(paragraph) = text.get(start..end) else {
            continue;
        };
        // A list item's number ("1. First item") is no sentence of its own: it starts the
        // item's.
        let mut item = (crate::text::marker_len(paragraph)).map(|(_, len)| start + len);
        for found in sentencex::get_sentence_boundaries("en", paragraph) {
            let piece = paragraph
                .get(found.start_byte..found.end_byte)
                .unwrap_or("");
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let mut from = start + found.start_byte + lead;
                let to = from + trimmed.len();
                if let Some(marker_end) = item.take() {
                    if to <= marker_end {
                        item = Some(marker_end);
                        continue;
                    }
                    from = start + paragraph.len() - paragraph.trim_start().len();
                }
                sentences.push(from..to);
            }
        }
    }
    sentences
}

/// The span of the sentences (from `split`) that `span` touches: the sentence a quote falls
/// in, or the run of them when it crosses a sentence's end. A span between sentences (a
/// quote of spaces alone) is returned as it is.
pub fn around(sentences: &[Range<usize>], span: Range<usize>) -> Range<usize> {
    let first = sentences.partition_point(|s| s.end <= span.start);
    let last = sentences.partition_point(|s| s.start < span.end.max(span.start + 1));
    match (
        sentences.get(first),
        last.checked_sub(1).and_then(|l| sentences.get(l)),
    ) {
        (Some(a), Some(b)) if first < last => a.start.min(span.start)..b.end.max(span.end),
        _ => span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize_paragraphs;

    fn sentences(text: &str) -> Vec<String> {
        let (normalized, paragraphs) = normalize_paragraphs(text);
        split(&normalized, &paragraphs)
            .into_iter()
            .map(|r| normalized[r].to_owned())
            .collect()
    }

    #[test]
    fn abbreviations_of_news_text_do_not_end_a_sentence() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Mr. Smith met Gov. Jones in the U.S. Senate on Jan. 5. He left.",
                &[
                    "Mr. Smith met Gov. Jones in the U.S. Senate on Jan. 5.",
                    "He left.",
                ],
            ),
            (
                "Dr. Li and Mrs. Brown spoke. Prof. Kim did not.",
                &["Dr. Li and Mrs. Brown spoke.", "Prof. Kim did not."],
            ),
            (
                "The U.N. said 1.4 million people fled. Officials disagreed.",
                &[
                    "The U.N. said 1.4 million people fled.",
                    "Officials disagreed.",
                ],
            ),
            (
                "He said, \u{201c}We will fight. We will win.\u{201d} Then he left.",
                &["He said, \"We will fight. We will win.\"", "Then he left."],
            ),
            (
                "Shells fell at 9 a.m. on Tuesday, officials said.",
                &["Shells fell at 9 a.m. on Tuesday, officials said."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text), *expected, "{text}");
        }
    }

    #[test]
    fn a_blank_line_ends_a_sentence_and_a_wrapped_line_does_not() {
        let text =
            "Also Read: a headline without a stop\n\nThe city,\nwhich is large, fell. It burned.";
        assert_eq!(
            sentences(text),
            [
                "Also Read: a headline without a stop",
                "The city, which is large, fell.",
                "It burned."
            ]
        );
    }

    #[test]
    fn each_list_item_is_a_sentence_of_its_own() {
        let text = "- 5 killed\n- 12 injured\n- 3 missing\n* Officials said 200 homes destroyed\n\
                    1. First item 40 people\n2) Second item\n\u{2022} Third, 7 boats";
        assert_eq!(
            sentences(text),
            [
                "- 5 killed",
                "- 12 injured",
                "- 3 missing",
                "* Officials said 200 homes destroyed",
                "1. First item 40 people",
                "2) Second item",
                "\u{2022} Third, 7 boats",
            ]
        );
        // Wrapped prose that starts a line with a sentence's last number is not a list.
        let wrapped = "The number of people who had lost their homes rose to\n300. Officials \
                       said more were\nexpected to follow in the days to\ncome, as the river rose";
        assert_eq!(
            sentences(wrapped),
            [
                "The number of people who had lost their homes rose to 300.",
                "Officials said more were expected to follow in the days to come, as the river rose"
            ]
        );
    }

    #[test]
    fn a_text_exported_from_a_pdf_keeps_its_sentences_whole_and_its_headings_apart() {
        let header = format!(
            "UNHCR Regional Bureau for Europe{}Flash Update #42",
            " ".repeat(36)
        );
        let text = format!(
            "{header}\n{}12 March 2023\n\nKey developments\nMore than 8.1 million refugees from \
             Ukraine have been recorded across Europe, of whom\nsome 4.8 million have registered \
             for temporary protection or similar national\nschemes. On 10 March, a convoy of 12 \
             trucks delivered non-food items to\nKherson, according to UNHCR.\n\n{}1\n",
            " ".repeat(60),
            " ".repeat(70),
        );
        assert_eq!(
            sentences(&text)[1..],
            [
                "Key developments",
                "More than 8.1 million refugees from Ukraine have been recorded across Europe, of \
                 whom some 4.8 million have registered for temporary protection or similar \
                 national schemes.",
                "On 10 March, a convoy of 12 trucks delivered non-food items to Kherson, \
                 according to UNHCR.",
                "1",
            ]
        );
    }

    #[test]
    fn an_unwrapped_address_leaves_the_text_wrapped() {
        let text = "Published\n    19 February 2024\nFrom:\n    Department for Environment \
                    <https://www.gov.uk/government/organisations/department-for-environment-food\
                    -rural-affairs>\n\nMore than 6,000 homes across Yorkshire will be better \
                    protected from\nflooding thanks to new funding, Environment\nSecretary \
                    Steve Barclay announced today.\n\nThe funding will support 12 new flood \
                    defence schemes, including a new\nflood wall and\nimprovements in Leeds.\n\n\
                    Share this page\nFacebook\nTwitter\n";
        let all = sentences(text);
        for whole in [
            "More than 6,000 homes across Yorkshire will be better protected from flooding \
             thanks to new funding, Environment Secretary Steve Barclay announced today.",
            "The funding will support 12 new flood defence schemes, including a new flood wall \
             and improvements in Leeds.",
        ] {
            assert!(all.iter().any(|s| s == whole), "{all:#?}");
        }
    }

    #[test]
    fn a_span_gets_the_sentences_it_touches() {
        let text = "One two. Three four five. Six.";
        let split = split(text, &[]);
        let at = |s: &str| text.find(s).unwrap();
        let four = at("four");
        assert_eq!(&text[around(&split, four..four + 4)], "Three four five.");
        let two = at("two");
        assert_eq!(
            &text[around(&split, two..four)],
            "One two. Three four five."
        );
    }
}
