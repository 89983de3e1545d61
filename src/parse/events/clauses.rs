//! The clauses of a sentence: their boundaries (punctuation and the words that open a subordinate
//! clause), and how a clause opens — on its verb with its subject after it (an inverted
//! attribution), on a relative pronoun or an aside, on an infinitive, inside a quotation.

use super::lists::EventWords;
use super::summary::SummaryBreak;
use super::tense::AUXILIARIES;
use super::triggers::{Class, Hit};
use super::words::{
    after_apostrophe, at_most_words, is_negation, is_que, strip_word_at_end, trim_start_non_word, words,
    Lower,
};
use crate::corpus::{Mention, MentionKind, Span};

/// Clause boundaries of a sentence (absolute offsets): punctuation and the words that open a
/// subordinate clause; and, read in the same pass, the breaks a summary's clause ends at. One pass
/// over the bytes, in order, so both lists come out sorted.
#[inline]
pub(super) fn clause_boundaries(
    text: &str,
    sentence: Span,
    out: &mut Vec<usize>,
    breaks: &mut Vec<SummaryBreak>,
) {
    let s = sentence.slice(text).as_bytes();
    out.clear();
    breaks.clear();
    if opens_clause(s) {
        out.push(sentence.start);
    }
    // Eight bytes at a time, the few that may matter picked out: ASCII below 0x40 (spaces,
    // punctuation, digits) and the lead bytes C2 and E2 (with a few others: C6, E6, …).
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut offset = 0;
    while offset < s.len() {
        let x = match s.get(offset..offset + 8) {
            Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
            // The last few bytes, padded with letters, which are never picked.
            None => s[offset..].iter().rev().fold(ONES * u64::from(b'A'), |x, &b| (x << 8) | u64::from(b)),
        };
        let below_0x40 = !((x & (ONES * 0x7f)) + ONES * 0x40) & !x;
        // Bits 7, 6 and 1 set, bit 0 clear: not C3, the lead byte of most accented letters.
        let leads = x & (x << 1) & (x << 6) & !(x << 7);
        let mut found = (below_0x40 | leads) & (ONES * 0x80);
        while found != 0 {
            let i = offset + (found.trailing_zeros() / 8) as usize;
            found &= found - 1;
            if s[i] == b' ' {
                if opens_clause(&s[i + 1..]) {
                    out.push(sentence.start + i + 1);
                }
            } else {
                clause_mark(s, i, sentence.start, out, breaks);
            }
        }
        offset += 8;
    }
}

/// The clause boundary or summary break at byte `i` of the sentence `s`, if there is one.
fn clause_mark(
    s: &[u8],
    i: usize,
    sentence_start: usize,
    out: &mut Vec<usize>,
    breaks: &mut Vec<SummaryBreak>,
) {
    let summary_len = match s[i] {
        b',' | b';' | b':' => {
            out.push(sentence_start + i);
            1
        }
        // " and the UTF-8 bytes of « » and “ ” end a summary's clause, but are no clause
        // boundaries: a partial quote goes on with the sentence's syntax ("X et le Pentagone
        // « organisent des téléconférences »"), and a whole one is set off by a colon or a comma
        // anyway. The dashes — – are boundaries only.
        b'"' => 1,
        0xC2 if matches!(s.get(i + 1), Some(0xAB | 0xBB)) => 2,
        0xE2 if s.get(i + 1) == Some(&0x80) => match s.get(i + 2) {
            Some(0x93 | 0x94) => {
                out.push(sentence_start + i);
                return;
            }
            Some(0x9C | 0x9D) => 3,
            _ => return,
        },
        _ => return,
    };
    breaks.push(SummaryBreak { at: i, len: summary_len });
}

/// The words that open a subordinate clause.
const OPENERS: [&str; 12] = [
    "que ", "qu'", "qu’", "qui ", "mais ", "car ", "lorsque ", "dont ", "où ", "puisque ", "tandis ",
    "alors ",
];

/// Whether `s` starts with an opener. Most words are told apart by their first two bytes.
#[inline(always)]
fn opens_clause(s: &[u8]) -> bool {
    let [first, second, ..] = *s else { return false };
    OPENER_PAIRS[usize::from(first)] & (1 << (second & 31)) != 0
        && OPENERS.iter().any(|w| s.starts_with(w.as_bytes()))
}

