//! Calendar dates as news gives them: a year, a month or a day.

use chrono::{Datelike, NaiveDate};
use std::fmt;
use std::str::FromStr;

/// A date known to the year, the month or the day ("2017", "2017-02", "2017-02-14").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PartialDate {
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day)?;
        Some(PartialDate { year, month: Some(month), day: Some(day) })
    }
    pub fn ym(year: i32, month: u32) -> Option<Self> {
        (1..=12).contains(&month).then_some(PartialDate { year, month: Some(month), day: None })
    }
    pub fn year(year: i32) -> Self {
        PartialDate { year, month: None, day: None }
    }
    pub fn from_naive(d: NaiveDate) -> Self {
        PartialDate { year: d.year(), month: Some(d.month()), day: Some(d.day()) }
    }
    /// The full date when the day is known.
    pub fn naive(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }
    /// The first day of the period this date covers (1 January for a year, the 1st for a month).
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("PartialDate is always valid")
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {0:?}")]
pub struct BadDate(pub String);

impl FromStr for PartialDate {
    type Err = BadDate;
    fn from_str(s: &str) -> Result<Self, BadDate> {
        let bad = || BadDate(s.to_string());
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, BadDate> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        match parts.as_slice() {
            [y] => Ok(PartialDate::year(num(y, 4)? as i32)),
            [y, m] => PartialDate::ym(num(y, 4)? as i32, num(m, 2)?).ok_or_else(bad),
            [y, m, d] => PartialDate::ymd(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_partial_dates() {
        for s in ["2017", "2017-02", "2016-09-28"] {
            assert_eq!(s.parse::<PartialDate>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn rejects_impossible_dates() {
        for s in ["2017-13", "2017-02-30", "17-02", "2017/02", "", "2017-2-1"] {
            assert!(s.parse::<PartialDate>().is_err(), "{s}");
        }
    }

    #[test]
    fn first_day_of_a_month() {
        let d: PartialDate = "2017-02".parse().unwrap();
        assert_eq!(d.first_day(), NaiveDate::from_ymd_opt(2017, 2, 1).unwrap());
    }
}
