//! The trigger lexicon (`data/events/triggers.tsv`) and the search for its forms in a sentence.

use super::lists::EventWords;
use super::words::{words, Lower};
use crate::corpus::Span;
use crate::parse::latin1::is_latin1_letter;
use crate::parse::resources::{DataFile, DataSource};
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{dfa, Anchored, MatchKind, StartKind};
use anyhow::{anyhow, bail, Result};
use std::collections::HashMap;

const TRIGGERS: DataFile = crate::data_file!("events/triggers.tsv");
const WORDS: DataFile = crate::data_file!("events/words.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    Act,
    Noun,
    Report,
    Aspect,
    Prospect,
}

impl Class {
    pub(super) fn is_verbal(self) -> bool {
        matches!(self, Class::Act | Class::Report | Class::Aspect)
    }
}

#[derive(Debug, Clone)]
pub(super) struct Form {
    pub(super) category: String,
    pub(super) class: Class,
    /// A trailing `*`: the word may go on ("suspend*" → "suspendu").
    open_ended: bool,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Hit<'l> {
    pub(super) span: Span,
    pub(super) form: &'l Form,
}

/// The trigger lexicon, compiled into one automaton.
#[derive(Debug)]
pub struct VerbLexicon {
    forms: Vec<Form>,
    walk: Walk,
    /// For each form, the longest form that begins it, open-ended ("rencontr*" for "rencontre") or
    /// ending a word of it ("promis" for "promis de"), with its length in bytes: where the longer
    /// form does not end the word ("rencontrera", "promis devant"), the shorter one still reads it.
    shorter_open: Vec<Option<(usize, usize)>>,
    /// The word lists the rules read besides the triggers (`data/events/words.tsv`).
    pub(super) words: EventWords,
    /// The form of "rappelé son ambassadeur", which "a rappelé mercredi son ambassadeur" reads as
    /// too (when the lexicon has it).
    recall: Option<usize>,
    /// The form of "persona non grata", which "a déclaré lundi persona non grata" reads as.
    persona: Option<usize>,
}

impl VerbLexicon {
    pub fn load(source: &DataSource) -> Result<Self> {
        let (text, name) = source.read(&TRIGGERS)?;
        let (words, words_name) = source.read(&WORDS)?;
        Self::with_words(&text, &name, EventWords::parse(&words, &words_name)?)
    }

    /// The triggers of `text` (named `name` in errors), with the embedded word lists.
    pub fn parse(text: &str, name: &str) -> Result<Self> {
        let (words, words_name) = DataSource::Embedded.read(&WORDS)?;
        Self::with_words(text, name, EventWords::parse(&words, &words_name)?)
    }

