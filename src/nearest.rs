//! "Did you mean": the known name closest to an unknown one (Jaro-Winkler, at least 0.8), for
//! many unknown names against many known ones.
//!
//! Comparing each unknown name with each known one takes time in the product: a bulk rename of
//! 10,000 ids took half a minute to report. So a name is looked up once however often it is
//! written, the known names are tried from the length nearest its own outwards and those whose
//! length alone keeps them below the best so far are never compared, and the comparisons of a
//! run draw on one [`Budget`]: once it is spent, a lookup gives no suggestion. The lookups run in
//! the order of the file, so the same input gives the same messages.

use ahash::AHashMap as HashMap;

/// The least score of a suggestion.
const LEAST: f64 = 0.8;

/// Room for rounding when a bound is compared with a score: a candidate is skipped only when
/// it certainly cannot reach or tie the best.
const EPSILON: f64 = 1e-9;

/// The work a run may spend on suggestions, in character pairs compared (about 0.1 s). More
/// than a real fact base needs: a rename of 300 ids of 20 characters, among 1,000 ids, is
/// 130 million.
pub const BUDGET: u64 = 150_000_000;

/// The comparisons a run may still make, in character pairs.
#[derive(Debug)]
pub struct Budget(u64);

impl Default for Budget {
    fn default() -> Self {
        Budget(BUDGET)
    }
}

impl Budget {
    pub fn new(pairs: u64) -> Self {
        Budget(pairs)
    }

    /// Takes `cost` from what is left, or says there is not that much left (and takes nothing).
    fn spend(&mut self, cost: u64) -> bool {
        match self.0.checked_sub(cost) {
            Some(left) => {
                self.0 = left;
                true
            }
            None => false,
        }
    }
}

/// Which of two known names with the same score is suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ties {
    /// The later in the list.
    Last,
    /// The first in alphabetical order.
    Least,
}

/// Known names, grouped by their length, with the suggestion for each unknown name asked so far.
pub struct Nearest<'a> {
    known: Vec<&'a str>,
    /// Each length in characters that known names have, with their indices, shortest first.
    lengths: Vec<(usize, Vec<usize>)>,
    ties: Ties,
    asked: HashMap<String, Option<usize>>,
}

impl<'a> Nearest<'a> {
    pub fn new(known: Vec<&'a str>, ties: Ties) -> Self {
        let mut by_length: HashMap<usize, Vec<usize>> = HashMap::default();
        for (i, name) in known.iter().enumerate() {
            by_length.entry(name.chars().count()).or_default().push(i);
        }
        let mut lengths: Vec<(usize, Vec<usize>)> = by_length.into_iter().collect();
        lengths.sort_unstable_by_key(|(length, _)| *length);
        Nearest {
            known,
            lengths,
            ties,
            asked: HashMap::default(),
        }
    }

