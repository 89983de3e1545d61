//! Keystroke → filtered state → rendered frame, on generated corpora (`tests/generator`, parsed by
//! `dossier::parse`) of 1k, 10k and 100k articles; and the first frame on the small fixture
//! corpus. Target: ≤ 16 ms median per keystroke at 100k. Run: `cargo bench --bench browse`.

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/mod.rs"]
mod support;

use criterion::{criterion_group, criterion_main, Criterion};
use dossier::browse::app::{Action, App, Pane};
use dossier::browse::catalog::Catalog;
use dossier::browse::ui;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::time::{Duration, Instant};

const SIZE: (u16, u16) = (120, 40);

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
    for n in [1_000, 10_000, 100_000] {
        keystrokes_at(c, n);
    }
}

fn keystrokes_at(c: &mut Criterion, n: usize) {
    let corpus = support::parsed_corpus(n);
    let started = Instant::now();
    let catalog = Catalog::new(corpus);
    eprintln!(
        "catalog (timeline + index) of {n} articles built in {:.1?}; {} events",
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
    let mut g = c.benchmark_group(format!("keystroke_{}k", n / 1000));
    g.sample_size(20).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));

    g.bench_function("j_in_article_list", |b| {
        b.iter_custom(|n| {
            press(&mut app, &mut term, n, &|a| a.update(Action::Down), &|a| a.update(Action::Up))
        })
    });
    // The first letter scores every entity; the next ones only those the query before matched.
    type_query(&mut app, "");
    g.bench_function("type_first_letter_in_filter_prompt", |b| {
        b.iter_custom(|n| {
            press(&mut app, &mut term, n, &|a| a.update(Action::PromptInput('l')), &|a| {
                a.update(Action::PromptBackspace)
            })
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
