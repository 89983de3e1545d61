//! Loading a parsed corpus, file → ready to browse (`browse::load::load_store`, then the
//! catalog's timeline and entity index, then the browser state), on generated corpora of 1k, 10k
//! and 100k articles: the JSON corpus (the interchange form) at 1k and 10k, the binary form at
//! every size. Target: ≤ 2 s at 100k. Run: `cargo bench --bench load`.

#[path = "support/mod.rs"]
mod support;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use dossier::browse::app::App;
use dossier::browse::catalog::Catalog;
use dossier::browse::load::load_store;
use dossier::corpus::{binary, io};
use std::path::Path;
use std::time::{Duration, Instant};

fn ready_to_browse(path: &Path) -> App {
    let store = load_store(Some(path)).expect("the corpus loads");
    App::new(Catalog::new(store), (120, 40))
}

/// Times `iters` loads of `path`, each until ready to browse. Between them, untimed, the filter's
/// index (which the catalog builds on another thread once the browser is ready) is waited for and
/// everything dropped, so that no load runs alongside the previous one's index.
fn timed_loads(path: &Path, iters: u64) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let started = Instant::now();
        let app = ready_to_browse(path);
        total += started.elapsed();
        app.catalog.index_ready();
        drop(app);
    }
    total
}

fn bench_load(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("load");
    for n in [1_000, 10_000, 100_000] {
        let corpus = support::parsed_corpus(n);
        group.throughput(Throughput::Bytes(support::text_bytes(&corpus) as u64));
        let bin = dir.path().join(format!("{n}.bin"));
        binary::write(&corpus, std::io::BufWriter::new(std::fs::File::create(&bin).unwrap())).unwrap();
        let json = dir.path().join(format!("{n}.json"));
        if n <= 10_000 {
            std::fs::write(&json, io::to_json(&corpus)).unwrap();
        }
        drop(corpus);
        let (samples, time) = if n < 100_000 { (10, 5) } else { (10, 30) };
        group.sample_size(samples).measurement_time(Duration::from_secs(time));
        group.bench_with_input(BenchmarkId::new("binary", n), &bin, |b, bin| {
            b.iter_custom(|iters| timed_loads(bin, iters))
        });
        if n <= 10_000 {
            group.bench_with_input(BenchmarkId::new("json", n), &json, |b, json| {
                b.iter_custom(|iters| timed_loads(json, iters))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench_load);
criterion_main!(benches);
