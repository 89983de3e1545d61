//! Time of each parse stage on generated articles (see `tests/generator`), one core, for
//! docs/PERFORMANCE.md: where the parse spends its time.
//!
//! `cargo run --release --example parse_stages -- 1000`, or on articles of a JSON Lines file:
//! `cargo run --release --example parse_stages -- --input articles.jsonl`. The generator writes
//! its articles from the lexicons, so two builds with different lexicons parse different articles
//! unless both read the same file (`examples/generate` writes one).

#[path = "../tests/generator/mod.rs"]
mod generator;

use dossier::corpus::Span;
use dossier::parse::{compose, dct, entities, events, segment, timex, zones, Resources};
use std::time::{Duration, Instant};

const STAGES: [&str; 7] = ["compose", "zones", "segment", "dct", "entities", "timex", "events"];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let raws: Vec<_> = match args.as_slice() {
        [flag, path] if flag == "--input" => {
            match dossier::input::read_inputs(&[std::path::PathBuf::from(path)], false) {
                Ok(raws) => raws,
                Err(e) => {
                    eprintln!("parse_stages: {e:#}");
                    std::process::exit(1);
                }
            }
        }
        _ => {
            let n: usize = args.first().and_then(|s| s.parse().ok()).unwrap_or(1000);
            generator::Generator::new(42).articles(n).map(|a| a.to_raw()).collect()
        }
    };
    let bytes: usize = raws.iter().map(|r| r.text.len()).sum();
    let res = Resources::embedded();
    let mut spent = [Duration::ZERO; STAGES.len()];
    let mut timed = |stage: usize, started: Instant| spent[stage] += started.elapsed();
    for raw in &raws {
        // The stages as `parse::parse_article` runs them.
        let t = Instant::now();
        let composed = compose::Composed::of(&raw.text);
        timed(0, t);
        let text = composed.as_ref().map_or(raw.text.as_str(), |c| c.text.as_str());
        let t = Instant::now();
        let zones = zones::detect(text, &res.zones);
        timed(1, t);
        let t = Instant::now();
        let sentences = segment::split(text, &zones, &res.abbreviations);
        timed(2, t);
        let t = Instant::now();
        std::hint::black_box(dct::from_header(text, &zones));
        timed(3, t);
        let t = Instant::now();
        let found = entities::recognise(text, &sentences, &res.lexicon);
        timed(4, t);
        let t = Instant::now();
        let body: Vec<Span> = sentences.iter().filter(|s| s.zone.is_none()).map(|s| s.span).collect();
        let timexes = timex::extract(text, &body, raw.date, &res.timex);
        timed(5, t);
        let t = Instant::now();
        let input = events::EventInput {
            text,
            sentences: &sentences,
            mentions: &found.mentions,
            entities: &found.entities,
            timexes: &timexes,
            dct: raw.date,
            dct_approx: raw.date_approx,
        };
        std::hint::black_box(events::extract(&input, &res.verbs));
        timed(6, t);
    }
    let total: Duration = spent.iter().sum();
    let mb = bytes as f64 / 1e6;
    let n = raws.len();
    println!("{n} articles, {mb:.2} MB of text, one core: {:.2} MB/s", mb / total.as_secs_f64());
    println!("{:<10} {:>9} {:>7} {:>10}", "stage", "time", "share", "MB/s");
    for (name, d) in STAGES.iter().zip(spent) {
        let s = d.as_secs_f64();
        println!("{name:<10} {:>8.3}s {:>6.1}% {:>10.1}", s, 100.0 * s / total.as_secs_f64(), mb / s);
    }
}
