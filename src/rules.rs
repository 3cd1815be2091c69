//! The table of rules: each rule's stable name, severity, one-line summary and explanation.
//! The checks themselves live in `check`; `explain` and the docs read this table.

use serde::{Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// Worth knowing, never a failure: counted in the summary, listed with `--verbose`.
    Info,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    InvalidYaml,
    DuplicateId,
    Unsourced,
    UnknownSource,
    SourceFileMissing,
    SourceFileOutside,
    SourceHashMismatch,
    SourceIsHtml,
    QuoteNotFound,
    MissingQuote,
    NumberNotInQuote,
    FigureNotInQuote,
    QuotationNotInQuote,
    SummaryUnsupported,
    LinkUnknown,
    UnusedSource,
    Unverified,
    AllowUnused,
    UnknownPublisher,
    DuplicateSource,
    HedgeDropped,
    ClaimUnattributed,
    AttributionCut,
    NegationCut,
    QuoteAmbiguous,
    InvisibleCharacter,
    FactAfterSource,
    DateMismatch,
    DateUnsupported,
    DateOrder,
    YearNotInQuote,
    StatementDateUnsupported,
    SingleSource,
}

/// What a rule's findings are about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The file as a whole.
    File,
    /// A source.
    Source,
    /// A fact (or one of its citations): only these can be allowed by the fact.
    Fact,
}

pub struct RuleInfo {
    pub rule: Rule,
    pub name: &'static str,
    pub severity: Severity,
    pub scope: Scope,
    /// What the rule checks, in one line.
    pub summary: &'static str,
    /// Why it matters and how to fix a finding.
    pub explanation: &'static str,
}

pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        rule: Rule::InvalidYaml,
        name: "invalid-yaml",
        severity: Severity::Error,
        scope: Scope::File,
        summary: "the facts file is not YAML, or does not fit the facts format",
        explanation: "factsheet reads facts.yaml strictly: a misspelt key (`souces:`) or a date \
            that does not exist would otherwise drop a fact or a source without a word. The \
            finding points at the offending node and says what was expected there. Fix the \
            spelling, the type or the value; unknown fields name the nearest known one. A \
            blank text field (`location: \"\"`) would show as an empty place: give it a value, \
            or remove an optional one (a blank `quote` is no quote: `missing-quote`). \
            `briefing.key_figures` must list ids of facts that have a `figure`, each once (an \
            unknown id names the nearest fact id): a briefing must not quietly lose a figure \
            that was chosen to lead it.",
    },
    RuleInfo {
        rule: Rule::DuplicateId,
        name: "duplicate-id",
        severity: Severity::Error,
        scope: Scope::File,
        summary: "two facts, or two sources, share an id",
        explanation: "Ids are how citations, links in the briefing and findings name a fact or \
            a source; two with one id make every reference to it ambiguous. The finding points \
            at the second one and names the line of the first. Rename one of them.",
    },
    RuleInfo {
        rule: Rule::Unsourced,
        name: "unsourced",
        severity: Severity::Error,
        scope: Scope::Fact,
        summary: "a fact cites no source",
        explanation: "A briefing must let its reader trace every sentence to an article. A fact \
            without `sources`, or with an empty list, cannot be traced. Add a citation with \
            `source:` (a declared source id) and `quote:` (the article's own words).",
    },
    RuleInfo {
        rule: Rule::UnknownSource,
        name: "unknown-source",
        severity: Severity::Error,
        scope: Scope::Fact,
        summary: "a citation names a source id that is not declared",
        explanation: "Each citation's `source` must be the id of an entry under the top-level \
            `sources:`. Usually the id is misspelt (the message names the nearest declared id), \
            or the source was never declared: add it with its title, publisher and file.",
    },
    RuleInfo {
        rule: Rule::SourceFileMissing,
        name: "source-file-missing",
        severity: Severity::Error,
        scope: Scope::Source,
        summary: "a source's file does not exist or is not a readable UTF-8 text file",
        explanation: "Quotes are verified against the source's `file`; if it cannot be read, \
            none of them can be. Check the path (it is relative to the folder that holds \
            facts.yaml), that the file is there and readable, and that it is plain UTF-8 text. \
            Only regular files are read: a folder, a pipe or a device is refused, and so is a \
            file over 256 MB, and a facts file (its quotes are written in it, so each would be \
            found in it).",
    },
    RuleInfo {
        rule: Rule::SourceFileOutside,
        name: "source-file-outside",
        severity: Severity::Error,
        scope: Scope::Source,
        summary: "a source's file lies outside the folder that holds the facts file, or in .git/",
        explanation: "A fact base must stand alone and must not be able to read files elsewhere \
            on the machine that checks it (a CI runner, a colleague's laptop). Absolute paths, \
            `..` that leaves the folder and links that point out are refused and the file is \
            not read; so is anything in `.git/`, where a CI checkout keeps its token. Copy the \
            article into the project (under `sources/`) and cite that copy.",
    },
    RuleInfo {
        rule: Rule::SourceHashMismatch,
        name: "source-hash-mismatch",
        severity: Severity::Error,
        scope: Scope::Source,
        summary: "a source's sha256 does not match its file",
        explanation: "`sha256` pins the exact bytes that the quotes were checked against; a \
            mismatch means the article file changed since. Compare it with the original. If the \
            change is intended, `factsheet pin ID` writes the file's new hash into `sha256` \
            (changing only that line), or put the hash shown in the message there by hand.",
    },
    RuleInfo {
        rule: Rule::SourceIsHtml,
        name: "source-is-html",
        severity: Severity::Error,
        scope: Scope::Source,
        summary: "a source's file is a saved web page (HTML) or news feed (XML), not the article's text",
        explanation: "Quotes are checked against the article's text. A saved web page holds \
            the text among tags, entities (`&rsquo;` for an apostrophe) and the site's menus, \
            links and comments, so a quote copied from the article as a reader sees it is not \
            found, and a quote found there may be a menu's words. A news feed saved as XML \
            (RSS or Atom: its root is `<rss>`, `<rdf:RDF>` or `<feed>`) holds the article as \
            markup too, often escaped (`&lt;p&gt;`), and is flagged the same way. The file is \
            recognised by its content (it starts with `<!doctype html>` or `<html>`, or is \
            mostly tags, or is a feed), whatever its name. `factsheet add-source PAGE` (a page, \
            or a feed of one item) extracts the article's text into \
            `sources/ID.txt` and adds its source entry; cite that source instead, or point this \
            source's `file` at the new text. The quotes not found in the page are counted in \
            this one finding rather than reported one by one, since they have this one cause.",
    },
    RuleInfo {
        rule: Rule::QuoteNotFound,
        name: "quote-not-found",
        severity: Severity::Error,
        scope: Scope::Fact,
        summary: "a quote does not occur in its source's file",
        explanation: "A quote must be the article's own words, so the reader can find them. \
            Matching ignores differences of white space, curly and straight quotes, and dashes; \
            `...` stands for left-out words. Everything else must be as the article has it, \
            typos included. The message shows the closest passage of the file and which words \
            differ, and says when the quote is in another declared source instead.",
    },
    RuleInfo {
        rule: Rule::MissingQuote,
        name: "missing-quote",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "a citation of a source that has a file gives no quote",
        explanation: "When the article is on file, the quote is what proves that it supports \
            the fact. Add `quote:` with the words of the article that carry the statement.",
    },
    RuleInfo {
        rule: Rule::NumberNotInQuote,
        name: "number-not-in-quote",
        severity: Severity::Error,
        scope: Scope::Fact,
        summary: "a number in the statement occurs in none of its quotes",
        explanation: "Numbers are where transcription slips hide (182 written for 128), and a \
            statement with a wrong number is wrong until someone says why. Every number of the \
            statement must occur, as a value, in one of the fact's quotes: `1,597` equals \
            `1597`, `1.4 million` equals `1400000`, `one million` equals `1 million`, `2%` \
            equals `2 per cent`; an amount in one currency is not the same amount in another \
            (`€1.35` is not `$1.35`), nor a quantity in one unit the same in another (`40 \
            miles` is not `40 kilometres`, `12 months` not `12 years`, `46C` not `46F`), \
            nor `£12` the same as `12p`; `Rs 5 crore` is 50 million. A change keeps its \
            direction: \"rose 5%\" for the quote's \"fell 5%\" is \
            caught, as is where a change went said the other way (\"rose to $610 million\" \
            for \"fell to $610 million\", \"widened to\" for \"narrowed to\"), a change whose \
            start and end are swapped (\"fell from 540 to 310\" for \"rose from 310 to 540\"), \
            and a result on \
            the other side of an estimate (\"missed analysts' estimate of $4.05 billion\" for \
            \"beating\" it), and so is `tripled` for `doubled` (\"rose 100%\" is `doubled`), \
            and a change \
            by the number that the quote gives as where the change went (\"fell 7.5%\" for \
            \"narrowed ... to 7.5%\"), and the number given as another measure of the same \
            thing than the words next to it in every quote that gives it: median or average, \
            real or nominal, gross or net, operating, pre-tax or net profit, revenue or profit, \
            seasonally adjusted or not, and what a change is counted from (\"from the previous \
            quarter\" for \"from a year earlier\", \"quarter on quarter\" for an annualised \
            rate); a quote that names no measure of that kind lets it be. A time of \
            day is one in either notation (`11.30am` is `11:30am`), and it gives no count; nor \
            does a label (`Boeing 737`, `No. 10`, `Article 5`, a phone number, a score `3-1`), \
            which gives only itself; the number of a name that a cited article writes \
            (\"the Pocket 3\") is no count. A number the quote says in words is given: \
            \"one year\" by \"a single year\", \"two goals\" by \"scored twice\", \"ten \
            years\" by \"a decade\", \"0-0\" by \"a goalless draw\", \"third\" by \
            \"took bronze\", \"first preferences\" by \"first-preference\", a race's \
            `2:17:22` by \"2 hours, 17 minutes, 22 seconds\", and a fraction that a part of a \
            whole makes exactly (\"a third\" by \"six of the council's 18 seats\"); \
            a race's `3:48` by \"3 minutes 48 seconds\" and \"2 hours 2 minutes 27 \
            seconds\" by `2:02:27`, \"four decades\" by \"40 years\", \"all but one of the \
            38\" by \"37 of the 38\", \"in 14 years\" by \"since 2008\" in a source \
            published (or a fact dated) in 2022 (within a year; two with a qualifier: \"nearly \
            three decades\" by \"since 1994\"), and a share of \"Of the 2,100 surveyed, 1,050 said ..., \
            and 420 said ...\" (\"about half\" of \"Of the estimated 400,000 ..., about \
            200,000\"); `2.25 percentage points` are `225 basis points`; and \"the middle \
            one\" is a pronoun. Years and the digits of dates are not checked, both days \
            of a stretch (\"17-18 February\", \"February 17 to 18\") among them; nor is a \
            number past a possessive read as a change (\"lost its last 750 kV line\"), nor the \
            length of a period the quote gives in other words (\"in the 12 months to March\" \
            for \"in the year to March\", \"over 24 hours\" for \"in the past day\"). Quote the \
            words that give the number, or, when the statement converts or adds up numbers on \
            purpose (\"550 km, that is 340 miles\"), add an `allow` entry with the reason.",
    },
    RuleInfo {
        rule: Rule::FigureNotInQuote,
        name: "figure-not-in-quote",
        severity: Severity::Error,
        scope: Scope::Fact,
        summary: "a figure's value occurs in none of the fact's quotes",
        explanation: "The key-figures panel is the first thing a reader sees, so its numbers are \
            held to the quotes as the statement's are: the figure's `value` must occur, as a \
            value, in one of the fact's quotes (`5700000` is \"5.7 million\", `1597` is \
            \"1,597\", `1000000` is \"one million\"). A figure of 57,000,000 against \"nearly \
            5.7 million\" is a slip of the zeros. A fraction in words gives the values that \
            round it, as a percent or a share: `33`, `33.3` or `0.333` for \"a third\", `67` \
            for \"two-thirds\"; `2.5` is \"2½%\". A label that gives the value's scale \
            (\"Net profit (million euros)\", not a rate \"per million\") counts it in that \
            many: `412` is \"412 million\". Correct the value, quote the words that give \
            it, or, for a deliberate conversion, add an `allow` entry with the reason.",
    },
    RuleInfo {
        rule: Rule::QuotationNotInQuote,
        name: "quotation-not-in-quote",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "words the statement puts in quotation marks occur in none of its quotes",
        explanation: "Words in quotation marks tell the reader that someone said exactly them, \
            so a statement's quotation (`the mayor called it \u{201c}a grave crime\u{201d}`) \
            must stand in one of the fact's quotes, as a quote stands in its source: a word \
            changed, added or remembered wrongly is a misquotation however close it reads. \
            Quotation marks, dashes, white space and case aside; an ellipsis (`...`) or words in \
            square brackets (`[the city]`) may stand for words left out (the words on either side \
            may come from two quotes), and the punctuation \
            around a quotation (`called it \"final.\"`) is not compared. A pair of marks \
            (“…”, „…“, «…», \"…\", ‘…’, '…') makes a quotation; an apostrophe (`Russia's`, `the \
            soldiers' homes`) does not, nor a single letter in quotation marks, nor a cited \
            source's title. Not checked when a quote comes from a source whose `language` (or, \
            without one, the language told from its text) is not English: the quotation may \
            then be a translation. Quote the source's words \
            that the statement quotes, take the quotation marks away if the words are the \
            briefing's own, or add an `allow` entry with the reason (a name in quotation \
            marks, say).",
    },
    RuleInfo {
        rule: Rule::SummaryUnsupported,
        name: "summary-unsupported",
        severity: Severity::Warning,
        scope: Scope::File,
        summary: "a number in the briefing's summary that no fact gives",
        explanation: "The summary is the part most readers read, and it is written by hand, after \
            the facts. Every number in it must be given, as a value, by some fact's statement or \
            figure (which the quotes back): \"seven days\" in the summary needs a fact that \
            says seven days. Correct the summary, or add the fact that gives the number.",
    },
    RuleInfo {
        rule: Rule::LinkUnknown,
        name: "link-unknown",
        severity: Severity::Warning,
        scope: Scope::File,
        summary: "a link of the summary or a statement to a fact or source that the file does not have",
        explanation: "The briefing gives each fact the anchor `#fact-` and its id, and each \
            source `#source-` and its id, so that the summary and statements can link to them \
            (`[the capture](#fact-kherson-taken)`). A link to an id the file does not have \
            leads nowhere, and a reader who follows it is left where they were. The rule reads \
            the links of the summary and of every statement that start with `#fact-` or \
            `#source-` (other anchors are the templates' own) and fires when no fact or \
            source has the id. Correct the id, or remove the link.",
    },
    RuleInfo {
        rule: Rule::UnusedSource,
        name: "unused-source",
        severity: Severity::Warning,
        scope: Scope::Source,
        summary: "a declared source that no fact cites",
        explanation: "A source in the list that no fact cites makes the briefing look better \
            sourced than it is. Cite it from the facts it supports, or remove it.",
    },
    RuleInfo {
        rule: Rule::Unverified,
        name: "unverified",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "a fact without `verified_by`",
        explanation: "`verified_by` records who checked the fact against its sources by hand. \
            Check it, then add your name or initials (and `verified_on`, the date).",
    },
    RuleInfo {
        rule: Rule::AllowUnused,
        name: "allow-unused",
        severity: Severity::Warning,
        scope: Scope::File,
        summary: "a fact's `allow` entry that accepts no finding: its rule finds nothing in the fact",
        explanation: "An `allow` entry says that a finding was looked at and accepted, with its \
            reason. Once the fact changes (its quote corrected, the number put back), the rule \
            finds nothing there and the entry, left in place, would silently accept a new and \
            different finding of the rule later. Remove the entry. A rule that `factsheet.toml` \
            turns off is not counted: its entries wait for it.",
    },
    RuleInfo {
        rule: Rule::UnknownPublisher,
        name: "unknown-publisher",
        severity: Severity::Warning,
        scope: Scope::Source,
        summary: "a source whose publisher is `unknown`",
        explanation: "Readers weigh a claim by who published it. `unknown` is allowed where the \
            publisher truly cannot be established, and this warning keeps that visible. Put \
            the publisher's name once it is known.",
    },
    RuleInfo {
        rule: Rule::DuplicateSource,
        name: "duplicate-source",
        severity: Severity::Warning,
        scope: Scope::Source,
        summary: "two sources are one article: the same url, or the same text on file",
        explanation: "Corroboration counts articles, not entries: the same page added twice \
            (under two ids, or saved twice) would make a fact that cites both read \"2 \
            sources\". Two sources are one article when their `url`s are the same (compared \
            without the scheme's http/https, the host's case, a default port, a trailing slash, \
            the #fragment and tracking parameters such as utm_source) or their files hold the \
            same text (after the normalisation quotes are matched with). The finding is at the \
            later one and names the earlier; `single-source` and the briefing count the pair \
            once. Remove the later source and cite the earlier; if they truly are two articles \
            (a page whose address changed to another story), correct the `url` or the file.",
    },
    RuleInfo {
        rule: Rule::HedgeDropped,
        name: "hedge-dropped",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "the quotes qualify a figure or claim and the statement states it flatly, or turns the qualifier around",
        explanation: "\"At least 660,000 individuals have already left\" must not become \
            \"660,000 people left\": the qualifier is part of what the source knows. The rule \
            fires when every quote that gives a number puts a qualifier before it (at least, \
            nearly, about, more than, up to, as much as, almost, around, over, estimated at, ...; \
            in a German, French, Spanish, Russian, Ukrainian or Arabic quote also its own \
            words: mindestens, au moins, al menos, не менее, щонайменше, أكثر من, ...; for a \
            quote that starts \
            with the number, the one its sentence puts right before the quote) and the \
            statement gives the number bare, or when every quote hedges the claim (reportedly, \
            allegedly, presumably, is said to, seemed to, appearing to, has not confirmed, \
            has yet to confirm, ...; in a quote of another language also its own words: \
            предположительно, по предварительным данным, ймовірно, нібито, vermutlich, \
            angeblich, non confirmées, presuntamente, presumibilmente, alegadamente, rzekomo, \
            naar verluidt, údajně, iddiaya göre, enligt uppgifter, ...; in the quote, or ending the words right before it: could reach, may \
            have, may or might or could with any verb (\"may slow\"; \"May\" the month \
            or a name is none, and a statement that keeps can or able to keeps a leave or \
            ability), possibly, is thought to, is expected to (\"is expected\" in any form), \
            anticipates, had forecast with what it forecast after it, is forecast to, \
            predicted that (not \"the forecast of 2.8%\", nor \"above the 1.8% economists \
            had forecast\"), plans to, aims to, intends to, seeks to, hopes to, scheduled to, \
            is set to (kept by \"will\"), I think, I believe, are often, is usually, \
            something like, as far as we are aware, to our knowledge, provisionally, reported \
            missing, estimated, ...; or a question \
            opened right before it: asked whether, asked if) and the statement neither hedges nor \
            attributes it (the speaker's own doubt, as in could, might, is likely to, \
            probably, is expected to, must stay in a statement that attributes the claim, \
            and I think or I believe in one that gives it as a view: argues, contends, in \
            X's view, \
            though \"could not reach\" and \"could hear\" are no doubt; a statement that says may, could, likely, expect, ... keeps a doubt of its own), or \
            when every quote calls what it counts suspected, alleged, \
            unconfirmed, probable or presumed (\"3,218 suspected cases\", also with the word \
            just outside the quote) and the statement drops the word, or when every quote's \
            sentence (or the next: \"These figures are provisional.\") calls its figures \
            preliminary or provisional (\"though the figures are \
            preliminary\", \"preliminary results\"; not \"a preliminary hearing\") and the \
            statement drops the word. A kept qualifier (\"more than 20,000\") does not keep \
            \"could not be independently verified\". Put the qualifier back into the \
            statement. A figure is held to the same: when every quote \
            qualifies its number, give the figure the `qualifier` (nearly, at least, ...), so \
            the key-figures panel shows \"nearly 550\", not a flat 550. A qualifier turned \
            around is worse than one dropped: a statement or figure that bounds the number from \
            the other side than every quote (\"more than 100\" for \"fewer than 100\", `at \
            least` for \"as many as\", \"over 60\" for \"just under 60\") is found too. A range \
            is a hedge too: a statement that gives one end of a range that every quote gives \
            (\"4,000\" for \"3,000-4,000\", \"$12 billion\" for \"ranged from $8 billion to \
            $12 billion\", \"400 millimetres\" for \"250 to 400 millimetres\", \"3 metres\" \
            for \"from 2 to 3 metres\"; not \"rose from 10 to 20\" nor \"fell 12p to 340p\") \
            drops it, and so does a figure without `qualifier` that gives one \
            end (15 for \"10-15%\": add `qualifier: up to`). \"over\" before a stretch of time \
            or a contest is no hedge (\"nine hours over two days\", \"over three rounds\"), \
            except after a word of lasting or a margin (\"lasted over 10 days\", \"for over \
            two hours\", \"won by over two minutes\"); \
            \"more than doubled\" is qualified as \"more than 300\" is, and \"climbed past \
            80\" or \"topped 80\" as \"more than 80\". A part is a hedge \
            too: when every quote takes a part of what it speaks of (parts of, part of, some, \
            several, many, most, much of, a number of, a few, half of, one of the largest) and \
            the statement gives the words after it without (\"the Kherson region\" for \
            \"parts of the Kherson region\", \"All hospitals\" for \"Some hospitals\", \"the \
            largest\" for \"one of the largest\" or \"among the largest\"), it states of the whole what the quote says of \
            a part; a statement with a part of its own (the majority of, among, 50% of, \
            three) keeps it, and \"as part of the deal\", \"some 40\", \"most likely\" take no \
            part. So is a ranking widened: when every quote limits a superlative or a \
            first to a stretch of time (\"the highest since 2008\", \"its weakest in 24 \
            years\", \"the deadliest this year\", \"for the first time in a decade\"; not \
            \"since records began\" nor \"on record\"), to a rank below first (\"the \
            second-largest\") or to a place (\"the fastest in Europe\", \"Europe's \
            biggest\"), and the statement gives it without the limit (\"a record\", \"an \
            all-time high\", \"the highest ever\", \"in history\", \"the largest\", \"for the \
            first time\", \"the world's\") and with none of its own (\"in 14 years\", \"since \
            the war began\", \"this year's\", second, among, Europe's), it widens what the \
            quote ranks. \
            So is a subgroup's figure stated as the whole's: a share or rate that \
            every quote gives to a part of a group (after among, \"40% of voters under 30\"; \
            or with a word of age, sex, place, size, work or standing: \"40% of young \
            voters\", \"turnout in rural districts\", \"the jobless rate for black \
            workers\", \"youth unemployment\"), or a count that a part of a group gives \
            (\"small businesses cut 12,000 jobs\"), and the statement gives without it \
            (\"40% of voters\", \"turnout\", \"businesses cut 12,000 jobs\"), with no \
            \"among\", no word of the same kind (\"young voters\" for \"voters aged 18 to \
            24\", \"female\" for \"among women\", \"five-year-olds\" for \"children aged \
            5\") and no number of its own (\"over 65\", \"older than 65\"); \
            a nation, region or party (\"Ukrainian respondents\", \"among Democrats\"), \
            \"registered\" or \"likely\" voters, which name a poll's whole sample as often \
            as a part, \"among the dead\", and a size of the number's own (\"small gains of \
            0.5%\", \"12,000 small businesses\") take no part. So is a rate: a number that \
            every quote gives per a stretch of time (\"500 \
            people a day\", \"Each month, ... 400,000\", per week, annually, ...; not \"a day \
            after\", \"in a day of fighting\") and the statement gives without a rate of that \
            stretch (\"500 people\") states a rate as a count, and so does one that every \
            quote gives per head of population (\"85 cases per 100,000 people\", per capita; \
            not \"per cent\") and the statement gives without per, rate or incidence. A \
            statement that gives the number over another period than every quote (\"in the \
            past week\" for \"in the past day\", \"over a week\" for \"over 24 hours\", \
            \"weekly\" for \"daily\"; \"24 hours\" is a day, \"a week after\" no period) \
            gives it over another period. So is a \
            running total: a \
            number that every quote gives as a total so far (\"A total of 1,240\", \"So far, \
            312\", \"To date\", \"Cumulatively\", \"bringing the total to\", \"312 civilians \
            have been killed since October\") and the statement gives as new (\"1,240 new \
            cases\") or of one stretch of time after it (\"on Tuesday\", \"in the past week\", \
            \"last month\", \"in July\"), with no word of a total (total, so far, to date, \
            since, as of, \
            ...), states a total as the count of one stretch; \"So far on Tuesday, 40\" is \
            Tuesday's. So is what is meant, promised, asked for or needed stated as done: a \
            number that every quote gives within a few words of pledged, promised, vowed, \
            seeks, requested, appealed, ordered, target, need, intends, plans or aims (\"donors \
            pledged $1.2 billion\", \"ordered the evacuation of 12 villages\", \"3.1 million \
            people are in need\"; not past \"and\" or a comma, and not \"targeted\", which in \
            war news is what was struck) and a statement with no such word in any form \
            (promised, is seeking, committed, need, could, will, ...; an appeal's size, \"the \
            $2.63bn appeal\", keeps it too) gives as done (\"Donors gave $1.2 billion\", \"12 \
            villages were evacuated\"). So is a charge stated as a \
            verdict: every quote gives a charge (charged, accused, indicted, arrested, \
            alleged), no quote nor its sentence a verdict (convicted, guilty, sentenced, \
            acquitted, \"if convicted\"), and the statement gives one (\"was convicted of \
            fraud\", \"found guilty\"); and so is an arrest stated as a charge: every quote \
            gives an arrest (arrested, detained, on suspicion of, questioned, in custody), no \
            quote nor its sentence a charge (charged, indicted, \"without charge\"), and the \
            statement says \"charged\" or \"indicted\". So is a stage of an agreement or a \
            law stated as a later one, when no quote nor its sentence speaks of the later: \
            \"signed\" for \"agreed in principle\", \"initialled\" or \"a draft\", \
            \"ratified\" for \"signed\", \"passed\" for \"proposed\" or \"a bill\" (not \
            \"must be ratified\" or \"is expected to pass\"), and \"signed an agreement\" \
            for \"signed an agreement in principle\". So are people hurt, missing, held or \
            moved stated as dead (\"killed\" or \"died\" for injured, wounded, missing, \
            evacuated, captured, detained, ...: \"139 remain missing\" stated \"139 \
            died\"), and an association stated as a cause (\"causes\", \"led to\" or \
            \"prevents\" for associated, linked, correlated or coincided), when no quote nor \
            its sentence speaks of a death or a cause, \"associated\", \"linked\" or \
            \"correlated\" follows a form of \"be\" (not \"militants linked to IS\"), the \
            statement has not the quote's word too, and the two are said of the same thing (a word in common near each: \
            \"miners were injured\", \"miners were killed\"; for a cause, in what follows). \
            So is a finding in animals or cells stated of everyone: every quote says what was \
            found \"in mice\" (rats, animals, cells, in vitro, ...), and the statement gives \
            the word before that \"in\" (\"memory loss\") with no word of the animals, \
            the lab or a study. So is a forecast stated as done: a quote says what will be \
            (\"will be repaired\", \"will reopen\"; \"would\" only after a word that \
            reports it, \"officials said the bridge would be repaired\", not the narrator's \
            \"Kherson would fall two days later\") and the statement gives the same verb as \
            done (\"was repaired\", \"reopened\", \"has cut\") with no word that keeps it \
            to come (will, would, expected, plans, due, scheduled, ...), unless a quote gives \
            that word as done too (\"rose 5% and will rise further\"). So is a condition \
            dropped: every quote gives the clause the statement gives (half its longer words, \
            two at least) on a condition, in the quote or opening the words of its sentence \
            right after it (unless, only if, provided that, as long as, on condition that; \
            \"if\" after a clause with will, would, could, can, may, ... and not after \
            \"asked\", \"even\", \"as\", \"unclear\", nor in \"if any\"; pending, subject \
            to, conditional on, contingent on, depending on after a comma: \", pending approval \
            by parliament\", not \"cases pending before the court\"), and the statement has \
            no condition nor doubt of its own (if, unless, pending, subject, provided, only, \
            once, when, until, could, may, might). A question asserts \
            nothing: a statement that gives as fact the words of quotes whose sentences all \
            ask (\"Is the economy in recession?\", `\"Will you raise taxes?\" the host \
            asked`) is found, unless it asks too or says who asks or what is asked \
            (\"whether\"), or gives the claim the question relays to whom the question \
            gives it (\"Reports say ...\" for \"Can you confirm reports that ...?\"); \
            \"..., the minister said\" or \"Miller confirmed ...\" makes an answer of it. \
            Quote the answer instead.",
    },
    RuleInfo {
        rule: Rule::ClaimUnattributed,
        name: "claim-unattributed",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "every quote attributes the claim to someone and the fact has no `claimed_by`",
        explanation: "When the sources only report what someone said (\"X said\", \"according to \
            X\", \"X claims\", \"X alleged\", \"X tells us that\", \"the Crown's case is \
            that\"; in a quote of another language also its own words: заявил, по данным, \
            повідомив, за словами, selon, a déclaré (also after its subject: \
            a-t-il déclaré), laut, sagte, teilte ... mit, según, dijo, وقال, بحسب, \
            secondo il, ha detto, segundo a, disse, według, powiedział, volgens, zei, podle, \
            uvedl, açıkladı, söyledi, enligt, uppger; not \"secondo\" or \"segundo\" of a \
            rank, a plan or a law followed (\"volgens plan\", \"podle zákona\"), \"säger \
            upp\" (lays off), \"uvedla na trh\" (launched); \
            not \"according to preliminary data\", a document, nor \"say sorry\" or \
            \"I would say\", nor a correction's \"An earlier version of this article said\" \
            for a statement that tells of the correction: \"corrected an earlier version\"), \
            the fact is X's claim, not established fact, and \
            the briefing must say whose. Add `claimed_by` with the original claimant (the same \
            spelling on every fact, so corroboration can be counted); if another source states \
            it as fact, cite that one too. A noun that ends its phrase gives the claim to no \
            one (\"based on obituaries and regional news reports, and ...\"), where \"reports of \
            shelling\" and \"reports say\" do. What a survey's respondents answered \
            (\"18% of respondents said\", \"those polled said\") is its finding, not their \
            claim. A `claimed_by` must name someone: \"and\", \
            \"has\", \"its mayor has\", \"he\" or \"an earlier statement\" (words cut from \
            around a verb of saying) are found too, though an acronym (\"WHO\", \"US\") is a \
            name; and so must it name whom the quotes give the claim to: a \
            `claimed_by` of \"Ukraine's General Staff\" for a quote that \"Igor Kolyhav, the \
            mayor of Kherson, confirmed\", from an article that never names the General Staff, \
            puts the words in another's mouth. A claimant the article names anywhere (in any \
            spelling: Kolykhaiev, Kolyhav), or any claimant of an article in another language \
            than English (its `language`, or the one told from its text; the name may be a \
            translation: \"the UN\" for \"ООН\"), is \
            let be, as \"the lawyer\" or \"he\" may be them, \
            and so is the article's own publisher or author (ISW's gloss on what Peskov \
            claimed is ISW's), and so is a sentence that gives the claim to a place or one \
            name alone (\"Kyiv \
            said\").",
    },
    RuleInfo {
        rule: Rule::AttributionCut,
        name: "attribution-cut",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "the quote's sentence gives it to someone in words the quote leaves out, and the fact does not say whose it is; or its ellipsis joins someone's words to another sentence",
        explanation: "A quote can be exact and still unfaithful: \"Russian forces have taken \
            Kherson\" cut from \"..., according to media reports citing Russia's defence \
            ministry\" turns a claim into a fact. The rule reads the sentence the quote falls \
            in and fires when the words the quote leaves out attribute it (\"according to X\", \
            \"X said\", \"citing X\", \"X reported\", \"reports X\", \"X claimed\", \"X stated \
            that\"; around quoted speech any verb that frames it: `\"...,\" the army tweeted`, \
            `Petrov added: \"...\"`, `the post read`) while the \
            fact has no `claimed_by` and its statement names no one nor says where it comes \
            from (\"according to preliminary results\", \"The IMF expects\", \"Traders see \
            a 90% chance\"); a short clause \
            that closes the sentence after a clause of its own (\"... but have not been \
            charged, according to a person familiar with the matter\") gives it the whole \
            sentence; a semicolon closes the \
            clause a verb before it gives to someone; a verb after the quote \
            that goes on with a clause of its own (\", said they were afraid\", \"a shift that \
            economists said could add\") says that clause, and \"citing\" a reason (\"citing \
            the company's cooperation\") names no source, nor does \"according to\" a \
            document alone (\"preliminary data\"), nor a passive whose agent is a process \
            or evidence (\"confirmed by laboratory testing\", \"by satellite images\"), so a \
            statement that keeps those words alone says no one's name, nor a clause of time (\"two months after \
            the company announced\"), \"say sorry\" or \"I would say\". A quote that is only \
            the subject of the verb after it (\"|the EU's Copernicus service| said on \
            Friday\") names who says, not what, asides of the name and all (\"|Frédérique \
            Ries, a Belgian MEP|, said\"); a name with its asides is the writer's even inside \
            what someone said (\"Prosecutors said |Hendrik Vos, 61|, accepted\"), and so is \
            a second verb of who reports a noun (\"X reported a 9% fall in profit, |and cut \
            its outlook|\"); after an attribution set off by commas after \
            what it reports, a clause of circumstance (\", officials said, |as rescuers \
            searched ...|\", \"amid\", \"while\") or a ranking of the event (\"|in one of the \
            deadliest attacks|\") is the writer's, not a motive or cause (\"in response to\", \
            \"after being shot\"). The message quotes the \
            words left out. Quote them too, add `claimed_by` with the original claimant, or say \
            whose it is in the statement. It fires too, whatever the fact says, when the \
            quote's ellipsis joins words that give a claim to someone (\"officials said on \
            Monday. ...\") to words of another sentence (\"... 300 people were evacuated\"), \
            which the source does not give to them, unless that sentence is quoted speech that \
            goes on from the one before. Quote the sentences apart.",
    },
    RuleInfo {
        rule: Rule::NegationCut,
        name: "negation-cut",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "the source turns the quote around in words the quote leaves out (not, never, denied that, were promised), or the statement drops the quote's own \"not\" or gives its act to the other party",
        explanation: "A quote can be exact and say the opposite of its source: \"able to say that \
            the missing are dead\" cut from \"We are not yet able to say that the missing are \
            dead\", \"his party had ... been defeated\" skipping \"not\", \"the dam was poorly \
            maintained\" cut from \"The government has denied that the dam was poorly \
            maintained\". The rule reads the words right next to the quote and at its \
            ellipses: a negation (not, never, -n't; over \"yet\", \"immediately\" and the like), \
            a denial (denied that, rejected claims that, \", the ministry denied\", or a next \
            sentence that opens \"Ukraine's military denied the claim\"), a refusal \
            or failure (\"declined to\", \"failed to\", \"unable to\"), a negated assent or \
            saying (\"it is not true that\", \"do not accept that\", \"did not rule out\", \
            \"We cannot say that\"; \"did not say \
            whether\", \"did not say how many of\", \"I have not decided whether\" and \"too \
            early to say whether\" for a statement that says it was said), a \
            falsehood (\"untrue that\"; \"were false\" or \"is not true\" after the quote), \
            a correction (\"An earlier version of this article said that\", \"misstated\") \
            or a promise (\"were promised\"). Idioms that keep the meaning (\"not only\", \"whether or \
            not\", \"if not\") and negations of another clause are let be, and so is a \
            statement that has the word or a negation of its own, or that reports the claim \
            as that of its `claimed_by`, who is not the one who denies it (\"The ministry \
            claimed ...\" for \"..., Russia's defence ministry claimed, a claim that Kyiv \
            disputed\": that the ministry claimed it stays true). The other way round is \
            found too: a statement without a negation or denial that gives the words a \
            denial of the quote's own denies (\"A children's hospital in the city was hit\" for \
            \"Moscow denied that a children's hospital in the city was hit\"), or that has the \
            quote's words on either side \
            of its \"not\" side by side (\"was nearly enough\" for \"was not nearly enough\", \
            \"had been consulted\" for \"hadn't been consulted\", \"pleaded guilty\" for \
            \"pleaded not guilty\", \"found a clear error\" for \"found no clear error\", \
            \"is operating\" for \"is no longer operating\"), the \
            verb in another form (\"conceded\" for \"did not concede\", \"confirmed the cause\" \
            for \"have not confirmed the cause\", \"won\" for \"did not \
            win\", \"ruled out\" for \"can't rule it out\", \"named the individuals\" for \
            \"did not name any individual\"), a \"Not\" that opens a clause (\"was found \
            guilty\" for \"THE FOREMAN: Not guilty.\"; the clerk's \"guilty or not guilty?\" \
            says neither) or what a negated \
            belief says (\"said it was a penalty\" for \"I don't think it was a penalty\"); \
            not a verb the statement negates in its own way (\"without mentioning Odesa\" \
            for \"did not mention Odesa\", \"was unable to verify\" for \"could not \
            verify\"). So is a statement that gives the quote's act to the other party, read \
            from the clause's grammar (its verb, subject and object, a passive's \"by\" \
            agent, a party after \"from\", \"against\" or \"at\", who says so): \"Ukraine \
            shot down 35 Russian drones\" for \"Russian air defences shot down 35 Ukrainian \
            drones\", \"Russian forces retook the village\" for \"Ukrainian forces retook \
            the village from Russian troops\", \"The rebels attacked government troops\" for \
            \"The rebels were attacked by government troops\", \"Hamas said Israel fired\" \
            for \"Israel said Hamas fired\"; a country, its people and its capital are one \
            party (\"Moscow's air defences\", \"Kyiv's forces\"), a passive with or without \
            its doer keeps the roles, and a pronoun, two parties joined by \"and\", the verb \
            twice or a mutual act (\"met\", \"exchanged\") say nothing. Quote the words too \
            and \
            say it the source's way. Until then the briefing counts no such source as \
            reporting the fact: it lists it as contradicting it (\"contradicted by H3 (source 9: \
            \u{201c}Moscow denied that\u{201d})\"), unless the fact allows the rule.",
    },
    RuleInfo {
        rule: Rule::QuoteAmbiguous,
        name: "quote-ambiguous",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "a quote too short (fewer than four words) or so common that it occurs more than once in its source",
        explanation: "A quote is there to pin down the passage that supports the fact. \
            \"full control\" or a phrase the article repeats matches, but does not show the \
            reader which sentence is meant. Quote more of the sentence, until it occurs once.",
    },
    RuleInfo {
        rule: Rule::InvisibleCharacter,
        name: "invisible-character",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "a text field a reader sees, or a quote, holds a zero-width, soft-hyphen, byte-order-mark, direction or control character",
        explanation: "Characters that cannot be seen (zero-width spaces, soft hyphens, byte-order \
            marks, direction marks, control characters, noncharacters) come in with copied \
            text, or as character references in the summary or a statement (`&#x202E;`, \
            `&rlm;`), which Markdown reads as the character. Matching does \
            not fold them, so a quote that looks right fails, and a statement can read \
            differently from what it shows; a direction control turns the rest of a title or a \
            name around in the briefing. Every field the briefing shows is read (the briefing's \
            title and summary; each source's title, author, publisher and note; each fact's \
            statement, topic, location, claimed_by, verified_by and figure words) and each \
            quote. One finding a field names each such character (`<U+200B>`), or the \
            reference as written, and where it first stands: delete them and type the text \
            again.",
    },
    RuleInfo {
        rule: Rule::FactAfterSource,
        name: "fact-after-source",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "a fact's date is later than the publication date of every source it cites",
        explanation: "A source cannot report an event that happened after it was published: the \
            date is mistyped, or the citation is of the wrong article. Check the fact's `date` \
            against the sources' `published`. A fact about an event the source announces or \
            schedules (a strike called for next week, a release date) is dated after it on \
            purpose, and the briefing should say that it is to come: add an `allow` entry with \
            the reason (\"scheduled: announced on 14 November\").",
    },
    RuleInfo {
        rule: Rule::DateMismatch,
        name: "date-mismatch",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "a quote or its sentence names a day that is not the fact's `date`",
        explanation: "News text dates events relative to the day it was published: \"on \
            Tuesday\", \"yesterday\", \"2 March\". The rule resolves each such phrase in a \
            quote or in the sentence around it against the cited source's `published` date (a \
            bare weekday is the latest such day on or before publication, or the first on or \
            after it when its clause speaks of what is to come: \"is expected to peak on \
            Wednesday\"; \"from Monday\", \"was expected to peak on Wednesday\" or \"said \
            it would begin on Wednesday\", of unclear tense, names both; a day without a year is \
            the latest such day on or before publication in past wording (\"broke out on 20 \
            June\" in a paper of March is last June), the first on or after it in future \
            wording, both where the clause has both, else the such day nearest publication; \
            \"Sept. 16 last year\" a year before; \"last week\" the days from the Monday of the \
            week before; \"last December\", \"earlier this month\", \"at the weekend\" their \
            days; \"a year ago\" that day a year before; \"overnight into Thursday\" the \
            Wednesday and the Thursday; `02/03/2022` either reading unless a part over 12 or \
            the source's `language` says which) and fires when none of the days named is the \
            fact's `date`, or when the quote names the `date` with a weekday it is not \
            (\"Tuesday, March 2\" where 2 March is a Wednesday); a day the quote itself names counts before those of \
            the rest of its sentence; in a sentence that dates one event by another (\"the \
            day before the vote, which was held on 26 February\", \"a day later\") the day \
            next to a day named counts too. The message names the phrase and the day it \
            resolves to. Correct the date, \
            or check that the quote is about the event the fact dates.",
    },
    RuleInfo {
        rule: Rule::DateUnsupported,
        name: "date-unsupported",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "a fact has a `date` that none of its sources can date",
        explanation: "A date the reader cannot trace is a guess: \"Monday\" in an article \
            without a publication date could be any Monday. The rule fires when a fact has a \
            `date`, none of the sources it cites has `published`, and no quote names a full \
            date (day, month and year); and when its sources are dated but the `date` is not \
            the day one of them was published and no quote, nor the sentence it stands in, \
            names a day at all. Where a day of an undated source cannot be the `date` in any year \
            or week (\"March 2\" for 5 March), the message says so. Give the source its \
            `published` date if it is known, quote the words that give the day, or remove the \
            fact's `date`.",
    },
    RuleInfo {
        rule: Rule::DateOrder,
        name: "date-order",
        severity: Severity::Warning,
        scope: Scope::File,
        summary: "dates in the wrong order: a fact after `as_of`, a check before its source, a source after `as_of` or read before it was published",
        explanation: "The dates of a fact base must follow each other: an event comes no later \
            than the briefing's `as_of`, a source is published no later than `as_of` and read \
            (`accessed`) no earlier than it was published, and a fact is verified \
            (`verified_on`) no earlier than the sources it cites were published. \
            One out of order is a typo in a date, or a briefing whose `as_of` was not moved \
            on. Correct the date the message names.",
    },
    RuleInfo {
        rule: Rule::YearNotInQuote,
        name: "year-not-in-quote",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "a year-like number in the statement that no quote gives, and that is not the year of the fact or its sources",
        explanation: "`number-not-in-quote` leaves out years (four digits from 1800 to 2100 \
            standing alone, and the second year of a span such as `2022-23`), so a year changed in transcription (founded in 2002 written 2012) \
            or a count that reads as a year (\"2000 were rescued\" against \"3,000-4,000\") would \
            pass. This rule holds each such number of the statement to the fact's quotes and \
            the sentences they stand in: it must occur there as a year, inside a date, or as a \
            number (`2,000`), or be the year a day its quotes name resolves to, counted as \
            `date-mismatch` counts it (\"December 30\" in a paper of 5 January 2023 is 2022, so \
            is \"last year\"; \"next spring\" in a paper of March 2024 is 2025), unless it is the year of the fact's `date`, or of a cited \
            source's `published` where the quotes name no day (a statement may name the year of \
            its event). Correct the number, or quote the words that give it.",
    },
    RuleInfo {
        rule: Rule::StatementDateUnsupported,
        name: "statement-date-unsupported",
        severity: Severity::Warning,
        scope: Scope::Fact,
        summary: "the statement names a day (with its month), a stretch of days or a weekday that none of its quotes or their sentences names",
        explanation: "A day in the statement is copied by hand, and \"until 17 February\" \
            becomes \"until 27 February\" as easily as a number changes; a day that no \
            source gives (\"took Kherson on 1 March\" from a quote that names no day) cannot \
            be traced at all. The rule reads each \
            day the statement names with its month (\"27 February\", \"Feb. 27\", \"3 March \
            2022\", `02/03/2022` read either way), each end of a stretch (\"from 1 March to 20 \
            March\") and each weekday (\"struck on Wednesday\", held to the quotes' weekdays \
            and the weekdays of the days they name, when they name one) and fires when no quote of the fact, nor the sentence it stands in, names \
            that day, as written or as a day it resolves to against the source's `published` \
            (\"on Tuesday\" in a paper of 2 March 2022 is 1 March), and the day is not the \
            fact's `date` (which `date-mismatch` holds to the quotes) or a cited source's \
            `published`. A day without its year is compared by day and month. A weekday or \
            \"yesterday\" of an undated source, which could be the day, leaves it silent. \
            Correct the day, or quote the words that give it.",
    },
    RuleInfo {
        rule: Rule::SingleSource,
        name: "single-source",
        severity: Severity::Info,
        scope: Scope::Fact,
        summary: "a fact rests on one source, or on outlets that all relay one original claimant",
        explanation: "Corroboration means independence. A fact reported by one outlet, or by two \
            outlets that both relay the same person (its `claimed_by`), rests on one original \
            source; the briefing says so (\"2 outlets, 1 original source\"). So do outlets that \
            run one copy (a wire story both ran, a press release both printed): they state the \
            fact in the same sentence, with at least 12 words the same around the quote in it \
            and in the sentences before and after it, or each edited it but both open with one \
            agency's dateline (\"KYIV, March 3 (Reuters) -\", \"KARACHI (AP) \u{2014}\"); the \
            finding and the briefing name the words both read, or the dateline. This is \
            information, never a failure: `check --verbose` lists \
            these facts, and the summary counts them.",
    },
];

