//! `dossier parse` and `dossier merge` as a user runs them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn dossier() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
}

fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/articles")
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("dossier runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The seeds as JSON Lines, with the manifest's metadata.
fn seeds_jsonl() -> String {
    let raws = dossier::input::read_inputs(&[seeds_dir()], false).unwrap();
    raws.iter()
        .map(|a| {
            serde_json::json!({
                "id": a.id, "title": a.title, "source": a.source, "url": a.url,
                "date": a.date.map(|d| d.to_string()), "date_approx": a.date_approx, "text": a.text,
            })
            .to_string()
                + "\n"
        })
        .collect()
}

#[test]
fn parsing_the_seed_folder_gives_the_committed_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("c.json");
    let o = run(dossier().arg("parse").arg(seeds_dir()).arg("-o").arg(&out));
    assert!(o.status.success(), "{}", stderr(&o));
    let committed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus.json")).unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), committed);
}

#[test]
fn sharded_parse_then_merge_equals_a_single_run() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = seeds_jsonl();
    let all = dir.path().join("all.jsonl");
    std::fs::write(&all, &jsonl).unwrap();
    let single = dir.path().join("single.json");
    let o = run(dossier().arg("parse").arg(&all).arg("-o").arg(&single));
    assert!(o.status.success(), "{}", stderr(&o));

    // Three shards, each parsed in its own process, reading stdin and writing stdout.
    let lines: Vec<&str> = jsonl.lines().collect();
    let mut shards = Vec::new();
    for (i, part) in lines.chunks(2).enumerate() {
        let mut child = dossier()
            .args(["parse", "-", "--format", "jsonl"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all((part.join("\n") + "\n").as_bytes()).unwrap();
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(o.stdout.iter().filter(|&&b| b == b'\n').count(), part.len(), "one line in, one line out");
        let shard = dir.path().join(format!("shard{i}.jsonl"));
        std::fs::write(&shard, &o.stdout).unwrap();
        shards.push(shard);
    }
    let merged = dir.path().join("merged.json");
    let o = run(dossier().arg("merge").args(&shards).arg("-o").arg(&merged));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(std::fs::read(&merged).unwrap(), std::fs::read(&single).unwrap());
}

#[test]
fn bad_inputs_are_named_and_never_modified() {
    let dir = tempfile::tempdir().unwrap();
    let arts = dir.path().join("arts");
    std::fs::create_dir(&arts).unwrap();
    std::fs::write(arts.join("ok.txt"), "Le 3 octobre, les États-Unis ont suspendu les discussions.")
        .unwrap();
    std::fs::write(arts.join("latin1.txt"), b"Moscou a d\xe9clar\xe9").unwrap();
    let before: Vec<Vec<u8>> =
        ["ok.txt", "latin1.txt"].iter().map(|f| std::fs::read(arts.join(f)).unwrap()).collect();

    let o = run(dossier().arg("parse").arg(&arts));
    assert!(!o.status.success());
    assert!(stderr(&o).contains("latin1.txt: not UTF-8"), "{}", stderr(&o));

    let o = run(dossier().arg("parse").arg(&arts).arg("--keep-going"));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("warning: skipped"), "{}", stderr(&o));
    let corpus: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(corpus["articles"].as_array().unwrap().len(), 1);

    let o = run(dossier().arg("parse").arg(&arts).arg("-o").arg(arts.join("ok.txt")));
    assert!(!o.status.success());
    assert!(stderr(&o).contains("refusing to overwrite"), "{}", stderr(&o));

    let after: Vec<Vec<u8>> =
        ["ok.txt", "latin1.txt"].iter().map(|f| std::fs::read(arts.join(f)).unwrap()).collect();
    assert_eq!(before, after);
}

#[test]
fn malformed_jsonl_line_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("in.jsonl");
    std::fs::write(&f, "{\"id\":\"a\",\"text\":\"Bonjour.\"}\n{\"id\": \"b\", \"text\": }\n").unwrap();
    let o = run(dossier().arg("parse").arg(&f));
    assert!(!o.status.success());
    assert!(stderr(&o).contains("in.jsonl:2: malformed article line"), "{}", stderr(&o));
}

#[test]
fn undated_articles_are_parsed_and_say_so() {
    let mut child =
        dossier().args(["parse", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "{\"id\":\"x\",\"text\":\"Le ministre a déclaré mercredi que Paris était prêt.\"}\n".as_bytes(),
        )
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let corpus: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let a = &corpus["articles"][0];
    assert_eq!(a["dct_origin"], "none");
    assert!(a.get("dct").is_none());
    let mercredi = &a["timexes"][0];
    assert_eq!(mercredi["resolution"], "unresolved");
    assert!(mercredi["value"].as_str().unwrap().starts_with("XXXX"), "{mercredi}");
}

#[test]
fn a_closed_pipe_ends_output_quietly() {
    let mut child = dossier().arg("timeline").stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take()); // the reader goes away at once, like `| head -0`
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("Broken pipe"), "{}", stderr(&o));
}

