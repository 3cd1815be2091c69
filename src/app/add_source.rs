//! `factsheet add-source`: a saved web page or a text file made into a source: its text in
//! `sources/ID.txt`, its entry (with the file's sha256) appended to the facts file.

use super::{Outcome, facts_to_edit, print_out};
use crate::author::edit::{self, NewSource};
use crate::author::page::{self, Page};
use crate::author::{days, save, slug};
use crate::check::duplicates::normalize_url;
use crate::cli::AddSourceArgs;
use crate::error::RunError;
use crate::fact_base::FactBase;
use crate::files;
use crate::load::model::{Date, FactsFile, HttpUrl, Id, Language};
use crate::load::sources::SourceFile;
use crate::load::{Loaded, display, load_facts};
use crate::log::Log;
use std::path::{Path, PathBuf};

/// The largest page or text file read: a saved news page is well under a few megabytes.
const MAX_PAGE_BYTES: u64 = 64 * 1024 * 1024;

/// A value of the new source and where it came from ("--title", "the page").
struct Given {
    value: String,
    from: &'static str,
}

/// What the flags and the page give for the new source; the flags win.
struct Chosen {
    title: Option<Given>,
    publisher: Option<Given>,
    published: Option<Given>,
    url: Option<Given>,
    author: Option<Given>,
    accessed: Option<Given>,
    archive_url: Option<Given>,
    language: Option<Given>,
}

pub(super) fn add_source_command(args: &AddSourceArgs, log: Log) -> Result<Outcome, RunError> {
    let facts = FactBase::locate(args.facts.as_deref())?.facts;
    let _lock = super::lock_for_edit(&facts)?;
    let loaded = load_facts(&facts)?;
    let file = facts_to_edit(&loaded)?;
    super::writable(&facts, &loaded.display_path)?;
    let page = read_page(&args.page)?;
    let chosen = Chosen::of(args, &page)?;
    let same_url = same_article(&loaded, file, &page, &chosen)
        .map_err(|why| RunError(format!("cannot add `{}`: {why}", display(&args.page))))?;
    let id = choose_id(args, &chosen, file)?;
    let relative = format!("sources/{id}.txt");
    let target = target(&loaded, file, &relative)?;
    let source = NewSource {
        id: id.clone(),
        title: value(&chosen.title),
        author: value(&chosen.author),
        publisher: value(&chosen.publisher).unwrap_or_else(|| "unknown".to_owned()),
        published: value(&chosen.published),
        url: value(&chosen.url),
        archive_url: value(&chosen.archive_url),
        accessed: value(&chosen.accessed),
        language: value(&chosen.language),
        file: relative.clone(),
        sha256: crate::load::sources::sha256_hex(page.text.as_bytes()),
    };
    let facts_path = display(&facts);
    let cannot = |why: edit::Refusal| super::edit_refused("add the source", "to", &facts_path, why);
    let (text, line) = edit::append_source(&loaded.text, &source).map_err(cannot)?;
    let mut expected: Vec<edit::Values> = file.sources.iter().map(|s| edit::values(s)).collect();
    expected.push(source.values());
    edit::verify(file, &text, &expected).map_err(cannot)?;
    let stale_days = write(&loaded, &facts, &target, &relative, &page, &text)?;
    if !log.quiet() {
        let report = Report {
            page: &page,
            input: &display(&args.page),
            written: &loaded.shown(&relative),
            facts: &facts_path,
            line,
            source: &source,
            chosen: &chosen,
        };
        print_out(&report.text())?;
    }
    for warning in page_warnings(args, &page) {
        super::print_err(&warning);
    }
    for warning in same_url.iter().chain(&stale_days) {
        super::print_err(warning);
    }
    Ok(Outcome::Passed)
}

/// The page's warnings, as lines to print, but those about a value that a flag gave.
fn page_warnings(args: &AddSourceArgs, page: &Page) -> Vec<String> {
    let flagged = |about: &str| match about {
        "author" => args.author.is_some(),
        "published" => args.published.is_some(),
        _ => false,
    };
    (page.meta.warnings.iter())
        .filter(|w| !w.about.is_some_and(flagged))
        .map(|w| format!("warning: {}\n", w.text))
        .collect()
}

fn value(given: &Option<Given>) -> Option<String> {
    given.as_ref().map(|g| g.value.clone())
}

