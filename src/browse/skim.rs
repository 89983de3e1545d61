//! fuzzy-matcher 0.3.7's `SkimMatcherV2` scoring (default scores, case ignored), on a matrix
//! cleared for every call: the same score and positions as a new `SkimMatcherV2` gives.
//!
//! Why not the crate's matcher: it keeps a score matrix per thread and reuses it without
//! resetting every cell it reads (the `bonus` of a matched cell), so a label's score depended on
//! the labels that thread had scored before (62 or 74 for one label and query), and one query
//! could rank the same entities differently from one keystroke to the next. A new matcher for
//! each label is exact but costs its thread-local tables (≈ 150 ms of CPU to score every label
//! at 100k articles); its `use_cache(false)` panics (it frees the cache while borrowing it).
//! A port of `SkimMatcherV2::fuzzy` (MIT licence), with its quirks kept so that scores do not
//! change; `tests` checks it against a new `SkimMatcherV2` for each call. Like the crate, it
//! reuses its buffers from one call to the next on a thread (scoring every label of a large
//! corpus allocates nothing), but resets every cell at each call.

use std::cell::RefCell;
use std::cmp::max;

const SCORE_MATCH: i32 = 16;
const GAP_START: i32 = -3;
const GAP_EXTENSION: i32 = -1;
const BONUS_FIRST_CHAR_MULTIPLIER: i32 = 2;
const BONUS_HEAD: i32 = SCORE_MATCH / 2;
const BONUS_BREAK: i32 = SCORE_MATCH / 2 + GAP_EXTENSION;
const BONUS_CAMEL: i32 = SCORE_MATCH / 2 + 2 * GAP_EXTENSION;
const BONUS_CONSECUTIVE: i32 = -(GAP_START + GAP_EXTENSION);
const PENALTY_CASE_MISMATCH: i32 = GAP_EXTENSION * 2;
const NEG_INFINITY: i32 = i16::MIN as i32;

/// A cell of the two score matrices (M: ending with a match, P: ending with a skip).
#[derive(Clone, Copy)]
struct Cell {
    m_score: i32,
    m_from_match: bool,
    p_score: i32,
    p_from_match: bool,
    bonus: i32,
}

const FRESH: Cell =
    Cell { m_score: NEG_INFINITY, m_from_match: false, p_score: NEG_INFINITY, p_from_match: false, bonus: 0 };

#[derive(Clone, Copy, PartialEq, Eq)]
enum CharType {
    Empty,
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

#[inline]
fn char_type(c: char) -> CharType {
    match c {
        '\0' => CharType::Empty,
        ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}' => CharType::HardSep,
        '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~' => CharType::SoftSep,
        '0'..='9' => CharType::Number,
        'A'..='Z' => CharType::Upper,
        _ => CharType::Lower,
    }
}

/// The bonus for matching `c` after `prev`: a word's head, a break, a camel hump.
#[inline]
fn in_place_bonus(prev: char, c: char) -> i32 {
    match (char_type(prev), char_type(c)) {
        (CharType::Empty | CharType::HardSep, _) => BONUS_HEAD,
        (CharType::SoftSep, _) => BONUS_BREAK,
        (CharType::Lower | CharType::Number, CharType::Upper) => BONUS_CAMEL,
        _ => 0,
    }
}

#[inline]
fn match_score(c: char, p: char) -> Option<i32> {
    if !c.eq_ignore_ascii_case(&p) {
        return None;
    }
    let penalty = if p != c { PENALTY_CASE_MISMATCH } else { 0 };
    Some(max(0, SCORE_MATCH + penalty))
}

/// `fuzzy(choice, pattern, false)`'s score, without a matrix for a one-char pattern: the first
/// letter typed in the filter is scored against every label of the corpus.
pub fn score(choice: &str, pattern: &str) -> Option<i64> {
    let mut chars = pattern.chars();
    match (chars.next(), chars.next()) {
        (Some(p), None) => one_char_score(choice, p),
        _ => fuzzy(choice, pattern, false).map(|(score, _)| score),
    }
}

