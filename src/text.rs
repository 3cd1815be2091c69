//! The normalisation that quotes and sources go through before they are compared
//! (contract §1, "Quote matching").

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// NFC; every run of white space (the no-break space included) becomes one space; curly quotes
/// and apostrophes become straight ones; dashes become `-`. Case is kept.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    let mut push = |c: char| {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
                in_space = true;
            }
            return;
        }
        in_space = false;
        out.push(fold(c));
    };
    // Most text is already NFC; checking is much cheaper than composing.
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text.chars().for_each(&mut push);
    } else {
        text.nfc().for_each(&mut push);
    }
    out
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
        match memchr::memmem::find(&text.as_bytes()[from..], part.as_bytes()) {
            Some(at) => {
                found.push(from + at);
                from += at + part.len();
            }
            None => return Err(i),
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_quotes_and_dashes_fold() {
        assert_eq!(
            normalize("Russia\u{2019}s  defence\u{00A0}ministry \u{2013} \u{201C}x\u{201D}\n\tend"),
            "Russia's defence ministry - \"x\" end"
        );
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
