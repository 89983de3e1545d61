//! A deterministic generator of French news articles, for benchmarks and scale tests.
//!
//! Articles are JSON Lines records `{"id", "title", "source", "url", "date", "text"}` of 1–5 KB,
//! written from the lexicons in `data/` (people with their roles, countries with their capitals and
//! demonyms, institutions, organisations, places), the date vocabulary of `data/timex/words.tsv` and
//! the event triggers of `data/events/triggers.tsv`, in the shapes real news takes: headers and
//! update stamps, photo credits, « » and "…" quotes with ", a-t-il ajouté", every kind of date
//! expression the parser reads (absolute, weekday, relative to the publication date or to the date
//! last mentioned, approximate, durations), footers and sign-offs, typographic apostrophes and
//! narrow no-break spaces. Publication dates run from September 2015 to February 2017.
//!
//! Article `i` depends only on the seed and `i`, so any slice of a corpus can be regenerated alone.
//! Not part of the `dossier` binary: `examples/generate.rs`, the benches and the scale tests
//! include this file with `#[path]`.
#![allow(dead_code)] // Each includer uses part of this.

use chrono::{Datelike, Duration, NaiveDate};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::io::Write;

/// One generated article, as a JSON Lines record of `dossier parse`.
#[derive(Debug, Clone, Serialize)]
pub struct GeneratedArticle {
    pub id: String,
    pub title: String,
    pub source: String,
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub text: String,
}

impl GeneratedArticle {
    /// The article as `dossier::input` reads it from a JSON line.
    pub fn to_raw(&self) -> dossier::input::RawArticle {
        let mut raw = dossier::input::RawArticle::new(self.id.as_str(), self.text.as_str());
        raw.title = Some(self.title.clone());
        raw.source = Some(self.source.clone());
        raw.url = Some(self.url.clone());
        raw.date = self.date.as_deref().map(|d| d.parse().expect("generated dates are valid"));
        raw
    }
}

/// The generator: vocabulary read once from the data files, and a seed.
pub struct Generator {
    seed: u64,
    vocab: Vocab,
}

impl Generator {
    pub fn new(seed: u64) -> Generator {
        Generator { seed, vocab: Vocab::load() }
    }

    /// Article number `index` of this seed's corpus.
    pub fn article(&self, index: usize) -> GeneratedArticle {
        Writer::new(&self.vocab, article_seed(self.seed, index as u64)).article(index)
    }

    /// Articles `0..count`.
    pub fn articles(&self, count: usize) -> impl Iterator<Item = GeneratedArticle> + '_ {
        (0..count).map(|i| self.article(i))
    }

    /// Writes articles `0..count` as JSON Lines.
    pub fn write_jsonl(&self, count: usize, mut out: impl Write) -> std::io::Result<()> {
        for a in self.articles(count) {
            serde_json::to_writer(&mut out, &a)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    pub fn jsonl(&self, count: usize) -> String {
        let mut out = Vec::new();
        self.write_jsonl(count, &mut out).expect("writing to memory");
        String::from_utf8(out).expect("JSON is UTF-8")
    }
}

/// Mixes the corpus seed and the article number (splitmix64), so each article has its own stream.
fn article_seed(seed: u64, index: u64) -> u64 {
    let mut z = seed ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

// ---------------------------------------------------------------------------------------------
// Vocabulary, from the data files.

macro_rules! data {
    ($path:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $path))
    };
}

/// Rows of a data file: tab-separated, a header line, `#` comments (the lexicons' conventions).
fn rows<T: DeserializeOwned>(text: &str) -> Vec<T> {
    table(text, true)
}

