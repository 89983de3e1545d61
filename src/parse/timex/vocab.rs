//! Loading the date vocabulary, the patterns and the tense cues from `data/timex/`.
//!
//! Every word class gets one symbol (a byte); a sentence becomes a string of symbols, one per
//! token, and the patterns are (byte) regular expressions over those symbols.

use super::rules::Rule;
use super::search::{Found, PatternDfa};
use super::trigger::{Seen, Trigger};
use crate::parse::resources::{DataFile, DataSource};
use anyhow::{anyhow, bail, Context, Result};
use regex_automata::meta;
use std::collections::HashMap;
use std::sync::OnceLock;

pub(super) static WORDS: DataFile = crate::data_file!("timex/words.tsv");
pub(super) static PATTERNS: DataFile = crate::data_file!("timex/patterns.tsv");
pub(super) static TENSE: DataFile = crate::data_file!("timex/tense.tsv");

/// What the engine knows a word class to mean. Classes it does not know (`Other`) are still
/// usable in patterns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    // Built-in token shapes.
    Num,
    Num4,
    NumBig,
    Decimal,
    Clock,
    NumDate,
    Ordinal1,
    Ordinal,
    Word,
    WordCap,
    Comma,
    LParen,
    RParen,
    Stop,
    Punct,
    Slash,
    Dash,
    Break,
    // Vocabulary classes.
    Month,
    Weekday,
    Weekdays,
    NumWord,
    Un,
    Premier,
    Demi,
    Quart,
    ApproxCount,
    Vague,
    Unit,
    Weekend,
    PeriodNoun,
    RelDay,
    AnchorDay,
    PartOfDay,
    Midi,
    Ete,
    Season,
    Dernier,
    Prochain,
    Suivant,
    Precedent,
    Tard,
    Tot,
    Apres,
    Avant,
    Auparavant,
    Position,
    Approx,
    Vers,
    Pres,
    Il,
    Dans,
    Ce,
    Aux,
    Fut,
    Ref,
    Avenir,
    SetAdj,
    SetAdv,
    Det,
    Les,
    Ces,
    Des,
    H,
    Et,
    De,
    Age,
    Meme,
    LaAdv,
    /// "date" in "cette date", "à la même date": a day, the one mentioned last.
    DateNoun,
    /// A holiday on a fixed day ("Noël"), valued month × 100 + day.
    Holiday,
    /// A holiday Easter moves ("Pâques", "la Pentecôte"), valued in days after Easter Sunday.
    Movable,
    Moment,
    /// "que", "qu'": a subordinate clause starts, whose verb is not the tense of what precedes.
    Que,
    /// "la résolution 2254", "l'article 50": a noun a number after which identifies, not dates.
    Numbered,
    /// A term of the year named by its season: "la session d'automne", "les vacances d'été".
    Term,
    /// A unit of a rate: "30 mètres par seconde".
    Measure,
    /// "pour" of "jour pour jour": an offset counted to the day.
    Pour,
    /// "pendant", "durer": what follows says how long, not when.
    HowLong,
    /// A participle whose present passive tells what may come ("de nouvelles frappes ne sont pas
    /// exclues", "un sommet est envisagé"): ahead after the present of "être", past after "avoir"
    /// ("n'a pas exclu mardi").
    AheadPassive,
    Other,
}

/// Built-in classes, given to tokens by their shape rather than by the word list.
const BUILTIN: [(&str, Kind); 18] = [
    ("num", Kind::Num),
    ("num4", Kind::Num4),
    ("numbig", Kind::NumBig),
    ("decimal", Kind::Decimal),
    ("clock", Kind::Clock),
    ("numdate", Kind::NumDate),
    ("ordinal1", Kind::Ordinal1),
    ("ordinal", Kind::Ordinal),
    ("word", Kind::Word),
    ("Word", Kind::WordCap),
    ("comma", Kind::Comma),
    ("lparen", Kind::LParen),
    ("rparen", Kind::RParen),
    ("stop", Kind::Stop),
    ("punct", Kind::Punct),
    ("slash", Kind::Slash),
    ("dash", Kind::Dash),
    ("break", Kind::Break),
];

/// Class ids of the built-in shapes: their index in `BUILTIN`, as classes are numbered in order.
pub(super) mod ids {
    pub const NUM: u16 = 0;
    pub const NUM4: u16 = 1;
    pub const NUMBIG: u16 = 2;
    pub const DECIMAL: u16 = 3;
    pub const CLOCK: u16 = 4;
    pub const NUMDATE: u16 = 5;
    pub const ORDINAL1: u16 = 6;
    pub const ORDINAL: u16 = 7;
    pub const WORD: u16 = 8;
    pub const WORD_CAP: u16 = 9;
    pub const COMMA: u16 = 10;
    pub const LPAREN: u16 = 11;
    pub const RPAREN: u16 = 12;
    pub const STOP: u16 = 13;
    pub const PUNCT: u16 = 14;
    pub const SLASH: u16 = 15;
    pub const DASH: u16 = 16;
    pub const BREAK: u16 = 17;
}