    fn with_words(text: &str, name: &str, words: EventWords) -> Result<Self> {
        let (forms, patterns) = read_forms(text, name)?;
        let matcher = dfa::DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Unanchored)
            // Most bytes of French text can start a form: a prefilter would stop at each of them.
            .prefilter(false)
            .build(&patterns)?;
        let walk = Walk::new(&matcher, &patterns)?;
        // Matching ignores ASCII case: forms by their lowercase spelling, an open-ended one
        // rather than a closed one of the same spelling.
        let mut by_spelling: HashMap<String, usize> = HashMap::new();
        for closed in [true, false] {
            let same = (0..patterns.len()).filter(|&j| forms[j].open_ended != closed);
            by_spelling.extend(same.map(|j| (patterns[j].to_ascii_lowercase(), j)));
        }
        // A closed form begins a longer one only where a word of it ends: "promis" in "promis de".
        let shorter_open = patterns
            .iter()
            .map(|long| {
                let long = long.to_ascii_lowercase();
                (1..long.len()).rev().filter(|&n| long.is_char_boundary(n)).find_map(|n| {
                    let &j = by_spelling.get(&long[..n])?;
                    let ends_a_word = !long[n..].starts_with(|c: char| c.is_alphanumeric());
                    (forms[j].open_ended || ends_a_word).then_some((j, n))
                })
            })
            .collect();
        let recall = patterns.iter().position(|p| p == RECALL_FORM);
        let persona = patterns.iter().position(|p| p == PERSONA_FORM);
        Ok(VerbLexicon { forms, walk, shorter_open, words, recall, persona })
    }

    /// Triggers inside `span` of `text`, in order, appended to `hits`: forms that start a word,
    /// and end one unless they are open-ended.
    pub(super) fn triggers<'l>(&'l self, text: &str, span: Span, hits: &mut Vec<Hit<'l>>) {
        let s = span.slice(text);
        let mut from = 0;
        let ending_at = |at: usize| leading_run(&s[at..], true);
        while let Some((start, end, pattern)) = self.next_form(s.as_bytes(), from) {
            // A form inside a word is no trigger, but the search goes on after it.
            let starts_word = !ends_in_word_char(&s[..start]);
            let (form, ending) = (&self.forms[pattern], ending_at(end));
            // "négociateur", "demandeurs d'asile", "collaboratrice": an agent noun is a person,
            // no act, though its stem opens a verb of the lexicon.
            let agent_noun = || {
                form.open_ended
                    && ending > 0
                    && ["eur", "eurs", "euse", "euses", "trice", "trices"]
                        .iter()
                        .any(|e| s[..end + ending].ends_with(e))
            };
            if starts_word && (ending == 0 || form.open_ended) && !agent_noun() {
                let end = end + ending;
                // "a rappelé mercredi son ambassadeur": a date or an aside between the verb and
                // the envoy it recalls. Only a report of "rappel…" is read further.
                let form = match form.class {
                    Class::Report => {
                        self.report_read_as_act(&s.as_bytes()[start..], &s[end..]).unwrap_or(form)
                    }
                    Class::Aspect | Class::Act => {
                        self.said_after_quote(&s[..start], &s[start..end]).unwrap_or(form)
                    }
                    _ => form,
                };
                hits.push(Hit { span: Span::new(span.start + start, span.start + end), form });
            } else if let Some((shorter, len)) = self.shorter_open[pattern].filter(|_| starts_word) {
                // "rencontrera": not the noun "rencontre", the verb "rencontr*"; "promis devant":
                // not "promis de", the word "promis".
                let form = &self.forms[shorter];
                let ending = ending_at(start + len);
                if form.open_ended || ending == 0 {
                    hits.push(Hit {
                        span: Span::new(span.start + start, span.start + start + len + ending),
                        form,
                    });
                }
            }
            from = end;
        }
    }

    /// The leftmost-longest form at or after `from`: where it starts and ends, and which it is.
    fn next_form(&self, bytes: &[u8], from: usize) -> Option<(usize, usize, usize)> {
        self.walk.next_form(bytes, from)
    }

    /// The act a reporting verb (`verb`, the text from its start) tells with its object, a date or
    /// an aside between them: "a rappelé mercredi son ambassadeur" recalls (not reminds), "a
    /// déclaré lundi persona non grata" expels (not says). Only "rappel…" and "déclar…" are read
    /// further.
    fn report_read_as_act(&self, verb: &[u8], after: &str) -> Option<&Form> {
        let starts =
            |stem: &str| verb.get(..stem.len()).is_some_and(|w| w.eq_ignore_ascii_case(stem.as_bytes()));
        if starts("rappel") {
            let recall = self.recall?;
            let envoy = self.object_after_aside(after, |word, next| {
                // "rappelle un ambassadeur", "a rappelé des diplomates": any determiner but the
                // definite one ("a rappelé l'ambassadeur que …" may remind him).
                matches!(
                    word,
                    "son" | "sa" | "ses" | "leur" | "leurs" | "notre" | "nos" | "un" | "une" | "des"
                ) && next.is_some_and(|w| self.words.envoys.has(&Lower::new(w)))
            });
            envoy.then(|| &self.forms[recall])
        } else if starts("déclar") {
            let persona = self.persona?;
            self.object_after_aside(after, |word, _| word == "persona").then(|| &self.forms[persona])
        } else {
            None
        }
    }

    /// A verb of the list `said_after_quote` (`verb`) inverted right after a quotation, past its
    /// auxiliary ("« … », a lancé le ministre", "« … », lance-t-il"): a statement, read as the
    /// lexicon's first plain report of one.
    fn said_after_quote(&self, before: &str, verb: &str) -> Option<&Form> {
        const AUXILIARIES: [&str; 6] = ["a", "ont", "avait", "avaient", "aurait", "auraient"];
        // Where the verb stands is read first: most hits are after no quotation, and the word
        // list is read with a lowercased copy.
        let mut before = before.trim_end();
        if let Some((rest, last)) = before.rsplit_once(' ') {
            if AUXILIARIES.iter().any(|a| last.eq_ignore_ascii_case(a)) {
                before = rest.trim_end();
            }
        }
        if !before.strip_suffix(',').is_some_and(|b| b.trim_end().ends_with(['»', '"', '”'])) {
            return None;
        }
        let word = verb.split(['-', ' ']).next()?;
        if !self.words.said_after_quote.has(&Lower::new(word)) {
            return None;
        }
        self.forms.iter().find(|f| f.class == Class::Report && f.category == "statement")
    }

    /// Whether the first word of `after` past a few words that may stand between a verb and its
    /// object ("mercredi", "pour consultations") is the object `is_object` looks for (given the
    /// word, lowercase, and the word after it).
    fn object_after_aside(&self, after: &str, is_object: impl Fn(&str, Option<&str>) -> bool) -> bool {
        const ASIDE_WORDS: usize = 4;
        let mut words = words(after);
        for _ in 0..=ASIDE_WORDS {
            let Some(word) = words.next() else { return false };
            let word = Lower::new(word);
            if is_object(&word, words.clone().next()) {
                return true;
            }
            if !(self.words.between_auxiliary.has(&word) || self.words.recall_asides.has(&word)) {
                return false;
            }
        }
        false
    }
}

