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

/// Where the map from folded to original offsets (re)starts: folded byte `fold + d` comes from
/// original byte `orig + d`, up to the next anchor.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    fold: u32,
    orig: u32,
}

/// A folded copy of a piece of text (with [`WORD_START`] marks, as [`fold_pattern`] folds), with
/// the way back to the original offsets and the words of the piece.
#[derive(Debug, Default)]
pub struct Folded {
    /// The folded bytes (`len` of them), then room the next fold reuses without clearing it.
    bytes: Vec<u8>,
    len: usize,
    /// The map to original offsets: ASCII text folds byte for byte, so anchors are only needed
    /// after each mark and at each non-ASCII char.
    anchors: Vec<Anchor>,
    /// Folded offsets of every [`WORD_START`] byte, where lexicon forms may start.
    starts: Vec<u32>,
    /// The words of the original piece.
    words: Vec<Word>,
    /// The end of the piece in the original text.
    end: usize,
    /// The fold of one non-ASCII char.
    char_buf: Vec<u8>,
}

impl Folded {
    /// Folds `piece`, which starts at byte `base` of the original text; reuses the buffers.
    pub fn fold_into(&mut self, piece: &str, base: usize) {
        let text = piece.as_bytes();
        let mut f = Folding {
            text: piece,
            base,
            out: std::mem::take(&mut self.bytes),
            k: 0,
            anchors: std::mem::take(&mut self.anchors),
            starts: std::mem::take(&mut self.starts),
            words: std::mem::take(&mut self.words),
            in_word: false,
            word_start: None,
            hyphenated: false,
            run_end: 0,
        };
        f.anchors.clear();
        f.starts.clear();
        f.words.clear();
        f.anchors.push(Anchor { fold: 0, orig: base as u32 });
        // An ASCII byte folds to at most two (a mark and itself): with `out` at least
        // `k + 2 * (bytes left) + SLACK` long, blocks of ASCII need no growing.
        let room = 2 * text.len() + SLACK;
        if f.out.len() < room {
            f.out.resize(room, 0);
        }
        let mut i = 0;
        while i < text.len() {
            // Up to eight ASCII bytes at once, then a byte that needs a closer look (part of a
            // non-ASCII char, or a WORD_START of the text itself).
            let (w, len) = match text.get(i..i + 8) {
                Some(eight) => (u64::from_le_bytes(eight.try_into().unwrap_or_default()), 8),
                None => {
                    let mut tail = [0; 8];
                    tail[..text.len() - i].copy_from_slice(&text[i..]);
                    (u64::from_le_bytes(tail), text.len() - i)
                }
            };
            let slow = (w & HIGH) | between(w, 0, WORD_START + 1);
            let ascii = (slow.trailing_zeros() as usize / 8).min(len);
            if ascii > 0 {
                f.block(i, w, ascii);
                i += ascii;
            }
            if ascii < len {
                i += f.char_at(i, &mut self.char_buf);
            }
        }
        f.finish(text.len());
        self.len = f.k;
        self.bytes = f.out;
        self.anchors = f.anchors;
        self.starts = f.starts;
        self.words = f.words;
        self.end = base + text.len();
    }

    /// All that was folded.
    pub fn whole(&self) -> FoldedPiece<'_> {
        FoldedPiece {
            bytes: &self.bytes[..self.len],
            from: 0,
            anchors: &self.anchors,
            starts: &self.starts,
            words: &self.words,
            end: self.end,
        }
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
        let (fstart, start_anchor) = self.fold_offset(start, 0);
        let (fend, end_anchor) = self.fold_offset(end, start_anchor);
        // The anchor the piece starts under: the last one at or before `fstart`.
        let at_start = self.anchors[start_anchor..].iter().take_while(|a| a.fold as usize == fstart).count();
        let first_anchor = (start_anchor + at_start).saturating_sub(1);
        let first_start = self.starts.partition_point(|&s| (s as usize) < fstart);
        let end_start = first_start + self.starts[first_start..].partition_point(|&s| (s as usize) < fend);
        let first_word = self.words.partition_point(|w| w.start < start);
        let end_word = first_word + self.words[first_word..].partition_point(|w| w.start < end);
        Some(FoldedPiece {
            bytes: &self.bytes[fstart..fend],
            from: fstart,
            anchors: &self.anchors[first_anchor..end_anchor.max(first_anchor + 1)],
            starts: &self.starts[first_start..end_start],
            words: &self.words[first_word..end_word],
            end,
        })
    }

    /// The first folded offset whose original offset is `orig` or more (the length if none), and
    /// the first anchor (from `from` on, all before have smaller offsets) with an original offset
    /// that large: the anchors before it have smaller folded offsets, the others larger or equal.
    fn fold_offset(&self, orig: usize, from: usize) -> (usize, usize) {
        let after = from + self.anchors[from..].partition_point(|a| (a.orig as usize) < orig);
        let next = self.anchors.get(after).map_or(self.len, |a| a.fold as usize);
        let fold = match after.checked_sub(1).map(|i| self.anchors[i]) {
            // Within the anchor's run, offsets go up one for one.
            Some(a) => (a.fold as usize + (orig - a.orig as usize)).min(next),
            None => next,
        };
        (fold, after)
    }

    /// The words of the original.
    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// The bytes of the folded text its buffers can hold.
    pub fn capacity(&self) -> usize {
        self.bytes.capacity()
    }
}

