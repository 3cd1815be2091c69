//! The language of a source whose entry gives none, told from its text: by its script
//! (Cyrillic, Greek, Arabic, ...), and for Latin script by the commonest function words of
//! each language counted over the text. It decides only on a clear margin; otherwise the
//! source is read as English, as before.

use super::Language;
use ahash::AHashMap as HashMap;
use std::sync::OnceLock;

/// A language told from a text, with the evidence a message names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Told {
    pub language: Language,
    /// Its name in English ("German").
    pub name: &'static str,
    /// What told it: its commonest function words, or its letters or script (at most three).
    pub evidence: Vec<String>,
    /// What the evidence is: "words", "letters" or "script".
    kind: &'static str,
}

impl Told {
    /// "read as German (its words: und, die, nicht)".
    pub fn said(&self) -> String {
        format!(
            "read as {} (its {}: {})",
            self.name,
            self.kind,
            self.evidence.join(", ")
        )
    }

    /// Whether it is English, which reads as a source without a language does.
    pub fn is_english(&self) -> bool {
        self.language.primary() == "en"
    }
}

/// How much of a text is read, in bytes: its first few hundred words say its language as well
/// as all of it, and a fact base has hundreds of sources to tell.
const LOOKED_AT: usize = 2_000;

/// The least evidence a language is told on, and how many times the next language's it must
/// be: a clear margin, so that an English article with a quoted French phrase or a few Polish
/// names stays English.
const LEAST: usize = 3;
const MARGIN: usize = 2;

/// Enough function words to decide on: counting stops when one language has this many and
/// `SURE` times any other's (a long article's first few hundred words say its language as
/// well as all of them, for a fraction of the cost); otherwise it runs to the end.
const ENOUGH: usize = 100;
const SURE: usize = 4;

/// Enough letters to tell a Latin-script text's script by, when no other script is near.
const ENOUGH_LETTERS: usize = 1_000;

/// The Latin-script languages told by their words, with their names.
const LATIN: &[(&str, &str)] = &[
    ("en", "English"),
    ("de", "German"),
    ("fr", "French"),
    ("es", "Spanish"),
    ("it", "Italian"),
    ("pt", "Portuguese"),
    ("pl", "Polish"),
    ("nl", "Dutch"),
    ("cs", "Czech"),
    ("tr", "Turkish"),
    ("sv", "Swedish"),
];

/// Each language's commonest function words, lowercase, in the order of `LATIN`. A word that
/// two of them share (`de`, `la`, `que`, `e`, `in`, `na`, `no`, `mais`, `die`, `en`, `om`) tells
/// neither and is left out, and so is one that another language near it writes as often
/// (Polish `ale`, `jako`, `tak` for Czech; Danish and Norwegian `det`, `som`, `har` for
/// Swedish), or that English prose has (`met`, `men`, `pro`).
const WORDS: &[&[&str]] = &[
    &[
        "the", "and", "of", "to", "is", "was", "were", "with", "that", "said", "for", "has",
        "have", "had", "by", "from", "it", "this", "are", "be", "not", "which", "his", "her",
        "their", "they", "will", "at", "but", "who", "would", "been",
    ],
    &[
        "der", "die", "das", "und", "nicht", "ist", "mit", "den", "dem", "ein", "eine", "einen",
        "sich", "auf", "von", "auch", "für", "wird", "wurde", "sind", "im", "zu", "bei", "nach",
        "sagte", "dass", "werden", "hat", "nur", "noch", "über", "aus", "wie", "oder",
    ],
    &[
        "le", "les", "et", "des", "du", "une", "est", "pour", "dans", "qui", "pas", "au", "aux",
        "sur", "ne", "ont", "été", "avec", "elle", "sont", "ces", "cette", "selon",
    ],
    &[
        "el", "los", "las", "y", "del", "por", "con", "lo", "al", "fue", "está", "más", "según",
        "pero", "sus", "muy", "también", "desde", "han", "dijo",
    ],
    &[
        "il", "di", "che", "della", "sono", "dei", "gli", "delle", "nel", "nella", "alla", "è",
        "anche", "più", "degli", "ai", "dal", "sul", "per", "non", "stato", "questo",
    ],
    &[
        "o", "os", "dos", "não", "em", "uma", "com", "ao", "pelo", "pela", "foi", "são", "seu",
        "sua", "às", "também", "disse", "ele",
    ],
    &[
        "w", "i", "nie", "się", "z", "że", "jest", "od", "przez", "jak", "za", "ze", "są", "oraz",
        "został", "było", "tym", "jego", "już", "także", "który", "która", "które",
    ],
    &[
        "het", "een", "van", "niet", "zijn", "voor", "op", "dat", "ook", "aan", "werd", "wordt",
        "maar", "bij", "naar", "heeft", "hebben", "zei", "uit", "deze", "tot", "nog", "volgens",
        "geen", "wel", "worden", "hij", "zij",
    ],
    &[
        "jsou", "který", "které", "podle", "také", "však", "při", "již", "řekl", "uvedl", "byla",
        "bylo", "jeho", "jejich", "mezi", "nebo", "jen", "že",
    ],
    &[
        "ve", "bir", "bu", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "sonra",
        "kadar", "dedi", "göre", "ise", "ama", "değil", "ancak",
    ],
    &[
        "och", "att", "inte", "till", "är", "enligt", "också", "eller", "sade", "hade", "ett",
        "efter", "skulle", "kommer", "från",
    ],
];

