//! The trigger lexicon (`data/events/triggers.tsv`) and the search for its forms in a sentence.

use super::acts::is_determiner;
use super::lists::EventWords;
use super::words::{trimmed_end, words, Lower};
use crate::corpus::Span;
use crate::parse::latin1::{is_latin1_letter, is_latin1_letter_char};
use crate::parse::resources::{DataFile, DataSource};
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
    trie: Trie,
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
        let trie = Trie::new(&patterns)?;
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
        Ok(VerbLexicon { forms, trie, shorter_open, words, recall, persona })
    }

    /// Triggers inside `span` of `text`, in order, appended to `hits`: forms that start a word,
    /// and end one unless they are open-ended.
    pub(super) fn triggers<'l>(&'l self, text: &str, span: Span, hits: &mut Vec<Hit<'l>>) {
        let s = span.slice(text);
        let bytes = s.as_bytes();
        // The search goes on from the end of the last form found.
        let mut from = 0;
        let mut word_starts = WordStarts::new(self.trie.may_start_on_punctuation);
        for at in (0..bytes.len()).step_by(BLOCK) {
            let mut starts = word_starts.next(s, at);
            while starts != 0 {
                let start = at + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                if start < from {
                    continue;
                }
                if let Some((len, pattern)) = self.trie.longest_at(&bytes[start..]) {
                    self.push_trigger(s, span, start, start + len, pattern, hits);
                    from = start + len;
                }
            }
        }
    }

    /// Phrase forms whose verb and object a date sets apart, inside `span` of `text`: "ont réduit
    /// lundi leur représentation diplomatique" reads as "réduit leur représentation", with the verb
    /// alone as the trigger (the date dates it). `dates` are the spans of the sentence's dates; a
    /// hit of the verb alone takes the phrase's form, and a verb no form reads is added in order.
    pub(super) fn phrases_across_dates<'l>(
        &'l self,
        text: &str,
        span: Span,
        dates: impl Iterator<Item = Span>,
        hits: &mut Vec<Hit<'l>>,
    ) {
        for date in dates {
            // The verb right before the date, one space between; the object right after it.
            let Some(before) = text[span.start..date.start].strip_suffix(' ') else { continue };
            let verb_start = before.len() - trailing_word(before);
            let Some(after) = text[date.end..span.end].strip_prefix(' ') else { continue };
            if verb_start == before.len() || after.is_empty() {
                continue;
            }
            let verb = &before.as_bytes()[verb_start..];
            let Some((len, pattern)) = self.trie.longest_across(verb, after.as_bytes()) else { continue };
            let form = &self.forms[pattern];
            // The form goes past the verb, and ends a word unless it is open-ended.
            let Some(object_len) = len.checked_sub(verb.len() + 1).filter(|&n| n > 0) else { continue };
            if !form.open_ended && leading_run(&after[object_len..], true) > 0 {
                continue;
            }
            let verb_span = Span::new(span.start + verb_start, span.start + before.len());
            match hits.iter().position(|h| h.span.end > verb_span.start) {
                Some(at) if hits[at].span == verb_span => hits[at].form = form,
                Some(at) if hits[at].span.start < verb_span.end => {}
                Some(at) => hits.insert(at, Hit { span: verb_span, form }),
                None => hits.push(Hit { span: verb_span, form }),
            }
        }
    }

    /// The trigger the form `pattern`, found from `start` to `end` of `s` (the text of `span`),
    /// reads, if any, appended to `hits`. Not inlined: few word starts find a form, and the
    /// search loop keeps its registers.
    #[inline(never)]
    fn push_trigger<'l>(
        &'l self,
        s: &str,
        span: Span,
        start: usize,
        end: usize,
        pattern: usize,
        hits: &mut Vec<Hit<'l>>,
    ) {
        let ending_at = |at: usize| leading_run(&s[at..], true);
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
        if (ending == 0 || form.open_ended) && !agent_noun() {
            let end = end + ending;
            // "a rappelé mercredi son ambassadeur": a date or an aside between the verb and
            // the envoy it recalls. Only a report of "rappel…" is read further.
            let form = match form.class {
                Class::Noun if ending == 0 => self.noun_read_as_verb(s, start, end, pattern).unwrap_or(form),
                Class::Report => self.report_read_as_act(&s.as_bytes()[start..], &s[end..]).unwrap_or(form),
                Class::Aspect | Class::Act => {
                    self.said_after_quote(&s[..start], &s[start..end]).unwrap_or(form)
                }
                _ => form,
            };
            hits.push(Hit { span: Span::new(span.start + start, span.start + end), form });
        } else if let Some((shorter, len)) = self.shorter_open[pattern] {
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
    }

    /// The verb a noun of the lexicon is also the present of ("menace", "rencontre": the open form
    /// "menac*" is an act), when it reads as one: after a subject, not a determiner or a
    /// preposition, and before its object, a determiner or a name ("Trump menace la Corée du
    /// Nord", "qui rencontre lundi"... is left a noun: only an object right after it tells).
    #[cold]
    fn noun_read_as_verb(&self, s: &str, start: usize, end: usize, pattern: usize) -> Option<&Form> {
        // Before a noun, besides its determiners ("la menace", "face à une nouvelle menace").
        const NOT_A_SUBJECT: [&str; 11] =
            ["de", "d", "à", "au", "aux", "en", "sous", "par", "pour", "contre", "nouvelle"];
        let (shorter, _) = self.shorter_open[pattern]?;
        let verb = &self.forms[shorter];
        if verb.class != Class::Act || !verb.open_ended {
            return None;
        }
        let before = words(&s[..start]).next_back()?;
        let before = before.rsplit(['\'', '’']).next().unwrap_or(before);
        let before = Lower::new(before);
        if before.is_empty() || is_determiner(&before) || NOT_A_SUBJECT.contains(&&*before) {
            return None;
        }
        let after = words(&s[end..]).next()?;
        let opener = after.split_inclusive(['\'', '’']).next().unwrap_or(after);
        let opener = opener.trim_end_matches(['\'', '’']);
        let names = after.starts_with(|c: char| c.is_uppercase());
        // "du", "des" are also "de" and an article, which follow a noun ("la réunion du Conseil").
        let opener = Lower::new(opener);
        (names || is_determiner(&opener) && !matches!(&*opener, "du" | "des")).then_some(verb)
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
        let mut before = trimmed_end(before);
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

/// The forms as a trie walked from a word start (an anchored search needs no failure links), laid
/// out as a double array: the child of the node in slot `s` by the byte class `c` is in slot
/// `base(s) + c`, if that slot says `s` is its parent. One load a byte, as in a dense table, but
/// the trie's 3,800 nodes take 16 KB instead of 600 KB: the rows the walks read stay in the
/// cache, where the unanchored automaton stepped over every byte of a sentence missed it.
#[derive(Debug)]
struct Trie {
    /// Bytes that no form tells apart share a class: ASCII letters of either case, and all bytes
    /// no form has (class 0, the child of no node).
    classes: [u8; 256],
    /// Each slot: its parent's slot (the low 16 bits, [`FREE`] for a free slot), its own base
    /// (the next 15 bits) and whether it ends a form (the top bit).
    slots: Vec<u32>,
    /// The form each slot that ends one ends.
    form_of: Vec<u32>,
    /// Whether some form starts with an ASCII byte that is no letter or digit.
    may_start_on_punctuation: bool,
    /// The slot after the first two bytes of a form, by their classes (`first * classes +
    /// second`), or the root's for none: the first two steps of every walk in one look-up, which
    /// ends most of them. Empty if some form is shorter than three bytes.
    pairs: Vec<u16>,
    class_count: usize,
}

/// The parent of a free slot: no node's.
const FREE: u32 = 0xFFFF;
/// The root's slot.
const ROOT: usize = 0;
/// A slot's flag: its node ends a form.
const ENDS_FORM: u32 = 1 << 31;

impl Trie {
    fn new(patterns: &[String]) -> Result<Self> {
        let mut classes = [0u8; 256];
        let mut count = 1usize;
        for &b in patterns.iter().flat_map(|p| p.as_bytes()) {
            let b = b.to_ascii_lowercase();
            if classes[usize::from(b)] == 0 {
                let class = u8::try_from(count)?;
                classes[usize::from(b)] = class;
                classes[usize::from(b.to_ascii_uppercase())] = class;
                count += 1;
            }
        }
        // The trie, node 0 the root: each node's children by class, and the form it ends. Forms
        // that differ only by ASCII case end at one node, which keeps the first (as the crate's
        // automaton did).
        let mut children: Vec<Vec<(u8, usize)>> = vec![Vec::new()];
        let mut ends: Vec<Option<usize>> = vec![None];
        for (p, pattern) in patterns.iter().enumerate() {
            let mut node = 0;
            for &b in pattern.as_bytes() {
                let class = classes[usize::from(b)];
                node = match children[node].iter().find(|&&(c, _)| c == class) {
                    Some(&(_, child)) => child,
                    None => {
                        let child = ends.len();
                        children[node].push((class, child));
                        children.push(Vec::new());
                        ends.push(None);
                        child
                    }
                };
            }
            ends[node].get_or_insert(p);
        }
        // Nodes placed breadth first, each node's children at the first base where their slots
        // are free.
        let mut slot_of = vec![usize::MAX; ends.len()];
        slot_of[0] = ROOT;
        let mut slots = vec![FREE; count];
        let mut bases = vec![0usize; count];
        let mut queue = std::collections::VecDeque::from([0]);
        let mut first_free = 1;
        while let Some(node) = queue.pop_front() {
            let kids = &children[node];
            let parent = slot_of[node];
            if kids.is_empty() {
                continue;
            }
            while slots.get(first_free).is_some_and(|&s| s != FREE) {
                first_free += 1;
            }
            let min = usize::from(kids.iter().map(|&(c, _)| c).min().unwrap_or(1));
            let base = (first_free.saturating_sub(min)..)
                .find(|&base| {
                    kids.iter().all(|&(c, _)| {
                        let at = base + usize::from(c);
                        at != ROOT && slots.get(at).is_none_or(|&s| s == FREE)
                    })
                })
                .unwrap_or_default();
            if slots.len() < base + count {
                slots.resize(base + count, FREE);
                bases.resize(base + count, 0);
            }
            bases[parent] = base;
            for &(c, child) in kids {
                let at = base + usize::from(c);
                slots[at] = u32::try_from(parent)?;
                slot_of[child] = at;
                queue.push_back(child);
            }
        }
        let len = slots.len().next_power_of_two();
        if len > FREE as usize || bases.iter().any(|&b| b >= 1 << 15) {
            bail!("the trigger trie is too large for its slots");
        }
        slots.resize(len, FREE);
        bases.resize(len, 0);
        let mut form_of = vec![u32::MAX; slots.len()];
        for (node, &slot) in slot_of.iter().enumerate() {
            slots[slot] |= (bases[slot] as u32) << 16;
            if let Some(p) = ends[node] {
                slots[slot] |= ENDS_FORM;
                form_of[slot] = u32::try_from(p)?;
            }
        }
        let may_start_on_punctuation = patterns
            .iter()
            .any(|p| p.bytes().next().is_some_and(|b| b.is_ascii() && !b.is_ascii_alphanumeric()));
        let mut pairs = Vec::new();
        if patterns.iter().all(|p| p.len() > 2) {
            pairs = vec![ROOT as u16; count * count];
            for &(first, child) in &children[0] {
                for &(second, grandchild) in &children[child] {
                    pairs[usize::from(first) * count + usize::from(second)] =
                        u16::try_from(slot_of[grandchild])?;
                }
            }
        }
        Ok(Trie { classes, slots, form_of, may_start_on_punctuation, pairs, class_count: count })
    }

    /// The longest form that `bytes` starts with: its length and which it is.
    #[inline(always)]
    fn longest_at(&self, bytes: &[u8]) -> Option<(usize, usize)> {
        let (mut state, skipped) = match self.pairs.get(self.pair(bytes)) {
            Some(&ROOT16) => return None,
            Some(&slot) => (usize::from(slot), 2),
            None => (ROOT, 0),
        };
        // The length of `slots` is a power of two and every base has a slot for each class
        // after it: the mask drops no slot, and keeps the index inside with no bounds check.
        let mask = self.slots.len() - 1;
        let slots = &self.slots[..=mask];
        let mut base = (slots[state] >> 16 & 0x7FFF) as usize;
        let mut found = None;
        for (i, &b) in bytes.iter().enumerate().skip(skipped) {
            let at = (base + usize::from(self.classes[usize::from(b)])) & mask;
            let slot = slots[at];
            if slot & 0xFFFF != state as u32 {
                break;
            }
            (state, base) = (at, (slot >> 16 & 0x7FFF) as usize);
            if slot & ENDS_FORM != 0 {
                found = Some((i + 1, self.form_of[at] as usize));
            }
        }
        found
    }

    /// The longest form that `first`, a space and `rest` start with, walked from the root: its
    /// length (counted as in those three) and which it is.
    fn longest_across(&self, first: &[u8], rest: &[u8]) -> Option<(usize, usize)> {
        // The first two bytes end most walks, in one look-up.
        if first.len() >= 2 && self.pairs.get(self.pair(first)) == Some(&ROOT16) {
            return None;
        }
        let mask = self.slots.len() - 1;
        let (mut state, mut base) = (ROOT, (self.slots[ROOT] >> 16 & 0x7FFF) as usize);
        let mut found = None;
        for (i, &b) in first.iter().chain(b" ").chain(rest).enumerate() {
            let at = (base + usize::from(self.classes[usize::from(b)])) & mask;
            let slot = self.slots[at];
            if slot & 0xFFFF != state as u32 {
                break;
            }
            (state, base) = (at, (slot >> 16 & 0x7FFF) as usize);
            if slot & ENDS_FORM != 0 {
                found = Some((i + 1, self.form_of[at] as usize));
            }
        }
        found
    }

    /// The index in `pairs` of the first two bytes of `bytes` (class 0 for a byte past the end).
    #[inline(always)]
    fn pair(&self, bytes: &[u8]) -> usize {
        let class = |at: usize| bytes.get(at).map_or(0, |&b| usize::from(self.classes[usize::from(b)]));
        class(0) * self.class_count + class(1)
    }
}

/// The root's slot, as `pairs` holds it.
const ROOT16: u16 = ROOT as u16;

/// The forms of the lexicon, and the literal each is searched as (in the same order).
fn read_forms(text: &str, name: &str) -> Result<(Vec<Form>, Vec<String>)> {
    let mut forms = Vec::new();
    let mut patterns = Vec::new();
    // The literals already read: a form written twice keeps its first category.
    let mut seen = std::collections::HashSet::new();
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
        let mut expanded = Vec::new();
        for written in words.split_whitespace() {
            expanded.clear();
            expand_alternatives(written, &mut expanded).map_err(|e| anyhow!("{at}: {e} in {written:?}"))?;
            for word in &expanded {
                let open_ended = word.ends_with('*');
                let literal = word.trim_end_matches('*').replace('_', " ");
                if literal.is_empty() {
                    return Err(anyhow!("{at}: empty form {word:?}"));
                }
                let form = Form { category: category.to_string(), class, open_ended };
                // Either apostrophe, whichever the article uses.
                for variant in [literal.replace('’', "'"), literal.replace('\'', "’")] {
                    if seen.insert(variant.clone()) {
                        patterns.push(variant);
                        forms.push(form.clone());
                    }
                }
            }
        }
    }
    Ok((forms, patterns))
}

/// The forms a written form stands for: each `{a|b|}` group is one of its alternatives (the
/// empty one too), so that "s'{oppose|opposent}_{fermement_|}à" is four forms. Groups do not nest.
fn expand_alternatives(written: &str, out: &mut Vec<String>) -> std::result::Result<(), String> {
    let Some(open) = written.find('{') else {
        if written.contains('}') {
            return Err("a '}' with no '{' before it".into());
        }
        out.push(written.to_string());
        return Ok(());
    };
    let close = written[open..].find('}').map(|c| open + c).ok_or("a '{' with no '}' after it")?;
    let group = &written[open + 1..close];
    if group.contains('{') {
        return Err("nested '{'".into());
    }
    let (before, after) = (&written[..open], &written[close + 1..]);
    let mut rest = Vec::new();
    expand_alternatives(after, &mut rest)?;
    for alternative in group.split('|') {
        for tail in &rest {
            out.push(format!("{before}{alternative}{tail}"));
        }
    }
    Ok(())
}

pub(super) fn is_word_char(c: char) -> bool {
    // The Unicode tables only past the chars French text uses most.
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if c <= '\u{FF}' {
        is_latin1_letter_char(c) || matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾')
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        // General punctuation: ’, “, ”, –, —, …, spaces.
        false
    } else {
        c.is_alphanumeric()
    }
}

/// The bytes `WordStarts` reads at a time, one bit each in a `u64`.
const BLOCK: usize = 64;

/// The positions of a text after no word char, found 64 bytes at a time: after an ASCII byte
/// that is no letter or digit, from the bits of the block; after a non-ASCII char, by reading it.
struct WordStarts {
    /// Whether some form starts with an ASCII byte that is no letter or digit: else such a byte
    /// is no start (spaces, punctuation).
    may_start_on_punctuation: bool,
    /// For the first byte of the next block, whether the byte before it is ASCII but no letter or
    /// digit, and whether it is no ASCII byte (1 or 0).
    before_punctuation: u64,
    before_non_ascii: u64,
}

impl WordStarts {
    fn new(may_start_on_punctuation: bool) -> Self {
        // The start of the text is after no word char.
        WordStarts { may_start_on_punctuation, before_punctuation: 1, before_non_ascii: 0 }
    }

    /// The positions after no word char among the 64 bytes at `at` of `s`: bit `i` for the byte
    /// at `at + i`.
    #[inline(always)]
    fn next(&mut self, s: &str, at: usize) -> u64 {
        let bytes = s.as_bytes();
        // Past the end of `s`: no starts (the block is padded with spaces).
        let mut last = [b' '; BLOCK];
        let (block, within): (&[u8; BLOCK], u64) =
            match bytes.get(at..at + BLOCK).and_then(|b| b.try_into().ok()) {
                Some(block) => (block, u64::MAX),
                None => {
                    let rest = &bytes[at..];
                    last[..rest.len()].copy_from_slice(rest);
                    (&last, (1 << rest.len()) - 1)
                }
            };
        let [punctuation, non_ascii, continuing] = byte_kinds(block);
        let after_punctuation = punctuation << 1 | self.before_punctuation;
        let after_non_ascii = (non_ascii << 1 | self.before_non_ascii) & !continuing & within;
        self.before_punctuation = punctuation >> 63;
        self.before_non_ascii = non_ascii >> 63;
        let mut starts = after_punctuation & within;
        if !self.may_start_on_punctuation {
            starts &= !punctuation;
        }
        if after_non_ascii != 0 {
            starts |= starts_after_wide_chars(s, at, after_non_ascii);
        }
        starts
    }
}

/// Of the 64 bytes of `block`, a bit each: those that are ASCII but no letter or digit, those
/// that are no ASCII, and those that continue a char (80 to BF). Each byte's kind is a flag
/// byte first, in loops the compiler turns into vector code; eight flags make eight bits by
/// one multiplication.
#[inline(always)]
fn byte_kinds(block: &[u8; BLOCK]) -> [u64; 3] {
    let mut flags = [[0u8; BLOCK]; 3];
    for (i, &b) in block.iter().enumerate() {
        flags[0][i] = u8::from(b < 0x80 && !b.is_ascii_alphanumeric());
        flags[1][i] = b >> 7;
        flags[2][i] = u8::from(b & 0xC0 == 0x80);
    }
    flags.map(|flags| {
        let mut bits = 0;
        for (i, eight) in flags.chunks_exact(8).enumerate() {
            // Byte k (0 or 1) lands on bit 56 + k, no carry between.
            let eight = u64::from_le_bytes(eight.try_into().unwrap_or_default());
            bits |= (eight.wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * i);
        }
        bits
    })
}

/// Of the positions `after_non_ascii` (bits of the 64 bytes at `at` of `s`) that follow a
/// non-ASCII char, those that start a word: after no word char ("l’accord", not "été"). Out of
/// the search loop: a char is read for each.
#[inline(never)]
fn starts_after_wide_chars(s: &str, at: usize, mut after_non_ascii: u64) -> u64 {
    let mut starts = 0;
    let bytes = s.as_bytes();
    while after_non_ascii != 0 {
        let bit = after_non_ascii.trailing_zeros();
        after_non_ascii &= after_non_ascii - 1;
        let end = at + bit as usize;
        // Most chars beyond ASCII are accented letters (C3 80 to C3 BF), read without decoding.
        let after_latin1_letter = end >= 2 && is_latin1_letter(bytes, end - 2);
        if !after_latin1_letter && !ends_in_word_char(&s[..end]) {
            starts |= 1 << bit;
        }
    }
    starts
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

/// The length in bytes of the word `s` ends with (0 if it ends on no word character).
fn trailing_word(s: &str) -> usize {
    s.len() - s.trim_end_matches(is_word_char).len()
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
    use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
    use proptest::prelude::*;
    use std::sync::LazyLock;

    /// The search as the crate's anchored automaton runs it, from each position after no word
    /// char: the reference for the hand-walked trie.
    fn crate_triggers(lexicon: &VerbLexicon, matcher: &AhoCorasick, s: &str) -> Vec<(Span, usize)> {
        let mut hits = Vec::new();
        let mut from = 0;
        for (start, _) in s.char_indices() {
            if start < from || s[..start].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            let input = Input::new(s).span(start..s.len()).anchored(Anchored::Yes);
            let Some(m) = matcher.find(input) else { continue };
            from = m.end();
            let form = &lexicon.forms[m.pattern().as_usize()];
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
            let anchored = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&patterns)
                .unwrap();
            (VerbLexicon::parse(&text, &name).unwrap(), patterns, anchored)
        });
        &EMBEDDED
    }

    #[test]
    fn alternatives_in_braces_stand_for_each_form() {
        let mut out = Vec::new();
        expand_alternatives("s'{oppose|opposent}_{fermement_|}à", &mut out).unwrap();
        assert_eq!(out, ["s'oppose_fermement_à", "s'oppose_à", "s'opposent_fermement_à", "s'opposent_à"]);
        for bad in ["a{b|c", "a}b", "a{b{c}}"] {
            assert!(expand_alternatives(bad, &mut Vec::new()).is_err(), "{bad}");
        }
        let (forms, patterns) = read_forms("reject\tact\t{refuse|refusent}_{net_|}de\n", "t.tsv").unwrap();
        assert_eq!(patterns, ["refuse net de", "refuse de", "refusent net de", "refusent de"]);
        assert_eq!(forms.len(), 4);
        let err = read_forms("reject\tact\tre{fus\n", "t.tsv").unwrap_err().to_string();
        assert!(err.contains("t.tsv:1") && err.contains("re{fus"), "{err}");
    }

    #[test]
    fn forms_are_found_at_word_starts_whole_or_open_ended() {
        let (lexicon, _, _) = embedded();
        let s = "Cela dit, Moscou a SIGNé l'accord et a dit qu'il déclarait la trêve; accords, désaccord.";
        let found: Vec<&str> = walked_triggers(lexicon, s).iter().map(|(span, _)| span.slice(s)).collect();
        assert_eq!(found, ["SIGNé", "accord", "a dit", "déclarait", "trêve"]);
    }

    #[test]
    fn a_form_inside_a_word_hides_no_form_that_starts_the_next_word() {
        // "vidéo-conférence" inside "audiovidéo-conférence" is no trigger, and "conférence" is
        // one (the unanchored search once read the first and skipped the second).
        let (lexicon, _, _) = embedded();
        let s = "Une audiovidéo-conférence";
        let found: Vec<&str> = walked_triggers(lexicon, s).iter().map(|(span, _)| span.slice(s)).collect();
        assert_eq!(found, ["conférence"]);
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

    #[test]
    fn a_noun_that_is_also_a_present_verb_is_the_verb_between_a_subject_and_its_object() {
        let (lexicon, _, _) = embedded();
        let class_of = |s: &str, word: &str| {
            let found = walked_triggers(lexicon, s);
            let (_, f) = found.iter().find(|(span, _)| span.slice(s) == word).unwrap();
            lexicon.forms[*f].class
        };
        assert_eq!(class_of("Trump menace la Corée du Nord.", "menace"), Class::Act);
        assert_eq!(class_of("Le président américain menace Pyongyang.", "menace"), Class::Act);
        assert_eq!(class_of("Poutine rencontre Erdogan à Sotchi.", "rencontre"), Class::Act);
        assert_eq!(class_of("La menace nord-coréenne inquiète.", "menace"), Class::Noun);
        assert_eq!(class_of("Face à une nouvelle menace le Japon réagit.", "menace"), Class::Noun);
        assert_eq!(class_of("La rencontre Poutine-Erdogan a eu lieu.", "rencontre"), Class::Noun);
        assert_eq!(class_of("Après la rencontre, ils sont partis.", "rencontre"), Class::Noun);
    }

    #[test]
    fn word_chars_are_the_alphanumeric_chars() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
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
        fn the_walked_trie_finds_what_the_crate_automaton_finds(
            pieces in proptest::collection::vec(
                prop_oneof![
                    Just("a".to_string()), Just("la".to_string()), Just("cela".to_string()),
                    Just(" ".to_string()), Just(", ".to_string()), Just("'".to_string()),
                    Just("’".to_string()), Just("-".to_string()), Just("é".to_string()),
                    Just("s".to_string()), Just("x".to_string()), Just("T".to_string()),
                    Just("9".to_string()), Just("\u{a0}".to_string()), Just("«".to_string()),
                    Just("œ".to_string()), Just("×".to_string()), Just("@".to_string()),
                    (0..400usize).prop_map(|i| i.to_string()),
                ],
                0..40,
            )
        ) {
            let (lexicon, patterns, anchored) = embedded();
            // Numbers stand for forms of the lexicon, pasted between the other pieces.
            let s: String = pieces
                .iter()
                .map(|p| p.parse::<usize>().map_or(p.as_str(), |i| patterns[i % patterns.len()].as_str()))
                .collect();
            prop_assert_eq!(walked_triggers(lexicon, &s), crate_triggers(lexicon, anchored, &s));
        }
    }
}
