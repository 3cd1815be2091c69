//! A synthetic fact base, for measuring factsheet at scale (issue 6).
//!
//! ```sh
//! cargo run --release --example synth -- --facts 100000 --out target/synth/100000 [--seed 1]
//! ```
//!
//! Writes `DIR/facts.yaml` and `DIR/sources/*.txt`: N facts over about N/25 sources of a few KB
//! of English-like text each (source files an earlier run left in `DIR/sources` are removed).
//! The file passes `factsheet check` with no error: every quote is cut from its source at
//! word boundaries (some with curly and straight forms swapped, white space collapsed or
//! expanded, or a middle stretch left out with an ellipsis) and occurs there once; statements
//! hold no number that their quotes do not, and keep the quotes' qualifiers ("at least"); a
//! fact without `claimed_by` has a quote that gives the claim to no one; a fact's date is not
//! after its sources', and is a day a quote names or a cited source was published; every
//! source is cited and pinned by its SHA-256. Quotes are normalised and split at ellipses
//! with the library's own `factsheet::text`. Cut at word boundaries, not at sentences, some
//! quotes leave out a negation, a hedge or an attribution next to them, which the rules about
//! the words around a quote warn of (some 450 warnings at 10,000 facts), as they would in a
//! real fact base: the benches measure that work too.
//!
//! The output depends only on the arguments: a small PRNG (splitmix64) seeded from `--seed`, no
//! clock, no hash-map order. The benches include this file as a module (`#[path]`) and call
//! [`bench_data`].

use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

