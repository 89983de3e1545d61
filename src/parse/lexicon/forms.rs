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
        Ok(Forms {
            class,
            stride,
            trans,
            first_plain: (first_plain_index * stride) as State,
            pattern_of,
            start: state_of[1],
            ascii_column,
        })
    }

    /// The state after the ASCII char `b` of the text, from `state`; `in_word` says whether the
    /// char before was a word char.
    #[inline(always)]
    pub(super) fn step_ascii(&self, state: State, in_word: bool, b: u8) -> State {
        let column = self.ascii_column[usize::from(in_word) << 7 | usize::from(b & 0x7f)];
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
