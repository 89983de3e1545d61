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

/// `char::is_alphanumeric` (or a combining accent), with a fast answer for the non-ASCII chars of French news (accented
/// Latin letters, typographic punctuation).
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        // Other ASCII chars (spaces, punctuation, the char after most words) are neither
        // alphanumeric nor combining: no look-up.
        '\0'..='\u{7F}' => false,
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        '\u{2000}'..='\u{206F}' => false,
        // A combining accent (text in decomposed form) goes on with its word.
        _ => c.is_alphanumeric() || is_combining_mark(c),
    }
}

/// ASCII letters and digits, as a table: the test of most bytes of the text.
const ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// [`is_word_char`] for an ASCII byte (false for the bytes of other chars).
#[inline(always)]
pub fn is_ascii_word_byte(b: u8) -> bool {
    ASCII_WORD[b as usize]
}

/// Folded forms of U+00C0..=U+00FF (accented Latin letters, the bulk of non-ASCII French text).
const LATIN1_FOLDED: [&str; 64] = [
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // À..Ï
    "d", "n", "o", "o", "o", "o", "o", "×", "o", "u", "u", "u", "u", "y", "þ", "ss", // Ð..ß
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // à..ï
    "d", "n", "o", "o", "o", "o", "o", "÷", "o", "u", "u", "u", "u", "y", "þ", "y", // ð..ÿ
];

/// The folded form of an accented Latin letter of U+00C0..=U+00FF.
pub(super) fn latin1_folded(c: char) -> Option<&'static [u8]> {
    (c as usize).checked_sub(0xC0).and_then(|i| LATIN1_FOLDED.get(i)).map(|folded| folded.as_bytes())
}

/// Gives the folded form of the non-ASCII char `c` to `out`, in one or more pieces.
pub(super) fn fold_non_ascii(c: char, mut out: impl FnMut(&[u8])) {
    if let Some(folded) = latin1_folded(c) {
        out(folded);
        return;
    }
    let mut push = |c: char| out(c.encode_utf8(&mut [0; 4]).as_bytes());
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

/// Folds `piece` char by char into `out`, with a [`WORD_START`] before each word when `marks`
/// is set. The definition of the fold; [`Folded::fold_into`] gives the same bytes, faster.
fn fold_chars(piece: &str, marks: bool, out: &mut Vec<u8>) {
    let mut in_word = false;
    for c in piece.chars() {
        let word_char = is_word_char(c);
        if marks && word_char && !in_word {
            out.push(WORD_START);
        }
        in_word = word_char;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase() as u8);
        } else {
            fold_non_ascii(c, |folded| out.extend_from_slice(folded));
        }
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
    fold_chars(s, false, &mut bytes);
    // Folding maps chars to chars, so the bytes stay UTF-8.
    *out = String::from_utf8(bytes).unwrap_or_default();
}

/// The folded form of a lexicon pattern, with word-start marks, as the automaton sees it.
pub fn fold_pattern(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 4);
    fold_chars(s, true, &mut out);
    out
}

/// A word of the original text: letters and digits, with inner hyphens ("al-Assad", "Jean-Marc").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    /// It has an inner hyphen.
    pub hyphenated: bool,
}

/// The folded bytes of `text[start..end]` as [`fold_pattern`] folds that piece alone (a
/// [`WORD_START`] before each word), each with the offset in `text` of the char it comes from
/// (a mark: its word's first char), given to `f` one by one until it returns false. Folding as
/// the bytes are read costs only what a lexicon walk reads, not the whole text. `start` and
/// `end` are char boundaries; `buf` holds the fold of one non-ASCII char.
#[inline]
pub fn fold_each(
    text: &str,
    start: usize,
    end: usize,
    buf: &mut Vec<u8>,
    mut f: impl FnMut(u8, usize) -> bool,
) {
    let bytes = text.as_bytes();
    let mut in_word = false;
    let mut i = start;
    while i < end {
        let b = bytes[i];
        if b.is_ascii() {
            let word = b.is_ascii_alphanumeric();
            if word && !in_word && !f(WORD_START, i) {
                return;
            }
            in_word = word;
            if !f(b.to_ascii_lowercase(), i) {
                return;
            }
            i += 1;
        } else {
            let Some(c) = text[i..].chars().next() else { return };
            let word = is_word_char(c);
            if word && !in_word && !f(WORD_START, i) {
                return;
            }
            in_word = word;
            buf.clear();
            fold_non_ascii(c, |folded| buf.extend_from_slice(folded));
            for &byte in buf.iter() {
                if !f(byte, i) {
                    return;
                }
            }
            i += c.len_utf8();
        }
    }
}

