//! A language's own number words (`sieben`, `trois`, `cinco`, `восьми`, `п'ять`), so that a
//! quote that spells out a count in its language gives the number an English statement
//! writes (`seven years` for `sieben Jahren`). Only words of one number each are read (up to
//! twenty, the tens, a hundred, and the ordinals of the first ten), in the forms the
//! language bends them into; a word that is also an article (`ein`, `un`, `una`) is left
//! out, as `a` is in English.

/// A language's number words: whole forms, and stems that take one of the language's endings
/// (`viert` + `en` is `vierten`, `пят` + `ый` is `пятый`).
#[derive(Debug, PartialEq, Eq)]
pub struct NumberWords {
    /// Forms, lowercase, with their values.
    pub forms: &'static [(&'static str, u32)],
    /// Stems, lowercase, that name their value only with one of `endings` after them.
    pub stems: &'static [(&'static str, u32)],
    pub endings: &'static [&'static str],
}

impl NumberWords {
    /// The value of `word` (any case; a Ukrainian apostrophe written `'`).
    pub fn value(&self, word: &str) -> Option<u32> {
        let lower = word.to_lowercase();
        if let Some(&(_, n)) = self.forms.iter().find(|(f, _)| *f == lower) {
            return Some(n);
        }
        self.stems.iter().find_map(|&(stem, n)| {
            let ending = lower.strip_prefix(stem)?;
            self.endings.contains(&ending).then_some(n)
        })
    }
}

/// The number words of the language whose primary subtag is `primary`, if it has a table.
pub fn of(primary: &str) -> Option<&'static NumberWords> {
    match primary {
        "de" => Some(&GERMAN),
        "fr" => Some(&FRENCH),
        "es" => Some(&SPANISH),
        "ru" => Some(&RUSSIAN),
        "uk" => Some(&UKRAINIAN),
        _ => None,
    }
}

static GERMAN: NumberWords = NumberWords {
    forms: &[
        ("eins", 1),
        ("zwei", 2),
        ("zwo", 2),
        ("drei", 3),
        ("vier", 4),
        ("fünf", 5),
        ("sechs", 6),
        ("sieben", 7),
        ("acht", 8),
        ("neun", 9),
        ("zehn", 10),
        ("elf", 11),
        ("zwölf", 12),
        ("dreizehn", 13),
        ("vierzehn", 14),
        ("fünfzehn", 15),
        ("sechzehn", 16),
        ("siebzehn", 17),
        ("achtzehn", 18),
        ("neunzehn", 19),
        ("zwanzig", 20),
        ("dreißig", 30),
        ("vierzig", 40),
        ("fünfzig", 50),
        ("sechzig", 60),
        ("siebzig", 70),
        ("achtzig", 80),
        ("neunzig", 90),
        ("hundert", 100),
    ],
    // The ordinals: `erste`, `vierten`, `siebter`.
    stems: &[
        ("erst", 1),
        ("zweit", 2),
        ("dritt", 3),
        ("viert", 4),
        ("fünft", 5),
        ("sechst", 6),
        ("siebt", 7),
        ("siebent", 7),
        ("acht", 8),
        ("neunt", 9),
        ("zehnt", 10),
        ("elft", 11),
        ("zwölft", 12),
    ],
    endings: &["e", "en", "er", "es", "em"],
};

// Not `cent` (`pour cent` is a percent), nor `un`, `une` (articles).
static FRENCH: NumberWords = NumberWords {
    forms: &[
        ("deux", 2),
        ("trois", 3),
        ("quatre", 4),
        ("cinq", 5),
        ("six", 6),
        ("sept", 7),
        ("huit", 8),
        ("neuf", 9),
        ("dix", 10),
        ("onze", 11),
        ("douze", 12),
        ("treize", 13),
        ("quatorze", 14),
        ("quinze", 15),
        ("seize", 16),
        ("vingt", 20),
        ("trente", 30),
        ("quarante", 40),
        ("cinquante", 50),
        ("soixante", 60),
        ("premier", 1),
        ("première", 1),
        ("premiers", 1),
        ("premières", 1),
    ],
    stems: &[
        ("deux", 2),
        ("trois", 3),
        ("quatr", 4),
        ("cinqu", 5),
        ("six", 6),
        ("sept", 7),
        ("huit", 8),
        ("neuv", 9),
        ("dix", 10),
        ("onz", 11),
        ("douz", 12),
        ("vingt", 20),
    ],
    endings: &["ième", "ièmes"],
};

