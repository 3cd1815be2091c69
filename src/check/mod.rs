//! Check: run every rule over a loaded facts file and its sources, giving findings.
//!
//! Each rule is a function that reads the file and pushes findings; none of them does I/O.
//! Rules over ids build one index and stay linear in the number of facts and citations.

mod agents;
mod condition;
mod copies;
mod dates;
pub mod duplicates;
pub mod finding;
mod forecast;
mod invisible;
mod links;
mod measure;
pub mod negation;
pub mod numbers;
pub mod passage;
pub mod placed;
mod quotations;
mod quotes;
mod ranking;
mod roles;
mod scope;
mod stated;
mod subgroup;
pub mod support;
mod verdict;

pub use quotes::{
    FEWEST_WORDS, MAX_SEARCH_BYTES, differences_said, editors_words, search_bytes, words_of,
};
pub mod wording;
mod years;

use crate::config::Config;
use crate::language::{Language, Told};
use crate::lines::{CharIndex, LONG_LINE};
use crate::load::model::{Fact, FactsFile};
use crate::load::sources::SourceFile;
use crate::load::spanned::{Pos, Spanned};
use crate::load::{Loaded, Problem};
use crate::nearest::{Budget, Nearest, Ties};
use crate::rules::{Rule, Severity};
use ahash::{AHashMap as HashMap, AHashSet as HashSet};
pub use copies::Copy;
pub use finding::{Accepted, Finding, LineChars, Report, Summary};
use rayon::prelude::*;
use std::borrow::Cow;
pub use support::Support;

/// What the rules look at: the facts, the files of the sources, and an index of source ids.
pub struct Context<'a> {
    pub file: &'a FactsFile,
    /// The facts file's text, to point into a value (empty when it is not at hand).
    pub facts_text: &'a str,
    /// Where each line of `facts_text` starts, worked out when a finding first needs it.
    line_starts: std::sync::OnceLock<Vec<usize>>,
    /// Where its characters are, worked out when a finding on a long line first needs it.
    chars: std::sync::OnceLock<CharIndex>,
    /// The file of each source, in the order of `file.sources`.
    pub texts: &'a [SourceFile],
    /// Each source id to the index of its first declaration.
    pub source_index: HashMap<&'a str, usize>,
    /// For each source, the index of the first source that is the same article (the same url
    /// or text), or its own: corroboration counts each article once.
    pub same_as: Vec<usize>,
    /// Each cited id that no source has, with the declared id closest to it if any: found
    /// here, in the order of the file, as the rules about one fact run on every core.
    pub unknown_sources: HashMap<&'a str, Option<&'a str>>,
    /// The language told from the text of each source without a `language`, when a rule
    /// first asks for it (see [`Context::language`]).
    told: Vec<std::sync::OnceLock<Option<Told>>>,
}

impl<'a> Context<'a> {
    /// Whether source `s` is written in another language than English: the statement and its
    /// `claimed_by` are in English, the briefing's language, so a name or quotation of theirs
    /// may be a translation that no text on file gives.
    pub fn translated(&self, s: usize) -> bool {
        self.language(s).is_some_and(|l| l.primary() != "en")
    }

    /// The language source `s` is read in: its `language`, which always wins, else the one
    /// told from its text (`crate::language::tell`); `None` reads it as English.
    pub fn language(&self, s: usize) -> Option<&Language> {
        let source = self.file.sources.get(s)?;
        match &source.language {
            Some(declared) => Some(&declared.value),
            None => self.told(s).map(|t| &t.language),
        }
    }

    /// The language told from the text of source `s`, which has no `language`: not English,
    /// which reads as a source without a language always did.
    pub fn told(&self, s: usize) -> Option<&Told> {
        let source = self.file.sources.get(s)?;
        if source.language.is_some() {
            return None;
        }
        let told = self.told.get(s)?.get_or_init(|| match self.texts.get(s) {
            Some(SourceFile::Read(text)) => crate::language::tell(&text.normalized),
            _ => None,
        });
        told.as_ref().filter(|t| !t.is_english())
    }

    pub fn new(file: &'a FactsFile, texts: &'a [SourceFile]) -> Self {
        let mut source_index = HashMap::with_capacity(file.sources.len());
        for (i, source) in file.sources.iter().enumerate() {
            source_index.entry(source.id.value.as_str()).or_insert(i);
        }
        Context {
            file,
            facts_text: "",
            line_starts: std::sync::OnceLock::new(),
            chars: std::sync::OnceLock::new(),
            texts,
            unknown_sources: unknown_sources(file, &source_index),
            source_index,
            same_as: duplicates::same_as(file, texts),
            told: (file.sources.iter())
                .map(|_| std::sync::OnceLock::new())
                .collect(),
        }
    }

    /// `finding` pointed at `words`, which start at byte `start` of `value`'s text: found in the
    /// facts file by their text, counting the same words before them (left at the value when
    /// the file writes them otherwise: escapes, a line break).
    pub fn at_words(
        &self,
        value: &Spanned<String>,
        start: usize,
        words: &str,
        finding: Finding,
    ) -> Finding {
        let mut placed = self.at_words_each(value, vec![(start, words.to_owned(), finding)]);
        // One finding in, one out.
        placed.swap_remove(0)
    }

