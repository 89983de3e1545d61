//! Coordination: names joined by "et", "ou" or commas act together ("la France et le
//! Royaume-Uni"), and a verb after "et" shares the subject of the verb before it.

use super::lists::WordList;
use super::tense::AUXILIARIES;
use super::words::{rfind_by_key, words, Lower};

/// "… et ont fermé", "… et a aussitôt signé", "… et l'a exhorté", "… et signe": `between` (a name to a verb) ends
/// on "et" and maybe the verb's auxiliary and adverbs; the verb is coordinated with one before.
#[inline]
pub(super) fn joins_a_second_verb(between: &str) -> bool {
    const ADVERBS: [&str; 5] = ["aussi", "aussitôt", "également", "ensuite", "déjà"];
    const TO_BE: [&str; 4] = ["est", "sont", "était", "étaient"];
    // "et l'a exhorté", "et leur a demandé": an object pronoun before the auxiliary.
    const CLITICS: [&str; 4] = ["les", "lui", "leur", "y"];
    // The words after the last "et" (mid-sentence, so lowercase).
    // A byte search: no searcher to set up for these short stretches; only the bytes around a
    // "t" are compared.
    let Some(at) = rfind_by_key(between.as_bytes(), b" et ", 2) else { return false };
    words(&between[at + 4..]).all(|w| {
        let w = Lower::new(w);
        let elided = w.strip_prefix("l'").or_else(|| w.strip_prefix("l’"));
        AUXILIARIES.contains(&&*w)
            || elided.is_some_and(|a| AUXILIARIES.contains(&a))
            || CLITICS.contains(&&*w) && !between.trim_end().ends_with(&*w)
            || TO_BE.contains(&&*w)
            || ADVERBS.contains(&&*w)
            || w.ends_with("ment")
            || w.starts_with("s'")
            || w.starts_with("s’")
    })
}

/// "… et l'a exhorté", "… et leur a demandé": `before` (the sentence up to a coordinated verb)
/// ends on an object pronoun and the verb's auxiliary.
pub(super) fn takes_an_object_pronoun(before: &str) -> bool {
    let mut last = words(before).rev();
    let (Some(auxiliary), Some(pronoun)) = (last.next(), last.next()) else { return false };
    let auxiliary = Lower::new(auxiliary);
    match auxiliary.strip_prefix("l'").or_else(|| auxiliary.strip_prefix("l’")) {
        Some(a) => AUXILIARIES.contains(&a),
        None => AUXILIARIES.contains(&&*auxiliary) && ["les", "lui", "leur"].contains(&&*Lower::new(pronoun)),
    }
}

/// "… et de lever", "… et d'imposer": `between` (a verb to an infinitive) ends on "et de".
pub(super) fn joins_a_second_infinitive(between: &str) -> bool {
    let between = between.trim_end();
    between.ends_with(" et de") || between.ends_with(" et d'") || between.ends_with(" et d’")
}

/// "et", "ou" or a comma, with articles: what joins coordinated subjects ("la France et le
/// Royaume-Uni").
pub(super) fn joined_by_and(between: &str) -> bool {
    may_join(between)
        && if between.is_ascii() { reads_ascii_joined_by_and(between) } else { reads_joined_by_and(between) }
}

/// [`reads_joined_by_and`] for ASCII text, read byte by byte: words end at ASCII whitespace or a
/// comma, and lowercase as ASCII does.
pub(super) fn reads_ascii_joined_by_and(between: &str) -> bool {
    let is_space = |b: u8| b.is_ascii_whitespace() || b == 0x0B;
    let bytes = between.as_bytes();
    let (mut at, mut joins) = (0, false);
    while at < bytes.len() {
        if is_space(bytes[at]) {
            at += 1;
            continue;
        }
        let start = at;
        at += 1;
        // A comma is a word of its own.
        if bytes[start] != b',' {
            while at < bytes.len() && !is_space(bytes[at]) && bytes[at] != b',' {
                at += 1;
            }
        }
        let word = &between[start..at];
        let join = JOINS.iter().any(|j| word.eq_ignore_ascii_case(j));
        joins |= join;
        if !(join || JOINING_ARTICLES.iter().any(|a| word.eq_ignore_ascii_case(a))) {
            return false;
        }
    }
    joins
}

/// "Mme Park et M. Abe": "et" or "ou", then the honorific of the name after it.
pub(super) fn joined_by_and_an_honorific(between: &str) -> bool {
    const HONORIFICS: [&str; 4] = ["M.", "Mme", "MM.", "Mmes"];
    let Some(rest) = HONORIFICS.iter().find_map(|h| between.trim_end().strip_suffix(h)) else { return false };
    let joins = matches!(words(rest).next_back(), Some("et" | "ou"));
    joins && joined_by_and(rest)
}

