//! The lexicon patterns as a trie in a dense transition table, walked from a word start over the
//! text folded as it is read (see [`super::Lexicon::longest_form_at`]).
//!
//! The walk is anchored, so the automaton needs no failure links: it is the trie of the folded
//! patterns. Its table is indexed by byte class (the few bytes the patterns use, and one class for
//! all others) and, for a plain ASCII char of the text, by the column that also takes the
//! word-start mark a new word brings: one look-up per ASCII char.

use super::fold::{self, WORD_START};
use anyhow::{ensure, Result};

/// A state: its row's offset in the table (its index times the row width). The dead state is 0;
/// states that end a pattern come next, so one comparison tells a plain state from the others.
pub(super) type State = u32;

pub(super) const DEAD: State = 0;

pub(super) struct Forms {
    /// The class of every byte: 0 for the bytes no pattern has.
    class: [u8; 256],
    /// Columns per row: one per class, then one per class for "the mark, then that class".
    stride: usize,
    /// `trans[state + column]` is the next state.
    trans: Vec<State>,
    /// States below this one are dead or end a pattern.
    first_plain: State,
    /// The pattern each matching state ends, by state index (state / stride).
    pattern_of: Vec<u32>,
    pub(super) start: State,
    /// For a text ASCII byte `b`, at `in_word * 128 + b`: the column of its folded byte, with the
    /// mark before it when it starts a word (`in_word` says whether the char before was a word char).
    ascii_column: [u32; 256],
    /// For the chars U+00C0..=U+00FF (accented Latin letters, most non-ASCII chars of French
    /// text), by their second UTF-8 byte's low six bits: the columns of their folded bytes.
    latin1: [Latin1Step; 64],
}

/// The walk over one char of U+00C0..=U+00FF (see [`Forms::latin1`]).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Latin1Step {
    /// The column of its first folded byte, by whether the char before was a word char: with
    /// the mark before it when the char starts a word.
    pub(super) first: [u32; 2],
    /// The column of its second folded byte ("æ" folds to "ae"), if any.
    pub(super) second: Option<u32>,
    /// It is a word char.
    pub(super) word: bool,
}

impl Forms {
    /// The trie of `patterns`, which are distinct and do not end with a mark.
    pub(super) fn new(patterns: &[Vec<u8>]) -> Result<Forms> {
        // Byte classes: 0 for bytes no pattern uses.
        let mut class = [0u8; 256];
        let mut classes = 1usize;
        for &b in patterns.iter().flatten() {
            if class[usize::from(b)] == 0 {
                class[usize::from(b)] = u8::try_from(classes)?;
                classes += 1;
            }
        }
        // The trie, with node 0 dead and node 1 the root: `children[node * classes + class]`.
        let mut children: Vec<u32> = vec![0; 2 * classes];
        let mut ends: Vec<Option<u32>> = vec![None, None];
        for (p, pattern) in patterns.iter().enumerate() {
            ensure!(pattern.last() != Some(&WORD_START), "a lexicon pattern ends with a word-start mark");
            let mut node = 1usize;
            for &b in pattern {
                let edge = node * classes + usize::from(class[usize::from(b)]);
                if children[edge] == 0 {
                    children[edge] = u32::try_from(ends.len())?;
                    children.resize(children.len() + classes, 0);
                    ends.push(None);
                }
                node = children[edge] as usize;
            }
            ensure!(ends[node].is_none(), "a lexicon pattern appears twice");
            ends[node] = Some(u32::try_from(p)?);
        }
        // Renumber: dead, then the nodes that end a pattern, then the others.
        let nodes = ends.len();
        let mut order: Vec<usize> = vec![0];
        order.extend((1..nodes).filter(|&n| ends[n].is_some()));
        let first_plain_index = order.len();
        order.extend((1..nodes).filter(|&n| ends[n].is_none()));
        let stride = 2 * classes;
        ensure!(nodes * stride <= u32::MAX as usize, "the lexicon automaton is too large");
        let mut state_of = vec![DEAD; nodes];
        for (i, &n) in order.iter().enumerate() {
            state_of[n] = (i * stride) as State;
        }
        let mark = usize::from(class[usize::from(WORD_START)]);
        let mut trans = vec![DEAD; nodes * stride];
        for (row, &n) in trans.chunks_exact_mut(stride).zip(&order) {
            let (plain, after_mark) = row.split_at_mut(classes);
            let node_children = &children[n * classes..(n + 1) * classes];
            for (to, &child) in plain.iter_mut().zip(node_children) {
                *to = state_of[child as usize];
            }
            let marked = if mark == 0 { 0 } else { node_children[mark] as usize };
            if marked != 0 {
                let marked_children = &children[marked * classes..(marked + 1) * classes];
                for (to, &child) in after_mark.iter_mut().zip(marked_children) {
                    *to = state_of[child as usize];
                }
            }
        }
        let pattern_of = order[..first_plain_index].iter().map(|&n| ends[n].unwrap_or(u32::MAX)).collect();
        let mut ascii_column = [0u32; 256];
        for b in 0..128u8 {
            let plain = u32::from(class[usize::from(b.to_ascii_lowercase())]);
            let starts_word = fold::is_ascii_word_byte(b);
            ascii_column[usize::from(b)] = if starts_word { classes as u32 + plain } else { plain };
            ascii_column[128 + usize::from(b)] = plain;
        }
        let mut latin1 = [Latin1Step::default(); 64];
        for (low, step) in (0u32..).zip(latin1.iter_mut()) {
            let c = char::from_u32(0xC0 + low).unwrap_or_default();
            let folded = fold::latin1_folded(c).unwrap_or_default();
            let column = |b: u8| u32::from(class[usize::from(b)]);
            let (first, second) = match *folded {
                [first] => (column(first), None),
                [first, second] => (column(first), Some(column(second))),
                _ => anyhow::bail!("a Latin-1 letter folds to one or two bytes"),
            };
            let word = fold::is_word_char(c);
            *step = Latin1Step {
                first: [if word { classes as u32 + first } else { first }, first],
                second,
                word,
            };
        }
        Ok(Forms {
            class,
            stride,
            trans,
            first_plain: (first_plain_index * stride) as State,
            pattern_of,
            start: state_of[1],
            ascii_column,
            latin1,
        })
    }

