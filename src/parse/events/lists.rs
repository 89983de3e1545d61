//! The word lists the event rules read besides the triggers, from `data/events/words.tsv`: the
//! adverbs that may stand inside a compound verb, the nouns a city names without acting, the
//! words of going towards a place… Grammar words (articles, pronouns, auxiliaries) stay in code.

use anyhow::{bail, Result};

/// Words of one list, lowercase.
#[derive(Debug, Default)]
pub(super) struct WordList {
    words: Vec<String>,
    /// The first bytes of the words, and their lengths (bit `n` for `n` bytes, bit 63 for 63 or
    /// more): most words asked are ruled out by these before any is compared.
    first_bytes: FirstBytes,
    lengths: u64,
}

/// A set of bytes, one bit each.
#[derive(Debug, Default)]
struct FirstBytes([u64; 4]);

impl FirstBytes {
    fn insert(&mut self, byte: u8) {
        self.0[usize::from(byte >> 6)] |= 1 << (byte & 63);
    }

    #[inline(always)]
    fn has(&self, byte: u8) -> bool {
        self.0[usize::from(byte >> 6)] & (1 << (byte & 63)) != 0
    }
}

/// The bit of a word's length in [`WordList::lengths`].
#[inline(always)]
fn length_bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

impl WordList {
    /// `word`, lowercase, is one of the list (kept sorted: a binary search).
    #[inline]
    pub(super) fn has(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else { return false };
        self.first_bytes.has(first)
            && self.lengths & length_bit(word) != 0
            && self.words.binary_search_by(|w| w.as_str().cmp(word)).is_ok()
    }

    /// `word` is one of the list, ASCII case ignored.
    #[inline]
    pub(super) fn has_ignoring_case(&self, word: &str) -> bool {
        self.words.iter().any(|w| w.eq_ignore_ascii_case(word))
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }
}

/// The lists of `data/events/words.tsv`, by name.
#[derive(Debug, Default)]
pub struct EventWords {
    pub(super) between_auxiliary: WordList,
    pub(super) passive_adverbs: WordList,
    pub(super) habitual: WordList,
    pub(super) text_or_meeting: WordList,
    pub(super) towards: WordList,
    pub(super) venue_buildings: WordList,
    pub(super) nearby: WordList,
    pub(super) planned: WordList,
    pub(super) laws: WordList,
    pub(super) joining: WordList,
    pub(super) named_texts: WordList,
    pub(super) led_by: WordList,
    pub(super) state_nouns: WordList,
    pub(super) deciding: WordList,
    pub(super) retaliation: WordList,
    pub(super) armed_forces: WordList,
    pub(super) sending: WordList,
    pub(super) envoys: WordList,
    pub(super) recall_asides: WordList,
    pub(super) convened_bodies: WordList,
    pub(super) welcoming: WordList,
    pub(super) hypothetical: WordList,
    pub(super) ties: WordList,
    pub(super) said_after_quote: WordList,
    pub(super) postponed: WordList,
    pub(super) place_nouns: WordList,
    pub(super) attitudes: WordList,
    pub(super) received_things: WordList,
    pub(super) natural_causes: WordList,
    pub(super) requirements: WordList,
    pub(super) penalties: WordList,
    pub(super) unarmed_deployed: WordList,
    pub(super) speakers: WordList,
    pub(super) pair_nouns: WordList,
    pub(super) companions: WordList,
    pub(super) shared_features: WordList,
    pub(super) person_titles: WordList,
    pub(super) foreign_affairs: WordList,
    pub(super) same_scene: WordList,
}

