//! Lexicons of countries (ISO codes, demonyms, capitals, institutions), people, organisations and
//! places, plus the word lists the rules for unknown names use, read from `data/lexicon/`.
//!
//! Every surface form is folded (see [`fold`]) and compiled into one trie, walked from word starts
//! for the longest form (see [`forms`]); each folded pattern keeps the readings it can have ("suisse" is the
//! country when capitalised, the demonym otherwise).

mod files;
pub mod fold;
mod forms;

use super::resources::DataSource;
use crate::corpus::{Entity, EntityKind, MentionKind};
use anyhow::{ensure, Context, Result};
use fold::{fold_pattern, fold_str};
use forms::{FirstRun, FirstRuns, Forms, Mode, Slot, State};
use std::collections::{HashMap, HashSet};

/// A set of folded words, hashed fast.
type FoldSet = HashSet<String, foldhash::fast::FixedState>;

/// What a match of a lexicon form stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A mention of `entity` (an index into [`Lexicon::entity`]).
    Entity { entity: usize, kind: MentionKind },
    /// A person named by surname alone: the article's own person of that surname if there is one.
    Surname { entity: usize },
    /// A title before a person's name.
    Title(TitleKind),
    /// The head of an institution name built by rule (index into the heads).
    OrgHead(usize),
    /// A phrase that is no entity; it hides the shorter forms inside it.
    Block,
}

impl Target {
    /// Whether the hit names a person: a person's form, or a surname alone.
    pub fn names_a_person(self) -> bool {
        matches!(self, Target::Surname { .. } | Target::Entity { kind: MentionKind::Person, .. })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// "M.", "Mme": the name follows at once.
    Honorific,
    /// "le porte-parole du Pentagone, X": the name may follow a complement.
    Role,
    /// "l'ONG X", "le groupe jihadiste X": the name is an organisation's.
    Organisation,
}

/// What the text's letter case must be for a form to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CaseRule {
    /// An acronym ("EI", "USA"): every letter uppercase in the text too.
    Upper,
    /// A proper name ("Russie"): the first letter uppercase.
    Capital,
    /// A name opening on an article ("Le Monde", "La Haye"): the first letter uppercase, and the
    /// first after the article too ("Le monde entier" is no newspaper).
    CapitalAfterArticle,
    /// A lowercase form ("russe", "département d'État"): any case.
    Any,
}

/// What the rules know of a word, from `first_names.tsv` and `name_words.tsv` (see its header),
/// as flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass(u16);

impl WordClass {
    pub const FIRST_NAME: WordClass = WordClass(1);
    pub const STOP: WordClass = WordClass(1 << 1);
    pub const PARTICLE: WordClass = WordClass(1 << 2);
    pub const ORG: WordClass = WordClass(1 << 3);
    pub const PLACE: WordClass = WordClass(1 << 4);
    pub const PLACE_PREPOSITION: WordClass = WordClass(1 << 5);
    pub const BREAK: WordClass = WordClass(1 << 6);
    pub const ARTICLE: WordClass = WordClass(1 << 7);
    pub const COMMON: WordClass = WordClass(1 << 8);
    pub const CONNECTOR: WordClass = WordClass(1 << 9);
    pub const PLACE_OF: WordClass = WordClass(1 << 10);
    pub const PATRONYM: WordClass = WordClass(1 << 11);
    pub const INSTITUTION: WordClass = WordClass(1 << 12);
    pub const MASCULINE: WordClass = WordClass(1 << 13);
    pub const KIN: WordClass = WordClass(1 << 14);
    pub const LINK: WordClass = WordClass(1 << 15);

    /// Whether the word has any of the classes in `classes`.
    pub fn has(self, classes: WordClass) -> bool {
        self.0 & classes.0 != 0
    }
}

impl std::ops::BitOr for WordClass {
    type Output = WordClass;
    fn bitor(self, other: WordClass) -> WordClass {
        WordClass(self.0 | other.0)
    }
}

impl std::ops::BitOrAssign for WordClass {
    fn bitor_assign(&mut self, other: WordClass) {
        self.0 |= other.0;
    }
}

/// One reading of a folded pattern.
#[derive(Debug, Clone, Copy)]
pub struct Reading {
    pub target: Target,
    pub case: CaseRule,
    /// Folded bytes of leading context ("la " in "[la ]coalition") that are not part of the mention.
    pub skip: usize,
    /// A combining form ("russo"): only before a hyphen.
    pub before_hyphen: bool,
}

