//! TempEval-3-style scores of predicted temporal expressions against gold ones.

use super::timeml::Annotation;

/// Counts over a set of documents; precision, recall and F1 derive from them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    /// Predictions with exactly the gold extent.
    pub strict: usize,
    /// Predictions overlapping a gold expression (one-to-one).
    pub relaxed: usize,
    /// Relaxed matches with the gold value.
    pub value: usize,
    /// Relaxed matches with the gold type.
    pub kind: usize,
}

/// Precision, recall and F1 (as fractions).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn prf(hits: usize, predicted: usize, gold: usize) -> Prf {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(hits, predicted), ratio(hits, gold));
    let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    Prf { precision: p, recall: r, f1 }
}

impl Counts {
    pub fn strict(&self) -> Prf {
        prf(self.strict, self.predicted, self.gold)
    }
    pub fn relaxed(&self) -> Prf {
        prf(self.relaxed, self.predicted, self.gold)
    }
    /// TempEval-3 attribute F1: a hit needs a relaxed match and the gold value.
    pub fn value(&self) -> Prf {
        prf(self.value, self.predicted, self.gold)
    }
    /// Share of relaxed matches with the right value / type.
    pub fn value_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            0.0
        } else {
            self.value as f64 / self.relaxed as f64
        }
    }
    pub fn type_accuracy(&self) -> f64 {
        if self.relaxed == 0 {
            0.0
        } else {
            self.kind as f64 / self.relaxed as f64
        }
    }
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.value += other.value;
        self.kind += other.kind;
    }
}

/// How one document's predictions fared, for scoring and for listing errors.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Alignment {
    /// (gold index, predicted index) of relaxed matches.
    pub pairs: Vec<(usize, usize)>,
    pub missed: Vec<usize>,
    pub spurious: Vec<usize>,
    pub counts: Counts,
}

/// Aligns one document's predictions with its gold expressions (both sorted by start).
/// Each gold expression is matched with at most one prediction, preferring the exact extent,
/// then the earliest overlapping one.
pub fn align(gold: &[Annotation], predicted: &[Annotation]) -> Alignment {
    let mut used = vec![false; predicted.len()];
    let mut al = Alignment::default();
    for (g, ga) in gold.iter().enumerate() {
        let exact = predicted.iter().enumerate().find(|(p, pa)| !used[*p] && pa.span == ga.span);
        let overlap = || predicted.iter().enumerate().find(|(p, pa)| !used[*p] && pa.span.overlaps(ga.span));
        match exact.or_else(overlap) {
            Some((p, pa)) => {
                used[p] = true;
                al.pairs.push((g, p));
                al.counts.relaxed += 1;
                al.counts.strict += usize::from(pa.span == ga.span);
                al.counts.value += usize::from(pa.value == ga.value);
                al.counts.kind += usize::from(pa.kind == ga.kind);
            }
            None => al.missed.push(g),
        }
    }
    al.spurious = (0..predicted.len()).filter(|&p| !used[p]).collect();
    al.counts.gold = gold.len();
    al.counts.predicted = predicted.len();
    al
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Span;

    fn a(start: usize, end: usize, kind: &str, value: &str) -> Annotation {
        Annotation { span: Span::new(start, end), kind: kind.into(), value: value.into() }
    }

    #[test]
    fn counts_strict_relaxed_and_value_hits() {
        let gold = [a(0, 4, "DATE", "1999-05-18"), a(10, 20, "DURATION", "PXD"), a(30, 35, "DATE", "1999")];
        let pred = [
            a(0, 4, "DATE", "1999-05-18"),    // exact, right value
            a(12, 20, "DURATION", "P2D"),     // overlap, wrong value
            a(40, 45, "TIME", "PRESENT_REF"), // spurious
        ];
        let al = align(&gold, &pred);
        assert_eq!(al.counts, Counts { gold: 3, predicted: 3, strict: 1, relaxed: 2, value: 1, kind: 2 });
        assert_eq!(al.missed, vec![2]);
        assert_eq!(al.spurious, vec![2]);
        let s = al.counts.strict();
        assert!((s.precision - 1.0 / 3.0).abs() < 1e-9 && (s.f1 - 1.0 / 3.0).abs() < 1e-9);
        let r = al.counts.relaxed();
        assert!((r.f1 - 2.0 / 3.0).abs() < 1e-9);
        assert!((al.counts.value_accuracy() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn one_prediction_matches_one_gold_only() {
        let gold = [a(0, 5, "DATE", "X"), a(6, 10, "DATE", "Y")];
        let pred = [a(0, 10, "DATE", "X")];
        let al = align(&gold, &pred);
        assert_eq!((al.counts.relaxed, al.counts.strict, al.counts.value), (1, 0, 1));
        assert_eq!(al.missed, vec![1]);
    }

    #[test]
    fn empty_sets_score_zero_without_dividing_by_zero() {
        let c = align(&[], &[]).counts;
        assert_eq!(c.strict().f1, 0.0);
        assert_eq!(c.type_accuracy(), 0.0);
    }
}