/// The meaning of the vocabulary classes the engine interprets.
fn vocab_kind(class: &str) -> Kind {
    match class {
        "month" => Kind::Month,
        "weekday" => Kind::Weekday,
        "weekdays" => Kind::Weekdays,
        "numw" => Kind::NumWord,
        "un" => Kind::Un,
        "premier" => Kind::Premier,
        "demi" => Kind::Demi,
        "quart" => Kind::Quart,
        // "quinzaine" is also the fortnight, alone after "dans la".
        "approxcount" | "fortnight" => Kind::ApproxCount,
        "vague" => Kind::Vague,
        "u_sec" | "u_min" | "u_hour" | "u_day" | "u_week" | "u_month" | "u_year" | "u_other" => Kind::Unit,
        "weekend" => Kind::Weekend,
        "period_noun" => Kind::PeriodNoun,
        "relday" => Kind::RelDay,
        "anchday" => Kind::AnchorDay,
        "pod" => Kind::PartOfDay,
        "midi" => Kind::Midi,
        "ete" => Kind::Ete,
        "season" => Kind::Season,
        // "écoulé": "dernier", but the period ending when told at its end (`Vocab::elapsed`).
        // "passé": "dernier" after its noun only (patterns.tsv).
        "dernier" | "elapsed" | "passe" => Kind::Dernier,
        "prochain" => Kind::Prochain,
        "suivant" => Kind::Suivant,
        "precedent" => Kind::Precedent,
        "tard" => Kind::Tard,
        "tot" => Kind::Tot,
        "apres" => Kind::Apres,
        "avant" => Kind::Avant,
        "auparavant" => Kind::Auparavant,
        "position" => Kind::Position,
        "approx" => Kind::Approx,
        "vers" => Kind::Vers,
        "pres" => Kind::Pres,
        "il" => Kind::Il,
        "dans" => Kind::Dans,
        "ce" => Kind::Ce,
        "aux" => Kind::Aux,
        "fut" => Kind::Fut,
        "ref" => Kind::Ref,
        "avenir" => Kind::Avenir,
        "set_adj" => Kind::SetAdj,
        "set_adv" => Kind::SetAdv,
        "det" => Kind::Det,
        "les" => Kind::Les,
        "ces" => Kind::Ces,
        "des" => Kind::Des,
        "h" => Kind::H,
        "et" => Kind::Et,
        "de" => Kind::De,
        "age" => Kind::Age,
        "meme" => Kind::Meme,
        "la_adv" => Kind::LaAdv,
        "date_noun" => Kind::DateNoun,
        // "nouvel" is a holiday only in the patterns that put "an" after it.
        "holiday" | "newyear" => Kind::Holiday,
        "movable" => Kind::Movable,
        "moment" => Kind::Moment,
        "que" => Kind::Que,
        "numbered" => Kind::Numbered,
        "term" => Kind::Term,
        "measure" => Kind::Measure,
        "pour" => Kind::Pour,
        "pendant" | "howlong" => Kind::HowLong,
        "ahead_passive" => Kind::AheadPassive,
        _ => Kind::Other,
    }
}

/// A unit of duration: "semaine" is (1, 'W'), "semestre" (6, 'M'), "minute" (1, 'M', time).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Unit {
    pub mult: f64,
    pub letter: char,
    /// Hours, minutes, seconds: written after "PT" in a duration.
    pub time: bool,
}

#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub class: u16,
    /// The value column as written ("10", "PRESENT_REF", "6M").
    pub value: String,
    pub num: Option<f64>,
    pub unit: Option<Unit>,
    /// For a number word with a fourth column `noun=unit` ("huit\tnumw\t8\tjours=1W"): before
    /// that noun, the idiom names that length ("huit jours" is a week, "quinze jours" two).
    pub idiom: Option<(String, Unit)>,
}

#[derive(Debug, Clone)]
pub(super) struct Pattern {
    pub rule: Rule,
    /// `^(context)(extent)` over symbols, for a pattern with a context: where its extent starts.
    /// A meta regex, searched for the first two groups' slots only: no `Captures` to allocate.
    context: Option<meta::Regex>,
}

impl Pattern {
    pub fn has_context(&self) -> bool {
        self.context.is_some()
    }

    /// For a pattern with a context, its match at the start of `symbols` (as the combined
    /// search found it there): where its extent starts and where it ends. `None` if it does
    /// not match there, or has no context.
    pub fn extent(&self, symbols: &[u8]) -> Option<(usize, usize)> {
        let context = self.context.as_ref()?;
        // Start and end of the whole match, then of the context.
        let mut slots = [None; 4];
        context.search_slots(&regex_automata::Input::new(symbols), &mut slots)?;
        let at = |slot: Option<regex_automata::util::primitives::NonMaxUsize>| slot.map_or(0, |s| s.get());
        Some((at(slots[3]) - at(slots[2]), at(slots[1])))
    }
}

/// A word ending of the tense table.
#[derive(Debug, Clone)]
pub(super) struct Ending {
    pub text: String,
    pub cue: Cue,
    /// A subject pronoun that must come shortly before for the cue to hold ("nous" for the
    /// future's "-rons": "les patrons" is no future).
    pub subject: Option<String>,
    /// Its bytes as `last_bytes` reads them, for endings of up to eight bytes, and the bits
    /// they take there.
    tail: u64,
    mask: u64,
}

impl Ending {
    pub fn new(text: String, cue: Cue) -> Ending {
        let short = text.len() <= 8;
        let (tail, mask) =
            if short { (last_bytes(text.as_bytes()), u64::MAX << (64 - 8 * text.len())) } else { (0, 0) };
        Ending { text, cue, subject: None, tail, mask }
    }

    /// Whether `word` ends so; `tail` is `last_bytes(word)`.
    #[inline]
    pub fn ends(&self, word: &[u8], tail: u64) -> bool {
        if self.mask != 0 {
            self.text.len() <= word.len() && tail & self.mask == self.tail
        } else {
            word.ends_with(self.text.as_bytes())
        }
    }
}

