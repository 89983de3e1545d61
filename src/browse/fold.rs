//! Accent- and case-insensitive matching for French names.
//!
//! fuzzy-matcher only folds ASCII case, so "serguei" would miss "Sergueï". Both the query and the
//! candidates are folded (NFD, combining marks dropped, lowercased) before matching, and the match
//! positions in the folded text are mapped back to chars of the original for highlighting.
//! (The parser's `lexicon::fold` maps folded bytes back to byte offsets and also rewrites
//! apostrophes and spaces for lexicon matching; highlighting a candidate needs char indices.)

use super::skim;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// A string folded for matching, remembering which original char each folded char came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    /// For the i-th char of `text`, the index of the char of the original string it comes from.
    origin: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut buf = [0u8; 4];
        for (i, c) in original.chars().enumerate() {
            for d in c.encode_utf8(&mut buf).nfd() {
                if is_combining_mark(d) {
                    continue;
                }
                for l in d.to_lowercase() {
                    text.push(l);
                    origin.push(i as u32);
                }
            }
        }
        Folded { text, origin }
    }

    /// Original char indices of the given folded char indices, sorted and without repeats.
    pub fn original_indices(&self, folded: &[usize]) -> Vec<usize> {
        let mut out: Vec<usize> =
            folded.iter().filter_map(|&i| self.origin.get(i).map(|&o| o as usize)).collect();
        out.dedup();
        out
    }
}

/// The folded form alone, for a query.
pub fn fold(s: &str) -> String {
    Folded::new(s).text
}

/// A filter query folded for matching: [`fold`], with the spaces, hyphens and apostrophes
/// dropped. The match is fuzzy (the query's chars in order), so a query without separators still
/// finds a name with them, while one with them found a name only if they were the same chars:
/// "etats unis", "etats-unis" and "etatsunis" all find "États-Unis", "l otan" "l’OTAN".
pub fn fold_query(s: &str) -> String {
    fold(s).chars().filter(|&c| !is_separator(c)).collect()
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '’' | '_')
}

/// Fuzzy matching on folded text: fuzzy-matcher's `SkimMatcherV2` scoring, case ignored, a
/// score depending on the label and the query alone (see [`super::skim`]).
#[derive(Default)]
pub struct Matcher;

impl Matcher {
    /// Score of `folded_query` in `candidate`, if it matches: the score of [`Matcher::find`],
    /// without the cost of the positions.
    pub fn score(&self, candidate: &Folded, folded_query: &str) -> Option<i64> {
        self.score_text(&candidate.text, folded_query)
    }

    /// [`Matcher::score`] of a label given by its folded text alone.
    pub fn score_text(&self, folded_label: &str, folded_query: &str) -> Option<i64> {
        // Most labels do not hold the query's chars in order: a byte scan rules them out before
        // the matcher's scoring. Both sides are folded to lowercase, and the matcher compares
        // chars exactly apart from ASCII case, so this is a necessary condition.
        if !is_subsequence(folded_query.as_bytes(), folded_label.as_bytes()) {
            return None;
        }
        skim::score(folded_label, folded_query)
    }

    /// Original char positions of `folded_query` in `candidate`, if it matches.
    pub fn positions(&self, candidate: &Folded, folded_query: &str) -> Option<Vec<usize>> {
        let (_, idx) = skim::fuzzy(&candidate.text, folded_query, true)?;
        Some(candidate.original_indices(&idx))
    }

    /// Score and original char positions of `folded_query` in `candidate`, if it matches.
    pub fn find(&self, candidate: &Folded, folded_query: &str) -> Option<(i64, Vec<usize>)> {
        // The score is `score`'s, the one candidates are ranked by: the matcher's scoring with
        // positions (a full matrix, not two rows) can differ from it by a few points.
        let score = self.score(candidate, folded_query)?;
        Some((score, self.positions(candidate, folded_query)?))
    }
}

