//! Entity mentions: people, countries and places, organisations, demonyms, resolved to canonical
//! entities through the lexicon, plus unknown names found by rules (titles, "M. X", first names).
//!
//! Per body sentence: its words are found, the lexicon automaton walks from each word start over
//! the text folded as it reads (`scan`), institution names are built around their heads, then the rules read the capitalised words no
//! lexicon form covers (`names`). Candidates are resolved in text order, so a bare surname goes to
//! the person the article named before.

mod names;
mod scan;

use super::lexicon::fold::fold_str;
use super::lexicon::{slug, Lexicon, Target, TitleKind, WalkFrom, WordClass};
use crate::corpus::{Entity, EntityKind, Mention, MentionKind, Sentence, Span};
use std::collections::HashMap;

/// Maps keyed by short strings and indices, hashed fast (no untrusted keys to defend against).
type Map<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

#[derive(Debug, Default, Clone)]
pub struct Found {
    /// Sorted by start offset, non-overlapping.
    pub mentions: Vec<Mention>,
    /// The entities the mentions point to, sorted by id, with the aliases seen in this article.
    pub entities: Vec<Entity>,
}

impl Found {
    /// The entity a mention points to.
    pub fn entity_of(&self, mention: &Mention) -> Option<&Entity> {
        let i = self.entities.binary_search_by(|e| e.id.as_str().cmp(&mention.entity)).ok()?;
        self.entities.get(i)
    }

    /// The ISO code of the country a mention names or stands for: the country itself, its capital
    /// or institution, its demonym, or the country of the person or organisation named.
    pub fn country_of(&self, mention: &Mention) -> Option<&str> {
        self.entity_of(mention)?.country.as_deref()
    }
}

/// What the rules know of a person from the title before the name.
#[derive(Debug, Clone, Default)]
pub(crate) struct PersonInfo {
    role: Option<String>,
    country: Option<String>,
}

/// A possible mention, before article-level resolution.
#[derive(Debug)]
pub(crate) struct Candidate {
    span: Span,
    what: What,
}

#[derive(Debug)]
pub(crate) enum What {
    /// A lexicon entity.
    Known { entity: usize, kind: MentionKind },
    /// A lexicon person named by surname: the article's earlier person of that surname comes first.
    Surname { entity: usize },
    /// "ministère russe de la Défense": the head's canonical name and complement, and the country.
    Institution { base: String, country: Option<usize> },
    /// A person's name found by rule.
    Person(PersonInfo),
    /// One capitalised word: an earlier person of that surname; else a person if a title names
    /// one, a place after "à", nothing otherwise.
    Lone { cue: Option<PersonInfo>, place: bool },
    /// An organisation's name found by rule, with the country of a demonym in it.
    Organisation { country: Option<String> },
    /// A place's name found by rule ("Mont Hermon", "à Tombouctou").
    Place,
    /// An acronym in parentheses after the name it abbreviates, the mention at `of`.
    Acronym { of: Span },
}

/// Finds mentions in body sentences (sentences with a `zone` yield none).
pub fn recognise(text: &str, sentences: &[Sentence], lexicon: &Lexicon) -> Found {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let found = recognise_with(text, sentences, lexicon, &mut scratch);
            scratch.trim();
            found
        }
        Err(_) => recognise_with(text, sentences, lexicon, &mut Scratch::default()),
    })
}

/// Buffers reused from one sentence and one article to the next, per thread.
#[derive(Default)]
struct Scratch {
    tables: Tables,
    /// Where lexicon forms may start in a sentence, and how to walk from there.
    starts: Vec<WalkFrom>,
    /// The fold of one char.
    fold_buf: Vec<u8>,
    hits: Vec<scan::Hit>,
    tokens: Vec<names::Token>,
    /// The capitalised and hyphenated tokens.
    notable: Vec<usize>,
    candidates: Vec<Candidate>,
}

