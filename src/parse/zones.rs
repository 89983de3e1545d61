//! Non-body zones: headers (section labels, datelines, credits, source names), update stamps,
//! related links, captions, footers and sign-offs. The rules live in `data/zones/rules.tsv`.
//!
//! A line is furniture as a whole (`line` and `lead` rules), or a leading-block line starts with
//! furniture (`span` rules, tried one after another from the line start: "date 2017-02 © REUTERS/
//! Carlo Allegri Trump rétablirait…" keeps the headline after the credit as body text).

use super::nfa_closure::Closure;
use super::resources::{DataFile, DataSource};
use super::swar::bytes_from;
use crate::corpus::{Span, Zone, ZoneKind};
use aho_corasick::AhoCorasick;
use anyhow::{anyhow, bail, Context, Result};
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::hybrid::LazyStateID;
use regex_automata::nfa::thompson::{self, pikevm::PikeVM, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::primitives::StateID;
use regex_automata::util::start;
use regex_automata::{Anchored, Input, MatchKind};
use regex_syntax::hir::{Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look, Repetition};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::ops::Range;
use std::sync::OnceLock;

const RULES: DataFile = crate::data_file!("zones/rules.tsv");

/// A line opens the body (ends the leading block) when it has this many words and ends a sentence.
const BODY_PARAGRAPH_MIN_WORDS: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Line,
    Lead,
    Span,
    /// Like `line`, and the short lines without final punctuation right after it are of the
    /// same kind (the titles under "Sur le même sujet").
    Block,
}

#[derive(Debug)]
struct Rule {
    kind: ZoneKind,
    scope: Scope,
    /// The anchored pattern, parsed, and where it comes from (for a compile error).
    hir: Hir,
    at: String,
    /// The regex for lines written only in `COMMON` characters, as nearly all are: its classes
    /// cut down to those, it matches such a line exactly as the whole regex does, and builds
    /// many times faster (the rules repeat Unicode classes up to 240 times). Built the first time
    /// the prefilter lets a line through.
    common: OnceLock<Matcher>,
    /// The whole regex, for the other lines that `common` cannot decide (`decided_before`),
    /// built the first time one needs it.
    full: OnceLock<Matcher>,
    /// Tells most lines the regex cannot match, for a fraction of its cost.
    prefilter: Prefilter,
    /// Whether the pattern is written in `COMMON` characters only: `common` is then the whole
    /// regex, for every line.
    only_common: bool,
    /// For a whole-line rule that may open on nearly anything but must close on a few
    /// characters (a caption ending on its credit): `common` run backwards from the line's end,
    /// where most lines are turned away at their last byte. Its automaton stays small, where the
    /// forward one gets a state for each count of a leading repetition ("{3,300}") and each
    /// credit begun after it. Built the first time the prefilter lets a line through.
    from_end: Option<OnceLock<Matcher>>,
    /// For a pattern with a long bounded repetition ("[^()\n]{1,240}"): `common` with those
    /// repetitions left unbounded (`relaxed`), run first on the lines within `COMMON` (backwards
    /// for a `from_end` rule). It matches every line the rule matches and others besides, so a
    /// line it turns away is no match; most lines a prefilter lets through are turned away, and
    /// its automaton is a fraction of the size: one state where the bounded one repeats the
    /// class for each count. Built the first time the prefilter lets a line through; `common`
    /// (and `from_end`) only the first time a line gets past it.
    relaxed: Option<OnceLock<Matcher>>,
}

/// The characters French text is written in: Latin-1, general punctuation (’ – — …, narrow
/// no-break space) and superscripts (all the characters of E2 80 and E2 81).
const COMMON: [(char, char); 2] = [('\0', '\u{ff}'), ('\u{2000}', '\u{207f}')];

impl Rule {
    /// The end of the rule's match at the start of `line`, if there is one.
    #[cfg(test)]
    fn match_end(&self, line: &str) -> Option<usize> {
        self.match_end_at(&mut Uncommon::new(line), 0)
    }

    /// The end of the rule's match at byte `at` of a line, if there is one; `line` finds the
    /// line's characters beyond `COMMON`, once for all the rules tried on it.
    fn match_end_at(&self, line: &mut Uncommon, at: usize) -> Option<usize> {
        let rest = &line.text[at..];
        self.match_end_in(rest, || line.first_from(at).map(|u| u - at))
    }

    /// `match_end` on `line`; `first_uncommon` tells where its first character beyond `COMMON`
    /// is, asked only if the rule's regex needs it.
    fn match_end_in(&self, line: &str, mut first_uncommon: impl FnMut() -> Option<usize>) -> Option<usize> {
        if self.turned_away(line, &mut first_uncommon) {
            return None;
        }
        if let Some(from_end) = &self.from_end {
            // A whole-line pattern: any match ends at the line's end.
            if self.only_common || first_uncommon().is_none() {
                let from_end = from_end.get_or_init(|| self.build_from_end(&self.common_hir()));
                if let Some(found) = from_end.matches_to_start(line) {
                    return found.then_some(line.len());
                }
            }
        }
        let common = self.common.get_or_init(|| self.build(&self.common_hir()));
        if self.only_common {
            return common.match_end(line);
        }
        match first_uncommon() {
            None => common.match_end(line),
            // The whole regex only if the line's first character beyond `COMMON` may matter:
            // most such lines are decided before it, and it builds many times slower.
            Some(at) => {
                common.decided_before(line, at).unwrap_or_else(|| match with_common_stand_ins(line) {
                    Some(stand_in) => common.match_end(&stand_in),
                    None => self.full.get_or_init(|| self.build(&self.hir)).match_end(line),
                })
            }
        }
    }

    /// Whether the `relaxed` matcher tells that the rule cannot match `line`. A line beyond
    /// `COMMON` is told as `common` tells it (`decided_before`, `with_common_stand_ins`): what
    /// holds there for the whole pattern and its cut-down one holds for the relaxed ones. Once
    /// the bounded matcher that tells the line is built (a line got past `relaxed`), it tells
    /// the line alone: running both would cost every line the rule matches a second search.
    fn turned_away(&self, line: &str, mut first_uncommon: impl FnMut() -> Option<usize>) -> bool {
        let Some(relaxed) = &self.relaxed else { return false };
        let uncommon = if self.only_common { None } else { first_uncommon() };
        let bounded = match (&self.from_end, uncommon) {
            (Some(from_end), None) => from_end,
            // Backwards, the line is read from its end: the rule's own matchers tell.
            (Some(_), Some(_)) => return false,
            (None, _) => &self.common,
        };
        if bounded.get().is_some() {
            return false;
        }
        let relaxed = relaxed.get_or_init(|| self.build_relaxed());
        match uncommon {
            None if self.from_end.is_some() => relaxed.matches_to_start(line) == Some(false),
            None => !relaxed.may_match(line),
            Some(at) => match relaxed.decided_before(line, at) {
                Some(found) => found.is_none(),
                None => with_common_stand_ins(line).is_some_and(|stand_in| !relaxed.may_match(&stand_in)),
            },
        }
    }

    /// The pattern cut down to `COMMON` (the pattern itself where it is within `COMMON`).
    fn common_hir(&self) -> Cow<'_, Hir> {
        if self.only_common {
            Cow::Borrowed(&self.hir)
        } else {
            Cow::Owned(within_common(&self.hir))
        }
    }

    #[cfg(test)]
    fn is_match(&self, line: &str) -> bool {
        self.match_end(line).is_some()
    }

    fn build(&self, hir: &Hir) -> Matcher {
        // The pattern was parsed when it was loaded: only a size limit could refuse it now.
        Matcher::new(hir, false).unwrap_or_else(|e| panic!("{}: pattern cannot be compiled: {e}", self.at))
    }

    fn build_from_end(&self, hir: &Hir) -> Matcher {
        Matcher::new(hir, true).unwrap_or_else(|e| panic!("{}: pattern cannot be compiled: {e}", self.at))
    }

    /// The `relaxed` matcher: forward, or backwards for a `from_end` rule.
    fn build_relaxed(&self) -> Matcher {
        let common = self.common_hir();
        let relaxed = unbounded(&common).unwrap_or_else(|| common.into_owned());
        Matcher::new(&relaxed, self.from_end.is_some())
            .unwrap_or_else(|e| panic!("{}: pattern cannot be compiled: {e}", self.at))
    }
}

thread_local! {
    /// One NFA compiler for all the matchers built on a thread: a new compiler allocates a cache
    /// of 10,000 entries for its first Unicode class (and frees it after), which costs more
    /// than compiling most classes cut down to `COMMON`. A compiler clears its state for each NFA.
    static COMPILER: RefCell<thompson::Compiler> = RefCell::new(thompson::Compiler::new());
}

/// A rule's pattern (anchored at its start, as all rules are), searched forward only: the end
/// of its leftmost-first match is all `detect` needs, so the reverse automaton and the other
/// engines a full regex builds (about half the cost of building one) are left out.
struct Matcher {
    /// The lazy DFA; it gives up on a line where a Unicode word boundary meets a non-ASCII
    /// byte, or if its cache fills up too often.
    dfa: DFA,
    caches: Pool<
        Cache,
        Box<dyn Fn() -> Cache + Send + Sync + std::panic::RefUnwindSafe + std::panic::UnwindSafe>,
    >,
    /// For the lines the DFA gives up on, from the same NFA (forward only: backwards, the
    /// caller goes forward instead).
    pikevm: Option<PikeVM>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher").finish_non_exhaustive()
    }
}

impl Matcher {
    /// The matcher of `hir`, or with `reverse`, of `hir` read backwards (for
    /// `matches_to_start` only).
    fn new(hir: &Hir, reverse: bool) -> Result<Matcher> {
        // The limit a regex has by default.
        let config = thompson::Config::new()
            // A reverse NFA has no captures.
            .which_captures(if reverse { WhichCaptures::None } else { WhichCaptures::Implicit })
            .nfa_size_limit(Some(10 << 20))
            .reverse(reverse);
        let nfa = COMPILER.with_borrow_mut(|compiler| {
            compiler.configure(config).build_from_hir(hir).map_err(anyhow::Error::from)
        })?;
        // Backwards, any match will do: its start is the line's.
        let kind = if reverse { MatchKind::All } else { MatchKind::LeftmostFirst };
        let dfa = DFA::builder()
            .configure(DFA::config().match_kind(kind).unicode_word_boundary(true))
            .build_from_nfa(nfa.clone())?;
        let pikevm = if reverse { None } else { Some(PikeVM::new_from_nfa(nfa)?) };
        let for_caches = dfa.clone();
        let caches = Pool::new(Box::new(move || for_caches.create_cache()) as Box<_>);
        Ok(Matcher { dfa, caches, pikevm })
    }

    /// The end of the match at the start of `haystack`, if there is one.
    fn match_end(&self, haystack: &str) -> Option<usize> {
        let input = Input::new(haystack).anchored(Anchored::Yes);
        match self.dfa.try_search_fwd(&mut self.caches.get(), &input) {
            Ok(found) => found.map(|m| m.offset()),
            Err(_) => {
                let pikevm = self.pikevm.as_ref().expect("a forward matcher");
                pikevm.find(&mut pikevm.create_cache(), input).map(|m| m.end())
            }
        }
    }

    /// False only if there is no match at the start of `haystack` (true where the automaton
    /// gives up).
    fn may_match(&self, haystack: &str) -> bool {
        let input = Input::new(haystack).anchored(Anchored::Yes);
        self.dfa.try_search_fwd(&mut self.caches.get(), &input).map_or(true, |found| found.is_some())
    }

