//! The lexicon patterns as a trie, walked from a word start over the text folded as it is read
//! (see [`super::Lexicon::longest_form_at`]).
//!
//! The walk is anchored, so the automaton needs no failure links: it is the trie of the folded
//! patterns. Its edges are labelled by column: the byte class (the few bytes the patterns use, and
//! one class for all others), or, for the word-start mark and the byte after it, the class of that
//! byte plus the number of classes. The mark's own node is left out: a plain ASCII char of the
//! text, with the mark a new word brings, is one step.
//!
//! The trie is stored as a double array: a state is a slot, the slot of its child on column `c` is
//! its base plus `c`, and each slot holds its own column, so a step reads one slot and checks it.
//! Bases are distinct, so a slot whose column matches is the child of the state stepped from.
//! The slots take about four bytes per node (13,169 slots for 13,087 nodes: 53 KB, within the L2
//! cache), where a dense table of a row per node took 4.2 MB and made almost every walk miss it.

use super::fold::{self, WORD_START};
use anyhow::{ensure, Result};

/// A state: its slot. The dead state is slot 0.
pub(super) type State = u32;

pub(super) const DEAD: State = 0;

/// What the double array holds for a state: its column, whether it is special, its children's
/// base (see [`Forms::new`]).
pub(super) type Slot = u32;

/// What the walk knows of the char before: whether a word char of the text starts a word (and
/// brings a mark), and whether a mark is pending. Indexes [`Forms::ascii_column`] (times 128)
/// and [`Latin1Step::first`].
pub(super) type Mode = usize;
/// The char before is no word char (or there is none).
pub(super) const AFTER_GAP: Mode = 0;
/// The char before is a word char.
pub(super) const IN_WORD: Mode = 1;
/// The chars since the last folded byte started a word but folded to nothing (a combining
/// accent after a space): the mark is read, the next folded byte comes after it, whatever char it
/// comes from.
pub(super) const MARK_PENDING: Mode = 2;
/// Rows of [`Forms::ascii_column`]: the modes, and one unused, so that a mode masked with
/// `MODES - 1` indexes it without a bounds check.
const MODES: usize = 4;

/// A slot: its column (the label of the edge into it), whether its state ends a pattern, and the
/// base of its children.
const COLUMN_BITS: u32 = 8;
const COLUMN: u32 = (1 << COLUMN_BITS) - 1;
/// The column of a slot no edge leads into (free slots, the dead state, the root).
const NO_COLUMN: u32 = COLUMN;
/// Set for the states that end a pattern, and for the dead state.
const SPECIAL: u32 = 1 << COLUMN_BITS;
const BASE_SHIFT: u32 = COLUMN_BITS + 1;
/// The dead state's slot: it ends no pattern but is special, and no step leaves it.
pub(super) const DEAD_SLOT: Slot = NO_COLUMN | SPECIAL;

pub(super) struct Forms {
    /// The class of every byte: 0 for the bytes no pattern has.
    class: [u8; 256],
    /// Classes: columns from here on are "the mark, then the class `column - classes`".
    classes: u32,
    /// The double array (see the module's doc).
    slots: Vec<u32>,
    /// What the caller tells of the pattern each matching state ends, by slot.
    end_of: Vec<u32>,
    pub(super) start: State,
    /// For a text ASCII byte `b`, at `mode * 128 + b`: the column of its folded byte, with the
    /// mark before it when it starts a word or a mark is pending.
    ascii_column: [u32; MODES * 128],
    /// For the chars U+00C0..=U+00FF (accented Latin letters, most non-ASCII chars of French
    /// text), by their second UTF-8 byte's low six bits: the columns of their folded bytes.
    latin1: [Latin1Step; 64],
}