/// splitmix64: small, fast, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// A generator for one purpose (`stream`) and one item (`index`), independent of the others.
    pub fn derived(seed: u64, stream: u64, index: u64) -> Self {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        r.0 ^= r.next_u64() ^ index.wrapping_mul(0xE703_7ED1_A0B4_28DB);
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with a probability of `per_mille` in a thousand.
    pub fn chance(&mut self, per_mille: usize) -> bool {
        self.below(1000) < per_mille
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

// ------------------------------------------------------------------------------------ words

const PLACES: &[&str] = &[
    "Kherson",
    "Mykolaiv",
    "Odesa",
    "Mariupol",
    "Melitopol",
    "Zaporizhzhia",
    "Kharkiv",
    "Kyiv",
    "Chernihiv",
    "Sumy",
    "Irpin",
    "Bucha",
    "Hostomel",
    "Dnipro",
    "Kramatorsk",
    "Sloviansk",
    "Severodonetsk",
    "Lysychansk",
    "Izium",
    "Berdiansk",
    "Nova Kakhovka",
    "Enerhodar",
    "Vinnytsia",
    "Lviv",
    "Lutsk",
    "Rivne",
    "Zhytomyr",
    "Poltava",
    "Kropyvnytskyi",
    "Uman",
    "Okhtyrka",
    "Trostianets",
    "Volnovakha",
    "Bakhmut",
    "Avdiivka",
    "Pokrovsk",
    "Brovary",
    "Makariv",
    "Borodianka",
    "Voznesensk",
];

const TOPICS: &[&str] = &[
    "Territorial control",
    "Shelling and air strikes",
    "Civilian casualties",
    "Humanitarian corridors",
    "Refugees and displacement",
    "Infrastructure",
    "Energy",
    "Sanctions",
    "Diplomacy and talks",
    "Military aid",
    "Nuclear safety",
    "Food and grain",
];

const CLAIMANTS: &[&str] = &[
    "Russian Defence Ministry",
    "Ukrainian General Staff",
    "the regional administration",
    "the city council",
    "the United Nations",
    "UNHCR",
    "the Red Cross",
    "the Pentagon",
    "British intelligence",
    "the Kremlin",
    "the mayor's office",
    "local police",
    "the State Emergency Service",
    "Ukrenergo",
];

const VERIFIERS: &[&str] = &[
    "OK",
    "MP",
    "J. Smith",
    "AN",
    "S. Moreau",
    "LF",
    "IM",
    "research desk",
];

/// Publishers, with the host their addresses use.
const PUBLISHERS: &[(&str, &str)] = &[
    ("Kyiv Independent", "kyivindependent.com"),
    ("Ukrainska Pravda", "pravda.com.ua"),
    ("Reuters", "reuters.com"),
    ("Associated Press", "apnews.com"),
    ("Agence France-Presse", "afp.com"),
    ("BBC News", "bbc.co.uk"),
    ("The Guardian", "theguardian.com"),
    ("The New York Times", "nytimes.com"),
    ("The Washington Post", "washingtonpost.com"),
    ("Al Jazeera", "aljazeera.com"),
    ("Deutsche Welle", "dw.com"),
    ("Euronews", "euronews.com"),
    ("Radio Free Europe", "rferl.org"),
    ("Financial Times", "ft.com"),
    ("Le Monde (English edition)", "lemonde.fr"),
    ("Meduza", "meduza.io"),
    ("Hromadske", "hromadske.ua"),
    ("Atalayar (English edition)", "atalayar.com"),
    ("Opoyi", "opoyi.com"),
    ("NewsTrack (English edition)", "newstracklive.com"),
];

const REPORTERS: &[&str] = &[
    "Olena Shevchenko",
    "Mark Davies",
    "Anna Kowalska",
    "Pierre Durand",
    "Yaroslav Bondar",
    "Sarah Miller",
    "Hans Becker",
    "Iryna Melnyk",
];

/// Subjects of the articles' sentences; `{P}` is a place.
const SUBJECTS: &[&str] = &[
    "Russian forces",
    "Ukrainian troops",
    "the regional governor",
    "local officials",
    "the defence ministry",
    "aid agencies",
    "residents of {P}",
    "the mayor of {P}",
    "{P}’s city council",
    "Western intelligence officials",
    "the United Nations",
    "rescue workers",
    "the general staff",
    "volunteers in {P}",
    "the state energy company",
    "rail officials",
    "police in {P}",
    "doctors at the main hospital",
    "the Red Cross",
    "a military spokesman",
    "the Kremlin",
    "a senior US defence official",
];

const VERBS: &[&str] = &[
    "said",
    "reported",
    "confirmed",
    "claimed",
    "warned",
    "told reporters",
    "announced",
    "added",
    "said on Tuesday",
    "wrote in a statement",
    "estimated",
    "told the BBC",
];

/// Clauses; `{P}` a place, `{N} {U}` a number and its unit, `{S}` a small number.
const CLAUSES: &[&str] = &[
    "shelling had continued overnight near {P}",
    "the main bridge into {P} was badly damaged",
    "{N} {U} had been evacuated from {P}",
    "{N} {U} were still without power in {P}",
    "convoys of trucks had reached the outskirts of {P}",
    "a humanitarian corridor would open at dawn",
    "the city’s water supply had been restored",
    "at least {N} {U} were killed in the attack",
    "{N} {U} crossed the border on a single day",
    "the so-called ceasefire did not hold",
    "long-range missiles struck an airfield near {P}",
    "the grain terminal in {P} was closed",
    "prices for bread had risen by {S} percent",
    "the nuclear plant’s staff were working under guard",
    "pro-Russian officials had taken over the town hall in {P}",
    "sanctions would cost Moscow about {S} billion dollars",
    "anti-aircraft systems had shot down a drone over {P}",
    "the convoy stretched for {S} kilometres",
    "there was no sign of a breakthrough in the talks",
    "trains to the west were running late but running",
    "the airport had been bombed again",
    "{N} {U} were sheltering in the metro",
    "the road to {P} was mined",
    "food and medicine were running short",
    "the authorities had imposed a curfew",
    "it’s too early to say who controls {P}",
    "repairs to the power line would take weeks",
    "the ministry hadn’t confirmed the figures",
];

const UNITS: &[&str] = &[
    "people",
    "civilians",
    "residents",
    "families",
    "homes",
    "buildings",
    "soldiers",
    "refugees",
    "children",
    "vehicles",
];

const TAILS: &[&str] = &[
    ", according to local media",
    ", officials said",
    ", as fighting went on",
    ", though this could not be verified",
    " as talks stalled",
    ", the agency said",
    " despite the curfew",
    ", witnesses told reporters",
];

const ASIDES: &[&str] = &[
    "who asked not to be named",
    "speaking from {P}",
    "in a video posted online",
    "citing intercepted calls",
];

const HEADLINES: &[&str] = &[
    "Shelling continues near {P} as talks stall",
    "Thousands flee {P} through humanitarian corridor",
    "Power cut across {P} after strike on substation",
    "Russian column stalls outside {P}",
    "Grain exports from {P} halted, traders say",
    "Aid convoy reaches {P} after days of delay",
    "Ukraine says it pushed back attack on {P}",
    "Residents of {P} shelter in basements",
];

/// Statements: an actor that says, and what. Their words hold no number, month or number word.
const ACTORS: &[&str] = &[
    "Regional officials say",
    "The city council says",
    "Aid workers report that",
    "Russian forces claim that",
    "Ukrainian troops say",
    "Local authorities say",
    "The defence ministry says",
    "Western officials believe that",
    "Emergency services report that",
    "The regional governor says",
    "Rail operators say",
    "The United Nations says",
    "Hospital staff say",
    "Police say",
    "Volunteers report that",
    "Energy engineers say",
    "The Red Cross says",
];

const STATEMENTS: &[&str] = &[
    "{P} came under heavy shelling overnight",
    "the main bridge into {P} was damaged",
    "a humanitarian corridor out of {P} was agreed",
    "power and water were cut in parts of {P}",
    "Russian troops entered the outskirts of {P}",
    "Ukrainian forces pushed back an attack near {P}",
    "grain shipments from {P} were halted",
    "residents of {P} sheltered in basements",
    "the railway station in {P} was still running evacuation trains",
    "talks on a ceasefire around {P} made little progress",
    "the hospital in {P} was running short of medicines",
    "an air raid alert sounded across {P}",
    "the road between {P} and the coast was closed",
    "a curfew was imposed in {P}",
];

/// Statements with a number: `{N}` is copied from a quote.
/// The first holds a qualifier of its own: it is not used for a number that has one.
const NUMBER_STATEMENTS: &[&str] = &[
    "about {N} {U} were counted in {P}",
    "{N} {U} were affected in {P}",
    "the count reached {N} {U} in {P}",
    "{N} {U} were reported in and around {P}",
];

/// Qualifiers that, right before a number, must be kept by a statement that gives the number
/// (`hedge-dropped`): the checker's own list.
use factsheet::check::wording::NUMBER_HEDGES;

/// Words by which a quote gives its claim to someone (`claim-unattributed`): a fact without
/// `claimed_by` needs a quote without any of them. A superset of what the check reads.
const ATTRIBUTION_WORDS: &[&str] = &[
    "according",
    "said",
    "says",
    "say",
    "claims",
    "claimed",
    "claim",
    "alleged",
    "alleges",
    "allege",
    "told",
    "tells",
    "announced",
    "reports",
    "reported",
    "report",
    "confirmed",
    "confirms",
    "estimate",
    "estimates",
    "estimated",
    "acknowledged",
    "wrote",
    "stressed",
    "insisted",
    "warned",
    "added",
    "citing",
];

/// Number words, ordinals and months: none may appear in a statement's own words.
const FORBIDDEN: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "twentieth",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "dozen",
];

// ------------------------------------------------------------------------------------ dates

/// `YYYY-MM-DD` of a day counted from 1970-01-01 (Howard Hinnant's civil-from-days).
fn iso_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// 2022-02-24, the first day of the period.
const START_DAY: i64 = 19_047;
/// Events fall within this many days of the start.
const PERIOD_DAYS: usize = 120;
/// `as_of`: the day after the period.
const AS_OF_DAY: i64 = START_DAY + PERIOD_DAYS as i64;

// ------------------------------------------------------------------------------------ sources

/// A number in a source: its tokens, its value, and the unit that follows it.
struct NumSpan {
    first: u32,
    /// Exclusive.
    end: u32,
    value: u64,
    unit: &'static str,
    /// The qualifier right before it ("at least"), which a statement must keep.
    hedge: Option<&'static str>,
}

struct Source {
    id: String,
    title: String,
    publisher: &'static str,
    published: Option<String>,
    url: Option<String>,
    file: String,
    sha256: String,
    published_day: Option<i64>,
    /// The file's text as quote matching sees it (`factsheet::text::normalize`).
    normalized: String,
    /// The same, with its sentences, for the words around a quote.
    text: factsheet::load::sources::SourceText,
    /// The tokens (words with their punctuation, as written in the file), end to end.
    raw: String,
    /// The end of each token in `raw`.
    ends: Vec<u32>,
    nums: Vec<NumSpan>,
}

impl Source {
    fn tokens(&self) -> usize {
        self.ends.len()
    }

    fn token(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.ends[k - 1] as usize };
        &self.raw[start..self.ends[k] as usize]
    }
}

