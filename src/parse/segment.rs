//! French sentence segmentation.
//!
//! Paragraph breaks always end a sentence (so do headlines without final punctuation). Inside a
//! paragraph a sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or brackets) when
//! the next word starts a sentence: not after an abbreviation ("M.", "Mme", "MM.", "Dr"), an
//! initial ("George W. Bush"), or before a lower-case word or a comma ("…», a-t-il ajouté"), nor at
//! an elision mark ("(…)", "[...]").
//! Furniture zones are sentences of their own, marked with their zone kind.

use super::resources::{DataFile, DataSource};
use crate::corpus::{Sentence, Span, Zone};
use anyhow::Result;
use std::collections::HashSet;

const ABBREVIATIONS: DataFile = crate::data_file!("segment/abbreviations.txt");

/// Words after which a period does not end a sentence.
#[derive(Debug, Default)]
pub struct Abbreviations {
    words: HashSet<String, foldhash::fast::FixedState>,
    /// The longest word's length in bytes: most words before a period are longer, and need
    /// no look-up.
    longest: usize,
}

impl Abbreviations {
    pub fn load(source: &DataSource) -> Result<Self> {
        let (text, _) = source.read(&ABBREVIATIONS)?;
        let words: HashSet<_, _> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.trim_end_matches('.').to_string())
            .collect();
        let longest = words.iter().map(String::len).max().unwrap_or(0);
        Ok(Abbreviations { words, longest })
    }

    /// The embedded list, loaded once.
    pub fn embedded() -> &'static Abbreviations {
        static ABBR: std::sync::OnceLock<Abbreviations> = std::sync::OnceLock::new();
        ABBR.get_or_init(|| Abbreviations::load(&DataSource::Embedded).expect("embedded list is valid"))
    }

    fn contains(&self, word: &str) -> bool {
        word.len() <= self.longest && self.words.contains(word)
    }

    /// Whether a period right after `word` is an abbreviation's: a listed word, or a single
    /// capital ("W" of "George W. Bush").
    pub(super) fn ends(&self, word: &str) -> bool {
        let mut letters = word.chars();
        let single_capital = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
        single_capital || self.contains(word)
    }
}

/// Sentences of `text` with the embedded abbreviation list.
pub fn sentences(text: &str, zones: &[Zone]) -> Vec<Sentence> {
    split(text, zones, Abbreviations::embedded())
}

/// Sentences of `text`: sorted, non-overlapping, trimmed, never empty; zones (sorted,
/// non-overlapping) become sentences of their own.
pub fn split(text: &str, zones: &[Zone], abbr: &Abbreviations) -> Vec<Sentence> {
    // News text has about a sentence every 110 bytes: most articles' sentences fit at once,
    // rather than after growing the vector half a dozen times, with no more room to spare than
    // doubling leaves (the sentences are kept with the article).
    let mut out = Vec::with_capacity(text.len() / 100 + zones.len() + 1);
    let mut pos = 0;
    for zone in zones {
        if zone.span.start < pos || zone.span.end > text.len() {
            continue; // Defensive: zones are produced sorted and in range.
        }
        split_body(text, Span::new(pos, zone.span.start), abbr, &mut out);
        if let Some(span) = trim(text, zone.span) {
            out.push(Sentence { span, zone: Some(zone.kind) });
        }
        pos = zone.span.end;
    }
    split_body(text, Span::new(pos, text.len()), abbr, &mut out);
    out
}

fn split_body(text: &str, region: Span, abbr: &Abbreviations, out: &mut Vec<Sentence>) {
    let mut para_start = region.start;
    for i in memchr::memchr_iter(b'\n', region.slice(text).as_bytes()) {
        split_paragraph(text, Span::new(para_start, region.start + i), abbr, out);
        para_start = region.start + i + 1;
    }
    split_paragraph(text, Span::new(para_start, region.end), abbr, out);
}

const ELLIPSIS: &str = "…";

/// Quotes and brackets that close what the sentence opened; they stay with it.
fn is_closer(c: char) -> bool {
    matches!(c, '»' | '”' | '"' | ')' | ']' | '’' | '\'')
}