/// The walk over one char of U+00C0..=U+00FF (see [`Forms::latin1`]).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Latin1Step {
    /// The column of its first folded byte, by [`Mode`]: with the mark before it when the char
    /// starts a word or a mark is pending.
    pub(super) first: [u32; MODES],
    /// The column of its second folded byte ("æ" folds to "ae"), if any.
    pub(super) second: Option<u32>,
    /// It is a word char.
    pub(super) word: bool,
}

impl Forms {
    /// The trie of `patterns`, which are distinct, start with a mark and do not end with one, and
    /// have a byte other than a mark after each mark. A match of pattern `p` gives `end_value(p)`
    /// (see [`Forms::end`]).
    pub(super) fn new(patterns: &[Vec<u8>], end_value: impl Fn(usize) -> u32) -> Result<Forms> {
        // Byte classes: 0 for bytes no pattern uses.
        let mut class = [0u8; 256];
        let mut classes = 1usize;
        for &b in patterns.iter().flatten() {
            if class[usize::from(b)] == 0 {
                class[usize::from(b)] = u8::try_from(classes)?;
                classes += 1;
            }
        }
        ensure!(2 * classes <= NO_COLUMN as usize, "the lexicon patterns use too many bytes");
        // The trie, with node 0 dead and node 1 the root: `children[node * classes + class]`.
        // Room for a node per pattern byte at most: growing it would copy it (megabytes) again
        // and again.
        let most_nodes = 2 + patterns.iter().map(Vec::len).sum::<usize>();
        let mut children: Vec<u32> = Vec::with_capacity(most_nodes * classes);
        children.resize(2 * classes, 0);
        let mut ends: Vec<Option<u32>> = vec![None, None];
        for (p, pattern) in patterns.iter().enumerate() {
            ensure!(pattern.last() != Some(&WORD_START), "a lexicon pattern ends with a word-start mark");
            ensure!(
                !pattern.windows(2).any(|w| w == [WORD_START, WORD_START]),
                "a lexicon pattern has two word-start marks in a row"
            );
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
        // The edges by column, the mark's node left out: its children are its parent's, at the
        // columns after the plain ones.
        let mark = usize::from(class[usize::from(WORD_START)]);
        let row = |n: usize| &children[n * classes..(n + 1) * classes];
        let edges_of = |n: usize, edges: &mut Vec<(u32, usize)>| {
            let plain =
                row(n).iter().enumerate().filter(|&(c, &child)| child != 0 && (mark == 0 || c != mark));
            let marked = match row(n).get(mark) {
                Some(&m) if mark != 0 && m != 0 => row(m as usize),
                _ => &[],
            };
            let marked = marked
                .iter()
                .enumerate()
                .filter(|&(_, &child)| child != 0)
                .map(|(c, &child)| (c + classes, child));
            edges.clear();
            edges.extend(
                plain
                    .map(|(c, &child)| (c, child))
                    .chain(marked)
                    .map(|(c, child)| (c as u32, child as usize)),
            );
        };
        // Place the nodes, depth first, so the nodes of a long name's walk are near each other.
        // (The nodes up to two steps past the first word placed first, breadth first, where most
        // walks start: 45 % more cache misses in the walks, measured.)
        let mut slots = vec![DEAD_SLOT, NO_COLUMN];
        let mut used = vec![true, true];
        let mut used_base = vec![true];
        let mut slot_of = vec![DEAD; ends.len()];
        slot_of[1] = 1;
        // The free slots from each slot on, as a chain to the next free one (path-halved).
        let mut next_free: Vec<usize> = vec![1, 2];
        let mut todo = vec![1usize];
        // A node's edges, in a buffer kept from node to node.
        let mut edges = Vec::new();
        while let Some(n) = todo.pop() {
            edges_of(n, &mut edges);
            let slot = slot_of[n] as usize;
            if let Some(&(first_column, _)) = edges.first() {
                let fits = |base: usize, used: &[bool], used_base: &[bool]| {
                    used_base.get(base) != Some(&true)
                        && edges.iter().all(|&(c, _)| used.get(base + c as usize) != Some(&true))
                };
                // The first column's slot: the first free slot where the others fit too.
                let mut free = free_from(&mut next_free, first_column as usize + 1);
                while !fits(free - first_column as usize, &used, &used_base) {
                    free = free_from(&mut next_free, free + 1);
                }
                let base = free - first_column as usize;
                let end = base + edges.last().map_or(0, |&(c, _)| c as usize) + 1;
                if used.len() < end {
                    used.resize(end, false);
                    slots.resize(end, NO_COLUMN);
                }
                if used_base.len() <= base {
                    used_base.resize(base + 1, false);
                }
                used_base[base] = true;
                ensure!(base < 1 << (32 - BASE_SHIFT), "the lexicon automaton is too large");
                slots[slot] |= (base as u32) << BASE_SHIFT;
                for &(c, child) in &edges {
                    let to = base + c as usize;
                    used[to] = true;
                    if next_free.len() <= to {
                        next_free.extend(next_free.len()..=to);
                    }
                    next_free[to] = to + 1;
                    slots[to] = c | if ends[child].is_some() { SPECIAL } else { 0 };
                    slot_of[child] = to as State;
                }
                todo.extend(edges.iter().rev().map(|&(_, child)| child));
            }
        }
        // Room for a step on any column from any slot: the leaves have base 0.
        let len = slots.iter().map(|&s| (s >> BASE_SHIFT) as usize).max().unwrap_or(0) + 2 * classes;
        slots.resize(len.max(slots.len()), NO_COLUMN);
        let mut end_of = vec![u32::MAX; slots.len()];
        for (n, end) in ends.iter().enumerate() {
            if let Some(p) = *end {
                end_of[slot_of[n] as usize] = end_value(p as usize);
            }
        }
        let marked = |plain: u32| classes as u32 + plain;
        let mut ascii_column = [0u32; MODES * 128];
        for b in 0..128u8 {
            let plain = u32::from(class[usize::from(b.to_ascii_lowercase())]);
            let starts_word = fold::is_ascii_word_byte(b);
            ascii_column[AFTER_GAP * 128 + usize::from(b)] = if starts_word { marked(plain) } else { plain };
            ascii_column[IN_WORD * 128 + usize::from(b)] = plain;
            ascii_column[MARK_PENDING * 128 + usize::from(b)] = marked(plain);
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
                first: [if word { marked(first) } else { first }, first, marked(first), 0],
                second,
                word,
            };
        }
        Ok(Forms { class, classes: classes as u32, slots, end_of, start: 1, ascii_column, latin1 })
    }

