//! Writes a generated corpus of French news articles as JSON Lines on standard output.
//!
//! `cargo run --release --example generate -- --articles 100000 --seed 42 > /tmp/100k.jsonl`
//! The same seed and count always give the same bytes. See `tests/generator/mod.rs`.

#[path = "../tests/generator/mod.rs"]
mod generator;

use clap::Parser;
use std::io::Write;

#[derive(Parser)]
#[command(about = "Generate French news articles as JSON Lines (for benchmarks and scale tests)")]
struct Args {
    /// How many articles.
    #[arg(long, default_value_t = 1000)]
    articles: usize,
    /// The seed: the same seed and count give the same corpus.
    #[arg(long, default_value_t = 42)]
    seed: u64,
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let out = std::io::stdout().lock();
    let mut out = std::io::BufWriter::new(out);
    generator::Generator::new(args.seed).write_jsonl(args.articles, &mut out)?;
    out.flush()
}