/// The length of the sentence mark (`.`, `!`, `?`, `…`) at `p[i..]`, if there is one.
fn terminal_len(p: &[u8], i: usize) -> Option<usize> {
    match p.get(i)? {
        b'.' | b'!' | b'?' => Some(1),
        _ => p[i..].starts_with(ELLIPSIS.as_bytes()).then_some(ELLIPSIS.len()),
    }
}

/// Finds the sentence marks of a paragraph, left to right: memchr for the ASCII ones, and
/// the next `…` remembered until the search passes it.
struct Marks<'a> {
    bytes: &'a [u8],
    ellipsis: Option<usize>,
}

impl<'a> Marks<'a> {
    fn new(bytes: &'a [u8]) -> Marks<'a> {
        Marks { bytes, ellipsis: find_ellipsis(bytes, 0) }
    }

    /// The first mark at or after `from`.
    fn next(&mut self, from: usize) -> Option<usize> {
        let rest = self.bytes.get(from..)?;
        if self.ellipsis.is_some_and(|e| e < from) {
            self.ellipsis = find_ellipsis(self.bytes, from);
        }
        let ascii = memchr::memchr3(b'.', b'!', b'?', rest).map(|k| from + k);
        match (ascii, self.ellipsis) {
            (Some(a), Some(e)) => Some(a.min(e)),
            (a, e) => a.or(e),
        }
    }
}

/// The first `…` in `bytes[from..]`: by its last byte, rare in French text.
fn find_ellipsis(bytes: &[u8], from: usize) -> Option<usize> {
    let last = ELLIPSIS.len() - 1;
    memchr::memchr_iter(ELLIPSIS.as_bytes()[last], bytes.get(from + last..)?)
        .map(|k| from + k)
        .find(|&at| bytes[at..].starts_with(ELLIPSIS.as_bytes()))
}

/// Whether the marks `bytes[i..end]` stand for words left out of a quotation: "(…)", "[...]".
fn is_elision(bytes: &[u8], i: usize, end: usize) -> bool {
    i > 0 && matches!(bytes[i - 1], b'(' | b'[') && matches!(bytes.get(end), Some(b')' | b']'))
}

fn split_paragraph(text: &str, para: Span, abbr: &Abbreviations, out: &mut Vec<Sentence>) {
    let p = para.slice(text);
    let bytes = p.as_bytes();
    let mut marks = Marks::new(bytes);
    let mut start = 0;
    let mut from = 0;
    while let Some(i) = marks.next(from) {
        // The whole run of terminal marks: "...", "?!".
        let mut end = i;
        while let Some(len) = terminal_len(bytes, end) {
            end += len;
        }
        // The scan goes on after the run (closers hold no mark).
        from = end;
        if is_elision(bytes, i, end) {
            continue;
        }
        let (end, next) = match bytes[end..] {
            // Most often one space and an ASCII character: no closer, and that is the next word.
            [b' ', b, ..] if b.is_ascii() && !(b as char).is_whitespace() => (end, b as char),
            _ => {
                let end = end + closers_len(&p[end..]);
                let rest = &p[end..];
                let next_word = rest.trim_start();
                if next_word.len() == rest.len() && !rest.is_empty() {
                    continue; // "3.5", "U.S.": no space, no sentence end.
                }
                let Some(next) = next_word.chars().next() else { break };
                (end, next)
            }
        };
        if !starts_sentence(next) {
            continue;
        }
        if bytes[i] == b'.'
            && end_of_run_is_single_dot(p, i)
            && word_before_is_abbreviation(&p[start..i], abbr)
        {
            continue;
        }
        if let Some(span) = trim(text, Span::new(para.start + start, para.start + end)) {
            out.push(Sentence { span, zone: None });
        }
        start = end;
        // The scan resumes at the next word.
        from = end;
    }
    if let Some(span) = trim(text, Span::new(para.start + start, para.end)) {
        out.push(Sentence { span, zone: None });
    }
}

/// Length of the closing quotes/brackets right after a sentence mark. A straight quote closes
/// only when it touches the mark (". \"Nous" opens the next sentence); a French « » may stand
/// after a (no-break) space.
fn closers_len(s: &str) -> usize {
    let mut len = 0;
    loop {
        let rest = &s[len..];
        let spaces = rest.len() - rest.trim_start().len();
        let Some(c) = rest[spaces..].chars().next() else { return len };
        let closes = match c {
            '»' | '”' => true,
            _ => spaces == 0 && is_closer(c),
        };
        if !closes {
            return len;
        }
        len += spaces + c.len_utf8();
    }
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '«' | '"' | '“' | '(' | '[' | '—' | '–' | '-' | '¿' | '¡' | '>')
}