/// The last eight bytes of `bytes` (fewer if it is shorter) as one number, the last byte in
/// the top bits.
#[inline]
pub(super) fn last_bytes(bytes: &[u8]) -> u64 {
    match bytes.len().checked_sub(8).map(|start| &bytes[start..]) {
        Some(tail) => u64::from_le_bytes(tail.try_into().expect("8 bytes")),
        None => bytes.iter().fold(0, |n, &b| n >> 8 | u64::from(b) << 56),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    Past,
    Future,
    Participle,
    /// An ending that looks like a cue but is not ("portrait", "retrait").
    Ignored,
}

#[derive(Debug)]
pub(super) struct Vocab {
    pub kinds: Vec<Kind>,
    pub class_ids: HashMap<String, u16>,
    /// Word forms (lowercase, and with a capital initial) → entry.
    pub words: HashMap<String, u32, foldhash::fast::FixedState>,
    /// The same for forms of up to 15 bytes, keyed by `packed`: found without hashing a string
    /// or comparing bytes.
    short_words: WordTable,
    /// Elided words, with their entry (or `NO_ENTRY`) and class (`elided`).
    elided: WordTable,
    pub entries: Vec<Entry>,
    pub patterns: Vec<Pattern>,
    /// All patterns as written for the combined regex (`combined`).
    alternatives: Vec<String>,
    /// All patterns, leftmost-first: the next match and which pattern it is (the first that
    /// matches there), in one search. Built at load only when there is no `dfa` (it costs about
    /// as much as the DFA); else on first use.
    combined: OnceLock<meta::Regex>,
    /// The same search with a complete DFA (`search.rs`), when the patterns allow it.
    pub dfa: Option<PatternDfa>,
    /// Class of composed number words ("dix-huit").
    pub number_word: u16,
    /// Class of "écoulé" and its forms, if the vocabulary has it.
    pub elapsed: Option<u16>,
    /// Finds, in raw text, a digit or a word of a class every match needs (see `load_trigger`):
    /// a sentence without one has no match and is not tokenised. `None`: every sentence is.
    pub trigger: Option<Trigger>,
    /// Whether the words of the class of "été" trigger weakly (`worth_tokenising`).
    weak_season: bool,
    /// Tense suffixes by their last byte, longest first: a word is only compared with the few
    /// that end like it.
    pub suffixes: Vec<Vec<Ending>>,
    pub suffix_min_len: usize,
    /// Words right before an expression that decide its tense (`lead` lines of tense.tsv: "d'ici"
    /// ahead, "depuis" begun), each as its tokens' normalised keys, with the kind of word the
    /// expression must hold for them to decide, if any ("à partir de" before a weekday).
    pub leads: Vec<(Vec<String>, Cue, Option<Kind>)>,
    /// Prepositions that may come between a lead or a participle and the expression (`between`).
    pub between: Vec<String>,
    /// Verbs of promise, whose infinitive complement tells an act ahead (`ahead`).
    pub ahead: Vec<String>,
    /// Words of purpose ("pour", "afin" de), whose infinitive tells an act of its own time
    /// (`purpose`).
    pub purpose: Vec<String>,
    /// Verbs that date something back ("remontait au 6 janvier", "date de 2006"), whose date is
    /// a reference, not a time of the story (`dating`).
    pub dating: Vec<String>,
    /// Verbs of calling for an act ("ont appelé à une grève générale mardi"), whose complement
    /// after "à" tells an act ahead when called for (`callfor`).
    pub call_for: Vec<String>,
    /// Words ending like a plural noun that are none ("lors", "alors"): after a weekday and a
    /// number, they leave the number a day's (see `counts_what_follows`).
    pub invariable: Vec<String>,
    /// Words that start a new phrase or clause ("afin", "lorsque", "ne", "se"): a lone
    /// four-digit number they follow is a year, not a count of a noun (`after_year`).
    pub after_year: Vec<String>,
    /// Nouns of what happens rather than what is planned ("l'attaque", "l'insurrection"): a date
    /// qualifying one is gone by (`occurrence`).
    pub occurrences: Vec<String>,
    /// For each entry, the month whose name it begins (that month's entry), if it has three
    /// letters or more: "oct", "janv", and "sept", also seven. Such a word may be written with a
    /// period ("3 oct. 2016") and after a day is that month ("le 10 sept 2016"): see
    /// `tokens::read_abbreviated_months`. Found from words.tsv, not listed.
    pub abbreviated_month: Vec<Option<u32>>,
}

/// In `Vocab::elided`: a word that is not in the vocabulary.
const NO_ENTRY: u32 = u32::MAX;

/// One byte per token: class ids are bytes, and the patterns byte regexes over them.
pub(super) fn symbol(class: u16) -> u8 {
    class as u8
}

/// The look-up key of a word of the vocabulary files (`normalise_key`, in a new string).
fn key_of(word: &str) -> String {
    let mut key = String::new();
    normalise_key(word, &mut key);
    key
}

/// Lowercases `word` into `buf` with the apostrophe normalised, for vocabulary look-ups.
pub(super) fn normalise_key(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        if buf.contains('`') {
            *buf = buf.replace('`', "'");
        }
        return;
    }
    // Most words are ASCII and Latin-1 letters and apostrophes: mapped byte by byte.
    let mut mapped = [0u8; 64];
    let mut len = 0;
    let bytes = word.as_bytes();
    let mut i = 0;
    while i < bytes.len() && len < mapped.len() {
        let (out, read) = match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'`', _, _) => (b'\'', 1),
            (b, _, _) if b.is_ascii() => (b.to_ascii_lowercase(), 1),
            (0xE2, Some(0x80), Some(0x99)) | (0xCA, Some(0xBC), _) => {
                (b'\'', if bytes[i] == 0xE2 { 3 } else { 2 })
            }
            (0xC2, Some(&second), _) => {
                mapped[len] = 0xC2;
                len += 1;
                (second, 2)
            }
            (0xC3, Some(&second), _) if len + 1 < mapped.len() => {
                mapped[len] = 0xC3;
                len += 1;
                // The lower case of À…Þ (but ×) is 32 further.
                let lower = (0x80..=0x9E).contains(&second) && second != 0x97;
                (if lower { second + 0x20 } else { second }, 2)
            }
            _ => break,
        };
        if len >= mapped.len() {
            break;
        }
        mapped[len] = out;
        len += 1;
        i += read;
    }
    if i == bytes.len() {
        if let Ok(mapped) = std::str::from_utf8(&mapped[..len]) {
            buf.push_str(mapped);
            return;
        }
    }
    buf.clear();
    buf.reserve(word.len());
    for c in word.chars() {
        match c {
            '’' | 'ʼ' | '`' => buf.push('\''),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            // Latin-1 letters: the lower case of À…Þ (but ×) is 32 further.
            'à'..='ÿ' | '\u{80}'..='¿' | '×' => buf.push(c),
            'À'..='Þ' => buf.push(char::from_u32(c as u32 + 32).expect("a Latin-1 letter")),
            c => buf.extend(c.to_lowercase()),
        }
    }
}

