//! Reading the words of a sentence without allocating: whitespace-separated words from either end
//! (what `str::split_whitespace` gives, read a byte at a time where the text is ASCII), and words
//! lowercased without a copy when they are lowercase already, on the stack when short.

use super::triggers;
use super::triggers::is_word_char;
use crate::parse::latin1::is_latin1_letter;

/// The words of `s`, as `s.split_whitespace()` gives them, from the front or from the back.
pub(super) fn words(s: &str) -> Words<'_> {
    Words { s, start: 0, end: s.len(), marks: false }
}

/// Whether `w` is "que" or "qu'" elided onto the next word: what opens a completive or relative
/// clause.
pub(super) fn is_que(w: &str) -> bool {
    w == "que" || w.starts_with("qu'") || w.starts_with("qu’")
}

/// Whether `s` holds `n` words or fewer (it reads no more than `n + 1` of them).
pub(super) fn at_most_words(s: &str, n: usize) -> bool {
    words(s).nth(n).is_none()
}

/// The words of `s` between whitespace and the clause marks , ; : — what
/// `s.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))` gives, empty pieces left
/// out.
pub(super) fn words_between_marks(s: &str) -> Words<'_> {
    Words { s, start: 0, end: s.len(), marks: true }
}

#[derive(Clone)]
pub(super) struct Words<'a> {
    s: &'a str,
    /// Whether , ; : separate words too.
    marks: bool,
    /// What is left to read: `s[start..end]`.
    start: usize,
    end: usize,
}

/// What an ASCII byte is to the word splitter: part of a word, whitespace, a clause mark (, ; :), or
/// the lead or continuation byte of a wider character.
const WORD: u8 = 0;
const SPACE: u8 = 1;
const MARK: u8 = 2;
const WIDE: u8 = 3;

const BYTE_KINDS: [u8; 256] = {
    let mut kinds = [WORD; 256];
    let mut b = 0;
    while b < 256 {
        kinds[b] = match b as u8 {
            b' ' | b'\t'..=b'\r' => SPACE,
            b',' | b';' | b':' => MARK,
            0x80.. => WIDE,
            _ => WORD,
        };
        b += 1;
    }
    kinds
};

/// The bytes a word may not run over unread, as bits: whitespace (bit 0, [`SPACES`]), a clause
/// mark too (bit 1, [`MARKS`]), and the lead bytes of the only wider characters that may be
/// whitespace (C2: U+0085, U+00A0; E1: U+1680; E2: U+2000–U+205F; E3: U+3000), both bits. Every
/// other byte, accented letters and all, belongs to the word it is in.
const STOPS: [u8; 256] = {
    let mut stops = [0; 256];
    let mut b = 0;
    while b < 256 {
        stops[b] = match BYTE_KINDS[b] {
            SPACE => SPACES | MARKS,
            MARK => MARKS,
            _ if matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3) => SPACES | MARKS,
            _ => 0,
        };
        b += 1;
    }
    stops
};
const SPACES: u8 = 1;
const MARKS: u8 = 2;

impl Words<'_> {
    /// The [`STOPS`] bit of the bytes that may end a word: marks too, or whitespace only.
    #[inline(always)]
    fn stop_bit(&self) -> u8 {
        if self.marks {
            MARKS
        } else {
            SPACES
        }
    }

    /// The length of the character at `at`, and whether it separates words.
    #[inline(always)]
    fn char_at(&self, at: usize) -> (usize, bool) {
        let byte = self.s.as_bytes()[at];
        match BYTE_KINDS[usize::from(byte)] {
            // C3–DF lead two-byte characters, none of them whitespace (accented Latin letters).
            WIDE if (0xC3..=0xDF).contains(&byte) => (2, false),
            WIDE => wide_char(self.s[at..].chars().next()),
            _ => (1, STOPS[usize::from(byte)] & self.stop_bit() != 0),
        }
    }

    /// The length of the character that ends at `at`, and whether it separates words.
    #[inline(always)]
    fn char_before(&self, at: usize) -> (usize, bool) {
        let bytes = self.s.as_bytes();
        let byte = bytes[at - 1];
        match BYTE_KINDS[usize::from(byte)] {
            // A continuation byte after a C3–DF lead: a two-byte character, no whitespace.
            WIDE if at >= 2 && (0xC3..=0xDF).contains(&bytes[at - 2]) => (2, false),
            WIDE => wide_char(self.s[..at].chars().next_back()),
            _ => (1, STOPS[usize::from(byte)] & self.stop_bit() != 0),
        }
    }
}