    /// `at_words` for many findings of one value, each given with the byte of the value's
    /// text where its words start and the words: the same places, found with one pass over
    /// the value and over its place in the file for each distinct words (a statement of
    /// thousands of links took minutes counting the earlier ones again for each).
    pub fn at_words_each(
        &self,
        value: &Spanned<String>,
        found: Vec<(usize, String, Finding)>,
    ) -> Vec<Finding> {
        let text = value.value.as_str();
        let room = 2 * text.len() + 64;
        let from = self.written_from(value.pos);
        // For each distinct words: where they start in the value, and in the file.
        let mut places: HashMap<String, (Vec<usize>, Vec<usize>)> = HashMap::new();
        let mut out = Vec::with_capacity(found.len());
        for (start, words, mut finding) in found {
            let (in_value, in_file) = places.entry(words.clone()).or_insert_with(|| {
                let in_value = text.match_indices(words.as_str()).map(|(i, _)| i).collect();
                let in_file = from.map_or_else(Vec::new, |(at, _)| {
                    // Cut at a character's start: a window that ended inside one (a curly
                    // quote or a Cyrillic letter of the quote below) found nothing.
                    let text = self.facts_text;
                    let end = text.floor_char_boundary((at + room).min(text.len()));
                    let window = text.get(at..end);
                    let matches = window.map(|w| w.match_indices(words.as_str()));
                    matches.into_iter().flatten().map(|(i, _)| at + i).collect()
                });
                (in_value, in_file)
            });
            // The file writes the same words as often before these as the value does: count
            // the value's matches that end before `start`.
            let before = in_value.partition_point(|&i| i + words.len() <= start);
            let pos = (in_file.get(before).zip(from)).and_then(|(&at, (_, c))| self.pos_at(at, c));
            if let Some(pos) = pos {
                (finding.line, finding.column) = (pos.line, pos.column);
                finding = finding.width(words.chars().count());
            }
            out.push(finding);
        }
        out
    }

    /// Where the facts file's line starts, worked out once.
    fn line_starts(&self) -> &[usize] {
        let text = self.facts_text;
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
                .collect()
        })
    }

    /// The byte of the facts file at `from`, with the index of its characters when its line is
    /// long; `None` when the text is not at hand.
    fn written_from(&self, from: Pos) -> Option<(usize, Option<&CharIndex>)> {
        let text = self.facts_text;
        let starts = self.line_starts();
        let line_index = from.line.checked_sub(1)? as usize;
        let line_start = *starts.get(line_index)?;
        // The line's end from the index: searching for it is as long as the line.
        let line_end = starts.get(line_index + 1).map_or(text.len(), |&next| next);
        let line = text
            .get(line_start..line_end)?
            .trim_end_matches(['\n', '\r']);
        let from_column = from.column.checked_sub(1)? as usize;
        // Counting from the line's start, for each finding, would take hours on a line of
        // megabytes (a flow-style file): a long line is counted from the nearest mark.
        let chars =
            (line.len() > LONG_LINE).then(|| self.chars.get_or_init(|| CharIndex::new(text)));
        let start = match chars {
            Some(index) => {
                let start = index.byte(text, index.chars_before(text, line_start) + from_column);
                (start < line_start + line.len()).then_some(start)?
            }
            None => line_start + line.char_indices().nth(from_column).map(|(i, _)| i)?,
        };
        Some((start, chars))
    }

    /// The line and column of byte `at` of the facts file (`chars`: its index of characters,
    /// when the line `at` was found from is long).
    fn pos_at(&self, at: usize, chars: Option<&CharIndex>) -> Option<Pos> {
        let (text, starts) = (self.facts_text, self.line_starts());
        // The line holding `at`, and its column in characters.
        let line = starts.partition_point(|&s| s <= at);
        let column = match chars {
            Some(index) if at - starts[line - 1] > LONG_LINE => {
                index.chars_before(text, at) - index.chars_before(text, starts[line - 1]) + 1
            }
            _ => text[starts[line - 1]..at].chars().count() + 1,
        };
        Some(Pos::new(
            u32::try_from(line).ok()?,
            u32::try_from(column).ok()?,
        ))
    }
}

/// Each cited id that no source has, with the declared id closest to it (one lookup each, in
/// the order of the file, within one budget).
fn unknown_sources<'a>(
    file: &'a FactsFile,
    source_index: &HashMap<&'a str, usize>,
) -> HashMap<&'a str, Option<&'a str>> {
    let mut unknown = HashMap::new();
    let mut nearest = None;
    let mut budget = Budget::default();
    let cited = (file.facts.iter()).flat_map(|f| f.sources.value.iter());
    for id in cited.map(|c| c.source.value.as_str()) {
        if source_index.contains_key(id) || unknown.contains_key(id) {
            continue;
        }
        // Ties go to the first id in alphabetical order, as they always have.
        let nearest = nearest.get_or_insert_with(|| {
            let ids = file.sources.iter().map(|s| s.id.value.as_str()).collect();
            Nearest::new(ids, Ties::Least)
        });
        unknown.insert(id, nearest.find(id, &mut budget));
    }
    unknown
}