impl Vocab {
    pub fn load(source: &DataSource) -> Result<Self> {
        let mut vocab = Vocab {
            kinds: Vec::new(),
            class_ids: HashMap::new(),
            words: HashMap::default(),
            short_words: WordTable::new(std::iter::empty()),
            elided: WordTable::new(std::iter::empty()),
            entries: Vec::new(),
            patterns: Vec::new(),
            alternatives: Vec::new(),
            combined: OnceLock::new(),
            dfa: None,
            trigger: None,
            weak_season: false,
            number_word: 0,
            elapsed: None,
            suffixes: vec![Vec::new(); 256],
            suffix_min_len: 1,
            leads: Vec::new(),
            between: Vec::new(),
            ahead: Vec::new(),
            purpose: Vec::new(),
            dating: Vec::new(),
            call_for: Vec::new(),
            invariable: Vec::new(),
            after_year: Vec::new(),
            occurrences: Vec::new(),
            abbreviated_month: Vec::new(),
        };
        for (i, (name, kind)) in BUILTIN.into_iter().enumerate() {
            let id = vocab.add_class(name, kind)?;
            debug_assert_eq!(id as usize, i);
        }
        let (words, words_name) = source.read(&WORDS)?;
        vocab.load_words(&words, &words_name)?;
        vocab.abbreviated_month = vocab.month_abbreviations();
        vocab.number_word = *vocab
            .class_ids
            .get("numw")
            .ok_or_else(|| anyhow!("{words_name}: no number words (class numw)"))?;
        vocab.elapsed = vocab.class_ids.get("elapsed").copied();
        let (patterns, patterns_name) = source.read(&PATTERNS)?;
        vocab.load_patterns(&patterns, &patterns_name)?;
        let (tense, tense_name) = source.read(&TENSE)?;
        vocab.load_tense(&tense, &tense_name)?;
        Ok(vocab)
    }

    /// `abbreviated_month` for each entry: of the months whose name (as a form of the vocabulary)
    /// begins with one of the entry's forms, the first in the year.
    fn month_abbreviations(&self) -> Vec<Option<u32>> {
        let is_month = |entry: u32| self.kinds[self.entries[entry as usize].class as usize] == Kind::Month;
        let months: Vec<(&str, u32)> =
            self.words.iter().filter(|(_, &e)| is_month(e)).map(|(form, &e)| (form.as_str(), e)).collect();
        let month_number = |entry: u32| self.entries[entry as usize].num.unwrap_or(f64::MAX);
        let mut abbreviated: Vec<Option<u32>> = vec![None; self.entries.len()];
        for (form, &entry) in self.words.iter().filter(|(form, _)| form.chars().count() >= 3) {
            let begun =
                months.iter().filter(|(name, _)| name.len() > form.len() && name.starts_with(form.as_str()));
            let slot = &mut abbreviated[entry as usize];
            *slot = (*slot)
                .into_iter()
                .chain(begun.map(|&(_, month)| month))
                .min_by(|&a, &b| month_number(a).total_cmp(&month_number(b)));
        }
        abbreviated
    }

    fn add_class(&mut self, name: &str, kind: Kind) -> Result<u16> {
        if let Some(&id) = self.class_ids.get(name) {
            return Ok(id);
        }
        if self.kinds.len() > u8::MAX as usize {
            bail!("more than 256 word classes");
        }
        let id = self.kinds.len() as u16;
        self.kinds.push(kind);
        self.class_ids.insert(name.to_string(), id);
        Ok(id)
    }