    /// The state after the ASCII char `b` of the text, from `state`, in `mode`.
    #[inline(always)]
    pub(super) fn step_ascii(&self, state: State, mode: Mode, b: u8) -> State {
        self.step_column(state, self.ascii_column(mode, b))
    }

    /// The column of the ASCII char `b` of the text in `mode`.
    #[inline(always)]
    pub(super) fn ascii_column(&self, mode: Mode, b: u8) -> u32 {
        self.ascii_column[(mode & (MODES - 1)) << 7 | usize::from(b & 0x7f)]
    }

    /// The state after the byte (or mark and byte) of column `column` from the state whose slot
    /// is `slot`, and its slot; when the slot is [`DEAD_SLOT`], the state is not one (the walk
    /// ends there, and need not choose the dead state).
    #[inline(always)]
    pub(super) fn step_from(&self, slot: Slot, column: u32) -> (State, Slot) {
        let to = (slot >> BASE_SHIFT) + column;
        let next = self.slots[to as usize];
        (to, if next & COLUMN == column { next } else { DEAD_SLOT })
    }

    /// [`Forms::step_ascii`] from the state whose slot is `slot`.
    #[inline(always)]
    pub(super) fn step_ascii_from_slot(&self, slot: Slot, mode: Mode, b: u8) -> State {
        self.step_from_slot(slot, self.ascii_column(mode, b))
    }

