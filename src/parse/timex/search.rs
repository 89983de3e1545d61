//! Finding the patterns in a sentence's symbols: the leftmost match, and which pattern it is
//! (the first that matches there), as the combined regex finds it, with a complete DFA.
//!
//! The patterns are compiled as one NFA (regex-automata's), and at load determinised into a
//! plain table, anchored and leftmost-first, with the states regex-automata's lazy DFA would
//! build (`Builder`). A search then tries each start position in turn and walks the table from there: most
//! positions die at their first symbol, and there is no per-search set-up nor state to build.

use crate::parse::nfa_closure::Closure;
use regex_automata::nfa::thompson::{self, State, NFA};
use regex_automata::util::primitives::StateID;
use std::collections::HashMap;

/// More states than the patterns are likely ever to need; beyond, the combined regex searches.
/// (Premultiplied by the classes, they stay below the `MATCH` bit.)
const MAX_STATES: usize = 1 << 14;

#[derive(Debug)]
pub(super) struct PatternDfa {
    /// Symbol → its class (symbols the patterns treat alike share one).
    classes: [u8; 256],
    /// Whether some pattern may start with the symbol.
    starts: [bool; 256],
    /// `next[state + class]`, states premultiplied by the number of classes, with `MATCH` set
    /// when the state reached is a match state; 0 is dead. Padded to a power of two.
    next: Vec<u32>,
    start: u32,
    /// Per state: the pattern (+ 1) of the match that ends before the symbol that led there
    /// (matches are seen one symbol late), or 0.
    matched: Vec<u32>,
    /// Per state: the pattern (+ 1) of the match that ends there if the symbols do, or 0.
    at_end: Vec<u32>,
    /// log2 of the number of classes (rounded up to a power of two).
    shift: u32,
}

/// The bit of a transition to a match state.
const MATCH: u32 = 1 << 31;

/// A match of the patterns: symbols `start..end`, of pattern `pattern`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

impl PatternDfa {
    /// The DFA of `patterns` (byte regexes over symbols, parsed), or `None` if they use look-around (the
    /// start state would depend on the symbol before) or have too many states.
    pub fn new(patterns: &[regex_syntax::hir::Hir]) -> Option<PatternDfa> {
        // As the lazy DFA builds its NFA: no captures, which a DFA does not use.
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().utf8(false).which_captures(thompson::WhichCaptures::None))
            .build_many_from_hir(patterns)
            .ok()?;
        if !nfa.look_set_any().is_empty() {
            return None;
        }
        Builder::new(&nfa).build()
    }

    /// The leftmost match starting at or after `pos`, and the first pattern that matches there.
    #[inline]
    pub fn find(&self, symbols: &[u8], pos: usize) -> Option<Found> {
        // The table's length is a power of two: masking the index spares a bounds check.
        let (next, mask) = (&self.next[..], self.next.len() - 1);
        let step = |state: usize, symbol: u8| next[(state + self.classes[symbol as usize] as usize) & mask];
        let start_state = self.start as usize;
        for start in pos..symbols.len() {
            // Most symbols start no match: one look-up tells.
            if !self.starts[symbols[start] as usize] {
                continue;
            }
            // The (leftmost-first) match from `start`: the last one seen before the automaton dies.
            let mut state = start_state;
            let mut found = None;
            for (at, &symbol) in symbols.iter().enumerate().skip(start) {
                let to = step(state, symbol);
                state = (to & !MATCH) as usize;
                if to & MATCH != 0 {
                    found = Some((at, self.matched[state >> self.shift]));
                }
                if state == 0 {
                    break;
                }
            }
            if state != 0 && self.at_end[state >> self.shift] != 0 {
                found = Some((symbols.len(), self.at_end[state >> self.shift]));
            }
            if let Some((end, pattern)) = found {
                return Some(Found { start, end, pattern: pattern as usize - 1 });
            }
        }
        // A pattern that matches nothing, at the end.
        let start = pos.max(symbols.len());
        match self.at_end[start_state >> self.shift] {
            0 => None,
            pattern => Some(Found { start, end: start, pattern: pattern as usize - 1 }),
        }
    }
}

/// The subset construction of the patterns' NFA, as regex-automata's lazy DFA determinises it
/// (leftmost-first: the NFA states of a DFA state are ordered by priority, and those after a
/// match are dropped; a match is seen one symbol late), with the same states, found in the same
/// order. A state's transitions are gathered in one pass over its NFA states, where the lazy DFA
/// goes over them all again for each class: most classes lead nowhere.
struct Builder<'a> {
    nfa: &'a NFA,
    /// Interned states: the pattern (+ 1) of the match their NFA states held before the symbol
    /// that led there (or 0), then those NFA states (as the lazy DFA keeps them: all but
    /// captures), in order.
    ids: HashMap<Vec<u32>, u32, foldhash::fast::FixedState>,
    states: Vec<Vec<u32>>,
    todo: Vec<u32>,
    closure: Closure,
}

