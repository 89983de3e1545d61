//! Measuring the parser against gold annotations.

pub mod score;
pub mod timeml;

use crate::corpus::{PartialDate, TimexType};
use crate::parse::timex::{self, TimexRules};
use crate::parse::{segment, DataSource};
use anyhow::{bail, Context, Result};
use score::{align, Alignment, Counts};
use std::fmt::Write as _;
use std::path::Path;
use timeml::{Annotation, Document};

/// One document with its gold and predicted expressions, aligned.
pub struct DocResult {
    pub doc: Document,
    pub predicted: Vec<Annotation>,
    pub alignment: Alignment,
}

pub struct Report {
    pub docs: Vec<DocResult>,
    pub counts: Counts,
}

fn type_name(kind: TimexType) -> &'static str {
    match kind {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// Runs the segmenter and the date tagger on one document.
pub fn predict(doc: &Document, rules: &TimexRules) -> Vec<Annotation> {
    // The creation time may carry a time of day ("1999-05-19T10:00"): keep its date.
    let dct = doc.dct.as_deref().and_then(|v| v.get(..10).unwrap_or(v).parse::<PartialDate>().ok());
    let sentences: Vec<_> = segment::sentences(&doc.text, &[]).into_iter().map(|s| s.span).collect();
    timex::extract(&doc.text, &sentences, dct, rules)
        .into_iter()
        .map(|t| Annotation { span: t.span, kind: type_name(t.kind).to_string(), value: t.value })
        .collect()
}

/// Scores the tagger on every `.tml` file of `dir` (sorted by name).
pub fn evaluate_dir(dir: &Path, rules: &TimexRules) -> Result<Report> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read folder", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        bail!("{}: no .tml files", dir.display());
    }
    let mut report = Report { docs: Vec::new(), counts: Counts::default() };
    for path in paths {
        let xml =
            std::fs::read_to_string(&path).with_context(|| format!("{}: cannot read", path.display()))?;
        let id = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let doc = timeml::parse(&xml, &path.display().to_string())?;
        let doc = Document { id, ..doc };
        let predicted = predict(&doc, rules);
        let alignment = align(&doc.timexes, &predicted);
        report.counts.add(alignment.counts);
        report.docs.push(DocResult { doc, predicted, alignment });
    }
    Ok(report)
}

/// The score table, and with `verbose` every miss, spurious expression and wrong value.
pub fn format_report(report: &Report, verbose: bool) -> String {
    let mut s = String::new();
    if verbose {
        for d in &report.docs {
            let text = &d.doc.text;
            let show = |a: &Annotation| format!("{:?} {} {}", a.span.slice(text), a.kind, a.value);
            for &g in &d.alignment.missed {
                let _ = writeln!(s, "{}\tMISSED\t{}", d.doc.id, show(&d.doc.timexes[g]));
            }
            for &p in &d.alignment.spurious {
                let _ = writeln!(s, "{}\tSPURIOUS\t{}", d.doc.id, show(&d.predicted[p]));
            }
            for &(g, p) in &d.alignment.pairs {
                let (ga, pa) = (&d.doc.timexes[g], &d.predicted[p]);
                if ga.value != pa.value || ga.span != pa.span {
                    let what = if ga.value != pa.value { "VALUE" } else { "EXTENT" };
                    let _ = writeln!(s, "{}\t{what}\tgold {}\tgot {}", d.doc.id, show(ga), show(pa));
                }
            }
        }
    }
    let c = report.counts;
    let _ = writeln!(s, "{} documents, {} gold, {} predicted", report.docs.len(), c.gold, c.predicted);
    let _ = writeln!(s, "{:<10} {:>6} {:>6} {:>6}", "", "P", "R", "F1");
    for (name, p) in [("strict", c.strict()), ("relaxed", c.relaxed()), ("value", c.value())] {
        let _ = writeln!(
            s,
            "{name:<10} {:>6.2} {:>6.2} {:>6.2}",
            100.0 * p.precision,
            100.0 * p.recall,
            100.0 * p.f1
        );
    }
    let _ = writeln!(
        s,
        "value accuracy {:.2}, type accuracy {:.2} (over relaxed matches)",
        100.0 * c.value_accuracy(),
        100.0 * c.type_accuracy()
    );
    s
}

/// `dossier eval timeml DIR`: scores the date tagger on a folder of ISO-TimeML files.
pub fn run_timeml_cli(dir: &Path, verbose: bool) -> Result<()> {
    let rules = TimexRules::load(&DataSource::Embedded)?;
    let report = evaluate_dir(dir, &rules)?;
    print!("{}", format_report(&report, verbose));
    Ok(())
}