/// The findings for a facts file that could not be read: only `invalid-yaml`.
pub fn invalid(loaded: &Loaded, problems: &[Problem]) -> Report {
    let findings = problems
        .iter()
        .map(|p| {
            let mut f = Finding::new(Rule::InvalidYaml, p.pos, p.message.clone());
            f.fact.clone_from(&p.fact);
            f.source.clone_from(&p.source);
            f
        })
        .collect();
    finish(loaded, findings, Vec::new())
}

/// Runs every rule, each at its own severity: `check_with` and no `factsheet.toml`.
pub fn check(loaded: &Loaded, file: &FactsFile, texts: &[SourceFile]) -> Report {
    check_with(loaded, file, texts, &Config::default())
}

/// Runs every rule and returns the findings in file order, at the severities `config` sets,
/// with allowed findings removed.
pub fn check_with(
    loaded: &Loaded,
    file: &FactsFile,
    texts: &[SourceFile],
    config: &Config,
) -> Report {
    let ctx = Context {
        facts_text: &loaded.text,
        ..Context::new(file, texts)
    };
    // The rules about the whole file run beside those about one fact, which read only that
    // fact and run on every core.
    let (mut findings, per_fact) = rayon::join(
        || {
            let mut findings = Vec::new();
            duplicate_ids(&ctx, &mut findings);
            source_files(&ctx, &mut findings);
            unused_sources(&ctx, &mut findings);
            unknown_publishers(&ctx, &mut findings);
            invisible::file_fields(&ctx, &mut findings);
            duplicates::duplicate_sources(&ctx, &mut findings);
            links::unknown_links(&ctx, &mut findings);
            stated::summary_numbers(&ctx, &mut findings);
            dates::source_dates(&ctx, &mut findings);
            findings
        },
        || -> Vec<FactsChecked> {
            file.facts
                .par_iter()
                // Small tasks, so that both cores finish together.
                .with_max_len(64)
                // One list per task, not per fact: most facts have a finding or two, and a
                // list of its own for each would take more memory than the findings.
                .fold(FactsChecked::default, |mut checked, fact| {
                    let start = checked.findings.len();
                    let (support, copies) =
                        fact_rules(&ctx, fact, &mut checked.findings, &mut checked.not_found);
                    checked.support.push(support);
                    checked.copies.push(copies);
                    // Named here, on every core, rather than one by one at the end.
                    for finding in &mut checked.findings[start..] {
                        finding.file.clone_from(&loaded.display_path);
                    }
                    checked
                })
                .collect()
        },
    );
    // Sized once: at 100,000 facts there are some 76,000 notes, and growing the list step by
    // step copied it into fresh memory on one core while the other waited.
    findings.reserve_exact(per_fact.iter().map(|c| c.findings.len()).sum());
    let mut not_found = Vec::new();
    let mut support = Vec::with_capacity(file.facts.len());
    let mut copies = Vec::with_capacity(file.facts.len());
    for checked in per_fact {
        let offset = findings.len();
        not_found.extend(checked.not_found.into_iter().map(|mut m| {
            m.finding += offset;
            m
        }));
        findings.extend(checked.findings);
        support.extend(checked.support);
        copies.extend(checked.copies);
    }
    quotes::point_to_other_sources(&ctx, &mut findings, &not_found);
    fold_into_html(&ctx, &mut findings);
    apply_config(config, &mut findings);
    let (findings, accepted) = apply_allows(file, config, findings);
    Report {
        support,
        copies,
        same_as: ctx.same_as,
        ..finish(loaded, findings, accepted)
    }
}

/// What the rules about single facts give for a run of facts, in fact order.
#[derive(Default)]
struct FactsChecked {
    findings: Vec<Finding>,
    not_found: Vec<quotes::NotFound>,
    /// How each citation of each fact supports its statement.
    support: Vec<Vec<Support>>,
    /// The outlets of each fact that run another's copy.
    copies: Vec<Vec<Copy>>,
}

