//! YAML syntax errors in plain words. The parser names its own state ("did not find expected
//! key", "simple key expect ':'") and often the line after the mistake; a person needs what is
//! wrong in their file, where, and how to fix it. Each common mistake is recognised from the
//! parser's message and the lines around its position, and pointed at where it is.

use super::spanned::Pos;
use super::yaml::YamlError;

/// The error as a person can act on it: the mistake in plain words, at its own line and
/// column. An error that is none of the common mistakes keeps the parser's words. `text`
/// starts after `line_offset` lines of the file; `parsed` is where the parser stopped, in the
/// file, and `info` what it said.
pub fn explain(text: &str, line_offset: u32, parsed: Pos, info: &str) -> YamlError {
    let lines: Vec<&str> = text.lines().collect();
    let at = Near {
        lines: &lines,
        line: parsed.line.saturating_sub(line_offset) as usize,
        column: parsed.column as usize,
    };
    let found = if info.contains("tab") {
        at.tab()
    } else if info.contains("trailing content after") {
        at.closed_early()
    } else if info.contains("mapping values are not allowed") {
        (at.colon_in_value())
            .or_else(|| at.dash_without_space())
            .or_else(|| at.key_without_space())
            .or_else(|| at.line_without_key())
            .or_else(|| at.under_a_value())
            .or_else(|| at.misaligned())
    } else if info.contains("expect ':'") || info.contains("expected ':'") {
        at.key_without_space().or_else(|| at.line_without_key())
    } else if info.contains("valid YAML whitespace") {
        odd_colon(at.line, at.text(at.line).unwrap_or_default())
    } else if info.contains("hexadecimal") {
        at.bad_escape("starts an escape that wants hexadecimal digits (`\\x41`, `\\u00e9`), which do not follow")
    } else if info.contains("did not find expected") || info.contains("expected <block end>") {
        (at.dash_without_space())
            .or_else(|| at.under_a_value())
            .or_else(|| at.key_among_dashes())
            .or_else(|| at.dash_among_keys())
            .or_else(|| at.misaligned())
    } else if info.contains("quoted scalar") && !info.contains("escape") {
        at.unclosed()
    } else if info.contains("unknown escape") {
        at.bad_escape("starts no escape YAML knows")
    } else if info.contains("unexpected character") || info.contains("cannot start any token") {
        at.reserved_start()
    } else if info.contains("recursion limit") {
        Some((
            pos(at.line, at.column),
            "lists or mappings nested too deep (`[[[...` or `{{{...`): a facts file nests only \
             a few levels; check for brackets that are opened and never closed"
                .to_owned(),
        ))
    } else {
        None
    };
    // Whatever the parser said, a value that starts with YAML's own syntax is the likelier
    // mistake than the parser's words: "[Update] The mayor said", "*Breaking*: ...".
    let found = (conflict(&lines).or(found))
        .or_else(|| at.stray_top_text())
        .or_else(|| at.value_syntax());
    let (pos, message) = match found {
        Some((pos, message)) => (Pos::new(pos.line + line_offset, pos.column), message),
        None => (parsed, info.to_owned()),
    };
    YamlError {
        pos,
        message: format!("not valid YAML: {message}"),
    }
}

/// A merge git could not make leaves both sides in the file, between lines that start
/// `<<<<<<<`, `=======` and `>>>>>>>`; the parser stumbles on them wherever it happens to, so
/// they are named first, at the first marker.
fn conflict(lines: &[&str]) -> Explained {
    let start = lines.iter().position(|l| l.starts_with("<<<<<<<"))?;
    let end = (lines[start..].iter()).position(|l| l.starts_with(">>>>>>>"));
    let span = end.map_or(String::new(), |n| {
        format!(" (lines {} to {})", start + 1, start + n + 1)
    });
    Some((
        pos(start + 1, 1),
        format!(
            "a merge conflict is left in the file{span}: keep the lines you want of the two \
             versions (yours between `<<<<<<<` and `=======`, theirs between `=======` and \
             `>>>>>>>`), delete the marker lines, then check again"
        ),
    ))
}

