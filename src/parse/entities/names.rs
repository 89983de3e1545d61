//! Names the lexicons do not know: sequences of capitalised words, read as a person's name after
//! a title ("le colonel X", "M. X", "le porte-parole du Pentagone, X Y") or a known first name,
//! as an organisation or a place by their words, and a lone capitalised word only when the article
//! named a person of that surname before, or after "à".

use super::scan::Hit;
use super::{Candidate, PersonInfo, What};
use crate::corpus::{EntityKind, MentionKind, Span};
use crate::parse::latin1::is_latin1_letter_char;
use crate::parse::lexicon::fold::{fold_str, is_ascii_word_byte, is_word_char, scan_words, WORD_START};
use crate::parse::lexicon::{Lexicon, Target, TitleKind, WalkFrom, WordClass};
use std::collections::HashSet;

/// A word of a sentence: letters and digits, with inner hyphens ("al-Assad", "Jean-Marc").
#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// First letter uppercase.
    pub cap: bool,
    /// Two letters or more, all uppercase ("EDT", "OTAN").
    pub upper: bool,
    /// It has an inner hyphen.
    pub hyphenated: bool,
    /// What the rules know of a capitalised word no lexicon form covers ("Nous" is a stop word,
    /// "Jean" a first name); computed once per sentence.
    pub class: WordClass,
    /// The lexicon hit covering it.
    pub hit: Option<usize>,
}

/// The tokens of `text[start..end]`, the words [`scan_words`] finds, and where lexicon forms
/// may start, in one pass (both cleared first), with the indices of the tokens the name rules
/// read first (`notable`: the capitalised and the hyphenated ones). `start` and `end` are char
/// boundaries.
///
/// Each word start is given to `walk_from` with, when its run of word chars is all ASCII and
/// followed by an ASCII char, '’', a no-break space or the end, that run (see [`AsciiRun`]);
/// the walks it returns are kept.
///
/// Not inlined: alone, its loop keeps its values in registers.
#[inline(never)]
pub fn tokenize(
    text: &str,
    start: usize,
    end: usize,
    tokens: &mut Vec<Token>,
    notable: &mut Vec<usize>,
    starts: &mut Vec<WalkFrom>,
    walk_from: impl Fn(usize, Option<AsciiRun>) -> Option<WalkFrom>,
) {
    tokens.clear();
    notable.clear();
    starts.clear();
    let bytes = &text.as_bytes()[..end];
    let mut i = start;
    // Where the last token ends (none yet: past any run's start), to join "-" runs to it.
    let mut last_end = usize::MAX - 1;
    loop {
        // Between words: up to the next word char, noting the marks of the text itself. Most
        // often a single space; then the word's first eight bytes, read at once, tell where its
        // run of ASCII letters and digits ends (most words are shorter).
        let (first_eight, after_space) = match bytes.get(i) {
            Some(b' ') => {
                let eight = load8(bytes, i + 1);
                (eight, other_bytes(eight))
            }
            _ => (0, 0x80),
        };
        // Whether the word is capitalised; none for a run that a hyphen joins to the last word.
        let (run_start, cap, run_end, first_eight) = if after_space & 0x80 == 0 {
            // A space before the word: it joins no run, and its first byte is an ASCII one.
            let run_end = match after_space {
                0 => ascii_word_run_end(bytes, i + 9),
                other => i + 1 + (other.trailing_zeros() / 8) as usize,
            };
            (i + 1, Some((first_eight as u8).is_ascii_uppercase()), run_end, Some(first_eight))
        } else {
            let found = loop {
                let Some(&b) = bytes.get(i) else { break None };
                if is_ascii_word_byte(b) {
                    break Some(i);
                }
                if b.is_ascii() {
                    if b == WORD_START {
                        starts.extend(walk_from(i, None));
                    }
                    i += 1;
                } else {
                    let (word_char, len) = non_ascii_char(text, i);
                    if word_char {
                        break Some(i);
                    }
                    i += len;
                }
            };
            let Some(run_start) = found else { break };
            // A single "-" between two runs joins them into one word.
            let after_hyphen = last_end + 1 == run_start && bytes[last_end] == b'-';
            let cap = (!after_hyphen).then(|| starts_uppercase(text, run_start));
            (run_start, cap, ascii_word_run_end(bytes, run_start), None)
        };
        // The run of word chars.
        i = run_end;
        let ascii_run = i > run_start
            && match bytes.get(i) {
                None => true,
                Some(&b) if b.is_ascii() => true,
                // '’' and the no-break space fold to ASCII chars.
                Some(0xE2) => bytes.get(i + 1..i + 3) == Some(&[0x80, 0x99]),
                Some(0xC2) => bytes.get(i + 1) == Some(&0xA0),
                Some(_) => false,
            };
        let ascii_run = ascii_run.then(|| AsciiRun {
            end: i,
            // Read already for most words, after a space.
            first_eight: first_eight.unwrap_or_else(|| load8(bytes, run_start)),
        });
        if let Some(walk) = walk_from(run_start, ascii_run) {
            starts.push(walk);
        }
        while bytes.get(i).is_some_and(|b| !b.is_ascii()) {
            match non_ascii_char(text, i) {
                (true, len) => i = ascii_word_run_end(bytes, i + len),
                (false, _) => break,
            }
        }
        if let Some(cap) = cap {
            if cap {
                notable.push(tokens.len());
            }
            tokens.push(Token {
                start: run_start,
                end: i,
                cap,
                upper: false,
                hyphenated: false,
                class: WordClass::default(),
                hit: None,
            })
        } else {
            let last = tokens.len() - 1;
            let word = &mut tokens[last];
            if !word.hyphenated && !word.cap {
                notable.push(last);
            }
            word.hyphenated = true;
            word.end = i;
        }
        last_end = i;
    }
    for &t in notable.iter() {
        let token = &mut tokens[t];
        // Most capitalised words have a lowercase second letter: no capitals.
        if token.cap && !bytes.get(token.start + 1).is_some_and(u8::is_ascii_lowercase) {
            token.upper = all_capitals(&text[token.start..token.end]);
        }
    }
}

/// A word's run of word chars that is all ASCII and followed by an ASCII char, '’', a no-break
/// space or the end, as [`tokenize`] read it (see [`Lexicon::walk_after_read_run`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsciiRun {
    /// Where it ends.
    pub end: usize,
    /// The eight bytes from its start, little-endian, zeros past the sentence's end.
    pub first_eight: u64,
}

/// Where the run of ASCII letters and digits from `i` ends, eight bytes at a time (see
/// [`other_bytes`]).
#[inline]
fn ascii_word_run_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let other = other_bytes(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| is_ascii_word_byte(b)) {
        i += 1;
    }
    i
}

/// The high bit of each byte of `x` (eight bytes of text, little-endian) that is no ASCII letter
/// or digit: a byte is one when it lies in one of three ranges, tested in all eight at once.
#[inline(always)]
fn other_bytes(x: u64) -> u64 {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    // The high bit of each byte of `x` that is ASCII and lies strictly between `low` and `high`.
    let between = |x: u64, low: u8, high: u8| {
        let seven = x & (ONES * 0x7f);
        (ONES * (127 + u64::from(high)) - seven) & !x & (seven + ONES * (127 - u64::from(low))) & HIGH
    };
    let word = between(x, b'0' - 1, b'9' + 1) | between(x | (ONES * 0x20), b'a' - 1, b'z' + 1);
    !word & HIGH
}

/// Eight bytes from `at`, little-endian, zeros (no letters or digits) past the end of `bytes`.
#[inline(always)]
fn load8(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(chunk) => u64::from_le_bytes(chunk.try_into().unwrap_or_default()),
        None => load8_tail(bytes, at),
    }
}

/// [`load8`] near the end of `bytes`.
#[inline(never)]
fn load8_tail(bytes: &[u8], at: usize) -> u64 {
    let mut chunk = [0u8; 8];
    let piece = bytes.get(at..).unwrap_or_default();
    let n = piece.len().min(8);
    chunk[..n].copy_from_slice(&piece[..n]);
    u64::from_le_bytes(chunk)
}

/// Whether the non-ASCII char at `i` is a word char, and its length.
#[inline(always)]
fn non_ascii_char(text: &str, i: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    // Accented Latin letters, most of French text's non-ASCII chars: U+00C0..=U+00FF but × and ÷.
    match (bytes[i], bytes.get(i + 1)) {
        (0xC3, second) => (!matches!(second, Some(0x97 | 0xB7)), 2),
        // U+2000..=U+203F, the typographic punctuation ('’', '—', '«' …): no word chars.
        (0xE2, Some(0x80)) => (false, 3),
        // U+0080..=U+00BF, the no-break space and the Latin-1 marks: all but "ª²³µ¹º¼½¾" are no
        // word chars.
        (0xC2, Some(&second)) => (matches!(second, 0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE), 2),
        _ => other_non_ascii_char(text, i),
    }
}

/// [`non_ascii_char`] for the chars other than U+00C0..=U+00FF.
#[inline(never)]
fn other_non_ascii_char(text: &str, i: usize) -> (bool, usize) {
    match text[i..].chars().next() {
        Some(c) => (is_word_char(c), c.len_utf8()),
        None => (false, 1),
    }
}

/// Whether the word at `start` starts with an uppercase letter.
#[inline]
fn starts_uppercase(text: &str, start: usize) -> bool {
    match text.as_bytes()[start] {
        first if first.is_ascii() => first.is_ascii_uppercase(),
        _ => text[start..].chars().next().is_some_and(char::is_uppercase),
    }
}

/// Two letters or more, none lowercase ("EDT", "OTAN").
fn all_capitals(word: &str) -> bool {
    let mut capitals = 0;
    for &b in word.as_bytes() {
        if !b.is_ascii() {
            return word.chars().filter(|&c| is_latin1_letter_char(c) || c.is_alphabetic()).count() >= 2
                && !word.chars().any(char::is_lowercase);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        capitals += usize::from(b.is_ascii_uppercase());
    }
    capitals >= 2
}

/// An acronym with a digit or a hyphen: a capital and one or two digits ("G5", "M23"), or
/// capitalised parts joined by hyphens, one of two capitals or more, with no digit ("Zanu-PF",
/// "MDC-T"; not "Su-24", a plane, nor "Saint-Denis").
fn acronym_shaped(word: &str) -> bool {
    let b = word.as_bytes();
    if !word.contains('-') {
        return b.len() >= 2
            && b.len() <= 3
            && b[0].is_ascii_uppercase()
            && b[1..].iter().all(u8::is_ascii_digit);
    }
    let mut capitals = false;
    for part in word.split('-') {
        let p = part.as_bytes();
        if p.is_empty() || !p[0].is_ascii_uppercase() || !p.iter().all(u8::is_ascii_alphabetic) {
            return false;
        }
        capitals |= p.len() >= 2 && p.iter().all(u8::is_ascii_uppercase);
    }
    capitals
}

/// Whether `word` folds to one of the lowercase ASCII words `folded` (an ASCII word compared as
/// it is, with no folded copy).
fn folds_to_one_of(word: &str, folded: &[&str]) -> bool {
    if word.is_ascii() {
        folded.iter().any(|f| word.eq_ignore_ascii_case(f))
    } else {
        folded.contains(&fold_str(word).as_str())
    }
}

/// "XXIe", "IIIe", "Ier": a Roman ordinal, no name.
fn is_roman_ordinal(word: &str) -> bool {
    let numeral = word.trim_end_matches(['e', 'r']);
    numeral.len() < word.len() && !numeral.is_empty() && numeral.bytes().all(|b| b"IVXLC".contains(&b))
}

/// "II", "VI", "XVI": a Roman numeral, a monarch's or a pope's number.
fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.len() <= 5 && word.bytes().all(|b| b"IVX".contains(&b))
}