    fn load_words(&mut self, text: &str, file: &str) -> Result<()> {
        let mut key = String::new();
        let mut capitalised = Vec::new();
        for (n, line) in data_lines(text) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (word, class, value, idiom) = match cols.as_slice() {
                [w, c] => (*w, *c, "", None),
                [w, c, v] => (*w, *c, *v, None),
                [w, c, v, i] => (*w, *c, *v, Some(i.trim())),
                _ => bail!("{file}:{n}: expected `word<TAB>class<TAB>value[<TAB>noun=unit]`, got {line:?}"),
            };
            let (word, class, value) = (word.trim(), class.trim(), value.trim());
            if word.is_empty()
                || class.is_empty()
                || !class.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            {
                bail!("{file}:{n}: empty word or bad class name in {line:?}");
            }
            let kind = vocab_kind(class);
            let num = value.parse::<f64>().ok();
            let needs_num = matches!(
                kind,
                Kind::Month
                    | Kind::Weekday
                    | Kind::Weekdays
                    | Kind::NumWord
                    | Kind::Un
                    | Kind::Premier
                    | Kind::Demi
                    | Kind::Quart
                    | Kind::ApproxCount
                    | Kind::RelDay
                    | Kind::AnchorDay
                    | Kind::Midi
                    | Kind::Holiday
                    | Kind::Movable
            );
            if needs_num && num.is_none() {
                bail!("{file}:{n}: class {class} needs a number as value, got {value:?}");
            }
            let range_ok = match kind {
                Kind::Month => (1.0..=12.0).contains(&num.unwrap_or(0.0)),
                Kind::Weekday | Kind::Weekdays => (1.0..=7.0).contains(&num.unwrap_or(0.0)),
                // Month × 100 + day: 1225 for 25 December.
                Kind::Holiday => {
                    let n = num.unwrap_or(0.0);
                    n.fract() == 0.0
                        && (1..=12).contains(&(n as u32 / 100))
                        && (1..=31).contains(&(n as u32 % 100))
                }
                // Days after Easter Sunday: from Septuagesima (-63) to Corpus Christi (60).
                Kind::Movable => num.is_some_and(|n| n.fract() == 0.0 && (-63.0..=63.0).contains(&n)),
                _ => true,
            };
            if !range_ok {
                bail!("{file}:{n}: value {value} out of range for class {class}");
            }
            let unit = match kind {
                Kind::Unit | Kind::PeriodNoun | Kind::DateNoun => Some(
                    parse_unit(
                        value,
                        class.starts_with("u_") && matches!(class, "u_sec" | "u_min" | "u_hour"),
                    )
                    .ok_or_else(|| anyhow!("{file}:{n}: bad unit {value:?} (e.g. D, W, 6M, 10Y)"))?,
                ),
                _ => None,
            };
            // "huit\tnumw\t8\tjours=1W": the idiom of a number word before a noun.
            let idiom = match idiom {
                None => None,
                Some(i) => {
                    let parsed = i
                        .split_once('=')
                        .filter(|(noun, _)| {
                            kind == Kind::NumWord && !noun.trim().is_empty() && noun.is_ascii()
                        })
                        .and_then(|(noun, unit)| {
                            Some((key_of(noun.trim()), parse_unit(unit.trim(), false)?))
                        });
                    Some(parsed.ok_or_else(|| {
                        anyhow!("{file}:{n}: bad idiom {i:?} (a number word's `noun=unit`, e.g. jours=1W)")
                    })?)
                }
            };
            let id = self.add_class(class, kind).map_err(|e| anyhow!("{file}:{n}: {e}"))?;
            normalise_key(word, &mut key);
            if self.words.contains_key(&key) {
                bail!("{file}:{n}: word {word:?} listed twice (a word has one class)");
            }
            let entry = self.entries.len() as u32;
            self.words.insert(key.clone(), entry);
            self.entries.push(Entry { class: id, value: value.to_string(), num, unit, idiom });
            capitalised.push((key.clone(), entry));
        }
        // Sentence-initial forms, so that most words are found without lowercasing them.
        for (key, entry) in capitalised {
            let mut chars = key.chars();
            if let Some(c) = chars.next() {
                let cap: String = c.to_uppercase().chain(chars).collect();
                self.words.entry(cap).or_insert(entry);
            }
        }
        let classes: Vec<u16> = self.entries.iter().map(|e| e.class).collect();
        let short = |(form, entry): (&String, u32)| {
            (form.len() < 16)
                .then(|| (packed(form.as_bytes(), 0, form.len()), (entry, classes[entry as usize])))
        };
        self.short_words = WordTable::new(self.words.iter().filter_map(|(k, &e)| short((k, e))));
        // Spellings the tokenizer only ever meets as odd (`odd_spelling`), which it would find
        // after normalising them (`entry_of_spelling`): held as they stand, they are found at
        // once, with the same entry. A curly apostrophe, or a capital E that lost its accent
        // ("Eté"); the tokens of other odd spellings are the same whether they are here or not.
        let mut odd = Vec::new();
        for form in self.words.keys() {
            if form.contains('\'') {
                odd.push(form.replace('\'', "’"));
            }
            if let Some(rest) = form.strip_prefix('é') {
                odd.push(format!("E{rest}"));
            }
        }
        odd.sort();
        odd.dedup();
        let mut extra = Vec::new();
        for spelling in odd {
            if spelling.len() >= 16 || self.words.contains_key(&spelling) {
                continue;
            }
            normalise_key(&spelling, &mut key);
            if let Some(entry) = self.entry_of_spelling(&key, &spelling) {
                extra.push((spelling, entry));
            }
        }
        let forms = self.words.iter().map(|(k, &e)| (k, e)).chain(extra.iter().map(|(k, e)| (k, *e)));
        self.short_words = WordTable::new(forms.filter_map(short));
        // Elided words ("l'", "n’", "Qu'"), as `tokens::push_elided` finds them: their token,
        // a word or not, as `tokens::push_word` would make it.
        let mut elided = Vec::new();
        for el in super::tokens::ELISIONS {
            let cap = el[..1].to_ascii_uppercase() + &el[1..];
            for form in [el, &cap] {
                for apostrophe in ["'", "’"] {
                    let spelling = format!("{form}{apostrophe}");
                    let packed = packed(spelling.as_bytes(), 0, spelling.len());
                    let found = self.short_words.get(packed).or_else(|| {
                        normalise_key(&spelling, &mut key);
                        odd_spelling(&spelling)
                            .then(|| self.entry_of_spelling(&key, &spelling))
                            .flatten()
                            .map(|entry| (entry, classes[entry as usize]))
                    });
                    let token = match found {
                        Some(token) => token,
                        None if form == el => (NO_ENTRY, ids::WORD),
                        None => (NO_ENTRY, ids::WORD_CAP),
                    };
                    elided.push((packed, token));
                }
            }
        }
        elided.sort();
        elided.dedup();
        self.elided = WordTable::new(elided.into_iter());
        Ok(())
    }

    /// The token of the elided word `text[start..end]` (an elision of `tokens::ELISIONS` and an
    /// apostrophe), if it is spelt in one of the usual ways: its entry if any, and its class.
    #[inline]
    pub fn elided(&self, text: &str, start: usize, end: usize) -> Option<(Option<u32>, u16)> {
        if end - start >= 16 {
            return None;
        }
        let (entry, class) = self.elided.get(packed(text.as_bytes(), start, end))?;
        Some(((entry != NO_ENTRY).then_some(entry), class))
    }

    /// The entry of an odd spelling of a word (`odd_spelling`), from its normalised key: as
    /// the key, or as a capital that lost its accent ("Eté", "A 20 h").
    pub fn entry_of_spelling(&self, key: &str, word: &str) -> Option<u32> {
        self.entry_of_key(key).or_else(|| match word {
            "A" => self.entry_of_key("à"),
            _ if word.starts_with('E') => self.entry_of_key(&format!("é{}", &key[1..])),
            _ => None,
        })
    }

    /// The entry of the word form `text[start..end]`, spelt as the table holds it.
    #[inline(always)]
    pub fn entry(&self, text: &str, start: usize, end: usize) -> Option<u32> {
        self.entry_and_class(text, start, end).map(|(entry, _)| entry)
    }

    /// The entry of the word form `text[start..end]` and its class.
    #[inline(always)]
    pub fn entry_and_class(&self, text: &str, start: usize, end: usize) -> Option<(u32, u16)> {
        if end - start < 16 {
            self.short_words.get(packed(text.as_bytes(), start, end))
        } else {
            let entry = *self.words.get(&text[start..end])?;
            Some((entry, self.entries[entry as usize].class))
        }
    }

    /// The leftmost match of the patterns in `symbols` at or after `pos`, and the first pattern
    /// that matches there.
    #[inline]
    pub fn find(&self, symbols: &[u8], pos: usize) -> Option<Found> {
        match &self.dfa {
            Some(dfa) => dfa.find(symbols, pos),
            None => {
                let hit =
                    self.combined().search(&regex_automata::Input::new(symbols).span(pos..symbols.len()))?;
                Some(Found { start: hit.start(), end: hit.end(), pattern: hit.pattern().as_usize() })
            }
        }
    }

    /// `entry_and_class` for a word of up to 15 bytes given `packed`.
    #[inline(always)]
    pub fn packed_entry_and_class(&self, packed: u128) -> Option<(u32, u16)> {
        self.short_words.get(packed)
    }

    /// The entry of a normalised spelling (`normalise_key`).
    pub fn entry_of_key(&self, key: &str) -> Option<u32> {
        self.entry(key, 0, key.len())
    }

    fn load_patterns(&mut self, text: &str, file: &str) -> Result<()> {
        let mut aliases: HashMap<String, Vec<u16>> = HashMap::new();
        let mut alternatives = Vec::new();
        for (n, line) in data_lines(text) {
            let (head, body) = line
                .split_once('\t')
                .ok_or_else(|| anyhow!("{file}:{n}: expected `rule<TAB>pattern`, got {line:?}"))?;
            let body: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            if let Some(alias) = head.strip_prefix('=') {
                let ids = body
                    .split('|')
                    .map(|c| self.resolve_class(c, &aliases).map_err(|e| anyhow!("{file}:{n}: {e}")))
                    .collect::<Result<Vec<Vec<u16>>>>()?
                    .concat();
                aliases.insert(alias.trim().to_string(), ids);
                continue;
            }
            let rule: Rule = head.trim().parse().map_err(|e| anyhow!("{file}:{n}: {e}"))?;
            let (context, extent) = split_context(&body).map_err(|e| anyhow!("{file}:{n}: {e}"))?;
            let context = self.expand(&context, &aliases).map_err(|e| anyhow!("{file}:{n}: {e}"))?;
            let extent = self.expand(&extent, &aliases).map_err(|e| anyhow!("{file}:{n}: {e}"))?;
            let anchored = format!("(?-u)^({context})({extent})");
            // Parsed as `Regex::new` parses it; only the patterns with a context need it compiled.
            regex_syntax::ParserBuilder::new()
                .utf8(false)
                .build()
                .parse(&anchored)
                .with_context(|| format!("{file}:{n}: bad pattern {body:?}"))?;
            alternatives.push(format!("(?-u){context}{extent}"));
            let context = match context.is_empty() {
                true => None,
                // As `regex::bytes::Regex::new` would build it.
                false => Some(
                    meta::Regex::builder()
                        .syntax(regex_automata::util::syntax::Config::new().utf8(false))
                        .configure(meta::Config::new().utf8_empty(false))
                        .build(&anchored)
                        .with_context(|| format!("{file}:{n}: bad pattern {body:?}"))?,
                ),
            };
            self.patterns.push(Pattern { rule, context });
        }
        if self.patterns.is_empty() {
            bail!("{file}: no patterns");
        }
        // Each pattern parsed once, for the DFA and for the trigger.
        let parsed: Result<Vec<regex_syntax::hir::Hir>, _> = alternatives
            .iter()
            .map(|p| regex_syntax::ParserBuilder::new().utf8(false).build().parse(p).map_err(Box::new))
            .collect();
        self.dfa = parsed.as_ref().ok().and_then(|hirs| PatternDfa::new(hirs));
        if self.dfa.is_none() {
            let combined =
                build_combined(&alternatives).with_context(|| format!("{file}: patterns do not combine"))?;
            self.combined = OnceLock::from(combined);
        }
        let parsed = parsed.with_context(|| format!("{file}: patterns do not combine"))?;
        self.load_trigger(&parsed);
        self.alternatives = alternatives;
        Ok(())
    }

    /// The combined regex of all patterns.
    pub fn combined(&self) -> &meta::Regex {
        self.combined.get_or_init(|| {
            // The DFA was built from the same patterns: they combine.
            build_combined(&self.alternatives).expect("the patterns made a DFA")
        })
    }

    /// Chooses the trigger classes and compiles `trigger`. Words of classes most matches merely
    /// go through ("le", "de", "un") are left out, shortest words first (the most frequent), as
    /// long as no pattern can match with those words and text without digits alone; the
    /// classes left are the triggers.
    fn load_trigger(&mut self, patterns: &[regex_syntax::hir::Hir]) {
        let matches_within = |free: &[bool; 256]| patterns.iter().any(|p| matches_within(p, free));
        // Symbols that text without digits gives without the vocabulary.
        let mut free = [false; 256];
        for id in [ids::WORD, ids::WORD_CAP, ids::COMMA, ids::LPAREN, ids::RPAREN].into_iter().chain([
            ids::STOP,
            ids::PUNCT,
            ids::SLASH,
            ids::DASH,
            ids::BREAK,
        ]) {
            free[symbol(id) as usize] = true;
        }
        if matches_within(&free) {
            self.trigger = None;
            return;
        }
        let mut length: HashMap<u16, (usize, usize)> = HashMap::new();
        for (key, &entry) in &self.words {
            let l = length.entry(self.entries[entry as usize].class).or_default();
            *l = (l.0 + key.chars().count(), l.1 + 1);
        }
        let mut classes: Vec<(f64, u16)> =
            length.into_iter().map(|(class, (chars, words))| (chars as f64 / words as f64, class)).collect();
        classes.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        for (_, class) in classes {
            free[symbol(class) as usize] = true;
            if matches_within(&free) {
                free[symbol(class) as usize] = false;
            }
        }
        // A composed number ("dix-huit") gets the class of number words from its parts.
        if !free[symbol(self.number_word) as usize] {
            for (class, kind) in self.kinds.iter().enumerate() {
                if matches!(kind, Kind::NumWord | Kind::Un) {
                    free[symbol(class as u16) as usize] = false;
                }
            }
        }
        // "été" is the participle of "être" ("n'a pas été") more often than the season, which
        // the season rule then rejects: when it is the only word of its class, it triggers
        // weakly (`worth_tokenising`).
        let class = |e: u32| self.entries[e as usize].class;
        let triggers = |e: u32| !free[symbol(class(e)) as usize];
        let season = |e: u32| self.kinds[class(e) as usize] == Kind::Ete;
        self.weak_season =
            self.words.iter().filter(|(_, &e)| season(e)).all(|(key, _)| key.to_lowercase() == "été");
        let weak = |e: u32| self.weak_season && season(e);
        let words = self.words.iter().filter(|(_, &e)| triggers(e) && !weak(e));
        let weak_words = self.words.iter().filter(|(_, &e)| triggers(e) && weak(e));
        self.trigger =
            Trigger::with_weak(words.map(|(key, _)| key.as_str()), weak_words.map(|(key, _)| key.as_str()));
    }

    /// Whether the sentence `text[start..end]` may have a match, and is worth tokenising: it has
    /// a digit or a trigger word, or an "été" that may be the season (`may_name_a_season`).
    #[inline]
    pub fn worth_tokenising(&self, text: &str, start: usize, end: usize) -> bool {
        match self.trigger.as_ref().map(|t| t.scan(&text[start..end])) {
            None | Some(Seen::Trigger) => true,
            Some(Seen::Nothing) => false,
            Some(Seen::Weak) => self.may_name_a_season(text, start, end),
        }
    }

    /// Whether `text[start..end]`, where the trigger found no word but the weak "été", has a
    /// spelling of "été" the look-up may find (é, É or E; t or T; é or É) other than the
    /// participle after a plain word or an auxiliary ("pas été", "n'a été"). The season rule
    /// rejects that one, whatever follows it (`rules::Context::season`: no determiner, no
    /// preposition, no clause start before it), and no pattern puts such a word before "été":
    /// a sentence where every "été" is such a participle has no date.
    #[inline(never)]
    fn may_name_a_season(&self, text: &str, start: usize, end: usize) -> bool {
        let bytes = &text.as_bytes()[..end];
        let acute = |i: usize| matches!(bytes.get(i..i + 2), Some([0xC3, 0xA9 | 0x89]));
        // From the second byte of a final é or É (C3 A9, C3 89).
        memchr::memchr2_iter(0xA9, 0x89, &bytes[start..]).map(|last| start + last).any(|last| {
            let Some(t) = last.checked_sub(2).filter(|&t| t >= start) else { return false };
            let spelt = bytes[last - 1] == 0xC3
                && matches!(bytes[t], b't' | b'T')
                && (t >= start + 2 && acute(t - 2) || t > start && matches!(bytes[t - 1], b'e' | b'E'));
            spelt && !self.participle_after_a_word(text, start, end, t)
        })
    }

    /// Whether the "t" at `t` is that of "été" spelt so, a word of its own, one space after a
    /// word of lowercase ASCII letters that is a token of its own (after a space, an elision or
    /// at `start`) unknown to the vocabulary or an auxiliary, and no preposition the season
    /// rule takes.
    fn participle_after_a_word(&self, text: &str, start: usize, end: usize, t: usize) -> bool {
        let bytes = &text.as_bytes()[..end];
        if t < start + 4 || bytes.get(t - 2..t + 3) != Some("été".as_bytes()) || bytes[t - 3] != b' ' {
            return false;
        }
        if bytes.get(t + 3).is_some_and(|&b| !super::tokens::ends_plain_word(b)) {
            return false;
        }
        let word_end = t - 3;
        let mut word_start = word_end;
        while word_start > start && bytes[word_start - 1].is_ascii_lowercase() {
            word_start -= 1;
        }
        if word_start == word_end || !super::tokens::starts_a_token(bytes, start, word_start) {
            return false;
        }
        let kind = match self.entry_and_class(text, word_start, word_end) {
            Some((_, class)) => self.kinds[class as usize],
            None => Kind::Word,
        };
        matches!(kind, Kind::Word | Kind::Aux)
            && !super::rules::AFTER_PREPOSITION.contains(&&text[word_start..word_end])
    }

    fn resolve_class(&self, name: &str, aliases: &HashMap<String, Vec<u16>>) -> Result<Vec<u16>> {
        if let Some(ids) = aliases.get(name) {
            return Ok(ids.clone());
        }
        match self.class_ids.get(name) {
            Some(&id) => Ok(vec![id]),
            None => bail!("unknown word class <{name}>"),
        }
    }

    /// Replaces `<a|b>` by a character class of symbols; turns plain groups non-capturing.
    fn expand(&self, pattern: &str, aliases: &HashMap<String, Vec<u16>>) -> Result<String> {
        let mut out = String::new();
        let mut rest = pattern;
        while let Some(c) = rest.chars().next() {
            match c {
                '<' => {
                    let close = rest.find('>').ok_or_else(|| anyhow!("unclosed < in {pattern:?}"))?;
                    out.push('[');
                    for name in rest[1..close].split('|') {
                        for id in self.resolve_class(name, aliases)? {
                            out.push_str(&format!("\\x{:02X}", symbol(id)));
                        }
                    }
                    out.push(']');
                    rest = &rest[close + 1..];
                }
                '(' if !rest[1..].starts_with('?') => {
                    out.push_str("(?:");
                    rest = &rest[1..];
                }
                '(' | ')' | '?' | '*' | '+' | '|' | ':' => {
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                }
                _ => bail!("unexpected {c:?} in pattern {pattern:?} (use <class>)"),
            }
        }
        Ok(out)
    }

    fn load_tense(&mut self, text: &str, file: &str) -> Result<()> {
        let mut suffixes = Vec::new();
        for (n, line) in data_lines(text) {
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            match cols.as_slice() {
                ["suffix", kind, ending, subject @ ..] if !ending.is_empty() && subject.len() <= 1 => {
                    let cue = match *kind {
                        "past" => Cue::Past,
                        "future" => Cue::Future,
                        "participle" => Cue::Participle,
                        "none" => Cue::Ignored,
                        _ => bail!("{file}:{n}: unknown cue kind {kind:?} (past, future, participle, none)"),
                    };
                    let mut ending = Ending::new(ending.to_string(), cue);
                    ending.subject = subject.first().map(|s| s.to_string());
                    suffixes.push(ending);
                }
                ["minlen", len] => {
                    self.suffix_min_len =
                        len.parse().map_err(|_| anyhow!("{file}:{n}: minlen needs a number"))?;
                }
                ["lead", kind, words, only @ ..] if !words.is_empty() && only.len() <= 1 => {
                    let cue = match *kind {
                        "past" => Cue::Past,
                        "future" => Cue::Future,
                        _ => bail!("{file}:{n}: unknown lead kind {kind:?} (past, future)"),
                    };
                    let only = match only.first() {
                        None => None,
                        Some(class) => match vocab_kind(class) {
                            Kind::Other => bail!("{file}:{n}: unknown word class {class:?} for a lead"),
                            kind => Some(kind),
                        },
                    };
                    self.leads.push((lead_tokens(words), cue, only));
                }
                [list @ ("between" | "ahead" | "purpose" | "dating" | "callfor" | "invariable"
                | "after_year" | "occurrence"), word]
                    if !word.is_empty() =>
                {
                    let words = match *list {
                        "between" => &mut self.between,
                        "ahead" => &mut self.ahead,
                        "dating" => &mut self.dating,
                        "callfor" => &mut self.call_for,
                        "invariable" => &mut self.invariable,
                        "after_year" => &mut self.after_year,
                        "occurrence" => &mut self.occurrences,
                        _ => &mut self.purpose,
                    };
                    words.push(key_of(word));
                }
                _ => {
                    bail!(
                        "{file}:{n}: expected `suffix<TAB>kind<TAB>ending[<TAB>subject]`, `lead<TAB>kind<TAB>words[<TAB>class]`, `between<TAB>word`, `ahead<TAB>word`, `purpose<TAB>word`, `dating<TAB>word`, `callfor<TAB>word`, `invariable<TAB>word`, `after_year<TAB>word`, `occurrence<TAB>word` or `minlen<TAB>N`, got {line:?}"
                    )
                }
            }
        }
        suffixes.sort_by_key(|e: &Ending| std::cmp::Reverse(e.text.chars().count()));
        for ending in suffixes {
            let last = *ending.text.as_bytes().last().expect("endings are not empty");
            self.suffixes[last as usize].push(ending);
        }
        Ok(())
    }
}