/// Letters that only one of them writes, so that a word with one counts for it (`przyjęła`,
/// `milhões`): a short Polish article has few function words but many such letters.
const LETTERS: &[(usize, &[char])] = &[
    (6, &['ł', 'ą', 'ę', 'ś', 'ź', 'ż']),
    (5, &['ã', 'õ']),
    (8, &['ř', 'ě', 'ů']),
    (9, &['ı', 'ğ']),
];

/// Each function word to its index in `WORDS`: the language's, and the word's own.
fn word_table() -> &'static HashMap<&'static str, (usize, usize)> {
    static TABLE: OnceLock<HashMap<&'static str, (usize, usize)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashMap::new();
        for (l, words) in WORDS.iter().enumerate() {
            for (w, word) in words.iter().enumerate() {
                table.insert(*word, (l, w));
            }
        }
        table
    })
}

/// The language of `text`, when its script or words say it clearly; `None` when they do not
/// (the source then reads as English, as a source without a language always did).
pub fn tell(text: &str) -> Option<Told> {
    let text = &text[..text.floor_char_boundary(LOOKED_AT)];
    let scripts = Scripts::count(text);
    if let Some(told) = scripts.tell(text) {
        return told;
    }
    tell_latin(text)
}

/// The letters of each script in a text, and the letters that tell its languages apart.
#[derive(Default)]
struct Scripts {
    latin: usize,
    cyrillic: usize,
    greek: usize,
    arabic: usize,
    hebrew: usize,
    armenian: usize,
    georgian: usize,
    /// Ukrainian's own letters (і ї є ґ), Russian's (ы э ъ ё), Belarusian's (ў).
    ukrainian: usize,
    russian: usize,
    belarusian: usize,
    /// Persian's own letters (پ چ ژ گ and its forms of yeh and kaf), Arabic's (ة ي ك).
    persian: usize,
    arabic_own: usize,
}