/// The rules about one fact; gives how each of its citations supports its statement, and the
/// sources that state it in another's copy.
fn fact_rules(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    out: &mut Vec<Finding>,
    not_found: &mut Vec<quotes::NotFound>,
) -> (Vec<Support>, Vec<Copy>) {
    // What several rules read is worked out once: the declared source of each citation, and
    // the numbers of the statement and of the quotes.
    let cited: Vec<Option<usize>> = fact
        .sources
        .value
        .iter()
        .map(|c| ctx.source_index.get(c.source.value.as_str()).copied())
        .collect();
    let numbers = FactNumbers::of(ctx, fact, &cited);
    unsourced(fact, out);
    let mut placed = Vec::with_capacity(cited.len());
    quotes::citations(ctx, fact, &cited, out, not_found, &mut placed);
    stated::numbers_in_quotes(ctx, fact, &numbers, out);
    stated::figure_in_quotes(fact, &numbers, out);
    quotations::quotations_in_quotes(ctx, fact, &numbers.visible, &cited, out);
    unverified(fact, out);
    // What the statement and each quote (with its sentence) say of the claim, read once.
    let stated = support::Stated::of(fact);
    let readings = support::read(fact, &placed);
    wording::check(fact, &numbers, &stated, &readings, out);
    support::attribution_cut(fact, &stated, &readings, out);
    support::spliced(fact, &placed, out);
    let turned = negation::negation_cut(fact, &stated, &readings, out);
    invisible::invisible_characters(fact, out);
    fact_after_source(ctx, fact, &cited, out);
    dates::fact_dates(ctx, fact, &cited, &placed, out);
    years::years_in_quotes(ctx, fact, &numbers.visible, &cited, &placed, out);
    // A fact that allows `negation-cut` says its sources do not say the opposite.
    let allowed = (fact.allow.iter()).any(|a| a.value.rule.value.0 == Rule::NegationCut);
    let turned = if allowed { Vec::new() } else { turned };
    let support = support::classify(&stated, &readings, &turned);
    support::claimant_not_quoted(ctx, fact, &placed, &readings, &support, out);
    let copies = copies_of(ctx, &cited, &support, &placed);
    single_source(ctx, fact, &cited, &support, &copies, out);
    (support, copies)
}

/// The sources that state the fact in another's copy (see `copies`); only a fact with two
/// stating citations can have one.
fn copies_of(
    ctx: &Context<'_>,
    cited: &[Option<usize>],
    support: &[Support],
    placed: &[Option<placed::Placed<'_>>],
) -> Vec<Copy> {
    if support.iter().filter(|s| s.states()).count() < 2 {
        return Vec::new();
    }
    let article: Vec<Option<usize>> = (cited.iter().zip(support))
        .map(|(index, s)| index.filter(|_| s.states()))
        .map(|index| index.map(|i| ctx.same_as.get(i).copied().unwrap_or(i)))
        .collect();
    copies::same_copies(placed, &article, ctx.texts)
}

/// The most numbers of a statement, and of a statement's numbers times its quotes', that the
/// rules compare one with another: a statement gives a few, quotes a few dozen. Past either,
/// the statement's are not compared (`number-not-in-quote` says so): the comparisons grow
/// with the product, and a hostile fact could hold a check for hours.
pub const MAX_STATED_NUMBERS: usize = 50;
pub const MAX_NUMBER_PAIRS: usize = 50_000;

/// A fact's quotes, with the numbers of each and of the statement, for the rules that compare
/// them (`number-not-in-quote`, `hedge-dropped`).
pub struct FactNumbers<'a> {
    /// Every quote the fact gives, blank ones too, in the order of its citations.
    pub quotes: Vec<&'a str>,
    /// The statement as a reader reads it, links' addresses blanked byte for byte
    /// (`markdown::without_addresses`): where its numbers and years are read.
    pub visible: Cow<'a, str>,
    /// The numbers of the statement; left empty when the fact gives no quote, or when there
    /// are too many to compare (then `too_many` has how many).
    pub stated: Vec<numbers::Mention>,
    /// How many numbers the statement and the quotes give, when it is past a limit.
    pub too_many: Option<(usize, usize)>,
    /// The numbers of each quote, in the order of `quotes`; left empty when neither the
    /// statement nor a figure has a number, as then no rule compares them.
    pub quoted: Vec<Vec<numbers::Mention>>,
    /// How a quoted source without a `language` was read, when in a language told from its
    /// text (" (source `a` has no `language`: read as German (its words: ...))"), for the
    /// messages of the findings that compare numbers; empty otherwise.
    pub told: String,
}

/// How the first quoted source of `fact` whose language was told from its text was read, for a
/// message: " (source `a` has no `language`: read as German (its words: und, die, nicht))".
fn told_note(ctx: &Context<'_>, fact: &Fact, cited: &[Option<usize>]) -> String {
    let quoted = (fact.sources.value.iter().zip(cited)).filter(|(c, _)| c.quote.is_some());
    let told = quoted
        .filter_map(|(_, &s)| Some((s?, ctx.told(s?)?)))
        .next();
    told.map_or_else(String::new, |(s, told)| {
        let id = &ctx.file.sources[s].id.value;
        format!(" (source `{id}` has no `language`: {})", told.said())
    })
}