    /// For the matcher of a pattern anchored at both ends, built `reverse`: whether it matches
    /// `haystack`, searched from its end. `None` where the automaton gives up.
    fn matches_to_start(&self, haystack: &str) -> Option<bool> {
        let input = Input::new(haystack).anchored(Anchored::Yes);
        self.dfa.try_search_rev(&mut self.caches.get(), &input).ok().map(|found| found.is_some())
    }

    /// `match_end` on a haystack whose first character beyond `COMMON` is at `uncommon`, for
    /// the matcher of a pattern cut down to `COMMON` (`within_common`): if its automaton dies
    /// before that character, the whole pattern's would too, its threads being the same over
    /// the same characters, and their match is the same. `None` if undecided there.
    fn decided_before(&self, haystack: &str, uncommon: usize) -> Option<Option<usize>> {
        let input = Input::new(haystack).anchored(Anchored::Yes);
        let mut cache = self.caches.get();
        let mut state = self.dfa.start_state_forward(&mut cache, &input).ok()?;
        if state.is_dead() {
            return Some(None);
        }
        let mut found = None;
        for (at, &b) in haystack.as_bytes()[..uncommon].iter().enumerate() {
            state = self.dfa.next_state(&mut cache, state, b).ok()?;
            if state.is_tagged() {
                // Matches are seen one byte late: this one ends before byte `at`.
                if state.is_match() {
                    found = Some(at);
                } else if state.is_dead() {
                    return Some(found);
                } else if state.is_quit() {
                    return None;
                }
            }
        }
        None
    }
}

/// Where the characters beyond `COMMON` of a line are, searched for only when a rule's regex is
/// run on it, and then once for all the rules tried there (most lines have none, and each search
/// reads the whole line).
struct Uncommon<'l> {
    text: &'l str,
    /// Where the last search started, and what it found.
    searched: Option<(usize, Option<usize>)>,
}

impl<'l> Uncommon<'l> {
    fn new(text: &'l str) -> Uncommon<'l> {
        Uncommon { text, searched: None }
    }

    /// Where the first character beyond `COMMON` at `from` or after starts in the line.
    fn first_from(&mut self, from: usize) -> Option<usize> {
        match self.searched {
            // Still the first of those at `from` or after.
            Some((searched_from, found)) if searched_from <= from && found.is_none_or(|u| u >= from) => found,
            _ => {
                let found = first_uncommon(&self.text[from..]).map(|u| from + u);
                self.searched = Some((from, found));
                found
            }
        }
    }
}

/// Whether every character of `line` is in `COMMON`.
pub(super) fn only_common(line: &str) -> bool {
    first_uncommon(line).is_none()
}

/// Where the first character of `line` beyond `COMMON` starts: its bytes from 0xC4 up only
/// start characters of general punctuation (E2 80 xx, E2 81 xx).
fn first_uncommon(line: &str) -> Option<usize> {
    const BLOCK: usize = 16;
    let bytes = line.as_bytes();
    let starts_uncommon =
        |at: usize, b: u8| b >= 0xC4 && !(b == 0xE2 && matches!(bytes.get(at + 1), Some(0x80 | 0x81)));
    // Bytes from 0xC4 up are rare in French text: a block without any is stepped over in a few
    // instructions.
    let (blocks, tail) = bytes.as_chunks::<BLOCK>();
    for (n, block) in blocks.iter().enumerate() {
        if holds_a_byte_from_c4(block) {
            let start = n * BLOCK;
            if let Some(i) = block.iter().enumerate().position(|(i, &b)| starts_uncommon(start + i, b)) {
                return Some(start + i);
            }
        }
    }
    let start = bytes.len() - tail.len();
    tail.iter().enumerate().position(|(i, &b)| starts_uncommon(start + i, b)).map(|i| start + i)
}

/// Whether one of the 16 bytes is 0xC4 or more, told of eight at a time.
fn holds_a_byte_from_c4(block: &[u8; 16]) -> bool {
    let (low, high) = block.split_at(8);
    let word = |half: &[u8]| u64::from_le_bytes(half.try_into().expect("8 bytes"));
    bytes_from(word(low), 0xC4) | bytes_from(word(high), 0xC4) != 0
}

/// `line` with each letter of the Latin Extended-A and -B blocks ("ć" in "Plenković", "ş" and
/// "ğ" in "Çavuşoğlu", "ł" in "Wałęsa") replaced by the Latin-1 letter ø or Ø: upper or lower
/// case alike, two bytes long alike, they fall in the same classes of the rules (\p{L}, \p{Lu},
/// \p{Ll}, \w, negated sets) and in none of their literal French words, and the offsets stay the
/// same. So the cut-down regex decides the line, and the whole one, costly to build, is not
/// needed. `None` for any other character beyond `COMMON` (those blocks' letters of no case
/// included).
fn with_common_stand_ins(line: &str) -> Option<String> {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        let common = COMMON.iter().any(|&(lo, hi)| (lo..=hi).contains(&c));
        let latin_extended = ('\u{100}'..='\u{24f}').contains(&c);
        out.push(match c {
            c if common => c,
            c if latin_extended && c.is_uppercase() => 'Ø',
            c if latin_extended && c.is_lowercase() => 'ø',
            _ => return None,
        });
    }
    Some(out)
}

/// Whether every class of `hir` is within `COMMON` (`within_common` would leave it as it is),
/// told without building the cut-down pattern.
fn is_within_common(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            class.iter().all(|r| COMMON.iter().any(|&(from, to)| from <= r.start() && r.end() <= to))
        }
        HirKind::Class(Class::Bytes(_)) => false,
        HirKind::Capture(group) => is_within_common(&group.sub),
        HirKind::Repetition(rep) => is_within_common(&rep.sub),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => parts.iter().all(is_within_common),
        _ => true,
    }
}

/// `hir` with its Unicode classes cut down to `COMMON`.
pub(super) fn within_common(hir: &Hir) -> Hir {
    cut_to_common(hir).unwrap_or_else(|| hir.clone())
}

/// `within_common` of `hir`, `None` where that is `hir` itself: only the nodes above a class
/// that changes are built again (the smart constructors merge and flatten their parts anew),
/// the parts that do not change are cloned.
fn cut_to_common(hir: &Hir) -> Option<Hir> {
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let cut = class_within_common(class);
            (cut != *class).then(|| Hir::class(Class::Unicode(cut)))
        }
        // Built field by field: cloning the group or the repetition would clone its whole
        // sub-pattern, only to drop it.
        HirKind::Capture(group) => cut_to_common(&group.sub).map(|sub| {
            Hir::capture(Capture { index: group.index, name: group.name.clone(), sub: Box::new(sub) })
        }),
        HirKind::Repetition(rep) => cut_to_common(&rep.sub).map(|sub| {
            Hir::repetition(Repetition { min: rep.min, max: rep.max, greedy: rep.greedy, sub: Box::new(sub) })
        }),
        HirKind::Concat(parts) => changed_parts(parts, cut_to_common).map(Hir::concat),
        HirKind::Alternation(branches) => changed_parts(branches, cut_to_common).map(Hir::alternation),
        _ => None,
    }
}

/// The parts of a concatenation or an alternation, each changed by `change` (`None` where it
/// does not change), if any of them changes.
fn changed_parts(parts: &[Hir], change: fn(&Hir) -> Option<Hir>) -> Option<Vec<Hir>> {
    let (first, changed) = parts.iter().enumerate().find_map(|(i, part)| Some((i, change(part)?)))?;
    let mut out = Vec::with_capacity(parts.len());
    out.extend(parts[..first].iter().cloned());
    out.push(changed);
    out.extend(parts[first + 1..].iter().map(|part| change(part).unwrap_or_else(|| part.clone())));
    Some(out)
}

/// A repetition bounded above by this many or more is a long one (`Rule::relaxed`).
const LONG_REPETITION: u32 = 3;

/// Whether `hir` holds a long bounded repetition.
fn has_long_repetition(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Repetition(rep) => is_long(rep) || has_long_repetition(&rep.sub),
        HirKind::Capture(group) => has_long_repetition(&group.sub),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => parts.iter().any(has_long_repetition),
        _ => false,
    }
}

fn is_long(rep: &Repetition) -> bool {
    rep.max.is_some_and(|max| max >= LONG_REPETITION && max > rep.min)
}

/// `hir` with each long bounded repetition `{m,n}` made `{min(m,1),}` (what it matches is
/// matched still), `None` where nothing changes.
fn unbounded(hir: &Hir) -> Option<Hir> {
    match hir.kind() {
        HirKind::Repetition(rep) => {
            let sub = unbounded(&rep.sub);
            let long = is_long(rep);
            if sub.is_none() && !long {
                return None;
            }
            let (min, max) = if long { (rep.min.min(1), None) } else { (rep.min, rep.max) };
            let sub = Box::new(sub.unwrap_or_else(|| (*rep.sub).clone()));
            Some(Hir::repetition(Repetition { min, max, greedy: rep.greedy, sub }))
        }
        HirKind::Capture(group) => unbounded(&group.sub).map(|sub| {
            Hir::capture(Capture { index: group.index, name: group.name.clone(), sub: Box::new(sub) })
        }),
        HirKind::Concat(parts) => changed_parts(parts, unbounded).map(Hir::concat),
        HirKind::Alternation(branches) => changed_parts(branches, unbounded).map(Hir::alternation),
        _ => None,
    }
}

/// `class` ∩ `COMMON`, from the few ranges of `class` that meet `COMMON` (found by binary
/// search: `\p{L}` has hundreds of ranges, which an intersection would copy and go through).
fn class_within_common(class: &ClassUnicode) -> ClassUnicode {
    let ranges = class.ranges();
    ClassUnicode::new(COMMON.iter().flat_map(|&(from, to)| {
        let first = ranges.partition_point(|r| r.end() < from);
        ranges[first..]
            .iter()
            .take_while(move |r| r.start() <= to)
            .map(move |r| ClassUnicodeRange::new(r.start().max(from), r.end().min(to)))
    }))
}

#[derive(Debug)]
pub struct ZoneRules {
    rules: Vec<Rule>,
    /// The rules each kind of line is tried against, by index in file order: whole-line rules
    /// in the leading block (`line` and `lead`), after it (`line` only), and `span` rules.
    /// Most lines are body lines, which need a third of the rules.
    whole_in_lead: RuleSet,
    whole_in_body: RuleSet,
    spans: RuleSet,
}

/// Rules, by index in file order, and those of them a haystack opening on each byte may match.
#[derive(Debug)]
struct RuleSet {
    all: Vec<Candidate>,
    /// Those whose prefilter lets the first byte through: most rules are turned away by a
    /// line's first byte, and are not even looked at then.
    by_first_byte: Vec<Vec<Candidate>>,
}

/// A rule a haystack may match, and where the rule's prefix table is once it has read the
/// bytes the haystack was looked up by (its walk goes on from there).
#[derive(Debug, Clone, Copy)]
struct Candidate {
    rule: usize,
    state: u8,
}

impl RuleSet {
    fn new(rules: &[Rule], keep: fn(Scope) -> bool) -> RuleSet {
        let all: Vec<Candidate> = (0..rules.len())
            .filter(|&i| keep(rules[i].scope))
            .map(|rule| Candidate { rule, state: PREFIX_START })
            .collect();
        let after = |c: &Candidate, b: u8| match &rules[c.rule].prefilter.prefix {
            Some(prefix) => Candidate { state: prefix.next(PREFIX_START, b), ..*c },
            None => *c,
        };
        let by_first_byte = (0..=255u8)
            .map(|b| all.iter().map(|c| after(c, b)).filter(|c| c.state != DEAD).collect())
            .collect();
        RuleSet { all, by_first_byte }
    }