/// The length of a character beyond ASCII, and whether it is whitespace.
#[inline(never)]
fn wide_char(c: Option<char>) -> (usize, bool) {
    let c = c.unwrap_or_default();
    (c.len_utf8(), c.is_whitespace())
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        // Read with a local cursor, stored back once.
        let (mut at, end, bytes, stop) = (self.start, self.end, self.s.as_bytes(), self.stop_bit());
        while at < end {
            match self.char_at(at) {
                (len, true) => at += len,
                (_, false) => break,
            }
        }
        let word_start = at;
        // The word runs to the first byte that may end it, a look-up each over the slice (no
        // bounds checks); a wider character that is no whitespace goes on with it.
        while at < end {
            match bytes[at..end].iter().position(|&b| STOPS[usize::from(b)] & stop != 0) {
                Some(run) => at += run,
                None => {
                    at = end;
                    break;
                }
            }
            match self.char_at(at) {
                (_, true) => break,
                (len, false) => at += len,
            }
        }
        self.start = at;
        (word_start < at).then(|| &self.s[word_start..at])
    }
}

impl DoubleEndedIterator for Words<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let (start, mut at, bytes, stop) = (self.start, self.end, self.s.as_bytes(), self.stop_bit());
        while at > start {
            match self.char_before(at) {
                (len, true) => at -= len,
                (_, false) => break,
            }
        }
        let word_end = at;
        // Read back to the last byte that may end the word: an ASCII one ends it; a lead byte
        // ends it if its character is whitespace, else the word goes on before it.
        while at > start {
            match bytes[start..at].iter().rposition(|&b| STOPS[usize::from(b)] & stop != 0) {
                Some(i) => {
                    let stop_at = start + i;
                    match self.char_at(stop_at) {
                        (len, true) => {
                            at = stop_at + len;
                            break;
                        }
                        (_, false) => at = stop_at,
                    }
                }
                None => at = start,
            }
        }
        self.end = at;
        (at < word_end).then(|| &self.s[at..word_end])
    }
}

/// `s.trim_end()`, ASCII whitespace stripped a byte at a time: most text before a word ends on one
/// space, or on none. A byte beyond ASCII may end a wider space (no-break …): `str::trim_end`
/// reads on from there.
pub(super) fn trimmed_end(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while end > 0 && BYTE_KINDS[usize::from(bytes[end - 1])] == SPACE {
        end -= 1;
    }
    match bytes[..end].last() {
        Some(&byte) if byte >= 0x80 => s[..end].trim_end(),
        _ => &s[..end],
    }
}

/// Where `needle` first occurs in `haystack`: the byte at `key` in the needle (a letter rarer
/// than the spaces around it) is found by `memchr`, and the needle compared there only.
pub(super) fn find_by_key(haystack: &[u8], needle: &[u8], key: usize) -> Option<usize> {
    memchr::memchr_iter(needle[key], haystack)
        .filter_map(|i| i.checked_sub(key))
        .find(|&at| haystack[at..].starts_with(needle))
}

/// Where `needle` last occurs in `haystack`, as [`find_by_key`] finds the first.
pub(super) fn rfind_by_key(haystack: &[u8], needle: &[u8], key: usize) -> Option<usize> {
    memchr::memrchr_iter(needle[key], haystack)
        .filter_map(|i| i.checked_sub(key))
        .find(|&at| haystack[at..].starts_with(needle))
}

/// What follows the last clause mark (, ; : « ») of `s`: `s.rsplit([',', ';', ':', '«', '»'])`'s
/// first piece, found with a backward byte search.
pub(super) fn last_clause(s: &str) -> &str {
    let bytes = s.as_bytes();
    let after_mark = memchr::memrchr3(b',', b';', b':', bytes).map_or(0, |i| i + 1);
    // « and » are C2 AB and C2 BB in UTF-8; C2 is never a continuation byte.
    let after_quote = memchr::memrchr2_iter(0xAB, 0xBB, &bytes[after_mark..])
        .find(|&i| i > 0 && bytes[after_mark + i - 1] == 0xC2)
        .map_or(0, |i| after_mark + i + 1);
    &s[after_mark.max(after_quote)..]
}

