//! The lexicon pass: every lexicon form found in a sentence, whole words only, with the letter case
//! each form asks for; then institution names built around their heads ("ministère russe de la
//! Défense").

use crate::corpus::{MentionKind, Span};
use crate::parse::lexicon::fold::{fold_each, folded_prefix, is_word_char, orig_of_folded};
use crate::parse::lexicon::{CaseRule, HeadNeeds, Lexicon, Reading, Target, WalkFrom};

/// A lexicon form accepted in the text.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The mention, without any leading context of the form.
    pub span: Span,
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
        CaseRule::Capital => match surface.as_bytes().first() {
            Some(first) if first.is_ascii() => first.is_ascii_uppercase(),
            _ => surface.chars().next().is_some_and(char::is_uppercase),
        },
        CaseRule::CapitalAfterArticle => {
            case_holds(CaseRule::Capital, surface)
                && surface
                    .split_once(' ')
                    .is_some_and(|(_, rest)| case_holds(CaseRule::Capital, rest.trim_start()))
        }
        // An ASCII letter that is not uppercase is lowercase.
        CaseRule::Upper if surface.is_ascii() => !surface.bytes().any(|b| b.is_ascii_lowercase()),
        CaseRule::Upper => surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase),
    }
}

/// Finds the lexicon forms of the sentence ending at `end`, leftmost-longest, walking from its
/// word starts `starts` (see [`crate::parse::lexicon::fold::scan_words`]; the starts where no
/// form may start as a whole word need not be there); `hits` is cleared
/// first. `buf` is room for folding.
pub fn lexicon_hits(
    text: &str,
    end: usize,
    starts: &[WalkFrom],
    lex: &Lexicon,
    hits: &mut Vec<Hit>,
    buf: &mut Vec<u8>,
) {
    hits.clear();
    let mut pos = 0;
    for &walk in starts {
        let start = walk.start;
        if start < pos {
            continue;
        }
        // A form that ends inside the word is no hit: the walk may skip them.
        let Some((readings, form_end)) = lex.longest_form_readings_from(text, walk, end, buf) else {
            continue;
        };
        if let Some(hit) = accept(text, end, readings, start, form_end, buf) {
            pos = form_end;
            hits.push(hit);
        }
    }
}

/// The hit for the form found from `start` to `form_end` in the sentence ending at `end`, if a
/// reading fits.
fn accept(
    text: &str,
    end: usize,
    readings: &[Reading],
    start: usize,
    form_end: usize,
    buf: &mut Vec<u8>,
) -> Option<Hit> {
    // Patterns start at a word-start mark; the match must end where the word ends.
    let next = text[form_end..].chars().next();
    if next.is_some_and(is_word_char) {
        return None;
    }
    readings.iter().find_map(|r| {
        let span_start = match r.skip {
            0 => start,
            skip => orig_of_folded(text, start, end, skip, buf),
        };
        let surface = &text[span_start..form_end];
        let fits = case_holds(r.case, surface) && (!r.before_hyphen || next == Some('-'));
        fits.then_some(Hit {
            span: Span::new(span_start, form_end),
            target: r.target,
            complement: None,
            country: None,
            consumed: false,
            dropped: false,
        })
    })
}

/// Where the fold of `text[pos..end]` has its first byte other than a space or tab (see
/// [`fold_each`]): the offset of that byte's char, or `end`.
fn skip_spaces(text: &str, pos: usize, end: usize, buf: &mut Vec<u8>) -> usize {
    let mut at = end;
    fold_each(text, pos, end, buf, |byte, orig| {
        if byte == b' ' || byte == b'\t' {
            return true;
        }
        at = orig;
        false
    });
    at
}

/// Turns institution heads into whole names ("ministère" + "russe" + "de la Défense"), absorbing
/// the demonym and any form inside the complement; drops heads that lack what they need. The
/// sentence ends at `end`; the positions are offsets in the text after which no word goes on.
pub fn build_institutions(text: &str, end: usize, lex: &Lexicon, hits: &mut Vec<Hit>, buf: &mut Vec<u8>) {
    for i in 0..hits.len() {
        let Target::OrgHead(h) = hits[i].target else { continue };
        if hits[i].dropped {
            continue;
        }
        let head = lex.head(h);
        let demonym_at = |hits: &[Hit], pos: usize| -> Option<(usize, usize)> {
            hits.iter().enumerate().skip(i + 1).find(|(_, x)| !x.dropped && pos <= x.span.start).and_then(
                |(j, x)| {
                    let is_demonym = matches!(x.target, Target::Entity { kind: MentionKind::Demonym, .. });
                    (is_demonym && x.span.start == pos).then_some((j, x.span.end))
                },
            )
        };
        let mut cursor = hits[i].span.end;
        let mut country = None;
        let mut complement = None;
        if let Some((j, after)) = demonym_at(hits, skip_spaces(text, cursor, end, buf)) {
            country = Some(j);
            cursor = after;
        }
        let at = skip_spaces(text, cursor, end, buf);
        let complement_end = head.complements.iter().enumerate().find_map(|(c, (folded_c, _))| {
            let after = folded_prefix(text, at, end, folded_c, buf)?;
            (!text[after..].chars().next().is_some_and(is_word_char)).then_some((c, after))
        });
        if let Some((c, after)) = complement_end {
            complement = Some(c);
            cursor = after;
            if country.is_none() {
                if let Some((j, after)) = demonym_at(hits, skip_spaces(text, cursor, end, buf)) {
                    country = Some(j);
                    cursor = after;
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
        let hit = &mut hits[i];
        hit.span = Span::new(hit.span.start, cursor);
        hit.complement = complement;
        hit.country = country_entity;
        // Forms inside the name (its demonym, "général" in "état-major général") are part of it.
        for next in hits[i + 1..].iter_mut().take_while(|next| next.span.start < cursor) {
            next.dropped = true;
        }
    }
    hits.retain(|h| !h.dropped);
}