    /// The rules that may match `haystack`, as far as its first byte tells, and the bytes
    /// after it.
    fn for_haystack<'h>(&self, haystack: &'h str) -> (&[Candidate], &'h [u8]) {
        match haystack.as_bytes().split_first() {
            Some((&b, after)) => (&self.by_first_byte[usize::from(b)], after),
            None => (&self.all, &[]),
        }
    }
}

impl ZoneRules {
    pub fn load(source: &DataSource) -> Result<Self> {
        let (text, name) = source.read(&RULES)?;
        Self::parse(&text, &name)
    }

    pub fn parse(text: &str, name: &str) -> Result<Self> {
        let mut placeholders: HashMap<String, Placeholder> = HashMap::new();
        let stand_in = regex_syntax::parse(STAND_IN).expect("a valid pattern");
        let mut rules = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let at = || format!("{name}:{}", i + 1);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(def) = line.strip_prefix('=') {
                let (key, pat) =
                    def.split_once('\t').ok_or_else(|| anyhow!("{}: expected =NAME<TAB>pattern", at()))?;
                let text = expand(pat, &placeholders, None).with_context(at)?;
                placeholders.insert(key.trim().to_string(), Placeholder::new(text));
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [kind, scope, pattern] = cols[..] else {
                bail!(
                    "{}: expected 3 tab-separated columns (kind, where, pattern), found {}",
                    at(),
                    cols.len()
                );
            };
            let kind = parse_kind(kind).ok_or_else(|| anyhow!("{}: unknown zone kind {kind:?}", at()))?;
            let scope = match scope {
                "line" => Scope::Line,
                "lead" => Scope::Lead,
                "span" => Scope::Span,
                "block" => Scope::Block,
                other => bail!("{}: unknown scope {other:?} (line, lead, span or block)", at()),
            };
            let anchor = |body: String| match scope {
                Scope::Line | Scope::Lead | Scope::Block => format!("^(?:{body})$"),
                Scope::Span => format!("^(?:{body})"),
            };
            let mut spliced = Vec::new();
            let with_stand_ins = anchor(expand(pattern, &placeholders, Some(&mut spliced)).with_context(at)?);
            let hir = match regex_syntax::parse(&with_stand_ins) {
                Ok(hir) if spliced.is_empty() => Some(hir),
                Ok(hir) => splice_all(hir, &spliced, &stand_in),
                Err(_) => None,
            };
            let hir = match hir {
                Some(hir) => hir,
                // Parsed as `Regex::new` parses it, so a bad pattern is an error now, not when it
                // is compiled.
                None => {
                    let anchored = anchor(expand(pattern, &placeholders, None).with_context(at)?);
                    regex_syntax::parse(&anchored).with_context(|| format!("{}: bad pattern", at()))?
                }
            };
            let prefilter = Prefilter::new(&hir);
            let only_common = is_within_common(&hir);
            let whole_line = scope != Scope::Span;
            let from_end = (whole_line && opens_on_nearly_anything(&hir) && !closes_on_nearly_anything(&hir))
                .then(OnceLock::new);
            let relaxed = has_long_repetition(&hir).then(OnceLock::new);
            rules.push(Rule {
                kind,
                scope,
                hir,
                at: at(),
                common: OnceLock::new(),
                full: OnceLock::new(),
                prefilter,
                only_common,
                from_end,
                relaxed,
            });
        }
        Ok(ZoneRules {
            whole_in_lead: RuleSet::new(&rules, |scope| {
                matches!(scope, Scope::Line | Scope::Lead | Scope::Block)
            }),
            whole_in_body: RuleSet::new(&rules, |scope| matches!(scope, Scope::Line | Scope::Block)),
            spans: RuleSet::new(&rules, |scope| scope == Scope::Span),
            rules,
        })
    }
}

fn parse_kind(s: &str) -> Option<ZoneKind> {
    Some(match s {
        "header" => ZoneKind::Header,
        "update_stamp" => ZoneKind::UpdateStamp,
        "related" => ZoneKind::Related,
        "caption" => ZoneKind::Caption,
        "footer" => ZoneKind::Footer,
        "signoff" => ZoneKind::Signoff,
        _ => return None,
    })
}

/// A placeholder's pattern, and what it parses to on its own (none if it does not parse, or
/// holds a capture group, whose number would depend on the rule).
struct Placeholder {
    text: String,
    hir: Option<Hir>,
}

impl Placeholder {
    fn new(text: String) -> Placeholder {
        let hir = regex_syntax::parse(&format!("(?:{text})"))
            .ok()
            .filter(|hir| hir.properties().explicit_captures_len() == 0);
        Placeholder { text, hir }
    }
}

/// What a rule is parsed with where a placeholder stands, in a group named `PLACEHOLDER_GROUP`
/// and its number: any flag in force there (`(?i)`, `(?x)`, `(?s)`, `(?U)`, `(?m)`, `(?R)`,
/// `(?-u)`) would parse it differently (a class for "a", no space, another dot, a lazy "*",
/// another "^"), so where it parses as it does alone, the placeholder would too.
const STAND_IN: &str = "a .*^";
const PLACEHOLDER_GROUP: &str = "zone_placeholder_";

/// Replaces `{NAME}` by the placeholder's pattern, as a group of its own. With `spliced`, a
/// placeholder that parses on its own is replaced by a named group around `STAND_IN` instead,
/// and its parsed pattern pushed on `spliced` (for `splice_all`): the rules repeat the
/// placeholders' Unicode classes many times, and parsing them is most of a rule's cost.
fn expand<'p>(
    pattern: &str,
    placeholders: &'p HashMap<String, Placeholder>,
    mut spliced: Option<&mut Vec<&'p Hir>>,
) -> Result<String> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').unwrap_or(0);
        let key = &after[..close];
        // `{2,4}` are regex repetitions and `\p{L}` a Unicode class, not placeholders.
        let unicode_class = out.ends_with("\\p") || out.ends_with("\\P");
        if close > 0 && !unicode_class && key.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
            let value = placeholders.get(key).ok_or_else(|| anyhow!("unknown placeholder {{{key}}}"))?;
            match (spliced.as_deref_mut(), &value.hir) {
                (Some(spliced), Some(hir)) => {
                    out.push_str(&format!("(?P<{PLACEHOLDER_GROUP}{}>{STAND_IN})", spliced.len()));
                    spliced.push(hir);
                }
                _ => {
                    out.push_str("(?:");
                    out.push_str(&value.text);
                    out.push(')');
                }
            }
            rest = &after[close + 1..];
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// `hir`, parsed from a rule whose placeholders `expand` replaced by stand-ins, with each
/// stand-in replaced by its placeholder's parsed pattern (`spliced`): the rule as parsed
/// whole, as the smart constructors rebuild each group around them as the parser built it
/// (a test checks every rule). None where a stand-in is not as alone (a flag in force there)
/// or the rule has capture groups of its own: it is parsed whole then.
fn splice_all(hir: Hir, spliced: &[&Hir], stand_in: &Hir) -> Option<Hir> {
    let mut found = 0;
    let hir = splice(hir, spliced, stand_in, &mut found)?;
    (found == spliced.len()).then_some(hir)
}

fn splice(hir: Hir, spliced: &[&Hir], stand_in: &Hir, found: &mut usize) -> Option<Hir> {
    // Only groups are stand-ins: a part without any is as parsed.
    if hir.properties().explicit_captures_len() == 0 {
        return Some(hir);
    }
    Some(match hir.into_kind() {
        HirKind::Capture(group) => {
            let n: usize = group.name.as_deref()?.strip_prefix(PLACEHOLDER_GROUP)?.parse().ok()?;
            if *group.sub != *stand_in {
                return None;
            }
            *found += 1;
            (*spliced.get(n)?).clone()
        }
        HirKind::Repetition(rep) => {
            Hir::repetition(Repetition { sub: Box::new(splice(*rep.sub, spliced, stand_in, found)?), ..rep })
        }
        HirKind::Concat(parts) => Hir::concat(
            parts.into_iter().map(|part| splice(part, spliced, stand_in, found)).collect::<Option<_>>()?,
        ),
        HirKind::Alternation(branches) => Hir::alternation(
            branches
                .into_iter()
                .map(|branch| splice(branch, spliced, stand_in, found))
                .collect::<Option<_>>()?,
        ),
        // Nothing else holds a group.
        _ => return None,
    })
}

/// Lines of `text` as spans, without their `\n`.
pub fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    let mut start = 0;
    ends.map(move |end| {
        let s = Span::new(start, end);
        start = end + 1;
        s
    })
}

/// The lines of `text` that are not empty, as `lines` gives them: a run of line breaks is
/// stepped over byte by byte rather than searched through (articles leave a blank line between
/// paragraphs).
fn filled_lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        while bytes.get(start) == Some(&b'\n') {
            start += 1;
        }
        if start >= bytes.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let line = Span::new(start, end);
        start = end + 1;
        Some(line)
    })
}

/// Whether a line reads as a body paragraph (which ends the leading block).
fn is_body_paragraph(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with(['.', '!', '?', '…', '»', '"', '”'])
        && t.split_whitespace().nth(BODY_PARAGRAPH_MIN_WORDS - 1).is_some()
}

/// Whether a line may be a title listed under a `block` heading: a few words, no final
/// punctuation.
fn is_listed_title(line: &str) -> bool {
    let t = line.trim_end();
    !t.ends_with(['.', '!', '?', '…', '»', '"', '”', ':', ';', ','])
        && t.split_whitespace().nth(BLOCK_TITLE_MAX_WORDS).is_none()
}

/// A title under a related-links heading has at most this many words.
const BLOCK_TITLE_MAX_WORDS: usize = 20;
/// After the leading block, a line this long at most may still be furniture from end to end
/// by `span` rules ("Publié vendredi 7 juillet 2017 à 07:27, modifié … à 12:15." under a
/// standfirst).
const SPANNED_LINE_MAX_LEN: usize = 200;

/// Finds the furniture of `text`; zones are sorted and never overlap.
pub fn detect(text: &str, rules: &ZoneRules) -> Vec<Zone> {
    let mut zones = Vec::new();
    let mut in_lead = true;
    let mut found = Occurrences::new(text, rules);
    // The kind of the `block` heading the lines above were listed under.
    let mut listing: Option<ZoneKind> = None;
    // An empty line is no furniture and changes nothing.
    for line in filled_lines(text) {
        let s = line.slice(text);
        if s.trim().is_empty() {
            continue;
        }
        // Furniture as a whole line does not end the leading block (a cookie banner above the
        // headline).
        let candidates = if in_lead { &rules.whole_in_lead } else { &rules.whole_in_body };
        let mut uncommon = Uncommon::new(s);
        let (candidates, after_first) = candidates.for_haystack(s);
        let whole = candidates
            .iter()
            .find(|&&c| {
                found.may_match_after(rules, c, after_first, line)
                    && rules.rules[c.rule].match_end_at(&mut uncommon, 0).is_some()
            })
            .map(|c| &rules.rules[c.rule]);
        if let Some(rule) = whole {
            zones.push(Zone { span: line, kind: rule.kind });
            listing = (rule.scope == Scope::Block).then_some(rule.kind);
            continue;
        }
        // A title listed under a heading (furniture of its own kind was told above: "Partager").
        if let Some(kind) = listing {
            if is_listed_title(s) {
                zones.push(Zone { span: line, kind });
                continue;
            }
            listing = None;
        }
        // The first body paragraph may still open on furniture ("GENÈVE (Reuters) - …").
        let mut first_body = false;
        if in_lead && is_body_paragraph(s) {
            in_lead = false;
            first_body = true;
        }
        if in_lead || first_body {
            leading_spans(text, line, rules, &mut found, &mut uncommon, &mut zones);
        } else if s.len() <= SPANNED_LINE_MAX_LEN {
            // Later, only a line that is furniture to its end.
            let before = zones.len();
            leading_spans(text, line, rules, &mut found, &mut uncommon, &mut zones);
            if zones.last().is_some_and(|z| z.span.end != line.end) {
                zones.truncate(before);
            }
        }
    }
    zones
}