/// An institution head ("ministère") and what may follow it.
#[derive(Debug, Clone)]
pub struct OrgHead {
    pub canonical: String,
    pub needs: HeadNeeds,
    /// (folded with word marks, as written) complements, longest first.
    pub complements: Vec<(Vec<u8>, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadNeeds {
    Complement,
    Demonym,
    Nothing,
}

struct Country {
    iso3: String,
    name: String,
    article: Option<String>,
}

/// All lexicons, loaded once and shared read-only.
pub struct Lexicon {
    /// Every lexicon entity, with no aliases.
    entities: Vec<Entity>,
    countries: Vec<Country>,
    /// ISO code → index in `entities`.
    country_entity: HashMap<String, usize>,
    /// Entity id → index in `entities` of the first entity with that id.
    by_id: HashMap<String, usize, foldhash::fast::FixedState>,
    /// The entities as articles copy them (see [`EntityCopies`]).
    copies: EntityCopies,
    /// The readings of all automaton patterns, pattern after pattern.
    readings: Vec<Reading>,
    /// Where the readings of each pattern start in `readings`, and where the last one's end.
    reading_starts: Vec<u32>,
    patterns: Vec<Vec<u8>>,
    /// The patterns, matched from a given start (see [`Lexicon::longest_form_at`]).
    forms: Forms,
    /// The patterns' first runs of ASCII letters and digits (see [`Lexicon::walk_after_run`]).
    first_runs: FirstRuns,
    heads: Vec<OrgHead>,
    /// Folded word → what the rules know of it (first names, stop words, particles…).
    words: HashMap<String, WordClass, foldhash::fast::FixedState>,
    /// The same for the words of up to eight ASCII bytes, looked up without hashing a string.
    short_words: ShortWords,
    /// Folded endings of adjectives ("ale", "ien").
    adjective_endings: Vec<String>,
    /// Endings of Russian patronymics, a middle name ("Vladimirovitch", "Sergueïevna").
    patronymic_endings: Vec<String>,
    /// The folded demonyms of the countries ("argentine", "suisse", "turcs").
    demonyms: FoldSet,
    /// Demonyms two countries share ("congolais"): the entity standing for the word, and the
    /// countries' entities.
    shared_demonyms: Vec<(usize, Vec<usize>)>,
    /// The folded cues of schools ("universite", "ecole"): a place after one and "de" names the
    /// school ("l'université de Téhéran").
    school_cues: FoldSet,
    /// The folded cues of trades ("chimiste", "armateur"): a first name and a surname after one
    /// name a person of that trade.
    trade_cues: FoldSet,
}

/// An empty lexicon (the stub's API kept): no forms, no word lists; only the rules for capitalised
/// names run.
impl Default for Lexicon {
    fn default() -> Self {
        Lexicon {
            entities: Vec::new(),
            countries: Vec::new(),
            country_entity: HashMap::new(),
            by_id: HashMap::default(),
            copies: EntityCopies::default(),
            readings: Vec::new(),
            reading_starts: vec![0],
            patterns: Vec::new(),
            forms: Forms::new(&[], |_| 0).expect("an empty automaton builds"),
            first_runs: FirstRuns::new(&[], &Forms::new(&[], |_| 0).expect("an empty automaton builds"))
                .expect("no runs fit"),
            heads: Vec::new(),
            words: HashMap::default(),
            short_words: ShortWords::new(&HashMap::default()),
            adjective_endings: Vec::new(),
            patronymic_endings: Vec::new(),
            demonyms: Default::default(),
            shared_demonyms: Vec::new(),
            school_cues: Default::default(),
            trade_cues: Default::default(),
        }
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("entities", &self.entities.len())
            .field("patterns", &self.patterns.len())
            .finish()
    }
}

/// Builds the pattern table while the files are read.
#[derive(Default)]
struct PatternTable {
    index: HashMap<Vec<u8>, usize>,
    patterns: Vec<Vec<u8>>,
    readings: Vec<Vec<Reading>>,
}

impl PatternTable {
    /// Adds `form` (with optional "[context]" prefix) as a reading for `target`.
    fn add(&mut self, form: &str, target: Target, before_hyphen: bool) {
        let form = form.trim();
        if form.is_empty() {
            return;
        }
        let (context, name) = split_context(form);
        let folded = fold_pattern(&format!("{context}{name}"));
        let folded_context = fold_pattern(context);
        // Only whole words can match: a form must start with a letter or digit. (One that ends
        // with a mark, a combining accent after a space, could never be read as a whole word.)
        if folded.first() != Some(&fold::WORD_START)
            || folded.last() == Some(&fold::WORD_START)
            || !folded.starts_with(&folded_context)
        {
            return;
        }
        let reading = Reading { target, case: case_rule(name), skip: folded_context.len(), before_hyphen };
        let id = *self.index.entry(folded.clone()).or_insert_with(|| {
            self.patterns.push(folded);
            self.readings.push(Vec::new());
            self.readings.len() - 1
        });
        let readings = &mut self.readings[id];
        if !readings.iter().any(|r| r.target == target && r.case == reading.case && r.skip == reading.skip) {
            readings.push(reading);
            // The most demanding case rule is tried first: "Suisse" the country before "suisse".
            readings.sort_by_key(|r| r.case);
        }
    }
}

/// "[la ]coalition" → ("la ", "coalition").
fn split_context(form: &str) -> (&str, &str) {
    if let Some(rest) = form.strip_prefix('[') {
        if let Some(end) = rest.find(']') {
            return (&rest[..end], &rest[end + 1..]);
        }
    }
    ("", form)
}

/// A form without its "[context]".
pub fn display_form(form: &str) -> &str {
    split_context(form.trim()).1
}

fn case_rule(name: &str) -> CaseRule {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 2 && name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
        CaseRule::Upper
    } else if name.chars().next().is_some_and(char::is_uppercase) {
        let after_article = ["Le ", "La ", "Les "].iter().find_map(|a| name.strip_prefix(a));
        match after_article {
            Some(rest) if rest.starts_with(char::is_uppercase) => CaseRule::CapitalAfterArticle,
            _ => CaseRule::Capital,
        }
    } else {
        CaseRule::Any
    }
}

/// The ASCII slug of a name: "Sergueï Lavrov" → "serguei-lavrov".
pub fn slug(name: &str) -> String {
    let mut out = fold_str(name).into_bytes();
    // In place: every byte that is no ASCII letter or digit (a byte of a non-ASCII char too)
    // separates, and a run of separators becomes one hyphen.
    let mut len = 0;
    for i in 0..out.len() {
        let b = out[i];
        if b.is_ascii_alphanumeric() {
            out[len] = b;
            len += 1;
        } else if len > 0 && out[len - 1] != b'-' {
            out[len] = b'-';
            len += 1;
        }
    }
    while len > 0 && out[len - 1] == b'-' {
        len -= 1;
    }
    out.truncate(len);
    String::from_utf8(out).unwrap_or_default()
}

/// The forms of a demonym spec: "turc/turque" → turc, turque, turcs, turques.
fn demonym_forms(spec: &str) -> Vec<String> {
    let mut forms = Vec::new();
    for form in spec.split('/').map(str::trim).filter(|f| !f.is_empty()) {
        forms.push(form.to_string());
        if !form.ends_with(['s', 'x', 'z']) {
            forms.push(format!("{form}s"));
        }
    }
    forms
}

fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

impl Lexicon {
    pub fn load(source: &DataSource) -> Result<Self> {
        let mut table = PatternTable::default();
        let mut entities: Vec<Entity> = Vec::new();
        let mut countries = Vec::new();
        let mut demonyms = FoldSet::default();
        let mut country_entity = HashMap::new();

        let (text, name) = source.read(&crate::data_file!("lexicon/countries.tsv"))?;
        for (line, row) in files::rows::<files::CountryRow>(&text, &name)? {
            let iso3 = row.iso3.trim().to_string();
            if iso3.len() != 3 || !iso3.bytes().all(|b| b.is_ascii_uppercase()) {
                anyhow::bail!("{name}: line {line}: ISO code {iso3:?} is not 3 uppercase letters");
            }
            if country_entity.contains_key(&iso3) {
                anyhow::bail!("{name}: line {line}: ISO code {iso3} appears twice");
            }
            let display = display_form(&row.name).to_string();
            let idx = entities.len();
            entities.push(new_entity(
                format!("country:{iso3}"),
                &display,
                EntityKind::Country,
                Some(&iso3),
                None,
            ));
            country_entity.insert(iso3.clone(), idx);
            let article = match row.article.trim() {
                "" | "-" => None,
                a => Some(a.to_string()),
            };
            countries.push(Country { iso3, name: display, article });
            let loc = Target::Entity { entity: idx, kind: MentionKind::Location };
            table.add(&row.name, loc, false);
            for form in list(&row.variants).chain(list(&row.capitals)) {
                table.add(form, loc, false);
            }
            let dem = Target::Entity { entity: idx, kind: MentionKind::Demonym };
            for spec in list(&row.demonyms) {
                for form in demonym_forms(spec) {
                    demonyms.insert(fold_str(&form));
                    table.add(&form, dem, false);
                }
            }
            for form in list(&row.combining) {
                table.add(form, dem, true);
            }
        }

        let country_of = |iso: &str, name: &str, line: usize| -> Result<Option<usize>> {
            let iso = iso.trim();
            if iso.is_empty() {
                return Ok(None);
            }
            country_entity
                .get(iso)
                .copied()
                .map(Some)
                .with_context(|| format!("{name}: line {line}: unknown country code {iso:?}"))
        };

        // A shared demonym is an entity of its own, "demonym:congolais", which the article links
        // to one of the countries it names (see `Lexicon::shared_demonyms`).
        let mut shared_demonyms = Vec::new();
        let (text, name) = source.read(&crate::data_file!("lexicon/shared_demonyms.tsv"))?;
        for (line, row) in files::rows::<files::SharedDemonymRow>(&text, &name)? {
            let choices = list(&row.countries)
                .map(|iso| {
                    country_of(iso, &name, line)?.with_context(|| format!("{name}: line {line}: no country"))
                })
                .collect::<Result<Vec<usize>>>()?;
            let specs: Vec<&str> = list(&row.demonyms).collect();
            let Some(first) = specs.first().and_then(|s| s.split('/').next()).map(str::trim) else {
                anyhow::bail!("{name}: line {line}: no demonym");
            };
            ensure!(choices.len() >= 2, "{name}: line {line}: a shared demonym needs two countries or more");
            let idx = entities.len();
            entities.push(new_entity(
                format!("demonym:{}", slug(first)),
                first,
                EntityKind::Country,
                None,
                None,
            ));
            let dem = Target::Entity { entity: idx, kind: MentionKind::Demonym };
            for form in specs.iter().flat_map(|spec| demonym_forms(spec)) {
                demonyms.insert(fold_str(&form));
                table.add(&form, dem, false);
            }
            shared_demonyms.push((idx, choices));
        }

        let (text, name) = source.read(&crate::data_file!("lexicon/institutions.tsv"))?;
        for (line, row) in files::rows::<files::InstitutionRow>(&text, &name)? {
            let entity = country_of(&row.country, &name, line)?
                .with_context(|| format!("{name}: line {line}: an institution needs a country"))?;
            let kind = match row.kind.trim() {
                "ORG" => MentionKind::Organisation,
                "LOC" => MentionKind::Location,
                other => anyhow::bail!("{name}: line {line}: kind {other:?} is neither ORG nor LOC"),
            };
            for form in list(&row.forms) {
                table.add(form, Target::Entity { entity, kind }, false);
            }
        }

        for (file, kind, prefix, mention) in [
            (
                crate::data_file!("lexicon/organisations.tsv"),
                EntityKind::Organisation,
                "org",
                MentionKind::Organisation,
            ),
            (crate::data_file!("lexicon/places.tsv"), EntityKind::Place, "place", MentionKind::Location),
        ] {
            let (text, name) = source.read(&file)?;
            for (line, row) in files::rows::<files::NamedRow>(&text, &name)? {
                let country = country_of(&row.country, &name, line)?.map(|c| countries[c].iso3.clone());
                let display = display_form(&row.name).to_string();
                let idx = entities.len();
                entities.push(new_entity(
                    format!("{prefix}:{}", slug(&display)),
                    &display,
                    kind,
                    country.as_deref(),
                    None,
                ));
                let target = Target::Entity { entity: idx, kind: mention };
                for form in std::iter::once(row.name.as_str()).chain(list(&row.forms)) {
                    table.add(form, target, false);
                }
            }
        }

        let (text, name) = source.read(&crate::data_file!("lexicon/people.tsv"))?;
        for (line, row) in files::rows::<files::PersonRow>(&text, &name)? {
            let country = country_of(&row.country, &name, line)?.map(|c| countries[c].iso3.clone());
            let display = row.name.trim().to_string();
            let role = Some(row.role.trim()).filter(|r| !r.is_empty());
            let idx = entities.len();
            entities.push(new_entity(
                format!("person:{}", slug(&display)),
                &display,
                EntityKind::Person,
                country.as_deref(),
                role,
            ));
            let full = Target::Entity { entity: idx, kind: MentionKind::Person };
            for form in std::iter::once(display.as_str()).chain(list(&row.forms)) {
                table.add(form, full, false);
            }
            for form in list(&row.surnames) {
                table.add(form, Target::Surname { entity: idx }, false);
            }
        }

        let (mut school_cues, mut trade_cues) = (FoldSet::default(), FoldSet::default());
        let (text, name) = source.read(&crate::data_file!("lexicon/titles.tsv"))?;
        for (line, row) in files::rows::<files::TitleRow>(&text, &name)? {
            let kind = match row.kind.trim() {
                "honorific" => TitleKind::Honorific,
                "role" => TitleKind::Role,
                "organisation" => TitleKind::Organisation,
                "school" => {
                    school_cues.insert(fold_str(&row.form));
                    TitleKind::Organisation
                }
                "trade" => {
                    trade_cues.insert(fold_str(&row.form));
                    TitleKind::Organisation
                }
                other => {
                    anyhow::bail!(
                        "{name}: line {line}: title type {other:?} is not honorific, role, organisation, school or trade"
                    )
                }
            };
            table.add(&row.form, Target::Title(kind), false);
        }

        let mut heads = Vec::new();
        let (text, name) = source.read(&crate::data_file!("lexicon/org_heads.tsv"))?;
        for (line, row) in files::rows::<files::HeadRow>(&text, &name)? {
            let needs = match row.needs.trim() {
                "complement" => HeadNeeds::Complement,
                "demonym" => HeadNeeds::Demonym,
                "none" => HeadNeeds::Nothing,
                other => {
                    anyhow::bail!("{name}: line {line}: needs {other:?} is not complement, demonym or none")
                }
            };
            let mut complements: Vec<(Vec<u8>, String)> =
                list(&row.complements).map(|c| (fold_pattern(c), c.to_string())).collect();
            complements.sort_by_key(|(folded, _)| std::cmp::Reverse(folded.len()));
            table.add(&row.head.to_lowercase(), Target::OrgHead(heads.len()), false);
            heads.push(OrgHead { canonical: row.canonical.trim().to_string(), needs, complements });
        }

        let (text, name) = source.read(&crate::data_file!("lexicon/not_entities.tsv"))?;
        for (_, row) in files::rows::<files::FormRow>(&text, &name)? {
            table.add(&row.form.to_lowercase(), Target::Block, false);
        }

        // Looked up for every capitalised word: hashed fast.
        let mut words: HashMap<String, WordClass, foldhash::fast::FixedState> = HashMap::default();
        let (text, name) = source.read(&crate::data_file!("lexicon/first_names.tsv"))?;
        for (_, row) in files::rows::<files::NameRow>(&text, &name)? {
            *words.entry(fold_str(row.name.trim())).or_default() |= WordClass::FIRST_NAME;
        }
        let mut adjective_endings = Vec::new();
        let mut patronymic_endings = Vec::new();
        let (text, name) = source.read(&crate::data_file!("lexicon/name_words.tsv"))?;
        for (line, row) in files::rows::<files::WordRow>(&text, &name)? {
            let word = fold_str(row.word.trim());
            let class = match row.class.trim() {
                "stop" => WordClass::STOP,
                "institution" => WordClass::STOP | WordClass::INSTITUTION,
                "particle" => WordClass::PARTICLE,
                "org" => WordClass::ORG,
                "place" => WordClass::PLACE,
                "locprep" => WordClass::PLACE_PREPOSITION,
                "placeof" => WordClass::PLACE_OF,
                "break" => WordClass::BREAK,
                "article" => WordClass::ARTICLE,
                "common" => WordClass::COMMON,
                "connector" => WordClass::CONNECTOR,
                "patronym" => WordClass::PATRONYM,
                "masculine" => WordClass::MASCULINE,
                "kin" => WordClass::KIN,
                "link" => WordClass::LINK,
                "ending" => {
                    adjective_endings.push(word);
                    continue;
                }
                "patronymic_ending" => {
                    patronymic_endings.push(word);
                    continue;
                }
                other => anyhow::bail!("{name}: line {line}: unknown word class {other:?}"),
            };
            *words.entry(word).or_default() |= class;
        }

        // A match gives its pattern's readings: where they start, and how many.
        let readings: Vec<Reading> = table.readings.concat();
        let reading_starts: Vec<u32> = std::iter::once(0)
            .chain(table.readings.iter().scan(0, |end, r| {
                *end += r.len();
                Some(u32::try_from(*end).unwrap_or(u32::MAX))
            }))
            .collect();
        ensure!(readings.len() < 1 << 24, "too many lexicon readings");
        ensure!(table.readings.iter().all(|r| r.len() < 1 << 8), "too many readings of a lexicon form");
        let forms = Forms::new(&table.patterns, |p| {
            reading_starts[p] << 8 | (reading_starts[p + 1] - reading_starts[p])
        })?;
        let first_runs = FirstRuns::new(&table.patterns, &forms)?;
        let short_words = ShortWords::new(&words);
        let mut by_id: HashMap<String, usize, foldhash::fast::FixedState> = HashMap::default();
        let first_with_id: Vec<usize> =
            entities.iter().enumerate().map(|(i, e)| *by_id.entry(e.id.clone()).or_insert(i)).collect();
        let copies = EntityCopies::new(&entities, &first_with_id)?;
        Ok(Lexicon {
            entities,
            countries,
            country_entity,
            by_id,
            copies,
            readings,
            reading_starts,
            patterns: table.patterns,
            forms,
            first_runs,
            heads,
            words,
            short_words,
            adjective_endings,
            patronymic_endings,
            demonyms,
            shared_demonyms,
            school_cues,
            trade_cues,
        })
    }

