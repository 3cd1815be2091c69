//! Decimal digits of every script (Unicode general category Nd: Arabic-Indic `١٣`, Persian
//! `۴۰`, Devanagari `१२`, full-width `１２`), read as the ASCII digits that the rest of the
//! reader knows. A text with none, as nearly every one is, is read as it is, without a copy.

/// The zero of each run of ten decimal digits beyond ASCII, in order: every Nd run is ten
/// contiguous code points from its zero to its nine. From the Unicode 16.0 tables of
/// regex-syntax (`DECIMAL_NUMBER`); a test checks that each digit is numeric.
const ZEROS: &[u32] = &[
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50,
    0x11DA0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8,
    0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
];

/// The ASCII character that `c` is read as: a decimal digit beyond ASCII as its digit, the
/// Arabic decimal and thousands separators (U+066B, U+066C) as `.` and `,`.
fn as_ascii(c: char) -> Option<u8> {
    let cp = u32::from(c);
    if cp < ZEROS[0] {
        return None; // ASCII, Latin, Greek, Cyrillic...: the common case, decided at once
    }
    match c {
        '\u{66b}' => return Some(b'.'),
        '\u{66c}' => return Some(b','),
        _ => {}
    }
    let zero = ZEROS[ZEROS.partition_point(|&z| z <= cp).checked_sub(1)?];
    let digit = u8::try_from(cp - zero).ok().filter(|&d| d < 10)?;
    Some(b'0' + digit)
}

/// A copy of a text with its digits beyond ASCII written in ASCII, and the way back to the
/// positions of the original.
pub(super) struct Ascii {
    pub(super) text: String,
    /// For each character replaced, the offsets right after it in `text` and in the original.
    after: Vec<(usize, usize)>,
}

impl Ascii {
    /// The copy of `text` with ASCII digits; `None` when it has no other digits.
    pub(super) fn of(text: &str) -> Option<Ascii> {
        if text.is_ascii() {
            return None;
        }
        let first = text.char_indices().find(|&(_, c)| as_ascii(c).is_some())?.0;
        let mut copy = String::with_capacity(text.len());
        copy.push_str(&text[..first]);
        let mut after = Vec::new();
        for (at, c) in text[first..].char_indices() {
            match as_ascii(c) {
                Some(b) => {
                    copy.push(char::from(b));
                    after.push((copy.len(), first + at + c.len_utf8()));
                }
                None => copy.push(c),
            }
        }
        Some(Ascii { text: copy, after })
    }

    /// The offset in the original text of `at`, an offset in the copy at a character boundary:
    /// past the last character replaced before it, both texts have the same bytes.
    pub(super) fn original(&self, at: usize) -> usize {
        match self
            .after
            .partition_point(|&(copy, _)| copy <= at)
            .checked_sub(1)
        {
            None => at,
            Some(k) => {
                let (copy, original) = self.after[k];
                original + (at - copy)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_run_is_ten_numeric_code_points_in_order() {
        assert!(ZEROS.windows(2).all(|w| w[0] + 10 <= w[1]));
        for &zero in ZEROS {
            for d in 0..10 {
                let c = char::from_u32(zero + d).expect("a code point");
                assert!(c.is_numeric(), "{c:?}");
                assert_eq!(as_ascii(c), Some(b'0' + d as u8), "{c:?}");
            }
        }
        // Not digits: ASCII ones stay, letters, other numbers (superscripts, fractions).
        for c in [
            '5', 'a', 'é', '²', '½', '\u{2160}', '\u{669}', /* nine */
        ] {
            assert_eq!(as_ascii(c).is_some(), c == '\u{669}', "{c:?}");
        }
    }

    #[test]
    fn positions_in_the_copy_lead_back_to_the_original() {
        assert!(Ascii::of("plain 12 text, café").is_none());
        let text = "said ١٣ people, ١٢٫٥% and １２ more";
        let ascii = Ascii::of(text).expect("a copy");
        assert_eq!(ascii.text, "said 13 people, 12.5% and 12 more");
        for (copy, original) in [("13", "١٣"), ("12.5%", "١٢٫٥%"), ("12 more", "１２ more")]
        {
            let at = ascii.text.find(copy).expect("in the copy");
            let (from, to) = (ascii.original(at), ascii.original(at + copy.len()));
            assert_eq!(&text[from..to], original);
        }
        assert_eq!(ascii.original(0), 0);
        assert_eq!(ascii.original(ascii.text.len()), text.len());
    }
}
