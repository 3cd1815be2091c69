//! One article declared as two sources (`duplicate-source`): the same address, or the same
//! text on file. A fact citing both would count one article as two, and corroboration is what
//! the briefing's "2 sources" promises; so the rule names the pair, and `single-source` and the
//! briefing count such a pair once (`same_as`).

use super::Context;
use crate::load::model::FactsFile;
use crate::load::sources::SourceFile;
use crate::load::spanned::Pos;
use crate::rules::Rule;
use ahash::AHashMap as HashMap;

use super::Finding;

/// Query parameters that only say where a reader came from, not which article it is.
const TRACKING: &[&str] = &["utm_", "fbclid", "gclid", "mc_cid", "mc_eid"];

/// `url` as compared: http and https alike, the host in lowercase without a trailing dot or
/// default port, no trailing slash, no fragment, no tracking parameters (`utm_source`, ...).
/// The path and the other parameters stay as written: they name the article.
pub fn normalize_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split_once('#').map_or(url, |(before, _)| before);
    let rest = match url.split_once("://") {
        Some((scheme, rest))
            if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") =>
        {
            rest
        }
        _ => return url.to_owned(),
    };
    let split = rest.find(['/', '?']).unwrap_or(rest.len());
    let (host, path_query) = rest.split_at(split);
    let host = host.to_ascii_lowercase();
    let host = (host
        .strip_suffix(":443")
        .or_else(|| host.strip_suffix(":80")))
    .unwrap_or(&host)
    .trim_end_matches('.');
    let (path, query) = path_query.split_once('?').unwrap_or((path_query, ""));
    let kept: Vec<&str> = (query.split('&'))
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let name = p.split('=').next().unwrap_or("").to_ascii_lowercase();
            !TRACKING.iter().any(|t| name.starts_with(t))
        })
        .collect();
    let mut out = format!("https://{host}{}", path.trim_end_matches('/'));
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    out
}

/// For each source, the place of the first source that is the same article (the same
/// normalised url, or the same text on file), or its own place. A repeated id is left to
/// `duplicate-id` and counts as itself.
pub fn same_as(file: &FactsFile, texts: &[SourceFile]) -> Vec<usize> {
    let mut by_url: HashMap<String, usize> = HashMap::new();
    let mut by_text: HashMap<&str, usize> = HashMap::new();
    let mut ids: HashMap<&str, ()> = HashMap::new();
    let mut out = Vec::with_capacity(file.sources.len());
    for (i, source) in file.sources.iter().enumerate() {
        if ids.insert(source.id.value.as_str(), ()).is_some() {
            out.push(i);
            continue;
        }
        let url = source.url.as_ref().map(|u| normalize_url(&u.value.0));
        let text = match texts.get(i) {
            Some(SourceFile::Read(read)) if !read.normalized.trim().is_empty() => {
                Some(read.normalized.as_str())
            }
            _ => None,
        };
        let first = [
            url.as_ref().and_then(|u| by_url.get(u)),
            text.and_then(|t| by_text.get(t)),
        ]
        .into_iter()
        .flatten()
        .map(|&j| out[j])
        .min()
        .unwrap_or(i);
        if let Some(url) = url {
            by_url.entry(url).or_insert(first);
        }
        if let Some(text) = text {
            by_text.entry(text).or_insert(first);
        }
        out.push(first);
    }
    out
}

/// `duplicate-source`: each source that is the same article as an earlier one, at its `url`
/// or `file`, naming the earlier one and what they share.
pub fn duplicate_sources(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let sources = &ctx.file.sources;
    let url = |k: usize| (sources[k].url.as_ref()).map(|u| normalize_url(&u.value.0));
    let text = |k: usize| match ctx.texts.get(k) {
        Some(SourceFile::Read(read)) if !read.normalized.trim().is_empty() => {
            Some(read.normalized.as_str())
        }
        _ => None,
    };
    for (i, &first) in ctx.same_as.iter().enumerate() {
        if first == i {
            continue;
        }
        let same_url = |k: usize| url(i).is_some() && url(i) == url(k);
        let same_text = |k: usize| text(i).is_some() && text(i) == text(k);
        // The earlier source it shares its url or text with (the first of the group may share
        // them only through another).
        let Some(k) =
            (first..i).find(|&k| ctx.same_as[k] == first && (same_url(k) || same_text(k)))
        else {
            continue;
        };
        let (source, earlier) = (&sources[i], &sources[k]);
        let mut shared = Vec::new();
        let mut pos: Option<Pos> = None;
        if same_url(k)
            && let Some(u) = &source.url
        {
            shared.push(format!("the same url (`{}`)", u.value.0));
            pos = Some(u.pos);
        }
        if same_text(k)
            && let (Some(file), Some(other)) = (&source.file, &earlier.file)
        {
            let with = if file.value == other.value {
                "is the same file".to_owned()
            } else {
                format!("has the same text as `{}`", other.value)
            };
            shared.push(format!("its file `{}` {with}", file.value));
            pos = pos.or(Some(file.pos));
        }
        let (id, first_id) = (source.id.value.as_str(), earlier.id.value.as_str());
        let message = format!(
            "source `{id}` is the same article as source `{first_id}` (line {}): {}; a fact \
             citing both counts it once. Remove `{id}` and cite `{first_id}` instead",
            earlier.id.pos.line,
            shared.join(", and ")
        );
        out.push(
            Finding::new(Rule::DuplicateSource, pos.unwrap_or(source.id.pos), message).source(id),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_compared_without_what_does_not_name_the_article() {
        let base = "https://www.bbc.co.uk/news/world-europe-60582327";
        for same in [
            "http://www.bbc.co.uk/news/world-europe-60582327",
            "https://WWW.BBC.co.uk/news/world-europe-60582327/",
            "https://www.bbc.co.uk:443/news/world-europe-60582327#comments",
            "https://www.bbc.co.uk/news/world-europe-60582327?utm_source=twitter&fbclid=x",
            " HTTPS://www.bbc.co.uk./news/world-europe-60582327 ",
        ] {
            assert_eq!(normalize_url(same), normalize_url(base), "{same}");
        }
        for other in [
            "https://www.bbc.co.uk/news/world-europe-60582328",
            "https://www.bbc.co.uk/NEWS/world-europe-60582327",
            "https://bbc.co.uk/news/world-europe-60582327",
            "https://www.bbc.co.uk/news/world-europe-60582327?page=2",
        ] {
            assert_ne!(normalize_url(other), normalize_url(base), "{other}");
        }
        assert_eq!(normalize_url("https://example.org"), "https://example.org");
        assert_eq!(
            normalize_url("https://example.org/a?id=3&utm_medium=x"),
            "https://example.org/a?id=3"
        );
    }
}
