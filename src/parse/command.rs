//! `dossier parse INPUT... [-o OUT] [--format corpus|jsonl|binary]` and
//! `dossier merge SHARDS... -o OUT [--format corpus|binary]`.
//!
//! `--format jsonl` is the pipe stage of a distributed run (Spark's `RDD.pipe`, Hadoop streaming,
//! GNU parallel): one article line in, one parsed-article line out, nothing shared between
//! articles but the resources. `merge` assembles such shards into the corpus a single run gives.

use super::{assemble, parse_article, DataSource, ParsedArticle, Resources};
use crate::corpus::io::to_json;
use crate::corpus::{binary, Article, Corpus, Entity, SCHEMA_VERSION};
use crate::input::{stream, OnError, RawArticle, UniqueIds};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// `format` of a parsed-article line.
pub const ARTICLE_LINE_FORMAT: &str = "dossier-article";

/// Articles parsed together before their lines are written: enough to keep every core busy,
/// few enough to keep memory flat on any input size.
const CHUNK: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One corpus JSON document.
    Corpus,
    /// One parsed article per line (`{"format": "dossier-article", "version", "article", "entities"}`).
    Jsonl,
    /// One corpus in binary form: the same data, loaded many times faster by `dossier --corpus`.
    Binary,
}

/// One line of `parse --format jsonl`: an article and the entities it mentions.
#[derive(Debug, Serialize, Deserialize)]
pub struct ArticleLine {
    pub format: String,
    pub version: u32,
    pub article: Article,
    pub entities: Vec<Entity>,
}

pub struct ParseOptions<'a> {
    pub inputs: &'a [PathBuf],
    pub output: Option<&'a Path>,
    pub data: Option<&'a Path>,
    pub keep_going: bool,
    pub format: OutputFormat,
}

pub fn run(opts: &ParseOptions) -> Result<()> {
    if let Some(out) = opts.output {
        check_output(out, opts.inputs)?;
    }
    let source = match opts.data {
        Some(dir) if !dir.is_dir() => bail!("{}: --data must be a folder laid out like data/", dir.display()),
        Some(dir) => DataSource::Dir(dir.to_path_buf()),
        None => DataSource::Embedded,
    };
    let resources = Resources::load(&source)?;
    let mut sink = Sink::open(opts.output)?;
    let mut ids = UniqueIds::default();
    let mut corpus_parts = Vec::new();
    let mut chunk: Vec<RawArticle> = Vec::with_capacity(CHUNK);
    let articles = stream(opts.inputs, OnError::from_keep_going(opts.keep_going));
    let mut articles = articles.peekable();
    while articles.peek().is_some() {
        chunk.clear();
        for raw in articles.by_ref().take(CHUNK) {
            let raw = raw?;
            ids.insert(&raw.id)?;
            chunk.push(raw);
        }
        let parsed: Vec<ParsedArticle> = chunk.par_iter().map(|r| parse_article(r, &resources)).collect();
        for p in &parsed {
            for w in &p.article.warnings {
                eprintln!("dossier: warning: {}: {w}", p.article.id);
            }
        }
        match opts.format {
            OutputFormat::Jsonl => {
                for p in parsed {
                    let line = ArticleLine {
                        format: ARTICLE_LINE_FORMAT.to_string(),
                        version: SCHEMA_VERSION,
                        article: p.article,
                        entities: p.entities,
                    };
                    serde_json::to_writer(&mut sink, &line)?;
                    sink.write_all(b"\n")?;
                }
            }
            OutputFormat::Corpus | OutputFormat::Binary => corpus_parts.extend(parsed),
        }
    }
    if ids.is_empty() {
        bail!("no article in the inputs");
    }
    if opts.format != OutputFormat::Jsonl {
        write_corpus(&assemble(corpus_parts), opts.format, &mut sink)?;
    }
    sink.finish()
}

fn write_corpus(corpus: &Corpus, format: OutputFormat, sink: &mut Sink) -> Result<()> {
    match format {
        OutputFormat::Binary => binary::write(corpus, sink),
        _ => Ok(sink.write_all(to_json(corpus).as_bytes())?),
    }
}

/// `dossier merge SHARDS... -o OUT`: parsed-article lines (or whole corpora) → one corpus, in the
/// order given. Entity ids derive from canonical names, so shards merge exactly.
pub fn merge(shards: &[PathBuf], output: Option<&Path>, format: OutputFormat) -> Result<()> {
    if format == OutputFormat::Jsonl {
        bail!("merge writes one corpus: --format corpus or binary");
    }
    if let Some(out) = output {
        check_output(out, shards)?;
    }
    let mut parts = Vec::new();
    let mut ids = HashSet::new();
    for shard in shards {
        for p in read_shard(shard)? {
            if !ids.insert(p.article.id.clone()) {
                bail!("{}: article id {:?} is in two shards", shard.display(), p.article.id);
            }
            parts.push(p);
        }
    }
    let mut sink = Sink::open(output)?;
    write_corpus(&assemble(parts), format, &mut sink)?;
    sink.finish()
}