#[test]
fn the_same_article_id_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("dup.jsonl");
    std::fs::write(&f, "{\"id\":\"a\",\"text\":\"Un.\"}\n{\"id\":\"a\",\"text\":\"Deux.\"}\n").unwrap();
    let err = dossier::input::read_inputs(std::slice::from_ref(&f), false).unwrap_err().to_string();
    assert!(err.contains("\"a\" appears twice"), "{err}");
    let o = run(dossier().arg("parse").arg(&f));
    assert!(!o.status.success());
    assert!(stderr(&o).contains("\"a\" appears twice"), "{}", stderr(&o));
}

/// `-o /dev/null` or a named pipe is written in place: renaming the finished file over it (as for
/// a regular file) would replace the device or the pipe with a file.
#[cfg(unix)]
#[test]
fn a_pipe_or_device_given_as_output_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out.pipe");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("no mkfifo here: skipped");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(&fifo).unwrap())
    };
    let o = run(dossier().args(["parse", "-o"]).arg(&fifo).arg(seeds_dir()));
    assert!(o.status.success(), "{}", stderr(&o));
    // Checked before waiting for the reader, which would wait forever for a replaced pipe.
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo(), "the pipe is still a pipe");
    let written = reader.join().unwrap();
    let corpus: serde_json::Value =
        serde_json::from_slice(&written).expect("the corpus came through the pipe");
    assert_eq!(corpus["articles"].as_array().map(Vec::len), Some(5));
}

/// `--corpus` is what the browser and `timeline` read; the other commands neither show nor accept it.
#[test]
fn corpus_is_refused_by_commands_that_do_not_read_it() {
    for help in
        [&["parse", "--help"][..], &["merge", "--help"], &["eval", "--help"], &["eval", "timeml", "--help"]]
    {
        let o = run(dossier().args(help));
        assert!(o.status.success());
        assert!(!String::from_utf8_lossy(&o.stdout).contains("--corpus <"), "{help:?} offers --corpus");
    }
    let o = run(dossier().args(["timeline", "--help"]));
    assert!(String::from_utf8_lossy(&o.stdout).contains("--corpus <PATH>"));

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("c.json");
    let o = run(dossier().args(["parse", "--corpus", "x.json", "-o"]).arg(&out).arg(seeds_dir()));
    assert_eq!(o.status.code(), Some(2), "a usage error: {}", stderr(&o));
    assert!(stderr(&o).contains("unexpected argument '--corpus'"), "{}", stderr(&o));
    let o = run(dossier().args(["--corpus", "x.json", "parse", "-o"]).arg(&out).arg(seeds_dir()));
    assert_eq!(o.status.code(), Some(2), "a usage error: {}", stderr(&o));
    assert!(stderr(&o).contains("`parse` does not read it"), "{}", stderr(&o));
    assert!(!out.exists(), "nothing written");
    let o = run(dossier().args(["eval", "timeml", "--corpus", "x.json", "."]));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn merge_offers_only_the_formats_it_writes() {
    let o = run(dossier().args(["merge", "--format", "jsonl", "x.jsonl"]));
    assert_eq!(o.status.code(), Some(2), "a usage error: {}", stderr(&o));
    assert!(stderr(&o).contains("[possible values: corpus, binary]"), "{}", stderr(&o));
}

/// A bad `-o` is reported at once, naming the path the user gave (not the writer's temporary file),
/// and nothing is written.
#[test]
fn output_into_a_missing_folder_or_onto_a_folder_is_refused_up_front() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/folder/c.json");
    let o = run(dossier().arg("parse").arg(seeds_dir()).arg("-o").arg(&missing));
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains(&format!("no folder {}", dir.path().join("no/such/folder").display())),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("at path"), "no temporary file named: {}", stderr(&o));

    let o = run(dossier().arg("merge").arg(seeds_dir().join("../corpus.json")).arg("-o").arg(dir.path()));
    assert!(!o.status.success());
    assert!(stderr(&o).contains("is a folder; -o takes the name of the file to write"), "{}", stderr(&o));

    let file = dir.path().join("plain.txt");
    std::fs::write(&file, "x").unwrap();
    let o = run(dossier().arg("parse").arg(seeds_dir()).arg("-o").arg(file.join("c.json")));
    assert!(!o.status.success());
    assert!(stderr(&o).contains("plain.txt is not a folder"), "{}", stderr(&o));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "nothing written");
}

/// A corpus written with `-o` is readable as any new file is (the umask decides, not the
/// temporary file's owner-only mode), and a corpus it replaces keeps its permissions.
#[cfg(unix)]
#[test]
fn an_output_file_has_the_permissions_of_a_new_file_or_of_the_file_it_replaces() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let plain = dir.path().join("plain.txt");
    std::fs::File::create(&plain).unwrap();
    let out = dir.path().join("corpus.json");
    let o = run(dossier().arg("parse").arg(seeds_dir()).arg("-o").arg(&out));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(mode(&out), mode(&plain));
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    let o = run(dossier().arg("parse").arg(seeds_dir()).arg("-o").arg(&out));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(mode(&out), 0o640);
}
