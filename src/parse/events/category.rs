//! An event's category: the trigger's, unless the words around it turn it (an act announced for
//! later is a threat, a negated agreement a rejection, calling someone a telephone call, concluding
//! that a finding).

use super::acts::{deploys_the_unarmed, is_participle};
use super::lists::EventWords;
use super::tense::AUXILIARIES;
use super::triggers::{Class, Hit};
use super::words::{
    after_apostrophe, at_most_words, before_apostrophe, is_negation, last_clause, looks_infinitive,
    offset_in, word_before, words, Lower,
};
use crate::corpus::Span;

/// "se préparaient à suspendre": an act announced for later is a threat.
pub(super) fn category_of(
    text: &str,
    sentence: Span,
    hits: &[Hit],
    trigger: Hit,
    lists: &EventWords,
) -> String {
    let prospect = hits.iter().any(|h| {
        h.form.class == Class::Prospect
            && h.span.end <= trigger.span.start
            && at_most_words(&text[h.span.end..trigger.span.start], 3)
    });
    let category = trigger.form.category.as_str();
    if prospect && matches!(category, "reduce_relations" | "military_action") {
        "threaten".to_string()
    } else if matches!(category, "agree" | "cooperate" | "intent_to_cooperate" | "propose")
        && is_negated(text, sentence, trigger.span)
    {
        "reject".to_string()
    } else if category == "reject" && is_negated(text, sentence, trigger.span) {
        // "n'a pas exclu de …", "ne rejette pas …": a stance told, not a refusal.
        "statement".to_string()
    } else if category == "appeal" && is_a_call(text, sentence, trigger.span) {
        "consult".to_string()
    } else if category == "intent_to_cooperate" && invites_to_do(text, sentence, trigger.span, lists) {
        "appeal".to_string()
    } else if matches!(category, "statement" | "intent_to_cooperate")
        && promises_retaliation(text, sentence, trigger.span, lists)
    {
        "threaten".to_string()
    } else if category == "statement" && promises_to_do(text, sentence, trigger.span) {
        "intent_to_cooperate".to_string()
    } else if category == "protest" && convenes_a_meeting(text, sentence, hits, trigger.span) {
        "consult".to_string()
    } else if category == "agree" && concludes_that(text, sentence, trigger.span) {
        "statement".to_string()
    } else if category == "yield" && ends_ties(text, sentence, trigger.span, lists) {
        "reduce_relations".to_string()
    } else if category == "military_action" && deploys_the_unarmed(text, sentence, trigger.span, lists) {
        // "L'OSCE a déployé des observateurs": a mission sent, no armed act (CAMEO 074).
        "cooperate".to_string()
    } else {
        trigger.form.category.clone()
    }
}