/// How one source is typeset.
struct Style {
    curly_apostrophes: bool,
    curly_quotes: bool,
    dash: &'static str,
    /// Lines broken at about 72 columns, as in a plain-text export.
    wrapped: bool,
}

/// Builds a source's text token by token, with irregular white space between them.
struct Builder<'r> {
    rng: &'r mut Rng,
    style: Style,
    text: String,
    line_start: usize,
    raw: String,
    ends: Vec<u32>,
    nums: Vec<NumSpan>,
    /// Prepended to the next word (an opening quotation mark).
    prefix: &'static str,
    /// The next word starts a sentence: capitalise it.
    capital: bool,
    /// The separator before the next word, when one is due.
    pending: Option<&'static str>,
}

impl Builder<'_> {
    fn separator(&mut self) -> &'static str {
        if self.style.wrapped && self.text.len() - self.line_start > 68 {
            return "\n";
        }
        match self.rng.below(1000) {
            0..=14 => "  ",
            15..=29 => "\u{A0}",
            30..=39 => "\n",
            40..=42 => " \n",
            _ => " ",
        }
    }

    fn word(&mut self, word: &str) {
        if !self.ends.is_empty() {
            let sep = match self.pending.take() {
                Some(s) => s,
                None => self.separator(),
            };
            self.text.push_str(sep);
            if sep.ends_with('\n') {
                self.line_start = self.text.len();
            }
        }
        let mut token = String::with_capacity(word.len() + 3);
        token.push_str(self.prefix);
        self.prefix = "";
        let mut chars = word.chars();
        if self.capital {
            self.capital = false;
            if let Some(c) = chars.next() {
                token.extend(c.to_uppercase());
            }
        }
        for c in chars {
            match c {
                '’' if !self.style.curly_apostrophes => token.push('\''),
                '–' => token.push_str(self.style.dash),
                c => token.push(c),
            }
        }
        self.text.push_str(&token);
        self.raw.push_str(&token);
        self.ends.push(self.raw.len() as u32);
    }

    /// Punctuation attached to the last word.
    fn glue(&mut self, s: &str) {
        for c in s.chars() {
            let c = if c == '”' && !self.style.curly_quotes {
                '"'
            } else {
                c
            };
            self.text.push(c);
            self.raw.push(c);
        }
        if let Some(end) = self.ends.last_mut() {
            *end = self.raw.len() as u32;
        }
    }

    fn open_quote(&mut self) {
        self.prefix = if self.style.curly_quotes { "“" } else { "\"" };
    }

    fn place(&mut self) -> &'static str {
        PLACES[self.rng.below(PLACES.len())]
    }

    /// Words of a phrase, with `{P}`, `{N}`, `{U}` and `{S}` filled in.
    fn phrase(&mut self, template: &str) {
        let unit = self.rng.pick(UNITS);
        for part in template.split(' ') {
            match part {
                "{N}" => self.number(unit),
                "{S}" => {
                    // A number without a unit after it: a percentage, a sum, a distance.
                    let n = self.rng.range(2, 60);
                    self.word(&n.to_string());
                }
                "{U}" => self.word(unit),
                p if p.contains("{P}") => {
                    let filled = p.replace("{P}", self.place());
                    for w in filled.split(' ') {
                        self.word(w);
                    }
                }
                p => self.word(p),
            }
        }
    }

    /// The qualifier of `NUMBER_HEDGES` that the tokens before token `at` end with.
    fn hedge_before(&self, at: usize) -> Option<&'static str> {
        let token = |k: usize| {
            let start = if k == 0 { 0 } else { self.ends[k - 1] as usize };
            self.raw[start..self.ends[k] as usize]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        let before: Vec<String> = (at.saturating_sub(3)..at).map(token).collect();
        NUMBER_HEDGES
            .iter()
            .copied()
            .filter(|h| {
                let words: Vec<&str> = h.split(' ').collect();
                words.len() <= before.len() && before[before.len() - words.len()..] == words[..]
            })
            .max_by_key(|h| h.len())
    }

    fn number(&mut self, unit: &'static str) {
        let first = self.ends.len() as u32;
        let value = match self.rng.below(10) {
            0..=3 => {
                let n = self.rng.range(2, 999) as u64;
                self.word(&n.to_string());
                n
            }
            4..=7 => {
                let n = self.rng.range(1_000, 99_999) as u64;
                self.word(&format!("{},{:03}", n / 1000, n % 1000));
                n
            }
            8 => {
                let n = self.rng.range(100_000, 999_999) as u64;
                self.word(&format!("{},{:03}", n / 1000, n % 1000));
                n
            }
            _ => {
                let (whole, tenth) = (self.rng.range(1, 9) as u64, self.rng.range(1, 9) as u64);
                self.word(&format!("{whole}.{tenth}"));
                self.pending = Some(if self.rng.chance(300) { "\u{A0}" } else { " " });
                self.word("million");
                whole * 1_000_000 + tenth * 100_000
            }
        };
        let hedge = self.hedge_before(first as usize);
        self.nums.push(NumSpan {
            first,
            end: self.ends.len() as u32,
            value,
            unit,
            hedge,
        });
    }

    fn subject(&mut self) {
        let s = self.rng.pick(SUBJECTS);
        self.phrase(s);
    }

    fn clause(&mut self) {
        let c = self.rng.pick(CLAUSES);
        self.phrase(c);
    }

    fn sentence(&mut self) {
        self.capital = true;
        match self.rng.below(12) {
            0..=5 => {
                self.subject();
                let v = self.rng.pick(VERBS);
                self.phrase(v);
                if self.rng.chance(300) {
                    self.word("that");
                }
                self.clause();
                if self.rng.chance(350) {
                    let t = self.rng.pick(TAILS);
                    match t.strip_prefix(", ") {
                        Some(rest) => {
                            self.glue(",");
                            self.phrase(rest);
                        }
                        None => self.phrase(t.trim_start()),
                    }
                }
                self.glue(".");
            }
            6..=7 => {
                self.open_quote();
                self.clause();
                self.glue(",”");
                self.subject();
                let v = self.rng.pick(VERBS);
                self.phrase(v);
                self.glue(".");
            }
            8 => {
                self.subject();
                self.word("–");
                let a = self.rng.pick(ASIDES);
                self.phrase(a);
                self.word("–");
                let v = self.rng.pick(VERBS);
                self.phrase(v);
                self.clause();
                self.glue(".");
            }
            9 => {
                self.phrase("according to");
                self.subject();
                self.glue(",");
                self.clause();
                self.glue(".");
            }
            _ => {
                // Narrative, attributed to no one.
                self.clause();
                if self.rng.chance(300) {
                    let when = self
                        .rng
                        .pick(&["overnight", "on Tuesday", "again", "by noon"]);
                    self.phrase(when);
                }
                self.glue(".");
            }
        }
        // Between sentences: usually one space, sometimes two, sometimes a new paragraph.
        self.pending = Some(match self.rng.below(100) {
            0..=11 => "\n\n",
            12..=19 => "  ",
            _ => " ",
        });
    }
}

