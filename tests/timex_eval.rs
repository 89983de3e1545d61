//! The date tagger on the French TimeBank development half, when the folder is there.

use dossier::eval::evaluate_dir;
use dossier::parse::timex::TimexRules;
use dossier::parse::DataSource;
use std::path::Path;

#[test]
fn french_timebank_dev_reaches_the_targets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/fr-timebank-dev");
    if !dir.is_dir() {
        println!("note: {} is absent; skipping the TimeBank evaluation", dir.display());
        return;
    }
    let rules = TimexRules::load(&DataSource::Embedded).unwrap();
    let report = evaluate_dir(&dir, &rules).unwrap();
    let c = report.counts;
    println!("{}", dossier::eval::format_report(&report, false));
    assert!(c.gold >= 150, "expected the 181 gold expressions, read {}", c.gold);
    assert!(c.strict().f1 >= 0.88, "strict F1 {:.3} < 0.88", c.strict().f1);
    assert!(c.value().f1 >= 0.80, "value F1 {:.3} < 0.80", c.value().f1);
}