/// The lines of the file around the parser's position (1-based line and column).
struct Near<'a> {
    lines: &'a [&'a str],
    line: usize,
    column: usize,
}

type Explained = Option<(Pos, String)>;

impl Near<'_> {
    fn text(&self, line: usize) -> Option<&str> {
        line.checked_sub(1).and_then(|i| self.lines.get(i)).copied()
    }

    /// The nearest line above the parser's that holds something, with its number.
    fn line_above(&self) -> Option<(usize, &str)> {
        (1..self.line)
            .rev()
            .find_map(|line| Some((line, self.text(line)?)).filter(|(_, t)| holds_something(t)))
    }

    /// The line itself, then up to three lines before it that hold something (not blank, not
    /// a comment): the parser often notices a mistake one line late.
    fn this_and_before(&self) -> Vec<usize> {
        let mut found = vec![self.line];
        let mut line = self.line;
        while found.len() < 4 && line > 1 {
            line -= 1;
            if self.text(line).is_some_and(holds_something) {
                found.push(line);
            }
        }
        found
    }

    /// A tab where YAML needs spaces: the first tab of the indentation of this line or one
    /// near it.
    fn tab(&self) -> Explained {
        // The parser may stop on the line before (a value it reads on) or after.
        let l = self.line;
        let candidates = [l, l + 1, l + 2, l.saturating_sub(1)];
        let (line, column) = candidates.iter().find_map(|&line| {
            let text = self.text(line)?;
            let indent: String = text.chars().take_while(|c| c.is_whitespace()).collect();
            let at = indent.chars().position(|c| c == '\t').or_else(|| {
                // After a list dash or a key, as in "-\tid: x".
                text.chars().position(|c| c == '\t')
            })?;
            Some((line, at + 1))
        })?;
        Some((
            pos(line, column),
            format!(
                "YAML indents with spaces, not tabs: replace the tab at column {column} with \
                 spaces (the line is shown with the tab as →)"
            ),
        ))
    }

    /// A quote inside a quoted value that ends it before its end, or something after a
    /// quoted value on its line.
    fn closed_early(&self) -> Explained {
        let text = self.text(self.line)?;
        let chars: Vec<char> = text.chars().collect();
        // The parser stops at what follows the value, past any spaces after its quote.
        let mut column = self.column.checked_sub(1)?;
        while column > 1 && matches!(chars.get(column - 1), Some(' ' | '\t')) {
            column -= 1;
        }
        let quote = *chars.get(column.checked_sub(1)?)?;
        let rest: String = chars.get(column..)?.iter().collect();
        // Two keys on one line: `topic: "T"    location: "Kherson"`.
        let next_key = (key_and_value(&rest))
            .filter(|_| rest.starts_with([' ', '\t']) && matches!(quote, '"' | '\''))
            .map(|(start, _)| rest[..start].trim().to_owned());
        if let Some(key) = next_key {
            return Some((
                pos(self.line, column),
                format!(
                    "the quoted value ends at column {column}, and `{key}` follows it on its \
                     line: put each key on a line of its own"
                ),
            ));
        }
        let message = match quote {
            _ if !rest.contains(quote) => {
                let shown: Vec<String> = (rest.trim_matches([' ', '\t']).chars())
                    .map(|c| match c {
                        c if c != ' ' && (c.is_whitespace() || c.is_control()) => {
                            format!("U+{:04X}", u32::from(c))
                        }
                        c => c.to_string(),
                    })
                    .collect();
                format!(
                    "the quoted value ends at column {column}, and the line goes on with `{}`: \
                     only a comment may follow a quoted value; move it inside the quotes or \
                     remove it",
                    shorten(&shown.join(""))
                )
            }
            '"' => format!(
                "the `\"` at column {column} ends the double-quoted value before its end: \
                 write a quotation mark inside it as `\\\"` (or use “ ”), or put the whole \
                 value in single quotes"
            ),
            '\'' => format!(
                "the `'` at column {column} ends the single-quoted value before its end: \
                 write an apostrophe inside it as two (`''`), or put the whole value in \
                 double quotes"
            ),
            _ => return None,
        };
        Some((pos(self.line, column), message))
    }

    /// A colon and a space inside a value that is not quoted: YAML reads a new key there.
    fn colon_in_value(&self) -> Explained {
        self.this_and_before().into_iter().find_map(|line| {
            let text = self.text(line)?;
            let (key_end, value) = key_and_value(text)?;
            if value
                .trim_start()
                .starts_with(['"', '\'', '[', '{', '|', '>'])
            {
                return None;
            }
            let at = value.find(": ")?;
            let column = text[..key_end + at].chars().count() + 1;
            Some((
                pos(line, column),
                format!(
                    "the `: ` at column {column} inside a value that is not quoted starts a \
                     new key: put the whole value in double quotes"
                ),
            ))
        })
    }

    /// A list dash without a space after it ("-id: x"): YAML reads "-id" as a key.
    fn dash_without_space(&self) -> Explained {
        self.this_and_before().into_iter().find_map(|line| {
            let text = self.text(line)?;
            let rest = text.trim_start();
            let next = rest.strip_prefix('-')?.chars().next()?;
            if next.is_whitespace() || next == '-' {
                return None;
            }
            let column = text.chars().count() - rest.chars().count() + 1;
            Some((
                pos(line, column),
                format!(
                    "a list item needs a space after its `-`: write `- {}`",
                    &rest[1..]
                ),
            ))
        })
    }

    /// A key without a space after its colon ("topic:Kherson"): YAML reads one word.
    fn key_without_space(&self) -> Explained {
        self.this_and_before().into_iter().find_map(|line| {
            let text = self.text(line)?;
            let body = text.trim_start().trim_start_matches("- ");
            let colon = body.find(':')?;
            let key = &body[..colon];
            let after = body[colon + 1..].chars().next()?;
            let plain_key = !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            if !plain_key || after.is_whitespace() || after == ':' {
                return None;
            }
            let start = text.len() - body.len();
            let column = text[..start + colon].chars().count() + 1;
            Some((
                pos(line, column),
                format!(
                    "a key needs a space after its colon: write `{key}: {}`",
                    body[colon + 1..].trim_end()
                ),
            ))
        })
    }

    /// A line of words among keys: neither `key: value` nor a list item.
    fn line_without_key(&self) -> Explained {
        let (line, text) = self.line_above()?;
        without_key(line, text)
    }

    /// A line of words at the left edge, above where the parser stopped: a comment's second
    /// line without its `#`, say. Only a key, a list item or a comment starts there.
    fn stray_top_text(&self) -> Explained {
        (1..=self.line.min(self.lines.len())).find_map(|line| {
            let text = self.text(line)?;
            // Words, not YAML's own marks (`---`, `...`, `%YAML`, a flow's closing bracket).
            let first = text.chars().next()?;
            let mark = first.is_whitespace()
                || "-#%[]{}&*!|>'\"?:,@`".contains(first)
                || text.trim_end() == "...";
            (!mark).then(|| without_key(line, text))?
        })
    }

    /// Lines indented under a line that has its value already: `sources: 5` or
    /// `- example-gazette` above keys of their own.
    fn under_a_value(&self) -> Explained {
        let text = self.text(self.line)?;
        let (column, _) = columns(text)?;
        let (line, above) = self.line_above()?;
        let (start, item) = columns(above)?;
        // A key a space or two out of line is told by `misaligned`: here, a list, or a block
        // of keys (this line and the next at one column), is under the value.
        let next = ((self.line + 1)..=self.lines.len())
            .filter_map(|l| self.text(l).filter(|t| holds_something(t)))
            .find_map(columns);
        let block =
            text.trim_start().starts_with("- ") || next.is_some_and(|(next, _)| next == column);
        if column <= start {
            return None;
        }
        if let Some((value_start, value)) = key_and_value(above) {
            let value = value.trim();
            let key = above[..value_start].trim_end().trim_end_matches(':');
            let key = key.trim_start().trim_start_matches("- ").trim_start();
            // Lines under a key are indented by two or more: one more is a key out of line.
            let under = block && column > item + 1;
            if !under || value.is_empty() || value.starts_with(['|', '>', '#', '&', '!']) {
                return None;
            }
            return Some((
                pos(line, above[..value_start].chars().count() + 1),
                format!(
                    "`{key}` has its value on its line (`{value}`) and lines indented under it: \
                     a key has one or the other; remove `{value}`, or move the lines below out \
                     from under `{key}`",
                    value = shorten(value),
                ),
            ));
        }
        let value = above.trim_start().strip_prefix("- ")?.trim();
        let only_value =
            !value.is_empty() && !value.ends_with(':') && !value.starts_with(['|', '>', '#']);
        if !only_value || column < item {
            return None;
        }
        // `- id kyiv-1`: a key that lost its colon.
        let fix = match value.split_once(' ') {
            Some((word, rest)) if word.chars().all(|c| c.is_ascii_lowercase() || c == '_') => {
                format!(
                    "if `{word}` is its key, write `- {word}: {}`",
                    shorten(rest.trim())
                )
            }
            _ => format!("give it its key (`- key: {}`)", shorten(value)),
        };
        Some((
            pos(line, item),
            format!(
                "the list item `{}` is only a value, and the lines below are indented under it: \
                 {fix}, or indent the lines below as the list's other items",
                shorten(value),
            ),
        ))
    }

    /// A key in line with the dashes of the list above it: neither a key of the list's last
    /// item (after its dash) nor one beside the key that holds the list.
    fn key_among_dashes(&self) -> Explained {
        let text = self.text(self.line)?;
        let (column, _) = columns(text)?;
        let (line, above) = self.line_above()?;
        let (start, item) = columns(above)?;
        let dash = |t: &str| t.trim_start().starts_with("- ");
        if column != start || !dash(above) || dash(text) {
            return None;
        }
        let (parent, outer) = (1..line).rev().find_map(|l| {
            let (start, key) = columns(self.text(l).filter(|t| holds_something(t))?)?;
            (start < column).then_some((l, key))
        })?;
        Some((
            pos(self.line, column),
            format!(
                "`{}` starts at column {column}, in line with the dashes of the list above it: a \
                 key of the list's item goes at column {item}, under `{}` on line {line}; a key \
                 beside `{}` goes at column {outer}, as it does on line {parent}",
                key_of(text),
                key_of(above),
                key_of(self.text(parent)?),
            ),
        ))
    }

    /// A list's dash before a key, in line with the keys of the mapping above it: a key
    /// cannot also be a list item there.
    fn dash_among_keys(&self) -> Explained {
        let text = self.text(self.line)?;
        let (column, key) = columns(text)?;
        let (line, above) = self.line_above()?;
        let (_, above_key) = columns(above)?;
        if column != above_key || key == column || key_and_value(above).is_none() {
            return None;
        }
        Some((
            pos(self.line, column),
            format!(
                "the `-` at column {column} makes a list item where the keys of a mapping stand \
                 (`{}` on line {line}): remove the `- `",
                key_of(above)
            ),
        ))
    }

    /// A key that does not line up with the keys of its mapping.
    fn misaligned(&self) -> Explained {
        let text = self.text(self.line)?;
        let (column, _) = columns(text)?;
        let (line, above) = self.line_above()?;
        let (start, key) = columns(above)?;
        if column == start || column == key {
            return None;
        }
        // A dash lines up with the dashes above it, a key with the keys.
        let other = if text.trim_start().starts_with("- ") {
            start
        } else {
            key
        };
        Some((
            pos(self.line, column),
            format!(
                "`{}` starts at column {column}, but `{}` on line {line} at column {other}: the \
                 keys of one mapping line up exactly, and a list's dashes too; indent it with \
                 the same number of spaces",
                key_of(text),
                key_of(above),
            ),
        ))
    }

    /// A value that starts with a character of YAML's syntax and so was not read as text: on
    /// the parser's line, or a bracket never closed up to three lines above it.
    fn value_syntax(&self) -> Explained {
        self.this_and_before().into_iter().find_map(|line| {
            let text = self.text(line)?;
            let (start, value) = key_and_value(text)?;
            let column = text[..start].chars().count() + 1;
            let own = line == self.line;
            if (own && self.column < column) || (!own && !value.starts_with(['[', '{'])) {
                return None;
            }
            Some((pos(line, column), syntax_start(value, column)?))
        })
    }

    /// A quoted value that is not closed on its line.
    fn unclosed(&self) -> Explained {
        let text = self.text(self.line)?;
        let quote = text.chars().nth(self.column.checked_sub(1)?)?;
        let name = match quote {
            '"' => "double",
            '\'' => "single",
            _ => return None,
        };
        Some((
            pos(self.line, self.column),
            format!(
                "the {name}-quoted value that opens at column {} is not closed: end it with \
                 `{quote}` (a value that goes on to the next line is indented deeper than its \
                 key)",
                self.column
            ),
        ))
    }

    /// A backslash in a double-quoted value that starts a bad escape (`why`).
    fn bad_escape(&self, why: &str) -> Explained {
        let text = self.text(self.line)?;
        let from = self.column.saturating_sub(1);
        let offset = text.chars().skip(from).position(|c| c == '\\')?;
        let column = from + offset + 1;
        Some((
            pos(self.line, column),
            format!(
                "the `\\` at column {column} {why}: write it as `\\\\` (or `/` in a path), \
                 or put the value in single quotes, where `\\` is an ordinary character"
            ),
        ))
    }

    /// A value that starts with a character YAML keeps for itself.
    fn reserved_start(&self) -> Explained {
        let text = self.text(self.line)?;
        let c = text.chars().nth(self.column.checked_sub(1)?)?;
        Some((
            pos(self.line, self.column),
            format!("a value cannot start with `{c}`: put the whole value in double quotes"),
        ))
    }
}

