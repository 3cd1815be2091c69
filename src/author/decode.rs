//! The bytes of a saved page or a text file as text: UTF-8, UTF-16 with its byte order mark,
//! or the legacy encoding a page declares (`<meta charset>`, `<meta http-equiv=content-type>`),
//! decoded with encoding_rs as a browser would. Files that are not a page nor text (a PDF, a
//! word processor's document, an image, a browser's single-file web archive) are named, with
//! what to do instead of the generic "not UTF-8".

use encoding_rs::Encoding;

/// How much of a page is searched for its `<meta>` charset: the HTML standard's prescan reads
/// 1,024 bytes; saved pages often put comments and scripts first, so a few times more.
const PRESCAN_BYTES: usize = 8192;

/// The bytes as text, or what is wrong and what to do.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if let Some(kind) = binary_kind(bytes) {
        return Err(kind);
    }
    let text = if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        utf16(rest, u16::from_be_bytes)?
    } else {
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        if is_mime(bytes) {
            return Err(MIME.to_owned());
        }
        match std::str::from_utf8(bytes) {
            // Valid UTF-8 is UTF-8 whatever the page declares: a page saved by a browser or
            // converted by hand keeps its old `<meta charset>` above its new bytes.
            Ok(text) => text.to_owned(),
            Err(e) => declared(bytes, e.valid_up_to() + 1)?,
        }
    };
    if text.contains('\0') {
        return Err("it holds NUL bytes: it is a binary file, not a web page or text".to_owned());
    }
    if is_svg(&text) {
        // An SVG image is XML text: read as a text file, its markup would become the source.
        return Err(
            "it is an image (SVG), not a web page or text: copy the article's text \
                    into a .txt file and add that, or save the article's web page instead"
                .to_owned(),
        );
    }
    if is_json(&text) {
        // Read as text, its keys, braces and escaped "\n" would become the source's words.
        return Err(
            "it is JSON data (a Telegram channel's export, result.json, is such a file), not a \
             web page or text: copy the post's text into a .txt file and add that, export the \
             chat as HTML, or save the post's web page instead"
                .to_owned(),
        );
    }
    Ok(text)
}

/// Whether the whole text is a JSON object or array (an article that opens with "[Updated]"
/// or "{" is not JSON).
fn is_json(text: &str) -> bool {
    let start = text.trim_start();
    (start.starts_with('{') || start.starts_with('['))
        && serde_json::from_str::<serde::de::IgnoredAny>(start).is_ok()
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, String> {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|pair| unit([pair[0], *pair.get(1).unwrap_or(&0)]))
        .collect();
    String::from_utf16(&units).map_err(|_| {
        "it starts as UTF-16 text but is not valid UTF-16: save it again as UTF-8".to_owned()
    })
}

/// Bytes that are not UTF-8, decoded by the encoding the page declares; `bad` is the first
/// byte (from 1) that is not UTF-8.
fn declared(bytes: &[u8], bad: usize) -> Result<String, String> {
    let Some(label) = meta_charset(bytes) else {
        return Err(format!(
            "it is not UTF-8 text (byte {bad} is not valid UTF-8) and declares no other \
             encoding (a page's `<meta charset>`): save the page or the text as UTF-8, or \
             convert it with `iconv -f ENCODING -t utf-8 FILE`, ENCODING being the one it was \
             written in (windows-1252 for most Western European text)"
        ));
    };
    let Some(encoding) = Encoding::for_label(label.as_bytes()) else {
        return Err(format!(
            "it is not UTF-8 text (byte {bad} is not valid UTF-8) and declares the encoding \
             `{label}`, which is not one a browser knows: convert it to UTF-8 (`iconv -t \
             utf-8`) and add it again"
        ));
    };
    // As a browser reads a page: a page cannot declare UTF-16 in its own bytes (it would be
    // read as UTF-8), and x-user-defined is windows-1252.
    let encoding = match encoding.output_encoding() {
        e if e == encoding_rs::UTF_8 => {
            return Err(format!(
                "it declares UTF-8 (`{label}`) but byte {bad} is not valid UTF-8: the file is \
                 damaged or was converted wrongly; save the page again"
            ));
        }
        e if e == encoding_rs::X_USER_DEFINED => encoding_rs::WINDOWS_1252,
        e => e,
    };
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| text.into_owned())
        .ok_or_else(|| {
            format!(
                "it declares the encoding {} (`{label}`) but is not valid in it: save the page \
                 again, or convert it to UTF-8 and add that",
                encoding.name()
            )
        })
}

