//! How numbers and dates are written for readers: the same in the briefings and in `diff`.

/// `1597` as `1,597`; `1.4` as `1.4`; `1234.5` as `1,234.5`, whatever its size.
pub fn number(value: f64) -> String {
    // Rust writes an f64 in its shortest digits and never with an exponent.
    let shown = format!("{}", value.abs());
    let (int, frac) = shown
        .split_once('.')
        .map_or((shown.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(shown.len() + int.len() / 3 + 1);
    if value < 0.0 {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// A count with its noun: `1 source`, `2 sources`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", number(n as f64), if n == 1 { one } else { many })
}

/// `2022-03-02` as `2 March 2022`.
pub fn day(date: &jiff::civil::Date) -> String {
    date.strftime("%-d %B %Y").to_string()
}

/// `text` with its words in lines of at most `width` characters (a longer word has a line of
/// its own).
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    for word in text.split_whitespace() {
        if line_len > 0 && line_len + 1 + word.chars().count() > width {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += word.chars().count();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_get_thousands_separators() {
        assert_eq!(number(1597.0), "1,597");
        assert_eq!(number(1_000_000.0), "1,000,000");
        assert_eq!(number(498.0), "498");
        assert_eq!(number(1.4), "1.4");
        assert_eq!(number(-2500.0), "-2,500");
        assert_eq!(number(0.0), "0");
        // Past 10^15, and with decimals, the digits are grouped all the same.
        assert_eq!(number(1e15), "1,000,000,000,000,000");
        assert_eq!(number(1234567.25), "1,234,567.25");
        assert_eq!(number(-0.5), "-0.5");
    }

    #[test]
    fn days_are_written_out() {
        assert_eq!(day(&jiff::civil::date(2022, 3, 2)), "2 March 2022");
    }
}
