//! Loads a corpus file the way `dossier --corpus FILE` does (corpus → store → catalog → browser
//! state → first frame; then waits for the filter's index, built meanwhile) and reports the time of each step and the peak memory of the process (VmHWM, from
//! /proc/self/status) against the raw text size. For docs/PERFORMANCE.md:
//!
//! `cargo run --release --example load_report -- /tmp/100k.bin`

use dossier::browse::app::App;
use dossier::browse::catalog::Catalog;
use dossier::browse::{load::load_store, ui};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::PathBuf;
use std::time::Instant;

/// Peak resident memory of this process, in bytes (Linux).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// CPU time of this process so far (user + system), in seconds: on a shared machine, less noisy
/// than the wall clock. /proc counts in USER_HZ ticks, 100 per second on Linux.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn main() -> anyhow::Result<()> {
    let Some(path) = std::env::args_os().nth(1).map(PathBuf::from) else {
        anyhow::bail!("usage: load_report CORPUS_FILE");
    };
    let started = Instant::now();
    let cpu_at_start = cpu_seconds();
    let store = load_store(Some(&path))?;
    let loaded = started.elapsed();
    let cpu_loaded = cpu_seconds();
    let text = store.text_bytes() as u64;
    let articles = store.articles().len();
    let entities = store.entities().len();
    let t = Instant::now();
    let catalog = Catalog::new(store);
    let indexed = t.elapsed();
    let cpu_indexed = cpu_seconds();
    let t = Instant::now();
    let app = App::new(catalog, (120, 40));
    let mut term = Terminal::new(TestBackend::new(120, 40))?;
    term.draw(|f| ui::draw(&app, f))?;
    let first_frame = t.elapsed();
    let total = started.elapsed();
    let cpu_framed = cpu_seconds();
    // The filter's index, built on another thread meanwhile: what the first filter keystroke
    // waits for when typed at once.
    let t = Instant::now();
    app.catalog.index_ready();
    let index_wait = t.elapsed();
    let index_ready = started.elapsed();
    let cpu_index = cpu_seconds();
    // CPU time of a step (all threads), when /proc tells.
    let cpu = |from: Option<f64>, to: Option<f64>| match (from, to) {
        (Some(from), Some(to)) => format!("  CPU {:>6.2} s", to - from),
        _ => String::new(),
    };
    let file = std::fs::metadata(&path)?.len();
    println!("corpus      {} ({articles} articles, {:.1} MB file)", path.display(), mb(file));
    let count = |f: &dyn Fn(&dossier::browse::store::Article) -> usize| -> usize {
        app.catalog.articles().iter().map(f).sum()
    };
    println!(
        "counts      {} sentences, {} mentions, {} date expressions, {} events, {} entities",
        count(&|a| a.sentences.len()),
        count(&|a| a.mentions.len()),
        count(&|a| a.timexes.len()),
        count(&|a| a.event_count()),
        entities
    );
    println!("read        {:>8.3} s{}", loaded.as_secs_f64(), cpu(cpu_at_start, cpu_loaded));
    println!("catalog     {:>8.3} s{}", indexed.as_secs_f64(), cpu(cpu_loaded, cpu_indexed));
    println!("state+frame {:>8.3} s{}", first_frame.as_secs_f64(), cpu(cpu_indexed, cpu_framed));
    println!("total       {:>8.3} s  (file → first frame)", total.as_secs_f64());
    println!(
        "index ready {:>8.3} s  (file → filter index built; {:.3} s after the first frame{})",
        index_ready.as_secs_f64(),
        index_wait.as_secs_f64(),
        cpu(cpu_framed, cpu_index)
    );
    if let Some(cpu) = cpu_seconds() {
        println!("CPU time    {cpu:>8.2} s  (user + system, all threads, index included)");
    }
    match peak_rss() {
        Some(peak) => println!(
            "peak RSS    {:>8.1} MB = {:.2} × the raw text ({:.1} MB)",
            mb(peak),
            peak as f64 / text as f64,
            mb(text)
        ),
        None => println!("peak RSS    unknown (no /proc/self/status)"),
    }
    Ok(())
}