/// What follows the last apostrophe (' or ’) of `s`: `s.rsplit(['\'', '’'])`'s first piece, read
/// byte by byte (’ is E2 80 99 in UTF-8).
pub(super) fn after_apostrophe(s: &str) -> &str {
    let b = s.as_bytes();
    // A look-up of two bytes each, read back: ' or the last byte of ’, whose first two are then
    // compared.
    let mut end = b.len();
    while let Some(i) = b[..end].iter().rposition(|&c| c == b'\'' || c == 0x99) {
        if b[i] == b'\'' || i >= 2 && b[i - 2..i] == [0xE2, 0x80] {
            return &s[i + 1..];
        }
        end = i;
    }
    s
}

/// Whether a word reads as an infinitive: more than three letters, ending in -er, -ir or -re
/// ("manifester", "agir", "suspendre").
pub(super) fn looks_infinitive(word: &str) -> bool {
    word.chars().count() > 3 && ["er", "ir", "re"].iter().any(|e| word.ends_with(e))
}

/// Whether a word is the negation "ne", elided or not ("ne", "n'a", "N’ont").
pub(super) fn is_negation(word: &str) -> bool {
    // Both start with an n: other words need no reading for an apostrophe.
    if !matches!(word.as_bytes().first(), Some(b'n' | b'N')) {
        return false;
    }
    let word = before_apostrophe(word);
    word.eq_ignore_ascii_case("ne") || word.eq_ignore_ascii_case("n")
}

/// What comes before the first apostrophe (' or ’) of `s`: `s.split(['\'', '’'])`'s first piece.
pub(super) fn before_apostrophe(s: &str) -> &str {
    let b = s.as_bytes();
    // ' or the first byte of ’, whose next two are then compared.
    let mut from = 0;
    while let Some(i) = b[from..].iter().position(|&c| c == b'\'' || c == 0xE2) {
        let at = from + i;
        if b[at] == b'\'' || b[at..].starts_with(&[0xE2, 0x80, 0x99]) {
            return &s[..at];
        }
        from = at + 1;
    }
    s
}

/// A word or short phrase lowercased: what `str::to_lowercase` gives, without a copy when the word
/// is lowercase already (most are), and kept on the stack when it is short: reading a word
/// allocates nothing.
pub(super) enum Lower<'a> {
    Same(&'a str),
    Inline { bytes: [u8; INLINE], len: usize },
    Heap(String),
}

const INLINE: usize = 32;

impl<'a> Lower<'a> {
    #[inline]
    pub(super) fn new(s: &'a str) -> Self {
        // Most words are ASCII lowercase already: told in place, with no call.
        if is_ascii_lowercase(s) {
            return Lower::Same(s);
        }
        Self::accented_or_mapped(s, false)
    }

    /// Lowercased, with ’ read as ' ("qu’il" as "qu'il").
    #[inline]
    pub(super) fn straight(s: &'a str) -> Self {
        if is_ascii_lowercase(s) {
            return Lower::Same(s);
        }
        Self::accented_or_mapped(s, true)
    }

    /// Most other words are lowercase with accents: told by a byte look-up, in a call that sets up
    /// none of the mapping's room.
    #[inline(never)]
    fn accented_or_mapped(s: &'a str, straight_quotes: bool) -> Self {
        let quick = quick_unchanged(s);
        if quick == Some(true) {
            return Lower::Same(s);
        }
        Self::mapped(s, straight_quotes, quick)
    }