/// The page or text file, read and made into the source's text.
fn read_page(path: &Path) -> Result<Page, RunError> {
    let shown = display(path);
    let bytes = std::fs::canonicalize(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => files::Refused::Missing,
            _ => files::Refused::Io(e),
        })
        .and_then(|real| files::read(&real, MAX_PAGE_BYTES))
        .map_err(|why| RunError(format!("cannot read `{shown}`: {why}")))?;
    let markdown = (path.extension().and_then(|e| e.to_str())).is_some_and(|e| {
        ["md", "markdown", "mdown", "mkd"].contains(&e.to_ascii_lowercase().as_str())
    });
    page::read_as(&bytes, markdown).map_err(|why| RunError(format!("cannot add `{shown}`: {why}")))
}

impl Chosen {
    /// The flags, checked as the facts format would check them, else what the page says.
    fn of(args: &AddSourceArgs, page: &Page) -> Result<Chosen, RunError> {
        let flag = |value: &Option<String>, from: &'static str| {
            (value.as_deref().map(str::trim))
                .filter(|v| !v.is_empty())
                .map(|v| Given {
                    value: v.to_owned(),
                    from,
                })
        };
        let from_page = |value: &Option<String>| {
            value.clone().map(|value| Given {
                value,
                from: "the page",
            })
        };
        for (flag, day) in [
            ("--published", &args.published),
            ("--accessed", &args.accessed),
        ] {
            if let Some(day) = day {
                Date::parse(day).map_err(|why| RunError(format!("{flag}: {why}")))?;
            }
        }
        for (flag, url) in [("--url", &args.url), ("--archive-url", &args.archive_url)] {
            if let Some(url) = url {
                HttpUrl::parse(url.clone()).map_err(|why| RunError(format!("{flag}: {why}")))?;
            }
        }
        if let Some(tag) = &args.language {
            Language::parse(tag).map_err(|why| RunError(format!("--language: {why}")))?;
        }
        let meta = &page.meta;
        Ok(Chosen {
            title: flag(&args.title, "--title").or_else(|| from_page(&meta.title)),
            publisher: (flag(&args.publisher, "--publisher"))
                .or_else(|| from_page(&meta.site_name)),
            published: (flag(&args.published, "--published")).or_else(|| {
                let from = if meta.published_by_dateline {
                    "the page's dateline: no metadata gave the day"
                } else {
                    "the page"
                };
                from_page(&meta.published).map(|g| Given { from, ..g })
            }),
            url: flag(&args.url, "--url").or_else(|| from_page(&meta.url)),
            author: flag(&args.author, "--author").or_else(|| from_page(&meta.author)),
            // A page does not say when it was read, nor where a copy was archived.
            accessed: flag(&args.accessed, "--accessed"),
            archive_url: flag(&args.archive_url, "--archive-url"),
            language: (flag(&args.language, "--language")).or_else(|| from_page(&meta.language)),
        })
    }
}

/// Refuses a page whose text is already a source's (the same article, added again), naming
/// that source; gives a warning when only its url is a source's (a newer version of the page,
/// which `check` flags as `duplicate-source` until one of them goes).
fn same_article(
    loaded: &Loaded,
    file: &FactsFile,
    page: &Page,
    chosen: &Chosen,
) -> Result<Option<String>, String> {
    let text = crate::text::normalize(&page.text);
    let texts = crate::load::sources::read_all(&loaded.base_dir, &file.sources);
    let same_text = (file.sources.iter().zip(&texts)).find(|(_, t)| {
        matches!(t, SourceFile::Read(read) if !text.trim().is_empty() && read.normalized == text)
    });
    if let Some((source, _)) = same_text {
        return Err(format!(
            "its text is already the text of source `{}` (line {}, `{}`): that is the same \
             article; cite `{}` rather than adding it twice (`check` warns of two sources that \
             are one article: duplicate-source)",
            source.id.value,
            source.id.pos.line,
            source.file.as_ref().map_or("", |f| f.value.as_str()),
            source.id.value
        ));
    }
    let Some(url) = &chosen.url else {
        return Ok(None);
    };
    let normalized = normalize_url(&url.value);
    let same_url = (file.sources.iter())
        .find(|s| (s.url.as_ref()).is_some_and(|u| normalize_url(&u.value.0) == normalized));
    Ok(same_url.map(|source| {
        format!(
            "warning: the url `{}` (from {}) is already that of source `{}` (line {}): if it \
             is the same article, remove the new source and cite `{}`; if the page changed \
             since, keep one version (or replace the old source's file and `factsheet pin {}`). \
             `check` warns of the two (duplicate-source) until then\n",
            url.value,
            url.from,
            source.id.value,
            source.id.pos.line,
            source.id.value,
            source.id.value
        )
    }))
}

