//! The lexicon pass: every lexicon form found in a sentence, whole words only, with the letter case
//! each form asks for; then institution names built around their heads ("ministère russe de la
//! Défense").

use crate::corpus::{MentionKind, Span};
use crate::parse::lexicon::fold::{is_word_char, FoldedPiece, WORD_START};
use crate::parse::lexicon::{CaseRule, HeadNeeds, Lexicon, Reading, Target};

/// A lexicon form accepted in the text.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The mention, without any leading context of the form.
    pub span: Span,
    /// End of the match in the folded sentence.
    pub fend: usize,
    pub target: Target,
    /// For an institution head: the complement taken (index into the head's complements).
    pub complement: Option<usize>,
    /// For an institution head: the country entity its demonym named.
    pub country: Option<usize>,
    /// Taken into a longer name by the rules; yields no mention of its own.
    pub consumed: bool,
    /// Absorbed into an institution name or an incomplete head: removed after the pass.
    dropped: bool,
}

/// Whether the reading's letter-case rule holds for `surface`.
fn case_holds(case: CaseRule, surface: &str) -> bool {
    match case {
        CaseRule::Any => true,
        CaseRule::Capital => surface.chars().next().is_some_and(char::is_uppercase),
        CaseRule::Upper => surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase),
    }
}

/// Finds the lexicon forms of one folded sentence, leftmost-longest; `hits` is cleared first.
pub fn lexicon_hits(text: &str, folded: &FoldedPiece, lex: &Lexicon, hits: &mut Vec<Hit>) {
    hits.clear();
    let hay = folded.bytes;
    let mut pos = 0;
    // Every form starts with a word-start mark: only there can one match.
    while let Some(start) = hay.get(pos..).and_then(|rest| rest.iter().position(|&b| b == WORD_START)) {
        let start = pos + start;
        pos = start + 1;
        let Some((pattern, end)) = lex.longest_form_at(hay, start) else { continue };
        if let Some(hit) = accept(text, folded, lex.readings(pattern), start, end) {
            pos = end;
            hits.push(hit);
        }
    }
}

fn accept(text: &str, folded: &FoldedPiece, readings: &[Reading], fstart: usize, fend: usize) -> Option<Hit> {
    // Patterns start at a word-start mark; the match must end where the word ends.
    let end = folded.orig(fend);
    let next = text[end..].chars().next();
    if next.is_some_and(is_word_char) {
        return None;
    }
    readings.iter().find_map(|r| {
        let span_start = folded.orig(fstart + r.skip);
        let surface = &text[span_start..end];
        let fits = case_holds(r.case, surface) && (!r.before_hyphen || next == Some('-'));
        fits.then_some(Hit {
            span: Span::new(span_start, end),
            fend,
            target: r.target,
            complement: None,
            country: None,
            consumed: false,
            dropped: false,
        })
    })
}

/// Folded offset after spaces from `pos`.
fn skip_spaces(hay: &[u8], pos: usize) -> usize {
    pos + hay.get(pos..).unwrap_or_default().iter().take_while(|&&b| b == b' ' || b == b'\t').count()
}

/// Turns institution heads into whole names ("ministère" + "russe" + "de la Défense"), absorbing
/// the demonym and any form inside the complement; drops heads that lack what they need.
pub fn build_institutions(text: &str, folded: &FoldedPiece, lex: &Lexicon, hits: &mut Vec<Hit>) {
    let hay = folded.bytes;
    for i in 0..hits.len() {
        let Target::OrgHead(h) = hits[i].target else { continue };
        if hits[i].dropped {
            continue;
        }
        let head = lex.head(h);
        let demonym_at = |hits: &[Hit], pos: usize| -> Option<(usize, usize)> {
            hits.iter()
                .enumerate()
                .skip(i + 1)
                .find(|(_, x)| !x.dropped && folded.orig(pos) <= x.span.start)
                .and_then(|(j, x)| {
                    let is_demonym = matches!(x.target, Target::Entity { kind: MentionKind::Demonym, .. });
                    (is_demonym && x.span.start == folded.orig(pos)).then_some((j, x.fend))
                })
        };
        let mut cursor = hits[i].fend;
        let mut country = None;
        let mut complement = None;
        if let Some((j, fend)) = demonym_at(hits, skip_spaces(hay, cursor)) {
            country = Some(j);
            cursor = fend;
        }
        let at = skip_spaces(hay, cursor);
        if let Some(c) = head.complements.iter().position(|(folded_c, _)| {
            hay[at..].starts_with(folded_c)
                && !text[folded.orig(at + folded_c.len())..].chars().next().is_some_and(is_word_char)
        }) {
            complement = Some(c);
            cursor = at + head.complements[c].0.len();
            if country.is_none() {
                if let Some((j, fend)) = demonym_at(hits, skip_spaces(hay, cursor)) {
                    country = Some(j);
                    cursor = fend;
                }
            }
        }
        let complete = match head.needs {
            HeadNeeds::Complement => complement.is_some(),
            HeadNeeds::Demonym => country.is_some(),
            HeadNeeds::Nothing => true,
        };
        if !complete {
            hits[i].dropped = true;
            continue;
        }
        let country_entity = country.and_then(|j| match hits[j].target {
            Target::Entity { entity, .. } => Some(entity),
            _ => None,
        });
        let end = folded.orig(cursor);
        let hit = &mut hits[i];
        hit.span = Span::new(hit.span.start, end);
        hit.fend = cursor;
        hit.complement = complement;
        hit.country = country_entity;
        // Forms inside the name (its demonym, "général" in "état-major général") are part of it.
        for next in hits[i + 1..].iter_mut().take_while(|next| next.span.start < end) {
            next.dropped = true;
        }
    }
    hits.retain(|h| !h.dropped);
}
