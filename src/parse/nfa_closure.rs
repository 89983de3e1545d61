//! The epsilon closure of a regex-automata NFA's states, as its lazy DFA computes it: the subset
//! constructions that build the timex pattern table and the zones' prefix tables at load
//! (`timex::search`, `zones`) walk it without stepping the lazy DFA through every class.

use regex_automata::nfa::thompson::{State, NFA};
use regex_automata::util::look::Look;
use regex_automata::util::primitives::StateID;

/// The epsilon closure's stack, and the generation each NFA state was last visited in (a new
/// generation forgets the visits, without clearing).
pub(super) struct Closure {
    stack: Vec<StateID>,
    visited: Vec<u32>,
    generation: u32,
}

impl Closure {
    pub fn new(nfa: &NFA) -> Closure {
        Closure { stack: Vec::new(), visited: vec![0; nfa.states().len()], generation: 0 }
    }

    /// Forgets the states visited so far: the next `extend` starts a new subset.
    pub fn next_generation(&mut self) {
        self.generation += 1;
    }

    /// Appends to `key` the NFA states reached from `from` without reading a byte, in order of
    /// priority (those the lazy DFA keeps: all but captures), but those visited in this
    /// generation. A look-around state is kept and passed only if it is the start assertion and
    /// `at_start`; the end one never holds (a byte follows).
    pub fn extend(&mut self, nfa: &NFA, from: StateID, at_start: bool, key: &mut Vec<u32>) {
        self.stack.push(from);
        while let Some(mut id) = self.stack.pop() {
            loop {
                let seen = &mut self.visited[id.as_usize()];
                if *seen == self.generation {
                    break;
                }
                *seen = self.generation;
                match nfa.state(id) {
                    State::Capture { next, .. } => id = *next,
                    State::Look { look, next } => {
                        key.push(id.as_u32());
                        if !(at_start && *look == Look::Start) {
                            break;
                        }
                        id = *next;
                    }
                    State::Union { alternates } => {
                        key.push(id.as_u32());
                        let Some(&first) = alternates.first() else { break };
                        self.stack.extend(alternates[1..].iter().rev());
                        id = first;
                    }
                    State::BinaryUnion { alt1, alt2 } => {
                        key.push(id.as_u32());
                        self.stack.push(*alt2);
                        id = *alt1;
                    }
                    State::ByteRange { .. }
                    | State::Sparse(_)
                    | State::Dense(_)
                    | State::Fail
                    | State::Match { .. } => {
                        key.push(id.as_u32());
                        break;
                    }
                }
            }
        }
    }
}
