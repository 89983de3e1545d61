//! The byte prechecks of `is_left_out` and `is_venue` rule out only what the full readings reject:
//! both compared with the readings as they were before the prechecks; and the byte reading of
//! `trim_start_non_word` with the `char` one.

use super::{is_left_out, is_venue, trim_start_non_word};
use crate::corpus::Span;
use proptest::prelude::*;

fn is_left_out_reference(before: &str) -> bool {
    const ABSENCE: [&str; 4] = ["l'absence des", "l’absence des", "l'absence du", "l’absence du"];
    if ABSENCE.iter().any(|a| before.ends_with(a)) {
        return true;
    }
    let article = match before.as_bytes() {
        [.., b'l', b'e', b's'] => 3,
        [.., b'l', b'e' | b'a' | b'\''] => 2,
        [.., b'l', 0xE2, 0x80, 0x99] => 4,
        _ => 0,
    };
    let rest = &before[..before.len() - article];
    let before = if article > 0 && rest.ends_with(char::is_whitespace) { rest.trim_end() } else { before };
    before.ends_with(" sans")
        || before.eq_ignore_ascii_case("sans")
        || before.ends_with("l'absence de")
        || before.ends_with("l’absence de")
}

fn is_venue_reference(text: &str, sentence: Span, mention: Span) -> bool {
    let before = text[sentence.start..mention.start].trim_end();
    let before = before
        .strip_suffix(" la")
        .or_else(|| before.strip_suffix(" l'"))
        .or_else(|| before.strip_suffix(" l’"))
        .unwrap_or(before);
    let after_a = |s: &str| s.ends_with(" à") || s.ends_with(" À") || s == "À";
    after_a(before) || before.ends_with(" au") || before == "Au"
}

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
        prop_assert_eq!(is_left_out(&before), is_left_out_reference(&before));
        let text = format!("{before} Moscou");
        let (sentence, mention) = (Span::new(0, text.len()), Span::new(before.len() + 1, text.len()));
        prop_assert_eq!(is_venue(&text, sentence, mention), is_venue_reference(&text, sentence, mention));
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