    /// The slot of `state`: what a step from it reads.
    #[inline(always)]
    pub(super) fn slot(&self, state: State) -> Slot {
        self.slots[state as usize]
    }

    /// Whether the state whose slot is `slot` is dead or ends a pattern.
    #[inline(always)]
    pub(super) fn slot_is_special(slot: Slot) -> bool {
        slot & SPECIAL != 0
    }

    /// How the walk reads the char U+00C0..=U+00FF whose UTF-8 bytes are 0xC3 and `second`.
    #[inline(always)]
    pub(super) fn latin1(&self, second: u8) -> &Latin1Step {
        &self.latin1[usize::from(second & 0x3f)]
    }

    /// The state after the byte (or mark and byte) of column `column`, from `state`.
    #[inline(always)]
    pub(super) fn step_column(&self, state: State, column: u32) -> State {
        self.step_from_slot(self.slots[state as usize], column)
    }

    /// [`Forms::step_column`] from the state whose slot is `slot`.
    #[inline(always)]
    fn step_from_slot(&self, slot: Slot, column: u32) -> State {
        let to = (slot >> BASE_SHIFT) + column;
        if self.slots[to as usize] & COLUMN == column {
            to
        } else {
            DEAD
        }
    }

    /// The state after folded byte `b`, from `state`.
    #[inline(always)]
    pub(super) fn step_byte(&self, state: State, b: u8) -> State {
        self.step_column(state, u32::from(self.class[usize::from(b)]))
    }

    /// The state after a mark and folded byte `b`, from `state`.
    #[inline(always)]
    pub(super) fn step_marked_byte(&self, state: State, b: u8) -> State {
        self.step_column(state, self.classes + u32::from(self.class[usize::from(b)]))
    }

    /// Whether `state` is dead or ends a pattern (the rare cases a walk must look at).
    #[inline(always)]
    pub(super) fn is_special(&self, state: State) -> bool {
        self.slots[state as usize] & SPECIAL != 0
    }

    /// What `end_value` of [`Forms::new`] told of the pattern a matching state ends.
    pub(super) fn end(&self, state: State) -> u32 {
        self.end_of[state as usize]
    }
}

/// The first free slot from `slot` on: `next_free[i]` is `i` for a free slot, else a slot after it
/// and not past the next free one; past its end, all slots are free.
fn free_from(next_free: &mut [usize], slot: usize) -> usize {
    let mut i = slot;
    while let Some(&next) = next_free.get(i) {
        if next == i {
            break;
        }
        // Path halving: the slot skipped to is used too.
        next_free[i] = next_free.get(next).copied().unwrap_or(next);
        i = next;
    }
    i
}

/// The runs of ASCII letters and digits the patterns start with (after their mark). A word start
/// of the text whose run of ASCII letters and digits is followed by an ASCII char that is no
/// letter or digit (or by the end) can only start a form whose first run is that run: one look-up
/// of the run rules most word starts out, and gives the state after it to the others, so the walk
/// need not read the run again.
pub(super) struct FirstRuns {
    /// A bit per hash of a run, set when a pattern starts with a run of that hash: 4 KB that stay
    /// in the L1 cache, read first. Half the words of a text start no pattern, most of them rare
    /// words whose slot in `short` (64 KB) would miss the cache.
    filter: Box<[u64; FILTER_WORDS]>,
    /// Runs of up to eight bytes, lowercase, as little-endian keys (never 0), by [`slot_of`]
    /// with linear probing; a free slot has key 0.
    short: Box<[ShortRun; SHORT_SLOTS]>,
}

#[derive(Clone, Copy, Default)]
struct ShortRun {
    key: u64,
    /// The state after the mark and the run.
    state: State,
    /// Its slot, read with the key: the walk's first step need not read it from the trie.
    slot: Slot,
}