/// The charset a page's `<meta>` declares in its first `PRESCAN_BYTES`, as the HTML standard's
/// prescan finds it: `<meta charset=X>`, or `<meta http-equiv="content-type"
/// content="...; charset=X">`. Comments are skipped.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    // Only ASCII matters here; other bytes become `?`, keeping offsets.
    let lower: String = (head.iter())
        .map(|&b| {
            if b.is_ascii() {
                b.to_ascii_lowercase() as char
            } else {
                '?'
            }
        })
        .collect();
    let mut rest = lower.as_str();
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let Some(tag) = rest.strip_prefix("<meta") else {
            rest = &rest[1..];
            continue;
        };
        if !tag.starts_with(|c: char| c.is_ascii_whitespace() || c == '/') {
            rest = tag;
            continue;
        }
        let end = tag.find('>').unwrap_or(tag.len());
        let attrs = attributes(&tag[..end]);
        let get = |name: &str| {
            attrs
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        if let Some(charset) = get("charset").filter(|c| !c.trim().is_empty()) {
            return Some(charset.trim().to_owned());
        }
        if get("http-equiv").is_some_and(|h| h.trim() == "content-type")
            && let Some(charset) = get("content").and_then(charset_in_content)
        {
            return Some(charset);
        }
        rest = &tag[end..];
    }
    None
}

/// The attributes of a tag's inside (`name="v" name2=v2 flag`), names and values as written.
fn attributes(inside: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = inside.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_owned();
        rest = rest[name_end..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, next) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let inner = &after[1..];
                    let close = inner.find(q).unwrap_or(inner.len());
                    (&inner[..close], inner.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after
                        .find(|c: char| c.is_ascii_whitespace())
                        .unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = v.to_owned();
            rest = next;
        }
        if !name.is_empty() {
            out.push((name, value));
        }
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
    }
    out
}

/// The charset of a content type (`text/html; charset=windows-1252`).
fn charset_in_content(content: &str) -> Option<String> {
    let at = content.find("charset")?;
    let value = content[at + "charset".len()..]
        .trim_start()
        .strip_prefix('=')?;
    let value = value.trim_start().trim_start_matches(['"', '\'']);
    let end = value
        .find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_ascii_whitespace())
        .unwrap_or(value.len());
    (end > 0).then(|| value[..end].to_owned())
}

const MIME: &str = "it is a web archive (MHTML, what a browser saves as \"Webpage, Single File\"), \
     whose page is encoded inside a MIME message: open the article in the browser again and save \
     it as \"Webpage, HTML only\", then add that file (or copy the article's text into a .txt \
     file and add that)";