/// A source and the text of its file.
fn make_source(seed: u64, index: usize) -> (Source, String) {
    let mut rng = Rng::derived(seed, 1, index as u64);
    let style = Style {
        curly_apostrophes: rng.chance(750),
        curly_quotes: rng.chance(750),
        dash: match rng.below(10) {
            0..=6 => "–",
            7..=8 => "—",
            _ => "-",
        },
        wrapped: rng.chance(300),
    };
    let (publisher, host) = rng.pick(PUBLISHERS);
    let headline_place = rng.pick(PLACES);
    let title = rng.pick(HEADLINES).replace("{P}", headline_place);
    let published_day = START_DAY + rng.below(PERIOD_DAYS) as i64;
    let published = (!rng.chance(100)).then(|| iso_date(published_day));
    let has_published = published.is_some();
    let url_slug = slug(&title);
    let url = (!rng.chance(50)).then(|| format!("https://www.{host}/news/{url_slug}-{index}"));
    // Sizes from 2 to 9.5 KB, about 5.75 KB on average.
    let target = rng.range(2_000, 9_500);
    let reporter = rng.pick(REPORTERS);

    let mut b = Builder {
        rng: &mut rng,
        style,
        text: String::with_capacity(target + 256),
        line_start: 0,
        raw: String::with_capacity(target),
        ends: Vec::with_capacity(target / 5),
        nums: Vec::new(),
        prefix: "",
        capital: false,
        pending: None,
    };
    b.text.push_str(&title);
    b.text.push_str("\n\nBy ");
    b.text.push_str(reporter);
    b.text.push_str("\n\n");
    b.line_start = b.text.len();
    while b.text.len() < target {
        b.sentence();
    }
    b.text.push('\n');
    let Builder {
        text,
        raw,
        ends,
        nums,
        ..
    } = b;
    let sha256 = hex(&Sha256::digest(text.as_bytes()));
    let file = format!("sources/{index:05}_{}.txt", &sha256[..16]);
    let publisher_slug = slug(publisher)
        .split('-')
        .take(2)
        .collect::<Vec<_>>()
        .join("-");
    let source = Source {
        id: format!("{publisher_slug}-{index:05}"),
        title,
        publisher,
        published,
        url,
        file,
        sha256,
        published_day: has_published.then_some(published_day),
        normalized: factsheet::text::normalize(&text),
        text: factsheet::load::sources::SourceText::new(&text, None),
        raw,
        ends,
        nums,
    };
    (source, text)
}

fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

// ------------------------------------------------------------------------------------ quotes

/// The other form of a character that normalises the same (curly and straight, dash and hyphen).
fn other_form(c: char, at_start: bool) -> Option<char> {
    Some(match c {
        '’' => '\'',
        '\'' => '’',
        '“' | '”' => '"',
        '"' if at_start => '“',
        '"' => '”',
        '–' | '—' => '-',
        '-' => '–',
        _ => return None,
    })
}

/// A quote of 6 to 20 words cut from `src` at word boundaries that pins down one passage (each
/// part occurs once in the source), and when `plain`, gives the claim to no one ("said", ...).
/// When `num` is given, it holds that number whole and leaves nothing out. `None` when no such
/// quote turned up.
fn quote(rng: &mut Rng, src: &Source, num: Option<&NumSpan>, plain: bool) -> Option<String> {
    (0..24).find_map(|attempt| {
        let q = cut_quote(rng, src, num, attempt >= 12);
        let normalized = factsheet::text::normalize(&q);
        let unique = factsheet::text::quote_parts(&normalized)
            .iter()
            .all(|part| match src.normalized.find(part) {
                Some(at) => !src.normalized[at + 1..].contains(part),
                None => panic!("a quote that is not in its source: {q:?}"),
            });
        (unique && !(plain && attributes(&q))).then_some(q)
    })
}

/// The sentence around the quote `q` of `src`, as the check reads it.
fn sentence_of<'s>(src: &'s Source, q: &str) -> &'s str {
    let normalized = factsheet::text::normalize(q);
    let parts = factsheet::text::quote_parts(&normalized);
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
        return "";
    };
    let (Some(start), Some(end)) = (src.normalized.find(first), src.normalized.rfind(last)) else {
        return "";
    };
    let sentence = src.text.sentence_around(start..end + last.len());
    &src.normalized[sentence]
}

/// Whether the sentence around the quote `q` of `src` gives the claim to someone, in words the
/// quote may leave out (`attribution-cut`).
fn sentence_attributes(src: &Source, q: &str) -> bool {
    attributes(sentence_of(src, q))
}

/// The days (ISO) that the sentence around the quote `q` of `src` names, counted from the
/// source's publication (`date-mismatch`); and whether one is a full date.
fn named_days(src: &Source, q: &str) -> (Vec<String>, bool) {
    let base = (src.published.as_deref()).and_then(|p| p.parse::<jiff::civil::Date>().ok());
    let phrases = factsheet::dates::find(sentence_of(src, q));
    let full = phrases.iter().any(|p| p.is_full());
    let days = (phrases.iter())
        .filter_map(|p| p.resolve(base))
        .map(|d| d.to_string())
        .collect();
    (days, full)
}

/// Whether a quote has a word that gives its claim to someone.
fn attributes(quote: &str) -> bool {
    quote
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| ATTRIBUTION_WORDS.contains(&w.to_lowercase().as_str()))
}

fn cut_quote(rng: &mut Rng, src: &Source, num: Option<&NumSpan>, long: bool) -> String {
    let n = src.tokens();
    // 6 to 20 words, shorter ones more often (about 11 on average).
    let len = if long {
        20
    } else {
        6 + rng.below(15).min(rng.below(15))
    }
    .min(n);
    let start = match num {
        Some(span) => {
            let lo = (span.end as usize).saturating_sub(len);
            let hi = (span.first as usize).min(n - len);
            rng.range(lo, hi.max(lo))
        }
        None => rng.below(n - len + 1),
    };
    let end = start + len;
    // Parts of the quote, as token ranges: one, or two around an ellipsis.
    let mut parts = vec![(start, end)];
    if num.is_none() && len >= 10 && rng.chance(80) {
        let cut = rng.range(start + 3, end - 4);
        let resume = rng.range(cut + 1, end - 3);
        parts = vec![(start, cut), (resume, end)];
    }
    let swap_forms = rng.chance(250);
    let odd_space = rng.chance(150);
    let mut q = String::with_capacity(len * 8);
    for (i, &(from, to)) in parts.iter().enumerate() {
        if i > 0 {
            q.push_str(rng.pick(&[" ... ", " … ", "…", " …"]));
        }
        for k in from..to {
            if k > from {
                q.push_str(if odd_space && rng.chance(250) {
                    rng.pick(&["  ", "\u{A0}", "\n", "\t", " \n "])
                } else {
                    " "
                });
            }
            let token = src.token(k);
            if swap_forms {
                for (j, c) in token.chars().enumerate() {
                    match other_form(c, j == 0) {
                        Some(o) if rng.chance(500) => q.push(o),
                        _ => q.push(c),
                    }
                }
            } else {
                q.push_str(token);
            }
        }
    }
    q
}

