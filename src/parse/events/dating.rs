//! The dating of events: the calendar date a timex gives and how precise it is, the trigger a date
//! attaches to (in its clause, fronted, in apposition, complementing a noun), the dates that date
//! no act (deadlines, "depuis" a first time, the start of a state), and "alors" for the date told
//! last.

use super::acts::{
    dates_a_participle_before_its_agent, follows_a_demonstrative, holds_a_participle_dated_after,
    is_act_noun, is_nominal,
};
use super::clauses::{boundaries_between, RELATIVE_PRONOUNS};
use super::lists::EventWords;
use super::triggers::{is_word_char, Class, Hit};
use super::words::{
    at_most_words, before_apostrophe, find_by_key, is_que, last_clause, looks_infinitive, strip_word_at_end,
    word_before, words, Lower,
};
use crate::corpus::{PartialDate, Precision, Resolution, Span, Timex};
use std::borrow::Cow;

/// A calendar date a timex gives, if it gives one ("2015-10-10", "2017-02", "2015-W41").
#[inline]
pub(super) fn calendar_date(value: &str) -> Option<(Cow<'_, str>, Precision, bool)> {
    // Values are short: their bytes are read one by one.
    let date = value.bytes().position(|b| b == b'T').map_or(value, |t| &value[..t]);
    let trimmed = date.trim();
    if let Some(precision) = iso_date_precision(trimmed) {
        // An ISO date prints as it reads.
        return Some((Cow::Borrowed(trimmed), precision, false));
    }
    // A season: dated by its middle month, approximately ("2016-SP" → about April 2016; a
    // winter runs into the next year).
    if let Some((year, season)) = date.bytes().position(|b| b == b'-').map(|d| (&date[..d], &date[d + 1..])) {
        let middle = match season {
            "SP" => Some((0, 4)),
            "SU" => Some((0, 7)),
            "FA" => Some((0, 10)),
            "WI" => Some((1, 1)),
            _ => None,
        };
        if let (Some((next, month)), Ok(year)) = (middle, year.parse::<i32>()) {
            return Some((format!("{:04}-{month:02}", year + next).into(), Precision::Month, true));
        }
    }
    // A week: dated by its Monday, approximately; its weekend ("2016-W46-WE") by its Saturday.
    let dash_w = date.as_bytes().windows(2).position(|w| w == b"-W")?;
    let (year, week) = (&date[..dash_w], &date[dash_w + 2..]);
    let first_day = if week.ends_with("-WE") { chrono::Weekday::Sat } else { chrono::Weekday::Mon };
    let day =
        chrono::NaiveDate::from_isoywd_opt(year.parse().ok()?, week.get(..2)?.parse().ok()?, first_day)?;
    Some((Cow::Owned(day.to_string()), Precision::Day, true))
}

/// How precise `date` is if it is an ISO date ("2017", "2017-02", "2017-02-14") — what
/// `PartialDate` parses, read without building one.
fn iso_date_precision(date: &str) -> Option<Precision> {
    let b = date.as_bytes();
    let number = |from: usize, to: usize| {
        b[from..to].iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
    };
    let year = number(0, 4.min(b.len()))?;
    match b.len() {
        4 => Some(Precision::Year),
        7 if b[4] == b'-' => (1..=12).contains(&number(5, 7)?).then_some(Precision::Month),
        10 if b[4] == b'-' && b[7] == b'-' => {
            let (month, day) = (number(5, 7)?, number(8, 10)?);
            PartialDate::ymd(year as i32, month, day).map(|_| Precision::Day)
        }
        _ => None,
    }
}

pub(super) fn precision_of(d: PartialDate) -> Precision {
    match (d.month, d.day) {
        (Some(_), Some(_)) => Precision::Day,
        (Some(_), None) => Precision::Month,
        _ => Precision::Year,
    }
}

