//! The CPU time of a keystroke in the browser, on a parsed corpus file: what `cargo bench --bench
//! browse` times in wall clock, counted in CPU time of all the process's threads (from
//! /proc/self/task/*/schedstat, in nanoseconds), which another agent's load does not inflate.
//! Each key is pressed, a 120×40 frame drawn, and the state restored, as the benchmark does; the
//! restoring key is timed apart. The first letter typed after `/` scores every entity; the
//! next ones rescore only the entities the query before them matched. For docs/PERFORMANCE.md:
//!
//! `cargo run --release --example keystroke_report -- /tmp/100k.bin [PRESSES]`

use dossier::browse::app::{Action, App, Pane};
use dossier::browse::catalog::Catalog;
use dossier::browse::{load::load_store, ui};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// CPU time of every thread of this process so far, in nanoseconds (Linux; 0 elsewhere).
fn cpu_ns() -> u64 {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else { return 0 };
    tasks
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("schedstat")).ok())
        .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .sum()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

struct Key {
    name: &'static str,
    press: fn(&mut App),
    reset: fn(&mut App),
}

fn type_query(app: &mut App, q: &str) {
    app.update(Action::OpenFilter);
    for ch in q.chars() {
        app.update(Action::PromptInput(ch));
    }
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args_os().skip(1);
    let Some(path) = args.next().map(PathBuf::from) else {
        anyhow::bail!("usage: keystroke_report CORPUS_FILE [PRESSES]");
    };
    let presses: usize = match args.next() {
        Some(n) => n.to_string_lossy().parse()?,
        None => 300,
    };
    let catalog = Catalog::new(load_store(Some(&path))?);
    catalog.index_ready();
    let mut app = App::new(catalog, (120, 40));
    let mut term = Terminal::new(TestBackend::new(120, 40))?;
    term.draw(|f| ui::draw(&app, f))?;

    // The benchmark's keys, in its order, each from the state the one before leaves.
    let keys = [
        Key {
            name: "j in the article list",
            press: |a| a.update(Action::Down),
            reset: |a| a.update(Action::Up),
        },
        Key {
            name: "first letter in the filter (\"\" → \"l\")",
            press: |a| a.update(Action::PromptInput('l')),
            reset: |a| a.update(Action::PromptBackspace),
        },
        Key {
            name: "typing a letter in the filter (\"lav\" → \"lavr\")",
            press: |a| a.update(Action::PromptInput('r')),
            reset: |a| a.update(Action::PromptBackspace),
        },
        Key {
            name: "Enter applies the filter",
            press: |a| a.update(Action::PromptAccept),
            reset: |a| {
                a.update(Action::ClearFilters);
                type_query(a, "lav");
            },
        },
        Key {
            name: "Esc clears the filters",
            press: |a| a.update(Action::ClearFilters),
            reset: |a| {
                type_query(a, "lavrov");
                a.update(Action::PromptAccept);
            },
        },
        Key {
            name: "Enter jumps to the sentence",
            press: |a| a.update(Action::Activate),
            reset: |a| a.update(Action::Back),
        },
    ];
    println!(
        "corpus {} ({} articles), {presses} presses per key",
        path.display(),
        app.catalog.articles().len()
    );
    println!("{:<48} {:>12} {:>12} {:>12}", "key (+ frame)", "CPU / press", "wall median", "wall max");
    for (k, key) in keys.iter().enumerate() {
        match k {
            1 => type_query(&mut app, ""),
            2 => type_query(&mut app, "lav"),
            4 => app.update(Action::PromptCancel),
            5 => {
                app.update(Action::Focus(Pane::Timeline));
                app.update(Action::PageDown);
            }
            _ => {}
        }
        let mut cpu = 0;
        let mut walls = Vec::with_capacity(presses);
        for _ in 0..presses {
            let (t, c) = (Instant::now(), cpu_ns());
            (key.press)(&mut app);
            term.draw(|f| ui::draw(&app, f))?;
            cpu += cpu_ns() - c;
            walls.push(t.elapsed());
            (key.reset)(&mut app);
        }
        let max = walls.iter().max().copied().unwrap_or_default();
        println!(
            "{:<48} {:>9.2} ms {:>9.2} ms {:>9.2} ms",
            key.name,
            cpu as f64 / presses as f64 / 1e6,
            median(walls).as_secs_f64() * 1e3,
            max.as_secs_f64() * 1e3
        );
    }
    Ok(())
}