/// The tokens of a lead as the tokenizer splits them ("d'ici" is "d'" and "ici"), normalised.
fn lead_tokens(words: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in words.split_whitespace() {
        let mut rest = word;
        // An elision ends a token.
        while let Some(at) = rest.find(['\'', '’']) {
            let end = at + rest[at..].chars().next().map_or(1, char::len_utf8);
            out.push(&rest[..end]);
            rest = &rest[end..];
        }
        if !rest.is_empty() {
            out.push(rest);
        }
    }
    out.into_iter().map(key_of).collect()
}

fn build_combined(alternatives: &[String]) -> Result<meta::Regex> {
    meta::Regex::builder()
        .syntax(regex_automata::util::syntax::Config::new().utf8(false))
        .configure(meta::Config::new().utf8_empty(false))
        .build_many(alternatives)
        .map_err(anyhow::Error::from)
}

/// Spellings the table does not hold as such: capitals inside the word, curly apostrophes,
/// capitals that may have lost their accent ("Eté", "A").
pub(super) fn odd_spelling(word: &str) -> bool {
    let b = word.as_bytes();
    // ’ starts with 0xE2, ʼ with 0xCA; a non-ASCII first letter may be a capital (É, À).
    matches!(b.first(), Some(b'E' | b'A' | 0x80..))
        || b[1..].iter().any(|&c| c.is_ascii_uppercase() || matches!(c, 0xE2 | 0xCA | b'`'))
}