    /// The French name of a country by ISO 3166-1 alpha-3 code: "RUS" → "Russie".
    pub fn country_name(&self, iso3: &str) -> Option<&str> {
        self.country_entity.get(iso3).map(|&i| self.entities[i].name.as_str())
    }

    /// The name with its article, as it reads in a sentence: "la Russie", "l'Iran", "Israël".
    pub fn country_name_with_article(&self, iso3: &str) -> Option<String> {
        let country = self.countries.iter().find(|c| c.iso3 == iso3)?;
        Some(match country.article.as_deref() {
            None => country.name.clone(),
            Some("l'") => format!("l'{}", country.name),
            Some(a) => format!("{a} {}", country.name),
        })
    }

    /// Every ISO code, in file order.
    pub fn country_codes(&self) -> impl Iterator<Item = &str> {
        self.countries.iter().map(|c| c.iso3.as_str())
    }

    /// The demonyms two countries share: the entity standing for each word, and the countries'
    /// entities it may be.
    pub fn shared_demonyms(&self) -> &[(usize, Vec<usize>)] {
        &self.shared_demonyms
    }

    /// A lexicon entity (with no aliases yet).
    pub fn entity(&self, idx: usize) -> &Entity {
        &self.entities[idx]
    }

    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The first lexicon entity with id `id`.
    pub fn entity_by_id(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The first lexicon entity with the id of entity `idx` (`idx` itself unless the id repeats).
    pub fn first_with_id(&self, idx: usize) -> usize {
        self.copies.records[idx].first_with_id as usize
    }

    /// The id of lexicon entity `idx`.
    pub fn entity_id(&self, idx: usize) -> &str {
        let record = &self.copies.records[idx];
        let start = record.start as usize;
        &self.copies.text[start..start + usize::from(record.lens[0])]
    }

    /// Lexicon entity `idx` as an article's entity starts: [`Lexicon::entity`], copied from its
    /// strings side by side, with room for the aliases its mentions add (the first comes with
    /// the mention that makes the copy).
    pub fn entity_copy(&self, idx: usize) -> Entity {
        let record = &self.copies.records[idx];
        let [id, name, country, role] = record.lens;
        let rest = &self.copies.text[record.start as usize..];
        let (id, rest) = rest.split_at(usize::from(id));
        let (name, rest) = rest.split_at(usize::from(name));
        let (country, rest) = optional_at(rest, country);
        let (role, _) = optional_at(rest, role);
        Entity {
            id: id.to_string(),
            name: name.to_string(),
            kind: record.kind,
            country: country.map(str::to_string),
            role: role.map(str::to_string),
            in_lexicon: record.in_lexicon,
            // As much room as the first push would make.
            aliases: Vec::with_capacity(4),
        }
    }

    /// The longest pattern matching the fold of `text[start..end]` (see [`fold::fold_each`]) from
    /// its start, a word start or a mark of the text itself: the pattern's index, and where the
    /// match ends in the text (where the char of the next folded byte starts, or `end`).
    #[inline]
    pub fn longest_form_at(
        &self,
        text: &str,
        start: usize,
        end: usize,
        buf: &mut Vec<u8>,
    ) -> Option<(usize, usize)> {
        self.longest_form_from(text, self.walk_from(start), end, buf)
    }

    /// The walk of [`Lexicon::longest_form_at`] from `start`.
    pub fn walk_from(&self, start: usize) -> WalkFrom {
        WalkFrom { start, at: start, state: self.forms.start }
    }

    /// For a word start whose run of word chars `text[start..run_end]` is all ASCII, followed by
    /// an ASCII char, '’', a no-break space or none: None when no form that takes in the whole
    /// run starts there (the walk may find only one that ends inside the run); else where the
    /// walk may go on, often past the run already read.
    /// `text` ends where the walk must stop (the sentence's end): when the one or two ASCII chars
    /// after the run already end every form, there is no walk either; when they are a mark and
    /// the first letter of the next word, the walk goes on after them.
    #[inline]
    pub fn walk_after_run(&self, text: &[u8], start: usize, run_end: usize) -> Option<WalkFrom> {
        self.walk_after_read_run(text, start, run_end, forms::load8(text, start))
    }

    /// [`Lexicon::walk_after_run`], given the run's first eight bytes as a little-endian number,
    /// zeros past the end of `text`, which the caller has read already.
    #[inline]
    pub fn walk_after_read_run(
        &self,
        text: &[u8],
        start: usize,
        run_end: usize,
        first_eight: u64,
    ) -> Option<WalkFrom> {
        match self.first_runs.look_up(text, start, run_end, first_eight) {
            FirstRun::None => None,
            FirstRun::Walk => Some(self.walk_from(start)),
            FirstRun::After(state, slot) => self.walk_on(text, WalkFrom { start, at: run_end, state }, slot),
        }
    }

    /// The walk `from`, in a state (whose slot is `slot`) that ends no form just past a run of word chars, stepped over
    /// the next two chars when they are ASCII (the char after the run is no word char: "de" in
    /// "de la"): None when they end it, the walk after them when the second is a letter or digit
    /// (see [`Lexicon::longest_form_from`]).
    #[inline(always)]
    fn walk_on(&self, text: &[u8], from: WalkFrom, slot: Slot) -> Option<WalkFrom> {
        let forms = &self.forms;
        if Forms::slot_is_special(slot) {
            return Some(from);
        }
        let next = match text.get(from.at) {
            None => return None,
            Some(&b) if b.is_ascii() => forms.step_ascii_from_slot(slot, forms::IN_WORD, b),
            Some(_) => return Some(from),
        };
        if forms.is_special(next) {
            return (next != forms::DEAD).then_some(from);
        }
        match text.get(from.at + 1) {
            None => None,
            Some(&c) if c.is_ascii() => match forms.step_ascii(next, forms::AFTER_GAP, c) {
                forms::DEAD => None,
                // Past a word char, the walk is in a word, as it is past a run.
                state if fold::is_ascii_word_byte(c) => {
                    Some(WalkFrom { start: from.start, at: from.at + 2, state })
                }
                _ => Some(from),
            },
            Some(_) => Some(from),
        }
    }

    /// [`Lexicon::longest_form_at`] from where `from` says, up to `end`, except that a form that
    /// ends inside a run `from` has already read is not seen.
    /// The fold is inlined here, for the ASCII bytes that most walks read only.
    pub fn longest_form_from(
        &self,
        text: &str,
        from: WalkFrom,
        end: usize,
        buf: &mut Vec<u8>,
    ) -> Option<(usize, usize)> {
        let (readings, form_end) = self.longest_match_from(text, from, end, buf)?;
        let pattern = self.reading_starts.partition_point(|&start| start <= readings >> 8) - 1;
        Some((pattern, form_end))
    }

    /// [`Lexicon::longest_form_from`], giving the readings of the pattern found (one look-up
    /// fewer than its index does).
    #[inline]
    pub fn longest_form_readings_from(
        &self,
        text: &str,
        from: WalkFrom,
        end: usize,
        buf: &mut Vec<u8>,
    ) -> Option<(&[Reading], usize)> {
        let (readings, form_end) = self.longest_match_from(text, from, end, buf)?;
        let start = (readings >> 8) as usize;
        Some((&self.readings[start..start + (readings & 0xff) as usize], form_end))
    }

    /// The walk of [`Lexicon::longest_form_from`]: where the readings of the pattern found start
    /// (times 256) and how many they are, and where it ends.
    #[inline(always)]
    fn longest_match_from(
        &self,
        text: &str,
        from: WalkFrom,
        end: usize,
        buf: &mut Vec<u8>,
    ) -> Option<(u32, usize)> {
        let forms = &self.forms;
        let bytes = &text.as_bytes()[..end];
        // The state, with its slot: each step reads the next state's slot, and the step after it
        // and the test for a match use it.
        let mut state = from.state;
        let mut slot = forms.slot(state);
        // The state that ended the longest pattern so far (dead for none), and where.
        let (mut longest, mut longest_end) = (forms::DEAD, 0);
        if from.at > from.start && Forms::slot_is_special(slot) {
            (longest, longest_end) = (state, from.at);
        }
        // Past a run, the walk is in a word.
        let mut mode = if from.at > from.start { forms::IN_WORD } else { forms::AFTER_GAP };
        let mut i = from.at;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                (state, slot) = forms.step_from(slot, forms.ascii_column(mode, b));
                mode = Mode::from(fold::is_ascii_word_byte(b));
                i += 1;
                if Forms::slot_is_special(slot) {
                    if slot == forms::DEAD_SLOT {
                        break;
                    }
                    (longest, longest_end) = (state, i);
                }
            } else if b == 0xC3 {
                // An accented Latin letter: its folded bytes' columns from a table. A match after
                // its first folded byte of two ends where the char starts.
                let latin = forms.latin1(bytes[i + 1]);
                (state, slot) = forms.step_from(slot, latin.first[mode]);
                mode = Mode::from(latin.word);
                if Forms::slot_is_special(slot) {
                    if slot == forms::DEAD_SLOT {
                        break;
                    }
                    (longest, longest_end) = (state, if latin.second.is_some() { i } else { i + 2 });
                }
                if let Some(second) = latin.second {
                    (state, slot) = forms.step_from(slot, second);
                    if Forms::slot_is_special(slot) {
                        if slot == forms::DEAD_SLOT {
                            break;
                        }
                        (longest, longest_end) = (state, i + 2);
                    }
                }
                i += 2;
            } else {
                let step = self.step_char(text, i, state, mode, buf);
                state = step.state;
                slot = forms.slot(state);
                mode = step.mode;
                if let Some((matched, at)) = step.longest {
                    (longest, longest_end) = (matched, at);
                }
                match step.after {
                    Some(after) => i = after,
                    None => break,
                }
            }
        }
        (longest != forms::DEAD).then(|| (forms.end(longest), longest_end))
    }

