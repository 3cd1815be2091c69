//! The normalisation that quotes and sources go through before they are compared
//! (contract §1, "Quote matching").

use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// The name of an invisible character, or `None` for one that shows (or that normalisation
/// folds, as it does white space). Joiners (U+200C, U+200D) are left alone: scripts such as
/// Persian and Devanagari need them.
pub fn invisible(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{200B}' => "a zero-width space",
        '\u{00AD}' => "a soft hyphen",
        '\u{FEFF}' => "a byte-order mark",
        '\u{2060}' => "a word joiner",
        '\u{180E}' => "a Mongolian vowel separator",
        '\u{200E}' | '\u{200F}' | '\u{061C}' => "a direction mark",
        c if is_direction_control(c) => "a text-direction control",
        c if c.is_control() && !c.is_whitespace() => "a control character",
        c if is_noncharacter(c) => "a noncharacter",
        _ => return None,
    })
}

/// Whether `c` overrides, embeds or isolates a direction of text (U+202A to U+202E, U+2066 to
/// U+2069): it can show the characters after it in another order than the one they are read
/// (and checked) in.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` is a noncharacter: U+FDD0 to U+FDEF and the last two code points of every plane
/// (U+FFFE, U+1FFFF, ...), which Unicode keeps out of interchange and HTML forbids.
pub fn is_noncharacter(c: char) -> bool {
    matches!(c, '\u{FDD0}'..='\u{FDEF}') || (c as u32) & 0xFFFE == 0xFFFE
}

/// Whether `c` may not stand in a briefing: a control character but tab, line feed and
/// carriage return (no HTML may hold one, and a terminal would obey it), a noncharacter, or a
/// direction override (U+202D, U+202E), which shows the characters after it reversed ("21"
/// read as "12") and which right-to-left text, unlike the other direction controls, never
/// needs.
pub fn forbidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || is_noncharacter(c)
        || matches!(c, '\u{202D}' | '\u{202E}')
}

/// The text with each character that may not stand in a briefing (`forbidden`) made U+FFFD, so
/// that the reader sees where one was. Every briefing goes through this one function: the
/// pages whole, and each string of briefing.json.
pub fn without_forbidden(text: &str) -> Cow<'_, str> {
    if !may_hold_forbidden(text.as_bytes()) || !text.chars().any(forbidden) {
        return text.into();
    }
    (text.chars())
        .map(|c| if forbidden(c) { '\u{fffd}' } else { c })
        .collect::<String>()
        .into()
}

/// Whether the bytes may hold a forbidden character: a quick look (a page is tens of megabytes
/// at 100,000 facts) that may say yes where there is none, never no where there is one.
fn may_hold_forbidden(bytes: &[u8]) -> bool {
    // Block by block, without a way out inside a block, which the compiler makes vector
    // compares of.
    let stray = |b: u8| (b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r') || b == 0x7f;
    let c0 = (bytes.chunks(64)).any(|block| block.iter().fold(false, |any, &b| any | stray(b)));
    // U+0080 to U+009F are 0xC2 0x80 to 0xC2 0x9F in UTF-8; U+xFFFE and U+xFFFF end in 0xBF
    // 0xBE and 0xBF 0xBF; U+FDD0 to U+FDEF are 0xEF 0xB7 0x90 to 0xEF 0xB7 0xAF.
    let next = |i: usize| bytes.get(i + 1).copied();
    let special =
        memchr::memchr3_iter(0xc2, 0xbf, 0xb7, bytes).any(|i| match (bytes[i], next(i)) {
            (0xc2, Some(0x80..=0x9f)) | (0xbf, Some(0xbe | 0xbf)) => true,
            (0xb7, Some(0x90..=0xaf)) => i > 0 && bytes[i - 1] == 0xef,
            _ => false,
        });
    // U+202D and U+202E are 0xE2 0x80 0xAD and 0xE2 0x80 0xAE.
    let overrides = || {
        memchr::memchr2_iter(0xad, 0xae, bytes)
            .any(|i| i >= 2 && bytes[i - 2] == 0xe2 && bytes[i - 1] == 0x80)
    };
    c0 || special || overrides()
}

/// Whether a text field holds nothing a reader can see: white space and invisible characters
/// only. Such a field is as good as empty.
pub fn is_blank(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_whitespace() || invisible(c).is_some())
}