/// For each first byte of an opener, its second bytes, as bits of their last 5 bits (a filter:
/// other bytes may share them).
const OPENER_PAIRS: [u32; 256] = {
    let mut table = [0; 256];
    let mut i = 0;
    while i < OPENERS.len() {
        let w = OPENERS[i].as_bytes();
        table[w[0] as usize] |= 1 << (w[1] & 31);
        i += 1;
    }
    table
};

pub(super) fn boundaries_between(bounds: &[usize], from: usize, to: usize) -> usize {
    bounds.iter().filter(|&&b| b >= from && b < to).count()
}

/// Whether `before` leaves a quotation open: more « than », more “ than ”, or an odd number of ".
/// One pass over the bytes: « » are C2 AB, C2 BB and “ ” E2 80 9C, E2 80 9D in UTF-8.
pub(super) fn is_quoted(before: &str) -> bool {
    let b = before.as_bytes();
    let (mut guillemets, mut curly, mut straight) = (0i32, 0i32, 0u32);
    for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, b) {
        match (b[i], b.get(i + 1), b.get(i + 2)) {
            (b'"', ..) => straight += 1,
            (0xC2, Some(0xAB), _) => guillemets += 1,
            (0xC2, Some(0xBB), _) => guillemets -= 1,
            (0xE2, Some(0x80), Some(0x9C)) => curly += 1,
            (0xE2, Some(0x80), Some(0x9D)) => curly -= 1,
            _ => {}
        }
    }
    guillemets > 0 || curly > 0 || straight % 2 == 1
}

/// Whether the quotation that `before` holds (up to a report inverted after it) judges rather
/// than tells an act: it is negated ("Nous ne tolérerons aucune violation", "Il n'y a pas
/// d'alternative au dialogue") or says what something is ("Ces bombardements sont une violation",
/// "c'est un point de départ pour la coopération"; not the passive "Il est prévu d'envoyer").
pub(super) fn quotation_judges(before: &str) -> bool {
    const COPULAS: [&str; 7] = ["est", "sont", "était", "étaient", "sera", "seront", "serait"];
    const PARTICIPLE_ENDINGS: [&str; 9] = ["é", "ée", "és", "ées", "u", "ue", "us", "i", "is"];
    let mut previous_copula = false;
    for w in words(before) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        if w.is_empty() {
            continue;
        }
        let lower = Lower::new(w);
        if w.starts_with('n') && is_negation(w) || matches!(&*lower, "aucun" | "aucune" | "jamais") {
            return true;
        }
        if previous_copula && !PARTICIPLE_ENDINGS.iter().any(|e| lower.ends_with(e)) {
            return true;
        }
        previous_copula = COPULAS.contains(&after_apostrophe(&lower));
    }
    false
}

/// Only verbs of saying invert after what they report ("…, a regretté mercredi Sergueï Lavrov",
/// "« … », a averti le ministre"); "…, a rencontré jeudi le président du Conseil européen" has
/// its subject before the comma.
pub(super) fn can_invert(text: &str, clause_start: usize, act: Hit) -> bool {
    const SAYING: [&str; 5] = ["statement", "disapprove", "reject", "threaten", "appeal"];
    let after_quote = text[..clause_start].trim_end().ends_with(['»', '"', '”']);
    after_quote || act.form.class == Class::Report || SAYING.contains(&act.form.category.as_str())
}

/// The relative pronouns that open a clause set off inside another (", qui avait bombardé Alep,").
pub(super) const RELATIVE_PRONOUNS: [&str; 7] = ["qui", "dont", "que", "qu", "où", "lequel", "laquelle"];

/// Whether the clause at `at` opens on a relative pronoun (", dont …", ", qui …").
pub(super) fn opens_relative(text: &str, at: usize) -> bool {
    let rest = after_comma(text, at);
    ["dont ", "qui ", "où "].iter().any(|w| rest.starts_with(w))
}

/// The text from `at` on, past the comma and spaces that open an aside.
fn after_comma(text: &str, at: usize) -> &str {
    text[at..].trim_start_matches(|c: char| c.is_whitespace() || c == ',')
}