/// Values cut short by a `#` that YAML reads as the start of a comment: "statement: Kherson is
/// the #1 port" says "Kherson is the". Valid YAML, but not what was written; a comment is
/// told apart by the space after its `#`.
pub fn cut_by_comments(text: &str) -> Vec<(Pos, String)> {
    on_lines_with(text, " #", |line, whole, at| {
        let after = whole.as_bytes().get(at + 2).copied().unwrap_or(b' ');
        if !after.is_ascii_alphanumeric() {
            return None;
        }
        let (value_start, value) = key_and_value(whole)?;
        let hash = at + 1;
        let plain = !value
            .trim_start()
            .starts_with(['"', '\'', '[', '{', '|', '>', '#']);
        if !plain || hash < value_start {
            return None;
        }
        let column = whole[..hash].chars().count() + 1;
        Some((
            pos(line, column),
            format!(
                "the `#` at column {column} starts a comment, so the value ends before it \
                 (`{}`): put the whole value in double quotes, or write `# ` for a comment",
                whole[value_start..hash].trim_end()
            ),
        ))
    })
}

/// Words taken for an anchor: "statement: &quot;Kherson is ours&quot;, he said" names an
/// anchor `quot;Kherson` and says "is ours...". Valid YAML, but not what was written; an
/// anchor meant as one has an alias (`*name`) somewhere in the file.
pub fn cut_by_anchors(text: &str) -> Vec<(Pos, String)> {
    on_lines_with(text, ": &", |line, whole, _| {
        let (value_start, value) = key_and_value(whole)?;
        let name = value.strip_prefix('&')?.split([' ', '\t']).next()?;
        let rest = value[1 + name.len()..].trim();
        let plain = !rest.is_empty() && !rest.starts_with(['"', '\'', '[', '{', '|', '>', '#']);
        let alias = format!("*{name}");
        if !plain || memchr::memmem::find(text.as_bytes(), alias.as_bytes()).is_some() {
            return None;
        }
        let column = whole[..value_start].chars().count() + 1;
        Some((
            pos(line, column),
            format!(
                "the value starts with `&`, so YAML reads `&{name}` as an anchor, not as text, \
                 and the value is only `{}`: {QUOTE}",
                shorten(rest).trim_end()
            ),
        ))
    })
}