    /// The walk over the fold of the non-ASCII char at `i` (and the mark before it if it starts
    /// a word), from `state`.
    #[inline(never)]
    fn step_char(&self, text: &str, i: usize, mut state: State, mode: Mode, buf: &mut Vec<u8>) -> CharStep {
        let forms = &self.forms;
        let mut step = CharStep { state, mode, longest: None, after: None };
        let Some(c) = text[i..].chars().next() else { return step };
        let after = i + c.len_utf8();
        let folded = match fold::latin1_folded(c) {
            Some(folded) => folded,
            None => {
                buf.clear();
                fold::fold_non_ascii(c, |folded| buf.extend_from_slice(folded));
                buf.as_slice()
            }
        };
        let word = fold::is_word_char(c);
        // The mark goes before the first folded byte, the char's or a later one's.
        let mut mark = mode == forms::MARK_PENDING || (word && mode == forms::AFTER_GAP);
        for (k, &byte) in folded.iter().enumerate() {
            state = if mark { forms.step_marked_byte(state, byte) } else { forms.step_byte(state, byte) };
            mark = false;
            step.state = state;
            if forms.is_special(state) {
                if state == forms::DEAD {
                    return step;
                }
                // A match ends where the char of the next folded byte starts.
                step.longest = Some((state, if k + 1 == folded.len() { after } else { i }));
            }
        }
        // Only a combining accent, a word char, folds to nothing (see the fold's tests).
        debug_assert!(!folded.is_empty() || word);
        step.mode = if mark { forms::MARK_PENDING } else { Mode::from(word) };
        step.after = Some(after);
        step
    }