/// The text with each run of white space made one space, and none at the ends.
pub fn collapse_spaces(s: &str) -> String {
    // Most texts have nothing to collapse: those are copied as they are.
    if is_collapsed(s) {
        return s.to_owned();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text in NFC (composed: `é` one character, as most text has it).
pub fn nfc(s: &str) -> Cow<'_, str> {
    // Checking is much cheaper than composing, and ASCII is NFC.
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s.into()
    } else {
        s.nfc().collect::<String>().into()
    }
}

/// What names are grouped by (topics, places, measures): NFC, each run of white space one
/// space and none at the ends, lowercase. "Économie" typed composed or decomposed, "Front
/// line" and "Front  line", "Casualties" and "casualties" are each one name.
pub fn name_key(name: &str) -> String {
    nfc(&collapse_spaces(name)).to_lowercase()
}

/// Whether `s` has no white space but single spaces between words, in one pass over its bytes.
fn is_collapsed(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut after_space = false;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b' ' if after_space => return false,
            b' ' => {
                after_space = true;
                continue;
            }
            b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => return false,
            // The first bytes of the white space beyond ASCII (U+0085, U+00A0, U+1680,
            // U+2000 to U+205F, U+3000); each begins a character.
            0xC2 | 0xE1 | 0xE2 | 0xE3 if s[i..].chars().next().is_some_and(char::is_whitespace) => {
                return false;
            }
            _ => {}
        }
        after_space = false;
    }
    true
}

/// NFC; every run of white space (the no-break space included) becomes one space; curly quotes
/// and apostrophes become straight ones; dashes become `-`. Case is kept.
pub fn normalize(text: &str) -> String {
    fold_nfc(text).text
}

/// `normalize`, and where each paragraph after the first starts in the result. A paragraph
/// ends at a blank line; in a text whose lines are not hard-wrapped prose, every line is a
/// paragraph (a headline, a dateline). Line breaks fold to one space like other white space.
pub fn normalize_paragraphs(text: &str) -> (String, Vec<usize>) {
    let Folded {
        text: folded,
        blank_lines,
        mut line_breaks,
    } = fold_nfc(text);
    let mut paragraphs = if hard_wrapped(text) {
        // A list's items are each a paragraph, in wrapped text too ("- 5 killed\n- 12
        // injured" is two statements, not one sentence), and so is the line after a heading.
        // The k-th line break starts line k+1.
        let lines: Vec<&str> = text.split('\n').collect();
        // The width the text is wrapped at: its longest line but an unwrapped address.
        let wrap = (lines.iter().map(|l| width(l)))
            .filter(|&w| w <= 100)
            .max()
            .unwrap_or(0);
        let items = (lines.windows(2).enumerate().zip(&line_breaks))
            .filter(|((k, pair), _)| {
                let opens_block = k.checked_sub(1).is_none_or(|i| lines[i].trim().is_empty());
                is_list_item(pair[1], pair[0]) || (opens_block && after_heading(pair, wrap))
            })
            .map(|(_, &at)| at);
        let mut starts: Vec<usize> = blank_lines.iter().copied().chain(items).collect();
        starts.sort_unstable();
        starts.dedup();
        starts
    } else {
        line_breaks.dedup();
        line_breaks
    };
    paragraphs.retain(|&at| at > 0 && at < folded.len());
    (folded, paragraphs)
}

fn fold_nfc(text: &str) -> Folded {
    fold_text(&nfc(text))
}

/// Whether `line`, after `previous`, is a list's item: it starts with a bullet (`-`, `*`, `•`
/// or `‣` and a space), or with a number of up to three digits and `.` or `)` and a space
/// ("1. ", "12) ") after a line that ends a sentence or is an item too (a wrapped line can
/// start with a sentence's last number: "rose to\n300. Officials said").
fn is_list_item(line: &str, previous: &str) -> bool {
    marker_len(line).is_some_and(|(bullet, _)| {
        let previous = previous.trim_end();
        bullet
            || previous.is_empty()
            || previous.ends_with(['.', ':', '!', '?'])
            || marker_len(previous).is_some()
    })
}