    /// The state after the ASCII char `b` of the text, from `state`; `in_word` says whether the
    /// char before was a word char.
    #[inline(always)]
    pub(super) fn step_ascii(&self, state: State, in_word: bool, b: u8) -> State {
        let column = self.ascii_column[usize::from(in_word) << 7 | usize::from(b & 0x7f)];
        self.trans[(state + column) as usize]
    }

    /// How the walk reads the char U+00C0..=U+00FF whose UTF-8 bytes are 0xC3 and `second`.
    #[inline(always)]
    pub(super) fn latin1(&self, second: u8) -> &Latin1Step {
        &self.latin1[usize::from(second & 0x3f)]
    }

    /// The state after the byte (or mark and byte) of column `column`, from `state`.
    #[inline(always)]
    pub(super) fn step_column(&self, state: State, column: u32) -> State {
        self.trans[(state + column) as usize]
    }

    /// The state after folded byte `b`, from `state`.
    #[inline(always)]
    pub(super) fn step_byte(&self, state: State, b: u8) -> State {
        self.trans[state as usize + usize::from(self.class[usize::from(b)])]
    }

    /// Whether `state` is dead or ends a pattern (the rare cases a walk must look at).
    #[inline(always)]
    pub(super) fn is_special(&self, state: State) -> bool {
        state < self.first_plain
    }

    /// The pattern a matching state ends.
    pub(super) fn pattern(&self, state: State) -> usize {
        self.pattern_of[state as usize / self.stride] as usize
    }
}

/// The runs of ASCII letters and digits the patterns start with (after their mark). A word start
/// of the text whose run of ASCII letters and digits is followed by an ASCII char that is no
/// letter or digit (or by the end) can only start a form whose first run is that run: one look-up
/// of the run rules most word starts out, and gives the state after it to the others, so the walk
/// need not read the run again.
pub(super) struct FirstRuns {
    /// Runs of up to eight bytes, lowercase, as little-endian keys (never 0), by [`slot_of`]
    /// with linear probing; a free slot has key 0.
    short: Box<[ShortRun; SHORT_SLOTS]>,
    /// Longer runs: a bit per hash of the run, set when a pattern starts with a run of that hash.
    long: Box<[u64; LONG_WORDS]>,
}

#[derive(Clone, Copy, Default)]
struct ShortRun {
    key: u64,
    /// The state after the mark and the run.
    state: State,
}

/// What [`FirstRuns::look_up`] tells of a word start.
pub(super) enum FirstRun {
    /// No form starts with the run as a whole word run.
    None,
    /// A form may: walk from the start.
    Walk,
    /// A form may: walk on from the end of the run, in this state.
    After(State),
}

