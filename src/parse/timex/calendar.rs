//! Calendar arithmetic for resolving relative dates, and TIMEX3 value formatting.

use super::vocab::Unit;
use crate::corpus::{PartialDate, Resolution};
use chrono::{Datelike, Duration, NaiveDate};

/// The tense of the clause around an expression: where to look for a date without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    /// Past for sure, so never a date after publication: a pluperfect ("avait été visée"), or
    /// what follows "depuis" ("restent interrompus depuis novembre").
    SurePast,
    /// Past for sure, in the story's own time rather than a look back: the passé composé of a
    /// clause whose date is fronted ("Le 3 mars, il a signé"). Never a date after publication.
    FirmPast,
    Future,
    Unknown,
}

impl Tense {
    pub fn is_past(self) -> bool {
        matches!(self, Tense::Past | Tense::SurePast | Tense::FirmPast)
    }
}

/// A day as TIMEX3 writes it (`2015-10-14`), as chrono's `%Y-%m-%d` but without its formatting
/// machinery (this runs for most expressions).
pub fn iso_day(d: NaiveDate) -> String {
    if !(0..=9999).contains(&d.year()) {
        // Years chrono writes with a sign.
        return d.format("%Y-%m-%d").to_string();
    }
    let (y, m, day) = (d.year() as u32, d.month(), d.day());
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let (y4, y3, y2, y1) = (digit(y / 1000), digit(y / 100), digit(y / 10), digit(y));
    let bytes = [y4, y3, y2, y1, b'-', digit(m / 10), digit(m), b'-', digit(day / 10), digit(day)];
    String::from_utf8(bytes.to_vec()).expect("ASCII digits")
}

/// Appends `n` as `{n:0width$}` writes it, without the formatting machinery.
pub fn push_padded(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        use std::fmt::Write;
        let _ = write!(out, "{n:0width$}");
        return;
    }
    let (mut digits, mut len, mut rest) = ([0u8; 20], 0, n as u64);
    loop {
        digits[len] = b'0' + (rest % 10) as u8;
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    out.extend(digits[..len].iter().rev().map(|&d| char::from(d)));
}

/// A year as TIMEX3 writes it: `{y:04}`.
pub fn year_value(y: i32) -> String {
    let mut out = String::with_capacity(7);
    push_padded(&mut out, y.into(), 4);
    out
}

/// A month as TIMEX3 writes it: `{y:04}-{m:02}`.
pub fn month_value(y: i32, m: u32) -> String {
    let mut out = year_value(y);
    out.push('-');
    push_padded(&mut out, m.into(), 2);
    out
}

/// A (possibly partial) date as it displays: `2015`, `2015-10`, `2015-10-14`.
pub fn partial_value(d: PartialDate) -> String {
    let mut out = year_value(d.year);
    if let Some(m) = d.month {
        out.push('-');
        push_padded(&mut out, m.into(), 2);
        if let Some(day) = d.day {
            out.push('-');
            push_padded(&mut out, day.into(), 2);
        }
    }
    out
}

/// `day` followed by a clock time: `{day}T{h:02}:{m:02}`.
pub fn at_time(mut day: String, h: u32, m: u32) -> String {
    day.push('T');
    push_padded(&mut day, h.into(), 2);
    day.push(':');
    push_padded(&mut day, m.into(), 2);
    day
}

/// First and last day of the period a (possibly partial) publication date covers.
fn bounds(dct: PartialDate) -> (NaiveDate, NaiveDate) {
    let first = dct.first_day();
    let last = match (dct.month, dct.day) {
        (Some(_), Some(_)) => first,
        (Some(m), None) => {
            let (y, m) = add_months(dct.year, m, 1);
            NaiveDate::from_ymd_opt(y, m, 1).map_or(first, |d| d - Duration::days(1))
        }
        (None, _) => NaiveDate::from_ymd_opt(dct.year, 12, 31).unwrap_or(first),
    };
    (first, last)
}

/// Picks among candidate days the one the publication date and the tense point to:
/// `dir` -1/+1 ("dernier"/"prochain") wants a day strictly before/after it; a past tense one on or
/// before it, a future tense one on or after it; otherwise the nearest (the earlier on a tie).
pub fn pick_day(cands: &[NaiveDate], dct: PartialDate, dir: Option<i32>, tense: Tense) -> Option<NaiveDate> {
    let (lo, hi) = bounds(dct);
    let distance = |c: NaiveDate| {
        if c < lo {
            (lo - c).num_days()
        } else if c > hi {
            (c - hi).num_days()
        } else {
            0
        }
    };
    let allowed = |c: NaiveDate| match (dir, tense) {
        (Some(d), _) if d < 0 => c < lo,
        (Some(_), _) => c > hi,
        (None, Tense::Past | Tense::SurePast | Tense::FirmPast) => c <= hi,
        (None, Tense::Future) => c >= lo,
        (None, Tense::Unknown) => true,
    };
    let best = |only_allowed: bool| {
        cands.iter().copied().filter(|&c| !only_allowed || allowed(c)).min_by_key(|&c| (distance(c), c))
    };
    best(true).or_else(|| if dir.is_none() { best(false) } else { None })
}