/// The length of a list item's marker at the start of `line` (with the spaces before and
/// after it), and whether it is a bullet rather than a number.
pub fn marker_len(line: &str) -> Option<(bool, usize)> {
    let rest = line.trim_start();
    let (bullet, after) = match rest.strip_prefix(['-', '*', '\u{2022}', '\u{2023}']) {
        Some(after) => (true, after),
        None => {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if !(1..=3).contains(&digits) {
                return None;
            }
            (false, rest[digits..].strip_prefix(['.', ')'])?)
        }
    };
    let text = after.trim_start_matches([' ', '\t']);
    (text.len() < after.len() && !text.is_empty()).then(|| (bullet, line.len() - text.len()))
}

/// The characters of a line's words and the single spaces between them: a text exported
/// from a PDF pads a page's header to the right margin ("UNHCR ...      Flash Update #42").
fn width(line: &str) -> usize {
    // Counted over the bytes, which the compiler does many at a time: a text's every line is
    // measured when it is loaded. A character is a byte that does not continue one.
    let bytes = line.trim().as_bytes();
    let chars = bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
    let padding = bytes.windows(2).filter(|w| w == b"  ").count();
    chars - padding
}

/// Whether the second of two lines of wrapped text starts a paragraph after a heading: the
/// first (which opens a block: a paragraph's last line, short too, is no heading) is far
/// shorter than the text's lines (`wrap`), is no sentence's last line nor cut by a hyphen or a
/// comma, and the second starts with a capital ("Key developments\nMore than 8.1 million
/// refugees ...").
fn after_heading(pair: &[&str], wrap: usize) -> bool {
    let (line, next) = (pair[0].trim(), pair[1].trim_start());
    !line.is_empty()
        && width(line) * 10 < wrap * 6
        && !line.ends_with(['.', '!', '?', ':', ',', ';', '-', '\u{2010}'])
        && next.starts_with(char::is_uppercase)
}

/// Whether the text's lines are prose wrapped at a width, so that a single line break is not
/// the end of anything: hardly any line is long (an address a browser's "Text Files" save
/// leaves unwrapped, "<https://www.gov.uk/government/organisations/defra>", may be), and most
/// end inside a sentence.
fn hard_wrapped(text: &str) -> bool {
    let mut lines = 0;
    let mut open = 0;
    let mut long = 0;
    for line in text.lines().map(str::trim_end).filter(|l| !l.is_empty()) {
        lines += 1;
        // A line's width is at most its bytes: most lines are not measured.
        if line.len() > 100 && width(line) > 100 {
            long += 1;
            // A text of a paragraph a line tells itself in its first paragraphs: it is not
            // read to its end.
            if long >= 3 && long * 3 >= lines {
                return false;
            }
        }
        if !line.ends_with(['.', '!', '?', ':', '"', '\'', '\u{201d}', '\u{2019}', ')']) {
            open += 1;
        }
    }
    lines >= 3 && open * 2 > lines && long * 10 < lines
}

/// Folded text, with where its line breaks were.
struct Folded {
    text: String,
    /// Where the text after each blank line starts.
    blank_lines: Vec<usize>,
    /// Where the text after each line break starts.
    line_breaks: Vec<usize>,
}

