//! Which mentions are no party to an act: a venue ("à Vienne", "à l'aéroport de La Havane"), a
//! name left out ("sans le Royaume-Uni", "en l'absence des Palestiniens"), a city naming a treaty
//! or a meeting ("le traité de Lisbonne"); and the words of going towards a place, whose city is a
//! party after all.

use super::lists::EventWords;
use super::words::{after_apostrophe, strip_word_at_end, trimmed_end, word_before, words, Lower};
use crate::corpus::Span;

/// The text before a mention ends on "sans" or "en l'absence de", and maybe an article: "sans le
/// Royaume-Uni", "sans Moscou", "en l'absence des Palestiniens". `before` has no trailing
/// whitespace. Inlined: the last byte rules nearly every mention out, with no call.
#[inline(always)]
pub(super) fn is_left_out(before: &str) -> bool {
    // Each reading ends in "sans", "de", "des", "du" or an article ("le", "la", "les", "l'", "l’"):
    // any other last byte rules it out, before any suffix is compared.
    matches!(before.as_bytes().last(), Some(b's' | b'S' | b'e' | b'u' | b'a' | b'\'' | 0x99))
        && reads_left_out(before)
}

/// [`is_left_out`] without its precheck on the last byte.
pub(super) fn reads_left_out(before: &str) -> bool {
    // "en l'absence des Israéliens", "en l'absence de la Russie".
    const ABSENCE: [&str; 4] = ["l'absence des", "l’absence des", "l'absence du", "l’absence du"];
    if ABSENCE.iter().any(|a| before.ends_with(a)) {
        return true;
    }
    // The article, read off the last bytes: one of "le", "la", "les", "l'", "l’", after whitespace.
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

/// "et des", "et de la", "ou", ",": what joins a mention to one left out before it, so that it
/// is left out too.
pub(super) fn joins_a_left_out(between: &str) -> bool {
    const LINKS: [&str; 4] = ["et", "ou", "ni", ","];
    const ARTICLES: [&str; 8] = ["", "le", "la", "les", "l'", "l’", "des", "du"];
    let between = between.trim();
    let Some(rest) = LINKS.iter().find_map(|l| between.strip_prefix(l)) else { return false };
    let rest = rest.trim();
    let rest = rest.strip_prefix("de ").map_or(rest, str::trim);
    ARTICLES.contains(&rest)
}

/// "le traité de Lisbonne", "les accords d'Oslo", "le sommet de Varsovie", "l'accord nucléaire de
/// Vienne", "les accords de paix de Minsk": a city naming a text or a meeting (maybe after an
/// adjective or a complement in lowercase) is no actor. `before` has no trailing whitespace.
#[inline]
pub(super) fn names_a_text_or_meeting(before: &str, lists: &EventWords) -> bool {
    let Some(rest) = before_de(before) else { return false };
    let head = word_before(rest);
    if lists.text_or_meeting.has_ignoring_case(head) {
        return true;
    }
    let lowercase = head.chars().next().is_some_and(char::is_lowercase);
    let Some(rest) = rest.strip_suffix(head).filter(|_| lowercase).map(str::trim_end) else { return false };
    // "de paix": the complement of the text's noun.
    let rest = before_de(rest).unwrap_or(rest);
    lists.text_or_meeting.has_ignoring_case(word_before(rest))
}

/// `s` without the "de" or "d'" it ends with.
fn before_de(s: &str) -> Option<&str> {
    s.strip_suffix(" de").or_else(|| s.strip_suffix(" d'")).or_else(|| s.strip_suffix(" d’"))
}

/// A word of going or sending towards a place and its people: "s'est rendu", "en visite",
/// "envoyer", "ambassade", "adressée".
pub(super) fn is_towards(word: &str, lists: &EventWords) -> bool {
    // Each word by its start, its elided article left out ("l'ambassade"): "prendre" holds "rend"
    // but goes nowhere.
    words(&Lower::new(word)).any(|w| {
        let w = after_apostrophe(w);
        // The first byte tells most stems apart before any is compared.
        let first = w.as_bytes().first();
        lists.towards.iter().any(|s| s.as_bytes().first() == first && w.starts_with(s))
    })
}

/// A place named after "à", "à la", "au": where something happens ("se retrouveront à Vienne",
/// "ont promis à la Maison-Blanche", "une réunion au Kremlin"). Inlined: the last byte before the
/// mention rules most out, with no call.
#[inline(always)]
pub(super) fn is_venue(text: &str, sentence: Span, mention: Span, lists: &EventWords) -> bool {
    let before = trimmed_end(&text[sentence.start..mention.start]);
    // Most mentions follow some other word: its last byte rules it out, before any suffix is
    // compared ("la", "l'", "l’" end in a, ', 0x99; "à", "À", "au" in A0, 80, u).
    matches!(before.as_bytes().last(), Some(b'a' | b'\'' | 0x99 | 0xA0 | 0x80 | b'u' | b'e'))
        && reads_venue(before, lists)
}

/// The text before a building a place is named after ("à l'aéroport de La Havane") that `before`
/// ends with, trimmed.
fn before_a_building<'t>(before: &'t str, lists: &EventWords) -> Option<&'t str> {
    lists.venue_buildings.iter().find_map(|building| strip_word_at_end(before, building).map(str::trim_end))
}

/// [`is_venue`] without its precheck, on the text before the mention, trimmed.
pub(super) fn reads_venue(before: &str, lists: &EventWords) -> bool {
    // "arrivés dans la capitale biélorusse", "depuis la capitale afghane": the country of a
    // capital named by its demonym after a preposition of place is where, no party.
    if let Some(rest) = strip_word_at_end(before, "capitale") {
        let rest = rest.trim_end();
        let rest = strip_word_at_end(rest, "la")
            .or_else(|| strip_word_at_end(rest, "sa"))
            .unwrap_or(rest)
            .trim_end();
        if ["dans", "vers", "depuis", "à"].iter().any(|p| strip_word_at_end(rest, p).is_some()) {
            return true;
        }
    }
    // "à l'aéroport de La Havane": the venue is the building's.
    let of = before
        .strip_suffix(" de")
        .or_else(|| before.strip_suffix(" d'"))
        .or_else(|| before.strip_suffix(" d’"));
    let before = match of {
        // "près de Damas", "au nord de Kaboul": a place near the city, wherever it is named.
        Some(rest) if lists.nearby.iter().any(|near| strip_word_at_end(rest, near).is_some()) => return true,
        Some(rest) => match before_a_building(rest, lists) {
            Some(rest) => rest,
            None => return false,
        },
        None => before,
    };
    let before = before
        .strip_suffix(" la")
        .or_else(|| before.strip_suffix(" l'"))
        .or_else(|| before.strip_suffix(" l’"))
        .unwrap_or(before);
    let after_a = |s: &str| s.ends_with(" à") || s.ends_with(" À") || s == "À";
    after_a(before) || before.ends_with(" au") || before == "Au"
}