/// What `check` finds on each line of `text` that holds `needle`: `check` is given the line's
/// number, its text and where `needle` is in it, once a line.
fn on_lines_with(
    text: &str,
    needle: &str,
    mut check: impl FnMut(usize, &str, usize) -> Option<(Pos, String)>,
) -> Vec<(Pos, String)> {
    let mut found = Vec::new();
    let (mut line, mut counted, mut line_end) = (1, 0, 0);
    for at in memchr::memmem::find_iter(text.as_bytes(), needle) {
        if at < line_end {
            continue;
        }
        line += memchr::memchr_iter(b'\n', &text.as_bytes()[counted..at]).count();
        counted = at;
        let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let whole = text[start..line_end].trim_end_matches('\r');
        found.extend(check(line, whole, at - start));
    }
    found
}

const QUOTE: &str = "put the whole value in double quotes";

/// "`words` is neither `key: value` nor a list item" for a `text` at `line` that is neither,
/// nor a key whose value is below it.
fn without_key(line: usize, text: &str) -> Explained {
    let body = text.trim_start();
    let keyed = body.trim_end().ends_with(':') || key_and_value(text).is_some();
    if body.starts_with(['-', '#']) || keyed {
        return None;
    }
    if let Some(found) = odd_colon(line, text) {
        return Some(found);
    }
    let column = text.chars().count() - body.chars().count() + 1;
    Some((
        pos(line, column),
        format!(
            "`{}` is neither `key: value` nor a list item (`- ...`): give it its key, indent it \
             under the value it continues, or start it with `#` if it is a comment",
            shorten(body.trim_end())
        ),
    ))
}