impl Scratch {
    /// Gives back the memory a very long article took.
    fn trim(&mut self) {
        const KEEP: usize = 1 << 16;
        if self.starts.capacity() > KEEP || self.tokens.capacity() > KEEP {
            *self = Scratch::default();
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

fn recognise_with(text: &str, sentences: &[Sentence], lexicon: &Lexicon, scratch: &mut Scratch) -> Found {
    let mut article = Article::new(text, lexicon, std::mem::take(&mut scratch.tables));
    let Scratch { tables, starts, fold_buf, hits, tokens, notable, candidates } = scratch;
    let mut lowercase = names::LowercaseWords::new(text);
    for sentence in sentences.iter().filter(|s| s.zone.is_none()) {
        let span = sentence.span;
        // The fold keeps offsets as u32: a text past 4 GiB is read up to there.
        if span.is_empty()
            || span.end > text.len()
            || span.end > u32::MAX as usize
            || !text.is_char_boundary(span.start)
            || !text.is_char_boundary(span.end)
        {
            continue;
        }
        // The walks stop at the sentence's end.
        let sentence_bytes = &text.as_bytes()[..span.end];
        // Inlined into the tokenizer's loop, which the walk's first look-up is part of.
        names::tokenize(
            text,
            span.start,
            span.end,
            tokens,
            notable,
            starts,
            #[inline(always)]
            |start, ascii_run| match ascii_run {
                Some(run) => lexicon.walk_after_read_run(sentence_bytes, start, run.end, run.first_eight),
                None => Some(lexicon.walk_from(start)),
            },
        );
        scan::lexicon_hits(text, span.end, starts, lexicon, hits, fold_buf);
        scan::build_institutions(text, span.end, lexicon, hits, fold_buf);
        candidates.clear();
        names::Sentence { text, lex: lexicon, lowercase: &mut lowercase, hits, tokens, notable }
            .unknown_names(candidates);
        let by_start = |c: &Candidate| c.span.start;
        if candidates.is_sorted_by_key(by_start) && hits.is_sorted_by_key(|h| h.span.start) {
            // The rules' candidates and the hits come each in text order (always, so far): merged
            // as a stable sort of the two would order them, the rules' first at a tie, and the
            // hits resolved with no candidate built.
            let mut rules = candidates.drain(..).peekable();
            let mut cue: Option<Span> = None;
            for hit in hits.iter().filter(|h| !h.consumed) {
                while let Some(candidate) = rules.next_if(|c| c.span.start <= hit.span.start) {
                    article.resolve(candidate);
                }
                if !article.names_the_cues_organisation(hit, cue) {
                    article.resolve_hit(hit);
                }
                cue = (hit.target == Target::Title(TitleKind::Organisation)).then_some(hit.span);
            }
            rules.for_each(|candidate| article.resolve(candidate));
        } else {
            candidates.extend(hits.iter().filter(|h| !h.consumed).filter_map(|h| hit_candidate(h, lexicon)));
            candidates.sort_by_key(by_start);
            for candidate in candidates.drain(..) {
                article.resolve(candidate);
            }
        }
    }
    let (found, left) = article.finish();
    *tables = left;
    found
}

/// "« Make our planet great again », a-t-il lancé en anglais", "traduit en russe": a demonym in
/// lowercase after "en" names a language, no country.
fn is_a_language(text: &str, span: Span) -> bool {
    let Some(before) = text[..span.start].strip_suffix(' ') else { return false };
    let after_en = before.strip_suffix("en").or_else(|| before.strip_suffix("En"));
    span.slice(text).starts_with(|c: char| c.is_lowercase())
        && after_en.is_some_and(|b| !b.ends_with(|c: char| c.is_alphanumeric()))
}

/// "la coalition National Super Alliance": a common noun followed by a name is that name's cue,
/// not the lexicon's organisation of that noun — unless the name is a person's ("la coalition
/// Steve Warren": its spokesman, the comma left out).
fn is_the_cue_of_a_name_after(text: &str, span: Span, lex: &Lexicon) -> bool {
    let Some(name) = text[span.end..].strip_prefix(' ') else { return false };
    let word = name.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.starts_with(char::is_uppercase) && !lex.class_of_word(word).has(WordClass::FIRST_NAME)
}

fn hit_candidate(hit: &scan::Hit, lex: &Lexicon) -> Option<Candidate> {
    let what = match hit.target {
        Target::Entity { entity, kind } => What::Known { entity, kind },
        Target::Surname { entity } => What::Surname { entity },
        Target::OrgHead(h) => {
            let head = lex.head(h);
            let base = match hit.complement {
                Some(c) => format!("{} {}", head.canonical, head.complements[c].1),
                None => head.canonical.clone(),
            };
            What::Institution { base, country: hit.country }
        }
        Target::Title(_) | Target::Block => return None,
    };
    Some(Candidate { span: hit.span, what })
}

/// A mention as the article resolves it: its entity is the one at `slot` in the article's
/// entities (given its id when the article is done).
struct Placed {
    span: Span,
    kind: MentionKind,
    slot: usize,
}

/// One article's mentions and entities, as they are resolved.
struct Article<'a> {
    text: &'a str,
    lex: &'a Lexicon,
    t: Tables,
}

/// What an article's resolution keeps; the buffers go on to the next article.
#[derive(Default)]
struct Tables {
    mentions: Vec<Placed>,
    entities: Vec<Entity>,
    /// Entity id → index in `entities`, for the entities the rules make (lexicon entities are
    /// found through `by_lexicon`, see [`Article::find`]).
    by_id: Map<String, usize>,
    /// Lexicon entity → index in `entities` (or [`NO_SLOT`]), to skip hashing ids for lexicon
    /// mentions; `lexicon_seen` lists the entries set, to clear them for the next article.
    by_lexicon: Vec<u32>,
    lexicon_seen: Vec<usize>,
    /// Folded surname → index in `entities` of the person last named with it.
    surnames: Map<String, usize>,
    /// Institution without country → id of the same institution named with its country.
    institutions: Map<String, String>,
    /// Institution without country → every id the article gives it with a country.
    qualified: Map<String, Vec<String>>,
    /// Lone capitalised words the rules could not read: maybe a place or organisation the article
    /// names elsewhere.
    unread: Vec<Span>,
    /// Folded acronym → index in `entities` of the organisation the article named with it.
    acronyms: Map<String, usize>,
    /// Folded other name ("dit « Mel »") → index in `entities` of its person.
    aliases: Map<String, usize>,
}

/// No slot yet in [`Tables::by_lexicon`].
const NO_SLOT: u32 = u32::MAX;

impl Tables {
    fn clear(&mut self) {
        self.mentions.clear();
        self.entities.clear();
        self.by_id.clear();
        for entity in self.lexicon_seen.drain(..) {
            self.by_lexicon[entity] = NO_SLOT;
        }
        self.surnames.clear();
        self.institutions.clear();
        self.qualified.clear();
        self.unread.clear();
        self.acronyms.clear();
        self.aliases.clear();
    }
}

/// A name with its spaces made plain, as it is kept in aliases and unknown entities' names.
fn clean(surface: &str) -> String {
    clean_spaced(surface, single_spaced(surface))
}

/// [`clean`], knowing whether the name is [`single_spaced`].
fn clean_spaced(surface: &str, single_spaced: bool) -> String {
    if single_spaced && !surface.starts_with(' ') && !surface.ends_with(' ') {
        return surface.to_string();
    }
    surface.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the only spaces of `surface` are single plain ones, as in most names.
fn single_spaced(surface: &str) -> bool {
    // One table look-up per byte; a byte that is no plain byte after a plain byte is rare.
    let mut previous = PLAIN;
    for &b in surface.as_bytes() {
        let spacing = SPACING[usize::from(b)];
        if spacing & (previous | CONTROL_SPACE | MAYBE_SPACE) != 0 {
            // A space after a space, a tab or line break, or maybe another space char.
            return spacing == MAYBE_SPACE && single_spaced_chars(surface);
        }
        previous = spacing;
    }
    true
}

/// How [`single_spaced`] reads a byte: a plain byte, ' ', the ASCII whitespace other than ' ', or
/// the first byte of the other whitespace chars (U+0085, U+00A0, U+1680, U+2000 to U+205F,
/// U+3000); an accented letter (0xC3…) is plain.
const PLAIN: u8 = 0;
const SPACE: u8 = 1;
const CONTROL_SPACE: u8 = 2;
const MAYBE_SPACE: u8 = 4;
const SPACING: [u8; 256] = {
    let mut table = [PLAIN; 256];
    table[b' ' as usize] = SPACE;
    let mut b = b'\t';
    while b <= b'\r' {
        table[b as usize] = CONTROL_SPACE;
        b += 1;
    }
    table[0xC2] = MAYBE_SPACE;
    table[0xE1] = MAYBE_SPACE;
    table[0xE2] = MAYBE_SPACE;
    table[0xE3] = MAYBE_SPACE;
    table
};

/// [`single_spaced`] char by char.
fn single_spaced_chars(surface: &str) -> bool {
    let mut after_space = false;
    surface.chars().all(|c| {
        let single = if c == ' ' { !after_space } else { !c.is_whitespace() };
        after_space = c == ' ';
        single
    })
}

impl<'a> Article<'a> {
    /// The resolution of an article, in `tables` left by the last one.
    fn new(text: &'a str, lex: &'a Lexicon, mut tables: Tables) -> Self {
        tables.clear();
        Article { text, lex, t: tables }
    }

    /// The index of entity `id`, made by `entity` when the article has no such entity yet.
    fn slot(&mut self, id: &str, entity: impl FnOnce() -> Entity) -> usize {
        if let Some(slot) = self.find(id) {
            return slot;
        }
        let slot = self.push_entity(entity());
        self.t.by_id.insert(id.to_string(), slot);
        slot
    }

    /// The index of the article's entity `id`, if it has one. (Ids are unique in an article: an
    /// entity the rules make with a lexicon entity's id is that one.)
    fn find(&self, id: &str) -> Option<usize> {
        if let Some(&slot) = self.t.by_id.get(id) {
            return Some(slot);
        }
        let entity = self.lex.entity_by_id(id)?;
        self.t.by_lexicon.get(entity).filter(|&&slot| slot != NO_SLOT).map(|&slot| slot as usize)
    }

    /// Adds a new entity, and makes a person's surnames point to it.
    fn push_entity(&mut self, entity: Entity) -> usize {
        let slot = self.t.entities.len();
        let person = entity.kind == EntityKind::Person;
        self.t.entities.push(entity);
        if person {
            self.remember_person(slot);
        }
        slot
    }

    /// Adds a mention of the entity at `slot`.
    fn add_at(&mut self, slot: usize, span: Span, kind: MentionKind) {
        let surface = span.slice(self.text);
        let known = &mut self.t.entities[slot];
        // Aliases are kept with their spaces made plain; most surfaces already are, and most
        // mentions repeat an alias as it is.
        if !known.aliases.iter().any(|a| a == surface) {
            let single = single_spaced(surface);
            let seen =
                !single && known.aliases.iter().any(|a| a.split_whitespace().eq(surface.split_whitespace()));
            if !seen {
                known.aliases.push(clean_spaced(surface, single));
            }
        }
        self.t.mentions.push(Placed { span, kind, slot });
    }

    /// Adds a mention of `entity` (built only when the article has no such entity yet).
    fn add(&mut self, span: Span, kind: MentionKind, id: &str, entity: impl FnOnce() -> Entity) {
        let slot = self.slot(id, entity);
        self.add_at(slot, span, kind);
    }

    /// Adds a mention of an entity the article already has.
    fn add_existing(&mut self, span: Span, kind: MentionKind, id: &str) {
        if let Some(slot) = self.find(id) {
            self.add_at(slot, span, kind);
        }
    }

    fn add_known(&mut self, span: Span, kind: MentionKind, entity: usize) {
        // Lexicon entities that share an id are one entity: keyed by the first with that id.
        let key = self.lex.first_with_id(entity);
        let slot = match self.t.by_lexicon.get(key) {
            Some(&slot) if slot != NO_SLOT => slot as usize,
            _ => {
                let id = self.lex.entity_id(entity);
                let slot = match self.t.by_id.get(id) {
                    Some(&slot) => slot,
                    None => self.push_entity(self.lex.entity_copy(entity)),
                };
                if self.t.by_lexicon.len() <= key {
                    self.t.by_lexicon.resize(self.lex.entities().len().max(key + 1), NO_SLOT);
                }
                match u32::try_from(slot) {
                    Ok(slot) => {
                        self.t.by_lexicon[key] = slot;
                        self.t.lexicon_seen.push(key);
                    }
                    Err(_) => {
                        self.t.by_id.insert(self.lex.entity_id(entity).to_string(), slot);
                    }
                }
                slot
            }
        };
        self.add_at(slot, span, kind);
    }

    fn add_new(&mut self, span: Span, kind: MentionKind, entity: Entity) {
        let id = entity.id.clone();
        self.add(span, kind, &id, || entity);
    }

    /// Makes a new person's surnames point to it: the last word of the name, and the word after "al-".
    fn remember_person(&mut self, slot: usize) {
        let name = fold_str(&self.t.entities[slot].name);
        let mut words = name.split_whitespace().rev();
        let Some(last) = words.next() else { return };
        self.t.surnames.insert(last.to_string(), slot);
        // "Mme Kim" after "Kim Hyun-mi": a name the lists do not know that opens on no first
        // name may put the family name first.
        if !self.t.entities[slot].in_lexicon {
            let first_name =
                |w: &str| self.lex.word_class(w).has(WordClass::FIRST_NAME | WordClass::PARTICLE);
            if let Some((first, rest)) = name.split_once(' ') {
                if !first_name(first)
                    && !rest.split(' ').any(|w| self.lex.word_class(w).has(WordClass::PARTICLE))
                {
                    self.t.surnames.entry(first.to_string()).or_insert(slot);
                }
            }
        }
        // "de Lima" of Leila de Lima, as "Mme de Lima" names her.
        if let (Some(particle), Some(_)) = (words.next(), words.next()) {
            if self.lex.word_class(particle).has(WordClass::PARTICLE) {
                self.t.surnames.insert(format!("{particle} {last}"), slot);
            }
        }
        if let Some((particle, rest)) = last.split_once('-') {
            if self.lex.word_class(particle).has(WordClass::PARTICLE) {
                self.t.surnames.insert(rest.to_string(), slot);
            }
        }
    }

    /// The person the article named before with this surname.
    fn earlier_person(&self, span: Span) -> Option<usize> {
        self.t.surnames.get(&fold_str(span.slice(self.text))).copied()
    }

    fn unknown(&self, prefix: &str, span: Span, kind: EntityKind, info: PersonInfo) -> Entity {
        let name = clean(span.slice(self.text));
        Entity {
            id: format!("{prefix}:{}", slug(&name)),
            name,
            kind,
            country: info.country,
            role: info.role,
            in_lexicon: false,
            aliases: Vec::new(),
        }
    }

    /// "Mme Kishida" where the article (or the lexicon) has a man of that surname: someone else,
    /// and the surname alone still names him.
    fn add_a_woman_of_his_name(&mut self, span: Span) {
        let key = fold_str(span.slice(self.text));
        let his = self.t.surnames.get(&key).copied();
        let person = self.unknown("person", span, EntityKind::Person, PersonInfo::default());
        self.add_new(span, MentionKind::Person, person);
        match his {
            Some(slot) => self.t.surnames.insert(key, slot),
            None => self.t.surnames.remove(&key),
        };
    }

    /// Whether the name at `span`, the name of a man whose role is `role`, names a woman of his
    /// name: "Mme" before it ("Mme Kishida" is no Fumio Kishida).
    fn names_a_woman_of_his_name(&self, role: Option<&str>, span: Span) -> bool {
        role.is_some_and(|r| self.lex.masculine_role(r)) && self.after_a_womans_title(span)
    }

    /// Whether the name at `span` follows "Mme", "Mmes", "Mlle" or "Madame".
    fn after_a_womans_title(&self, span: Span) -> bool {
        let before = self.text[..span.start].trim_end_matches([' ', '\u{a0}']);
        ["Mme", "Mmes", "Mlle", "Madame"].iter().any(|t| {
            before.strip_suffix(t).is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
        })
    }

    /// The person whose mention ends right before ", dit", ", alias", ", surnommé" (and a quote)
    /// ending before `span`: the name at `span` is another of theirs.
    fn alias_of(&self, span: Span) -> Option<usize> {
        const CUES: [&str; 7] =
            ["alias", "dit", "dite", "surnommé", "surnommée", "de son vrai nom", "de son nom de guerre"];
        let before = self.text[..span.start].trim_end_matches([' ', '\u{a0}', '\u{202f}', '«', '"', '“']);
        let before =
            CUES.iter().find_map(|cue| before.strip_suffix(cue).filter(|b| b.ends_with([' ', '\u{a0}'])))?;
        let end = before.trim_end_matches([' ', '\u{a0}']).strip_suffix(',')?.len();
        let m = self.t.mentions.last().filter(|m| m.span.end == end)?;
        (self.t.entities[m.slot].kind == EntityKind::Person).then_some(m.slot)
    }

    /// The article's entity found by rule under the name of `id` (a rule-found entity's id) with
    /// one of the other `prefixes`.
    fn named_before_as(&self, id: &str, prefixes: &[&str]) -> Option<usize> {
        let (_, name) = id.split_once(':')?;
        prefixes.iter().find_map(|p| self.t.by_id.get(&format!("{p}{name}")).copied())
    }

    /// "soutenu par une coalition de sept partis … la porte-parole de la coalition": a lexicon
    /// organisation named by one common noun ("la coalition") is the one the article introduced
    /// shortly before with "un" or "une", not the lexicon's; so is one whose own name follows
    /// it ("la coalition National Super Alliance").
    #[inline]
    fn a_common_noun_the_article_introduced(&self, span: Span, kind: MentionKind) -> bool {
        kind == MentionKind::Organisation && self.a_common_noun_introduced(span)
    }

    /// [`Article::a_common_noun_the_article_introduced`] for an organisation's mention.
    fn a_common_noun_introduced(&self, span: Span) -> bool {
        let surface = span.slice(self.text);
        if !surface.starts_with(|c: char| c.is_lowercase()) || surface.contains(|c: char| !c.is_alphabetic())
        {
            return false;
        }
        if is_the_cue_of_a_name_after(self.text, span, self.lex) {
            return true;
        }
        // Close before: a few sentences, as anaphora reach.
        const NEAR: usize = 800;
        let mut from = span.start.saturating_sub(NEAR);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before = &self.text[from..span.start];
        // One search for the noun (memchr's, faster than str's), the articles read before each
        // occurrence; the occurrences do not overlap, as `str::match_indices` gives them.
        memchr::memmem::find_iter(before.as_bytes(), surface.as_bytes()).any(|at| {
            (before[..at].ends_with("une ") || before[..at].ends_with("un "))
                && !before[at + surface.len()..].starts_with(|c: char| c.is_alphabetic())
        })
    }

    /// "la fondation Clinton", "l'école polytechnique Sharif": a person the lexicon knows, right
    /// after an organisation's cue (and its adjectives), names the organisation; "l'université de
    /// Téhéran", "le lycée de Kidal": a place after a school's cue and "de" is the school's name.
    /// Adds the organisation's mention and returns true, or returns false.
    fn names_the_cues_organisation(&mut self, hit: &scan::Hit, cue: Option<Span>) -> bool {
        const MAX_WORDS_BETWEEN: usize = 2;
        let Some(cue) = cue else { return false };
        let kind = match hit.target {
            Target::Entity { kind, .. } => kind,
            Target::Surname { .. } => MentionKind::Person,
            _ => return false,
        };
        let Some(between) = self.text.get(cue.end..hit.span.start) else { return false };
        let lowercase_words = |s: &str| {
            s.split_whitespace().count() <= MAX_WORDS_BETWEEN
                && s.chars().all(|c| c == ' ' || c == '-' || c.is_lowercase())
        };
        let span = match kind {
            MentionKind::Person if between.starts_with(' ') && lowercase_words(between) => {
                let words = between.split_whitespace();
                if words.clone().any(|w| matches!(w, "de" | "du" | "des" | "et" | "ou")) {
                    return false;
                }
                hit.span
            }
            MentionKind::Location
                if matches!(between, " de " | " d'" | " d’")
                    && self.lex.is_school_cue(&fold_str(cue.slice(self.text))) =>
            {
                Span::new(cue.start, hit.span.end)
            }
            _ => return false,
        };
        let org = self.unknown("org", span, EntityKind::Organisation, PersonInfo::default());
        self.add_new(span, MentionKind::Organisation, org);
        true
    }

    /// Resolves a lexicon hit as [`Article::resolve`] does its candidate.
    fn resolve_hit(&mut self, hit: &scan::Hit) {
        match hit.target {
            Target::Entity { entity, kind } => {
                let language = kind == MentionKind::Demonym && is_a_language(self.text, hit.span);
                if !language && !self.a_common_noun_the_article_introduced(hit.span, kind) {
                    self.add_known(hit.span, kind, entity);
                }
            }
            _ => {
                if let Some(candidate) = hit_candidate(hit, self.lex) {
                    self.resolve(candidate);
                }
            }
        }
    }

    fn resolve(&mut self, c: Candidate) {
        let span = c.span;
        // An acronym the article defined names its organisation from then on.
        if !self.t.acronyms.is_empty()
            && matches!(c.what, What::Organisation { .. } | What::Lone { .. } | What::Person(_) | What::Place)
        {
            if let Some(&slot) = self.t.acronyms.get(&fold_str(span.slice(self.text))) {
                self.add_at(slot, span, MentionKind::Organisation);
                return;
            }
        }
        // "Low Taek Jho, dit Jho Low", "Manuel Zelaya, dit « Mel »": another name of the person
        // named right before, and from then on.
        if matches!(c.what, What::Lone { .. } | What::Person(_)) {
            if let Some(slot) = self.alias_of(span) {
                self.add_at(slot, span, MentionKind::Person);
                self.t.aliases.insert(fold_str(span.slice(self.text)), slot);
                return;
            }
            if !self.t.aliases.is_empty() {
                if let Some(&slot) = self.t.aliases.get(&fold_str(span.slice(self.text))) {
                    self.add_at(slot, span, MentionKind::Person);
                    return;
                }
            }
        }
        match c.what {
            What::Acronym { of } => {
                let named = self.t.mentions.iter().rev().find(|m| m.span == of).map(|m| m.slot);
                match named {
                    Some(slot) => {
                        self.add_at(slot, span, MentionKind::Organisation);
                        self.t.acronyms.insert(fold_str(span.slice(self.text)), slot);
                    }
                    None => self.t.unread.push(span),
                }
            }
            What::Known { entity, kind } => {
                if !self.a_common_noun_the_article_introduced(span, kind) {
                    self.add_known(span, kind, entity);
                }
            }
            What::Surname { entity } => {
                // "Mme Kishida" is no Fumio Kishida: a woman of his name.
                let earlier = self.earlier_person(span);
                match earlier {
                    Some(slot)
                        if !self.names_a_woman_of_his_name(self.t.entities[slot].role.as_deref(), span) =>
                    {
                        self.add_at(slot, span, MentionKind::Person)
                    }
                    _ if self.names_a_woman_of_his_name(self.lex.entity(entity).role.as_deref(), span)
                        || earlier.is_some() =>
                    {
                        self.add_a_woman_of_his_name(span);
                        return;
                    }
                    _ => self.add_known(span, MentionKind::Person, entity),
                }
                // The surname as written points to this person from now on.
                let key = fold_str(span.slice(self.text));
                if let Some(m) = self.t.mentions.last() {
                    self.t.surnames.insert(key, m.slot);
                }
            }
            What::Institution { base, country } => {
                let country = country.and_then(|c| self.lex.entity(c).country.clone());
                match &country {
                    Some(iso) => {
                        let country_name = self.lex.country_name(iso).unwrap_or(iso);
                        let name = format!("{base} ({country_name})");
                        let id = format!("org:{}", slug(&name));
                        let ids = self.t.qualified.entry(base.clone()).or_default();
                        if !ids.contains(&id) {
                            ids.push(id.clone());
                        }
                        self.t.institutions.insert(base, id.clone());
                        self.add(span, MentionKind::Organisation, &id.clone(), || {
                            institution(id, name, country)
                        });
                    }
                    None => match self.t.institutions.get(&base).cloned() {
                        Some(id) => self.add_existing(span, MentionKind::Organisation, &id),
                        None => self.add_new(
                            span,
                            MentionKind::Organisation,
                            institution(format!("org:{}", slug(&base)), base, None),
                        ),
                    },
                }
            }
            What::Person(info) => {
                let person = self.unknown("person", span, EntityKind::Person, info);
                // "Nidaa Tounes" after "son parti Nidaa Tounes": a name the article read as an
                // organisation's or a place's is that one.
                match self.named_before_as(&person.id, &["org:", "place:"]) {
                    Some(slot) => self.add_at(slot, span, mention_kind(self.t.entities[slot].kind)),
                    None => self.add_new(span, MentionKind::Person, person),
                }
            }
            What::Lone { cue, place } => {
                if let Some(slot) = self.earlier_person(span) {
                    if self.names_a_woman_of_his_name(self.t.entities[slot].role.as_deref(), span) {
                        self.add_a_woman_of_his_name(span);
                    } else {
                        self.add_at(slot, span, MentionKind::Person);
                        // "le président Zelensky" … "le président ukrainien Zelensky": the country
                        // a later title gives is the person's, when nothing gave one before.
                        let person = &mut self.t.entities[slot];
                        if let Some(PersonInfo { country: Some(country), .. }) = cue {
                            if person.country.is_none() && !person.in_lexicon {
                                person.country = Some(country);
                            }
                        }
                    }
                } else if let Some(info) = cue {
                    let person = self.unknown("person", span, EntityKind::Person, info);
                    self.add_new(span, MentionKind::Person, person);
                } else if place {
                    let place = self.unknown("place", span, EntityKind::Place, PersonInfo::default());
                    self.add_new(span, MentionKind::Location, place);
                } else {
                    self.t.unread.push(span);
                }
            }
            What::Organisation { country } => {
                let org =
                    self.unknown("org", span, EntityKind::Organisation, PersonInfo { role: None, country });
                self.add_new(span, MentionKind::Organisation, org);
            }
            What::Place => {
                let place = self.unknown("place", span, EntityKind::Place, PersonInfo::default());
                // "confier un mandat à Zoran Zaev": a name the article gave a person is his.
                match self.named_before_as(&place.id, &["person:", "org:"]) {
                    Some(slot) => self.add_at(slot, span, mention_kind(self.t.entities[slot].kind)),
                    None => self.add_new(span, MentionKind::Location, place),
                }
            }
        }
    }

    /// A demonym two countries share ("congolais") is the one's the article names most, the first
    /// named at a tie; when it names neither, the word is no mention.
    fn link_shared_demonyms(&mut self) {
        let lex = self.lex;
        for (demonym, choices) in lex.shared_demonyms() {
            let Some(slot) = self.find(self.lex.entity_id(*demonym)) else { continue };
            let named = |s: &Self, country: usize| {
                let slot = s.find(s.lex.entity_id(country))?;
                let first = s.t.mentions.iter().position(|m| m.slot == slot)?;
                let count = s.t.mentions.iter().filter(|m| m.slot == slot).count();
                Some((count, std::cmp::Reverse(first), slot))
            };
            match choices.iter().filter_map(|&c| named(self, c)).max() {
                Some((_, _, country)) => self.merge_into(slot, country),
                None => self.t.mentions.retain(|m| m.slot != slot),
            }
        }
    }

    /// An institution named without its country before the article names it with one ("(ministère
    /// de la Défense)" in a headline, "le ministère russe de la Défense" below) is that one, when
    /// the article gives it only one country.
    fn link_bare_institutions(&mut self) {
        let pairs: Vec<(usize, usize)> = self
            .t
            .qualified
            .iter()
            .filter_map(|(base, ids)| {
                let [qualified] = ids.as_slice() else { return None };
                let bare = self.find(&format!("org:{}", slug(base)))?;
                Some((bare, self.find(qualified)?))
            })
            .collect();
        for (from, to) in pairs {
            self.merge_into(from, to);
        }
    }

    /// A person first named by surname alone, and later in full ("le colonel Kowalczyk" …
    /// "Zbigniew Kowalczyk", "Van der Bellen" … "Alexander Van der Bellen"), is that person when
    /// the article has only one of that surname.
    fn link_lone_surnames(&mut self) {
        // Only people's names are compared: folded once, with their slots.
        let people: Vec<(usize, String)> = (self.t.entities.iter().enumerate())
            .filter(|(_, e)| e.kind == EntityKind::Person)
            .map(|(slot, e)| (slot, fold_str(&e.name)))
            .collect();
        for (lone, surname) in &people {
            if self.t.entities[*lone].in_lexicon {
                continue;
            }
            let first_word = surname.split(' ').next().unwrap_or_default();
            let class = self.lex.word_class(first_word);
            // The surname ends the full name ("Van der Bellen"), or is inside it ("Mme Saint Malo"
            // of Isabel Saint Malo de Alvarado).
            let mut full = people.iter().filter(|(other, name)| {
                if other == lone || name.len() <= surname.len() + 1 {
                    return false;
                }
                let at = |i: usize| name.as_bytes().get(i).is_none_or(|&b| b == b' ');
                // "Mme Mu" of Mu Sochua: a family name first, no first name of the lists.
                let opens = name.starts_with(surname.as_str()) && at(surname.len());
                let inside = || {
                    name.match_indices(surname.as_str())
                        .any(|(i, _)| i > 0 && at(i - 1) && at(i + surname.len()))
                };
                (opens && !class.has(WordClass::FIRST_NAME)) || inside()
            });
            let (Some(&(to, _)), None) = (full.next(), full.next()) else { continue };
            // "Mme Kishida" is no Fumio Kishida's surname alone.
            let role = self.t.entities[to].role.as_deref();
            if self.t.mentions.iter().any(|m| m.slot == *lone && self.names_a_woman_of_his_name(role, m.span))
            {
                continue;
            }
            self.merge_into(*lone, to);
        }
    }

    /// A name read as a person's by default ("Mossack Fonseca se dit victime", in a headline) that
    /// the article names an organisation by rule too ("le cabinet d'avocats Mossack Fonseca") is
    /// that organisation.
    fn link_names_read_as_organisations(&mut self) {
        for from in 0..self.t.entities.len() {
            let e = &self.t.entities[from];
            if e.kind != EntityKind::Person || e.in_lexicon || e.role.is_some() {
                continue;
            }
            let Some(to) = self.named_before_as(&e.id, &["org:"]) else { continue };
            if self.t.entities[to].in_lexicon {
                continue;
            }
            self.merge_into(from, to);
            self.t.entities[to].role = None;
            for m in self.t.mentions.iter_mut().filter(|m| m.slot == to) {
                m.kind = MentionKind::Organisation;
            }
        }
    }

    /// "la Cour suprême" in a headline, "la Cour suprême du Kenya" below: an organisation's name
    /// found by rule that another's opens, before its complement, is that one when only one does.
    fn link_bare_organisations(&mut self) {
        let orgs: Vec<(usize, String)> = (self.t.entities.iter().enumerate())
            .filter(|(_, e)| e.kind == EntityKind::Organisation && !e.in_lexicon)
            .map(|(slot, e)| (slot, fold_str(&e.name)))
            .collect();
        if orgs.len() < 2 {
            return;
        }
        for (bare, name) in &orgs {
            let mut longer = orgs.iter().filter(|(other, full)| {
                other != bare
                    && full.strip_prefix(name.as_str()).is_some_and(|rest| {
                        rest.starts_with(" de ") || rest.starts_with(" du ") || rest.starts_with(" des ")
                    })
            });
            if let (Some(&(to, _)), None) = (longer.next(), longer.next()) {
                self.merge_into(*bare, to);
            }
        }
    }

    /// Moves the mentions, aliases and role of entity `from` to entity `to` (`from` is then unused).
    fn merge_into(&mut self, from: usize, to: usize) {
        for m in self.t.mentions.iter_mut().filter(|m| m.slot == from) {
            m.slot = to;
        }
        let aliases = std::mem::take(&mut self.t.entities[from].aliases);
        let role = self.t.entities[from].role.take();
        let to = &mut self.t.entities[to];
        for alias in aliases {
            if !to.aliases.contains(&alias) {
                to.aliases.push(alias);
            }
        }
        if to.role.is_none() {
            to.role = role;
        }
    }

    /// "de Belfort" where the article also says "à Belfort": a lone word that names a place or an
    /// organisation of the article (found by rule) is that one.
    fn read_unread(&mut self) {
        let unread = std::mem::take(&mut self.t.unread);
        if unread.is_empty() {
            return;
        }
        let one_word: Map<String, usize> = self
            .t
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.in_lexicon && matches!(e.kind, EntityKind::Place | EntityKind::Organisation))
            .filter(|(_, e)| !e.name.contains(char::is_whitespace))
            .map(|(slot, e)| (fold_str(&e.name), slot))
            .collect();
        // "le Mécanisme" after "le Mécanisme d'enquête conjoint", "le Polisario" after "le Front
        // Polisario": the head word of an organisation's name found by rule, or the name after a
        // one-word head, when no other organisation of the article shares it.
        let mut heads: Map<String, usize> = Map::default();
        let mut shared: Vec<String> = Vec::new();
        for (slot, e) in self.t.entities.iter().enumerate() {
            if e.in_lexicon || e.kind != EntityKind::Organisation {
                continue;
            }
            let words: Vec<&str> = e.name.split_whitespace().collect();
            let (Some(head), true) = (words.first(), words.len() >= 2) else { continue };
            let mut keys = vec![fold_str(head)];
            if let [head, name] = words[..] {
                // Not "Sahel" of "G5 Sahel": the head is a word of organisations' names.
                if name.starts_with(char::is_uppercase) && self.lex.class_of_word(head).has(WordClass::ORG) {
                    keys.push(fold_str(name));
                }
            }
            for key in keys {
                match heads.get(&key).or(one_word.get(&key)) {
                    Some(&other) if other != slot => shared.push(key),
                    _ => {
                        heads.insert(key, slot);
                    }
                }
            }
        }
        for key in shared {
            heads.remove(&key);
        }
        // "les cendres de Fidel" after "Fidel Castro": a first name alone is the one person of the
        // article named with it first, when no other is.
        let mut first_names: Map<String, Option<usize>> = Map::default();
        for (slot, e) in self.t.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person) {
            let mut words = e.name.split_whitespace();
            if let (Some(first), Some(_)) = (words.next(), words.next()) {
                let first = fold_str(first);
                if self.lex.word_class(&first).has(WordClass::FIRST_NAME) {
                    first_names
                        .entry(first)
                        .and_modify(|s| *s = s.filter(|&s| s == slot))
                        .or_insert(Some(slot));
                }
            }
        }
        // The places named, by where they start and end, to read coordinations; and every
        // mention of a place or country, to read appositions.
        let mut places: Vec<Span> = (self.t.mentions.iter())
            .filter(|m| m.kind == MentionKind::Location && self.t.entities[m.slot].kind == EntityKind::Place)
            .map(|m| m.span)
            .collect();
        let mut locations: Vec<(Span, usize)> = (self.t.mentions.iter())
            .filter(|m| m.kind == MentionKind::Location)
            .map(|m| (m.span, m.slot))
            .collect();
        let organisations: Vec<Span> = (self.t.mentions.iter())
            .filter(|m| m.kind == MentionKind::Organisation)
            .map(|m| m.span)
            .collect();
        // Again while a word read so reads another ("les camps de Kutupalong et de Balukhali,
        // près de …").
        let mut unread = unread;
        let mut read = true;
        while read && !unread.is_empty() {
            read = false;
            let mut left = Vec::new();
            for span in std::mem::take(&mut unread) {
                let before = self.t.mentions.len();
                self.read_one_unread(
                    span,
                    &one_word,
                    &heads,
                    &first_names,
                    &mut places,
                    &mut locations,
                    &organisations,
                );
                if self.t.mentions.len() > before {
                    read = true;
                } else {
                    left.push(span);
                }
            }
            unread = left;
        }
    }

    /// [`Article::read_unread`] for one word.
    #[allow(clippy::too_many_arguments)]
    fn read_one_unread(
        &mut self,
        span: Span,
        one_word: &Map<String, usize>,
        heads: &Map<String, usize>,
        first_names: &Map<String, Option<usize>>,
        places: &mut Vec<Span>,
        locations: &mut Vec<(Span, usize)>,
        organisations: &[Span],
    ) {
        let apposed = || self.apposed_place(span, locations).is_some() || self.described_as_a_place(span);
        let key = fold_str(span.slice(self.text));
        // A head alone, not the head of another name ("du Conseil Otan-Russie").
        let alone =
            || !self.text[span.end..].strip_prefix(' ').is_some_and(|s| s.starts_with(char::is_uppercase));
        let named = one_word.get(&key).or_else(|| heads.get(&key).filter(|_| alone()));
        if let Some(&Some(slot)) = first_names.get(&key).filter(|_| named.is_none() && alone()) {
            self.add_at(slot, span, MentionKind::Person);
        } else if let Some(&slot) = named {
            let kind = match self.t.entities[slot].kind {
                EntityKind::Place => MentionKind::Location,
                _ => MentionKind::Organisation,
            };
            self.add_at(slot, span, kind);
        } else if self.coordinated_with_an_organisation(span, organisations) {
            // "chef de l'UDPS et du Rassemblement".
            let org = self.unknown("org", span, EntityKind::Organisation, PersonInfo::default());
            self.add_new(span, MentionKind::Organisation, org);
        } else if self.coordinated_with_a_place(span, places, locations) || apposed() {
            let place = self.unknown("place", span, EntityKind::Place, PersonInfo::default());
            self.add_new(span, MentionKind::Location, place);
            places.push(span);
            if let Some(m) = self.t.mentions.last() {
                locations.push((span, m.slot));
            }
        }
    }

    /// "au stade de Bulawayo, deuxième ville du pays", "Kumbo, chef-lieu du département": a word
    /// a comma and a noun of places describe, maybe after an article and an adjective.
    fn described_as_a_place(&self, span: Span) -> bool {
        let Some(after) = self.text[span.end..].strip_prefix(", ") else { return false };
        let mut words = after.split([' ', '\'', '’']).filter(|w| !w.is_empty());
        let mut word = words.next();
        if word.is_some_and(|w| matches!(w, "la" | "le" | "l" | "une" | "un")) {
            word = words.next();
        }
        let place_noun = |w: &str| {
            let class = self.lex.word_class(&fold_str(w));
            class.has(WordClass::PLACE) && class.has(WordClass::PLACE_OF)
        };
        // An ordinal or an adjective before the noun ("deuxième ville", "petite ville").
        match word {
            Some(w) if place_noun(w) || w == "chef-lieu" => true,
            Some(w) if w.ends_with("ième") || self.lex.looks_adjective(&fold_str(w)) => {
                words.next().is_some_and(place_noun)
            }
            _ => false,
        }
    }

    /// "les enclaves de Sokh et de Chakhimardan", "de Kidal et de Tombouctou": a word coordinated
    /// with a place's name ("et", "ou", or a comma before a repeated preposition) is a place too.
    fn coordinated_with_a_place(&self, span: Span, places: &[Span], locations: &[(Span, usize)]) -> bool {
        const JOINS: [&str; 10] =
            [" et de ", " et d'", " et d’", " et à ", " et en ", " et ", " ou ", ", de ", ", d'", ", à "];
        let (before, after) = (&self.text[..span.start], &self.text[span.end..]);
        let joined = JOINS.iter().any(|join| {
            let next = after.strip_prefix(join).map(|_| span.end + join.len());
            let previous = before.strip_suffix(join).map(str::len);
            places.iter().any(|p| Some(p.start) == next || Some(p.end) == previous)
        });
        // "à Kinshasa, Lubumbashi et Matadi": a word listed after a place, the list going on.
        let listed = || {
            let previous = before.strip_suffix(", ").map(str::len);
            (after.starts_with(" et ") || after.starts_with(", "))
                && places.iter().chain(locations.iter().map(|(p, _)| p)).any(|p| Some(p.end) == previous)
        };
        joined || listed()
    }

    /// "de l'UDPS et du Rassemblement", "le PPRD et le Rassemblement": a word coordinated with an
    /// organisation's name (or its acronym in parentheses), both with an article, is an
    /// organisation too (a person's name takes no article).
    fn coordinated_with_an_organisation(&self, span: Span, organisations: &[Span]) -> bool {
        const JOINS: [&str; 8] =
            [" et du ", " et de la ", " et de l'", " et de l’", " et le ", " et la ", " et l'", " et l’"];
        let before = &self.text[..span.start];
        JOINS.iter().filter_map(|join| before.strip_suffix(join)).any(|previous| {
            let end = previous.strip_suffix(')').unwrap_or(previous).len();
            organisations.iter().any(|o| o.end == end || (o.end == previous.len()))
        })
    }

    /// The slot of the place or country apposed to the mention at `span` ("un hôtel de Baidoa,
    /// dans la région de Bay", "Tindouf, en Algérie"): a comma, a locative and, close after, a
    /// place or country.
    fn apposed_place(&self, span: Span, locations: &[(Span, usize)]) -> Option<usize> {
        const LOCATIVES: [&str; 5] = [", dans ", ", en ", ", au ", ", près d", ", non loin d"];
        const NEAR: usize = 40;
        let after = &self.text[span.end..];
        if !LOCATIVES.iter().any(|l| after.starts_with(l)) {
            return None;
        }
        locations.iter().find_map(|&(p, slot)| {
            let near = p.start > span.end
                && p.start <= span.end + NEAR
                && !self.text[span.end..p.start].contains(['.', ';', '!', '?', '(']);
            near.then_some(slot)
        })
    }

    /// The country the article is about: named (itself, its capital or its demonym) at least
    /// twice as often as any other, or the only one named.
    fn country_the_article_is_about(&self) -> Option<String> {
        let mut counts: Vec<(usize, u32)> = Vec::new();
        for m in &self.t.mentions {
            if self.t.entities[m.slot].kind != EntityKind::Country {
                continue;
            }
            match counts.iter_mut().find(|(slot, _)| *slot == m.slot) {
                Some((_, n)) => *n += 1,
                None => counts.push((m.slot, 1)),
            }
        }
        counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        match counts.as_slice() {
            [(slot, _)] => self.t.entities[*slot].country.clone(),
            [(slot, first), (_, second), ..] if *first >= 2 * *second => {
                self.t.entities[*slot].country.clone()
            }
            // "Niger : quatre soldats américains … tués": the country of the title's rubric, when
            // no other is named more.
            [(slot, first), ..] if Some(*slot) == self.rubric_country() => {
                let tied = counts.iter().filter(|(_, n)| n == first).count();
                (tied == 1).then(|| self.t.entities[*slot].country.clone()).flatten()
            }
            _ => None,
        }
    }

    /// The country a title's rubric names: the text opens on its name, then a colon ("Niger :
    /// …", "Birmanie: …").
    fn rubric_country(&self) -> Option<usize> {
        let first = self.t.mentions.iter().min_by_key(|m| m.span.start)?;
        let opening = self.text.len() - self.text.trim_start().len();
        let after = self.text[first.span.end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        (first.span.start == opening
            && after.starts_with(':')
            && self.t.entities[first.slot].kind == EntityKind::Country)
            .then_some(first.slot)
    }

    /// Places found by rule get a country when the text ties them to a place that has one: a
    /// place or country apposed to them ("Kumanovo, dans le nord de la Macédoine", "Tindouf, en
    /// Algérie"), or one they are listed with ("à Kinshasa, Kikwit et Bandundu"); else the
    /// country the article is about. Being named in the same sentence as a country, or in an
    /// article about several, is no such tie in diplomatic news ("les pourparlers sur le Burundi,
    /// à Arusha"): such places keep no country rather than a wrong one.
    fn place_countries(&mut self) {
        let unplaced = |e: &Entity| e.kind == EntityKind::Place && !e.in_lexicon && e.country.is_none();
        if !self.t.entities.iter().any(unplaced) {
            return;
        }
        let locations: Vec<(Span, usize)> = (self.t.mentions.iter())
            .filter(|m| m.kind == MentionKind::Location)
            .map(|m| (m.span, m.slot))
            .collect();
        // In text order, so that a list takes the country of its first, known, place; again while
        // a place placed so places another ("près de Tongo Tongo, dans la région de Tillabéri, dans
        // le sud-ouest du Niger").
        let mut placed = true;
        while placed {
            placed = false;
            for &(span, slot) in &locations {
                if !unplaced(&self.t.entities[slot]) {
                    continue;
                }
                let tied = (self.apposed_place(span, &locations))
                    .or_else(|| self.listed_with(span, &locations))
                    .or_else(|| self.listed_before(span, &locations));
                if let Some(iso) = tied.and_then(|other| self.t.entities[other].country.clone()) {
                    self.t.entities[slot].country = Some(iso);
                    placed = true;
                }
            }
        }
        if let Some(main) = self.country_the_article_is_about() {
            for e in self.t.entities.iter_mut().filter(|e| unplaced(e)) {
                e.country = Some(main.clone());
            }
        }
    }

    /// The place or country the mention at `span` is listed right after ("Kinshasa, Kikwit",
    /// "Kikwit et Bandundu").
    fn listed_with(&self, span: Span, locations: &[(Span, usize)]) -> Option<usize> {
        const JOINS: [&str; 5] = [", ", " et ", " et de ", " et d'", " et à "];
        let before = &self.text[..span.start];
        let previous = JOINS.iter().find_map(|join| before.strip_suffix(join).map(str::len))?;
        locations.iter().find(|(p, _)| p.end == previous).map(|&(_, slot)| slot)
    }

    /// The place the mention at `span` is coordinated with right after ("de Kutupalong et de
    /// Balukhali").
    fn listed_before(&self, span: Span, locations: &[(Span, usize)]) -> Option<usize> {
        // The longer joins first: " et " also opens " et de ".
        const JOINS: [&str; 5] = [" et de ", " et d'", " et d’", " et à ", " et "];
        let after = &self.text[span.end..];
        let next = JOINS.iter().find_map(|join| after.strip_prefix(join).map(|_| span.end + join.len()))?;
        locations.iter().find(|(p, _)| p.start == next).map(|&(_, slot)| slot)
    }

    /// The article's mentions and entities, and the tables for the next article.
    fn finish(mut self) -> (Found, Tables) {
        self.read_unread();
        self.link_shared_demonyms();
        self.place_countries();
        self.link_bare_institutions();
        self.link_lone_surnames();
        self.link_names_read_as_organisations();
        self.link_bare_organisations();
        let t = &mut self.t;
        // Mentions are added in text order but for the few the links above add.
        let order = |m: &Placed| (m.span.start, std::cmp::Reverse(m.span.end));
        if !t.mentions.is_sorted_by_key(order) {
            t.mentions.sort_by_key(order);
        }
        let mut end = 0;
        t.mentions.retain(|m| {
            let keep = m.span.start >= end;
            if keep {
                end = m.span.end;
            }
            keep
        });
        let mentions = t
            .mentions
            .iter()
            .map(|m| Mention { span: m.span, kind: m.kind, entity: t.entities[m.slot].id.clone() })
            .collect();
        let mut used = vec![false; t.entities.len()];
        for m in &t.mentions {
            used[m.slot] = true;
        }
        // Ids are unique in an article. Sorted by their first sixteen bytes as a number (which
        // orders as the bytes do), by the whole ids only when those are equal; the entities are
        // moved once, into their place (an empty entity left in the table, cleared with it).
        let mut by_id: Vec<(u128, usize)> = (0..t.entities.len())
            .filter(|&slot| used[slot])
            .map(|slot| (id_prefix(&t.entities[slot].id), slot))
            .collect();
        by_id
            .sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| t.entities[a.1].id.cmp(&t.entities[b.1].id)));
        let entities = by_id
            .iter()
            .map(|&(_, slot)| {
                let mut e = std::mem::replace(&mut t.entities[slot], moved_out());
                e.aliases.sort_unstable();
                e
            })
            .collect();
        (Found { mentions, entities }, self.t)
    }
}

/// The kind of a mention of an entity of `kind`.
fn mention_kind(kind: EntityKind) -> MentionKind {
    match kind {
        EntityKind::Person => MentionKind::Person,
        EntityKind::Organisation => MentionKind::Organisation,
        _ => MentionKind::Location,
    }
}

/// The first sixteen bytes of an id as a big-endian number, zeros after its end.
fn id_prefix(id: &str) -> u128 {
    let mut prefix = [0u8; 16];
    let len = id.len().min(16);
    prefix[..len].copy_from_slice(&id.as_bytes()[..len]);
    u128::from_be_bytes(prefix)
}

/// What an entity's slot holds once the entity is moved out: nothing on the heap.
fn moved_out() -> Entity {
    Entity {
        id: String::new(),
        name: String::new(),
        kind: EntityKind::Place,
        country: None,
        role: None,
        in_lexicon: false,
        aliases: Vec::new(),
    }
}

fn institution(id: String, name: String, country: Option<String>) -> Entity {
    Entity {
        id,
        name,
        kind: EntityKind::Organisation,
        country,
        role: None,
        in_lexicon: false,
        aliases: Vec::new(),
    }
}

#[cfg(test)]
mod tests;