/// Whether `hir` matches some string made only of the symbols marked in `allowed`.
fn matches_within(hir: &regex_syntax::hir::Hir, allowed: &[bool; 256]) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(lit) => lit.0.iter().all(|&b| allowed[b as usize]),
        HirKind::Class(Class::Bytes(class)) => {
            class.ranges().iter().any(|r| (r.start()..=r.end()).any(|b| allowed[b as usize]))
        }
        // Patterns are byte patterns; anything else may match.
        HirKind::Class(Class::Unicode(_)) => true,
        HirKind::Repetition(rep) => rep.min == 0 || matches_within(&rep.sub, allowed),
        HirKind::Capture(cap) => matches_within(&cap.sub, allowed),
        HirKind::Concat(parts) => parts.iter().all(|h| matches_within(h, allowed)),
        HirKind::Alternation(parts) => parts.iter().any(|h| matches_within(h, allowed)),
    }
}

/// `bytes[start..end]`, shorter than 16 bytes, as one number: the bytes, then the length in the
/// last byte. Read in two loads where the text goes on far enough.
#[inline(always)]
pub(super) fn packed(bytes: &[u8], start: usize, end: usize) -> u128 {
    let len = end - start;
    let word = match bytes.get(start..start + 16).and_then(|chunk| <[u8; 16]>::try_from(chunk).ok()) {
        Some(chunk) => {
            let x = u128::from_le_bytes(chunk);
            let (lo, hi) = (x as u64, (x >> 64) as u64);
            if len == 0 {
                0
            } else if len <= 8 {
                u128::from(lo & (u64::MAX >> (64 - 8 * len)))
            } else {
                u128::from(lo) | u128::from(hi & (u64::MAX >> (128 - 8 * len))) << 64
            }
        }
        None => bytes[start..end].iter().rev().fold(0, |n, &b| n << 8 | u128::from(b)),
    };
    word | (len as u128) << 120
}