/// The new source's id: `--id`, else made from the title, else from the file's name; it must
/// be free.
fn choose_id(args: &AddSourceArgs, chosen: &Chosen, file: &FactsFile) -> Result<String, RunError> {
    let id = match &args.id {
        Some(id) => {
            Id::parse(id.clone()).map_err(|why| RunError(format!("--id: {why}")))?;
            id.clone()
        }
        None => chosen
            .title
            .as_ref()
            .and_then(|t| slug::slug(&t.value))
            .or_else(|| {
                let stem = args.page.file_stem()?.to_string_lossy().into_owned();
                slug::slug(&stem)
            })
            .ok_or_else(|| {
                RunError(
                    "no id could be made from the title or the file's name: give one with \
                     --id (lowercase letters, digits and hyphens)"
                        .to_owned(),
                )
            })?,
    };
    if let Some(taken) = file.sources.iter().find(|s| s.id.value.0 == id) {
        let how = if args.id.is_some() {
            "give another with --id"
        } else if chosen
            .title
            .as_ref()
            .and_then(|t| slug::slug(&t.value))
            .is_some()
        {
            "it was made from the title; give another with --id"
        } else {
            "it was made from the file's name; give another with --id"
        };
        return Err(RunError(format!(
            "the source id `{id}` is already used by the source at line {}: {how} (for \
             example `{id}-2`)",
            taken.id.pos.line
        )));
    }
    Ok(id)
}

/// The real path that `sources/ID.txt` will have: inside the project, not there yet, and no
/// source's `file` already.
fn target(loaded: &Loaded, file: &FactsFile, relative: &str) -> Result<PathBuf, RunError> {
    let shown = loaded.shown(relative);
    if file
        .sources
        .iter()
        .any(|s| s.file.as_ref().is_some_and(|f| f.value == relative))
    {
        return Err(RunError(format!(
            "`{relative}` is already a source's file: give another id with --id"
        )));
    }
    let base = files::real_folder(&loaded.base_dir)
        .map_err(|why| RunError(format!("cannot use the facts file's folder: {why}")))?;
    let real = files::in_project(&loaded.base_dir.join(relative), std::slice::from_ref(&base))
        .map_err(|why| RunError(format!("cannot write `{shown}`: {why}")))?;
    if std::fs::symlink_metadata(&real).is_ok() {
        return Err(RunError(format!(
            "`{shown}` already exists and is not overwritten: give another id with --id, or \
             remove the file if an earlier try left it"
        )));
    }
    Ok(real)
}

/// Writes the source's text, then the facts file; when the facts file cannot be written, the
/// text is removed again, so that nothing is left half done. Returns the warning about a days
/// file that an earlier source of this id left (`sources/ID.days` without its text), which
/// this page's days replace, or which goes when the page gives none: it told of another text.
fn write(
    loaded: &Loaded,
    facts: &Path,
    target: &Path,
    relative: &str,
    page: &Page,
    text: &str,
) -> Result<Option<String>, RunError> {
    let shown = loaded.shown(relative);
    let failed = |what: &str, e: std::io::Error| {
        RunError(format!(
            "cannot write `{what}`: {}",
            files::write_failure(&e)
        ))
    };
    if let Some(folder) = target.parent() {
        files::make_folder(folder)
            .map_err(|why| RunError(format!("cannot write `{shown}`: {why}")))?;
    }
    let days_shown = loaded.shown(&days::path_of(relative));
    let days_target = target.with_extension("days");
    // Read before the text is written, to be put back if the facts file cannot be.
    let stale = std::fs::read(&days_target).ok();
    save::create_new(target, page.text.as_bytes()).map_err(|e| failed(&shown, e))?;
    let kept_days = match (page.days.is_empty(), &stale) {
        (true, _) => Ok(()),
        (false, None) => save::create_new(
            &days_target,
            days::file_text(relative, &page.days).as_bytes(),
        ),
        (false, Some(_)) => save::replace(&days_target, &days::file_text(relative, &page.days)),
    };
    if let Err(why) = kept_days {
        let _ = std::fs::remove_file(target);
        return Err(failed(&days_shown, why));
    }
    let facts_real = files::real_folder(&loaded.base_dir)
        .and_then(|base| files::inside(&base, facts))
        .map_err(|why| RunError(format!("cannot write `{}`: {why}", loaded.display_path)));
    let written = facts_real
        .and_then(|real| save::replace(&real, text).map_err(|e| failed(&loaded.display_path, e)));
    if let Err(why) = written {
        let _ = std::fs::remove_file(target);
        match &stale {
            Some(old) if !page.days.is_empty() => {
                let _ = std::fs::write(&days_target, old);
            }
            None if !page.days.is_empty() => {
                let _ = std::fs::remove_file(&days_target);
            }
            _ => {}
        }
        return Err(why);
    }
    if stale.is_none() {
        return Ok(None);
    }
    let what = if page.days.is_empty() {
        let _ = std::fs::remove_file(&days_target);
        "removed it, as this page gives no day in its markup only"
    } else {
        "replaced it with this page's days"
    };
    Ok(Some(format!(
        "warning: `{days_shown}` was there without its text, left by an earlier source of the \
         id; it dated the words of another text, so add-source {what}\n"
    )))
}

