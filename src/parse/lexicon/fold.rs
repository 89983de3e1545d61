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
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        '\u{2000}'..='\u{206F}' => false,
        // A combining accent (text in decomposed form) goes on with its word.
        _ => c.is_alphanumeric() || is_combining_mark(c),
    }
}

/// Folded forms of U+00C0..=U+00FF (accented Latin letters, the bulk of non-ASCII French text).
const LATIN1_FOLDED: [&str; 64] = [
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // À..Ï
    "d", "n", "o", "o", "o", "o", "o", "×", "o", "u", "u", "u", "u", "y", "þ", "ss", // Ð..ß
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // à..ï
    "d", "n", "o", "o", "o", "o", "o", "÷", "o", "u", "u", "u", "u", "y", "þ", "y", // ð..ÿ
];

/// Appends the folded form of the non-ASCII char `c` to `out`.
fn push_folded_non_ascii(c: char, out: &mut Vec<u8>) {
    if let Some(folded) = (c as usize).checked_sub(0xC0).and_then(|i| LATIN1_FOLDED.get(i)) {
        out.extend_from_slice(folded.as_bytes());
        return;
    }
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

/// Where folded bytes go, with the original offset of the char each comes from.
trait Sink {
    fn ascii(&mut self, at: usize, byte: u8);
    fn bytes(&mut self, at: usize, bytes: &[u8]);
    /// ASCII bytes `run` from offset `at` on, folded (lowercased) one for one.
    fn ascii_run(&mut self, at: usize, run: &[u8]);
    /// A word `[start, end)` of the original: letters and digits, with inner hyphens ("al-Assad").
    /// A run of word chars may come in several steps.
    fn word(&mut self, _start: usize, _end: usize) {}
}

impl Sink for Vec<u8> {
    fn ascii(&mut self, _: usize, byte: u8) {
        self.push(byte);
    }
    fn bytes(&mut self, _: usize, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
    fn ascii_run(&mut self, _: usize, run: &[u8]) {
        let start = self.len();
        self.extend_from_slice(run);
        self[start..].make_ascii_lowercase();
    }
}

/// Follows word boundaries char by char: a word goes on over a hyphen between two word chars.
#[derive(Default)]
struct Words {
    start: Option<usize>,
    end: usize,
    after_hyphen: bool,
    prev_word_char: bool,
}

impl Words {
    /// `len` bytes from `at`, all word chars or none; `hyphen`: they are a single "-".
    fn step(&mut self, sink: &mut impl Sink, at: usize, len: usize, word_char: bool, hyphen: bool) {
        if word_char {
            let goes_on = self.start.is_some() && (self.prev_word_char || self.after_hyphen);
            if !goes_on {
                self.flush(sink);
                self.start = Some(at);
            }
            self.end = at + len;
            self.after_hyphen = false;
        } else {
            self.after_hyphen = hyphen && self.prev_word_char;
            if !self.after_hyphen {
                self.flush(sink);
            }
        }
        self.prev_word_char = word_char;
    }

    fn flush(&mut self, sink: &mut impl Sink) {
        if let Some(start) = self.start.take() {
            sink.word(start, self.end);
        }
    }
}

const OTHER: u8 = 0;
const WORD: u8 = 1;
const NON_ASCII: u8 = 2;

/// The class of each byte: an ASCII letter or digit, other ASCII, or part of a non-ASCII char.
const BYTE_CLASS: [u8; 256] = {
    let mut classes = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        classes[b] = if b >= 0x80 {
            NON_ASCII
        } else if (b as u8).is_ascii_alphanumeric() {
            WORD
        } else {
            OTHER
        };
        b += 1;
    }
    classes
};

/// Folds `piece` into `sink`, with a [`WORD_START`] before each word when `marks` is set.
fn fold_chars(piece: &str, marks: bool, sink: &mut impl Sink) {
    let bytes = piece.as_bytes();
    let mut words = Words::default();
    let mut buf = Vec::with_capacity(8);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            // A run of ASCII bytes of one kind (word chars or not) folds in one go.
            let class = BYTE_CLASS[b as usize];
            let word_char = class == WORD;
            let run = bytes[i..]
                .iter()
                .position(|&x| BYTE_CLASS[x as usize] != class)
                .map_or(bytes.len(), |n| i + n);
            if marks && word_char && !words.prev_word_char {
                sink.ascii(i, WORD_START);
            }
            words.step(sink, i, run - i, word_char, run - i == 1 && b == b'-');
            sink.ascii_run(i, &bytes[i..run]);
            i = run;
            continue;
        }
        let Some(c) = piece[i..].chars().next() else { break };
        let word_char = is_word_char(c);
        if marks && word_char && !words.prev_word_char {
            sink.ascii(i, WORD_START);
        }
        words.step(sink, i, c.len_utf8(), word_char, false);
        buf.clear();
        push_folded_non_ascii(c, &mut buf);
        sink.bytes(i, &buf);
        i += c.len_utf8();
    }
    words.flush(sink);
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

/// A folded copy of a piece of text, with the way back to the original offsets.
#[derive(Debug, Default)]
pub struct Folded {
    /// Folded bytes with word-start marks.
    pub bytes: Vec<u8>,
    /// For each byte of `bytes` (and one past the end): the byte offset in the original text of
    /// the char it came from (a word-start mark: of the word's first char).
    to_orig: Vec<u32>,
    /// The words of the original piece, as `[start, end)` offsets of the original text.
    pub words: Vec<(usize, usize)>,
}

impl Folded {
    /// Folds `piece`, which starts at byte `base` of the original text; reuses the buffers.
    pub fn fold_into(&mut self, piece: &str, base: usize) {
        self.bytes.clear();
        self.to_orig.clear();
        self.words.clear();
        self.bytes.reserve(piece.len() + piece.len() / 4);
        self.to_orig.reserve(piece.len() + piece.len() / 4);
        fold_chars(piece, true, &mut FoldSink { folded: self, base });
        self.to_orig.push((base + piece.len()) as u32);
    }

    /// The original byte offset of folded offset `i` (a char boundary of the original).
    pub fn orig(&self, i: usize) -> usize {
        self.to_orig.get(i).or(self.to_orig.last()).copied().unwrap_or(0) as usize
    }
}

/// Fills a [`Folded`] with the offsets of a piece starting at `base`.
struct FoldSink<'a> {
    folded: &'a mut Folded,
    base: usize,
}

impl Sink for FoldSink<'_> {
    fn ascii(&mut self, at: usize, byte: u8) {
        self.folded.bytes.push(byte);
        self.folded.to_orig.push((self.base + at) as u32);
    }
    fn bytes(&mut self, at: usize, bytes: &[u8]) {
        self.folded.bytes.extend_from_slice(bytes);
        let at = (self.base + at) as u32;
        self.folded.to_orig.extend(std::iter::repeat_n(at, bytes.len()));
    }
    fn word(&mut self, start: usize, end: usize) {
        self.folded.words.push((self.base + start, self.base + end));
    }
    fn ascii_run(&mut self, at: usize, run: &[u8]) {
        let start = self.folded.bytes.len();
        self.folded.bytes.extend_from_slice(run);
        self.folded.bytes[start..].make_ascii_lowercase();
        let at = (self.base + at) as u32;
        self.folded.to_orig.extend(at..at + run.len() as u32);
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
        let mut f = Folded::default();
        f.fold_into(text, 0);
        let words: Vec<&str> = f.words.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(words, ["M", "al-Assad", "Jean-Marc", "a-t-il", "dit", "x"]);
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