impl Scripts {
    fn count(text: &str) -> Scripts {
        let mut s = Scripts::default();
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            if s.latin >= ENOUGH_LETTERS && s.latin > 4 * MARGIN * s.others() {
                break;
            }
            match c {
                'a'..='z' | 'A'..='Z' | 'À'..='ɏ' => s.latin += 1,
                'Ѐ'..='ӿ' => {
                    s.cyrillic += 1;
                    match c.to_lowercase().next().unwrap_or(c) {
                        'і' | 'ї' | 'є' | 'ґ' => s.ukrainian += 1,
                        'ы' | 'э' | 'ъ' | 'ё' => s.russian += 1,
                        'ў' => s.belarusian += 1,
                        _ => {}
                    }
                }
                'Ͱ'..='Ͽ' | 'ἀ'..='῾' => s.greek += 1,
                '\u{0600}'..='\u{06FF}' => {
                    s.arabic += 1;
                    match c {
                        'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک' => s.persian += 1,
                        'ة' | 'ي' | 'ك' => s.arabic_own += 1,
                        _ => {}
                    }
                }
                '\u{0590}'..='\u{05FF}' => s.hebrew += 1,
                '\u{0530}'..='\u{058F}' => s.armenian += 1,
                '\u{10A0}'..='\u{10FF}' => s.georgian += 1,
                _ => {}
            }
        }
        s
    }

    fn others(&self) -> usize {
        self.cyrillic + self.greek + self.arabic + self.hebrew + self.armenian + self.georgian
    }

    /// `Some(told)` when another script than Latin is the text's (more than `MARGIN` times
    /// the Latin letters): `told` is its language when the script and its letters say one.
    /// `None` when the text is in Latin script.
    fn tell(&self, text: &str) -> Option<Option<Told>> {
        let scripts = [
            (self.cyrillic, "Cyrillic"),
            (self.greek, "Greek"),
            (self.arabic, "Arabic"),
            (self.hebrew, "Hebrew"),
            (self.armenian, "Armenian"),
            (self.georgian, "Georgian"),
        ];
        let (most, script) = scripts.into_iter().max_by_key(|(n, _)| *n)?;
        if most < 20 || most <= MARGIN * self.latin {
            return None;
        }
        let by_script = |tag, name| Some(told(tag, name, "script", vec![script.to_owned()]));
        Some(match script {
            "Cyrillic" if self.belarusian == 0 => (self.ukrainian, self.russian).pick(
                text,
                ("uk", "Ukrainian", "іїєґ"),
                ("ru", "Russian", "ыэъё"),
            ),
            "Arabic" => (self.persian, self.arabic_own).pick(
                text,
                ("fa", "Persian", "پچژگیک"),
                ("ar", "Arabic", "ةيك"),
            ),
            "Greek" => by_script("el", "Greek"),
            "Hebrew" => by_script("he", "Hebrew"),
            "Armenian" => by_script("hy", "Armenian"),
            "Georgian" => by_script("ka", "Georgian"),
            _ => None,
        })
    }
}

/// Of two languages of one script told by their own letters, the one whose letters the text
/// has on a clear margin, if either.
trait Pick {
    fn pick(self, text: &str, a: Own, b: Own) -> Option<Told>;
}

/// A language's tag, name and own letters.
type Own = (&'static str, &'static str, &'static str);

impl Pick for (usize, usize) {
    fn pick(self, text: &str, a: Own, b: Own) -> Option<Told> {
        let (x, y) = self;
        let (tag, name, letters) = if x >= LEAST && x >= MARGIN * y {
            a
        } else if y >= LEAST && y >= MARGIN * x {
            b
        } else {
            return None;
        };
        let own: Vec<char> = letters.chars().collect();
        Some(told(tag, name, "letters", vec![found_letters(&own, text)]))
    }
}

fn told(tag: &str, name: &'static str, kind: &'static str, evidence: Vec<String>) -> Told {
    Told {
        language: Language(tag.to_owned()),
        name,
        evidence,
        kind,
    }
}

/// The Latin-script language of `text` by its function words and own letters.
fn tell_latin(text: &str) -> Option<Told> {
    let table = word_table();
    // How often each function word occurs, and each language's words with its own letters.
    let mut seen: Vec<Vec<usize>> = WORDS.iter().map(|w| vec![0; w.len()]).collect();
    let mut lettered = [0usize; LATIN.len()];
    let mut scores = [0usize; LATIN.len()];
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 24 {
            continue;
        }
        // Most words are ASCII, which no language's own letters are.
        if let Some(l) = (!word.is_ascii()).then(|| own_letters(word)).flatten() {
            lettered[l] += 1;
            scores[l] += 1;
        }
        if word.len() > 9 {
            continue; // no function word is longer
        }
        // Most words are lowercase ASCII already.
        let key = if word.bytes().all(|b| b.is_ascii_lowercase()) {
            word
        } else {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            lower.as_str()
        };
        if let Some(&(l, w)) = table.get(key) {
            seen[l][w] += 1;
            scores[l] += 1;
            if scores[l] >= ENOUGH && sure(&scores, l) {
                break;
            }
        }
    }
    decide(text, &scores, &seen, &lettered)
}