/// Rows of a tab-separated file with `#` comments, with or without a header line.
fn table<T: DeserializeOwned>(text: &str, has_headers: bool) -> Vec<T> {
    csv::ReaderBuilder::new()
        .has_headers(has_headers)
        .delimiter(b'\t')
        .comment(Some(b'#'))
        .quoting(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .deserialize()
        .map(|r| r.expect("data files are checked by the lexicon tests"))
        .collect()
}

/// The first item of a `|` list, unless it needs bracketed context.
fn first_form(list: &str) -> Option<String> {
    list.split('|').map(str::trim).find(|f| !f.is_empty() && !f.contains('[')).map(str::to_string)
}

#[derive(Clone, Copy, PartialEq)]
enum Gender {
    Masculine,
    Feminine,
}

/// A noun phrase's determiner, which contracts with à and de.
#[derive(Clone, Copy, PartialEq)]
enum Det {
    Le,
    La,
    Elided,
    Les,
    Bare,
}

impl Det {
    fn from_article(article: &str) -> Det {
        match article {
            "le" => Det::Le,
            "la" => Det::La,
            "l'" => Det::Elided,
            "les" => Det::Les,
            _ => Det::Bare,
        }
    }

    /// A guess for names the lexicons give without an article.
    fn guess(name: &str) -> Det {
        let first = name.split([' ', '-']).next().unwrap_or(name);
        let starts_with_vowel = first.chars().next().is_some_and(|c| "AEIOUÉÈÂaeiouéèâh".contains(c));
        if starts_with_vowel {
            Det::Elided
        } else if ["a", "che", "ée", "ie", "ue", "son", "tion", "sion", "té"]
            .iter()
            .any(|e| first.ends_with(e))
        {
            Det::La
        } else {
            Det::Le
        }
    }

    /// `name` after this determiner, after "à" or "de" when `prep` says so.
    fn phrase(self, prep: &str, name: &str) -> String {
        let det = match (prep, self) {
            ("", Det::Le) => "le ",
            ("", Det::La) => "la ",
            ("", Det::Elided) => "l’",
            ("", Det::Les) => "les ",
            ("", Det::Bare) => "",
            ("à", Det::Le) => "au ",
            ("à", Det::La) => "à la ",
            ("à", Det::Elided) => "à l’",
            ("à", Det::Les) => "aux ",
            ("à", Det::Bare) => "à ",
            ("de", Det::Le) => "du ",
            ("de", Det::La) => "de la ",
            ("de", Det::Elided) => "de l’",
            ("de", Det::Les) => "des ",
            ("de", Det::Bare) if name.starts_with(|c: char| "AEIOUÉÈaeiou".contains(c)) => "d’",
            ("de", Det::Bare) => "de ",
            (p, _) => return format!("{p} {}", Det::phrase(self, "", name)),
        };
        format!("{det}{name}")
    }
}

struct Country {
    name: String,
    det: Det,
    capital: Option<String>,
    /// Masculine and feminine singular.
    demonym: Option<(String, String)>,
}

struct Person {
    name: String,
    surname: String,
    role: Option<String>,
    gender: Gender,
}

struct Vocab {
    countries: Vec<Country>,
    /// The countries of the domain, drawn more often ("la Russie", "les États-Unis"…).
    frequent: Vec<usize>,
    people: Vec<Person>,
    institutions: Vec<String>,
    organisations: Vec<String>,
    places: Vec<String>,
    first_names: Vec<String>,
    roles: Vec<String>,
    months: Vec<String>,
    weekdays: Vec<String>,
    /// Number words by value ("deux" = 2…).
    numbers: Vec<(u32, String)>,
    /// Past participles of act verbs, by event category.
    acts: Vec<(String, Vec<String>)>,
    /// Past participles of reporting verbs ("déclaré", "annoncé").
    reports: Vec<String>,
}

#[derive(Deserialize)]
struct CountryRow {
    iso3: String,
    name: String,
    article: String,
    capitals: String,
    demonyms: String,
}

#[derive(Deserialize)]
struct PersonRow {
    name: String,
    surnames: String,
    role: String,
}

#[derive(Deserialize)]
struct FormsRow {
    forms: String,
}

#[derive(Deserialize)]
struct NameRow {
    name: String,
}

#[derive(Deserialize)]
struct PlaceRow {
    name: String,
    country: String,
}

#[derive(Deserialize)]
struct TitleRow {
    form: String,
    #[serde(rename = "type")]
    kind: String,
}

/// A line of `events/triggers.tsv` (no header line: category, class, forms).
#[derive(Deserialize)]
struct TriggerRow {
    category: String,
    class: String,
    forms: String,
}

/// The countries most news about Syria speaks of, by ISO code.
const FREQUENT: &[&str] =
    &["RUS", "USA", "SYR", "TUR", "FRA", "IRN", "ISR", "GBR", "DEU", "CHN", "SAU", "IRQ"];

impl Vocab {
    fn load() -> Vocab {
        let rows_c: Vec<CountryRow> = rows(data!("lexicon/countries.tsv"));
        let mut countries = Vec::new();
        let mut frequent = Vec::new();
        for r in rows_c.iter().filter(|r| !r.name.contains('[')) {
            if FREQUENT.contains(&r.iso3.as_str()) {
                frequent.push(countries.len());
            }
            let demonym = first_form(&r.demonyms).map(|d| match d.split_once('/') {
                Some((m, f)) => (m.to_string(), f.to_string()),
                None => (d.clone(), d),
            });
            countries.push(Country {
                name: r.name.clone(),
                det: Det::from_article(&r.article),
                capital: first_form(&r.capitals),
                demonym,
            });
        }
        let people = rows::<PersonRow>(data!("lexicon/people.tsv"))
            .into_iter()
            .map(|r| {
                let role = Some(r.role.clone()).filter(|s| !s.is_empty());
                let first_role_word = r.role.split(' ').next().unwrap_or("");
                let first_name = r.name.split(' ').next().unwrap_or("");
                let feminine = ["ière", "effe", "ente"].iter().any(|e| first_role_word.ends_with(e))
                    || first_role_word == "Première"
                    || first_name.ends_with('a');
                Person {
                    surname: first_form(&r.surnames)
                        .unwrap_or_else(|| r.name.rsplit(' ').next().unwrap_or(&r.name).to_string()),
                    name: r.name,
                    role,
                    gender: if feminine { Gender::Feminine } else { Gender::Masculine },
                }
            })
            .collect();
        let institutions = rows::<FormsRow>(data!("lexicon/institutions.tsv"))
            .iter()
            .filter_map(|r| first_form(&r.forms))
            .collect();
        let named = |text: &str| -> Vec<String> {
            rows::<NameRow>(text).into_iter().map(|r| r.name).filter(|n| !n.contains('[')).collect()
        };
        let roles = rows::<TitleRow>(data!("lexicon/titles.tsv"))
            .into_iter()
            .filter(|r| r.kind == "role" && r.form.chars().next().is_some_and(char::is_lowercase))
            .map(|r| r.form)
            .collect();

        let mut months = vec![String::new(); 12];
        let mut weekdays = vec![String::new(); 7];
        let mut numbers: Vec<(u32, String)> = Vec::new();
        for line in data!("timex/words.tsv").lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(word), Some(class), Some(value)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let Ok(n) = value.parse::<usize>() else { continue };
            // The first word of each value is its full spelling ("janvier" before "janv").
            let slot = match class {
                "month" => months.get_mut(n - 1),
                "weekday" => weekdays.get_mut(n - 1),
                "numw" if n <= 20 && !numbers.iter().any(|(v, _)| *v == n as u32) => {
                    numbers.push((n as u32, word.to_string()));
                    None
                }
                _ => None,
            };
            if let Some(slot) = slot.filter(|s| s.is_empty()) {
                *slot = word.to_string();
            }
        }

        let mut acts: Vec<(String, Vec<String>)> = Vec::new();
        let mut reports = Vec::new();
        for r in table::<TriggerRow>(data!("events/triggers.tsv"), false) {
            let participles: Vec<String> = r.forms.split_whitespace().filter_map(participle).collect();
            match r.class.as_str() {
                "report" => reports.extend(participles),
                "act" if !participles.is_empty() => acts.push((r.category, participles)),
                _ => {}
            }
        }
        Vocab {
            countries,
            frequent,
            people,
            institutions,
            organisations: named(data!("lexicon/organisations.tsv")),
            // Places in a country are mostly cities, which need no article ("près d’Alep").
            places: rows::<PlaceRow>(data!("lexicon/places.tsv"))
                .into_iter()
                .filter(|r| !r.country.is_empty() && !r.name.contains(['[', ' ']))
                .map(|r| r.name)
                .collect(),
            first_names: named(data!("lexicon/first_names.tsv")),
            roles,
            months,
            weekdays,
            numbers,
            acts,
            reports,
        }
    }

    fn number(&self, n: u32) -> String {
        self.numbers.iter().find(|(v, _)| *v == n).map(|(_, w)| w.clone()).unwrap_or_else(|| n.to_string())
    }
}