// Not `un`, `una`, `uno` (articles and pronouns).
static SPANISH: NumberWords = NumberWords {
    forms: &[
        ("dos", 2),
        ("tres", 3),
        ("cuatro", 4),
        ("cinco", 5),
        ("seis", 6),
        ("siete", 7),
        ("ocho", 8),
        ("nueve", 9),
        ("diez", 10),
        ("once", 11),
        ("doce", 12),
        ("trece", 13),
        ("catorce", 14),
        ("quince", 15),
        ("dieciséis", 16),
        ("diecisiete", 17),
        ("dieciocho", 18),
        ("diecinueve", 19),
        ("veinte", 20),
        ("treinta", 30),
        ("cuarenta", 40),
        ("cincuenta", 50),
        ("sesenta", 60),
        ("setenta", 70),
        ("ochenta", 80),
        ("noventa", 90),
        ("cien", 100),
        ("ciento", 100),
        ("primer", 1),
        ("tercer", 3),
    ],
    stems: &[
        ("primer", 1),
        ("segund", 2),
        ("tercer", 3),
        ("cuart", 4),
        ("quint", 5),
        ("sext", 6),
        ("séptim", 7),
        ("octav", 8),
        ("noven", 9),
        ("décim", 10),
    ],
    endings: &["o", "a", "os", "as"],
};

/// Russian bends its numbers by case: `пять`, `пяти`, `пятью`, and the ordinal `пятый`,
/// `пятого`, ... share a stem.
static RUSSIAN: NumberWords = NumberWords {
    forms: &[
        ("один", 1),
        ("одна", 1),
        ("одно", 1),
        ("одного", 1),
        ("одной", 1),
        ("одному", 1),
        ("одну", 1),
        ("одним", 1),
        ("два", 2),
        ("две", 2),
        ("двух", 2),
        ("двум", 2),
        ("двумя", 2),
        ("три", 3),
        ("трёх", 3),
        ("трех", 3),
        ("трём", 3),
        ("трем", 3),
        ("тремя", 3),
        ("четыре", 4),
        ("четырёх", 4),
        ("четырех", 4),
        ("четырём", 4),
        ("четырем", 4),
        ("четырьмя", 4),
        ("семь", 7),
        ("семи", 7),
        ("семью", 7),
        ("восемь", 8),
        ("восьми", 8),
        ("восемью", 8),
        ("восьмью", 8),
        ("сорок", 40),
        ("сорока", 40),
        ("пятьдесят", 50),
        ("пятидесяти", 50),
        ("шестьдесят", 60),
        ("шестидесяти", 60),
        ("семьдесят", 70),
        ("семидесяти", 70),
        ("восемьдесят", 80),
        ("восьмидесяти", 80),
        ("девяносто", 90),
        ("девяноста", 90),
        ("сто", 100),
        ("ста", 100),
    ],
    stems: &[
        ("перв", 1),
        ("втор", 2),
        ("трет", 3),
        ("четвёрт", 4),
        ("четверт", 4),
        ("пят", 5),
        ("шест", 6),
        ("седьм", 7),
        ("восьм", 8),
        ("девят", 9),
        ("десят", 10),
        ("одиннадцат", 11),
        ("двенадцат", 12),
        ("тринадцат", 13),
        ("четырнадцат", 14),
        ("пятнадцат", 15),
        ("шестнадцат", 16),
        ("семнадцат", 17),
        ("восемнадцат", 18),
        ("девятнадцат", 19),
        ("двадцат", 20),
        ("тридцат", 30),
    ],
    endings: &[
        "ь", "и", "ью", "ый", "ой", "ий", "ого", "ому", "ом", "ая", "ую", "ое", "ые", "ых", "ым",
        "ыми", "ьего", "ьей", "ьем", "ья", "ье", "ьи", "ьих",
    ],
};

