//! Parse throughput on seed-like text, in bytes per second: one core, and all cores (rayon over
//! articles). Run: `cargo bench --bench parse`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dossier::corpus::Span;
use dossier::input::read_inputs;
use dossier::parse::{parse_all, parse_article, segment, timex, Resources};
use std::path::PathBuf;

fn seeds() -> Vec<dossier::input::RawArticle> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    read_inputs(&[dir], false).expect("seed articles")
}

fn bench_parse(c: &mut Criterion) {
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

    // Many articles, so that rayon has work to spread: 200 copies of the seeds (~2.3 MB).
    let copies = 200;
    let many: Vec<_> = (0..copies)
        .flat_map(|i| {
            seeds.iter().map(move |a| {
                let mut a = a.clone();
                a.id = format!("{}-{i}", a.id);
                a
            })
        })
        .collect();
    group.throughput(Throughput::Bytes((seed_bytes * copies) as u64));
    group.sample_size(10);
    for threads in [1, rayon::current_num_threads()] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        group.bench_with_input(BenchmarkId::new("corpus_threads", threads), &many, |b, many| {
            b.iter(|| pool.install(|| parse_all(many, res).articles.len()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