/// The phrase form a recall of the subject's envoy takes in the lexicon.
const RECALL_FORM: &str = "rappelé son ambassadeur";
/// The form of an expulsion declared ("a déclaré lundi persona non grata").
const PERSONA_FORM: &str = "persona non grata";

/// The crate's automaton copied into a dense table of our own, walked by hand: one look-up for the
/// byte's class and one for the next state, a byte, and one flag telling the few states that need
/// a look (a match, or no match possible any more) from the others.
#[derive(Debug)]
struct Walk {
    /// Bytes that no form tells apart share a class.
    classes: [u8; 256],
    /// `next[row + class]`: the row of the next state (a state's index times the number of
    /// classes), with `LOOK` set for a match state, or `DEAD`. Rows of match states come last,
    /// from `first_match`; the length is a power of two, for a mask in place of a bounds check
    /// (the mask also drops the flag).
    next: Vec<u32>,
    mask: usize,
    start: u32,
    first_match: u32,
    stride: usize,
    /// For each match state, from `first_match` on: the form it matches and the form's length.
    matches: Vec<(usize, usize)>,
}

/// No form can match any more: the search ends.
const DEAD: u32 = u32::MAX;

/// The flag of the states that need a look: match states, and `DEAD`.
const LOOK: u32 = 1 << 31;

