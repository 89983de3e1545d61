//! Parse throughput in bytes per second: on the seeds, and on generated French news (see
//! `tests/generator`), one core and all cores (rayon over articles). Run: `cargo bench --bench parse`.

#[path = "support/mod.rs"]
mod support;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dossier::corpus::Span;
use dossier::input::read_inputs;
use dossier::parse::{parse_all, parse_article, segment, timex, Resources};
use std::path::PathBuf;
use std::time::Duration;

fn seeds() -> Vec<dossier::input::RawArticle> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    read_inputs(&[dir], false).expect("seed articles")
}

fn bench_seeds(c: &mut Criterion) {
    let res = Resources::embedded();
    let seeds = seeds();
    let seed_bytes: usize = seeds.iter().map(|a| a.text.len()).sum();

    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(seed_bytes as u64));
    group.bench_function("one_core/5_seeds", |b| {
        b.iter(|| seeds.iter().map(|a| parse_article(a, res).article.events.len()).sum::<usize>())
    });

    // The date stage alone, on every sentence of the seeds.
    let sentences: Vec<Vec<Span>> = seeds
        .iter()
        .map(|a| segment::sentences(&a.text, &[]).into_iter().map(|s| s.span).collect())
        .collect();
    group.bench_function("timex/5_seeds", |b| {
        b.iter(|| {
            let tagged =
                seeds.iter().zip(&sentences).map(|(a, s)| timex::extract(&a.text, s, a.date, &res.timex));
            tagged.map(|t| t.len()).sum::<usize>()
        })
    });
    group.finish();
}

/// 1,000 generated articles (~3 MB): enough for rayon to spread, quick enough for 10 samples.
fn bench_generated(c: &mut Criterion) {
    let res = Resources::embedded();
    let raws = support::raw_articles(1000);
    let bytes: usize = raws.iter().map(|a| a.text.len()).sum();
    let mut group = c.benchmark_group("parse_generated_1k");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    for threads in [1, rayon::current_num_threads()] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        group.bench_with_input(BenchmarkId::new("threads", threads), &raws, |b, raws| {
            b.iter(|| pool.install(|| parse_all(raws, res).articles.len()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_seeds, bench_generated);
criterion_main!(benches);