/// Folds white space, quotes and dashes of NFC text. Most characters are kept as they are, so
/// runs of them are copied as slices, and printable ASCII is passed over byte by byte.
fn fold_text(text: &str) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut paragraphs = Vec::new();
    let mut line_breaks = Vec::new();
    // Where the output stood after the last line break: a second line break with nothing but
    // white space since then ends a paragraph.
    let mut after_newline = None;
    let mut in_space = false;
    // `text[copied..]` is what has not been copied to `out` yet.
    let mut copied = 0;
    let mut i = 0;
    loop {
        // Printable ASCII but a second space is kept as it is: passed over in one go.
        i += (text.as_bytes()[i..].iter())
            .take_while(|&&b| {
                let kept = b.is_ascii_graphic() || (b == b' ' && !in_space);
                if kept {
                    in_space = b == b' ';
                }
                kept
            })
            .count();
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let at = i;
        i += c.len_utf8();
        let space = c.is_whitespace();
        if !space && fold(c) == c {
            in_space = false;
            continue;
        }
        out.push_str(&text[copied..at]);
        copied = i;
        if !space {
            out.push(fold(c));
            in_space = false;
        } else if !in_space {
            out.push(' ');
            in_space = true;
        }
        if c == '\n' {
            if after_newline == Some(out.len()) && paragraphs.last() != Some(&out.len()) {
                paragraphs.push(out.len());
            }
            after_newline = Some(out.len());
            line_breaks.push(out.len());
        }
    }
    out.push_str(&text[copied..]);
    Folded {
        text: out,
        blank_lines: paragraphs,
        line_breaks,
    }
}

fn fold(c: char) -> char {
    match c {
        // ‘ ’ ‚ ‛ ′
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        // “ ” „ ‟ ″
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        // hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        c => c,
    }
}