/// How a statement writes its numbers: as English, unless it is kept in another language, as
/// a briefing in its articles' language is ("40 тысяч жителей" is 40,000, "1,5 млн" 1.5
/// million): a language its words tell (`language::tell`), or, for a statement too short to
/// tell, the language of a quote written in the same script as it (`numerals`, each quote's),
/// or of a quote in another language than English whose words are most of the statement's
/// (a statement drafted from a German quote keeps its `3.000`).
fn statement_numerals(
    statement: &str,
    quotes: &[&str],
    numerals: &[numbers::Numerals],
) -> numbers::Numerals {
    // Most statements are English and cite English quotes: nothing to tell then.
    let other = |n: &numbers::Numerals| *n != numbers::Numerals::ENGLISH;
    if statement.is_ascii() && !numerals.iter().any(other) {
        return numbers::Numerals::ENGLISH;
    }
    if !statement.is_ascii()
        && let Some(told) = crate::language::tell(statement)
    {
        return numbers::Numerals::of((!told.is_english()).then_some(&told.language));
    }
    let by_script = (non_latin(statement).then(|| quotes.iter().position(|q| non_latin(q))))
        .flatten()
        .and_then(|i| numerals.get(i).copied());
    let by_words = || {
        let i = (quotes.iter().zip(numerals))
            .position(|(q, n)| other(n) && written_in_words_of(statement, q))?;
        numerals.get(i).copied()
    };
    by_script
        .or_else(by_words)
        .unwrap_or(numbers::Numerals::ENGLISH)
}

/// Whether more than half of the statement's words of three letters or more (and at least
/// three of them) are words of the quote: the statement is written in the quote's language.
fn written_in_words_of(statement: &str, quote: &str) -> bool {
    let key = |w: &str| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    let long = |w: &String| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic);
    let quoted: std::collections::HashSet<String> =
        quote.split_whitespace().map(key).filter(long).collect();
    let (mut shared, mut all) = (0usize, 0usize);
    for word in statement.split_whitespace().map(key).filter(long).take(200) {
        all += 1;
        shared += usize::from(quoted.contains(&word));
    }
    shared >= 3 && 2 * shared > all
}

/// Whether most letters of `text` are of another script than the Latin one.
fn non_latin(text: &str) -> bool {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    other > latin
}

impl<'a> FactNumbers<'a> {
    /// `cited` holds the declared source of each citation: a quote's numbers are read as its
    /// source's language writes them.
    pub fn of(ctx: &Context<'_>, fact: &'a Fact, cited: &[Option<usize>]) -> Self {
        let (quotes, numerals): (Vec<&str>, Vec<numbers::Numerals>) = (fact.sources.value)
            .iter()
            .zip(cited)
            .filter_map(|(c, &source)| {
                let numerals = numbers::Numerals::of(source.and_then(|s| ctx.language(s)));
                c.quote.as_ref().map(|q| (q.value.as_str(), numerals))
            })
            .unzip();
        let visible = crate::markdown::without_addresses(&fact.statement.value);
        let stated = if quotes.is_empty() {
            Vec::new()
        } else {
            numbers::mentions_with(&visible, statement_numerals(&visible, &quotes, &numerals))
        };
        let compared = !stated.is_empty() || fact.figure.is_some();
        let quoted: Vec<Vec<numbers::Mention>> = quotes
            .iter()
            .zip(numerals)
            .map(|(q, numerals)| {
                if compared {
                    numbers::mentions_with(q, numerals)
                } else {
                    Vec::new()
                }
            })
            .collect();
        let (stated_count, quoted_count) =
            (stated.len(), quoted.iter().map(Vec::len).sum::<usize>());
        let too_many = (stated_count > MAX_STATED_NUMBERS
            || stated_count.saturating_mul(quoted_count) > MAX_NUMBER_PAIRS)
            .then_some((stated_count, quoted_count));
        FactNumbers {
            quotes,
            visible,
            stated: if too_many.is_some() {
                Vec::new()
            } else {
                stated
            },
            too_many,
            quoted,
            told: told_note(ctx, fact, cited),
        }
    }
}

fn finish(loaded: &Loaded, mut findings: Vec<Finding>, mut accepted: Vec<Accepted>) -> Report {
    for f in findings.iter_mut().filter(|f| f.file.is_empty()) {
        f.file.clone_from(&loaded.display_path);
    }
    findings.sort_by(file_order);
    accepted.sort_by(|a, b| file_order(&a.finding, &b.finding));
    set_ends(&loaded.text, findings.iter_mut());
    set_ends(&loaded.text, accepted.iter_mut().map(|a| &mut a.finding));
    // The notes move out into a list of their exact size; the rest stay where they are.
    let is_note = |f: &Finding| f.severity == Severity::Info;
    let mut notes = Vec::with_capacity(findings.iter().filter(|f| is_note(f)).count());
    notes.extend(findings.extract_if(.., |f| is_note(f)));
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let summary = Summary {
        facts: loaded.fact_count,
        sources: loaded.source_count,
        errors,
        warnings: findings.len() - errors,
        allowed: accepted.len(),
        info: notes.len(),
        unparsed: !loaded.parsed,
    };
    Report {
        findings,
        summary,
        notes,
        support: Vec::new(),
        copies: Vec::new(),
        same_as: Vec::new(),
        accepted,
    }
}

/// Findings in the order of the file, then by rule and message, so that output never depends
/// on the order the rules ran in.
fn file_order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    (a.line, a.column, a.rule, &a.message).cmp(&(b.line, b.column, b.rule, &b.message))
}