/// Whether `needle` occurs in `hay` in order, not necessarily contiguously.
fn is_subsequence(needle: &[u8], hay: &[u8]) -> bool {
    let mut rest = hay;
    needle.iter().all(|b| match rest.iter().position(|h| h == b) {
        Some(i) => {
            rest = &rest[i + 1..];
            true
        }
        None => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold("Sergueï LAVROV"), "serguei lavrov");
        assert_eq!(fold("États-Unis"), "etats-unis");
        assert_eq!(fold("Israël"), "israel");
    }

    #[test]
    fn decomposed_input_folds_like_composed() {
        assert_eq!(fold("E\u{301}tats"), fold("États"));
    }

    #[test]
    fn maps_match_positions_back_to_original_chars() {
        let cand = Folded::new("Sergueï Lavrov");
        let (_, pos) = Matcher.find(&cand, &fold("serguei")).unwrap();
        assert_eq!(pos, vec![0, 1, 2, 3, 4, 5, 6]);
        let chars: Vec<char> = "Sergueï Lavrov".chars().collect();
        assert_eq!(chars[pos[6]], 'ï');
    }

    #[test]
    fn decomposed_accent_maps_to_its_base_char() {
        // "É" written as E + combining acute: two original chars, the match points at the E.
        let cand = Folded::new("E\u{301}tats-Unis");
        let (_, pos) = Matcher.find(&cand, "etats").unwrap();
        assert_eq!(pos, vec![0, 2, 3, 4, 5]);
    }

    #[test]
    fn queries_ignore_separators() {
        let m = Matcher;
        let cand = Folded::new("États-Unis");
        for q in ["etats unis", "Etats-Unis", "états  unis", "etatsunis", " etats\u{a0}unis "] {
            assert!(m.find(&cand, &fold_query(q)).is_some(), "{q:?}");
        }
        assert!(m.find(&Folded::new("l’OTAN"), &fold_query("l'otan")).is_some());
        assert!(m.find(&Folded::new("Sergueï Lavrov"), &fold_query("serguei   lavrov")).is_some());
    }

    #[test]
    fn no_match_is_none() {
        assert!(Matcher.find(&Folded::new("Israël"), "lavrov").is_none());
    }

    proptest::proptest! {
        // A score depends on the label and the query alone, not on what was scored before.
        #[test]
        fn a_score_does_not_depend_on_earlier_scores(
            label in "[aelrsvuAÉéèï' -]{1,14}",
            earlier in proptest::collection::vec(("[aelrsvuAÉéèï' -]{1,20}", "[aelrsvu]{1,4}"), 1..8),
            query in "[aelrsvu]{1,4}",
        ) {
            let m = Matcher;
            let label = Folded::new(&label);
            let alone = Matcher.score(&label, &query);
            for (other, q) in &earlier {
                m.score(&Folded::new(other), q);
                m.find(&Folded::new(other), q);
            }
            proptest::prop_assert_eq!(m.score(&label, &query), alone);
            proptest::prop_assert_eq!(m.find(&label, &query).map(|(score, _)| score), alone);
        }
    }

    #[test]
    fn a_score_is_the_same_after_a_longer_label() {
        // A case the matcher's cache got wrong: 74 after this label, 62 alone.
        let (m, label) = (Matcher, Folded::new("-s -ÉÉsa"));
        let alone = m.score(&label, "ees");
        m.score(&Folded::new("AlÉ rÉsuèÉelè'"), "a");
        assert_eq!(m.score(&label, "ees"), alone);
    }

    proptest::proptest! {
        // What the prompt's incremental filtering rests on: typing appends to the folded query
        // (chars fold one at a time), and a label a query matches is matched by every
        // subsequence of that query (the matcher's, and the byte scan's, test is a subsequence one).
        #[test]
        fn typing_extends_the_folded_query_and_narrows_the_matches(
            typed in "[a-zéèïœA-ZÉ .'’-]{0,8}",
            more in "[a-zéèïœA-ZÉ .'’\\u{301}-]{0,4}",
            noise in "[a-zéèïœA-ZÉ .'’-]{0,20}",
            keep in proptest::collection::vec(proptest::bool::ANY, 12),
        ) {
            let longer = fold_query(&(typed.clone() + &more));
            proptest::prop_assert_eq!(&longer, &(fold_query(&typed) + &fold_query(&more)));
            // A label holding what was typed, other chars between: the longer query matches it.
            let typed_chars: Vec<char> = (typed + &more).chars().collect();
            let label: String = noise
                .chars()
                .map(Some)
                .chain(std::iter::repeat(None))
                .zip(typed_chars.iter().map(Some).chain(std::iter::repeat(None)))
                .take(typed_chars.len().max(noise.chars().count()))
                .flat_map(|(n, t)| n.into_iter().chain(t.copied()))
                .collect();
            let (m, cand) = (Matcher, Folded::new(&label));
            proptest::prop_assert!(m.score(&cand, &longer).is_some(), "{:?} in {:?}", longer, label);
            // Any subsequence of it (a shorter query typed on the way, with chars dropped) too.
            let shorter: String = longer
                .chars()
                .zip(keep.iter().chain(std::iter::repeat(&true)))
                .filter(|(_, &k)| k)
                .map(|(c, _)| c)
                .collect();
            proptest::prop_assert!(m.score(&cand, &shorter).is_some(), "{:?} in {:?}", shorter, label);
        }
    }

    proptest::proptest! {
        // The filter ranks labels by `score` and shows `find`: they must agree on what matches,
        // and the positions shown must spell the query.
        #[test]
        fn find_matches_where_score_does_and_spells_the_query(
            label in "[a-zéèïA-Z .'-]{1,40}",
            picks in proptest::collection::vec(proptest::bool::weighted(0.2), 40),
            extra in "[a-z]?",
        ) {
            // A query made of some of the label's chars (a match), sometimes with one more.
            let query: String = label.chars().zip(&picks).filter(|(_, &p)| p).map(|(c, _)| c).collect();
            let (m, cand, q) = (Matcher, Folded::new(&label), fold(&(query + &extra)));
            let found = m.find(&cand, &q);
            proptest::prop_assert_eq!(m.score(&cand, &q), found.as_ref().map(|(score, _)| *score));
            if let Some((_, positions)) = found {
                let chars: Vec<char> = label.chars().collect();
                let spelt: String = positions.iter().map(|&i| chars[i]).collect();
                proptest::prop_assert_eq!(fold(&spelt), q);
            }
        }
    }
}