/// Like `pick_day`, but the tense only weighs: a day against it must be four times nearer to
/// win. Tense cues are noisier than the calendar ("avant de quitter ses fonctions le 30 octobre,
/// il l'a rappelé"), and a date a month ahead is rarely the one a year back.
pub fn pick_day_weighed(
    cands: &[NaiveDate],
    dct: PartialDate,
    dir: Option<i32>,
    tense: Tense,
) -> Option<NaiveDate> {
    if dir.is_some() || matches!(tense, Tense::Unknown | Tense::SurePast | Tense::FirmPast) {
        return pick_day(cands, dct, dir, tense);
    }
    let (lo, hi) = bounds(dct);
    let cost = |c: NaiveDate| {
        let (distance, against) = if c < lo {
            ((lo - c).num_days(), tense == Tense::Future)
        } else if c > hi {
            ((c - hi).num_days(), tense == Tense::Past)
        } else {
            (0, false)
        };
        (if against { distance * 4 } else { distance }, c)
    };
    cands.iter().copied().min_by_key(|&c| cost(c))
}

/// The day with ISO weekday `w` (1 = Monday) that `day`, `dir` and `tense` point to.
pub fn pick_weekday(w: u32, day: NaiveDate, dir: Option<i32>, tense: Tense) -> NaiveDate {
    if !(1..=7).contains(&w) {
        return day;
    }
    // The days of weekday `w` within a week of `day`, in order: two, or three when `day` is one.
    let offset = (i64::from(w) - i64::from(day.weekday().number_from_monday())).rem_euclid(7);
    let cands = [offset - 7, offset, offset + 7].map(|k| day + Duration::days(k));
    let cands = if offset == 0 { &cands[..] } else { &cands[..2] };
    pick_day(cands, PartialDate::from_naive(day), dir, tense).unwrap_or(day)
}

/// The year of month `m` as seen from the publication date.
pub fn pick_month(m: u32, dct: PartialDate, dir: Option<i32>, tense: impl Fn() -> Tense) -> i32 {
    let Some(dct_month) = dct.month else { return dct.year };
    let index = |y: i32, m: u32| y * 12 + m as i32 - 1;
    let now = index(dct.year, dct_month);
    let cands = [dct.year - 1, dct.year, dct.year + 1];
    let allowed = |y: i32| {
        let i = index(y, m);
        match dir {
            Some(d) if d < 0 => i < now,
            Some(_) => i > now,
            None => match tense() {
                Tense::Past | Tense::SurePast | Tense::FirmPast => i <= now,
                Tense::Future => i >= now,
                Tense::Unknown => true,
            },
        }
    };
    let key = |y: &i32| ((index(*y, m) - now).abs(), *y);
    cands
        .iter()
        .copied()
        .filter(|&y| allowed(y))
        .min_by_key(key)
        .unwrap_or_else(|| cands.iter().copied().min_by_key(key).unwrap_or(dct.year))
}

/// The hour of the day "`h` heures du soir" (or "de l'après-midi", "de la nuit") names: 8 in the
/// evening is 20, 2 in the night is 2, 11 in the night is 23.
pub fn hour_of_part_of_day(h: u32, pod: &str) -> u32 {
    match pod {
        "AF" | "EV" if (1..12).contains(&h) => h + 12,
        "NI" if (7..12).contains(&h) => h + 12,
        _ => h,
    }
}

pub fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let i = y * 12 + m as i32 - 1 + n;
    (i.div_euclid(12), (i.rem_euclid(12) + 1) as u32)
}

/// "2015-W41".
pub fn week_value(d: NaiveDate) -> String {
    let w = d.iso_week();
    let mut out = year_value(w.year());
    out.push_str("-W");
    push_padded(&mut out, w.week().into(), 2);
    out
}

/// A day that cannot be known exactly: what the publication date tells of it.
pub fn fuzzy_day(dct: Option<PartialDate>) -> (String, Resolution) {
    match dct {
        Some(PartialDate { year, month: Some(m), .. }) => {
            (month_value(year, m) + "-XX", Resolution::PublicationDate)
        }
        Some(PartialDate { year, month: None, .. }) => {
            (year_value(year) + "-XX-XX", Resolution::PublicationDate)
        }
        None => ("XXXX-XX-XX".to_string(), Resolution::Unresolved),
    }
}

/// Smaller unit to express a fractional amount in ("un an et demi" → 18 months).
fn finer(letter: char, time: bool) -> Option<(f64, char, bool)> {
    match (letter, time) {
        ('Y', false) => Some((12.0, 'M', false)),
        ('W', false) => Some((7.0, 'D', false)),
        ('D', false) => Some((24.0, 'H', true)),
        ('H', true) => Some((60.0, 'M', true)),
        ('M', true) => Some((60.0, 'S', true)),
        _ => None,
    }
}

