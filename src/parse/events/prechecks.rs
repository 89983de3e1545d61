//! The byte prechecks of `is_left_out` and `is_venue` rule out only what the full readings reject;
//! and the byte reading of `trim_start_non_word` agrees with the `char` one.

use super::{is_left_out, is_venue, reads_left_out, reads_venue, trim_start_non_word};
use crate::corpus::Span;
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
        prop_assert_eq!(is_venue(&text, sentence, mention), reads_venue(before.trim_end()));
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