fn end_of_run_is_single_dot(p: &str, i: usize) -> bool {
    !p[..i].ends_with('.')
}

/// How dates before or after Christ end: "J.-C." there is no initial ("J.-C. Juncker") and may
/// end the sentence ("fondé en 300 av. J.-C. Les fouilles…").
const ERAS: [&str; 4] = ["av. J.-C", "apr. J.-C", "avant J.-C", "après J.-C"];

/// "M", "Mme", "Dr" and single capitals ("W" of "George W. Bush") before a period.
fn word_before_is_abbreviation(before: &str, abbr: &Abbreviations) -> bool {
    if before.ends_with("J.-C") && ERAS.iter().any(|era| before.ends_with(era)) {
        return false;
    }
    // Most words before a period are ASCII and Latin-1 letters (À…ÿ but × and ÷, C3 xx):
    // read back byte by byte, and by character from any other character on.
    let bytes = before.as_bytes();
    let mut plain_start = bytes.len();
    loop {
        match bytes[..plain_start] {
            [.., b] if b.is_ascii_alphanumeric() => plain_start -= 1,
            [.., 0xC3, b] if b != 0x97 && b != 0xB7 => plain_start -= 2,
            _ => break,
        }
    }
    let word_start = match plain_start.checked_sub(1).map(|k| bytes[k]) {
        Some(b) if !b.is_ascii() => before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '°'))
            .map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8)),
        _ => plain_start,
    };
    abbr.ends(&before[word_start..])
}