/// "appeler" someone with nothing to call them to is a telephone call: "Obama a appelé lundi
/// Vladimir Poutine", "la présidente qui l'avait appelé vendredi" — not "a appelé Moscou à la
/// retenue", "a appelé au calme", "a appelé un cessez-le-feu", nor the noun "l'appel". Whom is
/// called is a name just after the verb, or an object pronoun before it.
fn is_a_call(text: &str, sentence: Span, verb: Span) -> bool {
    const NAME_WITHIN_WORDS: usize = 3;
    const TO_WITHIN_WORDS: usize = 10;
    let word = Lower::new(verb.slice(text));
    if !word.starts_with("appel") || matches!(&*word, "appel" | "appels") || word.contains(' ') {
        return false;
    }
    // "l'avait appelé", "les a appelés": the pronoun before the verb or its auxiliary.
    let mut before = words(last_clause(&text[sentence.start..verb.start])).rev().map(Lower::new);
    let pronoun = match before.next() {
        Some(w) if AUXILIARIES.contains(&&*w) => {
            before.next().is_some_and(|w| matches!(&*w, "le" | "la" | "les"))
        }
        Some(w) => w.starts_with("l'") || w.starts_with("l’"),
        None => false,
    };
    let after = &text[verb.end..sentence.end];
    // Up to the clause's end: not the full stop of a title or an initial ("M. Trump").
    let end = after
        .match_indices([';', ':', '.'])
        .find(|&(at, mark)| mark != "." || !is_a_title_or_initial(word_before(&after[..at])))
        .map_or(after.len(), |(at, _)| at);
    let after = &after[..end];
    let named =
        || words(after).take(NAME_WITHIN_WORDS).any(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !pronoun && !named() {
        return false;
    }
    // Over "et", commas and a date set off by them ("a appelé Moscou, vendredi, à cesser"), not
    // into another clause ("a appelé Poutine, qui était à Sotchi").
    for w in words(after).take(TO_WITHIN_WORDS) {
        let w = Lower::new(before_apostrophe(w.trim_matches(|c: char| !c.is_alphabetic())));
        match &*w {
            "à" | "au" | "aux" => return false,
            "qui" | "que" | "qu" | "où" | "dont" | "pour" | "afin" | "mais" => return true,
            _ => {}
        }
    }
    true
}

/// "a invité Ankara à fournir des preuves", "invite les parties à ne pas": inviting someone to
/// do something is a call on them, not an invitation to a place or an event ("a invité M. Trump à
/// Moscou", "a invité les enfants aux fêtes"). The "à" comes within a few words of the verb, in its
/// clause, and an infinitive after it; not one of joining or taking part ("a invité le
/// Monténégro à rejoindre l'Alliance" is an offer).
fn invites_to_do(text: &str, sentence: Span, verb: Span, lists: &EventWords) -> bool {
    const TO_WITHIN_WORDS: usize = 8;
    let word = Lower::new(verb.slice(text));
    if !word.starts_with("invit") || word.starts_with("invitation") || word.contains(' ') {
        return false;
    }
    let mut after = words(&text[verb.end..sentence.end]).take(TO_WITHIN_WORDS);
    while let Some(w) = after.next() {
        if w == "à" {
            let Some(next) = after.next() else { return false };
            let next = Lower::new(after_apostrophe(next));
            return &*next == "ne"
                || !matches!(&*next, "notre" | "votre")
                    && !lists.joining.has(&next)
                    && next.chars().all(char::is_alphabetic)
                    && looks_infinitive(&next);
        }
        // The clause ends: "a invité Poutine, qui …", "a invité l'Iran; …".
        if w.ends_with([',', ';', ':']) || w.ends_with('.') && !is_a_title_or_initial(w.trim_end_matches('.'))
        {
            return false;
        }
    }
    false
}

/// "a promis devant les députés de négocier": a promise to do, its infinitive set off from the
/// verb by a complement (the phrase "promis de" reads the others), is an intent.
fn promises_to_do(text: &str, sentence: Span, verb: Span) -> bool {
    const TO_WITHIN_WORDS: usize = 6;
    let word = Lower::new(verb.slice(text));
    if !word.starts_with("prom") || word.contains(' ') {
        return false;
    }
    // Mid-sentence, the words are lowercase.
    let mut after = words(&text[verb.end..sentence.end]).take(TO_WITHIN_WORDS);
    while let Some(w) = after.next() {
        let infinitive = match w {
            "de" => after.next(),
            _ if w.starts_with("d'") || w.starts_with("d’") => Some(after_apostrophe(w)),
            _ => None,
        };
        if let Some(next) = infinitive {
            let next = next.trim_end_matches(|c: char| !c.is_alphabetic());
            return looks_infinitive(next);
        }
        if w.ends_with([',', ';', ':', '.']) {
            return false;
        }
    }
    false
}

/// "a promis une riposte", "promet de leur faire « payer le prix »", "a promis des représailles":
/// what is promised is a blow, a threat. The word of retaliation (a list of
/// `data/events/words.tsv`) comes within a few words of the verb, in its clause.
fn promises_retaliation(text: &str, sentence: Span, verb: Span, lists: &EventWords) -> bool {
    const WITHIN_WORDS: usize = 6;
    let word = Lower::new(verb.slice(text));
    if !word.starts_with("prom") {
        return false;
    }
    for w in words(&text[verb.end..sentence.end]).take(WITHIN_WORDS) {
        let bare = Lower::new(after_apostrophe(w.trim_matches(|c: char| !c.is_alphabetic())));
        if lists.retaliation.has(&bare) {
            return true;
        }
        if w.ends_with([',', ';', ':', '.']) {
            return false;
        }
    }
    false
}

/// "convoquant une réunion", "a convoqué un sommet d'urgence": to convene a meeting is to hold
/// talks, not to summon an envoy in protest. The meeting is an act noun of consulting within a
/// few words after the verb.
fn convenes_a_meeting(text: &str, sentence: Span, hits: &[Hit], verb: Span) -> bool {
    const WITHIN_WORDS: usize = 3;
    if !Lower::new(verb.slice(text)).starts_with("convoqu") {
        return false;
    }
    hits.iter().any(|h| {
        h.form.class == Class::Noun
            && h.form.category == "consult"
            && h.span.start >= verb.end
            && h.span.start <= sentence.end
            && at_most_words(&text[verb.end..h.span.start], WITHIN_WORDS - 1)
    })
}

/// "a mis fin à leur coopération", "met fin à l'accord": an end put to ties (a list of
/// `data/events/words.tsv`, within a few words after "fin", in its clause) reduces relations; an
/// end put to a crisis or a standoff is a yield.
fn ends_ties(text: &str, sentence: Span, verb: Span, lists: &EventWords) -> bool {
    const WITHIN_WORDS: usize = 6;
    if !Lower::new(verb.slice(text)).ends_with("fin") {
        return false;
    }
    let after = &text[verb.end..sentence.end];
    let clause = after.find([',', ';', ':']).map_or(after, |i| &after[..i]);
    words(clause).take(WITHIN_WORDS).any(|w| lists.ties.has(&Lower::new(after_apostrophe(w))))
}

/// "M", "MM", "J": a word whose full stop abbreviates it (one or two capitals).
fn is_a_title_or_initial(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// "conclure que" is to find, not to agree: "l'enquête a conclu mercredi que …", "concluant
/// qu'il n'y avait pas de preuve" (a date or an adverb may sit between).
fn concludes_that(text: &str, sentence: Span, verb: Span) -> bool {
    const WITHIN_WORDS: usize = 3;
    let word = verb.slice(text);
    if !word.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("conclu")) || word.contains(' ') {
        return false;
    }
    words(&text[verb.end..sentence.end]).take(WITHIN_WORDS).any(|w| {
        let w = Lower::new(w.trim_end_matches(','));
        &*w == "que" || before_apostrophe(&w) == "qu"
    })
}

/// An act denied: a meeting verb negated ("n'a pas rencontré", "de ne pas se rendre"), an act
/// noun after "ni" ("ni un adversaire, ni une menace"), or one called off a few words after
/// ("a annulé sa visite", "a annulé jeudi sa visite", "ont reporté la réunion").
pub(super) fn is_denied(text: &str, sentence: Span, hit: &Hit) -> bool {
    const DETERMINERS: [&str; 10] = ["un", "une", "de", "d", "la", "le", "l", "sa", "son", "leur"];
    // Every hit is asked: a byte search of the few words before rules most out unread.
    const WINDOW: usize = 40;
    let before = &text.as_bytes()[sentence.start.max(hit.span.start.saturating_sub(WINDOW))..hit.span.start];
    // The negation's needles all open on an n.
    // A word of its own: not the end of "une", "une" being before most nouns.
    let negation_at = |at: usize| {
        (at == 0 || !before[at - 1].is_ascii_alphabetic())
            && matches!(
                &before[at..],
                [b'n', b'e', b' ', ..] | [b'n', b'\'', ..] | [b'n', 0xE2, 0x80, 0x99, ..]
            )
    };
    let negated = || memchr::memchr_iter(b'n', before).any(negation_at);
    // "ni", a word of calling off, or a negation ("n'a pas repris les sanctions"): their needles
    // all open on an n or an r, read in one pass.
    let noun_cue = || {
        const CALLING_OFF: [&[u8]; 3] = [b"ni ", b"nnul", b"repor"];
        memchr::memchr2_iter(b'n', b'r', before)
            .any(|at| negation_at(at) || CALLING_OFF.iter().any(|n| before[at..].starts_with(n)))
    };
    // "n'a reçu aucune demande", "ne prévoit aucune sanction": no act of the kind.
    if before.ends_with(b"aucune ") || before.ends_with(b"aucun ") {
        return negated();
    }
    match hit.form.class {
        Class::Act if !negated() => false,
        Class::Noun if !noun_cue() => false,
        Class::Act if hit.form.category == "consult" => is_negated(text, sentence, hit.span),
        // "n'a pas exigé d'excuses", "n'a pas réagi", "ne retirera pas ses troupes": an act
        // negated right before its verb is none. A negated agreement is a rejection, a negated
        // refusal a stance (see `category_of`); "n'a pas hésité à condamner", "n'a cessé de
        // dénoncer" negate another verb.
        Class::Act => {
            !matches!(
                hit.form.category.as_str(),
                "agree" | "cooperate" | "intent_to_cooperate" | "propose" | "reject"
            ) && is_negated_right_before(text, sentence, hit.span)
        }
        Class::Noun => {
            // The three words before, read back: "ni" right before or after a determiner, or
            // a word of calling off among them.
            let mut after_determiner = false;
            for (i, w) in words(last_clause(&text[sentence.start..hit.span.start])).rev().take(3).enumerate()
            {
                let w = Lower::new(w);
                if w.starts_with("annul") || w.starts_with("report") {
                    return true;
                }
                if &*w == "ni" {
                    return i == 0 || i == 1 && after_determiner;
                }
                // "n'a pas repris les sanctions", "ne reconnaîtrait pas la sanction": the object
                // of a negated verb is no act told.
                if i == 1 && after_determiner && negates_the_verb_before(text, sentence, hit.span, &w) {
                    return true;
                }
                after_determiner = i == 0
                    && (DETERMINERS.contains(&before_apostrophe(&w)) || PLURAL_DETERMINERS.contains(&&*w));
            }
            false
        }
        _ => false,
    }
}

/// Determiners of a plural object: "n'a pas repris les sanctions".
const PLURAL_DETERMINERS: [&str; 5] = ["les", "des", "ses", "leurs", "ces"];

/// Whether `word`, the word before the determiner of the noun at `noun`, is a negated verb ("n'a
/// pas repris les") or the second word of a negation after its verb ("ne reconnaîtrait pas la").
fn negates_the_verb_before(text: &str, sentence: Span, noun: Span, word: &str) -> bool {
    let clause = last_clause(&text[sentence.start..noun.start]);
    let mut back = words(clause).rev().skip(1);
    let Some(verb) = back.next() else { return false };
    if matches!(word, "pas" | "jamais" | "plus") {
        // The verb before "pas", then "ne" or "n'" before it.
        return back.take(2).any(|w| w.starts_with('n') && is_negation(w));
    }
    let at = offset_in(text, verb);
    is_participle(word) && is_negated_right_before(text, sentence, Span { start: at, end: at + verb.len() })
}

/// A negation right before a verb, with only an auxiliary, a pronoun or the second word of the
/// negation between: "n'a pas exigé", "ne s'est jamais excusé", "n'ont pas réagi"; not "n'a pas
/// hésité à condamner", "ne cesse de dénoncer".
pub(super) fn is_negated_right_before(text: &str, sentence: Span, verb: Span) -> bool {
    const WITHIN_WORDS: usize = 5;
    const BETWEEN: [&str; 24] = [
        "pas", "jamais", "plus", "guère", "point", "encore", "toujours", "a", "ont", "avait", "avaient",
        "aurait", "auraient", "aura", "auront", "été", "est", "sont", "se", "s", "y", "lui", "leur", "en",
    ];
    let clause = last_clause(&text[sentence.start..verb.start]);
    for w in words(clause).rev().take(WITHIN_WORDS) {
        // Lowercase: "N'Djamena a déployé" names a city.
        if w.starts_with('n') && is_negation(w) {
            return true;
        }
        let w = Lower::new(before_apostrophe(w));
        if !BETWEEN.contains(&&*w) {
            return false;
        }
    }
    false
}

/// A negation among the few words before a verb, in its clause: "n'a pas signé", "ne pourrait
/// accepter", "n'ont jamais coopéré"; not past "et" or "mais", where another verb's negation ends
/// ("qu'il n'expulserait personne et a invité").
fn is_negated(text: &str, sentence: Span, verb: Span) -> bool {
    const WITHIN_WORDS: usize = 4;
    let before = &text[sentence.start..verb.start];
    let clause = last_clause(before);
    let not_a_join = |w: &&str| !matches!(*w, "et" | "mais" | "puis");
    words(clause).rev().take(WITHIN_WORDS).take_while(not_a_join).any(is_negation)
}