    /// `quick`: what `quick_unchanged` told of `s`.
    #[inline(never)]
    fn mapped(s: &'a str, straight_quotes: bool, quick: Option<bool>) -> Self {
        let unchanged = |c: char| {
            if c.is_ascii() {
                !c.is_ascii_uppercase()
            } else {
                let mut lower = c.to_lowercase();
                !(straight_quotes && c == '’') && lower.next() == Some(c) && lower.next().is_none()
            }
        };
        if quick.unwrap_or_else(|| s.chars().all(unchanged)) {
            return Lower::Same(s);
        }
        // Char by char, as `str::to_lowercase` reads all but a capital sigma (its final form
        // depends on the letters around it): a string with one goes the long way.
        let mut bytes = [0; INLINE];
        let mut len = 0;
        for c in s.chars() {
            if c.is_ascii() && len < INLINE {
                bytes[len] = c.to_ascii_lowercase() as u8;
                len += 1;
                continue;
            }
            let c = if straight_quotes && c == '’' { '\'' } else { c };
            if c == 'Σ' {
                return Self::heap(s, straight_quotes);
            }
            for lower in c.to_lowercase() {
                let Some(room) = bytes.get_mut(len..len + lower.len_utf8()) else {
                    return Self::heap(s, straight_quotes);
                };
                lower.encode_utf8(room);
                len += lower.len_utf8();
            }
        }
        Lower::Inline { bytes, len }
    }

    fn heap(s: &str, straight_quotes: bool) -> Self {
        let lower = s.to_lowercase();
        Lower::Heap(if straight_quotes { lower.replace('’', "'") } else { lower })
    }
}

/// Whether `s` is ASCII with no capital: lowercasing leaves it as it is, ’ and all.
#[inline(always)]
fn is_ascii_lowercase(s: &str) -> bool {
    !s.bytes().any(|byte| NOT_PLAIN_LOWER[usize::from(byte)])
}

/// Whether lowercasing leaves `s` as it is, read byte by byte where it is ASCII or a lowercase
/// Latin-1 letter (C3 9F–BF: ß to ÿ, and ÷); `None` where another character needs a look.
fn quick_unchanged(s: &str) -> Option<bool> {
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        // ASCII bytes but capitals, a look-up each over the slice.
        match b[i..].iter().position(|&byte| NOT_PLAIN_LOWER[usize::from(byte)]) {
            Some(run) => i += run,
            None => return Some(true),
        }
        match b[i] {
            b'A'..=b'Z' => return Some(false),
            0xC3 if matches!(b.get(i + 1), Some(0x9F..=0xBF)) => i += 2,
            _ => return None,
        }
    }
}

/// The bytes `quick_unchanged` stops at: ASCII capitals and every byte beyond ASCII.
const NOT_PLAIN_LOWER: [bool; 256] = {
    let mut stops = [true; 256];
    let mut b = 0;
    while b < 128 {
        stops[b] = (b as u8).is_ascii_uppercase();
        b += 1;
    }
    stops
};

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    // A match on the variant: every comparison of a lowercased word reads it, too often for a call.
    #[inline(always)]
    fn deref(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            // Whole characters were written, so the bytes are UTF-8.
            Lower::Inline { bytes, len } => std::str::from_utf8(&bytes[..*len]).unwrap_or_default(),
            Lower::Heap(s) => s,
        }
    }
}

/// The word that ends `before` (its trailing spaces and punctuation left out): "L'" gives "L".
#[inline]
pub(super) fn word_before(before: &str) -> &str {
    let end = run_start(before, before.len(), false);
    &before[run_start(before, end, true)..end]
}

/// What a byte is to [`run_start`]: an ASCII character that is no letter or digit, an ASCII letter
/// or digit, or a byte of a wider character.
const RUN_BYTES: [u8; 256] = {
    let mut kinds = [2; 256];
    let mut b = 0;
    while b < 128 {
        kinds[b] = (b as u8).is_ascii_alphanumeric() as u8;
        b += 1;
    }
    kinds
};

/// Where the run of word characters (`word`) or of other characters that ends at `end` starts,
/// ASCII read byte by byte.
pub(super) fn run_start(s: &str, end: usize, word: bool) -> usize {
    let mut at = end;
    loop {
        // The ASCII bytes of the run, read back over the slice (no bounds checks): the run stops at
        // an ASCII byte of the other kind, or goes on over a wider character that belongs to it.
        match s.as_bytes()[..at].iter().rposition(|&b| RUN_BYTES[usize::from(b)] != u8::from(word)) {
            Some(i) => at = i + 1,
            None => return 0,
        }
        if s.as_bytes()[at - 1].is_ascii() {
            break;
        } else if at >= 2 && s.as_bytes()[at - 2] == 0xC3 {
            // A Latin-1 character, read without decoding: a letter but for × and ÷.
            if is_latin1_letter(s.as_bytes(), at - 2) != word {
                break;
            }
            at -= 2;
        } else {
            match s[..at].chars().next_back() {
                Some(c) if is_word_char(c) == word => at -= c.len_utf8(),
                _ => break,
            }
        }
    }
    at
}

