//! How numbers and dates are written for readers: the same in the briefings and in `diff`.

/// `1597` as `1,597`; `1.4` as `1.4`.
pub fn number(value: f64) -> String {
    if value.fract() != 0.0 || value.abs() >= 1e15 {
        return format!("{value}");
    }
    let digits = format!("{}", value.abs() as u64);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0.0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A count with its noun: `1 source`, `2 sources`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
    }

    #[test]
    fn days_are_written_out() {
        assert_eq!(day(&jiff::civil::date(2022, 3, 2)), "2 March 2022");
    }
}