/// Whether language `l` has `SURE` times the function words of any other.
fn sure(scores: &[usize; LATIN.len()], l: usize) -> bool {
    (scores.iter().enumerate()).all(|(k, n)| k == l || SURE * n < scores[l])
}

/// Those of `own` letters that `text` has, lowercase or capital: "ł, ę".
fn found_letters(own: &[char], text: &str) -> String {
    let has = |c: char| text.contains(c) || c.to_uppercase().any(|u| text.contains(u));
    let found: Vec<String> = own
        .iter()
        .filter(|&&c| has(c))
        .map(|c| c.to_string())
        .collect();
    found.join(", ")
}

/// The language in `LATIN` of a word with one of its own letters (`LETTERS`), if any.
fn own_letters(word: &str) -> Option<usize> {
    let has = |own: &[char]| {
        word.chars()
            .flat_map(char::to_lowercase)
            .any(|c| own.contains(&c))
    };
    LETTERS.iter().find(|(_, own)| has(own)).map(|(l, _)| *l)
}

/// The language whose evidence is at least `LEAST`, of at least two kinds or words, and
/// `MARGIN` times any other's; English when English wins.
fn decide(
    text: &str,
    scores: &[usize; LATIN.len()],
    seen: &[Vec<usize>],
    lettered: &[usize; LATIN.len()],
) -> Option<Told> {
    let best = (0..scores.len()).max_by_key(|&l| scores[l])?;
    let next = (0..scores.len())
        .filter(|&l| l != best)
        .map(|l| scores[l])
        .max()?;
    if scores[best] < LEAST || scores[best] < MARGIN * next.max(1) {
        return None;
    }
    // The commonest words first; a language told by its letters names one word with them.
    let mut words: Vec<(usize, &str)> = (WORDS[best].iter().zip(&seen[best]))
        .filter(|(_, n)| **n > 0)
        .map(|(w, n)| (*n, *w))
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.0));
    let kinds = words.len() + usize::from(lettered[best] > 0);
    if kinds < 2 {
        return None; // one word alone, such as Danish's `i` read as Polish's
    }
    let (tag, name) = LATIN[best];
    let mut evidence: Vec<String> = words.iter().take(3).map(|(_, w)| (*w).to_owned()).collect();
    let own = LETTERS.iter().find(|(l, _)| *l == best);
    if let (true, Some((_, own))) = (evidence.len() < 3 && lettered[best] > 0, own) {
        evidence.push(format!("words with {}", found_letters(own, text)));
    }
    Some(told(tag, name, "words", evidence))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> Option<String> {
        tell(text).map(|t| t.language.as_str().to_owned())
    }

    #[test]
    fn each_language_is_told_by_its_words_letters_or_script() {
        for (text, want) in [
            (
                "Die EU stellt 2,3 Mrd. Euro bereit, und das ist nicht wenig.",
                "de",
            ),
            (
                "Le pays compte 2,3 millions de déplacés selon les autorités.",
                "fr",
            ),
            (
                "El paro bajó al 3,7 % según los datos del gobierno y la UE.",
                "es",
            ),
            (
                "Il governo stanzia 3 miliardi di euro. Sono arrivati i turisti.",
                "it",
            ),
            (
                "O país exportou 1,2 milhões de toneladas. O PIB cresceu.",
                "pt",
            ),
            ("Polska przyjęła 15 tys. uchodźców w ciągu doby.", "pl"),
            (
                "Из региона выехали 1,5 млн человек, по данным ООН. Это было.",
                "ru",
            ),
            (
                "Область прийняла 2,3 млн переселенців, за даними ОВА. Її мер.",
                "uk",
            ),
            (
                "Volgens de politie zijn er 1,5 miljoen mensen op straat geweest, maar het kabinet \
                 heeft dat niet bevestigd.",
                "nl",
            ),
            (
                "Podle ministerstva přišlo 1,5 milionu lidí, řekl mluvčí. Město však také čeká.",
                "cs",
            ),
            (
                "Bakanlık, 1,5 milyon kişinin tahliye edildiğini söyledi ve bu sayı daha da artabilir.",
                "tr",
            ),
            (
                "Enligt polisen deltog 1,5 miljoner människor, och det är inte första gången.",
                "sv",
            ),
            ("Στην Αθήνα διαδήλωσαν 1.500 άνθρωποι.", "el"),
            (
                "نزح 300 ألف شخص من المدينة خلال أسبوع. وقدمت الأمم المتحدة مساعدة",
                "ar",
            ),
            (
                "The index closed at 1.500 points, and it was the highest of the year.",
                "en",
            ),
        ] {
            assert_eq!(tag(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn english_with_foreign_names_and_a_quoted_phrase_stays_english() {
        let text = "About 1,500 people marched through Lyon, police said. The crowd chanted « la \
            France ne paiera pas » as it passed. Marine Le Pen was in Łódź, where she met Lech \
            Wałęsa; the chancellor, quoted as saying \"Wir schaffen das, und wir werden nicht \
            aufgeben\", was in Düsseldorf with Ursula von der Leyen.";
        // Undecided reads as English too.
        assert!(tag(text).is_none_or(|t| t == "en"), "{:?}", tag(text));
        let longer = format!("{text} The rally was the biggest of the year, and it ended at 6.");
        assert_eq!(tag(&longer).as_deref(), Some("en"));
    }

    #[test]
    fn too_little_or_mixed_evidence_tells_nothing() {
        for text in [
            "",
            "Luleå, Київ 🎉",
            "1.500",
            "Hoje, no Porto: 3 mortos.",
            // Danish: its `i` alone is no Polish.
            "Der er 1.500 mennesker i byen i dag i alt",
            // Norwegian: the words it shares with Swedish tell neither.
            "Det er mange som har flyttet til byen, og det er ikke lett for dem",
            // Belarusian's ў: neither Russian nor Ukrainian.
            "Мінск і Гомель: ўсё добра, і мы ведаем гэта і ёсць",
        ] {
            assert_eq!(tag(text), None, "{text}");
        }
    }

    #[test]
    fn no_word_tells_two_languages() {
        let mut seen = std::collections::HashMap::new();
        for (l, words) in WORDS.iter().enumerate() {
            for word in *words {
                let first = seen.insert(*word, l);
                assert!(first.is_none_or(|k| k == l), "{word}: {:?}", first);
            }
        }
        assert_eq!(WORDS.len(), LATIN.len());
        assert!(LETTERS.iter().all(|(l, _)| *l < LATIN.len()));
    }

    #[test]
    fn it_says_what_told_it() {
        let told = tell("Der Zug und die Bahn: das ist nicht der Fall, und die Bahn").unwrap();
        assert_eq!(told.said(), "read as German (its words: der, die, und)");
        let told = tell("Polska przyjęła 15 tys. uchodźców w ciągu doby.").unwrap();
        assert_eq!(
            told.said(),
            "read as Polish (its words: w, words with ł, ą, ę, ź)"
        );
    }
}
