//! Text with decomposed accents ("e" then U+0301 COMBINING ACUTE ACCENT, as some systems and
//! converters write it) is parsed in its composed form (NFC), the form the lexicons and the date
//! words are written in; what is found there is then mapped back to the text as given, whose
//! bytes the corpus keeps.

use super::swar::bytes_from;
use crate::corpus::{Article, Span};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// A text's composed form, and where its pieces that composition changed come from.
pub struct Composed {
    pub text: String,
    /// The pieces composition changed, in order: their span in `text` and in the original.
    /// Between two of them, both texts are the same bytes.
    changed: Vec<(Span, Span)>,
}

impl Composed {
    /// The composed form of `text`, or `None` when it is composed already (nearly always, and
    /// told by a quick check).
    pub fn of(text: &str) -> Option<Composed> {
        if !may_change(text.as_bytes()) || is_nfc_quick(text.chars()) == IsNormalized::Yes {
            return None;
        }
        let mut composed = String::with_capacity(text.len());
        let mut changed = Vec::new();
        let mut piece_start = 0;
        let pieces_end = text.char_indices().skip(1).filter(|&(_, c)| starts_a_piece(c)).map(|(at, _)| at);
        for piece_end in pieces_end.chain([text.len()]) {
            let piece = &text[piece_start..piece_end];
            let from = composed.len();
            composed.extend(piece.nfc());
            if &composed[from..] != piece {
                changed.push((Span::new(from, composed.len()), Span::new(piece_start, piece_end)));
            }
            piece_start = piece_end;
        }
        (!changed.is_empty()).then_some(Composed { text: composed, changed })
    }

    /// The offset in the original text of the start of a span that starts at `at` in `text`.
    fn start(&self, at: usize) -> usize {
        self.original(at, |original| original.start)
    }

    /// The offset in the original text of the end of a span that ends at `at` in `text`.
    fn end(&self, at: usize) -> usize {
        self.original(at, |original| original.end)
    }

    /// `at` in the original text; `inside` says which end of the changed piece an offset inside
    /// it goes to (spans found in composed text hardly ever split one).
    fn original(&self, at: usize, inside: impl Fn(Span) -> usize) -> usize {
        let before = self.changed.partition_point(|(composed, _)| composed.start <= at);
        let Some(&(composed, original)) = before.checked_sub(1).map(|i| &self.changed[i]) else { return at };
        match at {
            _ if at == composed.start => original.start,
            _ if at >= composed.end => original.end + (at - composed.end),
            _ => inside(original),
        }
    }

    /// Maps every span of `article`, found in `text`, to the original text.
    pub fn map_back(&self, article: &mut Article) {
        let map = |span: &mut Span| *span = Span::new(self.start(span.start), self.end(span.end));
        article.zones.iter_mut().for_each(|z| map(&mut z.span));
        article.sentences.iter_mut().for_each(|s| map(&mut s.span));
        article.mentions.iter_mut().for_each(|m| map(&mut m.span));
        article.timexes.iter_mut().for_each(|t| map(&mut t.span));
        article.events.iter_mut().for_each(|e| map(&mut e.trigger));
    }
}

/// Whether `bytes` hold a character that composition may change, or change what comes before:
/// one at U+0300 or above (the combining accents on), but the general punctuation, super- and
/// subscripts and currency signs of U+2002 to U+20BF (’, no-break spaces, –, …, €). Read eight
/// bytes at a time: French text has none in most, and those it has are mostly ’.
fn may_change(bytes: &[u8]) -> bool {
    const FIRST_BYTE_OF_U0300: u8 = 0xCC;
    let words = bytes.chunks_exact(8);
    let rest_start = bytes.len() - words.remainder().len();
    for (n, word) in words.enumerate() {
        let mut starts =
            bytes_from(u64::from_le_bytes(word.try_into().expect("8 bytes")), FIRST_BYTE_OF_U0300);
        while starts != 0 {
            let at = n * 8 + (starts.trailing_zeros() / 8) as usize;
            starts &= starts - 1;
            if !composes_alone(&bytes[at..]) {
                return true;
            }
        }
    }
    (rest_start..bytes.len()).any(|at| bytes[at] >= FIRST_BYTE_OF_U0300 && !composes_alone(&bytes[at..]))
}

