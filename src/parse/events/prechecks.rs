//! The byte prechecks of `is_left_out`, `is_venue`, `joined_by_and` and `is_inverted` rule out only
//! what the full readings reject; the byte readings of `trim_start_non_word` and `says_then`'s
//! search agree with the `char` and substring ones.

use super::clauses::{clause_opening, may_open_on_auxiliary, opening_auxiliary};
use super::coordination::{may_join, reads_ascii_joined_by_and, reads_joined_by_and};
use super::dating::holds_then_words;
use super::parties::{is_left_out, is_venue, reads_left_out, reads_venue};
use super::tense::AUXILIARIES;
use super::words::{run_start, trim_start_non_word};
use crate::corpus::Span;
use crate::parse::events::triggers::is_word_char;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    let pieces = [
        "sans",
        "SANS",
        "Sans",
        " ",
        "\u{a0}",
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "de",
        "des",
        "du",
        "à",
        "À",
        "au",
        "Au",
        "l'absence",
        "l’absence",
        "aéroport",
        "Palais",
        "d'",
        "d’",
        "x",
        "é",
        ",",
    ];
    proptest::collection::vec(proptest::sample::select(pieces.to_vec()), 0..8).prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn prechecked_readings_agree_with_the_full_ones(before in text()) {
        prop_assert_eq!(is_left_out(&before), reads_left_out(&before));
        let text = format!("{before} Moscou");
        let (sentence, mention) = (Span::new(0, text.len()), Span::new(before.len() + 1, text.len()));
        let lists = &super::tests::lexicon().words;
        prop_assert_eq!(is_venue(&text, sentence, mention, lists), reads_venue(before.trim_end(), lists));
    }

    #[test]
    fn non_word_characters_are_trimmed_as_trim_start_matches_trims_them(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![", ", "«\u{a0}", "’", "a", "É", "é", "×", "÷", "Ā", "—", "9", "-t-"]),
            0..8,
        )
    ) {
        let s = pieces.concat();
        prop_assert_eq!(trim_start_non_word(&s), s.trim_start_matches(|c: char| !c.is_alphanumeric()));
    }
}

/// Text from the given pieces.
fn text_of(pieces: &[&'static str]) -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(pieces.to_vec()), 0..8).prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn what_may_join_is_all_that_joins(between in text_of(&[
        "et", "ou", "ET", "Ou", ",", "le", "La", "les", "l'", "l’", "L’", "ses", " ", "\t", "\u{b}", "\u{a0}",
        "x", "é", "\u{212a}", "İ", "e", "t",
    ])) {
        prop_assert!(may_join(&between) || !reads_joined_by_and(&between));
        if between.is_ascii() {
            prop_assert_eq!(reads_ascii_joined_by_and(&between), reads_joined_by_and(&between));
        }
    }

    #[test]
    fn ascii_joins_are_read_as_the_full_reading_reads_them(between in text_of(&[
        "et", "ou", "ET", "Ou", ",", "le", "La", "les", "l'", "L'", "ses", " ", "\t", "\u{b}", "\u{c}", "x", "e",
        "t", "sans", "\u{1c}",
    ])) {
        prop_assert_eq!(reads_ascii_joined_by_and(&between), reads_joined_by_and(&between));
    }

    #[test]
    fn a_clause_ruled_out_opens_on_no_auxiliary(clause in text_of(&[
        ", ", "« ", "a", "A", "ont", "Ont", "va", "V", "avait", "-t-il", " ", "é", "É", "x", "X", "9",
        "\u{212a}", "İ", "’",
    ])) {
        let (first, more_words) = clause_opening(&clause, 0, clause.len());
        let first = first.as_deref().map(str::to_string);
        if !may_open_on_auxiliary(&clause) {
            prop_assert!(first.as_deref().is_some_and(|w| !AUXILIARIES.contains(&w)));
        }
        let full = (more_words <= 1 && first.as_deref().is_none_or(|w| AUXILIARIES.contains(&w)))
            .then_some(first.as_deref());
        prop_assert_eq!(opening_auxiliary(&clause), full);
    }

    #[test]
    fn the_then_words_are_found_as_contains_finds_them(sentence in text_of(&[
        "lors", "LORS", "Lors", "poque", "POQUE", "époque", "o", "O", "l", "L", "p", "P", "que", "rs", " ", "é",
    ])) {
        let contains = ["lors", "LORS", "poque", "POQUE"].iter().any(|w| sentence.contains(w));
        prop_assert_eq!(holds_then_words(&sentence), contains);
    }
}

proptest! {
    #[test]
    fn a_run_starts_where_its_chars_of_one_kind_start(
        s in text_of(&["a", "Z", "9", " ", "'", "’", "é", "É", "×", "÷", "Ā", "—", "\u{a0}", "-", "ß"]),
        word: bool,
        cut in 0usize..64,
    ) {
        let mut end = cut.min(s.len());
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        let by_chars = s[..end]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word_char(c) == word)
            .last()
            .map_or(end, |(i, _)| i);
        prop_assert_eq!(run_start(&s, end, word), by_chars);
    }
}
