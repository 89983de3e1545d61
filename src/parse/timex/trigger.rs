//! The sentence prefilter: a sentence without a digit or a word of a trigger class (see
//! `Vocab::load_trigger`) has no match and is not tokenised.
//!
//! A deterministic automaton over the bytes of the sentence, built from every spelling of the
//! trigger words the tokenizer would find (`spellings`), case-insensitive for ASCII. A word starts
//! where the byte before it is not an ASCII letter and ends where the byte after it is neither
//! an ASCII letter nor a digit; an elided word ("jusqu'") runs into the next. Non-ASCII letters
//! count as boundaries, which only lets more sentences through. One table look-up per byte, and
//! no warming up: the automaton is complete when it is built.

use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
use std::collections::HashMap;

/// Beyond this many states times classes of the minimal automaton (the vocabulary would have to
/// grow severalfold), there is no trigger and every sentence is tokenised: the table holds 16-bit
/// states.
const MAX_ENTRIES: usize = 1 << 16;
const TABLE_LEN: usize = MAX_ENTRIES + 256;
/// Beyond this many states before minimising, likewise.
const MAX_SUBSETS: usize = 1 << 20;
/// Beyond this many spellings of one word, likewise.
const MAX_SPELLINGS: usize = 1024;

#[derive(Debug)]
pub(super) struct Trigger {
    /// Byte → its class: ASCII letters with their capitals, each byte the spellings use, and
    /// the rest by what they are (a digit, another letter, a boundary).
    classes: [u8; 256],
    /// `next[state + class]`, states premultiplied by the number of classes; state 0 is the
    /// match, which the automaton never leaves. 16 bits an entry, to keep the table small in the
    /// cache; long enough for any 16-bit state and 8-bit class, so that no index needs checking
    /// (the pages past the states are never touched).
    next: Box<[u16; TABLE_LEN]>,
    start: u16,
    /// The states where a whole word has just been read: a match if the text ends there.
    ends_word: Vec<bool>,
    /// The states where a weak word (`with_weak`) has been read, or has just been.
    weak: Vec<bool>,
    stride: usize,
}

/// What the trigger finds in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Seen {
    Nothing,
    /// Weak words only.
    Weak,
    /// A digit or a word.
    Trigger,
}

impl Trigger {
    /// The share of the 16-bit table the states take (the prefilter is dropped beyond 1).
    #[cfg(test)]
    pub fn table_use(&self) -> f64 {
        (self.ends_word.len() * self.stride) as f64 / MAX_ENTRIES as f64
    }

    /// Whether `text` has a digit or a trigger word, weak or not.
    #[cfg(test)]
    pub fn is_match(&self, text: &str) -> bool {
        self.scan(text) != Seen::Nothing
    }

    /// Whether `text` has a digit or a trigger word, or weak words only, or none.
    #[inline(never)]
    pub fn scan(&self, text: &str) -> Seen {
        let (classes, next) = (&self.classes, &*self.next);
        let step = |state: u16, b: u8| next[usize::from(state) + usize::from(classes[b as usize])];
        let mut state = self.start;
        // The match is a state the automaton never leaves: look for it every eight bytes.
        let mut chunks = text.as_bytes().chunks_exact(8);
        for chunk in &mut chunks {
            for &b in chunk {
                state = step(state, b);
            }
            if state == 0 {
                return Seen::Trigger;
            }
        }
        for &b in chunks.remainder() {
            state = step(state, b);
        }
        let state = state as usize / self.stride;
        if state == 0 || self.ends_word[state] {
            Seen::Trigger
        } else if self.weak[state] {
            Seen::Weak
        } else {
            Seen::Nothing
        }
    }

    /// The automaton for these words (normalised keys, `vocab::normalise_key`); `None` if it
    /// would be too large.
    #[cfg(test)]
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Option<Trigger> {
        Trigger::with_weak(words, [])
    }