/// The date expression opens the sentence ("Le 3 octobre, …", "Au lendemain des attentats, …",
/// "Dès mardi, …"), maybe after other dates ("Il y a trois mois, le 17 décembre, …"). "Le" is
/// outside the extent of a date in figures ("Le 03/10/2016, …"), "Ce" outside that of a day
/// ("Ce 3 octobre, …").
fn is_fronted(text: &str, sentence: Span, tx: Span, timexes: &[Timex]) -> bool {
    // "Tard samedi, …", "Tôt lundi, …": the time of the day is outside the extent of its day.
    const DATE_OPENERS: [&str; 16] = [
        "au", "à", "a", "aux", "ce", "dès", "depuis", "dans", "en", "et", "le", "mais", "puis", "vers",
        "tard", "tôt",
    ];
    let opens = |from: usize, to: usize| {
        let before = text[from..to].trim_matches(|c: char| !c.is_alphanumeric());
        before.is_empty()
            || words(before).take(2).count() == 1
                && DATE_OPENERS.iter().any(|w| before.eq_ignore_ascii_case(w))
    };
    let mut from = sentence.start;
    for earlier in timexes.iter().filter(|t| t.span.start >= sentence.start && t.span.end <= tx.start) {
        if !opens(from, earlier.span.start) {
            return false;
        }
        from = earlier.span.end;
    }
    opens(from, tx.start)
}