impl Walk {
    fn new(matcher: &dfa::DFA, patterns: &[String]) -> Result<Self> {
        // The bytes of the forms, each ASCII letter with its other case: a class each; class 0
        // for all other bytes.
        let mut classes = [0u8; 256];
        let mut representatives = vec![0u8];
        for &b in patterns.iter().flat_map(|p| p.as_bytes()) {
            let b = b.to_ascii_lowercase();
            if classes[usize::from(b)] == 0 && b != representatives[0] {
                let class = u8::try_from(representatives.len())?;
                classes[usize::from(b)] = class;
                classes[usize::from(b.to_ascii_uppercase())] = class;
                representatives.push(b);
            }
        }
        // Byte 0 stands for class 0 unless a form uses it.
        if classes[0] != 0 {
            let other = (0..=255u8).find(|&b| classes[usize::from(b)] == 0);
            representatives[0] = other.ok_or_else(|| anyhow!("the trigger forms use every byte"))?;
        }
        // Every state reachable from the start (found by their ids: a few hundred thousand at
        // most); the rows of match states after the others.
        let start = matcher.start_state(Anchored::No)?;
        let mut seen = vec![false; start.as_usize() + 1];
        seen[start.as_usize()] = true;
        let mut queue = vec![start];
        let mut at = 0;
        while let Some(&sid) = queue.get(at) {
            at += 1;
            for &b in &representatives {
                let next = matcher.next_state(Anchored::No, sid, b);
                if matcher.is_dead(next) {
                    continue;
                }
                if seen.len() <= next.as_usize() {
                    seen.resize(next.as_usize() + 1, false);
                }
                if !std::mem::replace(&mut seen[next.as_usize()], true) {
                    queue.push(next);
                }
            }
        }
        let (mut states, matching): (Vec<StateID>, Vec<StateID>) =
            queue.into_iter().partition(|&sid| !matcher.is_match(sid));
        let first_match = states.len();
        states.extend(matching);
        let stride = representatives.len();
        let mut row = vec![DEAD; seen.len()];
        for (i, &sid) in states.iter().enumerate() {
            row[sid.as_usize()] = u32::try_from(i * stride)?;
        }
        let len = (states.len() * stride).next_power_of_two();
        if len > LOOK as usize {
            bail!("the trigger automaton has too many states");
        }
        let mut next = vec![DEAD; len];
        for (i, &sid) in states.iter().enumerate() {
            for (class, &b) in representatives.iter().enumerate() {
                let to = matcher.next_state(Anchored::No, sid, b);
                if !matcher.is_dead(to) {
                    let look = if matcher.is_match(to) { LOOK } else { 0 };
                    next[i * stride + class] = row[to.as_usize()] | look;
                }
            }
        }
        let matches = states[first_match..]
            .iter()
            .map(|&sid| {
                let pattern = matcher.match_pattern(sid, 0);
                (pattern.as_usize(), matcher.pattern_len(pattern))
            })
            .collect();
        Ok(Walk {
            classes,
            next,
            mask: len - 1,
            start: row[start.as_usize()],
            first_match: u32::try_from(first_match * stride)?,
            stride,
            matches,
        })
    }

    /// The leftmost-longest form at or after `from`: where it starts and ends, and which it is.
    fn next_form(&self, bytes: &[u8], from: usize) -> Option<(usize, usize, usize)> {
        // The mask keeps an index inside the table: no bounds check. It drops the flag too.
        let (next, mask, classes) = (&self.next[..=self.mask], self.mask, &self.classes);
        let step =
            |state: u32, byte: u8| next[(state as usize + usize::from(classes[usize::from(byte)])) & mask];
        let mut state = self.start;
        let mut found = None;
        let mut rest = &bytes[from..];
        loop {
            // Most states need no look: eight steps at a time, told apart by one test of their
            // flags. (A step from `DEAD` reads some row, harmlessly: the eight are then stepped
            // again one by one.)
            while let &[b0, b1, b2, b3, b4, b5, b6, b7, ref more @ ..] = rest {
                let s0 = step(state, b0);
                let s1 = step(s0, b1);
                let s2 = step(s1, b2);
                let s3 = step(s2, b3);
                let s4 = step(s3, b4);
                let s5 = step(s4, b5);
                let s6 = step(s5, b6);
                let s7 = step(s6, b7);
                if (s0 | s1 | s2 | s3 | s4 | s5 | s6 | s7) & LOOK != 0 {
                    break;
                }
                state = s7;
                rest = more;
            }
            // One step at a time, up to eight bytes: the last few, or some that need a look.
            if rest.is_empty() {
                return found;
            }
            let (few, more) = rest.split_at(rest.len().min(8));
            for (i, &byte) in few.iter().enumerate() {
                state = step(state, byte);
                if state & LOOK != 0 {
                    if state == DEAD {
                        return found;
                    }
                    let (pattern, len) =
                        self.matches[((state & !LOOK) - self.first_match) as usize / self.stride];
                    let end = bytes.len() - rest.len() + i + 1;
                    found = Some((end - len, end, pattern));
                }
            }
            rest = more;
        }
    }
}