/// The offset in `text` of the char folded byte `n` of `text[start..end]` comes from (see
/// [`fold_each`]); `end` past the last.
pub fn orig_of_folded(text: &str, start: usize, end: usize, n: usize, buf: &mut Vec<u8>) -> usize {
    let (mut seen, mut at) = (0, end);
    fold_each(text, start, end, buf, |_, orig| {
        if seen == n {
            at = orig;
            return false;
        }
        seen += 1;
        true
    });
    at
}

/// Whether the fold of `text[start..end]` (see [`fold_each`]) starts with `prefix`; if so, the
/// offset in `text` of the char the next folded byte comes from (`end` if none).
pub fn folded_prefix(
    text: &str,
    start: usize,
    end: usize,
    prefix: &[u8],
    buf: &mut Vec<u8>,
) -> Option<usize> {
    let (mut seen, mut after) = (0, None);
    fold_each(text, start, end, buf, |byte, orig| {
        if seen == prefix.len() {
            after = Some(orig);
            return false;
        }
        if prefix[seen] != byte {
            return false;
        }
        seen += 1;
        true
    });
    match after {
        Some(orig) => Some(orig),
        None => (seen == prefix.len()).then_some(end),
    }
}

/// The words of `text[start..end]` read alone (a word goes on over a single "-" between two runs
/// of word chars), and where its fold has a [`WORD_START`] byte: before every run of word chars,
/// and at every such byte of the text itself (where lexicon forms may start); both cleared first.
/// `start` and `end` are char boundaries.
pub fn scan_words(text: &str, start: usize, end: usize, words: &mut Vec<Word>, starts: &mut Vec<usize>) {
    words.clear();
    starts.clear();
    let bytes = text.as_bytes();
    let mut in_word = false;
    // The word being read, and where its last run of word chars ended.
    let mut word_start = None;
    let mut hyphenated = false;
    let mut run_end = start;
    let mut i = start;
    while i < end {
        let b = bytes[i];
        let (word_char, len) = if b.is_ascii() {
            (is_ascii_word_byte(b), 1)
        } else {
            match text[i..].chars().next() {
                Some(c) => (is_word_char(c), c.len_utf8()),
                None => break,
            }
        };
        if word_char && !in_word {
            let joined = word_start.is_some() && run_end + 1 == i && bytes[run_end] == b'-';
            if joined {
                hyphenated = true;
            } else {
                if let Some(start) = word_start {
                    words.push(Word { start, end: run_end, hyphenated });
                }
                hyphenated = false;
                word_start = Some(i);
            }
            starts.push(i);
        } else if in_word && !word_char {
            run_end = i;
        }
        if b == WORD_START {
            starts.push(i);
        }
        in_word = word_char;
        i += len;
        // The rest of an ASCII run of word chars changes nothing.
        if in_word {
            while i < end && is_ascii_word_byte(bytes[i]) {
                i += 1;
            }
        }
    }
    if in_word {
        run_end = end;
    }
    if let Some(start) = word_start {
        words.push(Word { start, end: run_end, hyphenated });
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

    /// The lexicon walk reads a word start that folds to nothing as a mark still to come before
    /// the next folded byte (see `Lexicon::step_char`): only word chars may fold to nothing.
    #[test]
    fn only_word_chars_fold_to_nothing() {
        for c in ('\u{80}'..=char::MAX).filter(|&c| !is_word_char(c)) {
            let mut len = 0;
            fold_non_ascii(c, |folded| len += folded.len());
            assert!(len > 0, "{c:?} folds to nothing");
        }
    }

    #[test]
    fn the_latin1_table_agrees_with_unicode_decomposition() {
        for c in ('\u{C0}'..='\u{FF}').filter(|c| c.to_lowercase().next().is_some_and(|l| l.is_alphabetic()))
        {
            let mut decomposed = String::new();
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    decomposed.extend(d.to_lowercase());
                }
            });
            if decomposed.is_ascii() {
                assert_eq!(fold_str(&c.to_string()), decomposed, "{c}");
            }
        }
    }

    #[test]
    fn finds_words_with_inner_hyphens() {
        let text = "M. al-Assad, «Jean-Marc» - a-t-il dit; x-";
        let (mut words, mut starts) = (Vec::new(), Vec::new());
        scan_words(text, 0, text.len(), &mut words, &mut starts);
        let words: Vec<&str> = words.iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(words, ["M", "al-Assad", "Jean-Marc", "a-t-il", "dit", "x"]);
    }

    #[test]
    fn marks_word_starts() {
        assert_eq!(fold_pattern("l’Élysée"), b"\x01l'\x01elysee");
        assert_eq!(fold_pattern("M."), b"\x01m.");
        assert_eq!(fold_pattern("G20"), b"\x01g20");
    }

    /// The fold of `text` read alone, char by char: the bytes, for each byte the offset (from
    /// `base`) of the char it comes from (a mark: of its word's first char), and the words.
    fn fold_by_char(text: &str, base: usize) -> (Vec<u8>, Vec<usize>, Vec<(usize, usize)>) {
        let (mut bytes, mut to_orig, mut words) = (Vec::new(), Vec::new(), Vec::<(usize, usize)>::new());
        let mut prev: Option<(usize, char)> = None;
        for (i, c) in text.char_indices() {
            let at = base + i;
            let in_word = prev.is_some_and(|(_, p)| is_word_char(p));
            if is_word_char(c) {
                // A word goes on over one "-" between word chars.
                let after_hyphen = prev.is_some_and(|(_, p)| p == '-')
                    && text[..i - 1].chars().next_back().is_some_and(is_word_char);
                match words.last_mut() {
                    Some(word) if in_word || (after_hyphen && word.1 == at - 1) => word.1 = at + c.len_utf8(),
                    _ => words.push((at, at + c.len_utf8())),
                }
            }
            let before = bytes.len();
            fold_chars(&text[i..i + c.len_utf8()], !in_word, &mut bytes);
            to_orig.extend(std::iter::repeat_n(at, bytes.len() - before));
            prev = Some((i, c));
        }
        (bytes, to_orig, words)
    }

    /// `piece` read inside `before` and `after` folds and splits into words as read alone.
    fn check_fold(before: &str, piece: &str, after: &str) {
        let text = format!("{before}{piece}{after}");
        let (start, end) = (before.len(), before.len() + piece.len());
        let (bytes, to_orig, words) = fold_by_char(piece, start);
        let mut buf = Vec::new();
        let (mut folded, mut origs) = (Vec::new(), Vec::new());
        fold_each(&text, start, end, &mut buf, |byte, orig| {
            folded.push(byte);
            origs.push(orig);
            true
        });
        assert_eq!(folded, bytes, "{piece:?}");
        assert_eq!(folded, fold_pattern(piece), "{piece:?}");
        assert_eq!(origs, to_orig, "{piece:?}");
        for n in 0..=bytes.len() + 1 {
            let orig = to_orig.get(n).copied().unwrap_or(end);
            assert_eq!(orig_of_folded(&text, start, end, n, &mut buf), orig, "{piece:?} at {n}");
            let prefix = &bytes[..n.min(bytes.len())];
            let after_prefix = to_orig.get(prefix.len()).copied().unwrap_or(end);
            assert_eq!(
                folded_prefix(&text, start, end, prefix, &mut buf),
                Some(after_prefix),
                "{piece:?} {n}"
            );
        }
        let mut wrong = bytes.clone();
        wrong.push(b'#');
        assert_eq!(folded_prefix(&text, start, end, &wrong, &mut buf), None, "{piece:?}");
        let (mut found, mut starts) = (Vec::new(), Vec::new());
        scan_words(&text, start, end, &mut found, &mut starts);
        let hyphenated = |&(s, e): &(usize, usize)| text[s..e].contains('-');
        let words: Vec<Word> =
            words.iter().map(|w| Word { start: w.0, end: w.1, hyphenated: hyphenated(w) }).collect();
        assert_eq!(found, words, "{piece:?}");
        let marks: Vec<usize> =
            (0..bytes.len()).filter(|&i| bytes[i] == WORD_START).map(|i| to_orig[i]).collect();
        assert_eq!(starts, marks, "{piece:?}");
    }

    #[test]
    fn folds_as_char_by_char() {
        let text = "M. al-Assad, «Jean-Marc» - a-t-il dit;x- É\u{301}tats-\u{2011}Unis, Œuvre\u{1}Ⱥ-b--c";
        check_fold("", text, "");
        check_fold("ab-", text, "-cd");
    }

    proptest::proptest! {
        #[test]
        fn any_text_folds_as_char_by_char(
            before in "[a-zé \\-\u{1}]{0,3}",
            text in "[a-zA-Z0-9 \\-.,'’«»éÉœŒßİȺ\u{301}\u{2010}\u{a0}\u{1}\n]{0,40}",
            after in "[a-zé \\-\u{301}]{0,3}",
        ) {
            check_fold(&before, &text, &after);
        }

        #[test]
        fn any_string_folds_as_char_by_char(text in proptest::prelude::any::<String>()) {
            check_fold("", &text, "");
        }
    }
}
