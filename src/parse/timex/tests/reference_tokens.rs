//! The tokenizer as it was before it was made byte-oriented: character by character, with
//! string look-ups. The tests check that the fast one gives exactly the same tokens.

use crate::parse::timex::tokens::{self, TokVal, Token};
use crate::parse::timex::vocab::{ids, normalise_key, odd_spelling, Kind, Vocab};

/// Elided articles and conjunctions split off the next word ("l'année" → "l'" + "année").
const ELISIONS: [&str; 13] =
    ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];

/// Tokenises `text[start..end]`, appending to `out`. Offsets are byte offsets into `text`;
/// `key` is scratch space for normalised spellings.
pub(in crate::parse::timex) fn tokenize(
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
        // ASCII is told apart by its byte; other characters are decoded.
        let (c, clen) = if b.is_ascii() {
            match b {
                b' ' | b'\t' | b'\r' => {
                    i += 1;
                    continue;
                }
                b'a'..=b'z' | b'A'..=b'Z' => {
                    last_break = false;
                    i = word(text, i, end, vocab, key, out);
                    continue;
                }
                b'0'..=b'9' => {
                    last_break = false;
                    // Numbers are read as the fast tokenizer reads them: only words differ.
                    i = tokens::number(text, i, end, out);
                    continue;
                }
                _ => (b as char, 1),
            }
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
            i = word(text, i, end, vocab, key, out);
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
    // Words read in context after the words are read, as the fast tokenizer does.
    tokens::read_abbreviated_months(text, end, vocab, out, first);
}

/// `char::is_alphabetic`, without the table look-up for Latin-1 letters (à, é, ç…).
fn is_letter(c: char) -> bool {
    matches!(c, 'a'..='z' | 'A'..='Z' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ') || c.is_alphabetic()
}

/// `char::is_alphanumeric`, likewise.
fn is_letter_or_digit(c: char) -> bool {
    is_letter(c) || c.is_numeric()
}

fn word(
    text: &str,
    start: usize,
    end: usize,
    vocab: &Vocab,
    key: &mut String,
    out: &mut Vec<Token>,
) -> usize {
    // A word: letters and digits, with inner hyphens and apostrophes. Its spelling is read on
    // the way (see `odd_spelling`).
    let bytes = text.as_bytes();
    let mut spelling = Spelling { odd: matches!(bytes[start], b'E' | b'A' | 0x80..), hyphen: false };
    // After the first letter, which may be a capital.
    let mut e = start + usize::from(bytes[start].is_ascii());
    let mut seen = 0;
    while e < end {
        // A run of ASCII letters and digits, then what follows it.
        let run = &bytes[e..end];
        let mut n = 0;
        while let Some(&b) = run.get(n) {
            let class = ASCII_WORD[b as usize];
            if class & LETTER_OR_DIGIT == 0 {
                break;
            }
            seen |= class;
            n += 1;
        }
        e += n;
        let Some(&b) = run.get(n) else { break };
        let (c, clen) = if b.is_ascii() {
            if !matches!(b, b'-' | b'\'') {
                break;
            }
            (b as char, 1)
        } else {
            let Some(c) = text[e..end].chars().next() else { break };
            if is_letter_or_digit(c) {
                spelling.odd |= matches!(b, 0xE2 | 0xCA);
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
            let prefix = &text[start..e];
            if ELISIONS.iter().any(|el| el.eq_ignore_ascii_case(prefix)) {
                let spelling = Spelling::of(&text[start..e + clen]);
                push_word(text, start, e + clen, spelling, vocab, key, out);
                return e + clen;
            }
        }
        spelling.odd |= c == '’';
        spelling.hyphen |= c == '-';
        e += clen;
    }
    spelling.odd |= seen & CAPITAL != 0;
    push_word(text, start, e, spelling, vocab, key, out);
    e
}

const LETTER_OR_DIGIT: u8 = 1;
const CAPITAL: u8 = 2;

/// What the word scan needs to know of an ASCII byte, in one look-up.
static ASCII_WORD: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = LETTER_OR_DIGIT;
        }
        if byte.is_ascii_uppercase() {
            table[b] |= CAPITAL;
        }
        b += 1;
    }
    table
};

/// What the look-up needs to know of a word's spelling.
#[derive(Debug, Clone, Copy)]
struct Spelling {
    /// Not as the table holds words (`odd_spelling`).
    odd: bool,
    hyphen: bool,
}

impl Spelling {
    fn of(word: &str) -> Spelling {
        Spelling { odd: odd_spelling(word), hyphen: word.contains('-') }
    }
}

/// Classifies one word; splits an unknown hyphenated word into its parts.
fn push_word(
    text: &str,
    start: usize,
    end: usize,
    Spelling { odd, hyphen }: Spelling,
    vocab: &Vocab,
    key: &mut String,
    out: &mut Vec<Token>,
) {
    let word = &text[start..end];
    if let Some(&entry) = vocab.words.get(word) {
        let class = vocab.entries[entry as usize].class;
        out.push(Token { start, end, class, val: TokVal::Entry(entry) });
        return;
    }
    // Lowercase and capitalised forms are in the table: only other spellings need normalising.
    if odd || hyphen {
        normalise_key(word, key);
    }
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
        let mut s = start;
        for part in word.split('-') {
            if !part.is_empty() {
                push_word(text, s, s + part.len(), Spelling::of(part), vocab, key, out);
            }
            s += part.len() + 1;
        }
        return;
    }
    out.push(Token { start, end, class: shape(word), val: TokVal::None });
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
    let entry = vocab.words.get(key).copied().or_else(|| {
        // Capitals often drop their accent: "Eté", "A 20 h".
        match word {
            "A" => vocab.words.get("à").copied(),
            _ if word.starts_with('E') => vocab.words.get(&format!("é{}", &key[1..])).copied(),
            _ => None,
        }
    })?;
    let e = &vocab.entries[entry as usize];
    Some(Token { start, end, class: e.class, val: TokVal::Entry(entry) })
}

/// "dix-huit" → 18, "quatre-vingt-dix" → 90, "vingt-et-un" → 21.
fn compose_number(key: &str, vocab: &Vocab) -> Option<f64> {
    let (mut total, mut current) = (0.0, 0.0);
    for part in key.split('-') {
        if part == "et" {
            continue;
        }
        let e = &vocab.entries[*vocab.words.get(part)? as usize];
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