    /// The automaton for `words` and for `weak` words, which are no match but are told apart
    /// from nothing (`scan`); weak words elided ("jusqu'") are words.
    pub fn with_weak<'a>(
        words: impl IntoIterator<Item = &'a str>,
        weak: impl IntoIterator<Item = &'a str>,
    ) -> Option<Trigger> {
        let mut trie = Trie::default();
        trie.node();
        let words = words.into_iter().map(|w| (w, END_WORD)).chain(weak.into_iter().map(|w| (w, END_WEAK)));
        for (word, end) in words {
            for spelling in spellings(word)? {
                let elided = spelling.ends_with('\'') || spelling.ends_with(['’', 'ʼ', '`']);
                trie.insert(spelling.as_bytes(), if elided { END_ELIDED } else { end });
            }
        }
        trie.determinise()
    }
}

const END_WORD: u8 = 1;
const END_ELIDED: u8 = 2;
const END_WEAK: u8 = 4;
/// In a state's set of nodes: a weak word has been read. It stays in every state after.
const WEAK_READ: u32 = u32::MAX;

/// The spellings of the trigger words, a node per prefix; ASCII letters are stored lowercase.
#[derive(Default)]
struct Trie {
    /// Children of each node, by byte (a few each); node 0 is the root.
    children: Vec<Vec<(u8, u32)>>,
    ends: Vec<u8>,
}

impl Trie {
    fn node(&mut self) -> u32 {
        self.children.push(Vec::new());
        self.ends.push(0);
        (self.children.len() - 1) as u32
    }

    fn insert(&mut self, spelling: &[u8], end: u8) {
        let mut node = 0;
        for &b in spelling {
            let b = b.to_ascii_lowercase();
            node = match self.child(node, b) {
                Some(child) => child,
                None => {
                    let child = self.node();
                    self.children[node as usize].push((b, child));
                    child
                }
            };
        }
        self.ends[node as usize] |= end;
    }

    fn child(&self, node: u32, b: u8) -> Option<u32> {
        self.children[node as usize].iter().find(|(c, _)| *c == b).map(|&(_, child)| child)
    }