/// Room past the folded bytes, for whole blocks written at once.
const SLACK: usize = 24;
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// For eight ASCII bytes: the high bit of each byte set where the byte is strictly between `low`
/// and `high` (at most 128). ("hasbetween", Bit Twiddling Hacks: no carry crosses bytes.)
const fn between(w: u64, low: u8, high: u8) -> u64 {
    let low7 = w & (ONES * 0x7F);
    (ONES * (127 + high as u64) - low7) & !w & (low7 + ONES * (127 - low as u64)) & HIGH
}

/// [`Folded::fold_into`] at work.
struct Folding<'t> {
    text: &'t str,
    base: usize,
    out: Vec<u8>,
    /// The length of the folded text so far (`out` is longer).
    k: usize,
    anchors: Vec<Anchor>,
    starts: Vec<u32>,
    words: Vec<Word>,
    /// The last char was a word char.
    in_word: bool,
    /// The word being read: where it starts, and where its last run of word chars ended (a word
    /// goes on over a single "-" between two word chars).
    word_start: Option<usize>,
    hyphenated: bool,
    run_end: usize,
}

impl Folding<'_> {
    /// The first `len` bytes (1 to 8) of the eight at `i` (`w`): ASCII, none of them a [`WORD_START`].
    fn block(&mut self, i: usize, w: u64, len: usize) {
        let in_block = u64::MAX >> (64 - 8 * len);
        let word =
            (between(w, b'0' - 1, b'9' + 1) | between(w | (ONES * 0x20), b'a' - 1, b'z' + 1)) & in_block;
        let lower = w | (between(w, b'A' - 1, b'Z' + 1) >> 2);
        let before = (word << 8) | if self.in_word { 0x80 } else { 0 };
        let (runs, ends) = (word & !before, before & !word & in_block);
        let block_start = self.k;
        self.out[block_start..block_start + 8].copy_from_slice(&lower.to_le_bytes());
        let mut marks = 0;
        let mut changes = runs | ends;
        while changes != 0 {
            let bit = changes & changes.wrapping_neg();
            let j = bit.trailing_zeros() as usize / 8;
            if runs & bit != 0 {
                self.k = block_start + j + marks;
                self.run_starts(i + j);
                // The mark is in: the rest of the block goes one byte further.
                let rest = self.k + 1;
                self.out[rest..rest + 8].copy_from_slice(&(lower >> (8 * j)).to_le_bytes());
                marks += 1;
            } else {
                self.run_end = i + j;
            }
            changes ^= bit;
        }
        self.k = block_start + len + marks;
        self.in_word = word >> (8 * len - 1) != 0;
    }

    /// The char at `i`, folded; returns its length.
    fn char_at(&mut self, i: usize, char_buf: &mut Vec<u8>) -> usize {
        let b = self.text.as_bytes()[i];
        let c = match self.text[i..].chars().next() {
            Some(c) => c,
            None => return 1,
        };
        let word_char = is_word_char(c);
        if word_char && !self.in_word {
            self.run_starts(i);
            self.k += 1;
        } else if self.in_word && !word_char {
            self.run_end = i;
        }
        self.in_word = word_char;
        if b.is_ascii() {
            if b == WORD_START {
                self.starts.push(self.k as u32);
            }
            self.out[self.k] = b.to_ascii_lowercase();
            self.k += 1;
            return 1;
        }
        char_buf.clear();
        fold_non_ascii(c, |bytes| char_buf.extend_from_slice(bytes));
        let len = c.len_utf8();
        let needed = self.k + char_buf.len() + 2 * (self.text.len() - i - len) + SLACK;
        if self.out.len() < needed {
            self.out.resize(needed, 0);
        }
        // Every byte of the char's fold maps to the char's start; what follows, to its end.
        for &byte in char_buf.iter() {
            self.out[self.k] = byte;
            self.anchors.push(Anchor { fold: self.k as u32, orig: (self.base + i) as u32 });
            self.k += 1;
        }
        self.anchors.push(Anchor { fold: self.k as u32, orig: (self.base + i + len) as u32 });
        len
    }

    /// A run of word chars starts at `i`: a [`WORD_START`] goes at `k` (which does not move), and
    /// a new word starts unless a single "-" joins it to the last.
    fn run_starts(&mut self, i: usize) {
        let text = self.text.as_bytes();
        let joined = self.word_start.is_some() && self.run_end + 1 == i && text[self.run_end] == b'-';
        if joined {
            self.hyphenated = true;
        } else {
            self.end_word();
            self.word_start = Some(i);
        }
        self.out[self.k] = WORD_START;
        self.starts.push(self.k as u32);
        self.anchors.push(Anchor { fold: self.k as u32 + 1, orig: (self.base + i) as u32 });
    }

    fn finish(&mut self, len: usize) {
        if self.in_word {
            self.run_end = len;
        }
        self.end_word();
    }

    fn end_word(&mut self) {
        if let Some(start) = self.word_start.take() {
            let (start, end) = (self.base + start, self.base + self.run_end);
            self.words.push(Word { start, end, hyphenated: self.hyphenated });
            self.hyphenated = false;
        }
    }
}