/// Splits a normalised quote at its ellipses (`...` or `…`) into the trimmed, non-empty parts
/// that must occur in the source in order.
pub fn quote_parts(normalized: &str) -> Vec<&str> {
    // Most quotes have no ellipsis; looking for one is cheaper than splitting, and a quote
    // has few full stops to look at.
    let bytes = normalized.as_bytes();
    let ellipsis = memchr::memchr_iter(b'.', bytes).any(|at| bytes[at..].starts_with(b"..."));
    if !ellipsis && !normalized.contains('…') {
        let part = normalized.trim();
        return if part.is_empty() { vec![] } else { vec![part] };
    }
    normalized
        .split("...")
        .flat_map(|piece| piece.split('…'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Where each part of the quote occurs in `text`, in order; or the index of the first part that
/// does not occur after the previous one.
pub fn find_parts(text: &str, parts: &[&str]) -> Result<Vec<usize>, usize> {
    let mut from = 0;
    let mut found = Vec::with_capacity(parts.len());
    for (i, part) in parts.iter().enumerate() {
        match find(&text.as_bytes()[from..], part.as_bytes()) {
            Some(at) => {
                found.push(from + at);
                from += at + part.len();
            }
            None => return Err(i),
        }
    }
    Ok(found)
}

/// How much of a long needle `find` builds its searcher for.
const PREFIX: usize = 16;
/// How many places where only the prefix matches `find` tries before it searches for the whole
/// needle, which bounds its time on repetitive text.
const MAX_CANDIDATES: usize = 8;

/// Where `needle` first occurs in `haystack` (as `memchr::memmem::find`). Building a searcher costs
/// time in the length of the needle, more than searching a source of a few KB; so for a long
/// needle only its first bytes are looked for, and each place they occur is compared in full.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() <= PREFIX {
        return memchr::memmem::find(hay, needle);
    }
    let prefix = memchr::memmem::Finder::new(&needle[..PREFIX]);
    let mut from = 0;
    for _ in 0..MAX_CANDIDATES {
        let at = from + prefix.find(&hay[from..])?;
        if hay[at..].starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    memchr::memmem::find(&hay[from..], needle).map(|at| from + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_is_collapsed_to_single_spaces() {
        assert_eq!(collapse_spaces("Kherson fell"), "Kherson fell");
        assert_eq!(
            collapse_spaces(" Kherson \n\t fell\u{a0}on 2 March "),
            "Kherson fell on 2 March"
        );
        assert_eq!(collapse_spaces("a  b"), "a b");
        assert_eq!(collapse_spaces(""), "");
    }

    proptest::proptest! {
        #[test]
        fn collapsed_text_is_found_in_one_pass(
            text in "[a-z \t\n\r\u{b}\u{c}\u{85}\u{a0}\u{1680}\u{2000}-\u{2030}\u{205f}\u{3000}\u{e9}\u{2019}]{0,12}"
        ) {
            let plain = !text.starts_with(' ')
                && !text.ends_with(' ')
                && !text.contains("  ")
                && text.chars().all(|c| c == ' ' || !c.is_whitespace());
            proptest::prop_assert_eq!(is_collapsed(&text), plain);
        }
    }

    #[test]
    fn controls_and_noncharacters_are_replaced() {
        let text =
            "a\u{0}b\u{1b}c\u{7f}d\u{9b}e\u{fdd0}f\u{fdef}g\u{fffe}h\u{ffff}i\u{1fffe}j\u{10ffff}k";
        assert_eq!(
            without_forbidden(text),
            "a\u{fffd}b\u{fffd}c\u{fffd}d\u{fffd}e\u{fffd}f\u{fffd}g\u{fffd}h\u{fffd}i\u{fffd}j\u{fffd}k"
        );
        // A direction override, typed: "21" would show as "12".
        assert_eq!(
            without_forbidden("a \u{202e}21\u{202c} b"),
            "a \u{fffd}21\u{202c} b"
        );
        assert_eq!(without_forbidden("\u{202d}x"), "\u{fffd}x");
        let kept = "tab\t line\n\r ¿п \u{fdcf}\u{fdf0}\u{fffd}\u{fefe} \u{0fff}\u{1fffd} 😀 \
                    \u{2067}שלום\u{2069} í\u{200f}";
        assert!(matches!(without_forbidden(kept), Cow::Borrowed(_)));
        for c in ['\u{fdd0}', '\u{ffff}', '\u{5fffe}', '\u{10ffff}'] {
            assert_eq!(invisible(c), Some("a noncharacter"), "{c:?}");
        }
        assert_eq!(invisible('\u{fffd}'), None);
    }

    #[test]
    fn white_space_quotes_and_dashes_fold() {
        assert_eq!(
            normalize("Russia\u{2019}s  defence\u{00A0}ministry \u{2013} \u{201C}x\u{201D}\n\tend"),
            "Russia's defence ministry - \"x\" end"
        );
    }

    #[test]
    fn runs_of_white_space_at_the_ends_fold_too() {
        assert_eq!(normalize("  a \t\u{2003}b\u{00A0}\u{00A0}"), " a b ");
        assert_eq!(normalize("caf\u{00E9} \u{2014} ok"), "caf\u{00E9} - ok");
    }

    #[test]
    fn long_needles_are_found_in_repetitive_text() {
        let text = format!("{}abc", "ab".repeat(100));
        let needle = format!("{}abc", "ab".repeat(20));
        assert_eq!(find(text.as_bytes(), needle.as_bytes()), Some(160));
        assert_eq!(find(text.as_bytes(), b"ab".repeat(30).as_slice()), Some(0));
        assert_eq!(find(text.as_bytes(), format!("{needle}d").as_bytes()), None);
    }

    #[test]
    fn names_are_one_whatever_their_form_space_and_case() {
        assert_eq!(name_key(" E\u{301}conomie "), name_key("\u{c9}conomie"));
        assert_eq!(name_key("Front \t line"), "front line");
        assert_eq!(name_key("Casualties"), name_key("casualties"));
    }

    #[test]
    fn nfc_composes_decomposed_letters() {
        assert_eq!(normalize("Gol\u{0065}\u{0301}"), "Gol\u{00E9}");
    }

    #[test]
    fn case_is_kept() {
        assert_ne!(normalize("Kherson"), normalize("kherson"));
    }

    #[test]
    fn ellipsis_splits_and_parts_must_be_in_order() {
        let parts = quote_parts("the Rusian divisions ... under full control");
        assert_eq!(parts, vec!["the Rusian divisions", "under full control"]);
        let text = "The Rusian divisions of the armed forces have taken Kherson under full control";
        assert_eq!(
            find_parts(text, &["Rusian divisions", "full control"]),
            Ok(vec![4, 66])
        );
        assert_eq!(
            find_parts(text, &["full control", "Rusian divisions"]),
            Err(1)
        );
        assert_eq!(quote_parts("… taken …"), vec!["taken"]);
    }
}