/// Whether `bytes` start with a character of U+2002 to U+20BF.
fn composes_alone(bytes: &[u8]) -> bool {
    matches!(bytes, [0xE2, 0x80, 0x82..=0xBF, ..] | [0xE2, 0x81 | 0x82, ..])
}

/// Whether composition leaves what comes before `c` alone: a character that combines with
/// nothing before it (canonical combining class 0, and quick check Yes).
fn starts_a_piece(c: char) -> bool {
    c.is_ascii() || canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn characters_passed_over_by_the_byte_filter_are_left_alone_by_composition() {
        let passed_over = ('\0'..'\u{300}').chain('\u{2002}'..='\u{20bf}');
        for c in passed_over {
            assert!(!may_change(c.to_string().as_bytes()), "{c:?}");
            assert!(starts_a_piece(c) && c.to_string().nfc().eq([c]), "{c:?}");
        }
        for c in ['\u{300}', '\u{301}', '\u{2000}', '\u{2001}', '\u{20d0}', 'Ω', 'я', '\u{1161}'] {
            assert!(may_change(format!("une phrase assez longue avant {c}").as_bytes()), "{c:?}");
        }
    }

    #[test]
    fn composed_text_is_left_alone() {
        assert!(Composed::of("Le 1er février, à Genève.").is_none());
    }

    #[test]
    fn decomposed_accents_are_composed_and_offsets_mapped_back() {
        let original = "Le 1er fe\u{301}vrier, a\u{300} Gene\u{300}ve.";
        let composed = Composed::of(original).expect("decomposed");
        assert_eq!(composed.text, "Le 1er février, à Genève.");
        let find = |s: &str| {
            let at = composed.text.find(s).unwrap();
            let (start, end) = (composed.start(at), composed.end(at + s.len()));
            &original[start..end]
        };
        assert_eq!(find("Le 1er février"), "Le 1er fe\u{301}vrier");
        assert_eq!(find("Genève"), "Gene\u{300}ve");
        assert_eq!(find("à"), "a\u{300}");
        assert_eq!(find("."), ".");
    }

    proptest! {
        #[test]
        fn spans_map_to_char_boundaries_and_compose_to_what_was_found(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec!["e", "E", "\u{301}", "\u{300}", "\u{327}", "c", " ", "é", "\u{1100}", "\u{1161}", "\u{11a8}", "ﬁ", "Å", "\u{30a}", "a"]),
                0..24,
            ),
            cuts in proptest::collection::vec(any::<proptest::sample::Index>(), 2),
        ) {
            let original = pieces.concat();
            let Some(composed) = Composed::of(&original) else {
                prop_assert_eq!(original.nfc().collect::<String>(), original);
                return Ok(());
            };
            prop_assert_eq!(&composed.text, &original.nfc().collect::<String>());
            let bounds: Vec<usize> = composed.text.char_indices().map(|(i, _)| i).chain([composed.text.len()]).collect();
            let (a, b) = (cuts[0].get(&bounds), cuts[1].get(&bounds));
            let (start, end) = (*a.min(b), *a.max(b));
            let (o_start, o_end) = (composed.start(start), composed.end(end));
            prop_assert!(original.is_char_boundary(o_start) && original.is_char_boundary(o_end) && o_start <= o_end);
            // What the span holds in the original composes to what it holds, or to more when it
            // cuts a composed piece.
            let held: String = original[o_start..o_end].nfc().collect();
            prop_assert!(held.contains(&composed.text[start..end]), "{:?} {:?}", held, &composed.text[start..end]);
        }
    }
}
