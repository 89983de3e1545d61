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

/// Gives the folded form of the non-ASCII char `c` to `out`, in one or more pieces.
fn fold_non_ascii(c: char, mut out: impl FnMut(&[u8])) {
    if let Some(folded) = (c as usize).checked_sub(0xC0).and_then(|i| LATIN1_FOLDED.get(i)) {
        out(folded.as_bytes());
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

/// Where folded bytes go, with the original offset of the char each comes from.
trait Sink {
    /// A [`WORD_START`] before the word at `at`.
    fn mark(&mut self, at: usize);
    /// ASCII bytes `run` from offset `at` on, each folded (lowercased) to one byte.
    fn ascii_run(&mut self, at: usize, run: &[u8]);
    /// The folded bytes of the non-ASCII char at `at`.
    fn bytes(&mut self, at: usize, bytes: &[u8]);
    /// A word `[start, end)` of the original: letters and digits, with inner hyphens ("al-Assad").
    fn word(&mut self, _start: usize, _end: usize) {}
}

impl Sink for Vec<u8> {
    fn mark(&mut self, _: usize) {
        self.push(WORD_START);
    }
    fn ascii_run(&mut self, _: usize, run: &[u8]) {
        self.extend(run.iter().map(u8::to_ascii_lowercase));
    }
    fn bytes(&mut self, _: usize, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// Follows word boundaries: a word goes on over a single "-" between two word chars.
/// Only told where the text changes between word chars and others, and right after a hyphen.
#[derive(Default)]
struct Words {
    start: Option<usize>,
    end: usize,
    /// The previous char was a "-" right after a word: the word may go on.
    after_hyphen: bool,
}

impl Words {
    /// A word char at `at` after a char that was none.
    fn enter(&mut self, sink: &mut impl Sink, at: usize) {
        if !(self.after_hyphen && self.start.is_some()) {
            self.flush(sink);
            self.start = Some(at);
        }
        self.after_hyphen = false;
    }

    /// A char at `at` that is no word char, after a word char; `hyphen`: it is "-".
    fn leave(&mut self, sink: &mut impl Sink, at: usize, hyphen: bool) {
        self.end = at;
        self.after_hyphen = hyphen;
        if !hyphen {
            self.flush(sink);
        }
    }

    /// A char that is no word char after one that was none either.
    fn other(&mut self, sink: &mut impl Sink) {
        if self.after_hyphen {
            self.after_hyphen = false;
            self.flush(sink);
        }
    }

    fn flush(&mut self, sink: &mut impl Sink) {
        if let Some(start) = self.start.take() {
            sink.word(start, self.end);
        }
    }
}

/// Byte classes: an ASCII char that is no word char, an ASCII word char, part of a non-ASCII char.
const ASCII_OTHER: u8 = 0;
const ASCII_WORD: u8 = 1;
const NON_ASCII: u8 = 2;
/// The state right after a "-" that follows a word: no byte has this class.
const AFTER_HYPHEN: u8 = 3;

const BYTE_CLASS: [u8; 256] = {
    let mut classes = [ASCII_OTHER; 256];
    let mut b = 0;
    while b < 256 {
        classes[b] = if b >= 0x80 {
            NON_ASCII
        } else if (b as u8).is_ascii_alphanumeric() {
            ASCII_WORD
        } else {
            ASCII_OTHER
        };
        b += 1;
    }
    classes
};

/// Folds `piece` into `sink`, with a [`WORD_START`] before each word when `marks` is set.
fn fold_chars(piece: &str, marks: bool, sink: &mut impl Sink) {
    let bytes = piece.as_bytes();
    let mut words = Words::default();
    // The class of the bytes that change nothing (ASCII bytes of the kind of the previous char).
    let mut state = ASCII_OTHER;
    // The ASCII bytes from `copied` on are not in the sink yet: they go in one run.
    let mut copied = 0;
    let mut i = 0;
    loop {
        i += bytes[i..].iter().position(|&b| BYTE_CLASS[b as usize] != state).unwrap_or(bytes.len() - i);
        let Some(&b) = bytes.get(i) else { break };
        let c = if b.is_ascii() {
            None
        } else {
            let Some(c) = piece[i..].chars().next() else { break };
            Some(c)
        };
        let word_char = c.map_or(b.is_ascii_alphanumeric(), is_word_char);
        match (state == ASCII_WORD, word_char) {
            (false, true) => {
                if marks {
                    sink.ascii_run(copied, &bytes[copied..i]);
                    copied = i;
                    sink.mark(i);
                }
                words.enter(sink, i);
            }
            (true, false) => words.leave(sink, i, b == b'-'),
            (false, false) => words.other(sink),
            (true, true) => {}
        }
        state = match (words.after_hyphen, word_char) {
            (true, _) => AFTER_HYPHEN,
            (false, true) => ASCII_WORD,
            (false, false) => ASCII_OTHER,
        };
        match c {
            None => i += 1,
            Some(c) => {
                sink.ascii_run(copied, &bytes[copied..i]);
                fold_non_ascii(c, |folded| sink.bytes(i, folded));
                i += c.len_utf8();
                copied = i;
            }
        }
    }
    sink.ascii_run(copied, &bytes[copied..]);
    if state == ASCII_WORD {
        words.end = bytes.len();
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
    bytes: Vec<u8>,
    /// For each byte of `bytes`: the byte offset in the original text of the char it came from
    /// (a word-start mark: of the word's first char).
    to_orig: Vec<u32>,
    /// The words of the original piece, as `[start, end)` offsets of the original text.
    words: Vec<(usize, usize)>,
    /// The end of the piece in the original text.
    end: usize,
}

impl Folded {
    /// Folds `piece`, which starts at byte `base` of the original text; reuses the buffers.
    pub fn fold_into(&mut self, piece: &str, base: usize) {
        // The buffers are moved into a local sink: the compiler then keeps their lengths in
        // registers rather than reloading them after every byte written.
        let mut sink = FoldSink {
            bytes: std::mem::take(&mut self.bytes),
            to_orig: std::mem::take(&mut self.to_orig),
            words: std::mem::take(&mut self.words),
            base,
        };
        sink.bytes.clear();
        sink.to_orig.clear();
        sink.words.clear();
        sink.bytes.reserve(piece.len() + piece.len() / 4);
        sink.to_orig.reserve(piece.len() + piece.len() / 4);
        fold_chars(piece, true, &mut sink);
        *self =
            Folded { bytes: sink.bytes, to_orig: sink.to_orig, words: sink.words, end: base + piece.len() };
    }

    /// All that was folded.
    pub fn whole(&self) -> FoldedPiece<'_> {
        FoldedPiece { bytes: &self.bytes, to_orig: &self.to_orig, words: &self.words, end: self.end }
    }

    /// The fold of `text[start..end]`, cut from this fold of the whole `text`, when folding the
    /// piece alone gives the same: when no word runs across either end (a word goes on over a
    /// word char or a "-").
    pub fn piece(&self, text: &str, start: usize, end: usize) -> Option<FoldedPiece<'_>> {
        let open = |c: Option<char>| c.is_some_and(|c| c == '-' || is_word_char(c));
        if start > end
            || self.end != text.len()
            // Offsets past 4 GiB do not fit the map.
            || self.end > u32::MAX as usize
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
            || open(text[..start].chars().next_back())
            || open(text[end..].chars().next())
        {
            return None;
        }
        // A word-start mark maps to its word's first char, so a piece starts at its mark.
        let fstart = self.to_orig.partition_point(|&o| (o as usize) < start);
        let fend = self.to_orig.partition_point(|&o| (o as usize) < end);
        let wstart = self.words.partition_point(|&(s, _)| s < start);
        let wend = self.words.partition_point(|&(s, _)| s < end);
        Some(FoldedPiece {
            bytes: &self.bytes[fstart..fend],
            to_orig: &self.to_orig[fstart..fend],
            words: &self.words[wstart..wend],
            end,
        })
    }

    /// The words of the original, as `[start, end)` offsets.
    pub fn words(&self) -> &[(usize, usize)] {
        &self.words
    }

    /// The bytes of the folded text its buffers can hold.
    pub fn capacity(&self) -> usize {
        self.bytes.capacity()
    }
}

/// A folded piece of text (a sentence), as the lexicon pass reads it.
#[derive(Debug, Clone, Copy)]
pub struct FoldedPiece<'a> {
    /// Folded bytes with word-start marks.
    pub bytes: &'a [u8],
    /// As [`Folded::to_orig`].
    to_orig: &'a [u32],
    /// The words of the piece, as `[start, end)` offsets of the original text.
    pub words: &'a [(usize, usize)],
    /// The end of the piece in the original text.
    end: usize,
}

impl FoldedPiece<'_> {
    /// The original byte offset of folded offset `i` (a char boundary of the original); past the
    /// end, the end of the piece.
    pub fn orig(&self, i: usize) -> usize {
        self.to_orig.get(i).map_or(self.end, |&o| o as usize)
    }
}

/// Fills the buffers of a [`Folded`] with the offsets of a piece starting at `base`.
struct FoldSink {
    bytes: Vec<u8>,
    to_orig: Vec<u32>,
    words: Vec<(usize, usize)>,
    base: usize,
}

impl Sink for FoldSink {
    fn mark(&mut self, at: usize) {
        self.bytes.push(WORD_START);
        self.to_orig.push((self.base + at) as u32);
    }
    fn bytes(&mut self, at: usize, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
        let at = (self.base + at) as u32;
        self.to_orig.extend(std::iter::repeat_n(at, bytes.len()));
    }
    fn word(&mut self, start: usize, end: usize) {
        self.words.push((self.base + start, self.base + end));
    }
    fn ascii_run(&mut self, at: usize, run: &[u8]) {
        self.bytes.extend(run.iter().map(u8::to_ascii_lowercase));
        let at = (self.base + at) as u32;
        self.to_orig.extend(at..at + run.len() as u32);
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
        let words: Vec<&str> = f.words().iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(words, ["M", "al-Assad", "Jean-Marc", "a-t-il", "dit", "x"]);
    }

    #[test]
    fn marks_word_starts() {
        assert_eq!(fold_pattern("l’Élysée"), b"\x01l'\x01elysee");
        assert_eq!(fold_pattern("M."), b"\x01m.");
        assert_eq!(fold_pattern("G20"), b"\x01g20");
    }

    /// Every piece the article's fold gives is what folding that piece alone gives.
    fn check_pieces(text: &str) -> usize {
        let mut whole = Folded::default();
        whole.fold_into(text, 0);
        let mut alone = Folded::default();
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        let mut pieces = 0;
        for (k, &start) in bounds.iter().enumerate() {
            for &end in &bounds[k..] {
                let Some(piece) = whole.piece(text, start, end) else { continue };
                alone.fold_into(&text[start..end], start);
                let alone = alone.whole();
                assert_eq!(piece.bytes, alone.bytes, "{text:?} {start}..{end}");
                assert_eq!(piece.words, alone.words, "{text:?} {start}..{end}");
                for i in 0..=piece.bytes.len() + 1 {
                    assert_eq!(piece.orig(i), alone.orig(i), "{text:?} {start}..{end} at {i}");
                }
                pieces += 1;
            }
        }
        pieces
    }

    #[test]
    fn pieces_of_the_whole_fold_are_folds_of_the_pieces() {
        let pieces =
            check_pieces("Le ministre. M. al-Assad, «Jean-Marc» - a-t-il dit;x- É\u{301}tats-\u{2011}Unis\n");
        assert!(pieces > 20, "{pieces}");
    }

    proptest::proptest! {
        #[test]
        fn any_piece_of_the_whole_fold_is_the_fold_of_the_piece(
            text in "[a-zA-Z0-9 \\-.,'’«»éÉœŒßİȺ\u{301}\u{2010}\u{a0}\u{1}\n]{0,24}"
        ) {
            check_pieces(&text);
        }
    }

    #[test]
    fn maps_back_to_char_boundaries() {
        let text = "xx «Élysée»";
        let mut f = Folded::default();
        f.fold_into(&text[3..], 3);
        let needle = fold_pattern("Élysée");
        let f = f.whole();
        let start = f.bytes.windows(needle.len()).position(|w| w == needle).unwrap();
        let (s, e) = (f.orig(start), f.orig(start + needle.len()));
        assert_eq!(&text[s..e], "Élysée");
    }
}