/// What the matrix's one row gives a one-char pattern: each char it matches scores the bonus of
/// its place plus the match, after a skip from the start (never after a match: the row above
/// holds none); the best of them.
fn one_char_score(choice: &str, p: char) -> Option<i64> {
    let (mut best, mut prev) = (None, '\0');
    for (j, c) in choice.chars().enumerate() {
        if let Some(score) = match_score(c, p) {
            let bonus = in_place_bonus(prev, c) * if j == 0 { BONUS_FIRST_CHAR_MULTIPLIER } else { 1 };
            best = max(best, Some(GAP_EXTENSION + bonus + score));
        }
        prev = c;
    }
    best.map(i64::from)
}

/// A thread's buffers, reused by each call to [`fuzzy`] on it.
#[derive(Default)]
struct Scratch {
    choice: Vec<char>,
    pattern: Vec<char>,
    first_match: Vec<usize>,
    cells: Vec<Cell>,
    bonuses: Vec<i32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// `SkimMatcherV2::default().ignore_case().fuzzy(choice, pattern, with_pos)` of a new matcher: the
/// score, and with `with_pos` the char positions of the match in `choice`.
pub fn fuzzy(choice: &str, pattern: &str, with_pos: bool) -> Option<(i64, Vec<usize>)> {
    if pattern.is_empty() {
        return Some((0, Vec::new()));
    }
    SCRATCH.with_borrow_mut(|scratch| fuzzy_in(scratch, choice, pattern, with_pos))
}

fn fuzzy_in(scratch: &mut Scratch, choice: &str, pattern: &str, with_pos: bool) -> Option<(i64, Vec<usize>)> {
    let Scratch { choice: choice_chars, pattern: pattern_chars, first_match, cells: m, bonuses } = scratch;
    choice_chars.clear();
    choice_chars.extend(choice.chars());
    pattern_chars.clear();
    pattern_chars.extend(pattern.chars());
    let (choice, pattern) = (&choice_chars[..], &pattern_chars[..]);
    // The first position of each pattern char, matched greedily; none: no match.
    first_match.clear();
    for (j, &c) in choice.iter().enumerate() {
        match pattern.get(first_match.len()) {
            Some(p) if c.eq_ignore_ascii_case(p) => first_match.push(j),
            Some(_) => {}
            None => break,
        }
    }
    if first_match.len() < pattern.len() {
        return None;
    }
    let cols = choice.len() + 1;
    // Without positions two rows suffice, used in turn.
    let rows = if with_pos { pattern.len() + 1 } else { 2 };
    let row_of = |i: usize| if with_pos { i } else { i & 1 };
    // Every cell as a new matrix has it: a score depends on its label and query alone.
    m.clear();
    m.resize(rows * cols, FRESH);
    bonuses.clear();
    bonuses.resize(cols, 0);
    let mut prev = '\0';
    for (j, &c) in choice.iter().enumerate() {
        bonuses[j + 1] = in_place_bonus(prev, c);
        prev = c;
    }
    if cols > 1 {
        bonuses[1] *= BONUS_FIRST_CHAR_MULTIPLIER;
    }
    for cell in &mut m[..cols] {
        cell.p_score = GAP_EXTENSION;
    }
    for (i, &p) in pattern.iter().enumerate() {
        let (row, row_prev) = (row_of(i + 1) * cols, row_of(i) * cols);
        let to_skip = first_match[i];
        for (j, &c) in choice[to_skip..].iter().enumerate() {
            let col = to_skip + j + 1;
            let (cur, last, diagonal) = (row + col, row + col - 1, row_prev + col - 1);
            if let Some(score) = match_score(c, p) {
                let consecutive = max(m[last].bonus, max(bonuses[col], BONUS_CONSECUTIVE));
                // As the original: the bonus is kept on the previous column's cell.
                m[last].bonus = consecutive;
                let from_match = m[diagonal].m_score + consecutive;
                let from_skip = m[diagonal].p_score + bonuses[col];
                m[cur].m_from_match = from_match >= from_skip;
                m[cur].m_score = max(from_match, from_skip) + score;
            } else {
                m[cur].m_score = NEG_INFINITY;
                m[cur].m_from_match = false;
                m[cur].bonus = 0;
            }
            let open = GAP_START + GAP_EXTENSION + m[last].m_score;
            let extend = GAP_EXTENSION + m[last].p_score;
            m[cur].p_from_match = open >= extend;
            m[cur].p_score = max(open, extend);
        }
    }
    let first_col_of_last_row = first_match[pattern.len() - 1];
    let last_row = row_of(pattern.len()) * cols;
    let (end, score) = m[last_row + first_col_of_last_row..last_row + cols]
        .iter()
        .enumerate()
        .max_by_key(|(_, cell)| cell.m_score)
        .map(|(j, cell)| (j + first_col_of_last_row, cell.m_score))?;
    let mut positions = Vec::new();
    if with_pos {
        let (mut i, mut j, mut track_m, mut matched) = (rows - 1, end, true, true);
        while i > 0 && j > first_match[0] {
            if matched {
                positions.push(j - 1);
            }
            let cell = m[i * cols + j];
            matched = if track_m { cell.m_from_match } else { cell.p_from_match };
            if track_m {
                i -= 1;
            }
            j -= 1;
            track_m = matched;
        }
        positions.reverse();
    }
    Some((score as i64, positions))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fuzzy_matcher::skim::SkimMatcherV2;
    use fuzzy_matcher::FuzzyMatcher;

    fn crate_fuzzy(choice: &str, pattern: &str) -> (Option<i64>, Option<(i64, Vec<usize>)>) {
        // A new matcher for each call: its cache starts empty.
        let score = SkimMatcherV2::default().ignore_case().fuzzy_match(choice, pattern);
        let found = SkimMatcherV2::default().ignore_case().fuzzy_indices(choice, pattern);
        (score, found)
    }

    fn check(choice: &str, pattern: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let (crate_score, found) = crate_fuzzy(choice, pattern);
        let matrix_score = fuzzy(choice, pattern, false).map(|(s, _)| s);
        proptest::prop_assert_eq!(matrix_score, crate_score, "{:?} {:?}", choice, pattern);
        proptest::prop_assert_eq!(fuzzy(choice, pattern, true), found, "{:?} {:?}", choice, pattern);
        proptest::prop_assert_eq!(score(choice, pattern), crate_score, "{:?} {:?}", choice, pattern);
        Ok(())
    }

    #[test]
    fn examples_score_as_the_crate() {
        for (choice, pattern) in [
            ("-s -eesa", "ees"),
            ("serguei lavrov", "lavr"),
            ("etats-unis", "etatsunis"),
            ("Code/External/skim", "skim"),
            ("fooBar baz", "fb"),
            ("", "a"),
            ("abc", ""),
            ("lavrov", "l"),
            ("l'elysee", "l"),
            ("al-assad", "a"),
            ("", "l"),
        ] {
            check(choice, pattern).unwrap();
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn scores_and_positions_are_the_crates(
            choice in "[aelrsvuAELé09 ./'(_-]{0,24}",
            pattern in "[aelrsvuALé0 .-]{0,5}",
        ) {
            check(&choice, &pattern)?;
        }

        #[test]
        fn one_char_patterns_score_as_the_crate(
            choice in "[aelrsvuAELé09 ./'(_-]{0,24}",
            pattern in "[aelrsvuALé0 .-]",
        ) {
            check(&choice, &pattern)?;
        }

        #[test]
        fn matching_queries_score_as_the_crate(
            choice in "[aelrsvuAELé09 ./'(_-]{1,24}",
            picks in proptest::collection::vec(proptest::bool::weighted(0.3), 24),
        ) {
            // A pattern made of some of the choice's chars: a match, more often than at random.
            let pattern: String = choice.chars().zip(&picks).filter(|(_, &p)| p).map(|(c, _)| c).collect();
            check(&choice, &pattern)?;
        }
    }
}
