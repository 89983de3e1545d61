//! Wrapping article text to a pane, in byte ranges of the original text.
//!
//! Lines are kept as byte spans so mention, date and sentence spans (byte offsets too) map straight
//! onto wrapped lines, and the line holding a sentence is a binary search away. Only ASCII spaces
//! break a line: the no-break spaces French puts inside « » and before « : ; ? ! » keep the mark with
//! its word. Widths are terminal columns (unicode-width), so accents and U+202F measure right.

use crate::corpus::Span;
use unicode_normalization::UnicodeNormalization;
use unicode_width::UnicodeWidthChar;

/// Columns a char takes on screen as `display` renders it.
pub fn char_width(c: char) -> usize {
    if c == '\t' {
        1
    } else {
        c.width().unwrap_or(0)
    }
}

pub fn str_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// The text wrapped to `width` columns: one byte span per screen line, in order. Break spaces and
/// newlines are left out of the spans; an empty paragraph gives an empty span.
pub fn wrap(text: &str, width: usize) -> Vec<Span> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut base = 0;
    for para in text.split('\n') {
        wrap_paragraph(para, base, width, &mut lines);
        base += para.len() + 1;
    }
    lines
}

fn wrap_paragraph(para: &str, base: usize, width: usize, lines: &mut Vec<Span>) {
    let mut push = |start: usize, end: usize| lines.push(Span::new(base + start, base + end.max(start)));
    let mut start = 0;
    let mut used = 0;
    let mut last_space: Option<usize> = None;
    for (i, c) in para.char_indices() {
        if c == ' ' {
            if used == 0 && i == start && start > 0 {
                // A break space already consumed the line end: don't start the next line with it.
                start = i + 1;
                continue;
            }
            if used + 1 > width {
                push(start, i);
                start = i + 1;
                used = 0;
                last_space = None;
                continue;
            }
            last_space = Some(i);
        }
        let w = char_width(c);
        if used + w > width && used > 0 {
            if let Some(sp) = last_space.take() {
                push(start, sp);
                start = sp + 1;
                used = str_width(&para[start..i]);
            }
            // What follows the space may itself be a word longer than the line: cut it here.
            if used + w > width && used > 0 {
                push(start, i);
                start = i;
                used = 0;
            }
        }
        used += w;
    }
    push(start, para.len());
}

/// Index of the wrapped line holding byte `offset` (the last line when past the end).
pub fn line_of(lines: &[Span], offset: usize) -> usize {
    lines.partition_point(|l| l.start <= offset).saturating_sub(1)
}

/// Text as shown: NFC (a decomposed "é" becomes one char), tabs as spaces, other controls dropped.
pub fn display(s: &str) -> String {
    s.nfc().filter_map(|c| if c == '\t' { Some(' ') } else { (!c.is_control()).then_some(c) }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, width).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(lines("le Kremlin a démenti hier", 10), vec!["le Kremlin", "a démenti", "hier"]);
    }

    #[test]
    fn accents_count_one_column() {
        // "Sergueï Lavrov" is 14 columns, not 15 bytes-worth.
        assert_eq!(lines("Sergueï Lavrov était là", 14), vec!["Sergueï Lavrov", "était là"]);
    }

    #[test]
    fn narrow_no_break_space_keeps_guillemets_with_words() {
        let text = "il a dit «\u{202f}non\u{202f}» hier";
        let got = lines(text, 12);
        assert_eq!(got, vec!["il a dit", "«\u{202f}non\u{202f}» hier"]);
        for l in &got {
            assert!(str_width(l) <= 12);
        }
    }

    #[test]
    fn long_words_are_cut_on_char_boundaries() {
        let text = "ééééééé";
        assert_eq!(lines(text, 3), vec!["ééé", "ééé", "é"]);
    }

    #[test]
    fn a_word_longer_than_the_line_after_a_space_is_cut() {
        assert_eq!(lines(" abcdefgh", 4), vec!["", "abcd", "efgh"]);
        assert_eq!(lines("un abcdefgh", 4), vec!["un", "abcd", "efgh"]);
    }

    #[test]
    fn paragraphs_and_empty_lines_are_kept() {
        assert_eq!(lines("un\n\ndeux", 10), vec!["un", "", "deux"]);
    }

    #[test]
    fn every_line_fits_and_offsets_are_char_boundaries() {
        let text =
            "« Moscou\u{a0}» : l’armée russe a frappé\tdes cibles, a déclaré M.\u{202f}Lavrov…\n\nFin.";
        for w in 1..40 {
            for span in wrap(text, w) {
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                assert!(str_width(span.slice(text)) <= w, "width {w}: {:?}", span.slice(text));
            }
        }
    }

    #[test]
    fn finds_the_line_of_an_offset() {
        let text = "le Kremlin a démenti hier";
        let l = wrap(text, 10);
        assert_eq!(line_of(&l, text.find("hier").unwrap()), 2);
        assert_eq!(line_of(&l, 0), 0);
    }

    proptest::proptest! {
        #[test]
        fn any_text_wraps_without_losing_or_overflowing(text in "\\PC{0,200}", width in 1usize..60) {
            let lines = wrap(&text, width);
            let mut kept = String::new();
            for span in &lines {
                proptest::prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                let line = span.slice(&text);
                // A lone visible char wider than the pane (with any zero-width marks) gets its own line.
                let visible_chars = line.chars().filter(|c| char_width(*c) > 0).count();
                proptest::prop_assert!(str_width(line) <= width || visible_chars == 1, "{:?}", line);
                kept.push_str(line);
            }
            let visible = |s: &str| s.chars().filter(|c| *c != ' ' && *c != '\n').collect::<String>();
            proptest::prop_assert_eq!(visible(&kept), visible(&text));
        }
    }

    #[test]
    fn display_composes_and_drops_controls() {
        assert_eq!(display("E\u{301}tats\r\tUnis"), "États Unis");
    }
}