/// The parsed articles of one shard: `parse --format jsonl` output, or a corpus (JSON or binary).
pub fn read_shard(path: &Path) -> Result<Vec<ParsedArticle>> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).with_context(|| format!("{name}: cannot read"))?;
    let mut reader = std::io::BufReader::new(file);
    let first = reader.fill_buf().with_context(|| format!("{name}: cannot read"))?;
    // Parsed-article lines open with their format tag; anything else is read as a corpus.
    let head = String::from_utf8_lossy(&first[..first.len().min(64)]).into_owned();
    let is_corpus = !head.trim_start().starts_with(&format!("{{\"format\":\"{ARTICLE_LINE_FORMAT}\""));
    if is_corpus {
        let corpus = crate::corpus::io::load(path)?;
        // The entities some article mentions, given once (with the first article): `assemble`
        // unites entities by id whichever article brings them.
        let used: HashSet<&str> =
            corpus.articles.iter().flat_map(|a| &a.mentions).map(|m| m.entity.as_str()).collect();
        let mut entities: Vec<Entity> =
            corpus.entities.iter().filter(|e| used.contains(e.id.as_str())).cloned().collect();
        return Ok(corpus
            .articles
            .into_iter()
            .map(|article| ParsedArticle { article, entities: std::mem::take(&mut entities) })
            .collect());
    }
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let at = format!("{name}:{}", i + 1);
        let line = line.with_context(|| format!("{at}: cannot read"))?;
        if line.trim().is_empty() {
            continue;
        }
        let parsed: ArticleLine =
            serde_json::from_str(&line).with_context(|| format!("{at}: not a parsed-article line"))?;
        if parsed.format != ARTICLE_LINE_FORMAT || parsed.version != SCHEMA_VERSION {
            bail!("{at}: expected format {ARTICLE_LINE_FORMAT:?} version {SCHEMA_VERSION}, found {:?} version {}", parsed.format, parsed.version);
        }
        out.push(ParsedArticle { article: parsed.article, entities: parsed.entities });
    }
    Ok(out)
}

/// Where output goes: standard output, or a temporary file renamed over the target at the end
/// (so a failed run never leaves half a file), or a device or pipe written in place (`-o
/// /dev/null`, `-o /dev/stdout`, a named pipe: renaming over one would replace it with a file).
enum Sink {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    File {
        tmp: tempfile::NamedTempFile,
        writer: std::io::BufWriter<std::fs::File>,
        path: PathBuf,
        /// The permissions of the file the output replaces, if there is one.
        replaced: Option<std::fs::Permissions>,
    },
    Special {
        writer: std::io::BufWriter<std::fs::File>,
        path: PathBuf,
    },
}

impl Sink {
    fn open(path: Option<&Path>) -> Result<Sink> {
        Ok(match path {
            None => Sink::Stdout(std::io::BufWriter::new(std::io::stdout())),
            Some(path) if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .with_context(|| format!("{}: cannot write", path.display()))?;
                Sink::Special { writer: std::io::BufWriter::new(file), path: path.to_path_buf() }
            }
            Some(path) => {
                let mut builder = tempfile::Builder::new();
                // Written as any new file would be (0666 less the umask), not owner-only as a
                // temporary file is; a file replaced keeps its permissions (see `finish`).
                #[cfg(unix)]
                builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
                let tmp = builder
                    .tempfile_in(output_folder(path))
                    .with_context(|| format!("{}: cannot write", path.display()))?;
                let writer = std::io::BufWriter::new(tmp.reopen()?);
                let replaced = std::fs::metadata(path).ok().map(|m| m.permissions());
                Sink::File { tmp, writer, path: path.to_path_buf(), replaced }
            }
        })
    }

    fn finish(self) -> Result<()> {
        match self {
            Sink::Stdout(mut w) => w.flush().context("writing to standard output"),
            Sink::File { tmp, mut writer, path, replaced } => {
                writer.flush().with_context(|| format!("{}: cannot write", path.display()))?;
                if let Some(permissions) = replaced {
                    tmp.as_file()
                        .set_permissions(permissions)
                        .with_context(|| format!("{}: cannot keep its permissions", path.display()))?;
                }
                tmp.persist(&path).with_context(|| format!("{}: cannot write", path.display()))?;
                Ok(())
            }
            Sink::Special { mut writer, path } => {
                writer.flush().with_context(|| format!("{}: cannot write", path.display()))
            }
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::File { writer, .. } | Sink::Special { writer, .. } => writer.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File { writer, .. } | Sink::Special { writer, .. } => writer.flush(),
        }
    }
}

/// The output must never replace a file the user gave as input.
/// The folder `-o` writes into ("." for a bare file name).
fn output_folder(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// `-o` must name a file in an existing folder, and no input: said before any work, in the user's
/// words (the writer would otherwise fail at the end, naming its temporary file).
fn check_output(out: &Path, inputs: &[PathBuf]) -> Result<()> {
    if out.is_dir() {
        bail!("{}: is a folder; -o takes the name of the file to write", out.display());
    }
    let folder = output_folder(out);
    match std::fs::metadata(folder) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => bail!("{}: cannot write: {} is not a folder", out.display(), folder.display()),
        Err(_) => bail!("{}: cannot write: no folder {}", out.display(), folder.display()),
    }
    refuse_to_overwrite_inputs(out, inputs)
}

fn refuse_to_overwrite_inputs(out: &Path, inputs: &[PathBuf]) -> Result<()> {
    let Ok(out_abs) = out.canonicalize() else { return Ok(()) }; // Does not exist yet.
    for input in inputs {
        if let Ok(inp) = input.canonicalize() {
            if inp == out_abs
                || (inp.is_dir() && out_abs.parent() == Some(inp.as_path()) && is_article_file(&out_abs))
            {
                bail!("{}: refusing to overwrite an input; choose another -o", out.display());
            }
        }
    }
    Ok(())
}

fn is_article_file(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "jsonl" | "ndjson"))
        || p.file_name().and_then(|n| n.to_str()) == Some(crate::input::MANIFEST_FILE)
}