// ------------------------------------------------------------------------------------ facts

struct Figure {
    value: u64,
    label: String,
    measure: Option<String>,
}

struct Fact {
    id: String,
    statement: String,
    topic: usize,
    location: Option<&'static str>,
    date: Option<String>,
    claimed_by: Option<&'static str>,
    figure: Option<Figure>,
    /// Each citation: the index of its source and the quote.
    citations: Vec<(usize, String)>,
    verified_by: &'static str,
    verified_on: String,
}

fn capitalised(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn make_fact(
    seed: u64,
    index: usize,
    sources: &[Source],
    first: usize,
    measure_places: usize,
) -> Fact {
    let mut rng = Rng::derived(seed, 2, index as u64);
    let home = &sources[first];
    let mut num =
        (!home.nums.is_empty() && rng.chance(300)).then(|| &home.nums[rng.below(home.nums.len())]);
    let mut claimed_by = rng.chance(400).then(|| rng.pick(CLAIMANTS));
    // The first quote: it holds the statement's number, if any, and when the fact is nobody's
    // claim, it gives the claim to no one. Failing that, without the number; then, as a claim.
    let first_quote = loop {
        if let Some(q) = quote(&mut rng, home, num, claimed_by.is_none()) {
            break q;
        }
        if num.is_some() {
            num = None;
        } else if claimed_by.is_none() {
            claimed_by = Some(rng.pick(CLAIMANTS));
        } else {
            panic!("no quote of `{}` occurs only once", home.file);
        }
    };

    let count = match rng.below(1000) {
        0..=599 => 1,
        600..=899 => 2,
        _ => 3,
    }
    .min(sources.len());
    let mut cited = vec![first];
    while cited.len() < count {
        let s = rng.below(sources.len());
        if !cited.contains(&s) {
            cited.push(s);
        }
    }
    let mut citations = vec![(first, first_quote)];
    for &s in &cited[1..] {
        let q = quote(&mut rng, &sources[s], None, false)
            .unwrap_or_else(|| panic!("no quote of `{}` occurs only once", sources[s].file));
        citations.push((s, q));
    }
    // A quote cut from a sentence that says whose claim it is makes the fact that claim.
    if claimed_by.is_none() && (citations.iter()).any(|(s, q)| sentence_attributes(&sources[*s], q))
    {
        claimed_by = Some(rng.pick(CLAIMANTS));
    }

    let with_figure = num.is_some() && rng.chance(130);
    // Figures of one measure are compared side by side: a few places share each measure.
    let measured = with_figure && rng.chance(600);
    let topic = rng.below(TOPICS.len());
    let location = if measured {
        Some(PLACES[rng.below(measure_places)])
    } else {
        rng.chance(850).then(|| rng.pick(PLACES))
    };
    let place = location.unwrap_or_else(|| rng.pick(PLACES));
    // Not after the latest of its sources, when they all give a date (`fact-after-source`).
    let latest = cited
        .iter()
        .map(|&s| sources[s].published_day)
        .collect::<Option<Vec<i64>>>()
        .and_then(|days| days.into_iter().max())
        .unwrap_or(START_DAY + PERIOD_DAYS as i64 - 1);
    let date = rng
        .chance(800)
        .then(|| iso_date(START_DAY + rng.below((latest - START_DAY + 1) as usize) as i64));
    // A fact's date is a day its quotes name, when they name one (`date-mismatch`), and none
    // when no source can date it (`date-unsupported`).
    let named: Vec<(Vec<String>, bool)> = (citations.iter())
        .map(|(s, q)| named_days(&sources[*s], q))
        .collect();
    let undated = (cited.iter()).all(|&s| sources[s].published_day.is_none())
        && !named.iter().any(|(_, full)| *full);
    let first_named = named.iter().flat_map(|(days, _)| days).next().cloned();
    // Where no quote names a day, the day a cited source reported it: any other day could not
    // be traced (`date-unsupported`).
    let reported = (cited.iter()).find_map(|&s| sources[s].published_day.map(iso_date));
    let date = match (date, first_named) {
        _ if undated => None,
        (Some(_), Some(day)) => (day <= iso_date(latest)).then_some(day),
        (Some(_), None) => reported,
        (None, _) => None,
    };

    let actor = rng.pick(ACTORS);
    let statement = match num {
        Some(span) => {
            let mut number: Vec<&str> = (span.first..span.end)
                .map(|k| home.token(k as usize).trim_start_matches(['“', '"']))
                .collect();
            // A qualifier of the source stays with its number (`hedge-dropped`).
            let templates = match span.hedge {
                Some(hedge) => {
                    number.insert(
                        0,
                        if hedge == "estimated" {
                            "an estimated"
                        } else {
                            hedge
                        },
                    );
                    &NUMBER_STATEMENTS[1..]
                }
                None => NUMBER_STATEMENTS,
            };
            let what = rng
                .pick(templates)
                .replace("{N}", &number.join(" "))
                .replace("{U}", span.unit)
                .replace("{P}", place);
            format!("{actor} {what}.")
        }
        None => format!("{actor} {}.", rng.pick(STATEMENTS).replace("{P}", place)),
    };
    let figure = num.filter(|_| with_figure).map(|span| {
        let who = claimed_by.unwrap_or("as reported");
        let unit = capitalised(span.unit);
        Figure {
            value: span.value,
            label: format!("{unit} in {place} ({who})"),
            measure: measured.then(|| format!("{unit} affected in {place}")),
        }
    });

    let topic_word = slug(TOPICS[topic]);
    let topic_word = topic_word.split('-').next().unwrap_or("fact");
    let place_slug = location.map_or_else(|| "general".to_owned(), slug);
    Fact {
        id: format!("{topic_word}-{place_slug}-{index}"),
        statement,
        topic,
        location,
        date,
        claimed_by,
        figure,
        citations,
        verified_by: rng.pick(VERIFIERS),
        verified_on: iso_date(AS_OF_DAY + rng.below(30) as i64),
    }
}

// ------------------------------------------------------------------------------------ YAML

fn field(out: &mut String, indent: &str, key: &str, value: &str) {
    out.push_str(indent);
    out.push_str(key);
    out.push_str(": ");
    // The library's own writer of YAML strings, as add-source uses it.
    out.push_str(&factsheet::author::edit::quoted(value));
    out.push('\n');
}

fn write_yaml(facts: usize, seed: u64, sources: &[Source], all: &[Fact]) -> String {
    let mut y = String::with_capacity(facts * 480 + sources.len() * 400 + 4096);
    let _ = write!(
        y,
        "# Synthetic fact base for measuring factsheet at scale (issue 6), written by\n\
         # `cargo run --release --example synth -- --facts {facts} --seed {seed}`.\n\
         # Every quote is cut from its source file; do not edit by hand, run the generator.\n\n"
    );
    y.push_str("briefing:\n");
    field(
        &mut y,
        "  ",
        "title",
        "Synthetic briefing: the war in Ukraine, by topic",
    );
    let _ = writeln!(y, "  as_of: {}", iso_date(AS_OF_DAY));
    field(
        &mut y,
        "  ",
        "summary",
        "A *synthetic* fact base of generated articles and facts, for measuring how fast \
         factsheet checks and renders a large briefing. None of it is news.",
    );
    y.push_str("\nsources:\n");
    for s in sources {
        y.push_str("  - id: ");
        y.push_str(&s.id);
        y.push('\n');
        field(&mut y, "    ", "title", &s.title);
        field(&mut y, "    ", "publisher", s.publisher);
        if let Some(p) = &s.published {
            let _ = writeln!(y, "    published: {p}");
        }
        if let Some(u) = &s.url {
            field(&mut y, "    ", "url", u);
        }
        let _ = writeln!(y, "    file: {}", s.file);
        field(&mut y, "    ", "sha256", &s.sha256);
        y.push('\n');
    }
    // Facts grouped by topic, as a person would keep them; stable, so in index order within.
    let mut order: Vec<&Fact> = all.iter().collect();
    order.sort_by_key(|f| f.topic);
    y.push_str("facts:\n");
    let mut topic = usize::MAX;
    for f in order {
        if f.topic != topic {
            topic = f.topic;
            let name = TOPICS[topic];
            let rule = "-".repeat(80usize.saturating_sub(name.len()));
            let _ = writeln!(y, "  # {rule} {name}");
        }
        y.push_str("  - id: ");
        y.push_str(&f.id);
        y.push('\n');
        field(&mut y, "    ", "statement", &f.statement);
        field(&mut y, "    ", "topic", TOPICS[f.topic]);
        if let Some(l) = f.location {
            field(&mut y, "    ", "location", l);
        }
        if let Some(d) = &f.date {
            let _ = writeln!(y, "    date: {d}");
        }
        if let Some(c) = f.claimed_by {
            field(&mut y, "    ", "claimed_by", c);
        }
        if let Some(fig) = &f.figure {
            y.push_str("    figure:\n");
            let _ = writeln!(y, "      value: {}", fig.value);
            field(&mut y, "      ", "label", &fig.label);
            if let Some(m) = &fig.measure {
                field(&mut y, "      ", "measure", m);
            }
        }
        y.push_str("    sources:\n");
        for (s, q) in &f.citations {
            y.push_str("      - source: ");
            y.push_str(&sources[*s].id);
            y.push('\n');
            field(&mut y, "        ", "quote", q);
        }
        field(&mut y, "    ", "verified_by", f.verified_by);
        let _ = writeln!(y, "    verified_on: {}", f.verified_on);
        y.push('\n');
    }
    y
}

// ------------------------------------------------------------------------------------ driver

/// What was written.
pub struct Summary {
    pub facts: usize,
    pub sources: usize,
    pub yaml_bytes: usize,
    pub source_bytes: usize,
}

/// Writes `out/facts.yaml` and `out/sources/*.txt` for `facts` facts.
pub fn generate(out: &Path, facts: usize, seed: u64) -> io::Result<Summary> {
    assert!(facts > 0, "at least one fact");
    check_vocabulary();
    let dir = out.join("sources");
    std::fs::create_dir_all(&dir)?;
    remove_old_sources(&dir)?;
    let count = facts.div_ceil(25).max(1);
    let mut sources = Vec::with_capacity(count);
    let mut source_bytes = 0;
    for index in 0..count {
        let (source, text) = make_source(seed, index);
        std::fs::write(out.join(&source.file), text.as_bytes())?;
        source_bytes += text.len();
        sources.push(source);
    }
    // Fact i cites source order[i % count] first, so every source is cited.
    let mut order: Vec<usize> = (0..count).collect();
    let mut rng = Rng::derived(seed, 3, 0);
    for i in (1..count).rev() {
        order.swap(i, rng.below(i + 1));
    }
    let measure_places = (facts / 5_000).clamp(1, PLACES.len());
    let all: Vec<Fact> = (0..facts)
        .map(|i| make_fact(seed, i, &sources, order[i % count], measure_places))
        .collect();
    let yaml = write_yaml(facts, seed, &sources, &all);
    std::fs::write(out.join("facts.yaml"), yaml.as_bytes())?;
    Ok(Summary {
        facts,
        sources: count,
        yaml_bytes: yaml.len(),
        source_bytes,
    })
}

/// Removes the source files an earlier run left (names such as `00042_0123456789abcdef.txt`), so
/// that the folder holds only this run's files; other files are left alone.
fn remove_old_sources(dir: &Path) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let ours = name.len() == 26
            && name.ends_with(".txt")
            && name.as_bytes()[5] == b'_'
            && name[..5].bytes().all(|b| b.is_ascii_digit())
            && name[6..22]
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if ours && entry.file_type()?.is_file() {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// The facts file for `facts` facts under `out`, generated unless a previous run of this same
/// generator with the same arguments left it there. For the benches.
pub fn ensure(out: &Path, facts: usize, seed: u64) -> io::Result<PathBuf> {
    let stamp = format!(
        "facts={facts} seed={seed} generator={}\n",
        &hex(&Sha256::digest(include_str!("synth.rs").as_bytes()))[..16]
    );
    let stamp_path = out.join(".synth-stamp");
    let path = out.join("facts.yaml");
    if std::fs::read_to_string(&stamp_path).ok().as_deref() != Some(stamp.as_str())
        || !path.is_file()
    {
        let _ = std::fs::remove_file(&stamp_path);
        generate(out, facts, seed)?;
        std::fs::write(&stamp_path, stamp)?;
    }
    Ok(path)
}

/// The seed the benches use.
pub const BENCH_SEED: u64 = 1;

/// The sizes the benches measure: 1,000, 10,000 and 100,000 facts, or those listed in
/// `FACTSHEET_BENCH_SIZES` (`1000,10000`).
pub fn bench_sizes() -> Vec<usize> {
    match std::env::var("FACTSHEET_BENCH_SIZES") {
        Ok(list) => list
            .split([',', ' '])
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.replace('_', "")
                    .parse()
                    .unwrap_or_else(|_| panic!("FACTSHEET_BENCH_SIZES: `{s}` is not a number"))
            })
            .collect(),
        Err(_) => vec![1_000, 10_000, 100_000],
    }
}