/// The past participle a trigger form gives, when it gives a plain one ("déclar*" → "déclaré",
/// "conclu*" → "conclu", "offert" → "offert"); None for phrases and forms that are not.
fn participle(form: &str) -> Option<String> {
    if form.contains(['_', '\'', '’']) || form.starts_with("a-t-") {
        return None;
    }
    match form.strip_suffix('*') {
        // -er verbs take é; a stem ending in a vowel is already a participle ("conclu", "averti").
        Some(stem) if ["ci", "fi", "gu", "qu"].iter().any(|e| stem.ends_with(e)) => Some(format!("{stem}é")),
        Some(stem) if stem.ends_with(['u', 'i', 'é']) => Some(stem.to_string()),
        Some(stem) if ["nd", "mp", "fr", "en", "nt", "e"].iter().any(|e| stem.ends_with(e)) => None,
        Some(stem) if stem.ends_with(|c: char| c.is_alphabetic()) => Some(format!("{stem}é")),
        Some(_) => None,
        None if ["é", "ée", "u", "i", "ert"].iter().any(|e| form.ends_with(e))
            && form.chars().count() > 3 =>
        {
            Some(form.to_string())
        }
        None => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Writing one article.

/// The publishing styles: each has its own furniture (headers, credits, footers, sign-offs).
#[derive(Clone, Copy)]
enum Outlet {
    HuffPost,
    Sputnik,
    LeVif,
    Courrier,
    Agence,
}

impl Outlet {
    const ALL: [Outlet; 5] =
        [Outlet::HuffPost, Outlet::Sputnik, Outlet::LeVif, Outlet::Courrier, Outlet::Agence];

    fn name(self) -> &'static str {
        match self {
            Outlet::HuffPost => "HuffPost Québec",
            Outlet::Sputnik => "Sputnik",
            Outlet::LeVif => "Le Vif",
            Outlet::Courrier => "Le Courrier du Vietnam",
            Outlet::Agence => "Agence de presse",
        }
    }

    fn host(self) -> &'static str {
        match self {
            Outlet::HuffPost => "huffpost.example",
            Outlet::Sputnik => "sputnik.example",
            Outlet::LeVif => "levif.example",
            Outlet::Courrier => "courrier.example",
            Outlet::Agence => "agence.example",
        }
    }
}

/// An actor as the text names it; `text` is a noun phrase without its determiner when `det` says so.
struct Actor {
    text: String,
    det: Det,
    plural: bool,
    gender: Gender,
}

impl Actor {
    fn subject(&self) -> String {
        self.det.phrase("", &self.text)
    }
    fn after(&self, prep: &str) -> String {
        self.det.phrase(prep, &self.text)
    }
}

struct Writer<'v> {
    v: &'v Vocab,
    rng: fastrand::Rng,
    dct: NaiveDate,
    /// The date the text mentioned last, which "dix jours plus tard" and "la veille" count from.
    last_date: Option<NaiveDate>,
    /// People already introduced with their role: named by surname afterwards.
    introduced: Vec<usize>,
    /// The article's cast, so its sentences speak of the same few actors.
    cast_countries: Vec<usize>,
    cast_people: Vec<usize>,
    typographic_apostrophe: bool,
    french_quotes: bool,
}

