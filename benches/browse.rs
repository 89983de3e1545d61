//! Keystroke → filtered state → rendered frame, on a generated corpus of 100,000 articles; and the
//! first frame on the small fixture corpus. Target: ≤ 16 ms median per keystroke.

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use dossier::browse::app::{Action, App, Pane};
use dossier::browse::catalog::Catalog;
use dossier::browse::ui;
use dossier::corpus::*;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::time::{Duration, Instant};

const ARTICLES: usize = 100_000;
const SIZE: (u16, u16) = (120, 40);

/// A small deterministic generator (xorshift), so runs compare.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FIRST: &[&str] = &[
    "Sergueï",
    "John",
    "Vladimir",
    "Recep",
    "Bachar",
    "François",
    "Angela",
    "Hassan",
    "Ahmet",
    "Joséphine",
    "Benyamin",
    "Mahmoud",
    "Hélène",
    "Zoé",
    "Jérôme",
    "Ségolène",
    "Raúl",
    "Anaïs",
    "Loïc",
    "Noël",
];
const LAST: &[&str] = &[
    "Lavrov",
    "Kerry",
    "Poutine",
    "Erdoğan",
    "el-Assad",
    "Hollande",
    "Merkel",
    "Rohani",
    "Davutoğlu",
    "Müller",
    "Netanyahou",
    "Abbas",
    "Carrère",
    "Léger",
    "Bérégovoy",
    "Castro",
    "Dupré",
    "Lefèvre",
    "Géraud",
    "Thérèse",
    "Ivanov",
    "Petrov",
    "Smith",
    "Jones",
    "Nguyễn",
    "Tran",
    "Haddad",
    "Khoury",
    "Øberg",
    "Åström",
];
const SYLLABLES: &[&str] =
    &["ma", "lé", "ri", "sto", "ga", "bé", "no", "ï", "ka", "tra", "vè", "lo", "dju", "zan"];
const CATEGORIES: &[&str] = &["statement", "consult", "cooperate", "threaten", "reject", "military_action"];

struct Gen {
    rng: Rng,
    countries: Vec<Entity>,
    people: Vec<Entity>,
}

impl Gen {
    fn new() -> Gen {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let countries: Vec<Entity> = (0..190)
            .map(|i| {
                let name: String =
                    (0..2 + i % 3).map(|k| SYLLABLES[(i * 7 + k * 5) % SYLLABLES.len()]).collect();
                let mut chars = name.chars();
                let name: String =
                    chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect();
                let iso = format!("{}{:02}", (b'A' + (i % 26) as u8) as char, i);
                let capital: String = (0..2).map(|k| SYLLABLES[(i * 3 + k * 11) % SYLLABLES.len()]).collect();
                entity(&format!("country:{iso}"), &name, EntityKind::Country, &iso, &[&name, &capital])
            })
            .collect();
        let people: Vec<Entity> = (0..FIRST.len() * LAST.len())
            .map(|i| {
                let (f, l) = (FIRST[i % FIRST.len()], LAST[i / FIRST.len()]);
                let iso = countries[rng.below(countries.len())].country.clone().unwrap();
                let name = format!("{f} {l}");
                entity(&format!("person:{i}"), &name, EntityKind::Person, &iso, &[&name, &format!("M. {l}")])
            })
            .collect();
        Gen { rng, countries, people }
    }

    fn article(&mut self, n: usize) -> Article {
        let (y, m) = (2015 + self.rng.below(3) as i32, 1 + self.rng.below(12) as u32);
        let dct = format!("{y}-{m:02}-{:02}", 1 + self.rng.below(28));
        let mut text = String::new();
        let (mut sentences, mut mentions, mut timexes, mut events) = (vec![], vec![], vec![], vec![]);
        for s in 0..6 {
            let start = text.len();
            let p = &self.people[self.rng.below(self.people.len())];
            let c1 = &self.countries[self.rng.below(self.countries.len())];
            let c2 = &self.countries[self.rng.below(self.countries.len())];
            let day = 1 + self.rng.below(28);
            let put = |text: &mut String, s: &str| {
                let a = text.len();
                text.push_str(s);
                Span::new(a, text.len())
            };
            let pspan = put(&mut text, &p.name);
            put(&mut text, " a déclaré le ");
            let tspan = put(&mut text, &format!("{day} du mois"));
            put(&mut text, " que «\u{202f}");
            let c1span = put(&mut text, &c1.aliases[1]);
            put(&mut text, " refuse de recevoir une délégation de ");
            let c2span = put(&mut text, &c2.name);
            put(&mut text, "\u{202f}», selon l’agence. ");
            sentences.push(Sentence { span: Span::new(start, text.len() - 1), zone: None });
            mentions.push(Mention { span: pspan, kind: MentionKind::Person, entity: p.id.clone() });
            mentions.push(Mention { span: c1span, kind: MentionKind::Location, entity: c1.id.clone() });
            mentions.push(Mention { span: c2span, kind: MentionKind::Location, entity: c2.id.clone() });
            timexes.push(Timex {
                span: tspan,
                kind: TimexType::Date,
                value: format!("{y}-{m:02}-{day:02}"),
                modifier: None,
                resolution: Resolution::PublicationDate,
                anchor: Some(dct.clone()),
            });
            if s % 2 == 0 {
                events.push(Event {
                    sentence: s,
                    trigger: tspan,
                    date: format!("{y}-{m:02}-{day:02}"),
                    precision: Precision::Day,
                    approx: s == 4,
                    date_origin: EventDateOrigin::Timex,
                    timex: Some(s),
                    category: CATEGORIES[self.rng.below(CATEGORIES.len())].into(),
                    source: vec![c1.country.clone().unwrap()],
                    target: vec![c2.country.clone().unwrap()],
                    people: vec![p.id.clone()],
                    summary: format!("{} : délégation refusée", p.name),
                });
            }
        }
        Article {
            id: format!("{n:06}"),
            title: format!("Article {n} sur la diplomatie"),
            source: Some(["Le Vif", "Sputnik", "HuffPost Québec"][n % 3].into()),
            url: None,
            dct: Some(dct),
            dct_approx: false,
            dct_origin: DctOrigin::Manifest,
            warnings: vec![],
            text,
            zones: vec![],
            sentences,
            mentions,
            timexes,
            events,
        }
    }
}