/// Where each rule's required substrings next occur in a text, searched once for many lines:
/// a text holds "©" a few times at most, and searching each line again costs more than the
/// line's other prefilters together.
struct Occurrences<'t> {
    text: &'t str,
    /// By rule: where its last search started, and the occurrence found (the leftmost of
    /// those starting there or later).
    searched: Vec<Option<(usize, Option<Range<usize>>)>>,
}

impl<'t> Occurrences<'t> {
    fn new(text: &'t str, rules: &ZoneRules) -> Occurrences<'t> {
        Occurrences { text, searched: vec![None; rules.rules.len()] }
    }

    /// Whether the prefilter of rule `index` lets `haystack`, which is `text[span]`, through:
    /// `Prefilter::may_match` on it.
    #[cfg(test)]
    fn may_match(&mut self, rules: &ZoneRules, index: usize, haystack: &str, span: Span) -> bool {
        self.may_match_after(rules, Candidate { rule: index, state: PREFIX_START }, haystack.as_bytes(), span)
    }

    /// `may_match` on `text[span]`, of which the candidate's prefix table has read all but
    /// `rest`.
    #[inline]
    fn may_match_after(&mut self, rules: &ZoneRules, candidate: Candidate, rest: &[u8], span: Span) -> bool {
        let filter = &rules.rules[candidate.rule].prefilter;
        filter.prefix.as_ref().is_none_or(|p| p.may_match_from(candidate.state, rest))
            && filter.required.as_ref().is_none_or(|required| self.holds(required, candidate.rule, span))
    }

    /// Whether `text[span]` holds one of the `required` substrings of rule `index`.
    #[inline(never)]
    fn holds(&mut self, required: &AhoCorasick, index: usize, span: Span) -> bool {
        let found = match &self.searched[index] {
            // Still the leftmost of those starting at `span.start` or later.
            Some((from, found))
                if *from <= span.start && found.as_ref().is_none_or(|m| m.start >= span.start) =>
            {
                found.clone()
            }
            _ => {
                let input = aho_corasick::Input::new(self.text).span(span.start..self.text.len());
                let found = required.find(input).map(|m| m.range());
                self.searched[index] = Some((span.start, found.clone()));
                found
            }
        };
        // Spans end at a line's end, which no occurrence crosses: if any occurrence lies in
        // the span, the leftmost one does.
        found.is_some_and(|m| m.end <= span.end)
    }
}

/// Furniture at the start of a leading-block line, one span rule after another.
fn leading_spans(
    text: &str,
    line: Span,
    rules: &ZoneRules,
    found: &mut Occurrences,
    uncommon: &mut Uncommon,
    zones: &mut Vec<Zone>,
) {
    let mut pos = line.start;
    let first = zones.len();
    loop {
        let gap = skip_separators(&text[pos..line.end]);
        let at = pos + gap;
        let rest = &text[at..line.end];
        // Only a non-empty match counts, and an empty rest has none.
        if rest.is_empty() {
            break;
        }
        let (candidates, after_first) = rules.spans.for_haystack(rest);
        let Some((rule, m)) = candidates
            .iter()
            .filter(|&&c| found.may_match_after(rules, c, after_first, Span::new(at, line.end)))
            .map(|c| &rules.rules[c.rule])
            .find_map(|r| {
                let end = r.match_end_at(uncommon, at - line.start)?;
                (end > 0).then_some((r, end))
            })
        else {
            break;
        };
        let end = at + m;
        // Separators between two pieces of furniture belong to the first.
        if zones.len() > first {
            if let Some(prev) = zones.last_mut().filter(|z| z.span.end == pos) {
                prev.span.end = at;
            }
        }
        zones.push(Zone { span: Span::new(at, end), kind: rule.kind });
        pos = end;
    }
    // A line left with nothing but separators is furniture to its end.
    if zones.len() > first && skip_separators(&text[pos..line.end]) == line.end - pos {
        zones.last_mut().expect("pushed above").span.end = line.end;
    }
}

/// How many bytes of a line the prefilter's automaton reads at most: enough to tell most body
/// lines from the openings the rules look for ("Lire aussi", "Photo", "AFP").
const PREFIX_DEPTH: usize = 4;
/// At most this many automaton states (beyond, the prefilter lets the line through).
const PREFIX_STATES: usize = 64;
/// Prefilter states: no match is possible, or one may be (the regex tells).
const DEAD: u8 = 0;
const MAYBE: u8 = 1;
const PREFIX_START: u8 = 2;
/// At most this many substrings in a rule's required set (beyond, it has none).
const MAX_REQUIRED: usize = 64;

/// A necessary condition for an anchored rule to match a haystack, derived from its pattern:
/// its automaton survives the first bytes, or, for a pattern that may open on nearly any
/// character (where that tells nothing), the haystack holds one of the substrings every match
/// contains ("©" for a caption ending on a credit).
#[derive(Debug)]
struct Prefilter {
    prefix: Option<PrefixTable>,
    required: Option<AhoCorasick>,
}

/// The rule's DFA over the first `PREFIX_DEPTH` bytes of a haystack: byte → class, then
/// `next[state * stride + class]`.
#[derive(Debug)]
struct PrefixTable {
    classes: [u8; 256],
    next: Vec<u8>,
    stride: usize,
}

impl Prefilter {
    /// The prefilter of the parsed pattern `hir` (anchored at its start, as the rules are). Whatever it cannot
    /// analyse, it lets through.
    fn new(hir: &Hir) -> Prefilter {
        if !opens_on_nearly_anything(hir) {
            if let Some(prefix) = PrefixTable::new(hir) {
                return Prefilter { prefix: Some(prefix), required: None };
            }
        }
        // Leftmost-first, so that the search may use a vectorised prefilter (a text holds "AFP"
        // a few times at most). Substrings with no line break cannot cross a line's end, so an
        // occurrence starting in a line ends in it too (`Occurrences` relies on it).
        let required = required_substrings(hir)
            .filter(|subs| subs.iter().all(|s| !s.is_empty() && !s.contains(&b'\n')))
            .and_then(|subs| {
                AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostFirst).build(subs).ok()
            });
        Prefilter { prefix: None, required }
    }

    /// False only if the rule's regex cannot match `haystack` (at its start).
    #[cfg(test)]
    fn may_match(&self, haystack: &str) -> bool {
        self.prefix.as_ref().is_none_or(|p| p.may_match(haystack.as_bytes()))
            && self.required.as_ref().is_none_or(|r| r.is_match(haystack))
    }
}

impl PrefixTable {
    /// The automaton of the rule's opening, `PREFIX_DEPTH` bytes deep.
    fn new(hir: &Hir) -> Option<PrefixTable> {
        let nfa = opening_nfa(hir)?;
        if only_start_or_end(&nfa) {
            PrefixSubsets::new(&nfa).table()
        } else {
            PrefixTable::from_lazy_dfa(nfa)
        }
    }

    /// Explores the lazy DFA of `nfa` from its anchored start, `PREFIX_DEPTH` bytes deep.
    fn from_lazy_dfa(nfa: thompson::NFA) -> Option<PrefixTable> {
        // Every match, not only the leftmost-first: no thread is dropped after a match.
        let dfa =
            DFA::builder().configure(DFA::config().match_kind(MatchKind::All)).build_from_nfa(nfa).ok()?;
        let mut cache = dfa.create_cache();
        let byte_classes = dfa.byte_classes();
        let start = dfa.start_state(&mut cache, &start::Config::new().anchored(Anchored::Yes)).ok()?;
        let mut ids: HashMap<LazyStateID, u8> = HashMap::from([(start, PREFIX_START)]);
        // (state, bytes read, continuation bytes the character being read still has)
        let mut todo = VecDeque::from([(start, 0, 0)]);
        let stride = byte_classes.alphabet_len() - 1;
        // Rows for DEAD and MAYBE, never read: the walk stops there.
        let mut next = vec![MAYBE; (PREFIX_START as usize + 1) * stride];
        while let Some((state, depth, continuing)) = todo.pop_front() {
            let row = ids[&state] as usize * stride;
            let mut seen = [false; 256];
            for b in explored_bytes(continuing) {
                let class = byte_classes.get(b) as usize;
                if std::mem::replace(&mut seen[class], true) {
                    continue;
                }
                let to = dfa.next_state(&mut cache, state, b).ok()?;
                // A match state (seen one byte late) or quitting: the regex decides.
                next[row + class] = if to.is_dead() {
                    DEAD
                } else if to.is_match() || to.is_quit() || depth + 1 >= PREFIX_DEPTH {
                    MAYBE
                } else if let Some(&id) = ids.get(&to) {
                    id
                } else if ids.len() < PREFIX_STATES {
                    let id = ids.len() as u8 + PREFIX_START;
                    ids.insert(to, id);
                    let continuing = match b {
                        0x80..=0xBF => continuing.saturating_sub(1),
                        0xE0.. => 2,
                        0xC0.. => 1,
                        _ => 0,
                    };
                    todo.push_back((to, depth + 1, continuing));
                    next.resize(next.len() + stride, MAYBE);
                    id
                } else {
                    MAYBE
                };
            }
        }
        // The lazy DFA's state ids are only good while its cache has not been cleared.
        if cache.clear_count() > 0 {
            return None;
        }
        let mut classes = [0u8; 256];
        for b in 0..=255u8 {
            classes[b as usize] = byte_classes.get(b);
        }
        Some(PrefixTable { classes, next, stride })
    }

    /// False if the automaton dies within the first bytes of `haystack`.
    #[cfg(test)]
    fn may_match(&self, haystack: &[u8]) -> bool {
        self.may_match_from(PREFIX_START, haystack)
    }

    /// `may_match` on a haystack of which the automaton has read all but `rest`, to `state`.
    #[inline]
    fn may_match_from(&self, mut state: u8, rest: &[u8]) -> bool {
        for &b in rest {
            if state < PREFIX_START {
                break;
            }
            state = self.next(state, b);
        }
        state != DEAD
    }

    /// The state after `state` reads `b` (`state` is neither `DEAD` nor `MAYBE`).
    #[inline]
    fn next(&self, state: u8, b: u8) -> u8 {
        self.next[state as usize * self.stride + self.classes[b as usize] as usize]
    }
}

/// The NFA of the rule's opening (`truncated`, `widened`), which the prefix table follows.
fn opening_nfa(hir: &Hir) -> Option<thompson::NFA> {
    // Every option `Matcher::new` sets, set too: `configure` keeps those left unset.
    let config =
        thompson::Config::new().which_captures(WhichCaptures::None).nfa_size_limit(None).reverse(false);
    let opening = widened(&truncated(hir, PREFIX_DEPTH));
    // The shared compiler: a new one would allocate (and free) its class cache for each rule.
    COMPILER.with_borrow_mut(|compiler| compiler.configure(config).build_from_hir(&opening).ok())
}