impl<'a> Builder<'a> {
    fn new(nfa: &'a NFA) -> Builder<'a> {
        Builder {
            nfa,
            ids: HashMap::default(),
            states: Vec::new(),
            todo: Vec::new(),
            closure: Closure::new(nfa),
        }
    }

    /// The number of the state `key` (numbering and queueing it if it is new); dead is 0.
    fn id(&mut self, key: &[u32]) -> Option<u32> {
        if key == [0] {
            return Some(0);
        }
        if let Some(&id) = self.ids.get(key) {
            return Some(id);
        }
        let id = self.states.len() as u32 + 1;
        self.ids.insert(key.to_vec(), id);
        self.states.push(key.to_vec());
        self.todo.push(id);
        (self.states.len() <= MAX_STATES).then_some(id)
    }

    fn build(mut self) -> Option<PatternDfa> {
        let nfa = self.nfa;
        let classes = *nfa.byte_classes();
        let representatives: Vec<u8> = classes.representatives(..).filter_map(|unit| unit.as_u8()).collect();
        let class_count = representatives.len();
        // A power of two: a state's number is its premultiplied form shifted.
        let stride = class_count.next_power_of_two();
        let mut key = vec![0];
        // The patterns have no look-around (`PatternDfa::new`): no state holds at the start only.
        self.closure.next_generation();
        self.closure.extend(nfa, nfa.start_anchored(), false, &mut key);
        let start = self.id(&key)?;
        // State 0 is dead: no transitions out, no match.
        let (mut next, mut matched, mut at_end) = (vec![0; stride], vec![0], vec![0]);
        // Per class, the NFA states the state's symbols lead to, in order.
        let mut targets: Vec<Vec<StateID>> = vec![Vec::new(); class_count];
        while let Some(id) = self.todo.pop() {
            let id = id as usize;
            let state = std::mem::take(&mut self.states[id - 1]);
            targets.iter_mut().for_each(Vec::clear);
            // The pattern of the first match among the NFA states: the threads after it are
            // dropped (leftmost-first), and every transition out is a match state.
            let mut first_match = 0;
            for &nfa_id in &state[1..] {
                match nfa.state(StateID::new(nfa_id as usize).expect("an NFA state")) {
                    State::ByteRange { trans } => {
                        for class in classes.get(trans.start)..=classes.get(trans.end) {
                            targets[usize::from(class)].push(trans.next);
                        }
                    }
                    State::Sparse(sparse) => {
                        for trans in sparse.transitions.iter() {
                            for class in classes.get(trans.start)..=classes.get(trans.end) {
                                targets[usize::from(class)].push(trans.next);
                            }
                        }
                    }
                    State::Dense(dense) => {
                        for (class, &b) in representatives.iter().enumerate() {
                            let to = dense.transitions[usize::from(b)];
                            if to != StateID::ZERO {
                                targets[class].push(to);
                            }
                        }
                    }
                    State::Match { pattern_id } => {
                        first_match = pattern_id.as_u32() + 1;
                        break;
                    }
                    _ => {}
                }
            }
            let mut row = vec![0; stride];
            for class in 0..class_count {
                key.clear();
                key.push(first_match);
                self.closure.next_generation();
                for &to in &targets[class] {
                    self.closure.extend(nfa, to, false, &mut key);
                }
                row[class] = self.id(&key)? * stride as u32;
            }
            if next.len() < (id + 1) * stride {
                next.resize((id + 1) * stride, 0);
                matched.resize(id + 1, 0);
                at_end.resize(id + 1, 0);
            }
            next[id * stride..(id + 1) * stride].copy_from_slice(&row);
            matched[id] = state[0];
            // At the end of the symbols, the first match among the NFA states is the match.
            at_end[id] = first_match;
        }
        let mut by_symbol = [0u8; 256];
        for b in 0..=255u8 {
            by_symbol[b as usize] = classes.get(b);
        }
        // Transitions to match states say so.
        for to in &mut next {
            if matched[*to as usize / stride] != 0 {
                *to |= MATCH;
            }
        }
        next.resize(next.len().next_power_of_two(), 0);
        let shift = stride.trailing_zeros();
        let start = start as usize * stride;
        let starts = by_symbol.map(|class| next[start + class as usize] != 0);
        Some(PatternDfa { classes: by_symbol, starts, next, start: start as u32, matched, at_end, shift })
    }
}