/// Whether the bytes start as a MIME message (a `.mhtml` or `.eml` file): a block of header
/// lines that declares `MIME-Version` or a multipart `Content-Type`.
fn is_mime(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(PRESCAN_BYTES)]);
    let mut lines = head.lines();
    let is_header = |line: &str| {
        line.split_once(':').is_some_and(|(name, _)| {
            !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
    };
    if !lines.next().is_some_and(is_header) {
        return false;
    }
    let header = head.lines().take_while(|l| !l.trim().is_empty());
    header.map(str::to_ascii_lowercase).any(|line| {
        line.starts_with("mime-version:")
            || (line.starts_with("content-type:") && line.contains("multipart/"))
    })
}

/// Whether the text is an SVG image: after its XML declaration, comments and an SVG
/// doctype, it opens with `<svg`, and closes it or names SVG's namespace (an article may
/// start with the word "<svg>").
fn is_svg(text: &str) -> bool {
    let mut start = crate::html::skip_preamble(text);
    if start
        .get(..14)
        .is_some_and(|d| d.eq_ignore_ascii_case("<!doctype svg "))
    {
        start = start
            .find('>')
            .map_or("", |end| start[end + 1..].trim_start());
        start = crate::html::skip_preamble(start);
    }
    let lower = start.to_ascii_lowercase();
    lower.starts_with("<svg")
        && lower[4..].starts_with([' ', '>', '\n', '\t', '\r', '/'])
        && (lower.contains("</svg") || lower.contains("http://www.w3.org/2000/svg"))
}

/// What a binary file is, by its first bytes, with what to do instead; none for anything else.
fn binary_kind(bytes: &[u8]) -> Option<String> {
    let copy = "copy the article's text into a .txt file and add that";
    let said = |what: &str, how: &str| Some(format!("it is {what}, not a web page or text: {how}"));
    if bytes.starts_with(b"%PDF-") {
        said(
            "a PDF document",
            &format!(
                "{copy} (`pdftotext -layout FILE article.txt` extracts it; check the text \
                 against the PDF, as columns and hyphens can come out wrong), or save the \
                 article's web page instead"
            ),
        )
    } else if bytes.starts_with(b"PK\x03\x04") {
        said(
            "a ZIP archive (a .docx, .odt or .epub document is one)",
            &format!("save the document as plain text (.txt), or {copy}"),
        )
    } else if bytes.starts_with(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
        said(
            "an old Microsoft Office document (.doc)",
            &format!("save it as plain text (.txt), or {copy}"),
        )
    } else if bytes.starts_with(b"{\\rtf") {
        said(
            "an RTF document",
            &format!("save it as plain text (.txt), or {copy}"),
        )
    } else if bytes.starts_with(b"bplist") {
        said(
            "a Safari web archive (.webarchive)",
            "save the article's page with \"Page Source\" format, then add that",
        )
    } else if [&b"\x89PNG"[..], b"\xff\xd8\xff", b"GIF8", b"RIFF"]
        .iter()
        .any(|magic| bytes.starts_with(magic))
    {
        said("an image", copy)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_legacy_charset_is_decoded() {
        let page = b"<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" \
            content=\"text/html; charset=windows-1252\"><title>\x93We\x94 \x96 caf\xe9</title>";
        let text = decode(page).unwrap();
        assert!(text.contains("<title>“We” – café</title>"), "{text}");
        let latin1 = b"<html><head><meta charset='ISO-8859-1'></head><p>B\xfcrgermeister";
        assert!(decode(latin1).unwrap().contains("Bürgermeister"));
        let koi8 = b"<!-- <meta charset=utf-8> --><meta charset=koi8-r><p>\xeb\xc9\xc5\xd7";
        assert!(decode(koi8).unwrap().ends_with("Киев"));
        // Valid UTF-8 is read as UTF-8 whatever the page says.
        let converted = "<meta charset=windows-1252><p>café</p>";
        assert_eq!(decode(converted.as_bytes()).unwrap(), converted);
    }

    #[test]
    fn undeclared_or_wrongly_declared_bytes_are_refused_saying_why() {
        let err = decode(b"caf\xe9").unwrap_err();
        assert!(err.contains("byte 4 is not valid UTF-8"), "{err}");
        assert!(err.contains("declares no other encoding"), "{err}");
        let err = decode(b"<meta charset=utf-8><p>caf\xe9").unwrap_err();
        assert!(err.contains("declares UTF-8"), "{err}");
        let err = decode(b"<meta charset=klingon><p>caf\xe9").unwrap_err();
        assert!(
            err.contains("`klingon`, which is not one a browser knows"),
            "{err}"
        );
        let err = decode(b"<meta charset=shift_jis><p>\x82").unwrap_err();
        assert!(err.contains("declares the encoding Shift_JIS"), "{err}");
    }

    #[test]
    fn json_data_is_refused_and_an_article_that_opens_with_a_bracket_is_text() {
        let export = br#"{"name": "Channel", "messages": [{"id": 1, "text": "Kyiv said"}]}"#;
        let err = decode(export).unwrap_err();
        assert!(err.starts_with("it is JSON data"), "{err}");
        assert!(decode(b"[\"a\", 1]").is_err());
        for text in [
            "[Updated] The dam broke.",
            "{Kyiv} Luleå, 3 ships.",
            "[1] Київ 🚀",
        ] {
            assert_eq!(decode(text.as_bytes()).as_deref(), Ok(text));
        }
    }

    #[test]
    fn binary_files_and_web_archives_are_named() {
        let pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj";
        let err = decode(pdf).unwrap_err();
        assert!(err.starts_with("it is a PDF document"), "{err}");
        assert!(err.contains("pdftotext") && !err.contains("iconv"), "{err}");
        assert!(decode(b"PK\x03\x04\x14\0").unwrap_err().contains(".docx"));
        assert!(
            decode(b"\x89PNG\r\n\x1a\n")
                .unwrap_err()
                .contains("an image")
        );
        let mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://x.org/a\r\n\
            MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\"\r\n\r\n\
            ------B\r\nContent-Type: text/html\r\n\r\n<html lang=3D\"en\">";
        let err = decode(mhtml.as_bytes()).unwrap_err();
        assert!(
            err.contains("MHTML") && err.contains("Webpage, HTML only"),
            "{err}"
        );
        for svg in [
            "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><text>Hi</text></svg>",
            "<!-- made by hand -->\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg></svg>",
            "\u{feff}<SVG width=\"10\"></SVG>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ] {
            let err = decode(svg.as_bytes()).unwrap_err();
            assert!(err.starts_with("it is an image (SVG)"), "{err}");
        }
        let article = "<svg> is a format of images, the manual said.\n";
        assert_eq!(decode(article.as_bytes()), Ok(article.to_owned()));
        // An article that begins with a line like a header is text.
        let article = "Kherson: the city fell on Wednesday.\n\nMIME-Version: none.\n";
        assert_eq!(decode(article.as_bytes()).unwrap(), article);
    }
}
