//! `dossier timeline`: the timeline for scripts, as text, JSON and CSV.

mod common;

use std::process::Command;

fn timeline(args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let corpus = common::write_corpus(dir.path());
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["timeline", "--corpus", corpus.to_str().unwrap()])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn csv_filtered_by_a_person() {
    let out = timeline(&["--entity", "lavrov", "--format", "csv"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("matches Sergueï Lavrov (person:serguei-lavrov)"));
    let mut rd = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = rd.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    let dates: Vec<&str> = rows.iter().map(|r| &r[col("date")]).collect();
    assert_eq!(dates, vec!["2015-10-14", "2016-09-09", "2016-09-28"]);
    assert_eq!(&rows[0][col("article")], "001_levif");
    assert!(rows[0][col("sentence")].starts_with("Le ministre russe des Affaires étrangères, Sergueï Lavrov"));
    assert_eq!(&rows[2][col("source")], "USA");
    assert_eq!(&rows[2][col("target")], "RUS");
}

#[test]
fn json_keeps_precision_and_approximation() {
    let out = timeline(&["--format", "json"]);
    assert!(out.status.success());
    let events: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 10);
    assert_eq!(events[0]["date"], "2015-09-26");
    assert_eq!(events[0]["approx"], true);
    let last = &events[9];
    assert_eq!(last["date"], "2017-02");
    assert_eq!(last["precision"], "month");
    assert_eq!(last["dated_by"], "no date in the sentence → 2017-02, the publication date");
}

#[test]
fn text_shows_date_actors_article_and_sentence() {
    let out = timeline(&["--entity", "israel"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("≈2015-10-06 cooperate       ISR, RUS     Mécanisme israélo-russe"), "{text}");
    assert!(text.contains("[003_courrier] Israël et Moscou ont établi un mécanisme similaire."), "{text}");
}

#[test]
fn unknown_entity_is_an_error() {
    let out = timeline(&["--entity", "zzzz"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"zzzz\""));
}

#[test]
fn an_empty_entity_is_an_error_not_the_first_entity() {
    for name in ["", "  ", " - "] {
        let out = timeline(&["--entity", name]);
        assert!(!out.status.success(), "{name:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--entity needs a name"), "{name:?}: {err}");
        assert!(out.stdout.is_empty());
    }
    let out = timeline(&["--entity", "etats unis"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("matches États-Unis"));
}

#[test]
fn missing_corpus_names_the_file() {
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["timeline", "--corpus", "/nonexistent/corpus.json"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/corpus.json"));
}

#[test]
fn a_folder_of_articles_is_parsed_on_the_fly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Le Kremlin a démenti hier.\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["timeline", "--format", "json", "--corpus", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("parsing 1 article from"), "progress shown");
    let events: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(events.is_array());
}

#[test]
fn a_bad_json_lines_file_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("news.jsonl");
    std::fs::write(&path, "{\"id\": \"a\", \"text\": \"Bonjour.\"}\n{not json\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["timeline", "--corpus", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("news.jsonl:2"), "{err}");
}

#[test]
fn text_columns_line_up_whatever_the_category_and_actors() {
    use dossier::browse::export::{write, ExportedEvent};
    let event = |category: &str, source: &str, target: &str, summary: &str| ExportedEvent {
        date: "2016-09-19".into(),
        precision: dossier::corpus::Precision::Day,
        approx: false,
        category: category.into(),
        source: source.into(),
        target: target.into(),
        people: String::new(),
        summary: summary.into(),
        article: "a".into(),
        article_title: String::new(),
        sentence: "La phrase.".into(),
        dated_by: String::new(),
    };
    let events = [
        event("statement", "RUS", "USA", "First."),
        event("intent_to_cooperate", "", "TUR", "Second."),
        event("reduce_relations", "RUS;SYR", "USA;GBR;FRA", "Third."),
    ];
    let mut out = Vec::new();
    write(&mut out, &events, dossier::browse::TimelineFormat::Text).unwrap();
    let text = String::from_utf8(out).unwrap();
    let column = |summary: &str| {
        let line = text.lines().find(|l| l.ends_with(summary)).unwrap();
        line.chars().count() - summary.chars().count()
    };
    assert_eq!(column("First."), column("Second."), "{text}");
    assert_eq!(column("First."), column("Third."), "{text}");
    assert!(text.contains("2016-09-19  intent_to_cooperate → TUR"), "{text}");
}

#[test]
fn corpus_before_or_after_timeline_is_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = common::write_corpus(dir.path());
    let before = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["--corpus", corpus.to_str().unwrap(), "timeline", "--format", "csv"])
        .output()
        .unwrap();
    assert!(before.status.success(), "{}", String::from_utf8_lossy(&before.stderr));
    assert_eq!(before.stdout, timeline(&["--format", "csv"]).stdout);

    let twice = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["--corpus", "a.json", "timeline", "--corpus", "b.json"])
        .output()
        .unwrap();
    assert_eq!(twice.status.code(), Some(2), "a usage error");
    assert!(String::from_utf8_lossy(&twice.stderr).contains("--corpus is given twice"));
}

#[test]
fn every_format_stops_quietly_on_a_closed_pipe() {
    for format in ["text", "json", "csv"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["timeline", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{format}: {err}");
        assert!(!err.contains("Broken pipe"), "{format}: {err}");
    }
}