    /// The known name closest to `name`, when one scores at least 0.8 and the budget lets it be
    /// found; the same answer as comparing it with every known name.
    pub fn find(&mut self, name: &str, budget: &mut Budget) -> Option<&'a str> {
        if let Some(&found) = self.asked.get(name) {
            return found.map(|i| self.known[i]);
        }
        let found = self.search(name, budget);
        self.asked.insert(name.to_owned(), found);
        found.map(|i| self.known[i])
    }

    /// The index of the best known name, trying lengths outwards from `name`'s own while one of
    /// them could still reach or tie the best; `None` also when the budget runs out.
    fn search(&self, name: &str, budget: &mut Budget) -> Option<usize> {
        let length = name.chars().count();
        // The groups shorter than `name` (walked down) and the others (walked up).
        let split = self.lengths.partition_point(|(l, _)| *l < length);
        let (mut down, mut up) = (split, split);
        let mut best: Option<(f64, usize)> = None;
        loop {
            let below = down
                .checked_sub(1)
                .map(|d| bound(length, self.lengths[d].0));
            let above = self.lengths.get(up).map(|(l, _)| bound(length, *l));
            let (group, most) = match (below, above) {
                (Some(b), Some(a)) if b > a => (down - 1, b),
                (Some(b), None) => (down - 1, b),
                (_, Some(a)) => (up, a),
                (None, None) => break,
            };
            let floor = best.map_or(LEAST, |(score, _)| score.max(LEAST));
            if most < floor - EPSILON {
                // Each side's bounds only fall from here on.
                break;
            }
            if group < down {
                down -= 1;
            } else {
                up += 1;
            }
            budget.spend(1).then_some(())?;
            for &i in &self.lengths[group].1 {
                let other = self.known[i];
                let cost = (length as u64 + 1).saturating_mul(self.lengths[group].0 as u64 + 1);
                budget.spend(cost).then_some(())?;
                let score = strsim::jaro_winkler(name, other);
                if score >= LEAST && best.is_none_or(|b| self.better((score, i), b)) {
                    best = Some((score, i));
                }
            }
        }
        best.map(|(_, i)| i)
    }

    /// Whether `a` (a score and a known name's index) is suggested over `b`.
    fn better(&self, a: (f64, usize), b: (f64, usize)) -> bool {
        match a.0.total_cmp(&b.0) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => match self.ties {
                Ties::Last => a.1 > b.1,
                Ties::Least => self.known[a.1] < self.known[b.1],
            },
        }
    }
}

/// The highest Jaro-Winkler score two names of `a` and `b` characters can have: Jaro's matches
/// are at most the shorter length, and Winkler's prefix adds at most 0.4 of what is left.
fn bound(a: usize, b: usize) -> f64 {
    if a == 0 || b == 0 {
        return if a == b { 1.0 } else { 0.0 };
    }
    let shorter = a.min(b) as f64;
    let jaro = (shorter / a as f64 + shorter / b as f64 + 1.0) / 3.0;
    if jaro > 0.7 {
        jaro + 0.4 * (1.0 - jaro)
    } else {
        jaro
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every known name compared, as the lookup did before it was bounded.
    fn every(name: &str, known: &[&str], ties: Ties) -> Option<usize> {
        let mut best: Option<(f64, usize)> = None;
        for (i, k) in known.iter().enumerate() {
            let score = strsim::jaro_winkler(name, k);
            let wins = best.is_none_or(|(b, j)| match score.total_cmp(&b) {
                std::cmp::Ordering::Equal => match ties {
                    Ties::Last => true,
                    Ties::Least => *k < known[j],
                },
                order => order.is_gt(),
            });
            if score >= LEAST && wins {
                best = Some((score, i));
            }
        }
        best.map(|(_, i)| i)
    }

    proptest! {
        #[test]
        fn finds_what_comparing_every_name_finds(
            name in "[abc-]{0,9}",
            known in proptest::collection::vec("[abc-]{0,12}", 0..30),
            least in any::<bool>(),
        ) {
            let ties = if least { Ties::Least } else { Ties::Last };
            let known: Vec<&str> = known.iter().map(String::as_str).collect();
            let expected = every(&name, &known, ties).map(|i| known[i]);
            let mut nearest = Nearest::new(known.clone(), ties);
            let found = nearest.find(&name, &mut Budget::default());
            prop_assert_eq!(found, expected);
            // Asked again, from what it remembers.
            prop_assert_eq!(nearest.find(&name, &mut Budget::new(0)), expected);
        }
    }

    #[test]
    fn a_spent_budget_gives_no_suggestion() {
        let mut nearest = Nearest::new(vec!["regional-news"], Ties::Last);
        assert_eq!(nearest.find("regional-nwes", &mut Budget::new(10)), None);
        let mut other = Nearest::new(vec!["regional-news"], Ties::Last);
        let found = other.find("regional-nwes", &mut Budget::default());
        assert_eq!(found, Some("regional-news"));
    }
}