    /// Subset construction: a state is the set of trie nodes reached by the words being read
    /// (the root after every boundary byte).
    fn determinise(&self) -> Option<Trigger> {
        // Byte classes: a byte of the spellings is its own class (with its capital if it is an
        // ASCII letter); other bytes only matter as letters, digits or boundaries.
        let mut classes = [0u8; 256];
        let mut representatives: Vec<u8> = Vec::new();
        let mut used = [false; 256];
        for children in &self.children {
            for &(b, _) in children {
                used[b as usize] = true;
            }
        }
        let (mut other_letter, mut digit, mut boundary) = (None, None, None);
        for b in 0..=255u8 {
            let folded = b.to_ascii_lowercase();
            let class = if used[folded as usize] {
                if folded != b {
                    classes[folded as usize]
                } else {
                    representatives.push(b);
                    (representatives.len() - 1) as u8
                }
            } else {
                let slot = match b {
                    b'0'..=b'9' => &mut digit,
                    b'a'..=b'z' | b'A'..=b'Z' => &mut other_letter,
                    _ => &mut boundary,
                };
                *slot.get_or_insert_with(|| {
                    representatives.push(b);
                    (representatives.len() - 1) as u8
                })
            };
            classes[b as usize] = class;
        }
        // Upper-case letters come before their lower case in byte order: fix them up.
        for b in b'A'..=b'Z' {
            classes[b as usize] = classes[b.to_ascii_lowercase() as usize];
        }
        let stride = representatives.len();

        // State 0: the match. States are interned by their (sorted) node sets.
        let mut sets: Vec<Vec<u32>> = vec![Vec::new(), vec![0]];
        let mut ids: HashMap<Vec<u32>, u32, foldhash::fast::FixedState> = HashMap::default();
        ids.insert(vec![0], 1);
        let mut to = Vec::new();
        let mut next = vec![0u32; 2 * stride];
        let mut ends_word = vec![false, false];
        let mut weak = vec![false, false];
        let mut todo = vec![1u32];
        // Per class, the trie nodes the words being read go on to, and whether one of them ends
        // an elided word: gathered from the nodes' children in one pass over the state's set.
        let mut children_of_class: Vec<Vec<u32>> = vec![Vec::new(); stride];
        let mut elided = vec![false; stride];
        while let Some(state) = todo.pop() {
            let set = sets[state as usize].clone();
            let ends = |end: u8| set.iter().any(|&n| n != WEAK_READ && self.ends[n as usize] & end != 0);
            let (ends_a_word, ends_weak, weak_read) =
                (ends(END_WORD), ends(END_WEAK), set.contains(&WEAK_READ));
            ends_word[state as usize] = ends_a_word;
            weak[state as usize] = weak_read || ends_weak;
            children_of_class.iter_mut().for_each(Vec::clear);
            elided.fill(false);
            for &n in set.iter().filter(|&&n| n != WEAK_READ) {
                for &(b, child) in &self.children[n as usize] {
                    let class = usize::from(classes[b as usize]);
                    children_of_class[class].push(child);
                    elided[class] |= self.ends[child as usize] & END_ELIDED != 0;
                }
            }
            // Most classes go on to no node: their target depends only on whether the byte is a
            // letter and whether a weak word has been read, and is looked up once for each.
            let mut without_children: [Option<u32>; 4] = [None; 4];
            for (class, &b) in representatives.iter().enumerate() {
                let alnum = b.is_ascii_alphanumeric();
                // A digit, the end of a word, or an elided word read: a match.
                if b.is_ascii_digit() || ends_a_word && !alnum || elided[class] {
                    next[state as usize * stride + class] = 0;
                    continue;
                }
                let letter = b.is_ascii_alphabetic();
                let weak_after = weak_read || ends_weak && !alnum;
                let memo = children_of_class[class]
                    .is_empty()
                    .then_some(usize::from(letter) * 2 + usize::from(weak_after));
                if let Some(id) = memo.and_then(|m| without_children[m]) {
                    next[state as usize * stride + class] = id;
                    continue;
                }
                // The nodes reached, the root after a byte that is not a letter, and whether a weak
                // word has been read.
                to.clear();
                to.extend_from_slice(&children_of_class[class]);
                if !letter {
                    to.push(0);
                }
                if weak_after {
                    to.push(WEAK_READ);
                }
                to.sort_unstable();
                to.dedup();
                let target = match ids.get(&to) {
                    Some(&id) => id,
                    None => {
                        let id = sets.len() as u32;
                        if sets.len() + 1 > MAX_SUBSETS {
                            return None;
                        }
                        ids.insert(to.clone(), id);
                        sets.push(to.clone());
                        next.extend(std::iter::repeat_n(0, stride));
                        ends_word.push(false);
                        weak.push(false);
                        todo.push(id);
                        id
                    }
                };
                if let Some(m) = memo {
                    without_children[m] = Some(target);
                }
                next[state as usize * stride + class] = target;
            }
        }
        // The words share their endings ("janvier", "février"): states with the same future are
        // one, which keeps the table small.
        let (block, blocks) = minimise(&next, stride, &ends_word, &weak);
        if blocks * stride > MAX_ENTRIES {
            return None;
        }
        let mut table: Box<[u16; TABLE_LEN]> =
            vec![0; TABLE_LEN].into_boxed_slice().try_into().expect("the table's length");
        let (mut ends_word_of, mut weak_of) = (vec![false; blocks], vec![false; blocks]);
        for (state, &b) in block.iter().enumerate() {
            let b = b as usize;
            ends_word_of[b] = ends_word[state];
            weak_of[b] = weak[state];
            for class in 0..stride {
                let target = block[next[state * stride + class] as usize] as usize;
                table[b * stride + class] = (target * stride) as u16;
            }
        }
        let start = (block[1] as usize * stride) as u16;
        Some(Trigger { classes, next: table, start, ends_word: ends_word_of, weak: weak_of, stride })
    }
}