/// A folded piece of text (a sentence), as the lexicon pass reads it.
#[derive(Debug, Clone, Copy)]
pub struct FoldedPiece<'a> {
    /// Folded bytes with word-start marks.
    pub bytes: &'a [u8],
    /// The offset of `bytes` in the fold it was cut from.
    from: usize,
    /// The anchors of the fold that cover `bytes`.
    anchors: &'a [Anchor],
    /// Where the [`WORD_START`] bytes are, in the fold it was cut from.
    starts: &'a [u32],
    /// The words of the piece.
    pub words: &'a [Word],
    /// The end of the piece in the original text.
    end: usize,
}

impl FoldedPiece<'_> {
    /// The original byte offset of folded offset `i` (a char boundary of the original); past the
    /// end, the end of the piece.
    pub fn orig(&self, i: usize) -> usize {
        if i >= self.bytes.len() {
            return self.end;
        }
        let f = self.from + i;
        let a = self.anchors[self.anchors.partition_point(|a| a.fold as usize <= f).saturating_sub(1)];
        a.orig as usize + (f - a.fold as usize)
    }

    /// The folded offsets of the [`WORD_START`] bytes, where lexicon forms may start.
    pub fn starts(&self) -> impl Iterator<Item = usize> + '_ {
        self.starts.iter().map(|&s| s as usize - self.from)
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
        let words: Vec<&str> = f.words().iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(words, ["M", "al-Assad", "Jean-Marc", "a-t-il", "dit", "x"]);
    }

    #[test]
    fn marks_word_starts() {
        assert_eq!(fold_pattern("l’Élysée"), b"\x01l'\x01elysee");
        assert_eq!(fold_pattern("M."), b"\x01m.");
        assert_eq!(fold_pattern("G20"), b"\x01g20");
    }

    /// The fold as [`Folded`] should give it, char by char: the bytes, for each byte the original
    /// offset of the char it comes from (a mark: of its word's first char), and the words.
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

    fn check_fold(text: &str) {
        let mut folded = Folded::default();
        folded.fold_into(text, 7);
        let whole = folded.whole();
        let (bytes, to_orig, words) = fold_by_char(text, 7);
        assert_eq!(whole.bytes, bytes, "{text:?}");
        assert_eq!(whole.bytes, fold_pattern(text), "{text:?}");
        let hyphenated = |&(s, e): &(usize, usize)| text[s - 7..e - 7].contains('-');
        let words: Vec<Word> =
            words.iter().map(|w| Word { start: w.0, end: w.1, hyphenated: hyphenated(w) }).collect();
        assert_eq!(whole.words, words, "{text:?}");
        for (i, &orig) in to_orig.iter().enumerate() {
            assert_eq!(whole.orig(i), orig, "{text:?} at {i}");
        }
        assert_eq!(whole.orig(to_orig.len()), 7 + text.len());
        let marks: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i] == WORD_START).collect();
        assert_eq!(whole.starts().collect::<Vec<_>>(), marks, "{text:?}");
    }

    #[test]
    fn folds_as_char_by_char() {
        check_fold("M. al-Assad, «Jean-Marc» - a-t-il dit;x- É\u{301}tats-\u{2011}Unis, Œuvre\u{1}Ⱥ-b--c");
    }

    proptest::proptest! {
        #[test]
        fn any_text_folds_as_char_by_char(text in "[a-zA-Z0-9 \\-.,'’«»éÉœŒßİȺ\u{301}\u{2010}\u{a0}\u{1}\n]{0,40}") {
            check_fold(&text);
        }

        #[test]
        fn any_string_folds_as_char_by_char(text in proptest::prelude::any::<String>()) {
            check_fold(&text);
        }
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
                assert!(piece.starts().eq(alone.starts()), "{text:?} {start}..{end}");
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
