//! The two-byte letters French writes most, told from their UTF-8 bytes without decoding: every
//! stage's tokenizer steps over them on its fast path.

/// Whether `bytes[i..]`, read from a `str`, starts with a Latin-1 letter: À to ÿ (C3 80 to C3 BF)
/// but × and ÷ (C3 97, C3 B7). In UTF-8 the byte after C3 is always one of 80 to BF.
#[inline(always)]
pub(crate) fn is_latin1_letter(bytes: &[u8], i: usize) -> bool {
    bytes[i] == 0xC3 && bytes.get(i + 1).is_some_and(|&b| b != 0x97 && b != 0xB7)
}

/// `is_latin1_letter` for a char: À to ÿ but × and ÷, alphabetic, known without the Unicode
/// tables.
#[inline(always)]
pub(crate) fn is_latin1_letter_char(c: char) -> bool {
    matches!(c, 'À'..='ÿ') && c != '×' && c != '÷'
}

#[cfg(test)]
mod tests {
    use super::{is_latin1_letter, is_latin1_letter_char};

    #[test]
    fn latin1_letters_are_the_alphabetic_chars_from_c3_80_to_c3_bf() {
        for c in '\u{80}'..='\u{7FF}' {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let expected = ('\u{C0}'..='\u{FF}').contains(&c) && c.is_alphabetic();
            assert_eq!(is_latin1_letter(bytes, 0), expected, "{c:?}");
            assert_eq!(is_latin1_letter_char(c), expected, "{c:?}");
        }
        assert!(!is_latin1_letter(&[0xC3], 0));
        assert!(!is_latin1_letter(b"e", 0));
    }
}