/// Where each finding ends, which needs the text of its line: worked out here, once, for every
/// output. The findings come in the order of the file, so its lines are read once, front to
/// back, each line's characters counted once however many findings it holds.
fn set_ends<'f>(text: &str, findings: impl Iterator<Item = &'f mut Finding>) {
    let mut lines = crate::lines::Forward::new(text);
    let mut counted: Option<(u32, Option<LineChars>)> = None;
    for finding in findings {
        let line = match counted {
            Some((n, line)) if n == finding.line => line,
            _ => {
                let line = lines.get(finding.line).map(LineChars::of);
                counted = Some((finding.line, line));
                line
            }
        };
        finding.set_end(line);
    }
}

/// Gives each finding the severity `factsheet.toml` sets for its rule, and drops those of rules
/// set off. Done once, before the findings are split and counted, so that every output (the
/// summary, `--format json`, the exit code) tells the configured severity.
fn apply_config(config: &Config, findings: &mut Vec<Finding>) {
    if config.is_default() {
        return;
    }
    findings.retain_mut(|f| match config.severity(f.rule) {
        Some(severity) => {
            f.severity = severity;
            true
        }
        None => false,
    });
}

/// Takes out each finding that its fact allows (with a reason), with that reason; and adds
/// `allow-unused` for each entry that took out none (but for a rule turned off).
fn apply_allows(
    file: &FactsFile,
    config: &Config,
    findings: Vec<Finding>,
) -> (Vec<Finding>, Vec<Accepted>) {
    // Each fact's allowed rules with their reasons; the first entry of a rule gives its reason.
    let mut allows: HashMap<&str, HashMap<Rule, &str>> = HashMap::new();
    for fact in &file.facts {
        for allow in &fact.allow {
            allows
                .entry(fact.id.value.as_str())
                .or_default()
                .entry(allow.rule.value.0)
                .or_insert(allow.reason.value.as_str());
        }
    }
    if allows.is_empty() {
        return (findings, Vec::new());
    }
    let mut kept = Vec::with_capacity(findings.len());
    let mut accepted = Vec::new();
    let mut used: HashSet<(&str, Rule)> = HashSet::new();
    for finding in findings {
        let reason = finding
            .fact
            .as_deref()
            .and_then(|id| allows.get(id))
            .and_then(|rules| rules.get(&finding.rule))
            .filter(|_| finding.rule.allowable());
        match reason {
            Some(reason) => {
                if let Some((id, _)) = finding
                    .fact
                    .as_deref()
                    .and_then(|id| allows.get_key_value(id))
                {
                    used.insert((id, finding.rule));
                }
                accepted.push(Accepted {
                    reason: (*reason).to_owned(),
                    finding,
                });
            }
            None => kept.push(finding),
        }
    }
    kept.extend(unused_allows(file, config, &used));
    (kept, accepted)
}

/// `allow-unused`: each `allow` entry of a fact whose rule found nothing there to accept.
fn unused_allows(file: &FactsFile, config: &Config, used: &HashSet<(&str, Rule)>) -> Vec<Finding> {
    let mut out = Vec::new();
    if config.severity(Rule::AllowUnused).is_none() {
        return out;
    }
    for fact in &file.facts {
        let id = fact.id.value.as_str();
        for allow in &fact.allow {
            let rule = allow.rule.value.0;
            if used.contains(&(id, rule)) || config.severity(rule).is_none() {
                continue;
            }
            let mut finding = Finding::new(
                Rule::AllowUnused,
                allow.rule.pos,
                format!(
                    "fact `{id}`: `allow: {}` accepts no finding, as the rule finds nothing in \
                     the fact: remove the entry",
                    rule.name()
                ),
            )
            .fact(id);
            finding.severity = config
                .severity(Rule::AllowUnused)
                .unwrap_or(Severity::Warning);
            out.push(finding);
        }
    }
    out
}

fn duplicate_ids(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let mut facts: HashMap<&str, u32> = HashMap::with_capacity(ctx.file.facts.len());
    for fact in &ctx.file.facts {
        let id = fact.id.value.as_str();
        if let Some(first) = facts.get(id) {
            out.push(
                Finding::new(
                    Rule::DuplicateId,
                    fact.id.pos,
                    format!("fact id `{id}` is already used by the fact at line {first}"),
                )
                .fact(id),
            );
        } else {
            facts.insert(id, fact.id.pos.line);
        }
    }
    let mut sources: HashMap<&str, u32> = HashMap::with_capacity(ctx.file.sources.len());
    for source in &ctx.file.sources {
        let id = source.id.value.as_str();
        if let Some(first) = sources.get(id) {
            out.push(
                Finding::new(
                    Rule::DuplicateId,
                    source.id.pos,
                    format!("source id `{id}` is already used by the source at line {first}"),
                )
                .source(id),
            );
        } else {
            sources.insert(id, source.id.pos.line);
        }
    }
}