/// Whether the NFA asserts only the start and the end of the text, as the rules' openings do
/// (`widened` drops word boundaries): `PrefixSubsets` builds their tables; the lazy DFA, others.
fn only_start_or_end(nfa: &thompson::NFA) -> bool {
    use regex_automata::util::look::{Look as Assertion, LookSet};
    nfa.look_set_any().subtract(LookSet::empty().insert(Assertion::Start).insert(Assertion::End)).is_empty()
}

/// The subset construction of a rule opening's NFA (start and end assertions only), as the lazy
/// DFA builds it with every match kept (`MatchKind::All`), the same states found in the same
/// order: `PrefixTable::from_lazy_dfa` without stepping the lazy DFA through each class, which
/// goes over all of a state's NFA states again each time.
struct PrefixSubsets<'a> {
    nfa: &'a thompson::NFA,
    closure: Closure,
}

/// In a subset's key: whether it is a match state (its NFA states held a match before the byte
/// that led there), and whether it is the start (where the start assertion holds).
const KEY_MATCH: u32 = 1;
const KEY_START: u32 = 2;

impl<'a> PrefixSubsets<'a> {
    fn new(nfa: &'a thompson::NFA) -> PrefixSubsets<'a> {
        PrefixSubsets { nfa, closure: Closure::new(nfa) }
    }

    /// The table `PrefixTable::from_lazy_dfa` builds from the same NFA.
    fn table(mut self) -> Option<PrefixTable> {
        use thompson::State;
        let nfa = self.nfa;
        let byte_classes = *nfa.byte_classes();
        let stride = byte_classes.alphabet_len() - 1;
        self.closure.next_generation();
        let mut start = vec![KEY_START];
        self.closure.extend(nfa, nfa.start_anchored(), true, &mut start);
        let mut keys: Vec<Vec<u32>> = vec![start.clone()];
        let mut ids: HashMap<Vec<u32>, u8, foldhash::fast::FixedState> = HashMap::default();
        ids.insert(start, PREFIX_START);
        // (state, bytes read, continuation bytes the character being read still has)
        let mut todo = VecDeque::from([(PREFIX_START, 0, 0)]);
        // Rows for DEAD and MAYBE, never read: the walk stops there.
        let mut next = vec![MAYBE; (PREFIX_START as usize + 1) * stride];
        let mut key = Vec::new();
        while let Some((id, depth, continuing)) = todo.pop_front() {
            let state = std::mem::take(&mut keys[usize::from(id - PREFIX_START)]);
            let row = usize::from(id) * stride;
            // A match among the NFA states: every byte leads to a match state (seen one byte
            // late), where the regex decides.
            let holds_match = state[1..]
                .iter()
                .any(|&n| matches!(nfa.state(StateID::new_unchecked(n as usize)), State::Match { .. }));
            let mut seen = [false; 256];
            for b in explored_bytes(continuing) {
                let class = byte_classes.get(b) as usize;
                if std::mem::replace(&mut seen[class], true) {
                    continue;
                }
                key.clear();
                key.push(if holds_match { KEY_MATCH } else { 0 });
                self.closure.next_generation();
                for &n in &state[1..] {
                    let to = match nfa.state(StateID::new_unchecked(n as usize)) {
                        State::ByteRange { trans } => trans.matches_byte(b).then_some(trans.next),
                        State::Sparse(sparse) => sparse.matches_byte(b),
                        State::Dense(dense) => dense.matches_byte(b),
                        _ => None,
                    };
                    if let Some(to) = to {
                        self.closure.extend(nfa, to, false, &mut key);
                    }
                }
                next[row + class] = if key == [0] {
                    DEAD
                } else if holds_match || depth + 1 >= PREFIX_DEPTH {
                    MAYBE
                } else if let Some(&id) = ids.get(&key) {
                    id
                } else if ids.len() < PREFIX_STATES {
                    let id = ids.len() as u8 + PREFIX_START;
                    ids.insert(key.clone(), id);
                    keys.push(key.clone());
                    let continuing = match b {
                        0x80..=0xBF => continuing.saturating_sub(1),
                        0xE0.. => 2,
                        0xC0.. => 1,
                        _ => 0,
                    };
                    todo.push_back((id, depth + 1, continuing));
                    next.resize(next.len() + stride, MAYBE);
                    id
                } else {
                    MAYBE
                };
            }
        }
        let mut classes = [0u8; 256];
        for b in 0..=255u8 {
            classes[b as usize] = byte_classes.get(b);
        }
        Some(PrefixTable { classes, next, stride })
    }
}

/// The bytes a prefix table follows from a state: inside a character, its continuation bytes;
/// else ASCII and the lead bytes of French text (no-break space, « », Latin-1 letters, general
/// punctuation). Others go unexplored (the regex decides), which keeps the tables small and
/// quick to build: Unicode classes have states for every script.
fn explored_bytes(continuing: u8) -> impl Iterator<Item = u8> {
    let (ascii, leads, continuations) =
        if continuing > 0 { (0..0, &[][..], 0x80..0xC0) } else { (0..0x80, &[0xC2, 0xC3, 0xE2][..], 0..0) };
    ascii.chain(leads.iter().copied()).chain(continuations)
}

/// A pattern that matches more than `hir` (so its prefixes are still a necessary condition) and
/// builds a much smaller automaton: without Unicode word boundaries (which would stop the DFA at
/// the first non-ASCII byte), with classes that hold a character beyond Latin-1 (`\p{L}`…)
/// widened to all of them, and counted repetitions longer than the prefix left open.
fn widened(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Look(
            Look::WordUnicode
            | Look::WordUnicodeNegate
            | Look::WordStartUnicode
            | Look::WordEndUnicode
            | Look::WordStartHalfUnicode
            | Look::WordEndHalfUnicode,
        ) => Hir::empty(),
        HirKind::Class(Class::Unicode(class)) if class.iter().any(|r| r.end() > '\u{ff}') => {
            let latin1 = class.iter().filter(|r| r.start() <= '\u{ff}');
            let latin1 = latin1.map(|r| ClassUnicodeRange::new(r.start(), r.end().min('\u{ff}')));
            let beyond = ClassUnicodeRange::new('\u{100}', char::MAX);
            Hir::class(Class::Unicode(ClassUnicode::new(latin1.chain([beyond]))))
        }
        HirKind::Capture(group) => {
            Hir::capture(Capture { sub: Box::new(widened(&group.sub)), ..group.clone() })
        }
        HirKind::Repetition(rep) => {
            // More than the prefix can see is as good as any number ("{1,40}" as "+").
            let depth = PREFIX_DEPTH as u32;
            let (min, max) = (rep.min.min(depth), rep.max.filter(|&max| max <= depth));
            Hir::repetition(Repetition { min, max, sub: Box::new(widened(&rep.sub)), ..rep.clone() })
        }
        HirKind::Concat(parts) => Hir::concat(parts.iter().map(widened).collect()),
        HirKind::Alternation(branches) => Hir::alternation(branches.iter().map(widened).collect()),
        _ => hir.clone(),
    }
}

/// A pattern whose matches open as those of `hir` may over their first `budget` bytes (so its
/// prefixes that long are still a necessary condition), without what comes after: a
/// concatenation is cut after the part its matches cannot get through in fewer bytes. The
/// prefix table's automaton is then built from the rules' openings only, not from their
/// whole patterns.
fn truncated(hir: &Hir, budget: usize) -> Hir {
    match hir.kind() {
        HirKind::Capture(group) => {
            Hir::capture(Capture { sub: Box::new(truncated(&group.sub, budget)), ..group.clone() })
        }
        HirKind::Alternation(branches) => {
            Hir::alternation(branches.iter().map(|branch| truncated(branch, budget)).collect())
        }
        HirKind::Concat(parts) => {
            let mut kept = Vec::new();
            let mut left = budget;
            for part in parts {
                let least = part.properties().minimum_len().unwrap_or(0);
                if least >= left {
                    // Every match has read `budget` bytes by the end of this part.
                    kept.push(truncated(part, left));
                    break;
                }
                kept.push(part.clone());
                left -= least;
            }
            Hir::concat(kept)
        }
        _ => hir.clone(),
    }
}

/// Whether the pattern's matches may open on nearly any character (a class of more than half
/// of Unicode, as `[^.!?]`, or of nearly all of Latin-1, as `[\x{0}-\x{9}\x{b}-\x{ff}]`).
fn opens_on_nearly_anything(hir: &Hir) -> bool {
    on_nearly_anything(hir, false)
}

/// Whether the pattern's matches may close on nearly any character (".*").
fn closes_on_nearly_anything(hir: &Hir) -> bool {
    on_nearly_anything(hir, true)
}

/// `opens_on_nearly_anything`, or with `at_end`, `closes_on_nearly_anything`.
fn on_nearly_anything(hir: &Hir, at_end: bool) -> bool {
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let size = |r: &ClassUnicodeRange, top: u32| {
                (u32::from(r.end()).min(top) + 1).saturating_sub(u32::from(r.start()))
            };
            class.iter().map(|r| size(r, u32::MAX - 1)).sum::<u32>() > 0x88000
                || class.iter().map(|r| size(r, 0xFF)).sum::<u32>() > 0xF0
        }
        HirKind::Class(Class::Bytes(class)) => {
            class.iter().map(|r| usize::from(r.end() - r.start()) + 1).sum::<usize>() > 128
        }
        HirKind::Capture(group) => on_nearly_anything(&group.sub, at_end),
        HirKind::Repetition(rep) => on_nearly_anything(&rep.sub, at_end),
        HirKind::Concat(parts) => {
            let mut parts = parts.iter().filter(|p| !matches!(p.kind(), HirKind::Look(_) | HirKind::Empty));
            let edge = if at_end { parts.next_back() } else { parts.next() };
            edge.is_some_and(|p| on_nearly_anything(p, at_end))
        }
        _ => false,
    }
}

/// Substrings one of which every match of `hir` contains, if the pattern says so: its literals,
/// through groups, repetitions of at least one and alternations; in a concatenation, the
/// longest (then fewest) of its parts' sets.
fn required_substrings(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Literal(lit) => Some(vec![lit.0.to_vec()]),
        HirKind::Capture(group) => required_substrings(&group.sub),
        HirKind::Repetition(rep) if rep.min > 0 => required_substrings(&rep.sub),
        HirKind::Concat(parts) => parts.iter().filter_map(required_substrings).max_by_key(|set| {
            let shortest = set.iter().map(Vec::len).min().unwrap_or(0);
            (shortest, std::cmp::Reverse(set.len()))
        }),
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            for branch in branches {
                all.extend(required_substrings(branch)?);
            }
            (all.len() <= MAX_REQUIRED).then_some(all)
        }
        _ => None,
    }
}