/// The trigger a date attaches to.
#[inline]
pub(super) fn attach<'l>(
    text: &str,
    sentence: Span,
    bounds: &[usize],
    hits: &[Hit<'l>],
    timexes: &[Timex],
    tx: Span,
    lists: &EventWords,
) -> Option<Hit<'l>> {
    // "…, suspendus depuis que l'aviation turque a abattu un bombardier russe, le 24 novembre
    // 2015.": a date set off at the end of the sentence dates the clause before it.
    let reach_before = usize::from(is_trailing_apposition(text, sentence, tx));
    let genitive = is_genitive(text, sentence, tx);
    let verbal_before = hits
        .iter()
        .filter(|h| h.form.class.is_verbal() && h.span.end <= tx.start)
        .filter(|_| !genitive)
        .filter(|h| {
            let n = boundaries_between(bounds, h.span.end, tx.start);
            n <= reach_before
                || n == enumeration_commas(text, bounds, hits, timexes, h.span.end, tx.start)
                || n == 1 && is_a_date_set_off_after_its_verb(text, sentence, h.span.end, tx)
        })
        // Read last: the costliest test.
        .rfind(|h| !is_nominal(text, sentence, h.span))
        // With no other date in the sentence, the act is dated by the event it follows ("avait
        // rompu ses relations avec la Turquie après la destruction d'un avion … en novembre").
        .filter(|h| timexes.len() == 1 || !dates_a_phrase_after_a_preposition(&text[h.span.end..tx.start]))
        // "a réclamé la levée de l'embargo imposé par Washington en 1962": the date is the
        // participle's.
        .filter(|h| !holds_a_participle_dated_after(&text[h.span.end..tx.start], lists))
        .filter(|h| !dates_a_participle_before_its_agent(&text[h.span.end..tx.start], &text[tx.end..], lists))
        // "a appelé ses partisans à manifester le 1er mai": the date is that of the act called
        // for, proposed or promised, not of the call.
        .filter(|h| !dates_the_infinitive_called_for(h, &text[h.span.end..tx.start]));
    if let Some(h) = verbal_before {
        return Some(*h);
    }
    // "deux jours après avoir empêché …": what follows the offset is the reference event, which
    // this date does not date. So is what follows "la veille" or "au lendemain": "au lendemain des
    // attentats".
    let relational = {
        let t = Lower::new(tx.slice(text));
        ["avant", "après", "veille", "lendemain"].iter().any(|w| t.ends_with(w))
    };
    // The reference right after the offset: "après avoir empêché", "la veille de la signature",
    // not "La veille, X avait …" nor "arrivé la veille pour rencontrer".
    let reference_after = relational && {
        let next = words(&text[tx.end..sentence.end]).next().map(|w| Lower::new(before_apostrophe(w)));
        next.is_some_and(|w| matches!(&*w, "de" | "d" | "du" | "des" | "avoir" | "être" | "que" | "qu"))
    };
    // "La crise avait éclaté à la mi-juin, lorsque des soldats avaient empêché …": the date of
    // the main clause reaches the act of the clause "lorsque" or "quand" that follows it. Where
    // that clause's subject starts, if there is one.
    let when_clause = |h: &Hit| {
        let between = &text[tx.end..h.span.start];
        [", lorsque ", ", lorsqu'", ", lorsqu’", ", quand "]
            .iter()
            .find_map(|w| between.find(w).map(|at| tx.end + at + w.len()))
    };
    let allowed = if is_fronted(text, sentence, tx, timexes) { 1 } else { 0 };
    // "Lundi, à la tribune des Nations unies, le président avait appelé …": a fronted date reaches
    // a verb over its comma, and over a phrase set off after it.
    let verb_reach = if allowed > 0 {
        let set_off = 1 + usize::from(set_off_phrase_after(text, sentence, bounds, hits, tx));
        set_off.max(subject_apposition_reach(text, sentence, bounds, hits, tx))
    } else {
        0
    };
    let verbal_after = hits
        .iter()
        .filter(|h| h.span.start >= tx.end)
        .filter(|h| !reference_after || boundaries_between(bounds, tx.end, h.span.start) > 0)
        // "Mercredi, Sergueï Lavrov a déclaré …": a fronted date dates the report too.
        .filter(|_| !genitive)
        .filter(|h| {
            matches!(h.form.class, Class::Act | Class::Aspect)
                || (allowed > 0 && h.form.class == Class::Report)
        })
        .filter(|h| {
            let reach = boundaries_between(bounds, tx.end, h.span.start);
            reach <= allowed
                // "lorsque Riyad, Abou Dhabi et Manama avaient rappelé": and the commas of a list
                // of its subjects.
                || when_clause(h).is_some_and(|from| {
                    reach <= 2 || reach == 2 + enumeration_commas(text, bounds, hits, timexes, from, h.span.start)
                })
                // Past the set-off phrase, a verb, not a noun's complement ("le groupe de soutien").
                || reach <= verb_reach && !after_de(text, sentence, h.span)
                // "Lundi, l'Arabie saoudite, Bahreïn et l'Egypte ont rompu": past the fronted
                // date's comma, the commas of a list of subjects.
                || allowed > 0 && {
                    let after_comma = bounds.iter().find(|&&b| b >= tx.end).map_or(tx.end, |&b| b + 1);
                    reach == allowed + enumeration_commas(text, bounds, hits, timexes, after_comma, h.span.start)
                }
        })
        .find(|h| !is_nominal(text, sentence, h.span));
    if let Some(h) = verbal_after {
        return Some(*h);
    }
    let distance = |h: &Hit| {
        if h.span.end <= tx.start {
            tx.start - h.span.end
        } else {
            h.span.start.saturating_sub(tx.end)
        }
    };
    // "deux jours avant le début de l'intervention": the noun after the offset is the reference
    // event too.
    // "Il a fait cette déclaration vendredi": a word of saying used as a noun after a
    // demonstrative (the statement told before) is dated as an act noun.
    let said_as_a_noun = |h: &Hit| {
        h.form.class == Class::Report
            && follows_a_demonstrative(text, sentence, h.span)
            && is_nominal(text, sentence, h.span)
    };
    let nouns = hits.iter().filter(|h| {
        (is_act_noun(text, sentence, h) || said_as_a_noun(h))
            && !(relational && h.span.start >= tx.end)
            && !is_a_named_text_undated(text, h.span, tx, lists)
            // "la levée de l'embargo commercial imposé au Soudan depuis 1997": the date of a
            // participle said of the complement of a noun phrase is the participle's, as after a
            // verb (not "la réunion prévue le 8 février", "l'embargo imposé en 1962").
            && (h.span.end > tx.start || !dates_the_complement(text, h.span, tx, lists))
    });
    // A fronted date ("Avant-hier, l'aviation avait mené 33 frappes") reaches over its comma, and
    // so does a date in apposition to its act ("son cinquième essai nucléaire, le 9 septembre,").
    let same_clause = nouns
        .filter(|h| {
            let (a, b, reach) = if h.span.end <= tx.start {
                (h.span.end, tx.start, apposition_reach(text, sentence, h.span, tx))
            } else {
                (tx.end, h.span.start, allowed)
            };
            // "la tentative de coup d'Etat du 15 juillet": a date "du" dates the noun just before.
            let close = !genitive
                || h.span.end <= tx.start && words(&text[h.span.end..tx.start]).nth(GENITIVE_REACH).is_none();
            close && boundaries_between(bounds, a, b) <= reach
        })
        .min_by_key(|h| distance(h));
    same_clause.map(|h| head_noun(text, hits, *h))
}