fn source_files(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for (source, text) in ctx.file.sources.iter().zip(ctx.texts) {
        let id = source.id.value.as_str();
        let Some(file) = &source.file else { continue };
        match text {
            SourceFile::NotGiven => {}
            SourceFile::Outside(why) => out.push(
                Finding::new(
                    Rule::SourceFileOutside,
                    file.pos,
                    format!("source `{id}`: {why}; it was not read"),
                )
                .source(id),
            ),
            SourceFile::Unreadable(why) => out.push(
                Finding::new(
                    Rule::SourceFileMissing,
                    file.pos,
                    format!("source `{id}`: {why}"),
                )
                .source(id)
                .source_file(&file.value),
            ),
            SourceFile::Read(read) => {
                if let Some(kind) = read.markup {
                    out.push(source_is_html(id, &file.value, kind, file.pos));
                }
                if let (Some(pinned), Some(actual)) = (&source.sha256, &read.sha256)
                    && pinned.value.0 != *actual
                {
                    out.push(
                        Finding::new(
                            Rule::SourceHashMismatch,
                            pinned.pos,
                            format!(
                                "source `{id}`: `{}` has sha256 {actual}, not the pinned {}; \
                                 the file changed since it was pinned (if that is intended, \
                                 `factsheet pin {id}` writes the new hash into `sha256`)",
                                file.value, pinned.value.0
                            ),
                        )
                        .source(id)
                        .source_file(&file.value),
                    );
                }
            }
        }
    }
}

/// `kind` says what the file is ("a saved web page (HTML)", `html::markup_kind`).
fn source_is_html(id: &str, file: &str, kind: &str, pos: Pos) -> Finding {
    Finding::new(
        Rule::SourceIsHtml,
        pos,
        format!(
            "source `{id}`: `{file}` is {kind}, not the article's text; run \
             `factsheet add-source {file}` to extract the text into `sources/` with its source \
             entry, then cite that source (or point this `file` at the new text)"
        ),
    )
    .source(id)
    .source_file(file)
}

/// Folds the `quote-not-found` findings of the quotes cited from a source that is a web page
/// into that source's one `source-is-html` finding: they have that one cause, and a finding
/// for each would bury it.
fn fold_into_html(ctx: &Context<'_>, findings: &mut Vec<Finding>) {
    let pages: HashSet<&str> = (ctx.file.sources.iter().zip(ctx.texts))
        .filter(|(_, text)| matches!(text, SourceFile::Read(t) if t.markup.is_some()))
        .map(|(source, _)| source.id.value.as_str())
        .collect();
    if pages.is_empty() {
        return;
    }
    let mut missed: HashMap<String, Vec<String>> = HashMap::new();
    findings.retain(|f| {
        let folded =
            f.rule == Rule::QuoteNotFound && f.source.as_deref().is_some_and(|s| pages.contains(s));
        if folded && let Some(source) = &f.source {
            let facts = missed.entry(source.clone()).or_default();
            facts.push(f.fact.clone().unwrap_or_default());
        }
        !folded
    });
    for finding in findings.iter_mut().filter(|f| f.rule == Rule::SourceIsHtml) {
        let Some(facts) = finding.source.as_ref().and_then(|s| missed.get(s)) else {
            continue;
        };
        const NAMED: usize = 5;
        let mut names: Vec<String> = facts.iter().take(NAMED).map(|f| format!("`{f}`")).collect();
        if facts.len() > NAMED {
            names.push(format!("{} more", facts.len() - NAMED));
        }
        let (quotes, are, fact, told) = if facts.len() == 1 {
            ("quote", "is", "fact", "it is not reported on its own")
        } else {
            ("quotes", "are", "facts", "they are not reported one by one")
        };
        finding.message.push_str(&format!(
            ". For this reason, {} {quotes} cited from it ({fact} {}) {are} not found in it; \
             {told}",
            facts.len(),
            names.join(", ")
        ));
    }
}

fn unused_sources(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let cited: HashSet<&str> = ctx
        .file
        .facts
        .iter()
        .flat_map(|f| f.sources.value.iter().map(|c| c.source.value.as_str()))
        .collect();
    for source in &ctx.file.sources {
        let id = source.id.value.as_str();
        if !cited.contains(id) {
            out.push(
                Finding::new(
                    Rule::UnusedSource,
                    source.pos,
                    format!("source `{id}` is declared but no fact cites it"),
                )
                .source(id),
            );
        }
    }
}

fn unknown_publishers(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for source in &ctx.file.sources {
        if source
            .publisher
            .value
            .trim()
            .eq_ignore_ascii_case("unknown")
        {
            let id = source.id.value.as_str();
            out.push(
                Finding::new(
                    Rule::UnknownPublisher,
                    source.publisher.pos,
                    format!("source `{id}` has no known publisher"),
                )
                .source(id),
            );
        }
    }
}

fn unsourced(fact: &Spanned<Fact>, out: &mut Vec<Finding>) {
    let id = fact.id.value.as_str();
    if fact.sources.is_missing() {
        out.push(
            Finding::new(
                Rule::Unsourced,
                fact.pos,
                format!("fact `{id}` cites no source"),
            )
            .fact(id),
        );
    } else if fact.sources.value.is_empty() {
        out.push(
            Finding::new(
                Rule::Unsourced,
                fact.sources.pos,
                format!("fact `{id}` cites no source: its `sources` list is empty"),
            )
            .fact(id),
        );
    }
}

