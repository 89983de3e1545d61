//! Tense and voice of a verb, read off the auxiliary before it: the compound past ("a annoncé",
//! "avait annoncé"), the present of the day ("Téhéran dément"), the passive ("a été convoqué").

use super::acts::reads_as_participle;
use super::lists::EventWords;
use super::words::{
    after_apostrophe, offset_in, strip_word_at_end, trim_start_non_word, trimmed_end, word_before, words,
    Lower,
};
use crate::corpus::Span;

/// The text before a participle ends on "été", adverbs aside: "a été vivement critiqué", "ont
/// été aussitôt expulsés".
pub(super) fn is_passive(before: &str, lists: &EventWords) -> bool {
    let mut rest = trimmed_end(before);
    loop {
        let word = word_before(rest);
        let adverb = word.len() > 4 && word.ends_with("ment") || lists.passive_adverbs.has(word);
        if !adverb || !rest.ends_with(word) {
            return rest.ends_with("été") || sees_itself(rest, word);
        }
        rest = trimmed_end(&rest[..rest.len() - word.len()]);
    }
}

/// "s'est vu refuser l'accès", "se voit infliger une amende": the reflexive "voir" before an
/// infinitive is a passive, its subject the one acted upon. `rest` ends on `word`.
fn sees_itself(rest: &str, word: &str) -> bool {
    let reflexive = |before: &str| {
        let before = trimmed_end(before);
        ["s'est", "s’est", "s'était", "s’était", "se sont", "s'étaient", "s’étaient", "se"]
            .iter()
            .any(|r| before.ends_with(r))
    };
    matches!(word, "vu" | "vue" | "vus" | "vues" | "voit" | "voient" | "voyait")
        && reflexive(&rest[..rest.len() - word.len()])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    /// "a annoncé", "ont refusé": the news of the day.
    Perfect,
    /// "avait annoncé": before the day of the news.
    Pluperfect,
}

/// Auxiliaries that can open an inverted attribution (", a déclaré X"): attributions invert with
/// "avoir"; a clause opening on "est" ("…, est prête à") has its subject before the comma.
pub(super) const AUXILIARIES: [&str; 14] = [
    "a",
    "ont",
    "a-t-il",
    "a-t-elle",
    "ont-ils",
    "ont-elles",
    "avait",
    "avaient",
    "avait-il",
    "avait-elle",
    "avaient-ils",
    "aurait",
    "auraient",
    "va",
];

/// The last few [`past_auxiliary`] reads, kept for the verbs of a sentence read again: the rules
/// ask the tense of the same few verbs, and the hits' first read (`candidate_sentences`) hands
/// its reads on to the events'.
#[derive(Default, Clone)]
pub(super) struct KnownTenses {
    /// The reads kept, the oldest replaced first.
    known: [std::cell::Cell<Option<TenseRead>>; KNOWN_TENSES],
    /// How many reads were kept: the next goes to this one modulo `KNOWN_TENSES`.
    kept: std::cell::Cell<usize>,
}

/// A read of [`past_auxiliary`]: the sentence's start, the verb's start (all it reads of them), and
/// the tense.
type TenseRead = (usize, usize, Option<Tense>);

/// How many reads [`KnownTenses`] keeps.
const KNOWN_TENSES: usize = 4;

impl KnownTenses {
    pub(super) fn past_auxiliary(
        &self,
        text: &str,
        sentence: Span,
        verb: Span,
        lists: &EventWords,
    ) -> Option<Tense> {
        let known = self.known.iter().find_map(|read| match read.get() {
            Some((start, at, tense)) if start == sentence.start && at == verb.start => Some(tense),
            _ => None,
        });
        known.unwrap_or_else(|| {
            let tense = past_auxiliary(text, sentence, verb, lists);
            let kept = self.kept.get();
            self.known[kept % KNOWN_TENSES].set(Some((sentence.start, verb.start, tense)));
            self.kept.set(kept + 1);
            tense
        })
    }
}