impl RuleInfo {
    /// What the rule's own severity does, as `explain` says it.
    pub fn severity_said(&self) -> &'static str {
        match self.severity {
            Severity::Error if self.rule.allowable() => {
                "error: fails the check; a fact may allow it, with a reason"
            }
            Severity::Error => "error: fails the check",
            Severity::Warning if self.rule.allowable() => {
                "warning: fails the check only with --strict; a fact may allow it"
            }
            Severity::Warning => "warning: fails the check only with --strict",
            Severity::Info => {
                "info: never fails the check; counted in the summary, listed with --verbose"
            }
        }
    }

    /// The summary as a sentence: "A fact cites no source."
    pub fn headline(&self) -> String {
        let mut chars = self.summary.chars();
        let mut out: String = chars
            .next()
            .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect());
        out.push('.');
        out
    }

    /// What `factsheet explain RULE` prints: the name, what its severity does, the headline
    /// and the explanation, wrapped at 80 characters.
    pub fn explained(&self) -> String {
        format!(
            "{} ({})\n{}\n\n{}\n",
            self.name,
            self.severity_said(),
            self.headline(),
            crate::format::wrap(self.explanation, 80)
        )
    }

    /// The same text in Markdown (the explanations' `code` is Markdown already), for tools
    /// that show help as Markdown (SARIF's `help.markdown`).
    pub fn explained_markdown(&self) -> String {
        format!(
            "**{}** ({})\n\n{}\n\n{}\n",
            self.name,
            self.severity_said(),
            self.headline(),
            self.explanation_line()
        )
    }

    /// The explanation as one line (the table wraps it in the source).
    pub fn explanation_line(&self) -> String {
        self.explanation
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl Rule {
    pub fn info(self) -> &'static RuleInfo {
        // The table lists every rule once, in the enum's order.
        &RULES[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn severity(self) -> Severity {
        self.info().severity
    }

    /// A rule about a fact, which the fact may accept with an `allow` entry and a reason: any
    /// but the notes and those that say the fact is not sourced at all (what factsheet
    /// promises).
    pub fn allowable(self) -> bool {
        let info = self.info();
        info.scope == Scope::Fact && info.severity != Severity::Info && !self.promised()
    }

    /// A rule whose findings say the fact base breaks what factsheet promises (every fact
    /// sourced, every quote in its source, the file whole): never allowed, never lowered.
    pub fn promised(self) -> bool {
        matches!(
            self,
            Rule::InvalidYaml
                | Rule::DuplicateId
                | Rule::Unsourced
                | Rule::UnknownSource
                | Rule::SourceFileMissing
                | Rule::SourceFileOutside
                | Rule::SourceHashMismatch
                | Rule::SourceIsHtml
                | Rule::QuoteNotFound
        )
    }

    pub fn from_name(name: &str) -> Option<Rule> {
        RULES.iter().find(|r| r.name == name).map(|r| r.rule)
    }

    pub fn names() -> impl Iterator<Item = &'static str> {
        RULES.iter().map(|r| r.name)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_enum_order_with_kebab_case_names() {
        for (i, info) in RULES.iter().enumerate() {
            assert_eq!(info.rule as usize, i, "{} is out of order", info.name);
            assert!(
                info.name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                info.name
            );
            assert_eq!(Rule::from_name(info.name), Some(info.rule));
        }
    }
}
