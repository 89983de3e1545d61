//! Splitting a sentence into tokens and giving each its word class.
//!
//! Byte by byte: ASCII is told apart by a table, and a word is looked up in the vocabulary as
//! it is spelt, by its bytes packed into a number (`Vocab::entry`). Only a word missing there
//! is looked at again: lowercased if it is spelt otherwise than the table holds words
//! (`odd_spelling`), composed as a number or split at its hyphens.

use super::vocab::{ids, normalise_key, odd_spelling, Kind, Vocab};
use crate::parse::latin1::is_latin1_letter;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum TokVal {
    None,
    Num(f64),
    Entry(u32),
    Date(NaiveDate),
    Clock(u32, u32),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Token {
    pub start: usize,
    pub end: usize,
    pub class: u16,
    pub val: TokVal,
}

impl Token {
    /// The number the token stands for: a number read from its digits or words, or a number
    /// word's value.
    pub(super) fn number(&self, vocab: &Vocab) -> Option<f64> {
        match self.val {
            TokVal::Num(n) => Some(n),
            TokVal::Entry(e) => vocab.entries[e as usize].num,
            _ => None,
        }
    }
}

/// Elided articles and conjunctions split off the next word ("l'année" → "l'" + "année").
pub(super) const ELISIONS: [&str; 13] =
    ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];

/// What the tokenizer needs to know of a byte, in one look-up: bits.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
/// ' ', '\t', '\r': skipped.
const SPACE: u8 = 4;
/// What may go on a word after its letters and digits: '-', '\'', a non-ASCII byte.
const WORD_GOES_ON: u8 = 8;
const CAPITAL: u8 = 16;
const CAPITAL_LETTER: u8 = LETTER | CAPITAL;
/// Not in the table: what `plain_run` tells of a Latin-1 capital (À…Þ).
const ACCENTED_CAPITAL: u8 = 32;