/// An aside telling where someone is: ", en visite aux États-Unis,", ", en déplacement en Chine,".
pub(super) fn opens_circumstance(text: &str, at: usize) -> bool {
    after_comma(text, at).get(..3).is_some_and(|w| w.eq_ignore_ascii_case("en "))
}

/// The words that open an infinitive clause, whose subject is the main clause's ("après avoir",
/// "avant d'", …, "pour", "sans"): a first word, and how the second starts.
pub(super) const INFINITIVE_OPENERS: [(&str, Option<&str>); 8] = [
    ("après", Some("avoir")),
    ("après", Some("être")),
    ("avant", Some("de")),
    ("avant", Some("d'")),
    ("afin", Some("de")),
    ("afin", Some("d'")),
    ("pour", None),
    ("sans", None),
];

/// The last bytes of the infinitive openers, in either ASCII case: what `strip_word_at_end`
/// compares last.
const INFINITIVE_OPENER_LAST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < INFINITIVE_OPENERS.len() {
        let last = match INFINITIVE_OPENERS[i] {
            (_, Some(two)) => two.as_bytes(),
            (one, None) => one.as_bytes(),
        };
        let byte = last[last.len() - 1];
        table[byte.to_ascii_lowercase() as usize] = true;
        table[byte.to_ascii_uppercase() as usize] = true;
        i += 1;
    }
    table
};

/// Where an infinitive opener ends `before` (a verb's reflexive pronoun may follow it: "avant de
/// se"), as an offset into it.
pub(super) fn infinitive_opener_at_end(before: &str) -> Option<usize> {
    let before = before.trim_end();
    let before =
        ["se", "s'", "s’"].iter().find_map(|p| strip_word_at_end(before, p)).map_or(before, str::trim_end);
    // Most stretches end on a byte no opener ends on: they are ruled out before any word is
    // compared.
    if !before.as_bytes().last().is_some_and(|&b| INFINITIVE_OPENER_LAST_BYTES[usize::from(b)]) {
        return None;
    }
    INFINITIVE_OPENERS.iter().find_map(|&(one, two)| {
        let rest = match two {
            Some(two) => strip_word_at_end(before, two)?.trim_end(),
            None => before,
        };
        strip_word_at_end(rest, one).map(str::len)
    })
}

/// The first word of `text[from..to]`, lowercased, and how many words follow it (counted up to 2).
pub(super) fn clause_opening(text: &str, from: usize, to: usize) -> (Option<Lower<'_>>, usize) {
    let mut words = words(trim_start_non_word(&text[from..to]));
    (words.next().map(Lower::new), words.take(2).count())
}