/// "à M. Cameron et à Mme Merkel", "avec la France et avec l'Allemagne": what joins two objects
/// may repeat their preposition.
pub(super) fn joined_by_and_a_preposition(between: &str) -> bool {
    const PREPOSITIONS: [&str; 4] = ["à", "au", "aux", "avec"];
    // Most stretches repeat no preposition after "et" or "ou": told before any copy is made.
    let mut last_kept = None;
    let repeats = words(between).any(|word| {
        let after_a_join = matches!(last_kept, Some("et" | "ou"));
        if !(after_a_join && PREPOSITIONS.contains(&word)) {
            last_kept = Some(word);
        }
        after_a_join && PREPOSITIONS.contains(&word)
    });
    if !repeats {
        return false;
    }
    let mut kept = String::with_capacity(between.len());
    let mut repeated = false;
    for word in words(between) {
        let after_a_join = matches!(words(&kept).next_back(), Some("et" | "ou"));
        if after_a_join && PREPOSITIONS.contains(&word) {
            repeated = true;
            continue;
        }
        kept.push(' ');
        kept.push_str(word);
    }
    kept.push(' ');
    repeated && (joined_by_and(&kept) || joined_by_and_an_honorific(&kept))
}

/// "Barack Obama et son homologue chinois Xi Jinping": "et", then the title of the person named
/// after it, a few words at most.
pub(super) fn joined_by_a_title(between: &str) -> bool {
    const TITLE_WORDS: usize = 4;
    let mut words = words(between);
    words.next() == Some("et")
        && words.clone().nth(TITLE_WORDS).is_none()
        && words.all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
}

/// "Le président malien IBK, son homologue nigérien …": a comma, then the title of the person
/// named after it, a few words at most.
pub(super) fn joined_by_a_comma_and_a_title(between: &str) -> bool {
    const TITLE_WORDS: usize = 3;
    let Some(rest) = between.trim_start().strip_prefix(',') else { return false };
    let mut words = words(rest);
    words.clone().next().is_some_and(|w| w != "et")
        && words.clone().nth(TITLE_WORDS).is_none()
        && words.all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
}

/// "le Mali et ses alliés du Niger et du Burkina Faso", "les présidents du Niger, du Tchad et du
/// Mali": "et", "ou" or a comma, maybe a possessive and a noun of `companions` ("ses alliés"),
/// then "de" in any form: the name after it acts with the one before.
pub(super) fn joined_by_and_of(between: &str, companions: &WordList) -> bool {
    const POSSESSIVES: [&str; 5] = ["ses", "son", "sa", "leurs", "leur"];
    let mut rest = words(between);
    if !matches!(rest.next(), Some("et" | "ou" | ",")) {
        return false;
    }
    let Some(mut word) = rest.next() else { return false };
    if POSSESSIVES.contains(&word) {
        if !rest.next().is_some_and(|noun| companions.has(noun)) {
            return false;
        }
        let Some(next) = rest.next() else { return false };
        word = next;
    }
    match word {
        "du" | "des" | "d'" | "d’" => rest.next().is_none(),
        "de" => matches!(rest.next(), None | Some("la" | "l'" | "l’")) && rest.next().is_none(),
        _ => false,
    }
}

/// The articles that may stand in what joins coordinated subjects.
const JOINING_ARTICLES: [&str; 6] = ["le", "la", "les", "l'", "l’", "ses"];
/// The words that join coordinated subjects ("," a word of its own).
const JOINS: [&str; 3] = ["et", "ou", ","];

/// The ASCII bytes the words of [`reads_joined_by_and`] are made of, in either case, with ASCII
/// whitespace.
const JOINING_BYTES: [bool; 128] = {
    let mut table = [false; 128];
    let lists: [&[&str]; 2] = [&JOINING_ARTICLES, &JOINS];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let word = lists[l][i].as_bytes();
            let mut j = 0;
            while j < word.len() {
                if word[j] < 128 {
                    table[word[j].to_ascii_lowercase() as usize] = true;
                    table[word[j].to_ascii_uppercase() as usize] = true;
                }
                j += 1;
            }
            i += 1;
        }
        l += 1;
    }
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_whitespace() || b == 0x0B {
            table[b] = true;
        }
        b += 1;
    }
    table
};

/// [`reads_joined_by_and`]'s precheck: an ASCII byte in no joining word nor whitespace (a name, a
/// verb) rules `between` out. Other characters lowercase to no ASCII letter of those words.
pub(super) fn may_join(between: &str) -> bool {
    between.bytes().all(|b| b >= 128 || JOINING_BYTES[usize::from(b)])
}

/// [`joined_by_and`] without its precheck.
pub(super) fn reads_joined_by_and(between: &str) -> bool {
    // The words, with each comma a word of its own.
    let words = words(between).flat_map(|w| {
        let mut parts = w.split(',');
        let first = parts.next();
        first.into_iter().chain(parts.flat_map(|part| [",", part])).filter(|w| !w.is_empty())
    });
    let mut joins = false;
    for w in words {
        let w = Lower::new(w);
        let w: &str = &w;
        let join = JOINS.contains(&w);
        joins |= join;
        if !(join || JOINING_ARTICLES.contains(&w)) {
            return false;
        }
    }
    joins
}