impl EventWords {
    /// Reads `list<TAB>words` lines; every list must be given, and no other. `name` names the
    /// file in errors.
    pub fn parse(text: &str, name: &str) -> Result<Self> {
        let mut lists = EventWords::default();
        let mut seen = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let at = format!("{name}:{}", i + 1);
            let Some((list, words)) = line.split_once('\t') else {
                bail!("{at}: expected 2 tab-separated columns (list, words)");
            };
            let list = list.trim();
            let Some(target) = lists.by_name(list) else {
                bail!("{at}: unknown list {list:?} (known: {})", Self::NAMES.join(", "));
            };
            for word in words.split_whitespace() {
                if word.chars().any(char::is_uppercase) {
                    bail!("{at}: {word:?} is not lowercase");
                }
                target.words.push(word.to_string());
            }
            seen.push(list.to_string());
        }
        if let Some(missing) = Self::NAMES.iter().find(|n| !seen.iter().any(|s| s == *n)) {
            bail!("{name}: the list {missing:?} is missing");
        }
        for list in Self::NAMES {
            let list = lists.by_name(list).expect("every name has its list");
            list.words.sort();
            list.words.dedup();
            for word in &list.words {
                list.first_bytes.insert(word.as_bytes()[0]);
                list.lengths |= length_bit(word);
            }
        }
        Ok(lists)
    }

    const NAMES: [&'static str; 39] = [
        "between_auxiliary",
        "passive_adverbs",
        "habitual",
        "text_or_meeting",
        "towards",
        "venue_buildings",
        "nearby",
        "planned",
        "laws",
        "joining",
        "named_texts",
        "led_by",
        "state_nouns",
        "deciding",
        "retaliation",
        "armed_forces",
        "sending",
        "envoys",
        "recall_asides",
        "convened_bodies",
        "welcoming",
        "hypothetical",
        "ties",
        "said_after_quote",
        "postponed",
        "place_nouns",
        "attitudes",
        "received_things",
        "natural_causes",
        "requirements",
        "penalties",
        "unarmed_deployed",
        "speakers",
        "pair_nouns",
        "companions",
        "shared_features",
        "person_titles",
        "foreign_affairs",
        "same_scene",
    ];

    fn by_name(&mut self, name: &str) -> Option<&mut WordList> {
        Some(match name {
            "between_auxiliary" => &mut self.between_auxiliary,
            "passive_adverbs" => &mut self.passive_adverbs,
            "habitual" => &mut self.habitual,
            "text_or_meeting" => &mut self.text_or_meeting,
            "towards" => &mut self.towards,
            "venue_buildings" => &mut self.venue_buildings,
            "nearby" => &mut self.nearby,
            "planned" => &mut self.planned,
            "laws" => &mut self.laws,
            "joining" => &mut self.joining,
            "named_texts" => &mut self.named_texts,
            "led_by" => &mut self.led_by,
            "state_nouns" => &mut self.state_nouns,
            "deciding" => &mut self.deciding,
            "retaliation" => &mut self.retaliation,
            "armed_forces" => &mut self.armed_forces,
            "sending" => &mut self.sending,
            "envoys" => &mut self.envoys,
            "recall_asides" => &mut self.recall_asides,
            "convened_bodies" => &mut self.convened_bodies,
            "welcoming" => &mut self.welcoming,
            "hypothetical" => &mut self.hypothetical,
            "ties" => &mut self.ties,
            "said_after_quote" => &mut self.said_after_quote,
            "postponed" => &mut self.postponed,
            "place_nouns" => &mut self.place_nouns,
            "attitudes" => &mut self.attitudes,
            "received_things" => &mut self.received_things,
            "natural_causes" => &mut self.natural_causes,
            "requirements" => &mut self.requirements,
            "penalties" => &mut self.penalties,
            "unarmed_deployed" => &mut self.unarmed_deployed,
            "speakers" => &mut self.speakers,
            "pair_nouns" => &mut self.pair_nouns,
            "companions" => &mut self.companions,
            "shared_features" => &mut self.shared_features,
            "person_titles" => &mut self.person_titles,
            "foreign_affairs" => &mut self.foreign_affairs,
            "same_scene" => &mut self.same_scene,
            _ => return None,
        })
    }
}