static BYTES: [u8; 256] = {
    let mut table = [WORD_GOES_ON; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = match byte {
            b' ' | b'\t' | b'\r' => SPACE,
            b'a'..=b'z' => LETTER,
            b'A'..=b'Z' => LETTER | CAPITAL,
            b'0'..=b'9' => DIGIT,
            b'-' | b'\'' => WORD_GOES_ON,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// Whether the character at `bytes[i..]` (not ASCII) surely ends a word, as no letter, digit or
/// joiner: the general punctuation of French typography (U+2000 to U+203F, E2 80 xx: narrow
/// no-break space, dashes, …) but the apostrophe ’, and Latin-1 signs (C2 xx: no-break space,
/// «, », °) but ª µ º ¹ ² ³ ¼ ½ ¾.
#[inline(always)]
pub(super) fn ends_word(bytes: &[u8], i: usize) -> bool {
    match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
        (0xE2, Some(0x80), Some(&b)) => b != 0x99,
        (0xC2, Some(&b), _) => !matches!(b, 0xAA | 0xB5 | 0xBA | 0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE),
        _ => false,
    }
}

/// Whether `b`, after letters, ends the word as a plain one (`word_at`): a space or ASCII
/// punctuation but '-' and '\''.
pub(super) fn ends_plain_word(b: u8) -> bool {
    BYTES[b as usize] & (LETTER | DIGIT | WORD_GOES_ON) == 0
}

/// Whether a word of ASCII letters at `bytes[at..]` starts a token of the sentence that starts
/// at `start`: it is at the start, after a space, or after an elision spelt in ASCII letters
/// ("n'", "qu’") which is after a space or at the start.
pub(super) fn starts_a_token(bytes: &[u8], start: usize, at: usize) -> bool {
    if at == start || bytes[at - 1] == b' ' {
        return true;
    }
    let apostrophe = match &bytes[..at] {
        [.., b'\''] => 1,
        [.., 0xE2, 0x80, 0x99] => 3,
        _ => return false,
    };
    let elision_end = at - apostrophe;
    let mut elision_start = elision_end;
    while elision_start > start && bytes[elision_start - 1].is_ascii_alphabetic() {
        elision_start -= 1;
    }
    elision_start < elision_end
        && (elision_start == start || bytes[elision_start - 1] == b' ')
        && is_elision(&bytes[elision_start..elision_end])
}

/// The top bit of each byte of `x` that is a lowercase ASCII letter.
#[inline(always)]
fn lowercase_letters(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let low7 = x & !HIGH;
    // Below 0x80, a byte plus 0x1F reaches the top bit from b'a' on, plus 0x05 past b'z'.
    (low7 + ONES * 0x1F) & !(low7 + ONES * 0x05) & !x & HIGH
}

/// The class `tokenize` gives an ASCII byte that is a token of its own (punctuation), as the
/// general case below finds it; `NO_CLASS` for letters, digits and white space.
static PUNCT_CLASSES: [u8; 128] = {
    let mut table = [NO_CLASS; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b' ' | b'\t'..=b'\r' => NO_CLASS,
            b',' => ids::COMMA as u8,
            b'(' | b'[' => ids::LPAREN as u8,
            b')' | b']' => ids::RPAREN as u8,
            b'.' | b'!' | b'?' => ids::STOP as u8,
            b'/' => ids::SLASH as u8,
            b'-' => ids::DASH as u8,
            _ => ids::PUNCT as u8,
        };
        b += 1;
    }
    table
};
const NO_CLASS: u8 = u8::MAX;

/// The end of the run of ASCII letters and digits and Latin-1 letters at `bytes[from..end]`,
/// and the capitals it has: `CAPITAL` for an ASCII one, `ACCENTED_CAPITAL` for a Latin-1 one.
#[inline(always)]
fn plain_run(bytes: &[u8], mut from: usize, end: usize) -> (usize, u8) {
    let bytes = &bytes[..end];
    let mut seen = 0;
    while from < bytes.len() {
        let class = BYTES[bytes[from] as usize];
        if class & (LETTER | DIGIT) != 0 {
            seen |= class;
            from += 1;
        } else if is_latin1_letter(bytes, from) {
            if is_latin1_capital(bytes[from + 1]) {
                seen |= ACCENTED_CAPITAL;
            }
            from += 2;
        } else {
            break;
        }
    }
    (from, seen & (CAPITAL | ACCENTED_CAPITAL))
}

/// Whether C3 then `second` is a Latin-1 capital (À…Þ but ×).
#[inline(always)]
fn is_latin1_capital(second: u8) -> bool {
    (0x80..=0x9E).contains(&second) && second != 0x97
}

/// Tokenises `text[start..end]`, appending to `out`. Offsets are byte offsets into `text`;
/// `key` is scratch space for normalised spellings.
pub(super) fn tokenize(
    text: &str,
    start: usize,
    end: usize,
    vocab: &Vocab,
    key: &mut String,
    out: &mut Vec<Token>,
) {
    // Rarely more than a token for every other byte: one allocation at most.
    out.reserve((end - start) / 2);
    let first = out.len();
    let mut i = start;
    let mut last_break = false;
    let bytes = text.as_bytes();
    while i < end {
        let b = bytes[i];
        let class = BYTES[b as usize];
        if class & LETTER != 0 {
            last_break = false;
            i = word_at(text, i, 1, end, vocab, key, out);
            continue;
        }
        if class == SPACE {
            i += 1;
            continue;
        }
        if class == DIGIT {
            last_break = false;
            i = number(text, i, end, out);
            continue;
        }
        if b.is_ascii() && PUNCT_CLASSES[b as usize] != NO_CLASS {
            last_break = false;
            out.push(Token {
                start: i,
                end: i + 1,
                class: PUNCT_CLASSES[b as usize].into(),
                val: TokVal::None,
            });
            i += 1;
            continue;
        }
        if is_latin1_letter(bytes, i) {
            last_break = false;
            i = word_at(text, i, 2, end, vocab, key, out);
            continue;
        }
        // Other characters are decoded.
        let (c, clen) = if b.is_ascii() {
            (b as char, 1)
        } else {
            match text[i..end].chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        if c.is_whitespace() {
            if (c == '\n' || c == '\u{2029}') && !last_break {
                out.push(Token { start: i, end: i + clen, class: ids::BREAK, val: TokVal::None });
                last_break = true;
            }
            i += clen;
            continue;
        }
        last_break = false;
        if is_letter(c) {
            i = word(text, i, i, end, vocab, key, out);
        } else {
            let class = match c {
                ',' => ids::COMMA,
                '(' | '[' => ids::LPAREN,
                ')' | ']' => ids::RPAREN,
                '.' | '!' | '?' | '…' => ids::STOP,
                '/' => ids::SLASH,
                '-' | '–' | '—' => ids::DASH,
                _ => ids::PUNCT,
            };
            out.push(Token { start: i, end: i + clen, class, val: TokVal::None });
            i += clen;
        }
    }
    read_abbreviated_months(text, end, vocab, out, first);
}

/// "3 oct. 2016", "le 10 sept 2016", "sept. 2016": a month's abbreviation (`abbreviated_month`)
/// takes the period written right after it unless that period ends the span, and a word that
/// abbreviates a month but is no month itself ("sept", seven) is the month after a day, or before
/// its period and a year.
pub(super) fn read_abbreviated_months(
    text: &str,
    end: usize,
    vocab: &Vocab,
    out: &mut Vec<Token>,
    first: usize,
) {
    let mut i = first;
    while i < out.len() {
        let t = out[i];
        let month = match t.val {
            TokVal::Entry(e) => vocab.abbreviated_month[e as usize],
            _ => None,
        };
        i += 1;
        let Some(month) = month else { continue };
        let month_class = vocab.entries[month as usize].class;
        let after_a_day = i >= first + 2 && {
            let day = out[i - 2];
            let is_day = match (day.class, day.val) {
                (ids::ORDINAL1, _) => true,
                (ids::NUM, TokVal::Num(n)) => (1.0..=31.0).contains(&n),
                _ => false,
            };
            is_day && text[day.end..t.start].trim().is_empty()
        };
        let period = out.get(i).copied().filter(|p| {
            p.class == ids::STOP
                && p.start == t.end
                && text.as_bytes()[p.start] == b'.'
                && !text[p.end..end].trim().is_empty()
        });
        let year_after_period = period.is_some() && out.get(i + 1).is_some_and(|y| y.class == ids::NUM4);
        if t.class != month_class && !after_a_day && !year_after_period {
            continue;
        }
        let month_token = &mut out[i - 1];
        month_token.class = month_class;
        month_token.val = TokVal::Entry(month);
        if let Some(period) = period {
            month_token.end = period.end;
            out.remove(i);
        }
    }
}

/// `char::is_alphabetic`, without the table look-up for Latin-1 (à, é, ç…; «, °, no-break
/// space) and for the general punctuation French typography uses (’, –, …, narrow no-break
/// space), which have no letters.
pub(super) fn is_letter(c: char) -> bool {
    match c {
        '\0'..='\u{ff}' => {
            matches!(c, 'a'..='z' | 'A'..='Z' | 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ')
        }
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_alphanumeric`, likewise.
pub(super) fn is_letter_or_digit(c: char) -> bool {
    match c {
        '\0'..='\u{ff}' => is_letter(c) || matches!(c, '0'..='9' | '²' | '³' | '¹' | '¼'..='¾'),
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

fn digits_at(b: &[u8], i: usize, end: usize) -> usize {
    let mut j = i;
    while j < end && b[j].is_ascii_digit() {
        j += 1;
    }
    j
}

fn parse_u32(s: &str) -> Option<u32> {
    if s.len() > 9 {
        return None;
    }
    s.parse().ok()
}

pub(super) fn number(text: &str, start: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let b = text.as_bytes();
    let d1 = digits_at(b, start, end);
    let first = &text[start..d1];
    let n1 = parse_u32(first);
    let letter_after = |j: usize| j < end && text[j..end].chars().next().is_some_and(char::is_alphanumeric);
    let push = |out: &mut Vec<Token>, e: usize, class: u16, val: TokVal| {
        out.push(Token { start, end: e, class, val });
        e
    };

    // Clock times written in one piece: "21h45", "21h", "12:30".
    if first.len() <= 2 && d1 < end && (b[d1] == b'h' || b[d1] == b'H' || b[d1] == b':') {
        let d2 = digits_at(b, d1 + 1, end);
        let minutes = &text[d1 + 1..d2];
        let colon = b[d1] == b':';
        let ok_minutes = if colon { minutes.len() == 2 } else { minutes.is_empty() || minutes.len() == 2 };
        if ok_minutes && !letter_after(d2) {
            let h = n1.unwrap_or(99);
            let m = if minutes.is_empty() { 0 } else { parse_u32(minutes).unwrap_or(99) };
            if h <= 24 && m <= 59 {
                return push(out, d2, ids::CLOCK, TokVal::Clock(h, m));
            }
        }
    }
    // Numeric dates: 28/09/2016, 28.09.2016, 2016-09-28, 28-09-2016.
    if let Some((e, date)) = numeric_date(text, start, end) {
        return push(out, e, ids::NUMDATE, TokVal::Date(date));
    }
    // Decimals with a comma ("30,4") and thousands with a dot ("70.000").
    if d1 + 1 < end && b[d1] == b',' && b[d1 + 1].is_ascii_digit() {
        let d2 = digits_at(b, d1 + 1, end);
        let value = format!("{}.{}", first, &text[d1 + 1..d2]).parse().unwrap_or(0.0);
        return push(out, d2, ids::DECIMAL, TokVal::Num(value));
    }
    let mut e = d1;
    let mut thousands = false;
    while e < end && b[e] == b'.' {
        let d = digits_at(b, e + 1, end);
        if d - (e + 1) != 3 {
            break;
        }
        thousands = true;
        e = d;
    }
    if thousands {
        let value: String = text[start..e].chars().filter(char::is_ascii_digit).collect();
        return push(out, e, ids::NUMBIG, TokVal::Num(value.parse().unwrap_or(0.0)));
    }
    // Ordinals: "1er", "1re", "2e", "35e"; other digit-letter mixes are words.
    if letter_after(d1) {
        let mut w = d1;
        for c in text[d1..end].chars() {
            if !c.is_alphanumeric() {
                break;
            }
            w += c.len_utf8();
        }
        // "1ᵉʳ", "2ᵉ": the ordinal's letters may be written as superscript modifier letters.
        let suffix: String = text[d1..w]
            .chars()
            .map(|c| match c {
                'ᵉ' => 'e',
                'ʳ' => 'r',
                'ᵐ' => 'm',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect();
        let class = match suffix.as_str() {
            "er" | "re" | "ère" if n1 == Some(1) => ids::ORDINAL1,
            "e" | "è" | "ème" | "eme" | "er" | "re" | "ère" => ids::ORDINAL,
            _ => ids::WORD,
        };
        return push(out, w, class, TokVal::Num(n1.unwrap_or(0) as f64));
    }
    let value = n1.map(f64::from).unwrap_or(f64::MAX);
    let class = match first.len() {
        1 | 2 => ids::NUM,
        4 if (1000.0..3000.0).contains(&value) => ids::NUM4,
        _ => ids::NUMBIG,
    };
    push(out, d1, class, TokVal::Num(value))
}

fn numeric_date(text: &str, start: usize, end: usize) -> Option<(usize, NaiveDate)> {
    let b = text.as_bytes();
    let d1 = digits_at(b, start, end);
    let sep = *b.get(d1).filter(|_| d1 < end)?;
    if !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    let d2 = digits_at(b, d1 + 1, end);
    if d2 >= end || b[d2] != sep {
        return None;
    }
    let d3 = digits_at(b, d2 + 1, end);
    if d3 < end && text[d3..end].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let (p1, p2, p3) = (&text[start..d1], &text[d1 + 1..d2], &text[d2 + 1..d3]);
    // "22-12-2016" too, but with its year in full ("2-1" after a score is no date).
    let year_len_ok = p3.len() == 4 || (p3.len() == 2 && sep != b'-');
    let date = if p1.len() == 4 && p2.len() == 2 && p3.len() == 2 && sep == b'-' {
        NaiveDate::from_ymd_opt(p1.parse().ok()?, parse_u32(p2)?, parse_u32(p3)?)
    } else if p1.len() <= 2 && p2.len() <= 2 && year_len_ok {
        let y: i32 = p3.parse().ok()?;
        let y = if p3.len() == 2 { 2000 + y } else { y };
        NaiveDate::from_ymd_opt(y, parse_u32(p2)?, parse_u32(p1)?)
    } else {
        None
    }?;
    Some((d3, date))
}

/// The word at `start` (a letter), scanned up to `e` already: letters and digits, with inner
/// hyphens and apostrophes. Its spelling is read on the way (see `odd_spelling`).
fn word(
    text: &str,
    start: usize,
    mut e: usize,
    end: usize,
    vocab: &Vocab,
    key: &mut String,
    out: &mut Vec<Token>,
) -> usize {
    let bytes = &text.as_bytes()[..end];
    let mut odd = matches!(bytes[start], b'E' | b'A' | 0x80..)
        || bytes[start + 1..e].iter().any(u8::is_ascii_uppercase);
    let mut hyphen = false;
    while let Some(&b) = bytes.get(e) {
        let (c, clen) = if b.is_ascii() {
            match BYTES[b as usize] {
                LETTER | CAPITAL_LETTER | DIGIT => {
                    odd |= b.is_ascii_uppercase();
                    e += 1;
                    continue;
                }
                WORD_GOES_ON => (b as char, 1),
                _ => break,
            }
        } else {
            if is_latin1_letter(bytes, e) {
                e += 2;
                continue;
            }
            let Some(c) = text[e..end].chars().next() else { break };
            if is_letter_or_digit(c) {
                odd |= matches!(b, 0xE2 | 0xCA);
                e += c.len_utf8();
                continue;
            }
            (c, c.len_utf8())
        };
        let joiner = matches!(c, '-' | '\'' | '’');
        if !(joiner && text[e + clen..end].chars().next().is_some_and(is_letter)) {
            break;
        }
        if c != '-' {
            // Elision: "l'", "d'", "jusqu'" stand alone; "aujourd'hui" stays whole.
            if is_elision(&bytes[start..e]) {
                push_elided(text, start, e + clen, vocab, key, out);
                return e + clen;
            }
        }
        odd |= c == '’';
        hyphen |= c == '-';
        e += clen;
    }
    push_word(text, start, e, odd, hyphen, vocab, key, out);
    e
}

/// The word whose first letter (`first_len` bytes) is at `start`. Most words are ASCII and
/// Latin-1 letters up to a space or a punctuation mark, and are looked up as they stand.
#[inline(always)]
fn word_at(
    text: &str,
    start: usize,
    first_len: usize,
    end: usize,
    vocab: &Vocab,
    key: &mut String,
    out: &mut Vec<Token>,
) -> usize {
    let bytes = text.as_bytes();
    let mut from = start + first_len;
    // Most words are a letter then lowercase ASCII letters, and shorter than eight bytes: told
    // by one look at eight bytes, and looked up as read.
    if first_len == 1 && end - start >= 8 {
        let chunk = u64::from_le_bytes(bytes[start..start + 8].try_into().expect("8 bytes"));
        // The first letter may be a capital.
        let others = !(lowercase_letters(chunk) | 0x80) & 0x8080_8080_8080_8080;
        from = start + 8;
        if others != 0 {
            let len = (others.trailing_zeros() / 8) as usize;
            let e = start + len;
            from = e;
            let next = bytes[e];
            if BYTES[next as usize] & (LETTER | DIGIT | WORD_GOES_ON) == 0 {
                let form = u128::from(chunk & ((1 << (8 * len)) - 1)) | (len as u128) << 120;
                push_looked_up(text, start, e, 0, vocab.packed_entry_and_class(form), vocab, key, out);
                return e + usize::from(next == b' ');
            }
        }
    }
    let (e, capitals) = plain_run(bytes, from, end);
    if e < end && BYTES[bytes[e] as usize] & WORD_GOES_ON != 0 {
        return word_goes_on(text, start, e, capitals, end, vocab, key, out);
    }
    push_plain_word(text, start, e, capitals, vocab, key, out);
    // The space after the word, if any, as the main loop would skip it.
    e + usize::from(bytes.get(e) == Some(&b' ') && e < end)
}

/// A word of ASCII and two-byte letters and digits, with the `capitals` after its first letter
/// that `plain_run` tells: looked up as it stands.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn push_plain_word(
    text: &str,
    start: usize,
    e: usize,
    capitals: u8,
    vocab: &Vocab,
    key: &mut String,
    out: &mut Vec<Token>,
) {
    push_looked_up(text, start, e, capitals, vocab.entry_and_class(text, start, e), vocab, key, out);
}

/// `push_plain_word` once the word is looked up as it stands (`found`).
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn push_looked_up(
    text: &str,
    start: usize,
    e: usize,
    capitals: u8,
    found: Option<(u32, u16)>,
    vocab: &Vocab,
    key: &mut String,
    out: &mut Vec<Token>,
) {
    let bytes = text.as_bytes();
    // Capitals may hide a known word ("MAI", "ÉTÉ"): an ASCII one after the first letter, or a
    // word that starts with E, A or a non-ASCII letter ("Eté", "A"). The table holds every form
    // with a capital initial, and those of up to 15 bytes with an initial E that lost its
    // accent: a shorter word not found with no capital after its first letter is no word of the
    // vocabulary, whatever its initial.
    let odd_initial = matches!(bytes[start], b'E' | b'A' | 0x80..);
    let hides_word = || match e - start < 16 {
        true => capitals & CAPITAL != 0 || capitals & ACCENTED_CAPITAL != 0 && odd_initial,
        false => capitals & CAPITAL != 0 || odd_initial,
    };
    let token = match found {
        Some((entry, class)) => Token { start, end: e, class, val: TokVal::Entry(entry) },
        None if hides_word() => {
            return push_other_word(text, start, e, true, false, vocab, key, out);
        }
        None => {
            let capital = bytes[start].is_ascii_uppercase()
                || bytes[start] == 0xC3 && is_latin1_capital(bytes[start + 1]);
            Token { start, end: e, class: if capital { ids::WORD_CAP } else { ids::WORD }, val: TokVal::None }
        }
    };
    out.push(token);
}

/// The word at `start`, whose letters and digits run to `e`, where a hyphen, an apostrophe or
/// a non-ASCII character follows.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn word_goes_on(
    text: &str,
    start: usize,
    e: usize,
    capitals: u8,
    end: usize,
    vocab: &Vocab,
    key: &mut String,
    out: &mut Vec<Token>,
) -> usize {
    let bytes = &text.as_bytes()[..end];
    // A character that is no letter, digit or joiner: the word ends.
    if ends_word(bytes, e) {
        push_plain_word(text, start, e, capitals, vocab, key, out);
        return e;
    }
    // An elided word ("l'", "n’"), as `word` would split it off.
    let apostrophe = match bytes[e] {
        b'\'' => 1,
        0xE2 if bytes[e + 1..].starts_with(&[0x80, 0x99]) => 3,
        _ => 0,
    };
    if apostrophe > 0
        && is_elision(&bytes[start..e])
        && text[e + apostrophe..end].chars().next().is_some_and(is_letter)
    {
        push_elided(text, start, e + apostrophe, vocab, key, out);
        return e + apostrophe;
    }
    word(text, start, e, end, vocab, key, out)
}

/// Whether `prefix` is one of `ELISIONS`, in any case.
#[inline(always)]
fn is_elision(prefix: &[u8]) -> bool {
    // Most are one letter ("l'", "d'", "n’"): told without going through the list.
    if let [letter] = prefix {
        return matches!(letter.to_ascii_lowercase(), b'l' | b'd' | b'j' | b'm' | b'n' | b's' | b't' | b'c');
    }
    ELISIONS.iter().any(|el| el.len() == prefix.len() && el.as_bytes().eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
#[test]
fn one_letter_elisions_are_those_of_the_list() {
    for b in 0..=255u8 {
        let listed = ELISIONS.iter().any(|el| el.as_bytes().eq_ignore_ascii_case(&[b]));
        assert_eq!(is_elision(&[b]), listed, "{b:#x}");
    }
}

/// The elided word `text[start..end]` ("l'", "qu’"): as `push_word` classifies it, most often
/// at once (`Vocab::elided`).
fn push_elided(text: &str, start: usize, end: usize, vocab: &Vocab, key: &mut String, out: &mut Vec<Token>) {
    let token = match vocab.elided(text, start, end) {
        Some((Some(entry), class)) => Token { start, end, class, val: TokVal::Entry(entry) },
        Some((None, class)) => Token { start, end, class, val: TokVal::None },
        None => {
            let odd = odd_spelling(&text[start..end]);
            return push_word(text, start, end, odd, false, vocab, key, out);
        }
    };
    out.push(token);
}

/// Classifies one word. `odd`: not spelt as the table holds words (`odd_spelling`); `hyphen`:
/// with a hyphen. Most words are found as they stand, or are neither and unknown.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn push_word(
    text: &str,
    start: usize,
    end: usize,
    odd: bool,
    hyphen: bool,
    vocab: &Vocab,
    key: &mut String,
    out: &mut Vec<Token>,
) {
    let token = match vocab.entry_and_class(text, start, end) {
        Some((entry, class)) => Token { start, end, class, val: TokVal::Entry(entry) },
        // A plain word (`plain_run`) is found as it stands or not at all, as `push_looked_up`
        // tells, unless a capital after its first letter may hide a known word.
        None if odd
            && !hyphen
            && end - start < 16
            && plain_capitals(text.as_bytes(), start, end) == Some(0) =>
        {
            Token { start, end, class: shape(&text[start..end]), val: TokVal::None }
        }
        None if odd || hyphen => return push_other_word(text, start, end, odd, hyphen, vocab, key, out),
        None => Token { start, end, class: shape(&text[start..end]), val: TokVal::None },
    };
    out.push(token);
}

/// The capitals after the first letter of `bytes[start..end]` (as `plain_run` tells them) if it
/// is a plain word: ASCII and Latin-1 letters and digits, a letter first.
fn plain_capitals(bytes: &[u8], start: usize, end: usize) -> Option<u8> {
    let first_len = match BYTES[bytes[start] as usize] & LETTER != 0 {
        true => 1,
        false if start + 2 <= end && is_latin1_letter(bytes, start) => 2,
        false => return None,
    };
    let (e, capitals) = plain_run(bytes, start + first_len, end);
    (e == end).then_some(capitals)
}

/// A word the table does not hold as it is spelt: normalised and looked up again, composed as
/// a number ("dix-huit"), or split into its parts at hyphens.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn push_other_word(
    text: &str,
    start: usize,
    end: usize,
    odd: bool,
    hyphen: bool,
    vocab: &Vocab,
    key: &mut String,
    out: &mut Vec<Token>,
) {
    let word = &text[start..end];
    // Most hyphenated words are no number ("Jean-Marc", "peut-être"), as their first part tells.
    if !hyphen || odd || may_compose_a_number(word, vocab) {
        normalise_key(word, key);
        if odd {
            if let Some(t) = lookup(key, word, start, end, vocab) {
                out.push(t);
                return;
            }
        }
        if hyphen {
            if let Some(n) = compose_number(key, vocab) {
                out.push(Token { start, end, class: vocab.number_word, val: TokVal::Num(n) });
                return;
            }
        }
    }
    if hyphen {
        let mut s = start;
        for part in hyphen_parts(word) {
            if !part.is_empty() {
                push_word(text, s, s + part.len(), odd_spelling(part), false, vocab, key, out);
            }
            s += part.len() + 1;
        }
        return;
    }
    out.push(Token { start, end, class: shape(word), val: TokVal::None });
}

/// `s.split('-')`, by its bytes.
fn hyphen_parts(s: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    s.as_bytes().split(|&b| b == b'-').map(move |part| {
        let part = &s[start..start + part.len()];
        start += part.len() + 1;
        part
    })
}

/// The class of a word not in the vocabulary: capitalised or not.
fn shape(word: &str) -> u16 {
    if word.chars().next().is_some_and(char::is_uppercase) {
        ids::WORD_CAP
    } else {
        ids::WORD
    }
}

fn lookup(key: &str, word: &str, start: usize, end: usize, vocab: &Vocab) -> Option<Token> {
    let entry = vocab.entry_of_spelling(key, word)?;
    let e = &vocab.entries[entry as usize];
    Some(Token { start, end, class: e.class, val: TokVal::Entry(entry) })
}

/// "vingt et un", "soixante et onze": a ten and its one or eleven joined by "et" without hyphens
/// (the spelling before 1990, still the press's) become one number, as "vingt-et-un" is.
pub(super) fn join_spaced_numbers(vocab: &Vocab, tokens: &mut Vec<Token>) {
    let kind = |t: &Token| vocab.kinds[t.class as usize];
    let joins = |w: &[Token]| {
        let ten = w[0].number(vocab).filter(|_| kind(&w[0]) == Kind::NumWord)?;
        let unit = w[2].number(vocab).filter(|_| matches!(kind(&w[2]), Kind::NumWord | Kind::Un))?;
        let tens = (20.0..=70.0).contains(&ten) && ten % 10.0 == 0.0;
        (tens && kind(&w[1]) == Kind::Et && (unit == 1.0 || ten == 60.0 && unit == 11.0))
            .then_some(ten + unit)
    };
    // Read by the "et" between: most sentences have none that joins numbers.
    let first_et = (1..tokens.len().saturating_sub(1))
        .find(|&i| kind(&tokens[i]) == Kind::Et && joins(&tokens[i - 1..i + 2]).is_some());
    let Some(first_et) = first_et else { return };
    let mut joined = Vec::with_capacity(tokens.len());
    joined.extend_from_slice(&tokens[..first_et - 1]);
    let mut i = first_et - 1;
    while i < tokens.len() {
        match tokens.get(i..i + 3).and_then(joins) {
            Some(n) => {
                let (start, end) = (tokens[i].start, tokens[i + 2].end);
                joined.push(Token { start, end, class: vocab.number_word, val: TokVal::Num(n) });
                i += 3;
            }
            None => {
                joined.push(tokens[i]);
                i += 1;
            }
        }
    }
    *tokens = joined;
}

/// Whether `compose_number` may read the hyphenated `word` (not odd: `odd_spelling`) as a
/// number: it reads none whose first part is neither "et" nor a number word. A first part
/// that is not all ASCII letters, or too long to lowercase here, may be one.
fn may_compose_a_number(word: &str, vocab: &Vocab) -> bool {
    let first = word.split('-').next().unwrap_or(word);
    let mut lower = [0u8; 16];
    if first.len() >= lower.len() || !first.bytes().all(|b| b.is_ascii_alphabetic()) {
        return true;
    }
    for (l, b) in lower.iter_mut().zip(first.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    let first = std::str::from_utf8(&lower[..first.len()]).expect("ASCII letters");
    let kind = |entry: u32| vocab.kinds[vocab.entries[entry as usize].class as usize];
    first == "et" || vocab.entry_of_key(first).is_some_and(|e| matches!(kind(e), Kind::NumWord | Kind::Un))
}

/// "dix-huit" → 18, "quatre-vingt-dix" → 90, "vingt-et-un" → 21.
fn compose_number(key: &str, vocab: &Vocab) -> Option<f64> {
    let (mut total, mut current) = (0.0, 0.0);
    for part in hyphen_parts(key) {
        if part == "et" {
            continue;
        }
        let e = &vocab.entries[vocab.entry_of_key(part)? as usize];
        if !matches!(vocab.kinds[e.class as usize], Kind::NumWord | Kind::Un) {
            return None;
        }
        let v = e.num?;
        if v == 1000.0 {
            total += f64::max(current, 1.0) * v;
            current = 0.0;
        } else if v == 100.0 {
            current = f64::max(current, 1.0) * v;
        } else if v == 20.0 && current == 4.0 {
            current = 80.0;
        } else {
            current += v;
        }
    }
    Some(total + current)
}