/// Length of the leading run of spaces and separators ("|", "-", "·", ",").
fn skip_separators(s: &str) -> usize {
    s.len()
        - s.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | '·' | '•' | ',')
        })
        .len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> &'static ZoneRules {
        static RULES: std::sync::OnceLock<ZoneRules> = std::sync::OnceLock::new();
        RULES.get_or_init(|| ZoneRules::load(&DataSource::Embedded).unwrap())
    }

    /// The rules of `text`, each as `regex_syntax` parses it with its placeholders written out.
    fn parsed_whole(text: &str) -> Vec<Hir> {
        let mut placeholders = HashMap::new();
        let mut hirs = Vec::new();
        for line in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            if let Some(def) = line.strip_prefix('=') {
                let (key, pat) = def.split_once('\t').unwrap();
                placeholders
                    .insert(key.to_string(), Placeholder::new(expand(pat, &placeholders, None).unwrap()));
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let body = expand(cols[2], &placeholders, None).unwrap();
            let anchored = if cols[1] == "span" { format!("^(?:{body})") } else { format!("^(?:{body})$") };
            hirs.push(regex_syntax::parse(&anchored).unwrap());
        }
        hirs
    }

    #[test]
    fn placeholders_parsed_once_give_each_rule_as_parsed_whole() {
        let (text, _) = DataSource::Embedded.read(&RULES).unwrap();
        let whole = parsed_whole(&text);
        assert_eq!(rules().rules.len(), whole.len());
        for (rule, hir) in rules().rules.iter().zip(&whole) {
            assert_eq!(&rule.hir, hir, "{}", rule.at);
        }
    }

    #[test]
    fn placeholders_under_flags_or_beside_groups_are_parsed_whole() {
        let text = "=X\t(?:ab|c)\n=Y\t[\\p{Lu}]x*\n\
                    header\tspan\t(?i:{X}) {X}\n\
                    header\tspan\t(?x: {X} ){Y}?\n\
                    header\tline\t(f)({Y}|{X})+\n\
                    header\tline\t(?s){X}.{Y}\n\
                    header\tspan\t(?U)x*{X}*\n";
        let rules = ZoneRules::parse(text, "test").unwrap();
        let whole = parsed_whole(text);
        assert_eq!(rules.rules.len(), 5);
        for (rule, hir) in rules.rules.iter().zip(&whole) {
            assert_eq!(&rule.hir, hir, "{}", rule.at);
        }
        // Case-insensitive in the group, not after it.
        assert!(rules.rules[0].is_match("AB ab") && !rules.rules[0].is_match("AB AB"));
        // A placeholder is one group: "?" makes the whole of it optional.
        assert!(rules.rules[1].is_match("ab") && rules.rules[1].is_match("cÉxx"));
    }

    fn zoned(text: &str) -> Vec<(ZoneKind, &str)> {
        detect(text, rules()).into_iter().map(|z| (z.kind, z.span.slice(text))).collect()
    }

    /// Pieces of furniture and of body text, to build lines the rules may or may not match.
    const PIECES: &[&str] = &[
        " ",
        "  ",
        "\u{a0}",
        "Lire aussi",
        "À lire aussi",
        " :",
        ":",
        ">>",
        "»»",
        "©",
        "© ",
        "AFP",
        "Reuters",
        "avec ",
        "/",
        "abc",
        "kat",
        "Photo",
        "Image ",
        "|",
        ".",
        ". ",
        "!",
        "Le ",
        "La ",
        "L'",
        "MONDE",
        "12/03/2016",
        "1er mars 2016",
        " 08:30",
        " EDT",
        "Actualisé ",
        "Publié le ",
        "date ",
        "2017-02",
        "(",
        ")",
        "-",
        "—",
        " - ",
        "GENÈVE",
        "Kazakhstan",
        "Suivez ",
        "Vous avez repéré une erreur",
        "é",
        "x",
        "Paris",
        "ministre",
        "Jean Dupont",
        "Sputnik",
        "ŁÓDŹ",
        "Ђ",
        "\u{2070}",
        // Letters the cut-down regex reads through stand-ins, and one it cannot (a title case).
        "Plenković",
        "Çavuşoğlu",
        "İ",
        "ı",
        "ǅ",
        "Par ",
        ", le ",
        "14 juillet 2015",
        " – ",
    ];

    #[test]
    fn prefix_subsets_build_the_tables_the_lazy_dfa_builds() {
        for rule in &rules().rules {
            let nfa = opening_nfa(&rule.hir).unwrap();
            assert!(only_start_or_end(&nfa), "{}", rule.at);
            let subsets = PrefixSubsets::new(&nfa).table().unwrap();
            let lazy = PrefixTable::from_lazy_dfa(nfa).unwrap();
            assert_eq!(
                (subsets.classes, subsets.next, subsets.stride),
                (lazy.classes, lazy.next, lazy.stride),
                "{}",
                rule.at
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn the_prefilter_lets_every_match_through(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..10)
        ) {
            let line = pieces.concat();
            for rule in &rules().rules {
                if rule.is_match(&line) {
                    proptest::prop_assert!(rule.prefilter.may_match(&line), "{} on {line:?}", rule.hir);
                }
            }
        }

        #[test]
        fn occurrences_found_once_tell_each_line_and_rest_as_a_search_of_it(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..30),
            newlines in proptest::collection::vec(0..30usize, 0..6),
            cut in 0..8usize,
        ) {
            let mut pieces: Vec<&str> = pieces;
            for at in newlines {
                pieces.insert(at.min(pieces.len()), "\n");
            }
            let text = pieces.concat();
            let rules = rules();
            let mut found = Occurrences::new(&text, rules);
            for line in lines(&text) {
                // The whole line, then a rest of it, as `detect` and `leading_spans` ask.
                let mut rest = line.start + cut.min(line.end - line.start);
                while !text.is_char_boundary(rest) {
                    rest += 1;
                }
                for span in [line, Span::new(rest, line.end)] {
                    for i in 0..rules.rules.len() {
                        let haystack = span.slice(&text);
                        proptest::prop_assert_eq!(
                            found.may_match(rules, i, haystack, span),
                            rules.rules[i].prefilter.may_match(haystack),
                            "{} on {:?}", rules.rules[i].hir, haystack
                        );
                    }
                }
            }
        }

        #[test]
        fn each_line_gets_a_regex_that_matches_as_the_whole_pattern(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..10)
        ) {
            // The whole pattern as a regex: what the matchers must agree with.
            static WHOLE: std::sync::LazyLock<Vec<regex_automata::meta::Regex>> = std::sync::LazyLock::new(|| {
                rules().rules.iter().map(|r| regex_automata::meta::Regex::builder().build_from_hir(&r.hir).unwrap()).collect()
            });
            let line = pieces.concat();
            for (rule, whole) in rules().rules.iter().zip(WHOLE.iter()) {
                proptest::prop_assert_eq!(
                    rule.match_end(&line).map(|end| 0..end),
                    whole.find(&line).map(|m| m.range()),
                    "{} on {:?}", rule.hir, line
                );
            }
        }
    }

    #[test]
    fn lines_decided_before_their_first_character_beyond_common_need_no_whole_regex() {
        // Rules of their own: the shared ones may have built their whole regexes in other tests.
        let rules = ZoneRules::load(&DataSource::Embedded).unwrap();
        let text = format!("MOSCOU (AFP) - {BODY} Путин\nLa Pologne, à Łódź, a répondu.");
        let zones: Vec<_> =
            detect(&text, &rules).into_iter().map(|z| (z.kind, z.span.slice(&text))).collect();
        assert_eq!(zones, vec![(ZoneKind::Header, "MOSCOU (AFP) -")]);
        for rule in &rules.rules {
            assert!(rule.full.get().is_none(), "{}", rule.at);
        }
    }

    #[test]
    fn latin_extended_letters_are_read_through_stand_ins_without_the_whole_regex() {
        let rules = ZoneRules::load(&DataSource::Embedded).unwrap();
        let text =
            format!("Par Ivana Plenković, à Zagreb | 14 juillet 2015\n\nİzmir, le 14 juillet 2015 – {BODY}");
        let zones: Vec<_> =
            detect(&text, &rules).into_iter().map(|z| (z.kind, z.span.slice(&text))).collect();
        assert_eq!(
            zones,
            vec![
                (ZoneKind::Header, "Par Ivana Plenković, à Zagreb | 14 juillet 2015"),
                (ZoneKind::Header, "İzmir, le 14 juillet 2015 – ")
            ]
        );
        for rule in &rules.rules {
            assert!(rule.full.get().is_none(), "{}", rule.at);
        }
        // Stand-ins keep the offsets; a letter of no case has none.
        assert_eq!(with_common_stand_ins("Çavuşoğlu").as_deref(), Some("Çavuøoølu"));
        assert_eq!(with_common_stand_ins("İzmir").as_deref(), Some("Øzmir"));
        assert_eq!(with_common_stand_ins("ǅ"), None);
        assert_eq!(with_common_stand_ins("Путин"), None);
    }

    #[test]
    fn a_caption_ending_on_its_credit_is_read_from_the_line_end_as_the_whole_pattern_reads_it() {
        let from_end: Vec<&Rule> = rules().rules.iter().filter(|r| r.from_end.is_some()).collect();
        // Only the rule that opens on nearly anything and closes on a credit.
        assert_eq!(from_end.len(), 1);
        let rule = from_end[0];
        assert!(rule.scope == Scope::Line && rule.kind == ZoneKind::Caption, "{}", rule.at);
        let whole = regex_automata::meta::Regex::builder().build_from_hir(&rule.hir).unwrap();
        let long = "x".repeat(310);
        let mut lines = vec![
            "Le président ukrainien à Kiev, le 5 mai. SERGEI SUPINSKY/AFP".to_string(),
            "Des manifestants à Caracas, mardi. (AP Photo/Ariana Cubillos)".to_string(),
            "Le Premier ministre à Ankara, le 3 mai 2016. (ADEM ALTAN / AFP) ".to_string(),
            "La Pologne, à Łódź, mardi. Jean Dupont / AFP".to_string(),
            "Les discussions reprendront lundi à Genève. AFP".to_string(),
            format!("{BODY} Jean Dupont / AFP"),
            BODY.to_string(),
        ];
        // The sentence before the credit may be about 300 characters long, not more.
        let around_the_bound: Vec<String> =
            (295..310).map(|n| format!("{}. Jean Dupont / AFP", &long[..n])).collect();
        lines.extend(around_the_bound.iter().cloned());
        for line in &lines {
            assert_eq!(rule.match_end(line), whole.find(line).map(|m| m.end()), "{line}");
        }
        assert!(around_the_bound.iter().any(|line| rule.match_end(line).is_some()));
        assert!(around_the_bound.iter().any(|line| rule.match_end(line).is_none()));
    }

    #[test]
    fn long_bounded_repetitions_are_left_unbounded_and_short_ones_kept() {
        let hir = |p: &str| regex_syntax::parse(p).unwrap();
        assert_eq!(unbounded(&hir(r"a[^()]{1,240}b{0,2}c{3,300}?")), Some(hir(r"a[^()]+b{0,2}c+?")));
        assert_eq!(unbounded(&hir(r"(?:x\d{2,4})?")), Some(hir(r"(?:x\d+)?")));
        assert_eq!(unbounded(&hir(r"ab{0,2}c*")), None);
        assert!(has_long_repetition(&hir(r"(?:x\d{2,4})?")) && !has_long_repetition(&hir(r"ab{0,2}c*")));
    }

    #[test]
    fn lines_the_relaxed_patterns_turn_away_build_no_bounded_matcher() {
        // Rules of their own: the shared ones may have built their matchers in other tests.
        let rules = ZoneRules::load(&DataSource::Embedded).unwrap();
        let line = "Paris, une ville de France, accueille le sommet.";
        for rule in rules.rules.iter().filter(|r| r.relaxed.is_some()) {
            assert_eq!(rule.match_end(line), None, "{}", rule.at);
            assert!(rule.common.get().is_none(), "{}", rule.at);
            assert!(rule.from_end.as_ref().is_none_or(|m| m.get().is_none()), "{}", rule.at);
        }
    }

    #[test]
    fn patterns_within_common_are_told_as_cutting_them_down_would_tell() {
        for rule in &rules().rules {
            assert_eq!(rule.only_common, within_common(&rule.hir) == rule.hir, "{}", rule.at);
        }
        let within = |p: &str| is_within_common(&regex_syntax::parse(p).unwrap());
        assert!(within(r"^[A-Za-zÀ-ÿ’—]+[ \t]?(?:AFP|©)$"));
        assert!(!within(r"^\p{Lu}"));
        assert!(!within(r"^(?:a|\s)"));
    }

    #[test]
    fn prefix_tables_are_built_from_the_patterns_openings() {
        let truncated = |p: &str| truncated(&regex_syntax::parse(p).unwrap(), PREFIX_DEPTH);
        let parsed = |p: &str| regex_syntax::parse(p).unwrap();
        assert_eq!(truncated(r"^Par\s+\p{Lu}[a-z]+$"), parsed(r"^Par\s+"));
        assert_eq!(truncated(r"^(?:Reuters|Sputnik)\s*$"), parsed(r"^(?:Reuters|Sputnik)"));
        // A part that may be shorter leaves the next one in.
        assert_eq!(truncated(r"^(?:AFP|Reuters)\s*$"), parsed(r"^(?:AFP|Reuters)\s*$"));
        assert_eq!(truncated(r"^\s*(?:Le|La)?\s*Lire aussi$"), parsed(r"^\s*(?:Le|La)?\s*Lire aussi"));
    }

    #[test]
    fn filled_lines_are_the_lines_not_empty() {
        for text in ["", "\n", "a", "a\n", "\n\na\n\n\nb c\n \n", "a\nb", "\u{a0}\n\n«\n"] {
            let filled: Vec<Span> = filled_lines(text).collect();
            let lines: Vec<Span> = lines(text).filter(|l| l.start < l.end).collect();
            assert_eq!(filled, lines, "{text:?}");
        }
    }

    #[test]
    fn lines_beyond_latin1_and_punctuation_are_told() {
        assert!(only_common("GENÈVE — l’ONU… « oui »\u{202f}!"));
        assert!(!only_common("ŁÓDŹ (Reuters) -"));
        assert!(!only_common("Ђ"));
        assert!(only_common("\u{2070}"));
        assert!(!only_common("\u{2080}"));
        // A Polish city in capitals is still a dateline.
        let text = format!("ŁÓDŹ (Reuters) - {BODY}");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "ŁÓDŹ (Reuters) -")]);
    }

    #[test]
    fn the_prefilter_turns_body_lines_away() {
        for rule in &rules().rules {
            assert!(!rule.prefilter.may_match(BODY), "{} on {BODY:?}", rule.hir);
        }
        // A source name may be that long ("Les Echos"), a word boundary needs to know whether a
        // non-ASCII character is a letter: the other rules cannot tell so soon.
        for line in ["Les experts estiment que la Syrie reste isolée.", "« Nous verrons », a-t-il dit."] {
            for rule in rules().rules.iter().filter(|r| r.scope == Scope::Line) {
                assert!(!rule.prefilter.may_match(line), "{} on {line:?}", rule.hir);
            }
        }
    }

    #[test]
    fn required_substrings_come_from_literals_alternations_and_repetitions() {
        let required = |p: &str| required_substrings(&regex_syntax::parse(p).unwrap());
        let strings = |v: &[&str]| Some(v.iter().map(|s| s.as_bytes().to_vec()).collect::<Vec<_>>());
        assert_eq!(required(r"^[^.]{3,9}\.\s*©.*$"), strings(&["©"]));
        assert_eq!(required(r"^\s*(?:>>|Lire aussi\s*:)+"), strings(&[">>", "Lire aussi"]));
        assert_eq!(required(r"^(?:ab)?c*$"), None);
        assert_eq!(required(r"^(?:ab|c*)$"), None);
    }

    const BODY: &str =
        "Le ministre a annoncé lundi que les deux pays reprendraient leurs discussions la semaine prochaine.";

    #[test]
    fn dateline_and_update_stamp_are_told_apart() {
        let text = format!("MONDE\n12/03/2016 08:30 EDT | Actualisé 14/03/2016 10:02 EDT\n\n{BODY}\n");
        assert_eq!(
            zoned(&text),
            vec![
                (ZoneKind::Header, "MONDE"),
                (ZoneKind::Header, "12/03/2016 08:30 EDT | "),
                (ZoneKind::UpdateStamp, "Actualisé 14/03/2016 10:02 EDT"),
            ]
        );
    }

    #[test]
    fn credit_before_a_headline_leaves_the_headline_in_the_body() {
        let text = format!("date 2016-05 © AFP/ Jean Dupont Paris et Berlin signent un accord\n\n{BODY}");
        assert_eq!(
            zoned(&text),
            vec![(ZoneKind::Header, "date 2016-05 "), (ZoneKind::Header, "© AFP/ Jean Dupont")]
        );
    }

    #[test]
    fn caption_with_credit_related_link_footer_and_signoffs() {
        let text = format!(
            "Angela Merkel et François Hollande. © AFP\n>>Lire notre dossier sur l'Ukraine\n{BODY}\n\
             Photo prise à Kiev le 3 mai |\n{BODY}\nabc/de\nAFP/Reuters\nVous avez repéré une erreur? Dites-le\n\
             Suivez-nous: Suivez Le Monde sur Twitter\nSuivez Le Monde sur Twitter pour tout savoir."
        );
        let kinds: Vec<ZoneKind> = zoned(&text).into_iter().map(|z| z.0).collect();
        assert_eq!(
            kinds,
            vec![
                ZoneKind::Caption,
                ZoneKind::Related,
                ZoneKind::Caption,
                ZoneKind::Signoff,
                ZoneKind::Signoff,
                ZoneKind::Footer,
                ZoneKind::Footer,
            ]
        );
    }

    #[test]
    fn a_wire_dateline_opening_the_body_is_furniture() {
        let text = format!("MOSCOU, 12 oct (AFP) - {BODY}\nVIENNE (Reuters) - Une autre phrase ici.");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "MOSCOU, 12 oct (AFP) -")]);
    }

    #[test]
    fn a_city_and_a_day_of_the_month_before_a_dash_are_a_dateline() {
        let text = format!("LIMA, 12 mars - {BODY}");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "LIMA, 12 mars - ")]);
        let text = format!("POINTE-À-PITRE, 1er septembre — {BODY}");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "POINTE-À-PITRE, 1er septembre — ")]);
        // A count after the comma is no day of a month.
        let text = format!("ONU, 12 membres - {BODY}");
        assert!(zoned(&text).is_empty(), "{text}");
    }

    #[test]
    fn a_city_named_in_lower_case_with_a_full_date_before_a_dash_is_a_dateline() {
        let text = format!("Vienne, le 14 juillet 2015 – {BODY}");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "Vienne, le 14 juillet 2015 – ")]);
        let text = format!("Le Caire, mardi 3 mai 2016 (AFP) — {BODY}");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "Le Caire, mardi 3 mai 2016 (AFP) — ")]);
        // A sentence that opens on a name and a date goes on with words, not a dash.
        let text = format!("Vienne, le 14 juillet 2015, a vu la signature de l'accord. {BODY}");
        assert!(zoned(&text).is_empty(), "{text}");
    }

    #[test]
    fn a_line_of_tags_is_a_footer() {
        let text = format!("{BODY}\nMots-clés : Argentine, Royaume-Uni, Malouines\n");
        assert_eq!(zoned(&text), vec![(ZoneKind::Footer, "Mots-clés : Argentine, Royaume-Uni, Malouines")]);
        let text = format!("{BODY}\nTags : Syrie, Russie\n");
        assert_eq!(zoned(&text), vec![(ZoneKind::Footer, "Tags : Syrie, Russie")]);
    }

    #[test]
    fn a_city_and_a_full_date_alone_on_their_line_are_a_dateline() {
        let text = format!("Les mutins obtiennent gain de cause\nAbidjan, 9 janvier 2017 (AFP)\n{BODY}");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "Abidjan, 9 janvier 2017 (AFP)")]);
        let text = format!("Les mutins obtiennent gain de cause\nBamako, le 3 mai 2016\n{BODY}");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "Bamako, le 3 mai 2016")]);
        // A line that goes on after the date is a sentence.
        let text = format!(
            "Les mutins obtiennent gain de cause\nBamako, le 3 mai 2016, restera dans les mémoires.\n{BODY}"
        );
        assert!(zoned(&text).is_empty(), "{text}");
    }

    #[test]
    fn a_dateline_may_end_on_a_doubled_dash_or_name_no_agency() {
        let text = format!("BEYROUTH, 3 mars (Xinhua) -- {BODY}");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "BEYROUTH, 3 mars (Xinhua) --")]);
        let text = format!("MUNICH (Allemagne), 18 fév. 2017 (AFP) — {BODY}");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "MUNICH (Allemagne), 18 fév. 2017 (AFP) —")]);
        let text = format!("SAINT-PÉTERSBOURG - {BODY}");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "SAINT-PÉTERSBOURG - ")]);
        // A capitalised word that is no city in capitals, or a hyphen with no space after it,
        // opens no dateline.
        for opening in ["Kaboul - ", "L'ONU - ", "UE-Turquie : ", "OTAN-Russie "] {
            let text = format!("{opening}{BODY}");
            assert!(zoned(&text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_date_after_le_is_a_stamp_only_where_the_line_or_a_separator_ends_it() {
        let text = format!("Par Jeanne Roux | Le 03/04/2016 à 18:25\n\n{BODY}");
        assert_eq!(
            zoned(&text),
            vec![(ZoneKind::Header, "Par Jeanne Roux | "), (ZoneKind::Header, "Le 03/04/2016 à 18:25")]
        );
        let text = format!("Le 12/03/2016, la Russie a répondu aux accusations. {BODY}");
        assert!(zoned(&text).is_empty());
    }

    #[test]
    fn a_dashed_line_of_names_and_where_they_wrote_is_a_signoff() {
        let text = format!(
            "{BODY}\n\n— Laure Stephan, à Beyrouth\n– Paul Durand et Marie Martin (au Caire)\n— Jean Dupont\n"
        );
        assert_eq!(
            zoned(&text),
            vec![
                (ZoneKind::Signoff, "— Laure Stephan, à Beyrouth"),
                (ZoneKind::Signoff, "– Paul Durand et Marie Martin (au Caire)"),
                (ZoneKind::Signoff, "— Jean Dupont"),
            ]
        );
        // A reply opened by a dash is no credit, nor a name inside a line, nor one word.
        let text = format!(
            "{BODY}\n— Nous partirons, a dit Emmanuel Macron.\nSelon — Jean Dupont, à Paris\n— Oui\n"
        );
        assert!(zoned(&text).is_empty(), "{:?}", zoned(&text));
    }

    #[test]
    fn the_end_mark_of_wire_copy_is_a_signoff_only_on_its_own_line() {
        let text = format!("{BODY}\n\nFin\n");
        assert_eq!(zoned(&text), vec![(ZoneKind::Signoff, "Fin")]);
        let text = format!("{BODY}\n(FIN)\n");
        assert_eq!(zoned(&text), vec![(ZoneKind::Signoff, "(FIN)")]);
        let text = format!("{BODY}\nFin de la trêve à Alep.\n");
        assert!(zoned(&text).is_empty());
    }

    #[test]
    fn a_short_source_line_is_a_header_only_above_the_body() {
        let text = format!("Le Courrier\n\n{BODY}\n\nLe Courrier\n");
        assert_eq!(zoned(&text), vec![(ZoneKind::Header, "Le Courrier")]);
    }

    #[test]
    fn body_sentences_with_dates_are_not_furniture() {
        let text = format!("{BODY}\nLe 12/03/2016 08:30, la Russie a répondu.\n");
        assert!(zoned(&text).is_empty());
    }

    #[test]
    fn bylines_and_stamps_of_more_pages() {
        let text = format!(
            "Monde > Europe\nUkraine : la trêve vacille\nPar Marie Durand, envoyée spéciale à Kiev — 14 mars 2016 à 08:12 \
             (mis à jour à 09:30)\nVidéo par Paul Martin\nJean Martin (avec Reuters), le 12/04/2016 à 09h15\n\
             Première publication : 12/05/2016 - 08:00\nLE MONDE | 12.03.2016 à 10h00 | Par Benjamin Barthe (Beyrouth, \
             correspondant)\n{BODY}\nPublié mardi 3 mai 2016 à 18:01, modifié mercredi 4 mai 2016 à 07:10.\n{BODY}"
        );
        assert_eq!(
            zoned(&text),
            vec![
                (ZoneKind::Header, "Monde > Europe"),
                (ZoneKind::Header, "Par Marie Durand, envoyée spéciale à Kiev — 14 mars 2016 à 08:12 "),
                (ZoneKind::UpdateStamp, "(mis à jour à 09:30)"),
                (ZoneKind::Header, "Vidéo par Paul Martin"),
                (ZoneKind::Header, "Jean Martin (avec Reuters), le 12/04/2016 à 09h15"),
                (ZoneKind::Header, "Première publication : 12/05/2016 - 08:00"),
                (ZoneKind::Header, "LE MONDE | "),
                (ZoneKind::Header, "12.03.2016 à 10h00 | "),
                (ZoneKind::Header, "Par Benjamin Barthe (Beyrouth, correspondant)"),
                (ZoneKind::Header, "Publié mardi 3 mai 2016 à 18:01, "),
                (ZoneKind::UpdateStamp, "modifié mercredi 4 mai 2016 à 07:10."),
            ]
        );
    }

    #[test]
    fn bylines_with_where_the_author_writes_from() {
        for byline in [
            "Par Paul DUMONT, à Caracas",
            "Par notre correspondante à Bogota | 3 mai 2016",
            "Par Anne Martin, envoyée spéciale au Mali",
        ] {
            let text = format!("Venezuela : l'opposition manifeste\n{byline}\n\n{BODY}");
            assert_eq!(zoned(&text), vec![(ZoneKind::Header, byline)], "{byline}");
        }
        // In the body, a sentence that opens so is text.
        let text = format!("{BODY}\n\nPar notre correspondant à Caracas, la nouvelle est arrivée tard.\n");
        assert!(zoned(&text).is_empty());
    }

    #[test]
    fn credits_links_and_page_buttons_of_more_pages() {
        let text = format!(
            "Ce site utilise des cookies pour mesurer l'audience et vous proposer des offres adaptées. OK\n\
             Le Point avec AFP\n\
             Le président ukrainien à Kiev, le 5 mai. SERGEI SUPINSKY/AFP\n{BODY}\n\
             Des soldats russes près d'Alep, mardi. | Photo : George Ourfalian / AFP\n\
             À lire aussi Ukraine : la trêve vacille\n{BODY}\nPUBLICITÉ\nSur le même thème\n\n\
             Kiev et Moscou s'accusent mutuellement\nLa Crimée, deux ans après\n{BODY}\n\
             — Jean Dupont (@jdupont) March 3, 2016\nPartager | Tweeter | Imprimer\n\
             Recevez chaque semaine notre newsletter Afrique\nCet article est réservé aux abonnés\n\
             © Le Point 2016 - Tous droits réservés\nAvec AFP, Reuters"
        );
        let kinds: Vec<(ZoneKind, &str)> = zoned(&text);
        let kinds: Vec<ZoneKind> = kinds.into_iter().map(|z| z.0).collect();
        use ZoneKind::*;
        assert_eq!(
            kinds,
            vec![
                Footer, Header, Caption, Caption, Related, Footer, Related, Related, Related, Caption,
                Footer, Footer, Footer, Footer, Signoff
            ]
        );
    }

    #[test]
    fn a_byline_with_dates_and_times_after_commas_and_a_copyright_line_of_any_rights() {
        let text = format!(
            "Par Paul Durand | 3 mai 2016, 08h15 | MAJ : 4 mai 2016, 10h02\n{BODY}\n\
             © 2016 Reuters. Tous droits d'auteur réservés."
        );
        use ZoneKind::*;
        assert_eq!(
            zoned(&text),
            vec![
                (Header, "Par Paul Durand | "),
                (Header, "3 mai 2016, 08h15 | "),
                (UpdateStamp, "MAJ : 4 mai 2016, 10h02"),
                (Footer, "© 2016 Reuters. Tous droits d'auteur réservés.")
            ]
        );
    }

    #[test]
    fn body_lines_that_look_like_furniture_are_not_furniture() {
        for line in [
            "Par ailleurs, Moscou a démenti le 12/03/2016 toute implication dans l'attaque.",
            "Par Twitter, le président a annoncé le 3 mars 2016 à Washington qu'il partirait.",
            "Vladimir Poutine, le 12 mars 2016 à Moscou, a reçu son homologue turc.",
            "Texte par texte, les députés ont examiné le projet de loi sur le renseignement.",
            "Lire aussi le rapport de l'ONU publié mardi.",
            "Facebook a annoncé la suppression de centaines de comptes liés à la Russie.",
            "Les discussions reprendront lundi à Genève. AFP",
            "Le texte a été publié par Reuters.",
            "Recevez nos condoléances, a dit le ministre au chef de l'Etat.",
            "Ankara menace",
            "Monde",
        ] {
            let text = format!("{BODY}\n{line}\n{BODY}");
            assert!(zoned(&text).is_empty(), "{line}");
        }
        // Titles under a heading end where a paragraph comes.
        let text =
            format!("{BODY}\nSur le même sujet\nLa Crimée, deux ans après\n{BODY}\nAnkara menace\n{BODY}");
        let zones = zoned(&text);
        assert_eq!(
            zones,
            vec![(ZoneKind::Related, "Sur le même sujet"), (ZoneKind::Related, "La Crimée, deux ans après")]
        );
    }

    #[test]
    fn comment_boxes_share_bars_page_numbers_and_credited_editors_of_portals() {
        let text = format!(
            "Envoyer [A A]\ninformation fournie par France 24 • 28/03/2025 à 18:27\n\
             © Sputnik . Michael Klimentyev / Accéder à la base multimédia\n{BODY}\n\
             Share this with Close\nMessenger Messenger Pinterest LinkedIn WeChat\n{BODY}\n\
             1   2   Suivant\n(Rédacteurs :Shuang Sheng, Yishuang Liu)\nSource: Agence de presse Xinhua\n\
             Votre commentaire\nPseudonyme\nRéactions (0)\n\nLes articles les plus lus\n\
             La Chine et la France renforcent leurs liens"
        );
        use ZoneKind::*;
        assert_eq!(
            zoned(&text),
            vec![
                (Footer, "Envoyer [A A]"),
                (Header, "information fournie par France 24 • 28/03/2025 à 18:27"),
                (Header, "© Sputnik . Michael Klimentyev "),
                (Header, "/ Accéder à la base multimédia"),
                (Footer, "Share this with Close"),
                (Footer, "Messenger Messenger Pinterest LinkedIn WeChat"),
                (Footer, "1   2   Suivant"),
                (Signoff, "(Rédacteurs :Shuang Sheng, Yishuang Liu)"),
                (Signoff, "Source: Agence de presse Xinhua"),
                (Footer, "Votre commentaire"),
                (Footer, "Pseudonyme"),
                (Footer, "Réactions (0)"),
                (Related, "Les articles les plus lus"),
                (Related, "La Chine et la France renforcent leurs liens"),
            ]
        );
        // Datelines with a day and month and the source in parentheses, with or without a dash.
        for (line, dateline) in [
            ("Caracas, 23 mai (RHC)- La ministre a dénoncé les sanctions.", "Caracas, 23 mai (RHC)-"),
            (
                "Caracas, 5 janvier (Prensa Latina) Le gouvernement a condamné.",
                "Caracas, 5 janvier (Prensa Latina) ",
            ),
        ] {
            let text = format!("{line}\n{BODY}");
            assert_eq!(zoned(&text), [(Header, dateline)], "{line}");
        }
        let text = format!("{BODY}\nVoir Aussi\nUn titre\n\nLaisser un commentaire\n\
                            Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *");
        assert_eq!(
            zoned(&text),
            [
                (Related, "Voir Aussi"),
                (Related, "Un titre"),
                (Footer, "Laisser un commentaire"),
                (
                    Footer,
                    "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"
                )
            ]
        );
        // A list of videos: its heading, titles and lengths.
        let text =
            format!("{BODY}\nAller à la vidéo\nRDC : le mandat prolongé jusqu'à septembre\n01:07\n{BODY}");
        assert_eq!(
            zoned(&text),
            [
                (Related, "Aller à la vidéo"),
                (Related, "RDC : le mandat prolongé jusqu'à septembre"),
                (Footer, "01:07")
            ]
        );
        // Body lines that open alike are body.
        for line in [
            "Source : le ministère a confirmé l'attaque.",
            "Réactions prudentes à Moscou après l'annonce du retrait.",
            "2 soldats tués et 3 blessés.",
        ] {
            let text = format!("{BODY}\n{line}\n{BODY}");
            assert!(zoned(&text).is_empty(), "{line}");
        }
    }

    #[test]
    fn credits_in_parentheses_and_furniture_under_listed_titles() {
        let text = format!(
            "{BODY}\nLe Premier ministre à Ankara, le 3 mai 2016. (ADEM ALTAN / AFP)\n\
             Des manifestants à Caracas, mardi. (AP Photo/Ariana Cubillos)\n{BODY}\nÀ lire aussi\n\
             Venezuela : l'opposition dans la rue\nPartager cet article\n{BODY}\n\
             Les discussions reprendront lundi. (AFP)"
        );
        use ZoneKind::*;
        let kinds: Vec<ZoneKind> = zoned(&text).into_iter().map(|z| z.0).collect();
        assert_eq!(kinds, vec![Caption, Caption, Related, Related, Footer]);
    }

    #[test]
    fn a_heading_in_capitals_heads_the_titles_below_it() {
        let text = format!("{BODY}\n\nLIRE AUSSI :\n» Syrie : la trêve a vécu\n» Alep, la ville martyre\n");
        assert_eq!(
            zoned(&text),
            vec![
                (ZoneKind::Related, "LIRE AUSSI :"),
                (ZoneKind::Related, "» Syrie : la trêve a vécu"),
                (ZoneKind::Related, "» Alep, la ville martyre")
            ]
        );
    }

    #[test]
    fn furniture_lines_do_not_end_the_leading_block() {
        let text = format!(
            "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour vous proposer des \
             services adaptés.\nMONDE\nPar Jean Dupont\n{BODY}"
        );
        let kinds: Vec<ZoneKind> = zoned(&text).into_iter().map(|z| z.0).collect();
        assert_eq!(kinds, vec![ZoneKind::Footer, ZoneKind::Header, ZoneKind::Header]);
    }

    #[test]
    fn malformed_rules_name_file_and_line() {
        let err = ZoneRules::parse("# c\nheader\tline\n", "r.tsv").unwrap_err().to_string();
        assert!(err.starts_with("r.tsv:2"), "{err}");
        let err = ZoneRules::parse("header\tline\t{NOPE}\n", "r.tsv").unwrap_err();
        assert!(format!("{err:#}").contains("unknown placeholder {NOPE}"), "{err:#}");
        let err = ZoneRules::parse("header\tline\t(\n", "r.tsv").unwrap_err().to_string();
        assert!(err.contains("r.tsv:1: bad pattern"), "{err}");
    }
}