/// Word forms of up to 15 bytes, `packed`, in an open-addressing table (linear probing, at
/// most a quarter full), with their entry and class: a look-up is a multiplication and most often
/// one comparison.
#[derive(Debug)]
struct WordTable {
    /// `packed` forms with their entry and class; a form 0 (no form packs to 0: the length is
    /// in the last byte) is a free slot.
    slots: Box<[(u128, u32, u16)]>,
    /// The number of slots (a power of two), less one.
    mask: usize,
}

impl WordTable {
    fn new(forms: impl Iterator<Item = (u128, (u32, u16))>) -> WordTable {
        let forms: Vec<(u128, (u32, u16))> = forms.collect();
        let size = (4 * forms.len()).next_power_of_two().max(16);
        let mut table = WordTable { slots: vec![(0, 0, 0); size].into(), mask: size - 1 };
        for (key, (entry, class)) in forms {
            let mut i = table.slot(key);
            while table.slots[i].0 != 0 {
                i = (i + 1) & table.mask;
            }
            table.slots[i] = (key, entry, class);
        }
        table
    }

    #[inline(always)]
    fn slot(&self, key: u128) -> usize {
        let h = (key as u64 ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 40) as usize & self.mask
    }

    #[inline(always)]
    fn get(&self, key: u128) -> Option<(u32, u16)> {
        let mut i = self.slot(key);
        loop {
            let &(k, entry, class) = self.slots.get(i)?;
            if k == key {
                return Some((entry, class));
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// Non-empty, non-comment lines with their 1-based numbers.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// Splits a leading `[context]` or `[context]?` off a pattern.
fn split_context(body: &str) -> Result<(String, String)> {
    let Some(inner) = body.strip_prefix('[') else {
        return Ok((String::new(), body.to_string()));
    };
    let close = inner.find(']').ok_or_else(|| anyhow!("unclosed [ in {body:?}"))?;
    let (context, rest) = (&inner[..close], &inner[close + 1..]);
    Ok(match rest.strip_prefix('?') {
        Some(rest) => (format!("(?:{context})?"), rest.to_string()),
        None => (context.to_string(), rest.to_string()),
    })
}

fn parse_unit(value: &str, time: bool) -> Option<Unit> {
    let letter = value.chars().last()?;
    if !"SMHDWY".contains(letter) {
        return None;
    }
    let digits = &value[..value.len() - 1];
    let mult = if digits.is_empty() { 1.0 } else { digits.parse().ok()? };
    Some(Unit { mult, letter, time })
}