/// Only spaces between two positions: the words belong to one name.
fn joined(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from..to];
    !gap.is_empty() && gap.chars().all(|c| c.is_whitespace() && c != '\n' && c != '\r')
}

/// Sentence-like punctuation before a word: its capital may be only its position's.
fn opens_sentence(gap: &str) -> bool {
    gap.contains(['.', '!', '?', '…', '«', '"', '“', ':', '\n', '—', '(', '['])
}

/// The lowercase words of an article, gathered the first time a rule asks.
pub struct LowercaseWords<'a> {
    text: &'a str,
    set: Option<HashSet<&'a str, foldhash::fast::FixedState>>,
}

impl<'a> LowercaseWords<'a> {
    pub fn new(text: &'a str) -> Self {
        LowercaseWords { text, set: None }
    }

    fn contains(&mut self, word: &str) -> bool {
        let text = self.text;
        self.set
            .get_or_insert_with(|| {
                let (mut words, mut starts) = (Vec::new(), Vec::new());
                scan_words(text, 0, text.len(), &mut words, &mut starts);
                words
                    .iter()
                    .map(|w| &text[w.start..w.end])
                    .filter(|w| !w.starts_with(char::is_uppercase))
                    .collect()
            })
            .contains(word)
    }
}

/// The context a sentence's rules read.
pub struct Sentence<'a, 'w> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    pub lowercase: &'a mut LowercaseWords<'w>,
    pub hits: &'a mut [Hit],
    pub tokens: &'a mut [Token],
    /// The capitalised and hyphenated tokens, in order (see [`tokenize`]).
    pub notable: &'a [usize],
}

impl Sentence<'_, '_> {
    fn word(&self, t: usize) -> &str {
        &self.text[self.tokens[t].start..self.tokens[t].end]
    }

    fn folded(&self, t: usize) -> String {
        fold_str(self.word(t))
    }

    /// A capitalised word, in no lexicon form, that may be part of a name.
    fn is_name_word(&self, t: usize) -> bool {
        let tok = &self.tokens[t];
        tok.hit.is_none()
            && tok.cap
            && !tok.upper
            && !tok.class.has(WordClass::STOP)
            && tok.end - tok.start >= 2
    }

    /// "Kim Jong-nam", "Xi Léga", "Kirill Dmitriev": a surname the lexicon knows, right before a
    /// capitalised word it does not know, names someone else when it is the family name written
    /// first of its person ("Kim" of Kim Jong-un), or a first name too ("Kirill"). Another
    /// surname keeps its person there ("Trump Tower"). The surname's hit, to be dropped.
    fn someone_else_by_that_name(&self, t: usize) -> Option<usize> {
        let tok = &self.tokens[t];
        let h = tok.hit?;
        let hit = &self.hits[h];
        let Target::Surname { entity } = hit.target else { return None };
        let name_after = t + 1 < self.tokens.len() && self.joined(t, t + 1) && self.is_name_word(t + 1);
        if hit.span != Span::new(tok.start, tok.end) || !name_after {
            return None;
        }
        let family_first =
            || fold_str(&self.lex.entity(entity).name).split(' ').next() == Some(self.folded(t).as_str());
        (self.class(t).has(WordClass::FIRST_NAME) || family_first()).then_some(h)
    }

    /// "de" in "Staffan de Mistura", "Le" in "Marine Le Pen" (between two name words).
    fn is_particle(&self, t: usize) -> bool {
        let tok = &self.tokens[t];
        tok.hit.is_none() && !tok.upper && self.class(t).has(WordClass::PARTICLE)
    }

    /// "de la Calle" in "Humberto de la Calle": two lowercase particles at `k`, then a name word.
    fn two_particles_then_name(&self, k: usize) -> bool {
        k + 2 < self.tokens.len()
            && !self.tokens[k].cap
            && !self.tokens[k + 1].cap
            && self.is_particle(k)
            && self.is_particle(k + 1)
            && self.joined(k, k + 1)
            && self.joined(k + 1, k + 2)
            && self.is_name_word(k + 2)
    }

    /// "de Lima" in "Leila de Lima": a lowercase particle at `k`, then a one-word place's name the
    /// lexicon knows. The place's hit.
    fn place_after_particle(&self, k: usize) -> Option<usize> {
        let next = k + 1;
        if next >= self.tokens.len() || !self.is_particle(k) || self.tokens[k].cap || !self.joined(k, next) {
            return None;
        }
        let tok = &self.tokens[next];
        let h = tok.hit?;
        let hit = &self.hits[h];
        let place = matches!(hit.target, Target::Entity { kind: MentionKind::Location, .. });
        (place && tok.cap && !tok.upper && hit.span == Span::new(tok.start, tok.end)).then_some(h)
    }