/// "a rencontré Angela Merkel, François Hollande et le président ukrainien Petro Porochenko
/// mercredi soir": the commas of a list closed by "et" between a verb and its date are no clause
/// boundaries. How many boundaries `text[from..to]` holds if all are such commas, else 0.
fn enumeration_commas(
    text: &str,
    bounds: &[usize],
    hits: &[Hit],
    timexes: &[Timex],
    from: usize,
    to: usize,
) -> usize {
    // An item of the list: a name with its title ("le chef de la diplomatie saoudienne Adel
    // al-Jubeir").
    const ITEM_WORDS: usize = 8;
    let inside = || bounds.iter().copied().filter(|&b| b >= from && b < to);
    let Some(last_comma) = inside().next_back() else { return 0 };
    let is_list = inside().all(|b| text.as_bytes()[b] == b',')
        // "…, et l'interdiction en mars …" joins clauses.
        && words(&text[last_comma + 1..to]).skip(1).any(|w| w == "et")
        && text[from..to].split(',').flat_map(|part| part.split(" et ")).all(|item| at_most_words(item, ITEM_WORDS))
        // Nor a trigger nor a date: "la troisième attaque en moins de trois mois, après
        // Westminster en mars et Manchester le 22 mai".
        && !hits.iter().any(|h| h.span.start >= from && h.span.end <= to)
        && !timexes.iter().any(|t| t.span.start >= from && t.span.end <= to);
    if is_list {
        inside().count()
    } else {
        0
    }
}

/// Whether the act noun phrase at `noun` ("levée de l'embargo") is followed by a participle said of
/// its last word, with its own agent or "depuis", which the date `tx` after them complements.
fn dates_the_complement(text: &str, noun: Span, tx: Span, lists: &EventWords) -> bool {
    let phrase = noun.slice(text);
    let Some(last_space) = phrase.rfind(' ') else { return false };
    holds_a_participle_dated_after(&text[noun.start + last_space + 1..tx.start], lists)
}

/// Whether the word before `form` is "de", "d'", "du" or "des": the complement of a noun.
fn after_de(text: &str, sentence: Span, form: Span) -> bool {
    let before = word_before(&text[sentence.start.min(form.start)..form.start]);
    ["de", "d", "du", "des"].iter().any(|w| before.eq_ignore_ascii_case(w))
}

/// Whether the date `tx` is followed by a comma and a phrase that a preposition opens, with no
/// trigger in it, closed by a second comma (", à la tribune des Nations unies,").
fn set_off_phrase_after(text: &str, sentence: Span, bounds: &[usize], hits: &[Hit], tx: Span) -> bool {
    const OPENERS: [&str; 14] = [
        "à", "a", "au", "aux", "lors", "devant", "dans", "depuis", "en", "sur", "selon", "face", "pendant",
        "par",
    ];
    let mut after = bounds.iter().copied().filter(|&b| b >= tx.end && b < sentence.end);
    let (Some(open), Some(close)) = (after.next(), after.next()) else { return false };
    let phrase = &text[open..close];
    let Some(phrase) = phrase.strip_prefix(',') else { return false };
    let first_word = words(phrase).next().unwrap_or("");
    text[tx.end..open].trim().is_empty()
        && text.as_bytes().get(close) == Some(&b',')
        && OPENERS.iter().any(|w| first_word.eq_ignore_ascii_case(w))
        && !hits.iter().any(|h| h.span.start >= open && h.span.end <= close)
}

/// "Vendredi, des soldats, pour la plupart d'anciens rebelles, s'étaient emparés de la ville": a
/// fronted date reaches the first verb after it over the subject and its apposition, set off by
/// commas, when no trigger comes before that verb and no relative or other clause opens between
/// (not "Lundi, la Russie, qui avait bombardé Alep, a annoncé"). How many boundaries it reaches
/// over, or 0.
fn subject_apposition_reach(text: &str, sentence: Span, bounds: &[usize], hits: &[Hit], tx: Span) -> usize {
    const CONJUNCTIONS: [&str; 4] = ["lorsque", "lorsqu", "quand", "si"];
    let Some(first) = hits.iter().find(|h| h.span.start >= tx.end) else { return 0 };
    if !matches!(first.form.class, Class::Act | Class::Aspect | Class::Report) {
        return 0;
    }
    // The date's comma, the subject's and the apposition's, and no other boundary.
    let mut between =
        bounds.iter().copied().filter(|&b| b >= tx.end && b < first.span.start && b < sentence.end);
    let (Some(date), Some(subject), Some(apposition), None) =
        (between.next(), between.next(), between.next(), between.next())
    else {
        return 0;
    };
    let opens_a_clause = |from: usize, to: usize| {
        let word = Lower::new(before_apostrophe(words(&text[from + 1..to]).next().unwrap_or("")));
        RELATIVE_PRONOUNS.contains(&&*word) || CONJUNCTIONS.contains(&&*word)
    };
    let quoted = |s: &str| s.contains(['«', '»', '"', '“', '”']);
    let reaches = [date, subject, apposition].iter().all(|&b| text.as_bytes()[b] == b',')
        && !opens_a_clause(date, subject)
        && !opens_a_clause(subject, apposition)
        && text[tx.end..date].trim().is_empty()
        // Not a date inside a quotation, nor a word after a phrase that opens the last segment
        // ("…, avec 46 autres condamnés"): the verb comes right after the apposition, maybe after
        // its auxiliary and an adverb.
        && !quoted(&text[sentence.start..first.span.start])
        && words(&text[apposition + 1..first.span.start]).nth(2).is_none();
    if reaches {
        3
    } else {
        0
    }
}