/// Bits for the hashes of long runs: a few hundred runs set a few percent of them.
const LONG_BITS: u32 = 16;
const LONG_WORDS: usize = (1 << LONG_BITS) / 64;
/// Slots for short runs: a power of two, at most half full with a few thousand runs.
const SHORT_SLOT_BITS: u32 = 13;
const SHORT_SLOTS: usize = 1 << SHORT_SLOT_BITS;

impl FirstRuns {
    pub(super) fn new(patterns: &[Vec<u8>], forms: &Forms) -> Result<FirstRuns> {
        let mut short = Box::new([ShortRun::default(); SHORT_SLOTS]);
        let mut long = Box::new([0u64; LONG_WORDS]);
        let mut runs = 0;
        for pattern in patterns {
            let Some(rest) = pattern.strip_prefix(&[WORD_START]) else { continue };
            let len = rest.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            // A run that a letter or digit of another alphabet goes on cannot be a whole ASCII run
            // of the text; counted anyway, it costs only a look-up.
            if len == 0 {
                continue;
            }
            if len > 8 {
                let h = long_hash(rest, 0, len);
                long[h / 64] |= 1 << (h % 64);
                continue;
            }
            let key = short_key(rest, 0, len);
            let mut slot = slot_of(key);
            while short[slot].key != 0 && short[slot].key != key {
                slot = (slot + 1) % SHORT_SLOTS;
            }
            if short[slot].key == 0 {
                runs += 1;
                ensure!(runs < SHORT_SLOTS / 2, "too many first words in the lexicon");
                let state = rest[..len]
                    .iter()
                    .fold(forms.step_byte(forms.start, WORD_START), |state, &b| forms.step_byte(state, b));
                short[slot] = ShortRun { key, state };
            }
        }
        Ok(FirstRuns { short, long })
    }

    /// What the lexicon may find from the word start whose run of ASCII letters and digits (of
    /// any case) is `bytes[start..end]`, when the char after it folds to an ASCII char that is no
    /// letter or digit, or there is none.
    #[inline]
    pub(super) fn look_up(&self, bytes: &[u8], start: usize, end: usize) -> FirstRun {
        let len = end - start;
        if len > 8 {
            let h = long_hash(bytes, start, end);
            return if self.long[h / 64] & (1 << (h % 64)) != 0 { FirstRun::Walk } else { FirstRun::None };
        }
        let key = short_key(bytes, start, len);
        let mut slot = slot_of(key);
        loop {
            let run = self.short[slot];
            if run.key == key {
                return FirstRun::After(run.state);
            }
            if run.key == 0 {
                return FirstRun::None;
            }
            slot = (slot + 1) % SHORT_SLOTS;
        }
    }
}

/// Eight bytes from `at`, little-endian, zeros past the end of `bytes`.
#[inline(always)]
fn load8(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(chunk) => u64::from_le_bytes(chunk.try_into().unwrap_or_default()),
        None => {
            let mut chunk = [0u8; 8];
            let piece = bytes.get(at..).unwrap_or_default();
            let n = piece.len().min(8);
            chunk[..n].copy_from_slice(&piece[..n]);
            u64::from_le_bytes(chunk)
        }
    }
}

/// Bit 0x20 in every byte: set, it makes an ASCII letter lowercase and leaves a digit as it is.
const LOWER: u64 = u64::from_le_bytes([0x20; 8]);

/// The lowercase of the ASCII letters and digits `bytes[start..start + len]` (1 to 8 bytes) as a
/// little-endian number: never 0, and distinct for distinct runs.
#[inline(always)]
fn short_key(bytes: &[u8], start: usize, len: usize) -> u64 {
    (load8(bytes, start) | LOWER) & (u64::MAX >> (64 - 8 * len))
}

#[inline(always)]
fn slot_of(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SHORT_SLOT_BITS)) as usize
}

/// A hash of the lowercase of the ASCII letters and digits `bytes[start..end]` (more than eight):
/// its first and last eight bytes and its length.
#[inline(always)]
fn long_hash(bytes: &[u8], start: usize, end: usize) -> usize {
    let key = (load8(bytes, start) | LOWER) ^ (load8(bytes, end - 8) | LOWER).rotate_left(29);
    let mixed = (key ^ ((end - start) as u64) << 56).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - LONG_BITS)) as usize
}