/// TIMEX3 duration: 2 weeks → "P2W", 30.4 seconds → "PT30.4S".
pub fn duration(count: f64, unit: Unit) -> String {
    let (mut n, mut letter, mut time) = (count * unit.mult, unit.letter, unit.time);
    while n.fract() != 0.0 {
        match finer(letter, time) {
            Some((k, l, t)) if (n * k).fract() == 0.0 => {
                n *= k;
                letter = l;
                time = t;
            }
            _ => break,
        }
    }
    let number =
        if n.fract() == 0.0 { format!("{}", n as i64) } else { format!("{}", (n * 1000.0).round() / 1000.0) };
    format!("P{}{number}{letter}", if time { "T" } else { "" })
}

/// An unspecified number of units: "plusieurs jours" → "PXD".
pub fn vague_duration(unit: Unit) -> String {
    let mut out = String::from(if unit.time { "PTX" } else { "PX" });
    out.push(unit.letter);
    out
}

/// Easter Sunday of year `y` (Gregorian; the anonymous algorithm of Meeus).
pub fn easter(y: i32) -> Option<NaiveDate> {
    let (a, b, c) = (y.rem_euclid(19), y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn past_tense_picks_the_most_recent_past_day() {
        let dct: PartialDate = "2017-02-10".parse().unwrap();
        let cands = [d("2016-10-03"), d("2017-10-03"), d("2018-10-03")];
        assert_eq!(pick_day(&cands, dct, None, Tense::Past), Some(d("2016-10-03")));
        assert_eq!(pick_day(&cands, dct, None, Tense::Future), Some(d("2017-10-03")));
        // A past-tense cue does not send a date six weeks ahead back a year.
        let soon = [d("2001-10-30"), d("2002-10-30"), d("2003-10-30")];
        let dct: PartialDate = "2002-09-14".parse().unwrap();
        assert_eq!(pick_day_weighed(&soon, dct, None, Tense::Past), Some(d("2002-10-30")));
        assert_eq!(pick_day(&soon, dct, None, Tense::Past), Some(d("2001-10-30")));
    }

    #[test]
    fn weekdays_around_a_wednesday() {
        let wed = d("2015-10-14");
        assert_eq!(pick_weekday(3, wed, None, Tense::Past), wed);
        assert_eq!(pick_weekday(3, wed, Some(-1), Tense::Unknown), d("2015-10-07"));
        assert_eq!(pick_weekday(5, wed, None, Tense::Past), d("2015-10-09"));
        assert_eq!(pick_weekday(5, wed, None, Tense::Unknown), d("2015-10-16"));
    }

    #[test]
    fn durations_and_fractions() {
        let year = Unit { mult: 1.0, letter: 'Y', time: false };
        let sec = Unit { mult: 1.0, letter: 'S', time: true };
        assert_eq!(duration(3.0, year), "P3Y");
        assert_eq!(duration(1.5, year), "P18M");
        assert_eq!(duration(30.4, sec), "PT30.4S");
        assert_eq!(vague_duration(year), "PXY");
    }

    #[test]
    fn months_and_weeks() {
        assert_eq!(add_months(2015, 1, -2), (2014, 11));
        assert_eq!(week_value(d("2015-10-10")), "2015-W41");
        let dct: PartialDate = "2002-02-09".parse().unwrap();
        assert_eq!(pick_month(9, dct, Some(-1), || Tense::Unknown), 2001);
        assert_eq!(pick_month(6, "1999-05-23".parse().unwrap(), Some(1), || Tense::Unknown), 1999);
    }

    #[test]
    fn days_are_written_as_chrono_writes_them() {
        for (y, m, day) in
            [(2015, 10, 4), (0, 1, 1), (999, 12, 31), (9999, 12, 31), (10000, 1, 1), (-1, 6, 15)]
        {
            let date = NaiveDate::from_ymd_opt(y, m, day).unwrap();
            assert_eq!(iso_day(date), date.format("%Y-%m-%d").to_string());
        }
    }

    #[test]
    fn weekdays_are_picked_among_the_days_of_that_weekday_within_a_week() {
        let wed = d("2015-10-14");
        for day in (0..7).map(|k| wed + Duration::days(k)) {
            for w in 1..=7 {
                for tense in [Tense::Past, Tense::Future, Tense::Unknown] {
                    for dir in [None, Some(-1), Some(1)] {
                        let cands: Vec<NaiveDate> = (-7..=7)
                            .map(|k| day + Duration::days(k))
                            .filter(|d| d.weekday().number_from_monday() == w)
                            .collect();
                        let expected =
                            pick_day(&cands, PartialDate::from_naive(day), dir, tense).unwrap_or(day);
                        assert_eq!(pick_weekday(w, day, dir, tense), expected, "{day} {w} {tense:?} {dir:?}");
                    }
                }
            }
        }
        assert_eq!(pick_weekday(0, wed, None, Tense::Past), wed);
    }
}