    /// The readings of automaton pattern `pattern`.
    pub fn readings(&self, pattern: usize) -> &[Reading] {
        &self.readings[self.reading_starts[pattern] as usize..self.reading_starts[pattern + 1] as usize]
    }

    /// Every folded pattern (with word-start marks) with its readings.
    pub fn patterns(&self) -> impl Iterator<Item = (&[u8], &[Reading])> {
        self.patterns.iter().enumerate().map(|(p, pattern)| (pattern.as_slice(), self.readings(p)))
    }

    pub fn head(&self, idx: usize) -> &OrgHead {
        &self.heads[idx]
    }

    /// What the rules know of a folded word.
    pub fn word_class(&self, folded: &str) -> WordClass {
        self.words.get(folded).copied().unwrap_or_default()
    }

    /// What the rules know of a word as written (folded here; a short ASCII word, most words,
    /// without allocating or hashing).
    pub fn class_of_word(&self, word: &str) -> WordClass {
        match ShortWords::key(word) {
            Some(key) => self.short_words.get(key),
            None => self.word_class(&fold_str(word)),
        }
    }

    /// Whether a folded word is a school's cue ("universite", "ecole"), a title of type `school`.
    pub fn is_school_cue(&self, folded: &str) -> bool {
        self.school_cues.contains(folded)
    }