fn unverified(fact: &Spanned<Fact>, out: &mut Vec<Finding>) {
    let verified = fact
        .verified_by
        .as_ref()
        .is_some_and(|v| !crate::text::is_blank(&v.value));
    if !verified {
        let id = fact.id.value.as_str();
        out.push(
            Finding::new(
                Rule::Unverified,
                fact.pos,
                format!("fact `{id}` has no `verified_by`: nobody has recorded checking it"),
            )
            .fact(id),
        );
    }
}

fn fact_after_source(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    cited: &[Option<usize>],
    out: &mut Vec<Finding>,
) {
    let Some(date) = &fact.date else { return };
    let mut latest = None;
    for &index in cited {
        let Some(index) = index else {
            return;
        };
        let source = &ctx.file.sources[index];
        // A source without a date might be later: nothing can be said.
        let Some(published) = &source.published else {
            return;
        };
        latest = latest.max(Some(published.value));
    }
    if let Some(latest) = latest
        && date.value > latest
    {
        let id = fact.id.value.as_str();
        out.push(
            Finding::new(
                Rule::FactAfterSource,
                date.pos,
                format!(
                    "fact `{id}` is dated {}, after every source it cites was published (the \
                     latest on {latest}): check the date and the citations; for an event the \
                     source announces or schedules, allow it with a reason",
                    date.value
                ),
            )
            .fact(id),
        );
    }
}

/// Distinct declared sources a fact cites, by their index.
fn distinct_sources(cited: &[Option<usize>]) -> Vec<usize> {
    let mut distinct: Vec<usize> = Vec::new();
    for &index in cited.iter().flatten() {
        if !distinct.contains(&index) {
            distinct.push(index);
        }
    }
    distinct
}

/// ", also cited as `b`, the same article" when the fact cites the source at `first` under
/// other ids too (`duplicate-source`).
fn also_declared(ctx: &Context<'_>, cited: &[Option<usize>], first: usize) -> String {
    let others: Vec<String> = distinct_sources(cited)
        .into_iter()
        .filter(|&i| i != first && ctx.same_as.get(i) == Some(&first))
        .map(|i| format!("`{}`", ctx.file.sources[i].id.value))
        .collect();
    if others.is_empty() {
        return String::new();
    }
    format!(
        " (also cited as {}, the same article: duplicate-source)",
        others.join(", ")
    )
}

fn single_source(
    ctx: &Context<'_>,
    fact: &Spanned<Fact>,
    cited: &[Option<usize>],
    support: &[Support],
    copies: &[Copy],
    out: &mut Vec<Finding>,
) {
    // One article declared twice (`duplicate-source`) is counted once.
    let article = |index: Option<usize>| index.map(|i| ctx.same_as.get(i).copied().unwrap_or(i));
    let stating: Vec<Option<usize>> = (cited.iter().zip(support))
        .map(|(&index, s)| article(index).filter(|_| s.states()))
        .collect();
    let distinct = distinct_sources(&stating);
    let id = fact.id.value.as_str();
    let articles: Vec<Option<usize>> = cited.iter().map(|&i| article(i)).collect();
    let others = distinct_sources(&articles).len() - distinct.len();
    let also = match others {
        0 => String::new(),
        1 => " (one more reports it hedged or as someone's claim)".to_owned(),
        n => format!(" ({n} more report it hedged or as someone's claim)"),
    };
    let message = match (distinct.as_slice(), &fact.claimed_by) {
        ([], _) if others == 0 => return, // unsourced or unknown-source says it
        ([], _) => format!("fact `{id}` rests on no source that states it{also}"),
        ([only], _) => format!(
            "fact `{id}` rests on one source, `{}`{}{also}",
            ctx.file.sources[*only].id.value,
            also_declared(ctx, cited, *only)
        ),
        (many, Some(claimant)) => format!(
            "fact `{id}` is reported by {} outlets that all relay one original source: {}",
            many.len(),
            claimant.value.trim()
        ),
        (many, None) if many.len() <= copies.len() + 1 => format!(
            "fact `{id}` is reported by {} outlets that run one copy: {}",
            many.len(),
            copied(ctx, copies)
        ),
        (_, None) => return,
    };
    out.push(Finding::new(Rule::SingleSource, fact.pos, message).fact(id));
}

/// "`b` runs the same copy as `a` (both read “...”)", for each copy.
fn copied(ctx: &Context<'_>, copies: &[Copy]) -> String {
    let id = |i: usize| ctx.file.sources[i].id.value.as_str();
    (copies.iter())
        .map(|c| {
            let why = match c.wire {
                true => format!("both carry the dateline \u{201c}{}\u{201d}", c.words),
                false => format!("both read \u{201c}{}\u{201d} around the quote", c.words),
            };
            format!(
                "`{}` runs the same copy as `{}` ({why})",
                id(c.source),
                id(c.of)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