/// The forms of the lexicon, and the literal each is searched as (in the same order).
fn read_forms(text: &str, name: &str) -> Result<(Vec<Form>, Vec<String>)> {
    let mut forms = Vec::new();
    let mut patterns = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("{name}:{}", i + 1);
        let cols: Vec<&str> = line.split('\t').collect();
        let [category, class, words] = cols[..] else {
            bail!("{at}: expected 3 tab-separated columns (category, class, forms), found {}", cols.len());
        };
        let class = match class {
            "act" => Class::Act,
            "noun" => Class::Noun,
            "report" => Class::Report,
            "aspect" => Class::Aspect,
            "prospect" => Class::Prospect,
            other => bail!("{at}: unknown class {other:?} (act, noun, report, aspect or prospect)"),
        };
        if category.trim().is_empty() {
            bail!("{at}: empty category");
        }
        for word in words.split_whitespace() {
            let open_ended = word.ends_with('*');
            let literal = word.trim_end_matches('*').replace('_', " ");
            if literal.is_empty() {
                return Err(anyhow!("{at}: empty form {word:?}"));
            }
            let form = Form { category: category.to_string(), class, open_ended };
            // Either apostrophe, whichever the article uses.
            for variant in [literal.replace('’', "'"), literal.replace('\'', "’")] {
                if !patterns.contains(&variant) {
                    patterns.push(variant);
                    forms.push(form.clone());
                }
            }
        }
    }
    Ok((forms, patterns))
}

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// How many bytes `s` starts with of word characters (`word`) or of other characters, ASCII and
/// Latin-1 letters read byte by byte.
#[inline]
pub(super) fn leading_run(s: &str, word: bool) -> usize {
    let bytes = s.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if byte.is_ascii() {
            if byte.is_ascii_alphanumeric() != word {
                break;
            }
            at += 1;
        } else if is_latin1_letter(bytes, at) {
            if !word {
                break;
            }
            at += 2;
        } else {
            match s[at..].chars().next() {
                Some(c) if is_word_char(c) == word => at += c.len_utf8(),
                _ => break,
            }
        }
    }
    at
}