    /// Whether a folded word is a trade's cue ("chimiste", "armateur"), a title of type `trade`.
    pub fn is_trade_cue(&self, folded: &str) -> bool {
        self.trade_cues.contains(folded)
    }

    /// Whether a folded word is a country's demonym ("argentine", "suisses").
    pub fn is_demonym(&self, folded: &str) -> bool {
        self.demonyms.contains(folded)
    }

    /// Whether a role ("ministre japonais des Affaires étrangères", "président de la Russie")
    /// is a man's: a masculine noun of `name_words.tsv`, or an adjective in the masculine right
    /// after the role's first noun ("japonais", not "russe", "étrangères" nor "japonaise").
    pub fn masculine_role(&self, role: &str) -> bool {
        role.split_whitespace().enumerate().any(|(i, word)| {
            let folded = fold_str(word);
            self.word_class(&folded).has(WordClass::MASCULINE)
                || i == 1
                    && self.looks_adjective(&folded)
                    && (folded.ends_with("ais") || folded.ends_with("ois") || !folded.ends_with(['e', 's']))
        })
    }

    /// Ends like an adjective ("nationale", "syrien"), and is longer than the ending.
    pub fn looks_adjective(&self, folded: &str) -> bool {
        self.adjective_endings.iter().any(|e| folded.len() > e.len() + 1 && folded.ends_with(e.as_str()))
    }

