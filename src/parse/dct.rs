//! Publication dates an article carries itself ("28/09/2016 12:00 EDT", "date 2017-02").

use crate::corpus::{PartialDate, Span, Zone};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderDate {
    pub date: PartialDate,
    pub span: Span,
}

pub fn from_header(_text: &str, _zones: &[Zone]) -> Option<HeaderDate> {
    None
}

/// Whether two dates can name the same day: the less precise one contains the other.
pub fn agree(a: PartialDate, b: PartialDate) -> bool {
    a.year == b.year
        && (a.month.is_none() || b.month.is_none() || a.month == b.month)
        && (a.day.is_none() || b.day.is_none() || a.day == b.day)
}
