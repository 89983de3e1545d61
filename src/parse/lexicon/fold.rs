//! Folding for lexicon lookups: lowercase, accents stripped, typographic apostrophes, dashes and
//! non-breaking spaces made plain, so "États-Unis", "Etats-Unis" and "ETATS‑UNIS" fold alike.
//!
//! Text is folded with a map back to the original byte offsets, so matches found in the folded
//! copy give spans of the original text that always fall on char boundaries.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Appends the folded form of `c` to `out`.
fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' => out.push('\''),
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\u{2002}' | '\u{2003}' => out.push(' '),
        '\u{2010}' | '\u{2011}' => out.push('-'),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        'ı' => out.push('i'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' => out.push('d'),
        'ø' | 'Ø' => out.push('o'),
        _ => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        }),
    }
}

/// The folded form of a short string (a lexicon entry).
pub fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// A folded copy of a piece of text, with the way back to the original offsets.
#[derive(Debug, Default)]
pub struct Folded {
    pub text: String,
    /// For each byte of `text` (and one past the end): the byte offset in the original text of
    /// the char it came from.
    to_orig: Vec<usize>,
}

impl Folded {
    /// Folds `piece`, which starts at byte `base` of the original text; reuses the buffers.
    pub fn fold_into(&mut self, piece: &str, base: usize) {
        self.text.clear();
        self.to_orig.clear();
        for (i, c) in piece.char_indices() {
            let before = self.text.len();
            push_folded(c, &mut self.text);
            self.to_orig.extend(std::iter::repeat_n(base + i, self.text.len() - before));
        }
        self.to_orig.push(base + piece.len());
    }

    /// The original byte offset of folded offset `i` (a char boundary of the original).
    pub fn orig(&self, i: usize) -> usize {
        self.to_orig[i.min(self.to_orig.len() - 1)]
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
    fn maps_back_to_char_boundaries() {
        let text = "xx «Élysée»";
        let mut f = Folded::default();
        f.fold_into(&text[3..], 3);
        let start = f.text.find("elysee").unwrap();
        let (s, e) = (f.orig(start), f.orig(start + "elysee".len()));
        assert_eq!(&text[s..e], "Élysée");
    }
}