/// A key's colon (the first on the line) that YAML does not take for one: followed by a tab
/// or another space than the plain one (a no-break space pasted from a web page or a word
/// processor), or a full-width colon.
fn odd_colon(line: usize, text: &str) -> Explained {
    let chars: Vec<char> = text.chars().collect();
    let at = chars.iter().position(|&c| c == ':' || c == '：')?;
    let after = chars.get(at + 1).copied().unwrap_or(' ');
    let what = match chars[at] {
        '：' => "a full-width colon (`：`): write `:` followed by a space".to_owned(),
        _ if after != ' ' && after.is_whitespace() => format!(
            "followed by {}, not a space: YAML needs a plain space after a key's colon; retype \
             it",
            invisible(after)
        ),
        _ => return None,
    };
    let column = at + 1;
    Some((
        pos(line, column),
        format!("the colon at column {column} is {what}"),
    ))
}

/// An invisible character as a person can find it: its name and code point.
fn invisible(c: char) -> String {
    let name = match c {
        '\t' => "a tab",
        '\u{a0}' => "a no-break space",
        '\u{3000}' => "an ideographic (full-width) space",
        _ => "a space character",
    };
    format!("{name} (U+{:04X})", u32::from(c))
}

/// What YAML made of a `value` at `column` that starts with a character of its syntax, when
/// that is why it failed: a list or mapping with text after it, or never closed; an alias; a
/// block of text, a list item or a key where a value was to stand.
fn syntax_start(value: &str, column: usize) -> Option<String> {
    let first = value.chars().next()?;
    let message = match first {
        '[' | '{' => flow_not_text(value, column)?,
        '*' => format!(
            "the value starts with `*`, so YAML reads `{}` as an alias of an anchor (`&name`) \
             that is not defined above it: if it is text (Markdown emphasis, say), {QUOTE}",
            shorten(value.split_whitespace().next().unwrap_or(value))
        ),
        '|' | '>' if !block_header(value) => format!(
            "a value cannot start with `{first}` and go on on the same line: YAML reads `{first}` \
             as the start of a block of lines below; {QUOTE}"
        ),
        '-' | '?' if value[1..].starts_with(' ') => format!(
            "a value cannot start with `{first} `: YAML reads a {} there; {QUOTE}",
            if first == '-' { "list item" } else { "key" }
        ),
        _ => return None,
    };
    Some(message)
}