const NNBSP: char = '\u{202f}';
/// Article sizes, in bytes of text.
const MIN_LEN: usize = 1000;
const MAX_LEN: usize = 5000;
const FIRST_DAY: (i32, u32, u32) = (2015, 9, 1);
const LAST_DAY: (i32, u32, u32) = (2017, 2, 28);

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn plural(word: &str) -> String {
    if word.ends_with(['s', 'x', 'z']) {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

impl<'v> Writer<'v> {
    fn new(v: &'v Vocab, seed: u64) -> Writer<'v> {
        let mut rng = fastrand::Rng::with_seed(seed);
        let first = NaiveDate::from_ymd_opt(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2).unwrap();
        let last = NaiveDate::from_ymd_opt(LAST_DAY.0, LAST_DAY.1, LAST_DAY.2).unwrap();
        let dct = first + Duration::days(rng.i64(0..=(last - first).num_days()));
        let mut cast_countries: Vec<usize> = Vec::new();
        while cast_countries.len() < 3 {
            let c = Self::pick_country(v, &mut rng);
            if !cast_countries.contains(&c) {
                cast_countries.push(c);
            }
        }
        let cast_people = (0..3).map(|_| rng.usize(..v.people.len())).collect();
        Writer {
            v,
            dct,
            last_date: None,
            introduced: Vec::new(),
            cast_countries,
            cast_people,
            typographic_apostrophe: rng.bool(),
            french_quotes: rng.u8(..3) > 0,
            rng,
        }
    }

    fn pick_country(v: &Vocab, rng: &mut fastrand::Rng) -> usize {
        if rng.u8(..4) > 0 {
            v.frequent[rng.usize(..v.frequent.len())]
        } else {
            rng.usize(..v.countries.len())
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.usize(..items.len())]
    }

    fn chance(&mut self, percent: u8) -> bool {
        self.rng.u8(..100) < percent
    }

    fn article(mut self, index: usize) -> GeneratedArticle {
        let outlet = Outlet::ALL[self.rng.usize(..Outlet::ALL.len())];
        let target_len = self.rng.usize(MIN_LEN..=MAX_LEN);
        let title = self.title();
        let mut text = self.header(outlet, &title);
        let footer = self.footer(outlet);
        let mut paragraph = 0;
        while text.len() + footer.len() < target_len {
            let mut para = String::new();
            for _ in 0..self.rng.usize(1..=4) {
                let s = self.sentence();
                if !para.is_empty() {
                    para.push(' ');
                }
                para.push_str(&s);
            }
            // Stop before overflowing, once the article has a body of at least 1 KB.
            let limit = (target_len + 200).min(MAX_LEN);
            if paragraph > 1
                && text.len() + footer.len() >= MIN_LEN
                && text.len() + para.len() + footer.len() > limit
            {
                break;
            }
            text.push_str(&para);
            text.push_str("\n\n");
            paragraph += 1;
        }
        text.push_str(&footer);
        let text = if self.typographic_apostrophe { text } else { text.replace('’', "'") };
        // Most articles come with a full date; some with the month only; some with none (the
        // header, when there is one, tells it).
        let date = match self.rng.u8(..100) {
            0..=84 => Some(self.dct.format("%Y-%m-%d").to_string()),
            85..=89 => Some(self.dct.format("%Y-%m").to_string()),
            _ => None,
        };
        let id = format!("gen{index:06}");
        GeneratedArticle {
            url: format!("https://{}/{}/{id}", outlet.host(), self.dct.format("%Y/%m/%d")),
            id,
            title,
            source: outlet.name().to_string(),
            date,
            text,
        }
    }

    // --- furniture ---

    fn header(&mut self, outlet: Outlet, title: &str) -> String {
        let d = self.dct;
        match outlet {
            Outlet::HuffPost => {
                let updated = d + Duration::days(self.rng.i64(0..400));
                let (h1, m1, h2, m2) =
                    (self.rng.u8(6..23), self.rng.u8(0..60), self.rng.u8(0..24), self.rng.u8(0..60));
                format!(
                    "{}\n{} {h1:02}:{m1:02} EDT | Actualisé {} {h2:02}:{m2:02} EDT\n\n{title}\n\n",
                    *self.pick(&["NOUVELLES", "INTERNATIONAL", "POLITIQUE"]),
                    d.format("%d/%m/%Y"),
                    updated.format("%d/%m/%Y")
                )
            }
            Outlet::Sputnik => {
                let photographer = self.unknown_name();
                let agency = *self.pick(&["REUTERS", "AFP", "Sputnik"]);
                format!("© {agency}/ {photographer}\n{title}\n\n")
            }
            Outlet::LeVif => format!("{title}\n\n"),
            Outlet::Courrier => format!("{title}\n\n"),
            Outlet::Agence => format!(
                "Publié le {} {} {} à {:02}h{:02}\n\n{title}\n\n",
                self.day_number(d),
                self.v.months[d.month0() as usize],
                d.year(),
                self.rng.u8(6..23),
                self.rng.u8(0..60)
            ),
        }
    }

    fn footer(&mut self, outlet: Outlet) -> String {
        match outlet {
            Outlet::HuffPost => {
                let initials: String = (0..3).map(|_| self.rng.lowercase()).collect();
                let other: String = (0..3).map(|_| self.rng.lowercase()).collect();
                format!("{initials}/{other}\n")
            }
            Outlet::Sputnik => "Suivez Sputnik sur Telegram pour ne jamais manquer les actualités les plus \
                importantes grâce à nos sélections du matin et du soir.\n"
                .to_string(),
            Outlet::LeVif => {
                "Vous avez repéré une erreur ou disposez de plus d’infos? Signalez-le ici\n".to_string()
            }
            Outlet::Courrier => "Xinhua/VNA/CVN\n".to_string(),
            Outlet::Agence => "(avec AFP)\n".to_string(),
        }
    }

    fn title(&mut self) -> String {
        let a = self.cast_country(0);
        let b = self.cast_country(1);
        match self.rng.u8(..4) {
            0 => {
                let ready = match (a.gender, a.plural) {
                    (Gender::Feminine, false) => "prête",
                    (Gender::Feminine, true) => "prêtes",
                    (Gender::Masculine, false) => "prêt",
                    (Gender::Masculine, true) => "prêts",
                };
                format!("{} {ready} à coopérer avec {}", capitalise(&a.subject()), b.subject())
            }
            1 => {
                let p = &self.v.people[self.cast_people[0]];
                format!("{} accuse {} de bloquer les négociations", p.name, b.subject())
            }
            2 => format!("Syrie : {} et {} discutent d’un cessez-le-feu", a.subject(), b.subject()),
            _ => format!("{} suspend sa coopération avec {}", capitalise(&a.subject()), b.subject()),
        }
    }

    // --- actors ---

    fn country_actor(&self, c: usize) -> Actor {
        let c = &self.v.countries[c];
        Actor {
            text: c.name.clone(),
            det: c.det,
            plural: c.det == Det::Les,
            // "l’" hides the gender: names ending in e are mostly feminine ("l’Allemagne").
            gender: match c.det {
                Det::La => Gender::Feminine,
                Det::Elided if c.name.split(' ').next().is_some_and(|w| w.ends_with('e')) => Gender::Feminine,
                _ => Gender::Masculine,
            },
        }
    }

    fn cast_country(&mut self, i: usize) -> Actor {
        self.country_actor(self.cast_countries[i])
    }

    /// A country as the news names it: by name, capital, demonym phrase or institution.
    fn country_ref(&mut self) -> Actor {
        let ci = if self.chance(80) {
            self.cast_countries[self.rng.usize(..self.cast_countries.len())]
        } else {
            Self::pick_country(self.v, &mut self.rng)
        };
        let c = &self.v.countries[ci];
        match self.rng.u8(..10) {
            0..=1 if c.capital.is_some() => Actor {
                text: c.capital.clone().unwrap(),
                det: Det::Bare,
                plural: false,
                gender: Gender::Masculine,
            },
            2..=3 if c.demonym.is_some() => {
                let (m, f) = c.demonym.clone().unwrap();
                match self.rng.u8(..3) {
                    0 => Actor {
                        text: format!("autorités {}", plural(&f)),
                        det: Det::Les,
                        plural: true,
                        gender: Gender::Feminine,
                    },
                    1 => Actor {
                        text: format!("gouvernement {m}"),
                        det: Det::Le,
                        plural: false,
                        gender: Gender::Masculine,
                    },
                    _ => Actor {
                        text: format!("diplomatie {f}"),
                        det: Det::La,
                        plural: false,
                        gender: Gender::Feminine,
                    },
                }
            }
            _ => self.country_actor(ci),
        }
    }

    /// Two different countries, each named its own way.
    fn two_countries(&mut self) -> (Actor, Actor) {
        let a = self.country_ref();
        let mut b = self.country_ref();
        for _ in 0..4 {
            if b.text != a.text {
                break;
            }
            b = self.country_ref();
        }
        (a, b)
    }

    fn institution_or_org(&mut self) -> Actor {
        let v = self.v;
        let name = if self.chance(50) {
            self.pick(&v.institutions).clone()
        } else {
            self.pick(&v.organisations).clone()
        };
        let det = if ["Le ", "La ", "L'", "L’"].iter().any(|a| name.starts_with(a)) {
            Det::Bare
        } else if name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) {
            if name.starts_with(|c: char| "AEIOU".contains(c)) {
                Det::Elided
            } else {
                Det::Le
            }
        } else {
            Det::guess(&name)
        };
        Actor { text: name, det, plural: false, gender: Gender::Masculine }
    }

    /// An unknown person: a first name of the lexicon and an invented surname.
    fn unknown_name(&mut self) -> String {
        let v = self.v;
        const SYLLABLES: &[&str] =
            &["ma", "lé", "ri", "sto", "ga", "bé", "no", "kov", "tra", "vè", "lo", "dju", "zan", "mir", "ou"];
        let first = self.pick(&v.first_names).clone();
        let surname: String = (0..self.rng.usize(2..4)).map(|_| *self.pick(SYLLABLES)).collect();
        format!("{first} {}", capitalise(&surname))
    }

    /// A person: a lexicon person (introduced with the role, then by surname), or an unknown one
    /// introduced by a role ("le porte-parole du Pentagone, X").
    fn person(&mut self) -> (String, Gender) {
        let v = self.v;
        if self.chance(15) {
            let role = self.pick(&v.roles).clone();
            let of = self.institution_or_org();
            let det = if Det::guess(&role) == Det::Elided { "l’" } else { "le " };
            return (format!("{det}{role} {}, {},", of.after("de"), self.unknown_name()), Gender::Masculine);
        }
        let pi = self.cast_people[self.rng.usize(..self.cast_people.len())];
        let p = &self.v.people[pi];
        let honorific = if p.gender == Gender::Feminine { "Mme" } else { "M." };
        let text = if self.introduced.contains(&pi) {
            match self.rng.u8(..3) {
                0 => format!("{honorific} {}", p.surname),
                1 => p.surname.clone(),
                _ => p.name.clone(),
            }
        } else {
            self.introduced.push(pi);
            match &p.role {
                Some(role) => {
                    let first = role.split(' ').next().unwrap_or("");
                    let det = if first.starts_with(|c: char| "aeiouéAEIOUÉ".contains(c)) {
                        "l’"
                    } else if p.gender == Gender::Feminine || first.ends_with("ière") {
                        "la "
                    } else {
                        "le "
                    };
                    if self.chance(50) {
                        format!("{det}{role}, {},", p.name)
                    } else {
                        format!("{det}{role} {}", p.name)
                    }
                }
                None => p.name.clone(),
            }
        };
        (text, p.gender)
    }

    // --- dates ---

    fn day_number(&self, d: NaiveDate) -> String {
        if d.day() == 1 {
            "1er".to_string()
        } else {
            d.day().to_string()
        }
    }

    fn day_month(&self, d: NaiveDate) -> String {
        format!("{} {}", self.day_number(d), self.v.months[d.month0() as usize])
    }

    fn weekday(&self, d: NaiveDate) -> &'v str {
        &self.v.weekdays[d.weekday().num_days_from_monday() as usize]
    }

    /// A date expression for a past act, and the date it means (when it means one day).
    fn past_date(&mut self) -> (String, Option<NaiveDate>) {
        let dct = self.dct;
        let back = |n: i64| dct - Duration::days(n);
        let monday = dct - Duration::days(dct.weekday().num_days_from_monday() as i64);
        match self.rng.u8(..16) {
            0..=2 => {
                let d = back(self.rng.i64(1..90));
                (format!("le {}", self.day_month(d)), Some(d))
            }
            3 if dct > monday => {
                let d = monday + Duration::days(self.rng.i64(0..(dct - monday).num_days()));
                (self.weekday(d).to_string(), Some(d))
            }
            4 => {
                let d = back(self.rng.i64(1..40));
                (format!("{} {}", self.weekday(d), self.day_month(d)), Some(d))
            }
            5 => ("hier".to_string(), Some(back(1))),
            6 => {
                let d = back(7 + self.rng.i64(0..7));
                let d = d - Duration::days(d.weekday().num_days_from_monday() as i64);
                ("la semaine dernière".to_string(), Some(d))
            }
            7 => {
                let d = back(self.rng.i64(60..400));
                (format!("en {} {}", self.v.months[d.month0() as usize], d.year()), None)
            }
            8 => ("il y a une dizaine de jours".to_string(), Some(back(10))),
            9 => {
                let n = self.rng.u32(2..=10);
                (format!("il y a {} jours", self.v.number(n)), Some(back(n as i64)))
            }
            10 => {
                let d = back(7 + self.rng.i64(0..7));
                (format!("{} dernier", self.weekday(d)), Some(d))
            }
            11 => {
                // A weekend given with its dates: "samedi et dimanche (les 3 et 4 octobre)".
                let sat = back(7 + dct.weekday().num_days_from_monday() as i64 - 5);
                let sun = sat + Duration::days(1);
                let dates = if sat.month() == sun.month() {
                    format!("les {} et {}", self.day_number(sat), self.day_month(sun))
                } else {
                    format!("le {} et le {}", self.day_month(sat), self.day_month(sun))
                };
                (format!("{} et {} ({dates})", self.weekday(sat), self.weekday(sun)), Some(sat))
            }
            12 => (format!("{} soir", self.weekday(back(1))), Some(back(1))),
            13 => ("hier matin".to_string(), Some(back(1))),
            14 => ("le mois dernier".to_string(), None),
            _ => {
                let d = back(self.rng.i64(1..30));
                (
                    format!(
                        "le {} vers {} h {:02}",
                        self.day_month(d),
                        self.rng.u8(6..23),
                        self.rng.u8(0..60)
                    ),
                    Some(d),
                )
            }
        }
    }

    /// A date counted from the one mentioned last ("dix jours plus tard", "la veille").
    fn anchored_date(&mut self, anchor: NaiveDate) -> (String, NaiveDate) {
        match self.rng.u8(..6) {
            0 => {
                let n = self.rng.u32(2..=10);
                (format!("{} jours plus tard", self.v.number(n)), anchor + Duration::days(n as i64))
            }
            1 => {
                let n = self.rng.u32(2..=5);
                (format!("{} jours avant", self.v.number(n)), anchor - Duration::days(n as i64))
            }
            2 => ("la veille".to_string(), anchor - Duration::days(1)),
            3 => ("le lendemain".to_string(), anchor + Duration::days(1)),
            4 => ("le même jour".to_string(), anchor),
            _ => ("ce jour-là".to_string(), anchor),
        }
    }

    fn duration(&mut self) -> String {
        match self.rng.u8(..5) {
            0 => format!("depuis {} semaines", self.v.number(self.rng.u32(2..=6))),
            1 => format!("pendant {} mois", self.v.number(self.rng.u32(2..=18))),
            2 => "depuis plusieurs années".to_string(),
            3 => "ces derniers mois".to_string(),
            _ => format!("depuis {} jours", self.v.number(self.rng.u32(2..=15))),
        }
    }

    // --- sentences ---

    fn act(&mut self) -> (String, String) {
        let v = self.v;
        let (category, participles) = self.pick(&v.acts);
        (category.clone(), self.pick(participles).clone())
    }

    fn object(&mut self, category: &str) -> &'static str {
        let choices: &[&'static str] = match category {
            "consult" | "cooperate" => &[
                "sur la sécurité aérienne en Syrie",
                "sur la lutte contre le terrorisme",
                "sur le règlement de la crise syrienne",
                "en vue d’un cessez-le-feu",
            ],
            "agree" => &["un accord de trêve", "le mémorandum sur la sécurité des vols", "le cessez-le-feu"],
            "reject" | "disapprove" => &[
                "la proposition",
                "les frappes de la coalition",
                "le projet de résolution",
                "l’offre de dialogue",
            ],
            "military_action" => {
                &["des positions de l’État islamique", "l’espace aérien", "des dépôts d’armes"]
            }
            "propose" | "intent_to_cooperate" => {
                &["un plan de paix", "une coopération plus large", "un rapprochement"]
            }
            "appeal" => &[
                "une trêve humanitaire",
                "un cessez-le-feu immédiat",
                "l’ouverture de couloirs humanitaires",
            ],
            "protest" => &["contre les frappes de la coalition", "contre la violation de son espace aérien"],
            "threaten" => &["de suspendre la coopération", "de nouvelles sanctions"],
            _ => {
                &["la coopération", "les discussions bilatérales", "un plan de paix", "des mesures concrètes"]
            }
        };
        choices[self.rng.usize(..choices.len())]
    }

    fn aux(actor: &Actor) -> &'static str {
        if actor.plural {
            "ont"
        } else {
            "a"
        }
    }

    fn sentence(&mut self) -> String {
        // Weighted like real news: a dated act every third or fourth sentence, the rest quotes,
        // reported statements and background.
        match self.rng.u8(..40) {
            0..=6 => self.dated_act(),
            7..=8 => self.anchored_act(),
            9..=14 => self.quote(),
            15..=16 => self.quote_with_that(),
            17 => self.ongoing(),
            18 => self.future(),
            19 => self.tomorrow(),
            20..=22 => self.reported_act(),
            23..=30 => self.background(),
            _ => self.filler(),
        }
    }

    /// "Le 3 octobre, les États-Unis ont suspendu les discussions avec la Russie."
    fn dated_act(&mut self) -> String {
        let (when, date) = self.past_date();
        self.last_date = date.or(self.last_date);
        let (country, other) = self.two_countries();
        let who = if self.chance(70) { country } else { self.institution_or_org() };
        let (category, verb) = self.act();
        let obj = self.object(&category);
        let aux = Self::aux(&who);
        let purpose = self.purpose();
        if self.chance(50) {
            format!(
                "{}, {} {aux} {verb} {obj} avec {}{purpose}.",
                capitalise(&when),
                who.subject(),
                other.subject()
            )
        } else {
            format!(
                "{} {aux} {verb} {when} {obj}{purpose}, selon {}.",
                capitalise(&who.subject()),
                other.subject()
            )
        }
    }

    /// An optional closing clause, as news sentences have.
    fn purpose(&mut self) -> String {
        if self.chance(50) {
            return String::new();
        }
        let c = self.country_ref();
        let clause = *self.pick(&[
            "afin de relancer le processus politique engagé sous l’égide des Nations unies",
            "dans le cadre des efforts diplomatiques visant à mettre fin au conflit",
            "malgré les réserves exprimées par plusieurs membres du Conseil de sécurité",
            "alors que les combats se poursuivaient dans le nord du pays",
            "pour tenter de sortir de l’impasse dans laquelle se trouvent les négociations",
        ]);
        match self.rng.u8(..2) {
            0 => format!(", {clause}"),
            _ => format!(", une décision aussitôt critiquée par {}", c.subject()),
        }
    }

    /// "Dix jours plus tard, la trêve a volé en éclats." Needs a date mentioned before.
    fn anchored_act(&mut self) -> String {
        let Some(anchor) = self.last_date else { return self.dated_act() };
        let (when, date) = self.anchored_date(anchor);
        self.last_date = Some(date);
        let who = self.country_ref();
        let (category, verb) = self.act();
        let obj = self.object(&category);
        format!("{}, {} {} {verb} {obj}.", capitalise(&when), who.subject(), Self::aux(&who))
    }

    fn quote_text(&mut self) -> String {
        let first = self.quote_sentence();
        if self.chance(50) {
            format!("{first}. {}", self.quote_sentence())
        } else {
            first
        }
    }

    fn quote_sentence(&mut self) -> String {
        let (c, d) = self.two_countries();
        match self.rng.u8(..9) {
            5 => "Dans les conditions actuelles, c’est une sorte de point de départ pour un élargissement \
                possible de la coopération bilatérale"
                .to_string(),
            6 => "Il faut mettre de côté les ambitions, se mettre à la table des négociations et discuter \
                des problèmes de la sécurité régionale"
                .to_string(),
            7 => format!(
                "Nous ne pouvons qu’exprimer nos regrets face au refus {} de mener un dialogue constructif",
                c.after("de")
            ),
            0 => format!(
                "Nous sommes prêts à coopérer avec {} dans la lutte contre le terrorisme",
                c.subject()
            ),
            1 => format!(
                "{} {} cesser de soutenir les groupes armés. Nous ne l’accepterons pas",
                capitalise(&c.subject()),
                if c.plural { "doivent" } else { "doit" }
            ),
            2 => format!("Il n’y a pas d’alternative au dialogue entre {} et {}", c.subject(), d.subject()),
            3 => "Ce sera un bon document".to_string(),
            _ => format!("Nous attendons des mesures concrètes {}", c.after("de")),
        }
    }

    fn quoted(&self, q: &str) -> String {
        if self.french_quotes {
            format!("«{NNBSP}{q}{NNBSP}»")
        } else {
            format!("\"{q}\"")
        }
    }

    /// « Nous sommes prêts… », a déclaré mercredi le ministre russe des Affaires étrangères, X.
    fn quote(&mut self) -> String {
        let v = self.v;
        let q = self.quote_text();
        let report = self.pick(&v.reports).clone();
        let quoted = self.quoted(&q);
        if self.chance(40) {
            let pronoun = if self.chance(70) { "il" } else { "elle" };
            let verb = *self.pick(&["ajouté", "souligné", "précisé", "résumé"]);
            return format!("{quoted}, a-t-{pronoun} {verb}.");
        }
        let (who, _) = self.person();
        let who = who.trim_end_matches(',');
        if self.chance(30) {
            let (when, date) = self.past_date();
            self.last_date = date.or(self.last_date);
            format!("{quoted}, a {report} {when} {who}.")
        } else {
            format!("{quoted}, a {report} {who}.")
        }
    }

    /// M. X a déclaré que "…".
    fn quote_with_that(&mut self) -> String {
        let v = self.v;
        let (who, _) = self.person();
        let q = self.quote_text();
        let report = self.pick(&v.reports).clone();
        format!("{} a {report} que {}.", capitalise(&who), self.quoted(&q))
    }

    /// "Les deux pays négocient depuis deux semaines."
    fn ongoing(&mut self) -> String {
        let (a, b) = self.two_countries();
        let dur = self.duration();
        let verb = *self.pick(&["négocient", "discutent", "coopèrent", "coordonnent leurs frappes"]);
        format!("{} et {} {verb} {dur}.", capitalise(&a.subject()), b.subject())
    }

    /// "Le 12 octobre, les deux pays signeront l'accord."
    fn future(&mut self) -> String {
        let d = self.dct + Duration::days(self.rng.i64(2..60));
        let who = self.country_ref();
        let verb = if who.plural { "signeront" } else { "signera" };
        let when = if self.chance(50) {
            format!("le {}", self.day_month(d))
        } else {
            format!("en {} prochain", self.v.months[d.month0() as usize])
        };
        format!(
            "{} {verb} {when} un accord avec {}.",
            capitalise(&who.subject()),
            self.country_ref().subject()
        )
    }

    /// "Le ministre se rendra demain (mercredi) à Moscou."
    fn tomorrow(&mut self) -> String {
        let (who, _) = self.person();
        let tomorrow = self.dct + Duration::days(1);
        let c = Self::pick_country(self.v, &mut self.rng);
        let place = self.v.countries[c].capital.clone().unwrap_or_else(|| "Genève".to_string());
        format!("{} se rendra demain ({}) à {place}.", capitalise(&who), self.weekday(tomorrow))
    }

    /// "Selon Reuters, l'armée russe a frappé des positions…", with the publication date implied.
    fn reported_act(&mut self) -> String {
        let src = self.institution_or_org();
        let who = self.country_ref();
        let (category, verb) = self.act();
        let obj = self.object(&category);
        format!("Selon {}, {} {} {verb} {obj}.", src.subject(), who.subject(), Self::aux(&who))
    }

    /// Background: long sentences with actors and no date, as news gives context.
    fn background(&mut self) -> String {
        let (a, b) = self.two_countries();
        let org = self.institution_or_org();
        match self.rng.u8(..6) {
            0 => format!(
                "Cette proposition intervient alors que les relations entre {} et {} se sont nettement \
                 dégradées, les deux capitales s’accusant mutuellement de saper les efforts diplomatiques.",
                a.subject(),
                b.subject()
            ),
            1 => format!(
                "Les contacts entre les militaires {} et ceux {} se limitent pour l’instant à des échanges \
                 techniques destinés à éviter les incidents dans l’espace aérien syrien.",
                a.after("de"),
                b.after("de")
            ),
            2 => format!(
                "Selon plusieurs diplomates en poste à Genève, {} souhaiterait obtenir des garanties avant \
                 de s’engager davantage aux côtés {}.",
                a.subject(),
                org.after("de")
            ),
            3 => format!(
                "{} accuse régulièrement {} de viser l’opposition modérée plutôt que les groupes \
                 jihadistes, ce que les responsables concernés démentent avec force.",
                capitalise(&org.subject()),
                b.subject()
            ),
            4 => format!(
                "Les experts interrogés estiment que la marge de manœuvre {} reste limitée tant que la \
                 question du sort du président syrien n’aura pas été tranchée.",
                a.after("de")
            ),
            _ => format!(
                "Le dossier doit être examiné par {}, où {} dispose d’un droit de veto, ce qui complique \
                 toute adoption rapide d’une résolution.",
                org.subject(),
                a.subject()
            ),
        }
    }

    fn filler(&mut self) -> String {
        let v = self.v;
        let place = Det::Bare.phrase("de", self.pick(&v.places).as_str());
        let n = self.rng.u32(2..500) * 10;
        match self.rng.u8(..6) {
            0 => format!("La situation reste tendue près {place}, où les combats se poursuivent."),
            1 => format!("Plus de {n} personnes ont fui la région {place} ces derniers jours."),
            2 => "Les observateurs s’interrogent sur la suite des événements.".to_string(),
            3 => {
                let c = self.country_ref();
                format!("La position {} n’a pas changé sur ce dossier.", c.after("de"))
            }
            4 => format!(
                "Les deux délégations doivent se retrouver près {place} à une date qui n’a pas été précisée."
            ),
            _ => "Aucun calendrier n’a été fixé pour la suite des discussions.".to_string(),
        }
    }
}
