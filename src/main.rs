//! The `dossier` command line.

use anyhow::Result;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use dossier::browse::TimelineFormat;
use dossier::parse::command::{OutputFormat, ParseOptions};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "dossier",
    version,
    about = "Read French diplomatic news in the terminal: who did what to whom, when, and where it is said."
)]
struct Cli {
    /// Corpus to browse: a parsed corpus (JSON or binary), a folder of articles, or a JSON Lines file.
    /// Default: the five seed articles embedded in the binary.
    // Not `global`: only the browser and `timeline` read a corpus, and a flag a command ignores
    // must be an error there, not shown in its help and silently dropped.
    #[arg(long, value_name = "PATH")]
    corpus: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Parse articles (folders of .txt with an optional manifest.json, or .jsonl files; `-` is stdin)
    /// into a corpus.
    Parse {
        /// Folders of .txt articles (with an optional manifest.json), .jsonl files, or `-` for
        /// JSON Lines on stdin.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// Write the corpus here instead of stdout.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Read lexicons and date vocabulary from this folder (laid out like data/) before the
        /// embedded copies.
        #[arg(long)]
        data: Option<PathBuf>,
        /// Warn about and skip bad articles instead of stopping at the first.
        #[arg(long)]
        keep_going: bool,
        /// `corpus`: one JSON document; `jsonl`: one parsed article per line, streamed (for
        /// pipelines and sharded runs, see `merge`); `binary`: one corpus in binary form, fast to
        /// load with `--corpus` (for large corpora).
        #[arg(long, value_enum, default_value_t = OutputFormat::Corpus)]
        format: OutputFormat,
    },
    /// Assemble parsed-article shards (`parse --format jsonl` output) into one corpus.
    Merge {
        /// `parse --format jsonl` outputs, or parsed corpora (JSON or binary), in order.
        #[arg(required = true, value_name = "SHARD")]
        shards: Vec<PathBuf>,
        /// Write the corpus here instead of stdout.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// What to write.
        #[arg(long, value_enum, default_value_t = MergeFormat::Corpus)]
        format: MergeFormat,
    },
    /// Print the timeline of dated events.
    Timeline {
        /// Corpus to read: a parsed corpus (JSON or binary), a folder of articles, or a JSON Lines
        /// file. Default: the five seed articles embedded in the binary.
        #[arg(long, value_name = "PATH")]
        corpus: Option<PathBuf>,
        /// Only events whose actors or sentence mention this person or country (fuzzy).
        #[arg(long, value_name = "NAME")]
        entity: Option<String>,
        /// How to print each event.
        #[arg(long, value_enum, default_value_t = TimelineFormat::Text)]
        format: TimelineFormat,
    },
    /// Measure the parser against gold annotations.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// TempEval-3-style scores of the date tagger on a folder of ISO-TimeML (.tml) files.
    Timeml {
        /// Folder of gold .tml files.
        dir: PathBuf,
        /// List every missed, spurious and wrongly valued expression.
        #[arg(short, long)]
        verbose: bool,
    },
}

/// What `merge` can write: one corpus (it never streams lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum MergeFormat {
    /// One corpus JSON document.
    Corpus,
    /// One corpus in binary form, loaded many times faster by `dossier --corpus`.
    Binary,
}

impl From<MergeFormat> for OutputFormat {
    fn from(f: MergeFormat) -> OutputFormat {
        match f {
            MergeFormat::Corpus => OutputFormat::Corpus,
            MergeFormat::Binary => OutputFormat::Binary,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let cli = check_corpus_placement(cli);
    match run(cli) {
        Ok(code) => code,
        // `dossier timeline | head`: the reader has what it wanted; stop quietly, like any filter.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `dossier --corpus X timeline` is `dossier timeline --corpus X`; before any other command
/// `--corpus` is a usage error (clap's, exit code 2), since that command would ignore it.
fn check_corpus_placement(mut cli: Cli) -> Cli {
    let Some(corpus) = cli.corpus.take() else { return cli };
    let name = match &mut cli.command {
        None => {
            cli.corpus = Some(corpus);
            return cli;
        }
        Some(Command::Timeline { corpus: own @ None, .. }) => {
            *own = Some(corpus);
            return cli;
        }
        Some(Command::Timeline { .. }) => {
            Cli::command()
                .error(
                    clap::error::ErrorKind::ArgumentConflict,
                    "--corpus is given twice: before and after `timeline`",
                )
                .exit();
        }
        Some(Command::Parse { .. }) => "parse",
        Some(Command::Merge { .. }) => "merge",
        Some(Command::Eval { .. }) => "eval",
    };
    Cli::command()
        .error(
            clap::error::ErrorKind::ArgumentConflict,
            format!("--corpus is for browsing and `timeline`; `{name}` does not read it"),
        )
        .exit()
}

/// A write to a closed pipe, however the writer wrapped it (JSON and CSV writers keep the I/O
/// error inside their own).
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>().is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || c.downcast_ref::<csv::Error>()
                .is_some_and(|c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe))
    })
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        None => dossier::browse::run(cli.corpus.as_deref()),
        Some(Command::Parse { inputs, output, data, keep_going, format }) => {
            let opts = ParseOptions {
                inputs: &inputs,
                output: output.as_deref(),
                data: data.as_deref(),
                keep_going,
                format,
            };
            dossier::parse::command::run(&opts)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Merge { shards, output, format }) => {
            dossier::parse::command::merge(&shards, output.as_deref(), format.into())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Timeline { corpus, entity, format }) => {
            dossier::browse::timeline_cli(corpus.as_deref(), entity.as_deref(), format)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Eval { what: EvalCommand::Timeml { dir, verbose } }) => {
            dossier::eval::run_timeml_cli(&dir, verbose)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