/// "la lettre déclenchant l'article 50 du traité de Lisbonne", "le respect des accords de Minsk": a
/// text named after a city, in the complement of another noun, is one signed before, which a date
/// of the sentence does not date unless it follows the name ("le traité de Lisbonne du 13
/// décembre 2007"). The object of a verb may be the act ("ont rejoint samedi l'accord de Paris").
fn is_a_named_text_undated(text: &str, noun: Span, tx: Span, lists: &EventWords) -> bool {
    if !lists.named_texts.has(&Lower::new(noun.slice(text))) {
        return false;
    }
    let before = text[..noun.start].trim_end();
    let of = ["du", "des", "de l'", "de l’", "d'un", "d’un"]
        .iter()
        .any(|w| strip_word_at_end(before, w).is_some());
    if !of {
        return false;
    }
    let after = &text[noun.end..];
    let Some(name) = ["de ", "d'", "d’"].iter().find_map(|of| after.trim_start().strip_prefix(of)) else {
        return false;
    };
    if !name.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    // Where the name's capitalised words end ("de La Havane").
    let mut name_end = text.len() - name.len();
    let mut rest = name;
    loop {
        let word = rest.trim_start();
        let len = word.find(char::is_whitespace).unwrap_or(word.len());
        if len == 0 || !word.starts_with(char::is_uppercase) {
            break;
        }
        name_end = text.len() - word.len() + len;
        rest = &word[len..];
    }
    let follows = tx.start >= name_end && at_most_words(&text[name_end..tx.start], 1);
    !follows
}

/// "Le même jour, … a adressé une lettre … pour exprimer ses regrets après la destruction d'un
/// avion russe en novembre dernier": a date after "après", "avant" or "depuis" and a noun phrase
/// dates what that phrase names, not the verb before it. `between` runs from the verb to the date.
pub(super) fn dates_a_phrase_after_a_preposition(between: &str) -> bool {
    const PREPOSITIONS: [&str; 3] = ["après", "avant", "depuis"];
    const DETERMINERS: [&str; 15] = [
        "le", "la", "les", "l", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "cette", "ces",
    ];
    let mut previous = "";
    for word in words(between) {
        let word = before_apostrophe(word);
        if PREPOSITIONS.iter().any(|p| previous.eq_ignore_ascii_case(p))
            && DETERMINERS.iter().any(|d| word.eq_ignore_ascii_case(d))
        {
            return true;
        }
        previous = word;
    }
    false
}

/// How many words may stand between a noun and a date complementing it: "l'essai nucléaire du 9
/// septembre", "les attentats meurtriers du 13 novembre".
const GENITIVE_REACH: usize = 3;

/// "du 15 juillet", "de mardi": a date that complements a noun, not a range ("du 3 au 5").
fn is_genitive(text: &str, sentence: Span, tx: Span) -> bool {
    let before = Lower::new(word_before(&text[sentence.start..tx.start]));
    let of = matches!(&*before, "du" | "de" | "d");
    // Read only after "du" or "de": most dates follow neither. A range goes on to a day ("du 3
    // au 5", "du lundi au mercredi"); "les fêtes du Nouvel An au Kremlin" does not.
    const WEEKDAYS: [&str; 7] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
    let range = || {
        let mut after = words(&text[tx.end..sentence.end]);
        after.next().is_some_and(|w| w.eq_ignore_ascii_case("au"))
            && after.next().is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit())
                    || w.eq_ignore_ascii_case("premier")
                    || WEEKDAYS.iter().any(|d| w.eq_ignore_ascii_case(d))
            })
    };
    of && !range()
}