fn entity(id: &str, name: &str, kind: EntityKind, iso: &str, aliases: &[&str]) -> Entity {
    Entity {
        id: id.into(),
        name: name.into(),
        kind,
        country: Some(iso.into()),
        role: None,
        in_lexicon: true,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
    }
}

fn generated() -> Corpus {
    let mut g = Gen::new();
    let articles = (0..ARTICLES).map(|n| g.article(n)).collect();
    let mut entities: Vec<Entity> = g.countries.into_iter().chain(g.people).collect();
    entities.sort_by(|a, b| a.id.cmp(&b.id));
    Corpus { format: FORMAT_NAME.into(), version: SCHEMA_VERSION, articles, entities }
}

fn frame(term: &mut Terminal<TestBackend>, app: &App) {
    term.draw(|f| ui::draw(app, f)).unwrap();
}

/// Times `key` + a frame; `reset` (not timed) restores the state before the next press.
fn press(
    app: &mut App,
    term: &mut Terminal<TestBackend>,
    iters: u64,
    key: &dyn Fn(&mut App),
    reset: &dyn Fn(&mut App),
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let t = Instant::now();
        key(app);
        frame(term, app);
        total += t.elapsed();
        reset(app);
    }
    total
}

fn keystrokes(c: &mut Criterion) {
    let started = Instant::now();
    let corpus = generated();
    let generated_in = started.elapsed();
    let started = Instant::now();
    let catalog = Catalog::new(corpus);
    eprintln!(
        "generated {ARTICLES} articles in {generated_in:.1?}; catalog (timeline + index) built in {:.1?}; {} events",
        started.elapsed(),
        catalog.entries.len()
    );
    let mut app = App::new(catalog, SIZE);
    let mut term = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    frame(&mut term, &app);

    let type_query = |app: &mut App, q: &str| {
        app.update(Action::OpenFilter);
        for ch in q.chars() {
            app.update(Action::PromptInput(ch));
        }
    };
    let mut g = c.benchmark_group("keystroke_100k");
    g.sample_size(20).measurement_time(Duration::from_secs(4)).warm_up_time(Duration::from_secs(1));

    g.bench_function("j_in_article_list", |b| {
        b.iter_custom(|n| {
            press(&mut app, &mut term, n, &|a| a.update(Action::Down), &|a| a.update(Action::Up))
        })
    });
    type_query(&mut app, "lav");
    g.bench_function("type_letter_in_filter_prompt", |b| {
        b.iter_custom(|n| {
            press(&mut app, &mut term, n, &|a| a.update(Action::PromptInput('r')), &|a| {
                a.update(Action::PromptBackspace)
            })
        })
    });
    g.bench_function("enter_applies_filter", |b| {
        b.iter_custom(|n| {
            press(&mut app, &mut term, n, &|a| a.update(Action::PromptAccept), &|a| {
                a.update(Action::ClearFilters);
                type_query(a, "lav");
            })
        })
    });
    app.update(Action::PromptCancel);
    g.bench_function("esc_clears_filter", |b| {
        b.iter_custom(|n| {
            press(&mut app, &mut term, n, &|a| a.update(Action::ClearFilters), &|a| {
                type_query(a, "lavrov");
                a.update(Action::PromptAccept);
            })
        })
    });
    app.update(Action::Focus(Pane::Timeline));
    app.update(Action::PageDown);
    g.bench_function("enter_jumps_to_sentence", |b| {
        b.iter_custom(|n| {
            press(&mut app, &mut term, n, &|a| a.update(Action::Activate), &|a| a.update(Action::Back))
        })
    });
    g.finish();
}

fn first_frame(c: &mut Criterion) {
    let corpus = common::corpus();
    let mut g = c.benchmark_group("first_frame");
    g.sample_size(20).measurement_time(Duration::from_secs(2));
    g.bench_function("fixture_corpus", |b| {
        b.iter(|| {
            let app = App::new(Catalog::new(corpus.clone()), SIZE);
            let mut term = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
            frame(&mut term, &app);
        })
    });
    g.bench_function("embedded_corpus", |b| {
        b.iter(|| {
            let app = App::new(Catalog::new(dossier::corpus::io::embedded()), SIZE);
            let mut term = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
            frame(&mut term, &app);
        })
    });
    g.finish();
}

criterion_group!(benches, first_frame, keystrokes);
criterion_main!(benches);