/// What `add-source` says it did.
struct Report<'a> {
    page: &'a Page,
    input: &'a str,
    /// The source's text file, as a path from the current folder.
    written: &'a str,
    facts: &'a str,
    line: u32,
    source: &'a NewSource,
    chosen: &'a Chosen,
}

impl Report<'_> {
    /// What the report says of the days the page's markup gave: to words, to a live blog's
    /// entries, and the day the page was updated after its publication.
    fn days_said(&self) -> String {
        use crate::author::days::Kind;
        let of = |kind: Kind| -> Vec<String> {
            (self.page.days.iter())
                .filter(|d| d.kind == kind)
                .map(|d| format!("\"{}\" = {}", d.words, d.day))
                .collect()
        };
        let kept = days::path_of(self.written);
        let mut out = String::new();
        let (words, entries) = (of(Kind::Words), of(Kind::Entry));
        if !words.is_empty() {
            out.push_str(&format!(
                "the page's markup (<time datetime>) dates words its text does not: {}; kept in \
                 {kept} for `suggest`\n",
                words.join(", "),
            ));
        }
        if !entries.is_empty() {
            out.push_str(&format!(
                "a live blog of {} entries, each stamped with its day (<time datetime>): {}; \
                 kept in {kept}: `suggest` counts an entry's \"on Friday\" from its own day\n",
                entries.len(),
                entries.join(", "),
            ));
        }
        let updated = (self.page.days.iter()).find(|d| d.kind == Kind::Updated);
        let published =
            (self.chosen.published.as_ref()).filter(|p| updated.is_some_and(|u| u.day > p.value));
        if let (Some(updated), Some(published)) = (updated, published) {
            out.push_str(&format!(
                "the page was updated on {}, after its publication on {}: its \"Wednesday\" or \
                 \"yesterday\" may count from either day (`check` counts from `published`); \
                 `suggest` names both readings where they differ\n",
                updated.day, published.value,
            ));
        }
        out
    }

    fn text(&self) -> String {
        let how = if self.page.html {
            format!(
                "the article's text, extracted from {} `{}`",
                self.page.from, self.input
            )
        } else {
            format!("the text of `{}`", self.input)
        };
        let mut out = format!(
            "wrote {} ({} bytes, {}): {how}\nadded source `{}` to {} at line {}:\n",
            self.written,
            crate::format::number(self.page.text.len() as f64),
            crate::format::count(self.page.paragraphs(), "paragraph", "paragraphs"),
            self.source.id,
            self.facts,
            self.line,
        );
        let c = self.chosen;
        let mut missing = Vec::new();
        for (name, given, flag) in [
            ("title", &c.title, "--title"),
            ("author", &c.author, "--author"),
            ("publisher", &c.publisher, "--publisher"),
            ("published", &c.published, "--published"),
            ("url", &c.url, "--url"),
            ("archive_url", &c.archive_url, "--archive-url"),
            ("accessed", &c.accessed, "--accessed"),
            ("language", &c.language, "--language"),
        ] {
            match given {
                Some(g) => out.push_str(&format!("  {name:<11} {} (from {})\n", g.value, g.from)),
                None if name == "publisher" => out.push_str(
                    "  publisher   unknown (neither --publisher nor the page gave one: `check` \
                     warns, unknown-publisher, until you write the publisher's name)\n",
                ),
                None => missing.push(format!("{name} ({flag})")),
            }
        }
        out.push_str(&format!("  sha256      {}\n", self.source.sha256));
        out.push_str(&self.days_said());
        if !missing.is_empty() {
            out.push_str(&format!(
                "left out, as neither a flag nor the page gave it: {}\n",
                missing.join(", ")
            ));
        }
        out.push_str(&format!(
            "\nNext: factsheet suggest {}    # draft facts from its text\n      factsheet check\n",
            self.source.id
        ));
        out
    }
}