    /// Whether a folded word ends as a Russian patronymic does ("vladimirovitch").
    pub fn looks_patronymic(&self, folded: &str) -> bool {
        self.patronymic_endings.iter().any(|e| folded.len() > e.len() + 2 && folded.ends_with(e.as_str()))
    }
}

/// The word classes of the folded words of one to eight ASCII bytes, by their bytes as a
/// little-endian number (never 0), with linear probing; a free slot has key 0.
struct ShortWords {
    slots: Box<[(u64, WordClass)]>,
}

impl ShortWords {
    fn new(words: &HashMap<String, WordClass, foldhash::fast::FixedState>) -> ShortWords {
        // At most half full.
        let size = (2 * words.len()).next_power_of_two().max(16);
        let mut slots = vec![(0, WordClass::default()); size].into_boxed_slice();
        for (word, &class) in words {
            // Folded words are lowercase: their key is their own.
            let Some(key) = ShortWords::key(word) else { continue };
            let mut slot = ShortWords::slot_of(key, size);
            while slots[slot].0 != 0 {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = (key, class);
        }
        ShortWords { slots }
    }

    /// The key of the fold of `word` when it is one to eight ASCII bytes (no NUL).
    #[inline]
    fn key(word: &str) -> Option<u64> {
        const ONES: u64 = u64::from_le_bytes([1; 8]);
        let bytes = word.as_bytes();
        // A word that ends in NUL would share its key with a shorter one.
        if bytes.is_empty() || bytes.len() > 8 || bytes[bytes.len() - 1] == 0 {
            return None;
        }
        let x = bytes.iter().rev().fold(0u64, |x, &b| x << 8 | u64::from(b));
        if x & (ONES * 0x80) != 0 {
            return None;
        }
        // 0x80 in each byte from 'A' to 'Z' (all bytes are ASCII), shifted to 0x20: lowercase.
        let upper = (ONES * (0x80 + b'Z' as u64) - x) & (x + ONES * (0x80 - b'A' as u64)) & (ONES * 0x80);
        Some(x | upper >> 2)
    }

    #[inline]
    fn slot_of(key: u64, size: usize) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (size - 1)
    }