/// The first bytes of the auxiliaries (all ASCII lowercase letters but for any added later).
const AUXILIARY_FIRST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < AUXILIARIES.len() {
        table[AUXILIARIES[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    table
};

/// Whether the clause `clause` may open on an auxiliary, as [`clause_opening`] reads its first
/// word: false only when that word starts with an ASCII character whose lowercase starts no
/// auxiliary (an ASCII character lowercases to its ASCII lowercase alone).
pub(super) fn may_open_on_auxiliary(clause: &str) -> bool {
    match trim_start_non_word(clause).as_bytes().first() {
        Some(&byte) if byte.is_ascii() => AUXILIARY_FIRST_BYTES[usize::from(byte.to_ascii_lowercase())],
        _ => true,
    }
}

/// The auxiliary `clause` opens on (None for a clause with no word), if it opens on one or on no
/// word and at most one word follows: what [`clause_opening`] reads, its first word compared
/// without lowercasing. An auxiliary is ASCII, and only ASCII text lowercases to ASCII text but for
/// the Kelvin sign (k, in no auxiliary): a word lowercases to one when it equals it in ASCII case.
pub(super) fn opening_auxiliary(clause: &str) -> Option<Option<&'static str>> {
    let mut words = words(trim_start_non_word(clause));
    let auxiliary = match words.next() {
        Some(first) => Some(*AUXILIARIES.iter().find(|a| first.eq_ignore_ascii_case(a))?),
        None => None,
    };
    (words.take(2).count() <= 1).then_some(auxiliary)
}

/// The subject pronoun an inverted auxiliary ends on: "il" of "a-t-il", "elles" of "ont-elles".
pub(super) fn subject_clitic(auxiliary: &str) -> Option<&str> {
    let (_, clitic) = auxiliary.rsplit_once('-')?;
    matches!(clitic, "il" | "elle" | "ils" | "elles").then_some(clitic)
}

/// A clause that opens on its verb and whose subject follows it: ", a regretté mercredi le
/// ministre Sergueï Lavrov", "», a-t-il ajouté" — not "Syrie: Washington a refusé", nor
/// "Maria Zakharova, a confirmé que …", nor "Dmitri Peskov, a rejeté ces accusations". After a
/// verb of saying, a country or a capital may speak too (", a annoncé jeudi Tokyo", ", a indiqué
/// samedi soir le gouvernement égyptien"); after another verb it is more often the object.
pub(super) fn is_inverted(
    text: &str,
    mentions: &[Mention],
    clause_start: usize,
    verb: Span,
    saying: bool,
) -> bool {
    const SUBJECT_WITHIN_WORDS: usize = 8;
    // Most clauses open on some other word: its first byte rules them out before any word is read.
    if !may_open_on_auxiliary(&text[clause_start..verb.start]) {
        return false;
    }
    let Some(auxiliary) = opening_auxiliary(&text[clause_start..verb.start]) else { return false };
    // "Le ministre, Jean-Marc Ayrault, s'est rendu …": a name set off by commas just before this
    // one is the subject in apposition (not "… conduite par Dmitri Medvedev, a déclaré X").
    let named_before = mentions.iter().any(|m| {
        m.span.end <= clause_start
            && matches!(m.kind, MentionKind::Person | MentionKind::Organisation)
            && text[m.span.end..clause_start].trim().is_empty()
            && text[..m.span.start].trim_end().ends_with(',')
    });
    if named_before {
        return false;
    }
    // "a-t-il ajouté", "ont-elles dit": the subject is the clitic.
    if auxiliary.is_some_and(|w| subject_clitic(w).is_some()) {
        return true;
    }
    // The subject: a person or an organisation right after the verb (and its date), not in what
    // it says ("a annoncé ce mardi qu'il approuvait la proposition égyptienne").
    mentions
        .iter()
        .filter(|m| m.span.start >= verb.end)
        .find(|m| saying || matches!(m.kind, MentionKind::Person | MentionKind::Organisation))
        .is_some_and(|m| {
            let between = &text[verb.end..m.span.start];
            at_most_words(between, SUBJECT_WITHIN_WORDS) && !words(between).any(is_que)
        })
}

/// A verb of saying that opens its clause on its auxiliary, its subject an unnamed speaker after
/// it (", a annoncé mercredi un porte-parole de l'armée"): what it reports is the clause before.
pub(super) fn is_inverted_unnamed(text: &str, clause_start: usize, verb: Span, lists: &EventWords) -> bool {
    may_open_on_auxiliary(&text[clause_start..verb.start])
        && opening_auxiliary(&text[clause_start..verb.start]).is_some()
        && names_a_speaker(text[verb.end..].trim_start(), lists)
}

/// ", a annoncé mercredi un porte-parole de l'armée": after a verb of saying and the words that
/// may stand between an auxiliary and its participle (a date), a determiner and a speaker's noun
/// (list `speakers`) are the subject, named or not.
fn names_a_speaker(after: &str, lists: &EventWords) -> bool {
    const ASIDE_WORDS: usize = 3;
    let mut words = words(after);
    for _ in 0..=ASIDE_WORDS {
        let Some(word) = words.next() else { return false };
        let word = Lower::new(word);
        if let Some(noun) = word.strip_prefix("l'").or_else(|| word.strip_prefix("l’")) {
            return lists.speakers.has(noun);
        }
        if matches!(&*word, "le" | "la" | "les" | "un" | "une" | "des" | "son" | "sa" | "ses" | "leur") {
            return words.next().is_some_and(|w| lists.speakers.has(&Lower::new(w)));
        }
        if !lists.between_auxiliary.has(&word) {
            return false;
        }
    }
    false
}