/// `span` without surrounding white space, or None when nothing is left.
fn trim(text: &str, span: Span) -> Option<Span> {
    let s = span.slice(text);
    // Most spans start and end on an ASCII character that is no space, or one space away.
    let bytes = s.as_bytes();
    let lead = usize::from(bytes.first() == Some(&b' '));
    let (first, last) = (bytes.get(lead), bytes.last());
    if let (Some(&first), Some(&last)) = (first, last) {
        let plain = |b: u8| b.is_ascii() && !(b as char).is_whitespace();
        if plain(first) && plain(last) {
            return Some(Span::new(span.start + lead, span.end));
        }
    }
    let trimmed = s.trim_start();
    let lead = s.len() - trimmed.len();
    let trimmed = trimmed.trim_end();
    (!trimmed.is_empty()).then(|| Span::new(span.start + lead, span.start + lead + trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ZoneKind;

    fn split_str(text: &str) -> Vec<&str> {
        sentences(text, &[]).iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            split_str("M. Ayrault a reçu Mme Merkel et MM. Dupont et Durand. George W. Bush était là. Le Dr Martin aussi."),
            ["M. Ayrault a reçu Mme Merkel et MM. Dupont et Durand.", "George W. Bush était là.", "Le Dr Martin aussi."]
        );
    }

    #[test]
    fn quotes_followed_by_an_attribution_stay_whole() {
        assert_eq!(
            split_str("« Nous verrons. » a-t-il dit. \"C'est fini !\", a-t-il ajouté. « Vraiment ? », demande-t-elle."),
            ["« Nous verrons. » a-t-il dit.", "\"C'est fini !\", a-t-il ajouté.", "« Vraiment ? », demande-t-elle."]
        );
    }

    #[test]
    fn a_quote_ending_a_sentence_closes_it() {
        assert_eq!(
            split_str("Il a parlé d'un « succès ». Puis il est parti. Il a dit \"non.\" Ensuite rien."),
            ["Il a parlé d'un « succès ».", "Puis il est parti.", "Il a dit \"non.\"", "Ensuite rien."]
        );
    }

    #[test]
    fn ellipses_and_paragraphs() {
        assert_eq!(
            split_str("Un titre sans point\n\nIl hésita… puis partit... Enfin il revint.\nFin"),
            ["Un titre sans point", "Il hésita… puis partit...", "Enfin il revint.", "Fin"]
        );
    }

    #[test]
    fn an_era_ends_a_sentence_and_initials_do_not() {
        assert_eq!(
            split_str(
                "Rome fut fondée en 753 av. J.-C. Elle domina. J.-C. Juncker parla en 2016 apr. J.-C. Fin."
            ),
            [
                "Rome fut fondée en 753 av. J.-C.",
                "Elle domina.",
                "J.-C. Juncker parla en 2016 apr. J.-C.",
                "Fin."
            ]
        );
    }

    #[test]
    fn elisions_do_not_end_sentences() {
        assert_eq!(
            split_str("« Nous voulons (…) Une nouvelle relation », a-t-il dit. Le texte [...] Les parties. Fin (...). Puis"),
            ["« Nous voulons (…) Une nouvelle relation », a-t-il dit.", "Le texte [...] Les parties.", "Fin (...).", "Puis"]
        );
    }

    #[test]
    fn abbreviated_months_do_not_end_sentences() {
        assert_eq!(
            split_str("Ils se verront le 18 fév. 2017 à Munich, puis le 3 déc. prochain. Voilà."),
            ["Ils se verront le 18 fév. 2017 à Munich, puis le 3 déc. prochain.", "Voilà."]
        );
    }

    #[test]
    fn numbers_and_abbreviations_inside_words() {
        assert_eq!(
            split_str("Le taux est de 3.5 % selon l'O.N.U. et l'U.E. Voilà."),
            ["Le taux est de 3.5 % selon l'O.N.U. et l'U.E. Voilà."]
        );
    }

    /// The paragraph splitter as it was, char by char: the oracle of the one with memchr.
    fn reference_split_paragraph(text: &str, para: Span, abbr: &Abbreviations, out: &mut Vec<Sentence>) {
        let is_terminal = |c: char| matches!(c, '.' | '!' | '?' | '…');
        let p = para.slice(text);
        let mut start = 0;
        let mut chars = p.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !is_terminal(c) {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !is_terminal(d) {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            if is_elision(p.as_bytes(), i, end) {
                continue;
            }
            let end = end + closers_len(&p[end..]);
            let rest = &p[end..];
            let next_word_at = rest.len() - rest.trim_start().len();
            if next_word_at == 0 && !rest.is_empty() {
                continue;
            }
            let Some(next) = rest.trim_start().chars().next() else { break };
            if !starts_sentence(next) {
                continue;
            }
            if c == '.' && end_of_run_is_single_dot(p, i) && word_before_is_abbreviation(&p[start..i], abbr) {
                continue;
            }
            if let Some(span) = trim(text, Span::new(para.start + start, para.start + end)) {
                out.push(Sentence { span, zone: None });
            }
            start = end;
            while chars.peek().is_some_and(|&(j, _)| j < end) {
                chars.next();
            }
        }
        if let Some(span) = trim(text, Span::new(para.start + start, para.end)) {
            out.push(Sentence { span, zone: None });
        }
    }

    const PIECES: &[&str] = &[
        "M", "Mme", "W", "Le", "il", "a", "3", "5", ".", "...", "…", "!", "?", "?!", " ", "  ", "\u{a0}",
        "«", "»", "\"", "“", "”", "(", ")", "[", "]", "’", "'", "é", "É", "-", ",", "\n",
    ];

    proptest::proptest! {
        #[test]
        fn paragraphs_split_as_char_by_char(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..40)
        ) {
            let text = pieces.concat();
            let (mut fast, mut reference) = (Vec::new(), Vec::new());
            let para = Span::new(0, text.len());
            split_paragraph(&text, para, Abbreviations::embedded(), &mut fast);
            reference_split_paragraph(&text, para, Abbreviations::embedded(), &mut reference);
            proptest::prop_assert_eq!(fast, reference);
        }
    }

    #[test]
    fn zones_are_sentences_of_their_own() {
        let text = "NOUVELLES\nLe texte. Suite.\nkat/lpt";
        let zones = [
            Zone { span: Span::new(0, 9), kind: ZoneKind::Header },
            Zone { span: Span::new(27, 34), kind: ZoneKind::Signoff },
        ];
        let s = sentences(text, &zones);
        let got: Vec<(&str, Option<ZoneKind>)> = s.iter().map(|s| (s.span.slice(text), s.zone)).collect();
        assert_eq!(
            got,
            [
                ("NOUVELLES", Some(ZoneKind::Header)),
                ("Le texte.", None),
                ("Suite.", None),
                ("kat/lpt", Some(ZoneKind::Signoff))
            ]
        );
    }
}