    /// "Mme de Lima", "M. de Villepin": a capitalised word at `t` after an honorific and a lowercase
    /// particle, a name no lexicon form covers or a one-word place's. The particle's token and
    /// what the honorific tells.
    fn particle_after_honorific(&self, t: usize) -> Option<(usize, PersonInfo)> {
        let particle = t.checked_sub(1)?;
        let title = self.tokens.get(t.checked_sub(2)?)?;
        let h = title.hit?;
        if self.hits[h].target != Target::Title(TitleKind::Honorific) || self.hits[h].consumed {
            return None;
        }
        let gap = &self.text[self.hits[h].span.end..self.tokens[particle].start];
        let spaced = !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}');
        let name = self.is_name_word(t) || self.place_after_particle(particle).is_some();
        let particle_joined =
            !self.tokens[particle].cap && self.is_particle(particle) && self.joined(particle, t);
        (spaced && name && particle_joined).then(|| (particle, PersonInfo::default()))
    }

    /// "O" in "O'Brien": a capital letter before an apostrophe and a name word, that is no French
    /// elision ("L'", "D'", "J'"…).
    fn is_apostrophe_prefix(&self, t: usize) -> bool {
        let tok = &self.tokens[t];
        let letter = &self.text[tok.start..tok.end];
        t + 1 < self.tokens.len()
            && letter.len() == 1
            && tok.cap
            && tok.hit.is_none()
            && !"LDJMNSTC".contains(letter)
            && matches!(&self.text[tok.end..self.tokens[t + 1].start], "'" | "’")
            && self.is_name_word(t + 1)
    }

    /// An all-caps word no lexicon knows, right after an article: "la DGSE", "l'OMS"; or shaped as
    /// an acronym with a digit or a hyphen ("le M23", "du G5", "la Zanu-PF", "du VMRO-DPMNE") and
    /// no name word after it.
    fn is_unknown_acronym(&self, t: usize) -> bool {
        let tok = &self.tokens[t];
        let len = tok.end - tok.start;
        let shaped = || {
            tok.cap
                && (tok.hyphenated || tok.end - tok.start <= 3)
                && acronym_shaped(&self.text[tok.start..tok.end])
                && !(t + 1 < self.tokens.len() && self.joined(t, t + 1) && self.is_name_word(t + 1))
        };
        let upper = tok.upper && ((3..=8).contains(&len) || (tok.hyphenated && len <= 12));
        if !(upper || shaped()) || tok.hit.is_some() || tok.class.has(WordClass::STOP) || t == 0 {
            return false;
        }
        let prev = &self.tokens[t - 1];
        let gap = &self.text[prev.end..tok.start];
        let elided_or_spaced = gap == " " || gap == "'" || gap == "’" || gap == "\u{a0}";
        // "Le CNDD-FDD a dénoncé": the article may open the sentence ("L'ONG …" is a cue's).
        let cue = || {
            let span = Span::new(tok.start, tok.end);
            self.hits.iter().any(|h| h.span == span && matches!(h.target, Target::Title(_)))
        };
        let article_case = !prev.cap || (self.is_initial(t - 1) && !cue());
        let after_article = elided_or_spaced
            && article_case
            && prev.hit.is_none()
            && self.class(t - 1).has(WordClass::ARTICLE);
        after_article || self.follows_organisation_cue(t)
    }

    /// "l'agence KCNA", "l'agence officielle nord-coréenne KCNA": token `t` comes right after an
    /// organisation's cue, or after the cue and a few lowercase words (adjectives, demonyms).
    fn follows_organisation_cue(&self, t: usize) -> bool {
        const MAX_WORDS_BETWEEN: usize = 3;
        let start = self.tokens[t].start;
        let before = self.hits.partition_point(|h| h.span.end <= start);
        let demonym = |h: &Hit| matches!(h.target, Target::Entity { kind: MentionKind::Demonym, .. });
        let Some(cue) = self.hits[..before].iter().rev().find(|h| !demonym(h)) else { return false };
        if cue.target != Target::Title(TitleKind::Organisation) || cue.consumed {
            return false;
        }
        let between = &self.text[cue.span.end..start];
        let words = between.split_whitespace().count();
        words <= MAX_WORDS_BETWEEN
            && between.starts_with([' ', '\u{a0}'])
            && between.chars().all(|c| c.is_whitespace() || c == '-' || c.is_lowercase())
    }

    fn joined(&self, a: usize, b: usize) -> bool {
        joined(self.text, self.tokens[a].end, self.tokens[b].start)
    }

    /// Is token `t` capitalised by its position (first of a sentence, a quote, a line)?
    fn is_initial(&self, t: usize) -> bool {
        if t == 0 {
            return true;
        }
        let prev = &self.tokens[t - 1];
        let after_honorific =
            prev.hit.is_some_and(|h| matches!(self.hits[h].target, Target::Title(TitleKind::Honorific)));
        !after_honorific && opens_sentence(&self.text[prev.end..self.tokens[t].start])
    }

    /// Whether the article has this word in lowercase somewhere.
    fn seen_lowercase(&mut self, t: usize) -> bool {
        let word = self.word(t).to_lowercase();
        self.lowercase.contains(&word)
    }

    /// Marks which tokens lexicon hits cover, and which capitalised ones are stop words.
    fn prepare(&mut self) {
        // A token takes the first hit over it (hits are sorted and disjoint, as tokens are). The
        // first token a hit may cover is found stepping on from the last hit's: a few tokens,
        // where a binary search's branches go either way.
        let mut first = 0;
        for (h, hit) in self.hits.iter_mut().enumerate() {
            while self.tokens.get(first).is_some_and(|tok| tok.end <= hit.span.start) {
                first += 1;
            }
            // "Dlamini-Zuma": a known surname after a hyphen, joined to a capitalised word, is the
            // end of a double-barrelled name, not its person.
            if let (Target::Surname { .. }, Some(tok)) = (hit.target, self.tokens.get(first)) {
                if tok.start < hit.span.start && tok.cap && self.text[..hit.span.start].ends_with('-') {
                    hit.consumed = true;
                    continue;
                }
            }
            for tok in self.tokens[first..].iter_mut().take_while(|tok| tok.start < hit.span.end) {
                tok.hit = tok.hit.or(Some(h));
            }
        }
        self.read_demonym_nouns();
        for &t in self.notable {
            let tok = &mut self.tokens[t];
            if tok.hit.is_some() {
                continue;
            }
            if tok.cap {
                tok.class = self.lex.class_of_word(&self.text[tok.start..tok.end]);
            } else if let Some((particle, rest)) =
                tok.hyphenated.then(|| self.text[tok.start..tok.end].split_once('-')).flatten()
            {
                // "al-Cham", "el-Assad": a lowercase particle does not make a name lowercase.
                tok.cap = rest.starts_with(char::is_uppercase)
                    && self.lex.class_of_word(particle).has(WordClass::PARTICLE);
            }
        }
    }

    /// "l'Argentine Virginia Gamba", "le Suisse Alexander Hug": a country's name that is also its
    /// demonym, after an article and right before a person's name, is the demonym (a nationality).
    fn read_demonym_nouns(&mut self) {
        // Only capitalised tokens may be one: the notable ones.
        for n in 0..self.notable.len() {
            let t = self.notable[n];
            if t == 0 || t + 1 >= self.tokens.len() {
                continue;
            }
            let Some(h) = self.tokens[t].hit else { continue };
            let Target::Entity { entity, kind: MentionKind::Location } = self.hits[h].target else {
                continue;
            };
            let tok = &self.tokens[t];
            if self.hits[h].span != Span::new(tok.start, tok.end) || !tok.cap {
                continue;
            }
            let before = &self.tokens[t - 1];
            let gap = &self.text[before.end..tok.start];
            // Not the complement of a preposition ("le président de l'Argentine Mauricio Macri");
            // folded only after an article, the rare case.
            let after_preposition = || t >= 2 && folds_to_one_of(self.word(t - 2), &["de", "d", "a"]);
            let article = matches!(self.word(t - 1), "le" | "la" | "l" | "Le" | "La" | "L")
                && matches!(gap, " " | "'" | "’" | "\u{a0}")
                && !after_preposition();
            let next = &self.tokens[t + 1];
            let name_after = self.joined(t, t + 1)
                && next.cap
                && next.hit.is_none_or(|n| self.hits[n].target.names_a_person())
                && (self.class(t + 1).has(WordClass::FIRST_NAME)
                    || next.hit.is_some()
                    || (t + 2 < self.tokens.len() && self.joined(t + 1, t + 2) && self.is_name_word(t + 2)));
            if article
                && name_after
                && self.lex.entity(entity).kind == EntityKind::Country
                && self.lex.is_demonym(&self.folded(t))
            {
                self.hits[h].target = Target::Entity { entity, kind: MentionKind::Demonym };
            }
        }
    }

    /// The country of a demonym right before token `first` ("le Turc Ahmet Üzümcü").
    fn nationality_before(&self, first: usize) -> Option<String> {
        let before = first.checked_sub(1)?;
        let tok = &self.tokens[before];
        let h = tok.hit?;
        let Target::Entity { entity, kind: MentionKind::Demonym } = self.hits[h].target else { return None };
        // Or an adjective after the title: "l'eurodéputée bulgare Mariya Gabriel".
        (self.hits[h].span == Span::new(tok.start, tok.end) && self.joined(before, first))
            .then(|| self.lex.entity(entity).country.clone())
            .flatten()
    }

    /// The title that introduces a name starting at token `first`: its kind and what it tells
    /// of a person.
    fn title_before(&self, first: usize, name_len: usize) -> Option<(TitleKind, PersonInfo)> {
        const MAX_WINDOW: usize = 8;
        let start = self.tokens[first].start;
        // Hits are sorted and disjoint: the title is among the last few ending before the name.
        let before = self.hits.partition_point(|h| h.span.end <= start);
        // "le chef du mouvement indépendantiste, Brahim Ghali": an organisation's cue names the
        // organisation right after it; a name after a comma is an apposition, read with the title
        // before the cue.
        let title =
            (before.saturating_sub(MAX_WINDOW + 2)..before).rev().find(|&h| match self.hits[h].target {
                Target::Title(TitleKind::Organisation) => {
                    !self.hits[h].consumed && !self.text[self.hits[h].span.end..start].contains(',')
                }
                Target::Title(_) => !self.hits[h].consumed,
                _ => false,
            })?;
        let title_hit = &self.hits[title];
        let Target::Title(mut kind) = title_hit.target else { return None };
        // "le chimiste syrien Ayman Hassan", "l'armateur grec Aristote Onassis": a trade's cue,
        // before a first name and a surname, names a person of that trade.
        if kind == TitleKind::Organisation
            && name_len >= 2
            && self.class(first).has(WordClass::FIRST_NAME)
            && self.lex.is_trade_cue(&fold_str(title_hit.span.slice(self.text)))
        {
            kind = TitleKind::Role;
        }
        // Between title and name: a complement ("du Pentagone"), a comma only right before the name.
        let gap = self.text[title_hit.span.end..start].trim_end().trim_end_matches(',');
        if gap.contains([',', '.', ';', ':', '!', '?', '(', ')', '«', '»', '"', '“', '”', '\n']) {
            return None;
        }
        let window: Vec<usize> = (0..first)
            .rev()
            .take(MAX_WINDOW + 1)
            .take_while(|&t| self.tokens[t].start >= title_hit.span.end)
            .collect();
        if window.iter().any(|&t| self.tokens[t].hit.is_none() && self.class(t).has(WordClass::BREAK)) {
            return None;
        }
        let person_between = self.hits[title + 1..]
            .iter()
            .take_while(|h| h.span.end <= start)
            .any(|h| h.target.names_a_person());
        let fits = match kind {
            TitleKind::Honorific => window.is_empty(),
            // "la société de Riza Aziz": the name right after "de" is the cue's complement, the
            // owner's, no organisation's.
            TitleKind::Organisation
                if first > 0
                    && window.first() == Some(&(first - 1))
                    && folds_to_one_of(self.word(first - 1), &["de", "d"]) =>
            {
                false
            }
            // "le parti islamiste Ennahda": a lone word after the cue and its adjectives.
            TitleKind::Organisation if !window.is_empty() && window.len() <= 2 && name_len == 1 => {
                window.iter().all(|&t| {
                    let tok = &self.tokens[t];
                    !tok.cap
                        && (tok.hit.is_some_and(|h| {
                            matches!(self.hits[h].target, Target::Entity { kind: MentionKind::Demonym, .. })
                        }) || self.lex.looks_adjective(&self.folded(t)))
                })
            }
            // After a complement, a lone capitalised word is too often not a name; after the
            // role's nationality alone it is the person's surname ("le président ukrainien
            // Zelensky"; a first name there begins a name the rules read on: "Bachar al Assad").
            TitleKind::Role | TitleKind::Organisation => {
                window.is_empty()
                    || (window.len() <= 8 && name_len >= 2)
                    || (kind == TitleKind::Role
                        && window.len() == 1
                        && self.demonym_at(window[0]).is_some()
                        && !self.class(first).has(WordClass::FIRST_NAME))
            }
        };
        if !fits || person_between {
            return None;
        }
        let country =
            self.hits[title..].iter().take_while(|h| h.span.end <= start).find_map(|h| match h.target {
                // A form inside a longer name the rules read ("Congrès" in "le chef du Parti du
                // Congrès népalais") is none of the title's, but for a demonym.
                Target::Entity { kind, .. } if h.consumed && kind != MentionKind::Demonym => None,
                Target::Entity { entity, kind } if kind != MentionKind::Person => {
                    self.lex.entity(entity).country.clone()
                }
                Target::OrgHead(_) => h.country.and_then(|c| self.lex.entity(c).country.clone()),
                _ => None,
            });
        // "L'émir du Koweït, cheikh Sabah …": a title right before the name, in apposition to a
        // role that names the country.
        let country = match country {
            None if window.is_empty() => self.country_of_outer_role(title_hit.span.start, name_len),
            country => country,
        };
        let role = match kind {
            // "l'épouse du président, Grace Mugabe": the role is her relative's, when the name is
            // apposed to the relative (not "l'épouse de l'opposant Leopoldo Lopez", his name).
            TitleKind::Role
                if self.text[title_hit.span.end..start].trim_end().ends_with(',')
                    && self.after_a_relative(title_hit.span.start) =>
            {
                None
            }
            TitleKind::Role => {
                let role = self.text[title_hit.span.start..start]
                    .trim_end_matches(|c: char| c.is_whitespace() || c == ',');
                Some(role.split_whitespace().collect::<Vec<_>>().join(" "))
            }
            TitleKind::Honorific | TitleKind::Organisation => None,
        };
        Some((kind, PersonInfo { role, country }))
    }

    /// Whether the text before byte `at` ends on a relative and "du", "de la", "de l'", "d'" or
    /// "des" ("l'épouse du", "le frère de l'").
    fn after_a_relative(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end_matches([' ', '\u{a0}']);
        let Some(before) = ["du", "de la", "de l'", "de l’", "d'", "d’", "des"]
            .iter()
            .find_map(|p| before.strip_suffix(p).filter(|b| b.ends_with([' ', '\u{a0}'])))
        else {
            return false;
        };
        let word =
            before.trim_end_matches([' ', '\u{a0}']).rsplit([' ', '\u{a0}', '\'', '’']).next().unwrap_or("");
        !word.is_empty() && self.lex.word_class(&fold_str(word)).has(WordClass::KIN)
    }

    /// "L'émir du Koweït, cheikh …", "le vice-prince héritier, le prince …": the country of the
    /// role before a comma, when the title starting at byte `title_start` (with its article) is
    /// in apposition to it.
    fn country_of_outer_role(&self, title_start: usize, name_len: usize) -> Option<String> {
        let mut t = self.tokens.partition_point(|tok| tok.start < title_start);
        if t > 0
            && !self.tokens[t - 1].cap
            && self.joined(t - 1, t)
            && self.class(t - 1).has(WordClass::ARTICLE)
        {
            t -= 1;
        }
        if !self.text[..self.tokens.get(t)?.start].trim_end().ends_with(',') {
            return None;
        }
        match self.title_before(t, name_len)? {
            (TitleKind::Role, info) => info.country,
            _ => None,
        }
    }

    /// "le roi Harald de Norvège", "l'émir Hamad ben Khalifa du Qatar": the country named by
    /// "de", "du", "des" or "d'" right after a titled name ending at token `last`.
    fn country_after_name(&self, last: usize) -> Option<String> {
        let end = self.tokens[last].end;
        let rest = &self.text[end..];
        let skip = [" de ", " du ", " des ", " d'", " d’"].into_iter().find(|p| rest.starts_with(p))?.len();
        let at = end + skip;
        let hit = self.hits.get(self.hits.partition_point(|h| h.span.start < at))?;
        match hit.target {
            Target::Entity { entity, kind: MentionKind::Location } if hit.span.start == at => {
                let entity = self.lex.entity(entity);
                (entity.kind == EntityKind::Country).then(|| entity.country.clone()).flatten()
            }
            _ => None,
        }
    }

    /// "Abdelmalek al-Mikhlafi, ministre yéménite des Affaires étrangères, a …": the country of a
    /// role in apposition right after the name ending at token `last`, from the first entity the
    /// role names ("…, envoyé spécial de l'ONU pour la Syrie": none).
    fn country_in_apposition_after(&self, last: usize) -> Option<String> {
        let end = self.tokens[last].end;
        let rest = self.text[end..].strip_prefix(", ")?;
        let article =
            ["le ", "la ", "l'", "l’"].into_iter().find(|a| rest.starts_with(a)).map_or(0, str::len);
        let at = end + 2 + article;
        let first = self.hits.partition_point(|h| h.span.start < at);
        let title = self.hits.get(first)?;
        if title.span.start != at || title.target != Target::Title(TitleKind::Role) {
            return None;
        }
        let stop = self.text[title.span.end..]
            .find([',', '.', ';', ':', '(', '«', '\n'])
            .map_or(self.text.len(), |i| title.span.end + i);
        let hit = self.hits[first + 1..]
            .iter()
            .take_while(|h| h.span.end <= stop)
            .find(|h| matches!(h.target, Target::Entity { .. } | Target::OrgHead(_)))?;
        match hit.target {
            // "candidat de la coalition National Super Alliance": no coalition of the lexicon's.
            Target::Entity { .. } if super::is_the_cue_of_a_name_after(self.text, hit.span, self.lex) => None,
            Target::Entity { entity, kind } if kind != MentionKind::Person => {
                self.lex.entity(entity).country.clone()
            }
            Target::OrgHead(_) => hit.country.and_then(|c| self.lex.entity(c).country.clone()),
            _ => None,
        }
    }

    /// The organisation a capitalised head word starts, French style: "Organisation mondiale de la
    /// santé", "Conseil national syrien". Returns its last token and the country of a demonym in it.
    /// The name read from `from`, the head's last capitalised word ("Parti du Congrès
    /// népalais").
    fn org_name_from_head(&mut self, head: usize, from: usize) -> Option<(usize, Option<String>)> {
        const MAX_WORDS: usize = 6;
        let mut last_content = None;
        let mut country = None;
        // A noun goes on the name only after a connector or an article ("des droits de l'homme");
        // elsewhere only adjectives do ("Conseil européen", not "Conseil européen présentera").
        let mut after_connector = false;
        // A noun taken after a connector: the name has its complement ("Cour permanente
        // d'arbitrage"), and a place after it is where the body sits ("de La Haye").
        let mut has_complement = false;
        let mut t = from + 1;
        while t < self.tokens.len() && t <= from + MAX_WORDS {
            let gap = &self.text[self.tokens[t - 1].end..self.tokens[t].start];
            if !gap.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '\'' || c == '’') {
                break;
            }
            let tok = &self.tokens[t];
            // "le Consortium de la société civile": a lowercase organisation's cue after a
            // connector is a plain noun of the name.
            let plain = |h: usize| {
                after_connector
                    && !tok.cap
                    && matches!(self.hits[h].target, Target::Title(TitleKind::Organisation))
                    && self.hits[h].span == Span::new(tok.start, tok.end)
            };
            if let Some(h) = tok.hit.filter(|&h| !plain(h)) {
                let hit = &self.hits[h];
                let kind = match hit.target {
                    Target::Entity { entity, kind } => (entity, kind),
                    _ => break,
                };
                // "Radio France Internationale": a country's name right after the head, with no
                // connector, is a word of the name, as brands are built. It makes no state body:
                // the name takes no country from it.
                let whole_word = hit.span == Span::new(tok.start, tok.end);
                if t == from + 1
                    && tok.cap
                    && whole_word
                    && self.lex.entity(kind.0).kind == EntityKind::Country
                {
                    last_content = Some(t);
                    t += 1;
                    continue;
                }
                // "la Commission de l'Union africaine", "le Bureau serbe pour le Kosovo": after a
                // connector, an organisation or a place the lexicon knows ends the name.
                if let (entity, MentionKind::Organisation | MentionKind::Location) = kind {
                    let Some(end) = (t..self.tokens.len()).find(|&e| self.tokens[e].end >= hit.span.end)
                    else {
                        break;
                    };
                    // "le Mécanisme d'enquête conjoint de l'ONU et de l'OIAC": a complement
                    // coordinated with another is shared, none of the name.
                    let coordinated = self.text[hit.span.end..].starts_with(" et ");
                    // "la Chambre de commerce des Etats-Unis": a country after its article is whose
                    // the body is, no seat.
                    let seat =
                        kind.1 == MentionKind::Location && has_complement && !self.of_a_country(t, hit);
                    if !after_connector
                        || seat
                        || hit.span.start != tok.start
                        || self.tokens[end].end != hit.span.end
                        || coordinated
                    {
                        break;
                    }
                    let of_country = self.lex.entity(entity);
                    if country.is_none() && of_country.kind == EntityKind::Country {
                        country = of_country.country.clone();
                    }
                    // "la Mission spéciale d'observation de l'OSCE en Ukraine": an organisation's
                    // body may end on where it works.
                    let body = of_country.kind == EntityKind::Organisation;
                    let mut last = body.then(|| self.locative_complement(end)).flatten().unwrap_or(end);
                    // "le Parti du Congrès népalais": a demonym right after agrees with the head.
                    if let Some(demonym) = self.demonym_at(last + 1).filter(|_| self.joined(last, last + 1)) {
                        country = self.lex.entity(demonym).country.clone();
                        last += 1;
                    }
                    last_content = Some(last);
                    break;
                }
                let (entity, MentionKind::Demonym) = kind else { break };
                if hit.span != Span::new(tok.start, tok.end) {
                    break;
                }
                country = self.lex.entity(entity).country.clone();
                last_content = Some(t);
            } else {
                let class = self.class(t);
                // "l'Institut de relations internationales et stratégiques": two adjectives of the
                // name joined by "et".
                if last_content == Some(t - 1) && self.adjectives_joined_by_et(t) {
                    last_content = Some(t + 1);
                    t += 2;
                    continue;
                }
                // A year or a count ends the name ("l'Union soviétique en 1945").
                if class.has(WordClass::BREAK) || self.text.as_bytes()[tok.start].is_ascii_digit() {
                    break;
                }
                if class.has(WordClass::CONNECTOR | WordClass::PARTICLE) {
                    after_connector = true;
                } else {
                    // "la Chambre des députés Eduardo Cunha": a capitalised word after the
                    // name's complement, with no connector, starts another name.
                    if tok.cap && !after_connector && has_complement {
                        break;
                    }
                    // "devant le Sénat de prendre des mesures": an infinitive after "de", with
                    // its object, is the verb's complement.
                    if after_connector && self.infinitive_with_object(t) {
                        break;
                    }
                    // "par la Cour suprême de la réélection d'Uhuru Kenyatta": a noun after "de"
                    // whose own complement is a person is what the body did, no word of its name.
                    if after_connector && !tok.cap && self.person_complement_after(t) {
                        break;
                    }
                    // "la Garde nationale de Khalifa Ghweil", "le président de l'Assemblée
                    // nationale Guillaume Soro": a first name and a name after "de" or after the
                    // head's adjective are a person, the body's or its head's. Right after the
                    // head they name it ("la Fondation Jean Jaurès").
                    let person_after = || {
                        class.has(WordClass::FIRST_NAME)
                            && t + 1 < self.tokens.len()
                            && self.joined(t, t + 1)
                            && self.tokens[t + 1].cap
                    };
                    if t > from + 1 && tok.cap && person_after() {
                        break;
                    }
                    // Right after the head, or after another word: an adjective, not a verb ("le
                    // Parlement dispose"); the noun after a connector or a capitalised word may be
                    // anything. A plural after a plural agrees with it ("des pays exportateurs"):
                    // a verb never ends in -s or -x.
                    let plural =
                        |t: usize| matches!(self.text.as_bytes()[self.tokens[t].end - 1], b's' | b'x');
                    let may_not_go_on =
                        t == from + 1 || !(after_connector || tok.cap || plural(t) && plural(t - 1));
                    if may_not_go_on
                        && !self.lex.looks_adjective(&self.folded(t))
                        && !(self.looks_participle(t) && self.name_goes_on_after(t))
                    {
                        break;
                    }
                    if !class.has(WordClass::STOP) || after_connector && class.has(WordClass::INSTITUTION) {
                        last_content = Some(t);
                        has_complement |= after_connector;
                    }
                    after_connector = false;
                }
            }
            t += 1;
        }
        let last = last_content?;
        for h in self.tokens[head..=last].iter().filter_map(|t| t.hit) {
            self.hits[h].consumed = true;
        }
        Some((last, country))
    }

    /// Whether "et" at token `t` joins two lowercase adjectives of a name, alike in number, that no
    /// lexicon form reads ("internationales et stratégiques"; not "syrienne et russe", two
    /// countries).
    fn adjectives_joined_by_et(&self, t: usize) -> bool {
        let adjective = |t: usize| {
            let tok = &self.tokens[t];
            !tok.cap && tok.hit.is_none() && self.lex.looks_adjective(&self.folded(t))
        };
        let plural = |t: usize| matches!(self.text.as_bytes()[self.tokens[t].end - 1], b's' | b'x');
        t > 0
            && t + 1 < self.tokens.len()
            && self.word(t) == "et"
            && self.joined(t - 1, t)
            && self.joined(t, t + 1)
            && adjective(t - 1)
            && adjective(t + 1)
            && plural(t - 1) == plural(t + 1)
    }

    /// Whether `hit`, at token `t`, names a country after its article ("du Liban", "des
    /// Etats-Unis", "de la France"), as a body of that country is named ("Banque du Liban"); a
    /// city is named with no article ("l'Office des eaux de Beyrouth").
    fn of_a_country(&self, t: usize, hit: &Hit) -> bool {
        let Target::Entity { entity, kind: MentionKind::Location } = hit.target else { return false };
        let after_article = t > 0
            && hit.span.start == self.tokens[t].start
            && !self.tokens[t - 1].cap
            && self.joined(t - 1, t)
            && match self.word(t - 1) {
                "du" | "des" => true,
                "la" | "l" => t > 1 && matches!(self.word(t - 2), "de" | "d"),
                _ => false,
            };
        after_article && self.lex.entity(entity).kind == EntityKind::Country
    }

    /// Token `t` is followed by "de" or "d'" and a person's name (a known person, a first name).
    fn person_complement_after(&self, t: usize) -> bool {
        let (Some(of), Some(name)) = (self.tokens.get(t + 1), self.tokens.get(t + 2)) else { return false };
        folds_to_one_of(&self.text[of.start..of.end], &["de", "d"])
            && name.cap
            && (name.hit.is_some_and(|h| self.hits[h].target.names_a_person())
                || self.class(t + 2).has(WordClass::FIRST_NAME))
    }

    /// "de prendre des mesures", "d'agir le plus vite": token `t`, after "de" or "d'", is shaped
    /// as an infinitive (-er, -ir, -re) and a determiner follows it.
    fn infinitive_with_object(&self, t: usize) -> bool {
        const DETERMINERS: [&str; 15] = [
            "le", "la", "les", "l", "un", "une", "des", "du", "ses", "sa", "son", "leur", "leurs", "ces",
            "cette",
        ];
        let after_de = t > 0 && matches!(self.word(t - 1), "de" | "d");
        let word = self.word(t);
        let infinitive = word.ends_with("er") || word.ends_with("ir") || word.ends_with("re");
        after_de
            && infinitive
            && !self.tokens[t].cap
            && t + 1 < self.tokens.len()
            && self.joined(t, t + 1)
            && DETERMINERS.contains(&self.word(t + 1))
    }

    /// Where a person's name starts in the run `first..=last` that follows a role's preposition
    /// ("gouverneur du Katanga Moïse Katumbi", "ministre de la Justice Vitaliano Aguirre"): after
    /// its first word, the role's complement, when that word is a plain capitalised word (no
    /// organisation or place word, no first name) right after "du", "de", "des", "d'", "de la" or
    /// "de l'", and two name words or more follow ("ministre des Finances Ignatius Chombo").
    fn complement_before_name(&self, first: usize, last: usize) -> Option<usize> {
        let split = first + 1;
        if first == 0 || split >= last || self.tokens[first].hit.is_some() {
            return None;
        }
        let plain = |t: usize| {
            self.tokens[t].cap
                && !self.class(t).has(WordClass::ORG | WordClass::PLACE | WordClass::FIRST_NAME)
        };
        if !plain(first) || !self.is_name_word(split) || !self.joined(first, split) {
            return None;
        }
        let gap = |a: usize, b: usize| &self.text[self.tokens[a].end..self.tokens[b].start];
        let before = self.word(first - 1);
        let after_de = match before {
            "du" | "de" | "des" => matches!(gap(first - 1, first), " " | "\u{a0}"),
            "d" => matches!(gap(first - 1, first), "'" | "’"),
            "la" | "l" => {
                first >= 2
                    && matches!(gap(first - 1, first), " " | "'" | "’" | "\u{a0}")
                    && self.word(first - 2) == "de"
                    && self.joined(first - 2, first - 1)
            }
            _ => false,
        };
        let names_after = (split..=last).filter(|&t| self.tokens[t].cap).count() >= 2;
        (after_de && names_after).then_some(split)
    }

    /// "armées", "uni", "réunis": a lowercase word shaped as a past participle (ending in "é",
    /// "ée", "és", "ées", "i" or "is"), which no finite verb is.
    fn looks_participle(&self, t: usize) -> bool {
        let word = self.word(t);
        let stem = word.strip_suffix('s').unwrap_or(word);
        let stem = stem.strip_suffix('e').filter(|s| s.ends_with('é')).unwrap_or(stem);
        !self.tokens[t].cap && word.chars().count() >= 3 && (stem.ends_with('é') || stem.ends_with('i'))
    }

    /// Whether an organisation's name goes on after token `t`: a demonym or an adjective follows
    /// ("Forces armées congolaises"), or a complement ("Front uni de libération", "Forces armées
    /// de la RDC").
    fn name_goes_on_after(&self, t: usize) -> bool {
        let next = t + 1;
        if next >= self.tokens.len() || !self.joined(t, next) {
            return false;
        }
        if self.demonym_at(next).is_some() {
            return true;
        }
        let tok = &self.tokens[next];
        if tok.cap || tok.hit.is_some() {
            return false;
        }
        let word = self.word(next);
        let complement = matches!(word, "de" | "du" | "des" | "d" | "pour")
            && next + 1 < self.tokens.len()
            && (self.joined(next, next + 1) || self.text[tok.end..].starts_with(['\'', '’']));
        complement || self.lex.looks_adjective(&self.folded(next))
    }

    /// Whether tokens `first..=last` stand alone between quotes ("« Rassemblement »", "« Islas
    /// Malvinas »").
    fn quoted(&self, first: usize, last: usize) -> bool {
        let before = self.text[..self.tokens[first].start].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
        let after = self.text[self.tokens[last].end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        (before.ends_with('«') && after.starts_with('»')) || (before.ends_with('“') && after.starts_with('”'))
    }

    /// The country entity of the demonym that token `t` is, in lowercase ("népalais").
    fn demonym_at(&self, t: usize) -> Option<usize> {
        let tok = self.tokens.get(t)?;
        let hit = &self.hits[tok.hit?];
        match hit.target {
            Target::Entity { entity, kind: MentionKind::Demonym }
                if !tok.cap && hit.span == Span::new(tok.start, tok.end) =>
            {
                Some(entity)
            }
            _ => None,
        }
    }

    /// "en Ukraine", "au Mali" right after token `end`: the token where the place's name ends.
    fn locative_complement(&self, end: usize) -> Option<usize> {
        let (prep, place) = (end + 1, end + 2);
        if place >= self.tokens.len()
            || !matches!(self.word(prep), "en" | "au" | "aux")
            || !self.joined(end, prep)
            || !self.joined(prep, place)
        {
            return None;
        }
        let hit = &self.hits[self.tokens[place].hit?];
        let Target::Entity { kind: MentionKind::Location, .. } = hit.target else { return None };
        if hit.span.start != self.tokens[place].start {
            return None;
        }
        (place..self.tokens.len()).find(|&e| self.tokens[e].end == hit.span.end)
    }

    /// "Ouzbékistan Airways": a country's or place's name the lexicon knows, right before a
    /// capitalised organisation word that starts no name of its own. The hit and the country.
    fn place_before_org_word(&self, t: usize) -> Option<(usize, Option<String>)> {
        let before = t.checked_sub(1)?;
        let h = self.tokens[before].hit?;
        let hit = &self.hits[h];
        let Target::Entity { entity, kind: MentionKind::Location } = hit.target else { return None };
        (hit.span.end == self.tokens[before].end && self.joined(before, t))
            .then(|| (h, self.lex.entity(entity).country.clone()))
    }

    /// The class of the token right before `t` when it is a lowercase word joined to it, or a
    /// word capitalised only because it opens the sentence ("A Tetovo", "Au Puntland").
    fn preposition_before(&self, t: usize) -> WordClass {
        if t > 0 && self.joined(t - 1, t) && (!self.tokens[t - 1].cap || self.is_initial(t - 1)) {
            self.class(t - 1)
        } else {
            WordClass::default()
        }
    }

    /// "la province d'Idleb", "la région de Gao", "près de Kidal", "la province du Haut-Ogooué":
    /// token `t` follows "de" (or "d'", "du"), itself after a noun of places or a locative
    /// (`placeof` in name_words.tsv).
    fn place_noun_before(&self, t: usize) -> bool {
        if t < 2 || self.tokens[t - 1].cap {
            return false;
        }
        // "la région Oromia", "la province Kandahar": a noun of places that heads places' names,
        // right before the name.
        let noun = || {
            let class = self.class(t - 1);
            class.has(WordClass::PLACE) && class.has(WordClass::PLACE_OF)
        };
        if self.text[self.tokens[t - 1].end..self.tokens[t].start] == *" " && noun() {
            return true;
        }
        let de = self.word(t - 1);
        let gap = &self.text[self.tokens[t - 1].end..self.tokens[t].start];
        let elided = de == "d" && matches!(gap, "'" | "’");
        let spaced = matches!(de, "de" | "du") && matches!(gap, " " | "\u{a0}");
        // "la province d'Idleb", or with an adjective between: "l'attaque chimique de Khan Cheikhoun".
        let adjective_between = || {
            t >= 3
                && !self.tokens[t - 2].cap
                && !self.class(t - 2).has(WordClass::STOP | WordClass::BREAK)
                && self.joined(t - 3, t - 2)
                && self.class(t - 3).has(WordClass::PLACE_OF)
        };
        (elided || spaced)
            && self.joined(t - 2, t - 1)
            && (self.class(t - 2).has(WordClass::PLACE_OF) || adjective_between())
    }

    /// A capitalised organisation cue inside a sentence ("l'Organisation mondiale…", "le Front
    /// de…") is the head of a name, not a cue; so is a capitalised title between a first name and
    /// another name word ("Hassan Cheikh Mohamoud"): a part of the name.
    fn uncover_capitalised_cues(&mut self) {
        for &t in self.notable.iter().filter(|&&t| t > 0) {
            let Some(h) = self.tokens[t].hit else { continue };
            let tok = &self.tokens[t];
            let hit = &self.hits[h];
            if !tok.cap || hit.span != Span::new(tok.start, tok.end) {
                continue;
            }
            let inside_a_name = || {
                hit.target == Target::Title(TitleKind::Role)
                    && t + 1 < self.tokens.len()
                    && self.joined(t - 1, t)
                    && self.joined(t, t + 1)
                    && self.tokens[t - 1].hit.is_none()
                    && self.class(t - 1).has(WordClass::FIRST_NAME)
                    && self.tokens[t + 1].cap
            };
            // An acronym cue ("l'ONG Oxfam") is written in capitals anywhere: it stays a cue.
            if (hit.target == Target::Title(TitleKind::Organisation) && !self.is_initial(t) && !tok.upper)
                || inside_a_name()
            {
                self.hits[h].consumed = true;
                self.tokens[t].hit = None;
                self.tokens[t].class = self.lex.class_of_word(self.word(t));
            }
        }
    }

    /// What the rules know of token `t` (computed once for capitalised words).
    fn class(&self, t: usize) -> WordClass {
        let tok = &self.tokens[t];
        if tok.cap && tok.hit.is_none() {
            tok.class
        } else {
            self.lex.class_of_word(self.word(t))
        }
    }

    /// "la Communauté d'Afrique de l'Est (CAE)", "la Mission … au Mali (Minusma)": a word in
    /// parentheses right after a name made of the words its letters abbreviate, in order, the first
    /// one the name's initial. The name is an organisation's (its lexicon forms inside are part of
    /// it) and the word its acronym. Returns the name's first and last tokens and the acronym's.
    fn acronym_after_name(&self, acronym: usize) -> Option<(usize, usize)> {
        const MAX_WORDS: usize = 16;
        let tok = &self.tokens[acronym];
        let len = tok.end - tok.start;
        let closes = self.text[tok.end..].starts_with(')');
        // "(CNDD-FDD)": a hyphenated acronym in capitals.
        let hyphen_ok = !tok.hyphenated || tok.upper;
        if acronym < 2 || !tok.cap || !hyphen_ok || !(2..=10).contains(&len) || !closes {
            return None;
        }
        let last = acronym - 1;
        // "un « Conseil national pour la démocratie » (CND)": a quoted name.
        let gap = &self.text[self.tokens[last].end..tok.start];
        let quote_closed = gap.strip_suffix('(').is_some_and(|g| {
            g.trim_matches([' ', '\u{a0}', '\u{202f}']).chars().all(|c| matches!(c, '»' | '"' | '”'))
        });
        if !matches!(gap, " (" | "(" | "\u{a0}(") && !quote_closed {
            return None;
        }
        let letters: Vec<char> = self.folded(acronym).chars().filter(char::is_ascii_alphabetic).collect();
        let (&initial, _) = letters.split_first()?;
        let person = |t: usize| self.tokens[t].hit.is_some_and(|h| self.hits[h].target.names_a_person());
        // "l'Autorité intergouvernementale pour le développement (Igad)", "l'Armée de libération
        // nationale (UCK)": an acronym of the name in another language. Failing the letters, the
        // name runs from the farthest capitalised organisation word before it, over no verb, when
        // the word reads as an acronym (all capitals, or one capital and at most eight letters).
        let acronym_word = &self.text[tok.start..tok.end];
        // "(PiS)": a short one may mix cases.
        let foreign_acronym = !self.class(acronym).has(WordClass::FIRST_NAME)
            && (tok.upper
                || len <= 4
                || (len <= 8 && !acronym_word[1..].contains(|c: char| c.is_uppercase())));
        let mut head = None;
        let mut head_open = foreign_acronym;
        let mut first = last;
        loop {
            if person(first) {
                return head;
            }
            let t = &self.tokens[first];
            // "le parti conservateur Droit et Justice (PiS)": a lowercase cue, maybe adjectives,
            // then the name, from its first capitalised word.
            let cue = || t.hit.is_some_and(|h| self.hits[h].target == Target::Title(TitleKind::Organisation));
            if head_open && !t.cap && cue() {
                if let Some(name) = (first + 1..=last).find(|&n| self.tokens[n].cap) {
                    return Some((name, last));
                }
            }
            if head_open {
                let class = self.class(first);
                if t.cap && class.has(WordClass::ORG) && first < last {
                    head = Some((first, last));
                } else if !t.cap && class.has(WordClass::BREAK) && !class.has(WordClass::CONNECTOR) {
                    head_open = false;
                }
            }
            // A person's initials ("Marc Lebrun (ML)") make no organisation.
            if first < last
                && t.cap
                && self.folded(first).starts_with(initial)
                && !self.class(first).has(WordClass::FIRST_NAME)
            {
                // The acronym's letters, in order, in the name's.
                let name = fold_str(&self.text[t.start..self.tokens[last].end]);
                let mut rest = letters.iter().peekable();
                for c in name.chars() {
                    rest.next_if_eq(&&c);
                }
                if rest.peek().is_none() {
                    return Some((first, last));
                }
            }
            if first == 0 || last - first >= MAX_WORDS {
                return head;
            }
            let gap = &self.text[self.tokens[first - 1].end..t.start];
            if !matches!(gap, " " | "'" | "’" | "\u{a0}") {
                return head;
            }
            first -= 1;
        }
    }

    /// The organisation the lexicon knows by the acronym at token `t` ("Unicef").
    fn known_acronym(&self, t: usize) -> Option<usize> {
        let tok = &self.tokens[t];
        let hit = &self.hits[tok.hit?];
        match hit.target {
            Target::Entity { entity, kind: MentionKind::Organisation }
                if hit.span == Span::new(tok.start, tok.end) =>
            {
                Some(entity)
            }
            _ => None,
        }
    }

    /// The candidates for a name and its acronym in parentheses (see [`Self::acronym_after_name`]).
    /// A name before an acronym the lexicon knows ("Fonds des Nations unies pour l'enfance
    /// (Unicef)") is that organisation.
    fn name_and_acronym(&mut self, first: usize, last: usize, acronym: usize, out: &mut Vec<Candidate>) {
        let span = Span::new(self.tokens[first].start, self.tokens[last].end);
        let whole_hit = self.tokens[first].hit.filter(|&h| self.hits[h].span == span);
        if let Some(entity) = self.known_acronym(acronym) {
            // "le groupe Etat islamique (EI)": a name the lexicon read already stays as read.
            let inside_a_hit = self.tokens[first]
                .hit
                .is_some_and(|h| self.hits[h].span.start <= span.start && span.end <= self.hits[h].span.end);
            if !inside_a_hit {
                for h in (first..=last).filter_map(|t| self.tokens[t].hit) {
                    self.hits[h].consumed = true;
                }
                out.push(Candidate { span, what: What::Known { entity, kind: MentionKind::Organisation } });
            }
            return;
        }
        if whole_hit.is_none() {
            let mut country = None;
            for h in (first..=last).filter_map(|t| self.tokens[t].hit) {
                if let Target::Entity { entity, kind: MentionKind::Demonym } = self.hits[h].target {
                    country = country.or_else(|| self.lex.entity(entity).country.clone());
                }
                self.hits[h].consumed = true;
            }
            out.push(Candidate { span, what: What::Organisation { country } });
        }
        let tok = &self.tokens[acronym];
        out.push(Candidate { span: Span::new(tok.start, tok.end), what: What::Acronym { of: span } });
    }

    /// Candidates for the names no lexicon form covers.
    pub fn unknown_names(&mut self, out: &mut Vec<Candidate>) {
        self.prepare();
        self.uncover_capitalised_cues();
        // Names with their acronym in parentheses, read first.
        let mut named: Vec<(usize, usize, usize)> = Vec::new();
        for &a in self.notable.iter() {
            // Most capitalised words follow no '(': one byte read.
            let tok = &self.tokens[a];
            if tok.start > 0
                && self.text.as_bytes()[tok.start - 1] == b'('
                && (tok.hit.is_none() || self.known_acronym(a).is_some())
            {
                if let Some((first, last)) = self.acronym_after_name(a) {
                    named.push((first, last, a));
                }
            }
        }
        let mut named = named.into_iter().peekable();
        // Names and acronyms start at capitalised tokens (the notable ones that are capitalised).
        let mut t = 0;
        for n in 0..self.notable.len() {
            if self.notable[n] < t {
                continue;
            }
            t = self.notable[n];
            // A name with its acronym: a name starting before it and ending after it was read.
            while let Some(&(first, last, acronym)) = named.peek() {
                if first > t {
                    break;
                }
                named.next();
                if out.last().is_none_or(|c| c.span.end <= self.tokens[first].start) {
                    self.name_and_acronym(first, last, acronym, out);
                    t = t.max(acronym + 1);
                }
            }
            if self.notable[n] < t {
                continue;
            }
            if let Some((particle, info)) = self.particle_after_honorific(t) {
                // "Mme de Lima", "M. de Villepin": the surname with its particle.
                if let Some(h) = self.tokens[t].hit {
                    self.hits[h].consumed = true;
                }
                let span = Span::new(self.tokens[particle].start, self.tokens[t].end);
                out.push(Candidate { span, what: What::Lone { cue: Some(info), place: false } });
                t += 1;
                continue;
            }
            if self.is_unknown_acronym(t) {
                let tok = &self.tokens[t];
                out.push(Candidate {
                    span: Span::new(tok.start, tok.end),
                    what: What::Organisation { country: None },
                });
                t += 1;
                continue;
            }
            if let Some(h) = self.someone_else_by_that_name(t) {
                self.hits[h].consumed = true;
            } else if !self.is_name_word(t) {
                t += 1;
                continue;
            }
            let first_name = |s: &Self, t: usize| s.class(t).has(WordClass::FIRST_NAME);
            // Extend the run: name words, particles between them, and a lexicon surname after a first
            // word ("Jimmy Carter" is not Ashton Carter).
            let (first, mut last) = (t, t);
            let mut surname_hit = None;
            // The token after a middle initial ("George W. Bush"), which is no joined word.
            let mut after_initial = None;
            // Whether an English link joined the run ("Council on Foreign Relations"): a noun of
            // institutions may go on it.
            let mut linked = false;
            let mut k = t + 1;
            while k < self.tokens.len()
                && (self.joined(k - 1, k) || after_initial == Some(k) || self.possessive_s(k))
            {
                if let Some(after) =
                    (after_initial != Some(k)).then(|| self.after_middle_initial(k)).flatten()
                {
                    // "George W. Bush", "John F. Kennedy": an initial and its period between names.
                    if self.is_name_word(after) {
                        last = after;
                        k = after + 1;
                    } else if last == first && first_name(self, first) {
                        after_initial = Some(after);
                        k = after;
                    } else {
                        break;
                    }
                } else if self.is_name_word(k) {
                    last = k;
                    k += 1;
                } else if self.possessive_s(k) {
                    // "Cox's Bazar": an English possessive inside a name.
                    last = k + 1;
                    k += 2;
                } else if last == first
                    && self.tokens[k].upper
                    && !self.tokens[k].class.has(WordClass::STOP)
                    && self.tokens[k].hit.is_none()
                    && first_name(self, first)
                {
                    // "Anne BIANCHI": a first name and a surname in capitals.
                    last = k;
                    k += 1;
                } else if let Some(h) =
                    (last == first && first_name(self, first)).then(|| self.place_after_particle(k)).flatten()
                {
                    // "Leila de Lima": a first name, a particle and a place's name.
                    self.hits[h].consumed = true;
                    self.tokens[k + 1].hit = None;
                    last = k + 1;
                    k += 2;
                } else if self.is_apostrophe_prefix(k)
                    || (self.is_particle(k)
                        && k + 1 < self.tokens.len()
                        && self.joined(k, k + 1)
                        && self.is_name_word(k + 1))
                {
                    last = k + 1;
                    k += 2;
                } else if last == first
                    && self.tokens[k].cap
                    && self.tokens[k].hit.is_none()
                    && first_name(self, first)
                    && is_roman_numeral(self.word(k))
                {
                    // "Felipe VI", "Harald V": a monarch's number after a first name.
                    last = k;
                    k += 1;
                } else if last == first && first_name(self, first) && self.two_particles_then_name(k) {
                    // "Humberto de la Calle", "Ursula von der Leyen": after a first name only
                    // ("le Boeing de la Malaysia Airlines").
                    last = k + 2;
                    k += 3;
                } else if self.english_link(first, k) {
                    // "Centre for Policy Research", "Council on Foreign Relations": an English
                    // link between capitalised words, after an organisation's word.
                    linked = true;
                    last = k + 1;
                    k += 2;
                } else if linked
                    && self.tokens[k].cap
                    && self.tokens[k].hit.is_none()
                    && self.class(k).has(WordClass::INSTITUTION)
                {
                    last = k;
                    k += 1;
                } else if let Some((h, end)) =
                    (last == first && first_name(self, first)).then(|| self.capitalised_title(k)).flatten()
                {
                    // "Bruno Le Maire": a title written with capitals after a first name is a
                    // surname, no role.
                    self.hits[h].consumed = true;
                    for t in k..=end {
                        self.tokens[t].hit = None;
                    }
                    last = end;
                    k = end + 1;
                } else if self.word(k) == "et" && self.coordinated_in_organisation_name(first, k) {
                    // "le parti Droit et Justice": two capitalised words joined by "et", after an
                    // organisation's cue, are one name.
                    last = k + 1;
                    k += 2;
                } else if let Some(h) = self.patronym_surname_in_chain(first, last, k) {
                    // "Abdel Aziz ben Saoud ben Nayef": a known surname with a patronym's particle
                    // ("ben Nayef"), after a name that already names a father, is its grandfather's
                    // name, no one else's.
                    self.hits[h].consumed = true;
                    self.tokens[k].hit = None;
                    self.tokens[k + 1].hit = None;
                    last = k + 1;
                    k += 2;
                } else if let Some(h) = self.place_in_organisation_name(first, k) {
                    // "le centre Carnegie Europe": a place named in an organisation's name.
                    self.hits[h].consumed = true;
                    self.tokens[k].hit = None;
                    last = k;
                    k += 1;
                } else {
                    let tok = &self.tokens[k];
                    // Only a lone first name takes the surname: in "Carlo Allegri Trump" they are two
                    // names. The surname may run over several words ("Jean-Marie Le Pen").
                    // "Vladimir Vladimirovitch Poutine": a patronymic may stand between them.
                    let patronymic = last == first + 1
                        && first_name(self, first)
                        && self.lex.looks_patronymic(&self.folded(last));
                    // "Pierre Elliott Trudeau", "Jean Marie Le Pen": first names only before it.
                    let first_names = || (first..=last).all(|t| first_name(self, t));
                    let lone = last == first || patronymic || after_initial == Some(k) || first_names();
                    if let (Some(h), true) = (tok.hit, lone) {
                        let hit = &self.hits[h];
                        let end = (k..self.tokens.len()).find(|&e| self.tokens[e].end >= hit.span.end);
                        if let (Target::Surname { .. }, true, Some(end)) =
                            (hit.target, hit.span.start == tok.start, end)
                        {
                            if self.tokens[end].end == hit.span.end {
                                // "Mahamat Saleh Annadif": a one-word surname before another
                                // name word is a middle name of someone else.
                                let more = end == k
                                    && end + 1 < self.tokens.len()
                                    && self.joined(end, end + 1)
                                    && self.is_name_word(end + 1);
                                if more {
                                    self.hits[h].consumed = true;
                                    self.tokens[k].hit = None;
                                    last = k;
                                    k += 1;
                                    continue;
                                }
                                surname_hit = Some(h);
                                last = end;
                            }
                        }
                    }
                    break;
                }
            }
            t = last + 1;
            self.read_run(first, last, surname_hit, out);
        }
    }

    /// The hit at token `k` of a known surname of two words opening on a patronym's particle ("ben
    /// Nayef"), when the run `first..=last` already has such a particle before a name word.
    fn patronym_surname_in_chain(&self, first: usize, last: usize, k: usize) -> Option<usize> {
        let h = self.tokens[k].hit?;
        let hit = &self.hits[h];
        let next = self.tokens.get(k + 1)?;
        let patronym =
            |t: usize| !self.tokens[t].cap && self.lex.class_of_word(self.word(t)).has(WordClass::PATRONYM);
        let chain = || (first + 1..last).any(patronym);
        (matches!(hit.target, Target::Surname { .. })
            && hit.span == Span::new(self.tokens[k].start, next.end)
            && next.cap
            && patronym(k)
            && chain())
        .then_some(h)
    }

    /// The hit of a place the lexicon knows at token `k`, a whole capitalised word right after the
    /// run of name words that starts at `first`, when an organisation's cue comes before the run
    /// ("le think tank Carnegie Europe"): a word of the organisation's name, not a place.
    fn place_in_organisation_name(&self, first: usize, k: usize) -> Option<usize> {
        let tok = &self.tokens[k];
        let h = tok.hit.filter(|_| tok.cap)?;
        let hit = &self.hits[h];
        let place = matches!(hit.target, Target::Entity { kind: MentionKind::Location, .. });
        let after_cue = || matches!(self.title_before(first, k - first), Some((TitleKind::Organisation, _)));
        (place && hit.span == Span::new(tok.start, tok.end) && after_cue()).then_some(h)
    }

    /// Whether the lowercase English link at token `k` ("for", "of", "on") joins the run from
    /// `first`, which has an organisation's word, to a capitalised name word ("le Centre for
    /// Policy Research", "le Council on Foreign Relations").
    fn english_link(&self, first: usize, k: usize) -> bool {
        let tok = &self.tokens[k];
        !tok.cap
            && tok.hit.is_none()
            && k + 1 < self.tokens.len()
            && self.class(k).has(WordClass::LINK)
            && self.joined(k, k + 1)
            && self.is_name_word(k + 1)
            && (first..k).any(|t| self.tokens[t].cap && self.class(t).has(WordClass::ORG))
    }

    /// A title's hit starting at token `k`, or after a particle there, whose every word is
    /// capitalised ("Maire" of "Le Maire" after "Bruno"), and its last token.
    fn capitalised_title(&self, k: usize) -> Option<(usize, usize)> {
        // "Le Maire": the title may follow a particle.
        let particle = self.is_particle(k) && k + 1 < self.tokens.len() && self.joined(k, k + 1);
        let k = if particle { k + 1 } else { k };
        let h = self.tokens[k].hit?;
        let hit = &self.hits[h];
        if !matches!(hit.target, Target::Title(_)) || hit.span.start != self.tokens[k].start {
            return None;
        }
        let end = (k..self.tokens.len()).find(|&e| self.tokens[e].end >= hit.span.end)?;
        let whole = self.tokens[end].end == hit.span.end;
        (whole && (k..=end).all(|t| self.tokens[t].cap && (t == k || self.joined(t - 1, t))))
            .then_some((h, end))
    }

    /// Whether "et" at token `k` joins the one-word run at `first` to one capitalised name word
    /// after it, when an organisation's cue comes before the run ("le parti Droit et Justice"; not
    /// "le mouvement Ennahda et Nidaa Tounes", two names).
    fn coordinated_in_organisation_name(&self, first: usize, k: usize) -> bool {
        let next = k + 1;
        let name_goes_on =
            || next + 1 < self.tokens.len() && self.joined(next, next + 1) && self.is_name_word(next + 1);
        k == first + 1
            && next < self.tokens.len()
            && self.joined(k - 1, k)
            && self.joined(k, next)
            && self.tokens[next].cap
            && self.tokens[next].hit.is_none()
            && self.is_name_word(next)
            && !name_goes_on()
            && matches!(self.title_before(first, 2), Some((TitleKind::Organisation, _)))
    }

    /// Whether the name at token `first` follows "et de", "et d'", "et à" or "ou" right after a
    /// place: a place the rules read just before, or one the lexicon knows.
    fn coordinated_with_a_place_before(&self, first: usize, out: &[Candidate]) -> bool {
        const JOINS: [&str; 5] = [" et de ", " et d'", " et d’", " et à ", " ou "];
        let start = self.tokens[first].start;
        let Some(end) = JOINS.iter().find_map(|j| self.text[..start].strip_suffix(j)).map(str::len) else {
            return false;
        };
        let read = out.last().is_some_and(|c| {
            c.span.end == end && matches!(c.what, What::Place | What::Lone { place: true, .. })
        });
        let before = self.hits.partition_point(|h| h.span.end <= end);
        let known = before > 0
            && self.hits[before - 1].span.end == end
            && matches!(self.hits[before - 1].target, Target::Entity { kind: MentionKind::Location, .. });
        read || known
    }

    /// "s" in "Cox's Bazar", "Martha's Vineyard": an English possessive's, right after a
    /// capitalised word and an apostrophe, before a name word.
    fn possessive_s(&self, k: usize) -> bool {
        k > 0
            && k + 1 < self.tokens.len()
            && self.word(k) == "s"
            && self.tokens[k - 1].cap
            && matches!(&self.text[self.tokens[k - 1].end..self.tokens[k].start], "'" | "’")
            && self.joined(k, k + 1)
            && self.is_name_word(k + 1)
    }

    /// The token after a middle initial at token `k`: one capital letter, a period and a space
    /// ("W. " in "George W. Bush").
    fn after_middle_initial(&self, k: usize) -> Option<usize> {
        let tok = &self.tokens[k];
        let letter = self.text.as_bytes()[tok.start];
        let next = self.tokens.get(k + 1)?;
        let gap = &self.text[tok.end..next.start];
        (tok.end == tok.start + 1 && letter.is_ascii_uppercase() && matches!(gap, ". " | ".\u{a0}"))
            .then_some(k + 1)
    }

    fn read_run(
        &mut self,
        mut first: usize,
        last: usize,
        surname_hit: Option<usize>,
        out: &mut Vec<Candidate>,
    ) {
        let first_name = |s: &Self, t: usize| s.class(t).has(WordClass::FIRST_NAME);
        // A capital that may be the sentence's only: drop the word if the article writes it in
        // lowercase too ("Derrière Pierre Durand"). A lone word matters only after a title.
        let words = (first..=last).filter(|&t| self.tokens[t].cap).count();
        if self.is_initial(first)
            && !first_name(self, first)
            && (words >= 2 || self.title_before(first, words).is_some())
            && self.seen_lowercase(first)
        {
            first += 1;
            while first <= last && !self.tokens[first].cap {
                first += 1;
            }
            if first > last {
                return;
            }
        }
        // A first name inside the sequence starts a person's name: "Décès de Monique Grandvallet";
        // not the father's name after "ben" ("Salman ben Hamad Al-Khalifa").
        // Not after unknown capitalised words alone, in apposition after a comma or a title:
        // "islandais, Sigmundur David Gunnlaugsson" is one name whose first word no list knows
        // ("des Verts Alexander Van der Bellen" is a party, then the man).
        let unknown_first_names = |s: &Self, name_start: usize| {
            let in_apposition = first > 0 && {
                let before = &s.tokens[first - 1];
                s.text[before.end..s.tokens[first].start].contains(',')
                    || before.hit.is_some_and(|h| matches!(s.hits[h].target, Target::Title(_)))
            };
            in_apposition
                && (first..name_start).all(|t| {
                    s.tokens[t].cap && s.tokens[t].hit.is_none() && s.class(t) == WordClass::default()
                })
        };
        if !first_name(self, first) {
            let patronym = |t: usize| self.class(t - 1).has(WordClass::PATRONYM);
            if let Some(name_start) =
                (first + 1..last).find(|&t| self.tokens[t].cap && first_name(self, t) && !patronym(t))
            {
                if !(first..name_start).any(|t| self.class(t).has(WordClass::ORG | WordClass::PLACE))
                    && !unknown_first_names(self, name_start)
                {
                    first = name_start;
                }
            }
        }
        let words = (first..=last).filter(|&t| self.tokens[t].cap).count();
        // "le XXIe siècle", "la Ve République": an era, no name.
        if is_roman_ordinal(self.word(first)) {
            return;
        }
        // "l'opération Lafiya Dole", "le plan Marshall": capitalised words right after the common
        // noun they name are the name of a thing, no one's.
        if words >= 2
            && first > 0
            && !self.tokens[first - 1].cap
            && self.text[self.tokens[first - 1].end..self.tokens[first].start] == *" "
            && self.class(first - 1).has(WordClass::COMMON)
        {
            return;
        }
        let cue = self.title_before(first, words);
        // "l'ancien gouverneur du Katanga Moïse Katumbi", "le ministre de la Justice Vitaliano
        // Aguirre": a role's complement of one word, then the person's name.
        if surname_hit.is_none() && words >= 3 && matches!(cue, Some((TitleKind::Role, _))) {
            if let Some(split) = self.complement_before_name(first, last) {
                let place = self.place_noun_before(first);
                let tok = &self.tokens[first];
                out.push(Candidate {
                    span: Span::new(tok.start, tok.end),
                    what: What::Lone { cue: None, place },
                });
                self.read_run(split, last, None, out);
                return;
            }
        }

        // "le Centre Carter": a known surname in an organisation's name is no one's.
        let org_name = surname_hit.is_some()
            && words >= 2
            && (first..=last).any(|t| self.tokens[t].cap && self.class(t).has(WordClass::ORG));
        if let (Some(h), true) = (surname_hit, org_name) {
            self.hits[h].consumed = true;
        } else if let Some(h) = surname_hit {
            let Target::Surname { entity } = self.hits[h].target else { return };
            self.hits[h].consumed = true;
            let known_initial = fold_str(&self.lex.entity(entity).name).chars().next();
            let what = if words >= 2 && self.folded(first).chars().next() == known_initial {
                What::Known { entity, kind: MentionKind::Person }
            } else {
                let mut info = cue.map(|(_, info)| info).unwrap_or_default();
                info.country = info.country.or_else(|| self.nationality_before(first));
                What::Person(info)
            };
            out.push(Candidate { span: Span::new(self.tokens[first].start, self.tokens[last].end), what });
            return;
        }

        let mut last = last;
        let mut start = self.tokens[first].start;
        let at_place =
            self.preposition_before(first).has(WordClass::PLACE_PREPOSITION) || self.place_noun_before(first);
        let org_word = |s: &Self, t: usize| s.class(t).has(WordClass::ORG);
        // Whether a capitalised word of the sequence has one of `classes`.
        let any =
            |classes: WordClass| (first..=last).any(|t| self.tokens[t].cap && self.class(t).has(classes));
        let common_noun = any(WordClass::COMMON);
        let role_cue = matches!(cue, Some((TitleKind::Role, _)));
        let mut what = match cue {
            Some((TitleKind::Organisation, _)) => What::Organisation { country: None },
            // "Jeux Olympiques", "Public License": capitalised nouns, no one's name.
            _ if common_noun && !any(WordClass::ORG | WordClass::PLACE) => return,
            // "le président du Crédit Lyonnais": the title's complement, an organisation.
            Some(_) if words >= 2 && any(WordClass::ORG) => What::Organisation { country: None },
            // "Le maire de Kafr Nabl, Raed Fares": a place the title is of, named by its head word.
            Some(_) if words >= 2 && any(WordClass::PLACE) && self.place_noun_before(first) => What::Place,
            Some((_, info)) if words == 1 => What::Lone { cue: Some(info), place: false },
            Some((_, info)) => What::Person(info),
            _ if words == 1 && org_word(self, first) => match self.org_name_from_head(first, first) {
                Some((end, country)) => {
                    last = end;
                    What::Organisation { country }
                }
                None => match self.place_before_org_word(first) {
                    Some((h, country)) => {
                        self.hits[h].consumed = true;
                        start = self.hits[h].span.start;
                        What::Organisation { country }
                    }
                    // "fonder un « Rassemblement »": an organisation word quoted as a name.
                    None if self.quoted(first, first) => What::Organisation { country: None },
                    None => What::Lone { cue: None, place: false },
                },
            },
            // "dans le Sud-Ouest", "dans l'Extrême-Nord": a region named by its compass point.
            _ if words == 1 => {
                let compass = self.tokens[first].hyphenated && self.class(first).has(WordClass::PLACE_OF);
                What::Lone { cue: None, place: (at_place || compass) && !self.is_initial(first) }
            }
            // "le G5 Sahel": a word with a digit names no one; first and shaped as an acronym, it
            // opens an organisation's name; else the name is a thing's ("Airbus A321", "Soukhoï
            // Su-30").
            _ if (first..=last).any(|t| self.word(t).bytes().any(|b| b.is_ascii_digit())) => {
                if !acronym_shaped(self.word(first)) {
                    return;
                }
                What::Organisation { country: None }
            }
            // "le Wilson Center": a name ending on an organisation's word is one, whatever its
            // first word.
            _ if first_name(self, first) && !common_noun && !(words >= 2 && org_word(self, last)) => {
                What::Person(PersonInfo::default())
            }
            _ if any(WordClass::ORG) => {
                // "le Parti du Congrès népalais": the name goes on as one from its head would.
                let mut country = None;
                if org_word(self, first) {
                    if let Some((end, of_name)) = self.org_name_from_head(first, last) {
                        (last, country) = (end, of_name);
                    }
                }
                What::Organisation { country }
            }
            _ if at_place || any(WordClass::PLACE) => What::Place,
            // "que Buenos Aires appelle « Islas Malvinas »": what a thing is called, in quotes,
            // with no first name, is no one.
            _ if self.quoted(first, last) => return,
            // "autour de Gondar et de Bahir Dar": a name coordinated with the place before it.
            _ if self.coordinated_with_a_place_before(first, out) => What::Place,
            _ if words <= 3 => What::Person(PersonInfo::default()),
            _ => What::Organisation { country: None },
        };
        if let What::Person(info) | What::Lone { cue: Some(info), .. } = &mut what {
            if info.country.is_none() {
                info.country = self.nationality_before(first);
            }
            if info.country.is_none() && role_cue {
                info.country = self.country_after_name(last);
            }
            if info.country.is_none() {
                info.country = self.country_in_apposition_after(last);
            }
        }
        out.push(Candidate { span: Span::new(start, self.tokens[last].end), what });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens as read from the words [`scan_words`] finds, and its word starts.
    fn tokens_of_words(text: &str, start: usize, end: usize) -> (Vec<Token>, Vec<usize>) {
        let (mut words, mut starts) = (Vec::new(), Vec::new());
        scan_words(text, start, end, &mut words, &mut starts);
        let tokens = words
            .iter()
            .map(|w| {
                let word = &text[w.start..w.end];
                let cap = word.chars().next().is_some_and(char::is_uppercase);
                let upper = cap
                    && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !word.chars().any(char::is_lowercase);
                Token {
                    start: w.start,
                    end: w.end,
                    cap,
                    upper,
                    hyphenated: w.hyphenated,
                    class: WordClass::default(),
                    hit: None,
                }
            })
            .collect();
        (tokens, starts)
    }

    fn check(before: &str, piece: &str, after: &str) {
        let text = format!("{before}{piece}{after}");
        let (start, end) = (before.len(), before.len() + piece.len());
        let (mut tokens, mut notable, mut starts) = (Vec::new(), Vec::new(), Vec::new());
        let lex = Lexicon::default();
        tokenize(&text, start, end, &mut tokens, &mut notable, &mut starts, |start, _| {
            Some(lex.walk_from(start))
        });
        let expected_notable: Vec<usize> =
            (0..tokens.len()).filter(|&t| tokens[t].cap || tokens[t].hyphenated).collect();
        assert_eq!(notable, expected_notable, "{piece:?}");
        let starts: Vec<usize> = starts.iter().map(|w| w.start).collect();
        let (expected, expected_starts) = tokens_of_words(&text, start, end);
        let key = |t: &Token| (t.start, t.end, t.cap, t.upper, t.hyphenated);
        assert_eq!(tokens.iter().map(key).collect::<Vec<_>>(), expected.iter().map(key).collect::<Vec<_>>());
        assert_eq!(starts, expected_starts, "{piece:?}");
    }

    #[test]
    fn tokens_are_the_words_of_the_fold() {
        check(
            "",
            "M. al-Assad, «Jean-Marc» - a-t-il dit;x- OTAN É\u{301}tats-\u{2011}Unis ÉTÉ ×÷ Ⱥb-\u{1}c",
            "",
        );
        check("ab-", "-cd EU-Turquie", "-ef");
    }

    #[test]
    fn ascii_runs_end_where_the_first_byte_that_is_no_ascii_word_byte_is() {
        // Every byte value at every place of the eight-byte blocks, and in the tail after them.
        for len in [8, 11, 16] {
            for at in 1..len {
                for b in 0..=255u8 {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    let expected = if is_ascii_word_byte(b) { len } else { at };
                    assert_eq!(ascii_word_run_end(&bytes, 0), expected, "{b:#x} at {at} of {len}");
                }
            }
        }
    }

    #[test]
    fn non_ascii_chars_are_read_as_the_fold_reads_them() {
        for c in (0x80..0x3100).filter_map(char::from_u32) {
            let text = c.to_string();
            assert_eq!(non_ascii_char(&text, 0), (is_word_char(c), c.len_utf8()), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_tokenizes_as_its_words(
            before in "[a-zé \\-\u{1}]{0,3}",
            text in "[a-zA-Z0-9 \\-.,'’«»éÉœŒßİȺ×÷\u{301}\u{2010}\u{a0}\u{1}\n]{0,40}",
            after in "[a-zé \\-\u{301}]{0,3}",
        ) {
            check(&before, &text, &after);
        }

        #[test]
        fn any_string_tokenizes_as_its_words(text in proptest::prelude::any::<String>()) {
            check("", &text, "");
        }
    }
}