/// The compound past a verb is in, from the auxiliary before it ("a été convoqué", "ont
/// également refusé", "avait-il ajouté"). The adverbs that may stand between are a list of
/// `data/events/words.tsv`; so may a quotation mark that opens a partial quote ("s'est dit
/// « profondément préoccupé »").
pub(super) fn past_auxiliary(text: &str, sentence: Span, verb: Span, lists: &EventWords) -> Option<Tense> {
    let quote_mark = |w: &&str| matches!(*w, "«" | "\"" | "“");
    for (i, word) in
        words(&text[sentence.start..verb.start]).rev().filter(|w| !quote_mark(w)).take(4).enumerate()
    {
        // "a exprimé sa « ferme opposition » et convoqué l'ambassadeur": a participle right after
        // "et" shares the auxiliary of the participle it is joined to.
        if i == 0 && word == "et" {
            return coordinated_auxiliary(text, sentence, offset_in(text, word), lists);
        }
        let word = Lower::new(trim_start_non_word(word));
        // The auxiliaries by spelling: one comparison of lengths tells most words apart.
        match after_apostrophe(&word) {
            "a" | "ont" | "a-t-il" | "a-t-elle" | "ont-ils" | "ont-elles" | "est" | "sont" => {
                return Some(Tense::Perfect)
            }
            "avait" | "avaient" | "avait-il" | "avait-elle" | "avaient-ils" | "était" => {
                return Some(Tense::Pluperfect)
            }
            // "a été convoqué": the passive's own auxiliary.
            "été" => {}
            adverb if adverb.ends_with("ment") || lists.between_auxiliary.has(adverb) => {}
            _ => return None,
        }
    }
    None
}

/// The compound past of the participle a verb after "et" (at byte `and`) is joined to: the
/// nearest participle before it in its clause, if an auxiliary stands before that one.
fn coordinated_auxiliary(text: &str, sentence: Span, and: usize, lists: &EventWords) -> Option<Tense> {
    /// How far back the first participle may stand ("a exprimé sa « ferme opposition » et").
    const REACH: usize = 8;
    for word in words(&text[sentence.start..and]).rev().take(REACH) {
        if word.ends_with([',', ';', ':']) || matches!(word, "que" | "qui" | "qu'" | "et") {
            return None;
        }
        if reads_as_participle(word, lists) {
            let at = offset_in(text, word);
            return past_auxiliary(text, sentence, Span::new(at, at + word.len()), lists);
        }
    }
    None
}

/// An infinitive after a participle of deciding in a compound past ("ont décidé de relancer", "a
/// choisi d'annuler"): the act decided is told in the past. The participles are a list of
/// `data/events/words.tsv`.
pub(super) fn is_decided(text: &str, sentence: Span, verb: Span, lists: &EventWords) -> bool {
    let before = trimmed_end(&text[sentence.start..verb.start]);
    // "de", "d'" and "d’" end on these bytes (’ is E2 80 99): most verbs follow none of them.
    if !matches!(before.as_bytes().last(), Some(b'e' | b'E' | b'\'' | 0x99)) {
        return false;
    }
    let Some(rest) = strip_word_at_end(before, "de")
        .or_else(|| before.strip_suffix(" d'"))
        .or_else(|| before.strip_suffix(" d’"))
    else {
        return false;
    };
    let rest = trimmed_end(rest);
    let word = word_before(rest);
    if word.is_empty() || !rest.ends_with(word) || !lists.deciding.has(&Lower::new(word)) {
        return false;
    }
    let at = sentence.start + rest.len();
    past_auxiliary(text, sentence, Span::new(at - word.len(), at), lists).is_some()
}

/// A verb in a past tense: its auxiliary before it, or opening the phrase ("ont repris", "a eu
/// lieu").
#[inline]
pub(super) fn is_told_in_the_past(text: &str, sentence: Span, verb: Span, lists: &EventWords) -> bool {
    past_auxiliary(text, sentence, verb, lists).is_some()
        || verb.slice(text).split_once(' ').is_some_and(|(first, _)| {
            ["a", "ont", "avait", "avaient"].iter().any(|a| first.eq_ignore_ascii_case(a))
        })
        || opens_on_a_reflexive_auxiliary(verb.slice(text))
}