/// `before` without the whole word `word` it ends with (ignoring ASCII case), if it does: no
/// letter or digit before it ("l'aéroport", "avant de").
/// Inlined: the word is most often a literal, its bytes compared in place.
#[inline]
pub(super) fn strip_word_at_end<'t>(before: &'t str, word: &str) -> Option<&'t str> {
    let start = before.len().checked_sub(word.len())?;
    // Bytes equal to the word's but for ASCII case start as its first character does: on a char
    // boundary.
    if !before.as_bytes()[start..].eq_ignore_ascii_case(word.as_bytes()) {
        return None;
    }
    let rest = &before[..start];
    (!rest.ends_with(char::is_alphanumeric)).then_some(rest)
}

/// `s` without the characters that are no letter or digit it starts with (`s.trim_start_matches(|c:
/// char| !c.is_alphanumeric())`), ASCII and Latin-1 letters read without decoding.
/// The byte offset in `text` of `word`, a slice of it (as `words` gives them).
pub(super) fn offset_in(text: &str, word: &str) -> usize {
    word.as_ptr() as usize - text.as_ptr() as usize
}

#[inline]
pub(super) fn trim_start_non_word(s: &str) -> &str {
    // Most words start on an ASCII letter or digit: nothing to trim, with no call.
    match s.as_bytes().first() {
        Some(byte) if byte.is_ascii_alphanumeric() => s,
        _ => &s[triggers::leading_run(s, false)..],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Text from pieces that exercise the byte paths: ASCII, accents, Unicode spaces (no-break,
    /// narrow no-break), the capital sigma, letters whose lowercase is longer or ASCII, quotes.
    fn text() -> impl Strategy<Value = String> {
        let pieces = [
            "a", "Le", "ÉTÉ", "été", " ", "  ", "\t", "\n", "\u{a0}", "\u{202f}", "Σ", "ΣΑΣ", "İ",
            "\u{212a}", "’", "'", ",", ";", ":", "«", "»", "«\u{a0}", "x", "AVAIT", "ment", "ẞ",
        ];
        proptest::collection::vec(proptest::sample::select(pieces.to_vec()), 0..24).prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn words_are_what_split_whitespace_gives_from_either_end(s in text()) {
            prop_assert_eq!(words(&s).collect::<Vec<_>>(), s.split_whitespace().collect::<Vec<_>>());
            prop_assert_eq!(words(&s).rev().collect::<Vec<_>>(), s.split_whitespace().rev().collect::<Vec<_>>());
            let split = s.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':')).filter(|w| !w.is_empty());
            prop_assert_eq!(words_between_marks(&s).collect::<Vec<_>>(), split.collect::<Vec<_>>());
        }

        #[test]
        fn trimmed_end_is_what_trim_end_gives(s in text()) {
            prop_assert_eq!(trimmed_end(&s), s.trim_end());
            let with_controls = format!("{s}\u{b}\u{1c}\u{85} \r");
            prop_assert_eq!(trimmed_end(&with_controls), with_controls.trim_end());
        }

        #[test]
        fn lowercase_is_what_to_lowercase_gives(s in text()) {
            prop_assert_eq!(&*Lower::new(&s), s.to_lowercase());
            prop_assert_eq!(&*Lower::straight(&s), s.to_lowercase().replace('’', "'"));
        }

        #[test]
        fn apostrophes_split_as_str_split_does(s in text()) {
            prop_assert_eq!(after_apostrophe(&s), s.rsplit(['\'', '’']).next().unwrap_or(""));
            prop_assert_eq!(before_apostrophe(&s), s.split(['\'', '’']).next().unwrap_or(""));
        }

        #[test]
        fn the_last_clause_is_what_rsplit_gives(s in text()) {
            prop_assert_eq!(last_clause(&s), s.rsplit([',', ';', ':', '«', '»']).next().unwrap_or(&s));
        }
    }
}