/// ", le 24 novembre 2015." closing its sentence: a date set off by a comma after its clause.
fn is_trailing_apposition(text: &str, sentence: Span, tx: Span) -> bool {
    let set_off = text[sentence.start..tx.start].trim_end().ends_with(',');
    // Read only after a comma: most dates are set off by none.
    let closes = || {
        text[tx.end..sentence.end]
            .trim()
            .chars()
            .all(|c| matches!(c, '.' | '!' | '?' | '»' | '"' | '”' | ')'))
    };
    set_off && closes()
}

/// "la rupture de la trêve", "la suspension des négociations": an act noun complementing
/// another stands for that other one, the head.
fn head_noun<'l>(text: &str, hits: &[Hit<'l>], noun: Hit<'l>) -> Hit<'l> {
    const LINKS: [&str; 6] = ["de", "du", "des", "de la", "de l'", "de l’"];
    // Lowercase takes at least a byte a character, a character at most 4 bytes: text longer
    // than 4 times the longest link is none.
    const LONGEST: usize = 4 * "de l’".len();
    let mut head = noun;
    while let Some(h) = hits.iter().rfind(|h| {
        h.form.class == Class::Noun && h.span.end < head.span.start && {
            let between = text[h.span.end..head.span.start].trim();
            between.len() <= LONGEST && LINKS.contains(&&*Lower::new(between))
        }
    }) {
        head = *h;
    }
    head
}

/// ", le 9 septembre,", ", en avril," right after an act noun and its complement (a few words,
/// one comma, maybe a name set off by commas): the date of that act. How many clause boundaries
/// the date may reach back over to its noun; 0 when it is no such apposition.
pub(super) fn apposition_reach(text: &str, sentence: Span, noun: Span, tx: Span) -> usize {
    const COMPLEMENT_WORDS: usize = 6;
    // ", en avril,": the date's preposition is no part of it.
    let before = text[noun.end..tx.start].trim_end();
    let before = before.strip_suffix(" en").unwrap_or(before);
    let Some(between) = before.strip_suffix(',') else { return 0 };
    // "l'assassinat de l'ambassadeur russe à Ankara, Andreï Karlov, le 19 décembre": a name in
    // apposition inside the complement, with its own comma.
    let (between, reach) = match between.rsplit_once(',') {
        Some((complement, name)) if is_proper_name(name) => (complement, 2),
        _ => (between, 1),
    };
    let closes = text[tx.end..sentence.end]
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ',' | '.' | ';' | ')'));
    let fits = closes
        && !between.contains([',', ';', ':', '«', '»', '(', ')'])
        && at_most_words(between, COMPLEMENT_WORDS);
    if fits {
        reach
    } else {
        0
    }
}

/// One to four capitalised words: "Andreï Karlov", "Ban Ki-moon".
fn is_proper_name(s: &str) -> bool {
    let mut n = 0;
    for w in words(s) {
        n += 1;
        if n > 4 || !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
    }
    n > 0
}

/// "alors" (not "alors que"), "à l'époque": the sentence's act is of the time told last.
#[inline]
pub(super) fn says_then(sentence: &str) -> bool {
    // Most sentences have neither word: a substring search rules them out before any lowercasing
    // (in capitals too: "ALORS", "À L'ÉPOQUE").
    if !holds_then_words(sentence) {
        return false;
    }
    let lower = Lower::new(sentence);
    let mut before = "";
    for w in words(&lower).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())) {
        let then = before == "alors" && !w.starts_with("qu") || before == "à" && w.ends_with("époque");
        if then {
            return true;
        }
        before = w;
    }
    false
}

/// "a aussitôt réagi", "Dans la foulée, l'UE a levé …": an act told as following at once the one told
/// before is of the time told last.
pub(super) fn says_at_once(sentence: &str) -> bool {
    // The searcher is built once: most sentences asked say no "aussitôt".
    static AUSSIT: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("ussit"));
    static FOULEE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("ans la foulée"));
    let aussitot = || {
        AUSSIT.find(sentence.as_bytes()).is_some()
            && words(sentence).any(|w| w.eq_ignore_ascii_case("aussitôt") || w == "Aussitôt")
    };
    // "Dans la foulée, l'UE a levé ses sanctions", not "dans la foulée de l'attentat" (an event of
    // its own to count from).
    let in_its_wake = || {
        FOULEE.find_iter(sentence.as_bytes()).any(|at| {
            let after = &sentence[at + "ans la foulée".len()..];
            at > 0
                && matches!(sentence.as_bytes()[at - 1], b'd' | b'D')
                && !(after.starts_with(" de") || after.starts_with(" du") || after.starts_with(" d'"))
                && !after.starts_with(" d’")
        })
    };
    aussitot() || in_its_wake()
}

