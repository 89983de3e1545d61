//! Finding the patterns in a sentence's symbols: the leftmost match, and which pattern it is
//! (the first that matches there), as the combined regex finds it, with a complete DFA.
//!
//! The patterns are compiled as one lazy DFA (regex-automata's hybrid engine), anchored and
//! leftmost-first; at load, every state it can reach is computed once and copied into a plain
//! table. A search then tries each start position in turn and walks the table from there: most
//! positions die at their first symbol, and there is no per-search set-up nor state to build.

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::hybrid::LazyStateID;
use regex_automata::util::start;
use regex_automata::{Anchored, MatchKind};
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
    /// The DFA of `patterns` (byte regexes over symbols), or `None` if they use look-around (the
    /// start state would depend on the symbol before) or have too many states.
    pub fn new(patterns: &[String]) -> Option<PatternDfa> {
        let config = DFA::config()
            .match_kind(MatchKind::LeftmostFirst)
            // Room for every state, so that none is forgotten while they are all visited.
            .cache_capacity(256 << 20)
            .skip_cache_capacity_check(true);
        let lazy = DFA::builder()
            .configure(config)
            .syntax(regex_automata::util::syntax::Config::new().utf8(false))
            .thompson(regex_automata::nfa::thompson::Config::new().utf8(false))
            .build_many(patterns)
            .ok()?;
        if !lazy.get_nfa().look_set_any().is_empty() {
            return None;
        }
        Builder::new(&lazy).build()
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

/// Visits the lazy DFA's states, numbering them.
struct Builder<'a> {
    lazy: &'a DFA,
    cache: Cache,
    ids: HashMap<LazyStateID, u32, foldhash::fast::FixedState>,
    todo: Vec<LazyStateID>,
}

impl<'a> Builder<'a> {
    fn new(lazy: &'a DFA) -> Builder<'a> {
        Builder { lazy, cache: lazy.create_cache(), ids: HashMap::default(), todo: Vec::new() }
    }

    /// The number of `sid`, numbering it (and queueing it) if it is new; dead is 0.
    fn id(&mut self, sid: LazyStateID) -> Option<u32> {
        if sid.is_dead() {
            return Some(0);
        }
        if sid.is_quit() || sid.is_unknown() {
            return None;
        }
        let next = self.ids.len() as u32 + 1;
        let id = *self.ids.entry(sid).or_insert_with(|| {
            self.todo.push(sid);
            next
        });
        (self.ids.len() <= MAX_STATES).then_some(id)
    }

    fn pattern(&self, sid: LazyStateID) -> u32 {
        if sid.is_match() {
            self.lazy.match_pattern(&self.cache, sid, 0).as_u32() + 1
        } else {
            0
        }
    }

    fn build(mut self) -> Option<PatternDfa> {
        let classes = *self.lazy.byte_classes();
        let representatives: Vec<u8> = classes.representatives(..).filter_map(|unit| unit.as_u8()).collect();
        // A power of two: a state's number is its premultiplied form shifted.
        let stride = representatives.len().next_power_of_two();
        let first =
            self.lazy.start_state(&mut self.cache, &start::Config::new().anchored(Anchored::Yes)).ok()?;
        let start = self.id(first)?;
        // State 0 is dead: no transitions out, no match.
        let (mut next, mut matched, mut at_end) = (vec![0; stride], vec![0], vec![0]);
        while let Some(sid) = self.todo.pop() {
            let id = self.ids[&sid] as usize;
            let mut row = vec![0; stride];
            for &b in &representatives {
                let to = self.lazy.next_state(&mut self.cache, sid, b).ok()?;
                row[classes.get(b) as usize] = self.id(to)? * stride as u32;
            }
            let eoi = self.lazy.next_eoi_state(&mut self.cache, sid).ok()?;
            let pattern = self.pattern(sid);
            let end_pattern = self.pattern(eoi);
            if next.len() < (id + 1) * stride {
                next.resize((id + 1) * stride, 0);
                matched.resize(id + 1, 0);
                at_end.resize(id + 1, 0);
            }
            next[id * stride..(id + 1) * stride].copy_from_slice(&row);
            matched[id] = pattern;
            at_end[id] = end_pattern;
        }
        // The lazy DFA's state ids are only good while its cache has not been cleared.
        if self.cache.clear_count() > 0 {
            return None;
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