/// The bench fact base of `facts` facts, in `target/bench-data/FACTS/` (the folder of
/// `CARGO_TARGET_DIR` when it is set), generated on first use.
pub fn bench_data(facts: usize) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
        PathBuf::from,
    );
    let dir = target.join("bench-data").join(facts.to_string());
    ensure(&dir, facts, BENCH_SEED)
        .unwrap_or_else(|e| panic!("cannot write the bench data to `{}`: {e}", dir.display()))
}

/// The statements' own words must not hold numbers: `number-not-in-quote` would find them.
fn check_vocabulary() {
    let words = ACTORS
        .iter()
        .chain(STATEMENTS)
        .chain(NUMBER_STATEMENTS)
        .chain(PLACES)
        .chain(UNITS);
    for phrase in words {
        for w in phrase.split(|c: char| !c.is_alphabetic()) {
            let lower = w.to_lowercase();
            assert!(
                !FORBIDDEN.contains(&lower.as_str()),
                "`{w}` in a statement would be read as a number"
            );
        }
        assert!(
            !phrase.chars().any(|c| c.is_ascii_digit()),
            "digits in `{phrase}`"
        );
    }
}

const USAGE: &str = "usage: synth --facts N --out DIR [--seed S]

Writes DIR/facts.yaml (N facts) and DIR/sources/*.txt (about N/25 articles), the same bytes for
the same arguments on every run and machine.";

fn number_arg(name: &str, value: Option<String>) -> u64 {
    let value = value.unwrap_or_else(|| fail(&format!("{name} needs a value")));
    value
        .replace(['_', ','], "")
        .parse()
        .unwrap_or_else(|_| fail(&format!("{name}: `{value}` is not a whole number")))
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}\n\n{USAGE}");
    std::process::exit(2)
}

fn main() {
    let (mut facts, mut out, mut seed) = (None, None, 1u64);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--facts" => facts = Some(number_arg("--facts", args.next())),
            "--seed" => seed = number_arg("--seed", args.next()),
            "--out" => {
                out = Some(PathBuf::from(
                    args.next().unwrap_or_else(|| fail("--out needs a folder")),
                ));
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            other => fail(&format!("unexpected argument `{other}`")),
        }
    }
    let facts = facts.unwrap_or_else(|| fail("--facts is required"));
    let out = out.unwrap_or_else(|| fail("--out is required"));
    if facts == 0 {
        fail("--facts must be at least 1");
    }
    match generate(&out, facts as usize, seed) {
        Ok(s) => println!(
            "wrote {} ({} facts, {:.1} MB) and {} source files ({:.1} MB)",
            out.join("facts.yaml").display(),
            s.facts,
            s.yaml_bytes as f64 / 1e6,
            s.sources,
            s.source_bytes as f64 / 1e6
        ),
        Err(e) => {
            eprintln!("error: cannot write to `{}`: {e}", out.display());
            std::process::exit(2);
        }
    }
}
