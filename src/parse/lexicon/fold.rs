//! Folding for lexicon lookups: lowercase, accents stripped, typographic apostrophes, dashes and
//! non-breaking spaces made plain, so "États-Unis", "Etats-Unis" and "ETATS‑UNIS" fold alike.
//!
//! For the automaton, text and patterns are folded with a [`WORD_START`] byte before every word,
//! so a pattern can only match from the start of a word (no matches inside words to reject), and
//! with a map back to the original byte offsets, so matches give spans of the original text that
//! always fall on char boundaries.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Marks the start of a word in folded text and patterns.
pub const WORD_START: u8 = 0x01;

/// `char::is_alphanumeric`, with a fast answer for the non-ASCII chars of French news (accented
/// Latin letters, typographic punctuation).
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Appends the folded form of the non-ASCII char `c` to `out`.
fn push_folded_non_ascii(c: char, out: &mut Vec<u8>) {
    let mut push = |c: char| {
        let mut buf = [0; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    };
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' => push('\''),
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\u{2002}' | '\u{2003}' => push(' '),
        '\u{2010}' | '\u{2011}' => push('-'),
        'œ' | 'Œ' => "oe".chars().for_each(push),
        'æ' | 'Æ' => "ae".chars().for_each(push),
        'ß' => "ss".chars().for_each(push),
        'ı' => push('i'),
        'ł' | 'Ł' => push('l'),
        'đ' | 'Đ' => push('d'),
        'ø' | 'Ø' => push('o'),
        _ => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                d.to_lowercase().for_each(&mut push);
            }
        }),
    }
}

/// Folds `piece`, calling `emit(original offset, folded bytes)` for each char, with a
/// [`WORD_START`] before each word when `marks` is set.
fn fold_chars(piece: &str, marks: bool, mut emit: impl FnMut(usize, &[u8])) {
    let bytes = piece.as_bytes();
    let mut prev_word_char = false;
    let mut buf = Vec::with_capacity(8);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            let word_char = b.is_ascii_alphanumeric();
            if marks && word_char && !prev_word_char {
                emit(i, &[WORD_START]);
            }
            prev_word_char = word_char;
            emit(i, &[b.to_ascii_lowercase()]);
            i += 1;
            continue;
        }
        let Some(c) = piece[i..].chars().next() else { break };
        let word_char = is_word_char(c);
        if marks && word_char && !prev_word_char {
            emit(i, &[WORD_START]);
        }
        prev_word_char = word_char;
        buf.clear();
        push_folded_non_ascii(c, &mut buf);
        emit(i, &buf);
        i += c.len_utf8();
    }
}

/// The folded form of a word, for word-list lookups and slugs.
pub fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_str_into(s, &mut out);
    out
}

/// [`fold_str`] into a reused buffer.
pub fn fold_str_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
        return;
    }
    let mut bytes = std::mem::take(out).into_bytes();
    fold_chars(s, false, |_, folded| bytes.extend_from_slice(folded));
    // Folding maps chars to chars, so the bytes stay UTF-8.
    *out = String::from_utf8(bytes).unwrap_or_default();
}

/// The folded form of a lexicon pattern, with word-start marks, as the automaton sees it.
pub fn fold_pattern(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 4);
    fold_chars(s, true, |_, bytes| out.extend_from_slice(bytes));
    out
}

/// A folded copy of a piece of text, with the way back to the original offsets.
#[derive(Debug, Default)]
pub struct Folded {
    /// Folded bytes with word-start marks.
    pub bytes: Vec<u8>,
    /// For each byte of `bytes` (and one past the end): the byte offset in the original text of
    /// the char it came from (a word-start mark: of the word's first char).
    to_orig: Vec<u32>,
}

impl Folded {
    /// Folds `piece`, which starts at byte `base` of the original text; reuses the buffers.
    pub fn fold_into(&mut self, piece: &str, base: usize) {
        self.bytes.clear();
        self.to_orig.clear();
        let (bytes, to_orig) = (&mut self.bytes, &mut self.to_orig);
        fold_chars(piece, true, |i, folded| {
            bytes.extend_from_slice(folded);
            let at = (base + i) as u32;
            match folded.len() {
                1 => to_orig.push(at),
                n => to_orig.extend(std::iter::repeat_n(at, n)),
            }
        });
        to_orig.push((base + piece.len()) as u32);
    }

    /// The original byte offset of folded offset `i` (a char boundary of the original).
    pub fn orig(&self, i: usize) -> usize {
        self.to_orig.get(i).or(self.to_orig.last()).copied().unwrap_or(0) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_typography() {
        assert_eq!(fold_str("États-Unis"), "etats-unis");
        assert_eq!(fold_str("Sergueï"), "serguei");
        assert_eq!(fold_str("d’Etat"), "d'etat");
        assert_eq!(fold_str("Erdoğan"), "erdogan");
        assert_eq!(fold_str("Maison\u{a0}Blanche"), "maison blanche");
        assert_eq!(fold_str("Œuvre"), "oeuvre");
    }

    #[test]
    fn marks_word_starts() {
        assert_eq!(fold_pattern("l’Élysée"), b"\x01l'\x01elysee");
        assert_eq!(fold_pattern("M."), b"\x01m.");
        assert_eq!(fold_pattern("G20"), b"\x01g20");
    }

    #[test]
    fn maps_back_to_char_boundaries() {
        let text = "xx «Élysée»";
        let mut f = Folded::default();
        f.fold_into(&text[3..], 3);
        let needle = fold_pattern("Élysée");
        let start = f.bytes.windows(needle.len()).position(|w| w == needle).unwrap();
        let (s, e) = (f.orig(start), f.orig(start + needle.len()));
        assert_eq!(&text[s..e], "Élysée");
    }
}