/// Whether an act is told in the passé composé, the tense of the news ("a annoncé mardi", "se sont
/// entretenus lundi", a phrase that holds its auxiliary: "a reçu"; an act noun after one: "ont
/// ordonné mardi l'expulsion"), not in the pluperfect of what came before it ("avait exigé").
/// The auxiliary read is the last one before the act, a few words back at most.
pub(super) fn is_told_in_the_perfect(text: &str, sentence: Span, act: Span, lists: &EventWords) -> bool {
    const WITHIN_WORDS: usize = 15;
    if let Some(tense) = past_auxiliary(text, sentence, act, lists) {
        return tense == Tense::Perfect;
    }
    if opens_on_a_perfect_auxiliary(act.slice(text)) {
        return true;
    }
    let pluperfect = |w: &str| {
        ["avait", "avaient", "était", "étaient", "s'était", "s’était", "s'étaient", "s’étaient"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
    };
    // Within the act's clause: "…, arrivé à Vienne la veille" is said of a noun, whatever the
    // tense of the clause before.
    let before = &text[sentence.start..act.start];
    let clause = before.rfind(',').map_or(before, |comma| &before[comma + 1..]);
    // "De violents combats ont opposé samedi …": an act noun subject of a verb in the passé
    // composé right after it.
    let subject_of_a_perfect = || {
        let mut after = words(&text[act.end..sentence.end]);
        after.next().is_some_and(is_perfect_auxiliary) && after.next().is_some_and(super::acts::is_participle)
    };
    words(clause)
        .rev()
        .take(WITHIN_WORDS)
        .find(|w| is_perfect_auxiliary(w) || pluperfect(w))
        .map_or_else(subject_of_a_perfect, is_perfect_auxiliary)
}

/// The auxiliaries of the passé composé, inverted ones too ("a-t-il").
fn is_perfect_auxiliary(word: &str) -> bool {
    ["a", "ont", "est", "sont", "s'est", "s’est", "a-t-il", "a-t-elle", "ont-ils", "ont-elles"]
        .iter()
        .any(|a| word.eq_ignore_ascii_case(a))
}

/// A phrase that opens on its auxiliary in the passé composé: "a reçu", "ont levé", "a-t-il
/// lancé", "se sont entretenus".
pub(super) fn opens_on_a_perfect_auxiliary(phrase: &str) -> bool {
    first_of_a_phrase(phrase).is_some_and(|first| is_perfect_auxiliary(first) || first == "se")
        && (!phrase.starts_with("se ") || phrase.starts_with("se sont "))
}

/// The first word of a phrase of several words when it is short enough to be an auxiliary
/// ("ont-elles" is the longest): most hits are one word, and are ruled out reading a few bytes.
fn first_of_a_phrase(phrase: &str) -> Option<&str> {
    const LONGEST_AUXILIARY: usize = 10;
    let space = phrase.as_bytes().iter().take(LONGEST_AUXILIARY + 1).position(|&b| b == b' ')?;
    Some(&phrase[..space])
}

/// A phrase that opens on its auxiliary in a past tense: "ont levé", "avait reçu", "a-t-il
/// lancé".
pub(super) fn opens_on_a_past_auxiliary(phrase: &str) -> bool {
    // Most hits are one word: the phrase is read for a space once.
    let Some(first) = first_of_a_phrase(phrase) else { return false };
    ["avait", "avaient"].iter().any(|a| first.eq_ignore_ascii_case(a)) || opens_on_a_perfect_auxiliary(phrase)
}

/// A phrase that holds its reflexive auxiliary: "s'est inquiétée", "se sont retrouvés",
/// "s'étaient entretenus".
pub(super) fn opens_on_a_reflexive_auxiliary(phrase: &str) -> bool {
    // All open on an s: other phrases need no lowercasing.
    if !matches!(phrase.as_bytes().first(), Some(b's' | b'S')) {
        return false;
    }
    let phrase = Lower::new(phrase);
    ["s'est ", "s'était ", "s'étaient ", "se sont "].iter().any(|a| phrase.starts_with(a))
}

/// "après s'être entretenu avec", "après avoir rencontré": a past infinitive after "après" tells
/// an act the subject did before the main verb, of the same day unless dated. `before` is the
/// sentence up to the verb.
pub(super) fn follows_a_past_infinitive(before: &str) -> bool {
    const WITHIN_WORDS: usize = 4;
    let mut back = words(before).rev().take(WITHIN_WORDS).map(Lower::new);
    let Some(auxiliary) = back.next() else { return false };
    let auxiliary = match &*auxiliary {
        "avoir" | "être" => true,
        a => {
            a.strip_prefix("s'").or_else(|| a.strip_prefix("l'")).is_some_and(|a| a == "être" || a == "avoir")
        }
    };
    auxiliary && back.any(|w| &*w == "après")
}

/// Whether the trigger reads as a verb in the present, third person ("accuse", "démentent"), not
/// as a participle ("accusée"), an infinitive ("rompre") or a noun after its article ("l'attaque").
#[inline]
pub(super) fn is_present_verb(text: &str, sentence: Span, trigger: Span, lists: &EventWords) -> bool {
    const DETERMINERS: [&str; 12] =
        ["le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "cette", "sa"];
    let word = trigger.slice(text);
    if word.contains(' ') {
        return false;
    }
    let word = Lower::new(word);
    let word: &str = &word;
    let present = (word.ends_with('e') || word.ends_with("ent"))
        && !["ée", "ie", "ue", "dre", "tre", "pre", "ire"].iter().any(|end| word.ends_with(end));
    if !present {
        return false;
    }
    // "accuse régulièrement": a habit, not an act of the day.
    let previous = word_before(&text[sentence.start..trigger.start]);
    let next = Lower::new(words(&text[trigger.end..sentence.end]).next().unwrap_or(""));
    !DETERMINERS.contains(&&*Lower::new(previous)) && !lists.habitual.has(&next)
}