/// The minimal automaton's states (Moore's refinement): for each state of `next` (`stride`
/// targets a state), its block, and the number of blocks. Block 0 is state 0's, the match.
fn minimise(next: &[u32], stride: usize, ends_word: &[bool], weak: &[bool]) -> (Vec<u32>, usize) {
    let states = ends_word.len();
    // First told apart by what a state is: the match, and what the text may end on.
    let mut block: Vec<u32> = (0..states)
        .map(|s| if s == 0 { 0 } else { 1 + u32::from(ends_word[s]) * 2 + u32::from(weak[s]) })
        .collect();
    let mut count = 0;
    // Each state's signature, in one buffer: its block, then its targets' blocks.
    let width = stride + 1;
    let mut signatures = vec![0u32; states * width];
    loop {
        for (s, signature) in signatures.chunks_exact_mut(width).enumerate() {
            signature[0] = block[s];
            for (to, &t) in signature[1..].iter_mut().zip(&next[s * stride..(s + 1) * stride]) {
                *to = block[t as usize];
            }
        }
        // State 0 first, so that its block stays 0.
        let mut ids: HashMap<&[u32], u32, foldhash::fast::FixedState> = HashMap::default();
        let refined: Vec<u32> = signatures
            .chunks_exact(width)
            .map(|signature| {
                let fresh = ids.len() as u32;
                *ids.entry(signature).or_insert(fresh)
            })
            .collect();
        let blocks = ids.len();
        block = refined;
        if blocks == count {
            return (block, blocks);
        }
        count = blocks;
    }
}

/// Every spelling the tokenizer reads as `key` (a form of the table): each character or any
/// that lowercases to it, any apostrophe for the apostrophe, and the capitals that lost their
/// accent ("Eté", "A": `tokens::lookup`). ASCII capitals are left to the automaton, which
/// ignores their case. `None` if there are too many.
pub(super) fn spellings(key: &str) -> Option<Vec<String>> {
    let chars: Vec<char> = key.chars().collect();
    // The spellings of `chars[i..]`, from the end.
    let mut suffixes: Vec<Vec<String>> = vec![Vec::new(); chars.len() + 1];
    suffixes[chars.len()] = vec![String::new()];
    for i in (0..chars.len()).rev() {
        let c = chars[i];
        // (spelling, characters of the key it stands for)
        let mut options: Vec<(String, usize)> = match c {
            '\'' => ["'", "’", "ʼ", "`"].map(|a| (a.to_string(), 1)).to_vec(),
            _ => capitals(c).into_iter().map(|u| (u.to_string(), 1)).collect(),
        };
        // "İ" lowercases to two characters.
        if c == 'i' && chars.get(i + 1) == Some(&'\u{307}') {
            options.push(("İ".to_string(), 2));
        }
        if i == 0 && c == 'é' {
            options.push(("e".to_string(), 1));
        }
        if key == "à" {
            options.push(("a".to_string(), 1));
        }
        let mut here = Vec::new();
        for (option, len) in options {
            for tail in &suffixes[i + len] {
                here.push(option.clone() + tail);
            }
        }
        if here.len() > MAX_SPELLINGS {
            return None;
        }
        suffixes[i] = here;
    }
    let mut out = std::mem::take(&mut suffixes[0]);
    out.sort();
    out.dedup();
    Some(out)
}

/// `c` and the characters that lowercase to it alone, but ASCII capitals (the automaton
/// ignores ASCII case): for 'k', KELVIN SIGN; for 'é', 'É'.
pub(super) fn capitals(c: char) -> Vec<char> {
    // ASCII but 'k' has no such capital (case folding pairs an ASCII letter with its ASCII
    // capital, 'k' with KELVIN SIGN too, 's' with LONG S, which is lower case): the table look-up
    // of case folding is spared for most characters of the words.
    if c.is_ascii() && c != 'k' {
        return vec![c];
    }
    let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    // Simple case folding relates every character to those that lowercase to it.
    class.case_fold_simple();
    let mut out = vec![c];
    for range in class.iter() {
        for u in range.start()..=range.end() {
            if u != c && !u.is_ascii() && u.to_lowercase().eq([c]) {
                out.push(u);
            }
        }
    }
    out
}
