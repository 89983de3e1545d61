//! An event's summary: the clause around its trigger, widened to a readable length and cut at word
//! boundaries, between the breaks (, ; : and quotes) read with the clause boundaries.

use crate::corpus::Span;

/// A break of a summary's clause (, ; : « » " “ ”): its offset in the sentence, its length.
#[derive(Debug, Clone, Copy)]
pub(super) struct SummaryBreak {
    pub(super) at: usize,
    pub(super) len: usize,
}

/// The clause around the trigger, widened to a readable length, cut at word boundaries; `breaks`
/// are the sentence's (from `clause_boundaries`).
#[inline]
pub(super) fn summary(text: &str, sentence: Span, breaks: &[SummaryBreak], trigger: Span) -> String {
    const MIN: usize = 50;
    const MAX: usize = 140;
    let s = sentence.slice(text);
    let is_break = |c: char| matches!(c, ',' | ';' | ':' | '«' | '»' | '"' | '“' | '”');
    // Clause edges: the byte after a break before `at`, the byte of the next break after `at`.
    let clause_start = |at: usize| {
        let before = breaks.partition_point(|b| b.at < at);
        before.checked_sub(1).map_or(0, |i| breaks[i].at + breaks[i].len)
    };
    let clause_end = |at: usize| breaks.get(breaks.partition_point(|b| b.at < at)).map_or(s.len(), |b| b.at);
    let mut start = clause_start(trigger.start - sentence.start);
    let mut end = clause_end(trigger.end - sentence.start);
    while end - start < MIN && (start > 0 || end < s.len()) {
        if start > 0 {
            let before_break = s[..start].char_indices().next_back().map_or(0, |(i, _)| i);
            start = clause_start(before_break);
        }
        if end - start < MIN && end < s.len() {
            let after_break = end + s[end..].chars().next().map_or(0, char::len_utf8);
            end = clause_end(after_break);
        }
    }
    let mut out = s[start..end].trim_matches(|c: char| c.is_whitespace() || is_break(c)).to_string();
    // No more characters than bytes: only a long summary is counted.
    if out.len() > MAX && out.chars().count() > MAX {
        let cut = out.char_indices().nth(MAX).map_or(out.len(), |(i, _)| i);
        let cut = out[..cut].rfind(' ').unwrap_or(cut);
        out.truncate(cut);
        out.push('…');
    }
    out
}