/// Whether `sentence` holds "lors", "LORS", "poque" or "POQUE" (what `str::contains` tells of
/// each): each has an o second, so only the bytes around an o or an O are compared.
pub(super) fn holds_then_words(sentence: &str) -> bool {
    const WORDS: [&[u8]; 4] = [b"lors", b"LORS", b"poque", b"POQUE"];
    let bytes = sentence.as_bytes();
    memchr::memchr2_iter(b'o', b'O', bytes)
        .any(|i| i > 0 && WORDS.iter().any(|w| bytes[i - 1..].starts_with(w)))
}

/// A weekday or "hier" resolved from an approximate publication date is approximate too.
pub(super) fn depends_on_dct_day(text: &str, tx: &Timex) -> bool {
    tx.resolution == Resolution::PublicationDate && !tx.span.slice(text).chars().any(|c| c.is_ascii_digit())
}

/// "la première visite d'un président américain depuis 1928", "le troisième président américain
/// à se rendre au Vietnam depuis la fin de la guerre en 1975", "les combats les plus meurtriers
/// depuis 1994": the date a first (or nth, or a superlative) since is counted from is not the act's.
#[inline]
pub(super) fn is_first_since(text: &str, sentence: Span, tx: Span) -> bool {
    // The words from "depuis" to the date: none, or the short phrase the date is in.
    const PHRASE_WORDS: usize = 6;
    let before = &text[sentence.start..tx.start];
    let clause = last_clause(before);
    if find_by_key(clause.as_bytes(), b"depuis", 2).is_none() {
        return false;
    }
    let clause_words: Vec<&str> = words(clause).collect();
    let Some(since) = clause_words.iter().rposition(|w| *w == "depuis") else { return false };
    // "depuis que Washington a suspendu le 3 octobre …": a clause, whose verb the date dates.
    let phrase = &clause_words[since + 1..];
    if phrase.len() > PHRASE_WORDS || phrase.first().is_some_and(|w| is_que(w)) {
        return false;
    }
    fn lower(w: &str) -> Lower<'_> {
        Lower::new(w.rsplit(['\'', '’']).next().unwrap_or(w))
    }
    clause_words[..since].iter().enumerate().any(|(i, w)| {
        let w = lower(w);
        // "les plus meurtriers", not "plus de 270 personnes" nor "de plus belle".
        let superlative =
            || &*w == "plus" && i > 0 && matches!(&*lower(clause_words[i - 1]), "le" | "la" | "les");
        w.starts_with("premi")
            || (w.len() > 5 && w.ends_with("ième"))
            || matches!(&*w, "jamais" | "pire" | "pires" | "inédit" | "inédite" | "inédits" | "inédites")
            || superlative()
    })
}

/// "d'ici à 2020", "jusqu'au 30 septembre", "à partir de 2017": the bound of a period, not when
/// anything happens.
#[inline]
pub(super) fn is_deadline(text: &str, tx: Span) -> bool {
    const BOUNDS: [&str; 10] = [
        "d'ici",
        "d'ici à",
        "d'ici au",
        "jusqu'à",
        "jusqu'au",
        "jusqu'en",
        "à partir de",
        "à partir du",
        "à compter de",
        "à compter du",
    ];
    // Every bound ends in "ici", "à", "au", "en", "de" or "du": the last character before the date
    // (lowercased: no other character lowercases to these letters) rules out most dates.
    let ends_like_a_bound = matches!(
        text[..tx.start].trim_end().as_bytes(),
        [.., b'i' | b'I' | b'u' | b'U' | b'n' | b'N' | b'e' | b'E'] | [.., 0xC3, 0xA0 | 0x80]
    );
    if !ends_like_a_bound {
        return false;
    }
    // The few words before the date are enough (and keep this cheap in a long article).
    let mut from = tx.start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    // The last characters of the words before, lowercased with ’ read as ', last first: enough
    // for the longest bound and the character before it. (A capital sigma lowercases to σ or ς
    // by its place; either is a letter in no bound, so σ stands for both.)
    const KEEP: usize = 16;
    let mut last = ['\0'; KEEP];
    let mut kept = 0;
    'read: for c in text[from..tx.start].trim_end().chars().rev() {
        if kept == KEEP {
            break;
        }
        if c.is_ascii() {
            last[kept] = c.to_ascii_lowercase();
            kept += 1;
            continue;
        }
        let c = if c == '’' { '\'' } else { c };
        for lower in c.to_lowercase().rev() {
            if kept == KEEP {
                break 'read;
            }
            last[kept] = lower;
            kept += 1;
        }
    }
    BOUNDS.iter().any(|b| {
        let mut matched = 0;
        for c in b.chars().rev() {
            if matched == kept || last[matched] != c {
                return false;
            }
            matched += 1;
        }
        // The bound starts a word: nothing before it, or no word character.
        matched == kept || !is_word_char(last[matched])
    })
}

