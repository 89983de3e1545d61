//! Scale: the generated corpora, sharded parsing of them, and the binary corpus form.

mod generator;

use generator::Generator;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn dossier() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn run_ok(cmd: &mut Command) -> Output {
    let o = cmd.output().expect("dossier runs");
    assert!(o.status.success(), "{}", stderr(&o));
    o
}

/// `dossier parse - --format jsonl` in its own process, `input` on its standard input.
fn parse_shard(input: &str) -> Vec<u8> {
    let mut child = dossier()
        .args(["parse", "-", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    // Write from another thread: the child writes its output while it reads.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    o.stdout
}

#[test]
fn the_generator_is_deterministic_and_writes_articles_of_1_to_5_kb() {
    let a = Generator::new(7).jsonl(60);
    assert_eq!(a, Generator::new(7).jsonl(60), "same seed, same bytes");
    assert_ne!(a, Generator::new(8).jsonl(60), "another seed, another corpus");
    // Article i depends on the seed and i only.
    assert_eq!(a.lines().nth(42).unwrap(), serde_json::to_string(&Generator::new(7).article(42)).unwrap());

    let raws = dossier::input::read_jsonl(a.as_bytes(), "gen.jsonl", dossier::input::OnError::Stop).unwrap();
    assert_eq!(raws.len(), 60);
    for r in &raws {
        assert!((1000..=5000).contains(&r.text.len()), "{} is {} bytes", r.id, r.text.len());
    }
    let all: String = raws.iter().map(|r| r.text.as_str()).collect();
    for feature in
        ["’", "«\u{202f}", "\u{202f}»", "\", a-t-", "plus tard", "Suivez Sputnik", "Actualisé", "©"]
    {
        assert!(all.contains(feature), "no {feature:?} in 60 generated articles");
    }
    let dated = raws.iter().filter_map(|r| r.date).map(|d| d.to_string()).collect::<Vec<_>>();
    assert!(dated.len() > 40 && dated.len() < 60, "most articles are dated, not all");
    assert!(dated.iter().all(|d| d.as_str() >= "2015-09" && d.as_str() < "2017-03"), "{dated:?}");
}

#[test]
fn generated_articles_parse_into_dated_events_with_actors() {
    let g = Generator::new(42);
    let raws: Vec<_> = g.articles(30).map(|a| a.to_raw()).collect();
    let corpus = dossier::parse::parse_all(&raws, dossier::parse::Resources::embedded());
    let events: Vec<_> = corpus.articles.iter().flat_map(|a| &a.events).collect();
    assert!(events.len() > 30 * 3, "{} events", events.len());
    assert!(events.iter().filter(|e| !e.source.is_empty()).count() > events.len() / 2);
    let timexes: Vec<_> = corpus.articles.iter().flat_map(|a| &a.timexes).collect();
    use dossier::corpus::Resolution::*;
    for how in [Absolute, PublicationDate, PreviousDate] {
        assert!(timexes.iter().any(|t| t.resolution == how), "no timex resolved {how:?}");
    }
    assert!(timexes.iter().any(|t| t.approximate()), "no approximate date");
    assert!(timexes.iter().any(|t| t.value.starts_with('P')), "no duration");
    assert!(corpus.entities.iter().any(|e| !e.in_lexicon), "no unknown name found");
}

#[test]
fn sharded_parse_of_a_generated_corpus_equals_a_single_run() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = Generator::new(2016).jsonl(200);
    let all = dir.path().join("all.jsonl");
    std::fs::write(&all, &jsonl).unwrap();
    let single = dir.path().join("single.json");
    run_ok(dossier().arg("parse").arg(&all).arg("-o").arg(&single));

    // Four shards of uneven sizes, each parsed in its own process through stdin/stdout.
    let lines: Vec<&str> = jsonl.lines().collect();
    let mut shards = Vec::new();
    for (i, range) in [0..37, 37..100, 100..101, 101..200].into_iter().enumerate() {
        let part = &lines[range];
        let out = parse_shard(&(part.join("\n") + "\n"));
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), part.len(), "one line in, one line out");
        let shard = dir.path().join(format!("part-{i:05}.jsonl"));
        std::fs::write(&shard, out).unwrap();
        shards.push(shard);
    }
    let merged = dir.path().join("merged.json");
    run_ok(dossier().arg("merge").args(&shards).arg("-o").arg(&merged));
    let (merged, single) = (std::fs::read(&merged).unwrap(), std::fs::read(&single).unwrap());
    assert!(merged == single, "the merged shards differ from the single run");
}

fn timeline(corpus: &Path) -> Vec<u8> {
    run_ok(dossier().arg("timeline").arg("--corpus").arg(corpus).args(["--format", "csv"])).stdout
}

#[test]
fn a_binary_corpus_holds_the_same_corpus_as_the_json() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, Generator::new(3).jsonl(40)).unwrap();
    let (json, bin) = (dir.path().join("c.json"), dir.path().join("c.bin"));
    run_ok(dossier().arg("parse").arg(&input).arg("-o").arg(&json));
    run_ok(dossier().arg("parse").arg(&input).args(["--format", "binary", "-o"]).arg(&bin));
    assert!(std::fs::metadata(&bin).unwrap().len() < std::fs::metadata(&json).unwrap().len() / 2);

    let from_json = dossier::corpus::io::load(&json).unwrap();
    assert_eq!(from_json.articles.len(), 40);
    assert_eq!(dossier::corpus::io::load(&bin).unwrap(), from_json);
    assert_eq!(timeline(&bin), timeline(&json));

    // JSON → binary → JSON through merge gives back the same bytes.
    let (bin2, json2) = (dir.path().join("again.bin"), dir.path().join("again.json"));
    run_ok(dossier().arg("merge").arg(&json).args(["--format", "binary", "-o"]).arg(&bin2));
    run_ok(dossier().arg("merge").arg(&bin2).arg("-o").arg(&json2));
    assert_eq!(std::fs::read(&json2).unwrap(), std::fs::read(&json).unwrap());
}

#[test]
fn a_damaged_binary_corpus_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, Generator::new(3).jsonl(5)).unwrap();
    let bin = dir.path().join("c.bin");
    run_ok(dossier().arg("parse").arg(&input).args(["--format", "binary", "-o"]).arg(&bin));
    let bytes = std::fs::read(&bin).unwrap();
    std::fs::write(&bin, &bytes[..bytes.len() / 2]).unwrap();
    let o = dossier().arg("timeline").arg("--corpus").arg(&bin).output().unwrap();
    assert!(!o.status.success());
    assert!(stderr(&o).contains("c.bin: truncated binary corpus"), "{}", stderr(&o));
}