/// What [`FirstRuns::look_up`] tells of a word start.
pub(super) enum FirstRun {
    /// No form starts with the run as a whole word run.
    None,
    /// A form may: walk from the start.
    Walk,
    /// A form may: walk on from the end of the run, in this state (with its slot).
    After(State, Slot),
}

/// Bits of the filter: the 1,330 short and few hundred long runs set about 5 % of them.
const FILTER_BITS: u32 = 15;
const FILTER_WORDS: usize = (1 << FILTER_BITS) / 64;
/// Slots for short runs: a power of two, at most half full (1,330 runs: a third).
const SHORT_SLOT_BITS: u32 = 12;
const SHORT_SLOTS: usize = 1 << SHORT_SLOT_BITS;

impl FirstRuns {
    pub(super) fn new(patterns: &[Vec<u8>], forms: &Forms) -> Result<FirstRuns> {
        let mut short = Box::new([ShortRun::default(); SHORT_SLOTS]);
        let mut filter = Box::new([0u64; FILTER_WORDS]);
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
                filter[h / 64] |= 1 << (h % 64);
                continue;
            }
            let key = short_key(rest, 0, len);
            let h = filter_bit(key);
            filter[h / 64] |= 1 << (h % 64);
            let mut slot = slot_of(key);
            while short[slot].key != 0 && short[slot].key != key {
                slot = (slot + 1) % SHORT_SLOTS;
            }
            if short[slot].key == 0 {
                runs += 1;
                ensure!(runs < SHORT_SLOTS / 2, "too many first words in the lexicon");
                let after_first = forms.step_marked_byte(forms.start, rest[0]);
                let state = rest[1..len].iter().fold(after_first, |state, &b| forms.step_byte(state, b));
                short[slot] = ShortRun { key, state, slot: forms.slot(state) };
            }
        }
        Ok(FirstRuns { filter, short })
    }

    /// What the lexicon may find from the word start whose run of ASCII letters and digits (of
    /// any case) is `bytes[start..end]`, when the char after it folds to an ASCII char that is no
    /// letter or digit, or there is none. `first_eight` are the eight bytes from `start` as
    /// [`load8`] reads them: the caller has most often read them already.
    #[inline(always)]
    pub(super) fn look_up(&self, bytes: &[u8], start: usize, end: usize, first_eight: u64) -> FirstRun {
        debug_assert_eq!(first_eight, load8(bytes, start));
        let len = end - start;
        let in_filter = |h: usize| self.filter[h / 64] & (1 << (h % 64)) != 0;
        if len > 8 {
            let hash = long_hash_read(bytes, start, end, first_eight);
            return if in_filter(hash) { FirstRun::Walk } else { FirstRun::None };
        }
        let key = (first_eight | LOWER) & (u64::MAX >> (64 - 8 * len));
        if !in_filter(filter_bit(key)) {
            return FirstRun::None;
        }
        let mut slot = slot_of(key);
        loop {
            let run = self.short[slot];
            if run.key == key {
                return FirstRun::After(run.state, run.slot);
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
pub(super) fn load8(bytes: &[u8], at: usize) -> u64 {
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

/// The filter's bit for a short run's key (its slot's hash, a few bits longer).
#[inline(always)]
fn filter_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize
}

/// A hash of the lowercase of the ASCII letters and digits `bytes[start..end]` (more than eight):
/// its first and last eight bytes and its length.
#[inline(always)]
fn long_hash(bytes: &[u8], start: usize, end: usize) -> usize {
    long_hash_read(bytes, start, end, load8(bytes, start))
}

/// [`long_hash`], given the first eight bytes as [`load8`] reads them.
#[inline(always)]
fn long_hash_read(bytes: &[u8], start: usize, end: usize, first_eight: u64) -> usize {
    let key = (first_eight | LOWER) ^ (load8(bytes, end - 8) | LOWER).rotate_left(29);
    let mixed = (key ^ ((end - start) as u64) << 56).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - FILTER_BITS)) as usize
}