/// An event's date, from its timex (an index into `timexes`), is the start of a state ("depuis le
/// 30 novembre"), not the time of an act.
#[inline]
pub(super) fn starts_a_state(text: &str, timexes: &[Timex], timex: Option<usize>) -> bool {
    let Some(tx) = timex.and_then(|i| timexes.get(i)) else { return false };
    word_before(&text[..tx.span.start]).eq_ignore_ascii_case("depuis")
}

/// Whether `between`, from an act of calling for, proposing, promising or threatening to a date,
/// holds the infinitive of the act asked for a few words before the date ("appelé ses partisans à
/// manifester le", "proposé de se retrouver en"): the date is that act's, not the call's.
fn dates_the_infinitive_called_for(h: &Hit, between: &str) -> bool {
    const WITHIN_WORDS: usize = 5;
    if !matches!(h.form.category.as_str(), "appeal" | "propose" | "intent_to_cooperate" | "threaten")
        || between.contains(',')
    {
        return false;
    }
    // Read back from the date: the infinitive (or "se" before it), then "à" or "de"; or "d'"
    // elided onto it.
    let back: Vec<Lower> = words(between).rev().take(WITHIN_WORDS).map(Lower::new).collect();
    back.iter().enumerate().any(|(i, w)| {
        let elided = w.strip_prefix("d'").or_else(|| w.strip_prefix("d’")).is_some_and(looks_infinitive);
        let verb_after = || i > 0 && (looks_infinitive(&back[i - 1]) || matches!(&*back[i - 1], "se" | "s'"));
        elided || matches!(&**w, "à" | "de") && verb_after()
    })
}

/// How many days before the publication date the day of the news may be: a wire of the morning
/// tells the acts of the day before ("ont ordonné mardi", published on Wednesday).
pub(super) const NEWS_DAY_REACH: i64 = 2;

/// Whether `date` (an event's, "YYYY-MM-DD") is the day of the publication (`dct`) or one of the
/// `reach` days before it.
pub(super) fn is_news_day(date: &str, dct: PartialDate, reach: i64) -> bool {
    let b = date.as_bytes();
    let num = |r: std::ops::Range<usize>| {
        b.get(r)
            .filter(|d| d.iter().all(u8::is_ascii_digit))
            .map(|d| d.iter().fold(0u32, |n, &c| n * 10 + u32::from(c - b'0')))
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else { return false };
    let (Some(day), Some(published)) = (chrono::NaiveDate::from_ymd_opt(y as i32, m, d), dct.naive()) else {
        return false;
    };
    (0..=reach).contains(&(published - day).num_days())
}

/// "a appelé, vendredi 28 avril à La Valette, la Russie à …", "a mis en garde la Russie,
/// vendredi, contre …": a date set off by two commas right after a verb (and its short object),
/// perhaps with where the act took place, dates that verb.
fn is_a_date_set_off_after_its_verb(text: &str, sentence: Span, verb_end: usize, tx: Span) -> bool {
    const OBJECT_WORDS: usize = 4;
    const PLACE_WORDS: usize = 5;
    let Some(object) = text[verb_end..tx.start].trim_end().strip_suffix(',') else { return false };
    let Some((place, _)) = text[tx.end..sentence.end].split_once(',') else { return false };
    let plain = |s: &str| !s.contains([',', ';', ':', '«', '»', '"', '(', ')']);
    let at_a_place = place.trim().is_empty()
        || words(place).next().is_some_and(|w| matches!(w, "à" | "au" | "aux" | "en" | "dans" | "lors"));
    plain(object)
        && at_most_words(object, OBJECT_WORDS)
        && plain(place)
        && at_most_words(place, PLACE_WORDS)
        && at_a_place
}