/// Whether `s` ends in a word character.
fn ends_in_word_char(s: &str) -> bool {
    match s.as_bytes().last() {
        None => false,
        Some(byte) if byte.is_ascii() => byte.is_ascii_alphanumeric(),
        Some(_) => s.chars().next_back().is_some_and(is_word_char),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickKind};
    use proptest::prelude::*;
    use std::sync::LazyLock;

    /// The search as the crate's own iterator runs it: the reference for the hand-walked automaton.
    fn unanchored_triggers(lexicon: &VerbLexicon, matcher: &AhoCorasick, s: &str) -> Vec<(Span, usize)> {
        let mut hits = Vec::new();
        for m in matcher.find_iter(s) {
            let form = &lexicon.forms[m.pattern().as_usize()];
            if s[..m.start()].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            let ending_at = |at: usize| {
                let rest = &s[at..];
                rest.len() - rest.trim_start_matches(is_word_char).len()
            };
            let ending = ending_at(m.end());
            if ending > 0 && !form.open_ended {
                // The longest form does not end the word: the open-ended form it begins with.
                if let Some((shorter, len)) = lexicon.shorter_open[m.pattern().as_usize()] {
                    hits.push((Span::new(m.start(), m.start() + len + ending_at(m.start() + len)), shorter));
                }
                continue;
            }
            hits.push((Span::new(m.start(), m.end() + ending), m.pattern().as_usize()));
        }
        hits
    }

    fn walked_triggers(lexicon: &VerbLexicon, s: &str) -> Vec<(Span, usize)> {
        let mut hits = Vec::new();
        lexicon.triggers(s, Span::new(0, s.len()), &mut hits);
        let index = |f: &Form| lexicon.forms.iter().position(|g| std::ptr::eq(f, g)).unwrap();
        hits.iter().map(|h| (h.span, index(h.form))).collect()
    }

    /// The embedded lexicon, its patterns and the crate's own automaton for them, built once.
    fn embedded() -> &'static (VerbLexicon, Vec<String>, AhoCorasick) {
        static EMBEDDED: LazyLock<(VerbLexicon, Vec<String>, AhoCorasick)> = LazyLock::new(|| {
            let (text, name) = DataSource::Embedded.read(&TRIGGERS).unwrap();
            let patterns = read_forms(&text, &name).unwrap().1;
            let unanchored = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&patterns)
                .unwrap();
            (VerbLexicon::parse(&text, &name).unwrap(), patterns, unanchored)
        });
        &EMBEDDED
    }

    #[test]
    fn forms_are_found_at_word_starts_whole_or_open_ended() {
        let (lexicon, _, _) = embedded();
        let s = "Cela dit, Moscou a SIGNé l'accord et a dit qu'il déclarait la trêve; accords, désaccord.";
        let found: Vec<&str> = walked_triggers(lexicon, s).iter().map(|(span, _)| span.slice(s)).collect();
        assert_eq!(found, ["SIGNé", "accord", "a dit", "déclarait", "trêve"]);
    }

    #[test]
    fn a_verb_whose_stem_is_also_a_noun_is_read_as_the_verb() {
        let (lexicon, _, _) = embedded();
        let s = "Il rencontrera Lavrov après la rencontre; ils frappent.";
        let found: Vec<(&str, Class)> = walked_triggers(lexicon, s)
            .iter()
            .map(|(span, f)| (span.slice(s), lexicon.forms[*f].class))
            .collect();
        assert_eq!(
            found,
            [("rencontrera", Class::Act), ("rencontre", Class::Noun), ("frappent", Class::Act)]
        );
    }

    proptest! {
        #[test]
        fn word_chars_are_counted_as_trimming_them_counts(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec!["a", "Z", "9", " ", "'", "é", "À", "ÿ", "×", "÷", "Ā", "’", "\u{a0}", "ß"]),
                0..12,
            )
        ) {
            let s = pieces.concat();
            prop_assert_eq!(leading_run(&s, true), s.len() - s.trim_start_matches(is_word_char).len());
        }

        #[test]
        fn the_walked_automaton_finds_what_the_crate_iterator_finds(
            pieces in proptest::collection::vec(
                prop_oneof![
                    Just("a".to_string()), Just("la".to_string()), Just("cela".to_string()),
                    Just(" ".to_string()), Just(", ".to_string()), Just("'".to_string()),
                    Just("’".to_string()), Just("-".to_string()), Just("é".to_string()),
                    Just("s".to_string()), Just("x".to_string()), Just("T".to_string()),
                    (0..400usize).prop_map(|i| i.to_string()),
                ],
                0..40,
            )
        ) {
            let (lexicon, patterns, unanchored) = embedded();
            // Numbers stand for forms of the lexicon, pasted between the other pieces.
            let s: String = pieces
                .iter()
                .map(|p| p.parse::<usize>().map_or(p.as_str(), |i| patterns[i % patterns.len()].as_str()))
                .collect();
            prop_assert_eq!(walked_triggers(lexicon, &s), unanchored_triggers(lexicon, unanchored, &s));
        }
    }
}