/// A `value` that starts with a list's or a mapping's bracket and is more than one: text
/// after the closing bracket, or no closing bracket on its line.
fn flow_not_text(value: &str, column: usize) -> Option<String> {
    let (what, close) = if value.starts_with('[') {
        ("list", ']')
    } else {
        ("mapping", '}')
    };
    let Some(end) = flow_end(value) else {
        return Some(format!(
            "the `{}` at column {column} opens a {what} that is not closed on its line: if the \
             value is text, {QUOTE}; if it is a {what}, close it with `{close}`",
            &value[..1]
        ));
    };
    let after = value[end..].trim();
    (!after.is_empty() && !after.starts_with('#')).then(|| {
        format!(
            "the value starts with `{}`, so YAML reads a {what} up to column {}, and cannot \
             place the text after it: {QUOTE}",
            &value[..1],
            column + value[..end].chars().count() - 1
        )
    })
}

/// Whether `value` is only the header of a block of lines (`|`, `>-`, `|+2 # note`).
fn block_header(value: &str) -> bool {
    let rest = value[1..]
        .trim_start_matches(['-', '+'])
        .trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.trim_start_matches(['-', '+']).trim();
    rest.is_empty() || rest.starts_with('#')
}

/// The byte after the bracket that closes the list or mapping `value` starts with, when it
/// closes on its line. Quoted text inside it is skipped.
fn flow_end(value: &str) -> Option<usize> {
    let (mut depth, mut quote, mut before) = (0usize, None, '[');
    for (at, c) in value.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') if matches!(before, '[' | '{' | ',' | ':' | ' ') => quote = Some(c),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(at + 1);
                }
            }
            _ => {}
        }
        before = c;
    }
    None
}