    #[inline]
    fn get(&self, key: u64) -> WordClass {
        let size = self.slots.len();
        let mut slot = ShortWords::slot_of(key, size);
        loop {
            let (k, class) = self.slots[slot];
            if k == key {
                return class;
            }
            if k == 0 {
                return WordClass::default();
            }
            slot = (slot + 1) & (size - 1);
        }
    }
}

/// The lexicon entities' strings, each entity's side by side, that articles copy their entities
/// from: an entity's copy reads one or two cache lines, where the strings of an [`Entity`] lie
/// apart on the heap (and missed the cache for most entities an article names).
#[derive(Default)]
struct EntityCopies {
    /// The id, name, country and role of each entity, one after the other.
    text: String,
    records: Vec<EntityRecord>,
}

/// Where an entity's strings are in [`EntityCopies::text`], and the rest of it.
struct EntityRecord {
    start: u32,
    /// The lengths of its id, name, country and role ([`NONE`] for none).
    lens: [u16; 4],
    kind: EntityKind,
    in_lexicon: bool,
    /// The first entity with its id (its own, but for a repeated id).
    first_with_id: u32,
}

/// The length of a string an entity does not have.
const NONE: u16 = u16::MAX;

/// The string of length `len` at the start of `text` ([`NONE`]: none), and the text after it.
#[inline(always)]
fn optional_at(text: &str, len: u16) -> (Option<&str>, &str) {
    match len {
        NONE => (None, text),
        len => {
            let (piece, rest) = text.split_at(usize::from(len));
            (Some(piece), rest)
        }
    }
}

impl EntityCopies {
    fn new(entities: &[Entity], first_with_id: &[usize]) -> Result<EntityCopies> {
        let mut copies = EntityCopies::default();
        for (e, &first) in entities.iter().zip(first_with_id) {
            let start = u32::try_from(copies.text.len())?;
            let strings = [Some(&e.id), Some(&e.name), e.country.as_ref(), e.role.as_ref()];
            let mut lens = [NONE; 4];
            for (len, string) in lens.iter_mut().zip(strings) {
                if let Some(string) = string {
                    *len = u16::try_from(string.len())
                        .ok()
                        .filter(|&len| len != NONE)
                        .context("a lexicon name is too long")?;
                    copies.text.push_str(string);
                }
            }
            let first_with_id = u32::try_from(first)?;
            copies.records.push(EntityRecord {
                start,
                lens,
                kind: e.kind,
                in_lexicon: e.in_lexicon,
                first_with_id,
            });
        }
        Ok(copies)
    }
}

/// Where a walk for the longest form from a word start begins (see [`Lexicon::walk_from`] and
/// [`Lexicon::walk_after_run`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WalkFrom {
    /// The word start.
    pub start: usize,
    /// Where the walk reads on: the start, or the end of its first run.
    at: usize,
    /// The state there.
    state: State,
}

/// What the walk did over one non-ASCII char.
struct CharStep {
    state: State,
    mode: Mode,
    /// A match over the char: its state and where it ends in the text.
    longest: Option<(State, usize)>,
    /// Where the next char starts; None at the dead state.
    after: Option<usize>,
}

fn new_entity(id: String, name: &str, kind: EntityKind, country: Option<&str>, role: Option<&str>) -> Entity {
    Entity {
        id,
        name: name.to_string(),
        kind,
        country: country.map(str::to_string),
        role: role.map(str::to_string),
        in_lexicon: true,
        aliases: Vec::new(),
    }
}

#[cfg(test)]
mod tests;