/// Ukrainian bends its numbers as Russian does; `п'ять` is read with its apostrophe.
static UKRAINIAN: NumberWords = NumberWords {
    forms: &[
        ("один", 1),
        ("одна", 1),
        ("одне", 1),
        ("одного", 1),
        ("одній", 1),
        ("одну", 1),
        ("два", 2),
        ("дві", 2),
        ("двох", 2),
        ("двом", 2),
        ("двома", 2),
        ("три", 3),
        ("трьох", 3),
        ("трьом", 3),
        ("трьома", 3),
        ("чотири", 4),
        ("чотирьох", 4),
        ("чотирьом", 4),
        ("чотирма", 4),
        ("шість", 6),
        ("шести", 6),
        ("шістьох", 6),
        ("шістьма", 6),
        ("сім", 7),
        ("семи", 7),
        ("сімох", 7),
        ("сьома", 7),
        ("вісім", 8),
        ("восьми", 8),
        ("вісьмох", 8),
        ("вісьма", 8),
        ("сорок", 40),
        ("сорока", 40),
        ("п'ятдесят", 50),
        ("шістдесят", 60),
        ("сімдесят", 70),
        ("вісімдесят", 80),
        ("дев'яносто", 90),
        ("сто", 100),
    ],
    stems: &[
        ("перш", 1),
        ("друг", 2),
        ("трет", 3),
        ("четверт", 4),
        ("п'ят", 5),
        ("шост", 6),
        ("сьом", 7),
        ("восьм", 8),
        ("дев'ят", 9),
        ("десят", 10),
        ("одинадцят", 11),
        ("дванадцят", 12),
        ("тринадцят", 13),
        ("чотирнадцят", 14),
        ("п'ятнадцят", 15),
        ("шістнадцят", 16),
        ("сімнадцят", 17),
        ("вісімнадцят", 18),
        ("дев'ятнадцят", 19),
        ("двадцят", 20),
        ("тридцят", 30),
    ],
    endings: &[
        "ь", "и", "ьох", "ьом", "ьма", "ий", "ого", "ому", "ім", "ій", "а", "у", "ої", "ою", "е",
        "і", "их", "им", "ими", "ього", "ьої", "ьому", "я", "ю", "є",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_languages_words_are_read_in_their_forms() {
        let value = |lang: &str, word: &str| of(lang).and_then(|w| w.value(word));
        assert_eq!(value("de", "sieben"), Some(7));
        assert_eq!(value("de", "Vierten"), Some(4));
        assert_eq!(value("de", "Viertel"), None);
        assert_eq!(value("de", "ein"), None);
        assert_eq!(value("fr", "trois"), Some(3));
        assert_eq!(value("fr", "quatrième"), Some(4));
        assert_eq!(value("fr", "cent"), None);
        assert_eq!(value("es", "cinco"), Some(5));
        assert_eq!(value("es", "tercera"), Some(3));
        assert_eq!(value("es", "una"), None);
        assert_eq!(value("ru", "Пяти"), Some(5));
        assert_eq!(value("ru", "пятый"), Some(5));
        assert_eq!(value("ru", "пятница"), None);
        assert_eq!(value("ru", "восьми"), Some(8));
        assert_eq!(value("uk", "восьми"), Some(8));
        assert_eq!(value("uk", "п'ять"), Some(5));
        assert_eq!(value("uk", "вівторок"), None);
        assert_eq!(value("en", "seven"), None);
    }
}