fn pos(line: usize, column: usize) -> Pos {
    let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
    Pos::new(n(line), n(column))
}

fn holds_something(text: &str) -> bool {
    let body = text.trim_start();
    !body.is_empty() && !body.starts_with('#')
}

/// The key a line starts with, after any list dash (or its first words, shortened, when it has
/// no colon), to name the line in a message.
fn key_of(text: &str) -> &str {
    let body = text.trim_start().trim_start_matches("- ");
    shorten(body.split(':').next().unwrap_or(body))
}

/// For a `key: value` line (after any list dashes), where the value starts in bytes and the
/// value itself.
fn key_and_value(text: &str) -> Option<(usize, &str)> {
    let body = text.trim_start().trim_start_matches("- ").trim_start();
    let start = text.len() - body.len();
    let colon = body.find(": ")?;
    let key = &body[..colon];
    if key.is_empty() || key.contains(['"', '\'', ' ']) {
        return None;
    }
    Some((start + colon + 2, &body[colon + 2..]))
}

/// The columns where a line's text starts and where its key starts, after any list dashes.
fn columns(text: &str) -> Option<(usize, usize)> {
    let body = text.trim_start_matches(' ');
    let mut key = body;
    while let Some(rest) = key.strip_prefix("- ") {
        key = rest.trim_start_matches(' ');
    }
    (!body.is_empty()).then(|| (text.len() - body.len() + 1, text.len() - key.len() + 1))
}

fn shorten(text: &str) -> &str {
    match text.char_indices().nth(40) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}
