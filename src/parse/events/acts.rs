//! Which trigger tells the act: act nouns and verb forms used as nouns, participles said of a noun
//! rather than of the subject, the act a reporting verb reports or announces, and the act noun an
//! aspect verb stands for.
//!
//! The rules that rule a hit out (`candidate_sentences`) are inlined into their chain, their only
//! caller: each opens on a test of the class, the category or a byte that rules nearly every hit
//! out, and a call for it cost more than the test.

use super::clauses::{boundaries_between, is_inverted, is_inverted_unnamed};
use super::lists::EventWords;
use super::tense::{past_auxiliary, AUXILIARIES};
use super::triggers::{Class, Hit};
use super::words::{
    after_apostrophe, at_most_words, before_apostrophe, find_by_key, is_negation, is_que, last_clause,
    looks_infinitive, offset_in, strip_word_at_end, trimmed_end, word_before, words, Lower,
};
use crate::corpus::{Mention, Span, Timex};

/// A verb form used as a noun after a determiner: "l'attaque", "les frappes", "cette visite".
/// Object pronouns look alike ("les a frappés", "l'attaquer"), but a noun does not end like an
/// infinitive or a participle.
pub(super) fn is_nominal(text: &str, sentence: Span, form: Span) -> bool {
    let before = word_before(&text[sentence.start.min(form.start)..form.start]);
    DETERMINERS.iter().any(|d| before.eq_ignore_ascii_case(d)) && {
        let word = Lower::new(form.slice(text));
        !["er", "é", "ée", "és", "ées", "ent"].iter().any(|e| word.ends_with(e))
    }
}

/// A participle after a number names people, not an act: "devant quelque 500 invités", "30
/// blessés".
#[inline(always)]
pub(super) fn follows_a_number(text: &str, sentence: Span, h: &Hit) -> bool {
    // A plural participle right after a number standing alone ("Su-24 abattu", "en octobre 2014,
    // dénonce" are no such thing).
    h.form.class == Class::Act && h.span.slice(text).ends_with('s') && {
        let before = &text[sentence.start.min(h.span.start)..h.span.start];
        before.strip_suffix(' ').is_some_and(|b| {
            let number = b.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
            number.len() < b.len() && (number.is_empty() || number.ends_with(' '))
        })
    }
}

/// The determiners before a noun.
const DETERMINERS: [&str; 17] = [
    "l", "la", "le", "les", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs",
];

/// Whether `word` (lowercase, its apostrophe cut off) is one of the determiners before a noun.
pub(super) fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word)
}

/// An act verb's form after a determiner, even one ending like an infinitive or elided ("d'un
/// bombardier"): a noun, read more loosely than [`is_nominal`].
pub(super) fn follows_a_determiner(text: &str, sentence: Span, form: Span) -> bool {
    let before = Lower::new(after_apostrophe(word_before(&text[sentence.start.min(form.start)..form.start])));
    DETERMINERS.contains(&&*before)
}

/// Whether a demonstrative stands right before `form` ("ces frappes", "cette offensive"): the
/// noun points back to an act told before.
pub(super) fn follows_a_demonstrative(text: &str, sentence: Span, form: Span) -> bool {
    let before = Lower::new(after_apostrophe(word_before(&text[sentence.start.min(form.start)..form.start])));
    matches!(&*before, "ce" | "cet" | "cette" | "ces")
}

/// A meeting noun after a report, in the phrase that tells where the report was made: "…, a
/// martelé l'amiral dans un entretien à l'agence Tasnim", "a-t-il déclaré lors d'une réunion au
/// Kremlin", "a-t-il dit au cours d'une conférence de presse" (not "à l'issue d'un entretien
/// avec", which tells a meeting held, nor "lors d'une conférence de presse commune avec son
/// homologue", a statement made with someone).
pub(super) fn is_where_said(text: &str, report: &Hit, noun: &Hit) -> bool {
    const PHRASE_WORDS: usize = 3;
    const JOINT_WORDS: usize = 2;
    let statement = noun.form.category == "statement";
    if report.form.class != Class::Report
        || !(noun.form.category == "consult" || statement)
        || noun.span.start < report.span.end
    {
        return false;
    }
    if statement && words(&text[noun.span.end..]).take(JOINT_WORDS).any(|w| w == "avec") {
        return false;
    }
    let before: Vec<Lower> = words(last_clause(&text[report.span.end..noun.span.start]))
        .rev()
        .take(PHRASE_WORDS)
        .map(Lower::new)
        .collect();
    // "dans un", "lors d'une", "lors de sa", "lors du", "au cours d'un": the determiner, then up
    // to two words of the phrase before it.
    let determiner = |w: &Lower| {
        matches!(after_apostrophe(w), "un" | "une" | "son" | "sa" | "leur") || matches!(&**w, "du" | "des")
    };
    let opens = |w: &Lower| matches!(&**w, "dans" | "lors" | "cours");
    match before.as_slice() {
        [d, w, ..] if determiner(d) && opens(w) => true,
        [d, de, w, ..] => determiner(d) && &**de == "de" && opens(w),
        _ => false,
    }
}

/// "À l'issue de l'entretien, le président a déclaré", "a indiqué X au terme de la rencontre": a
/// meeting or a press conference named after "à l'issue de", "au terme de" or "lors de" is the
/// occasion of what is told, no act of its own.
pub(super) fn is_an_occasion(text: &str, sentence: Span, noun: &Hit) -> bool {
    const OPENERS: [&str; 3] = ["issue ", "terme ", "lors "];
    const DETERMINERS: [&str; 6] = ["de la ", "de l'", "de l’", "du ", "d'une ", "d'un "];
    const JOINT_WORDS: usize = 2;
    if noun.form.class != Class::Noun || !matches!(&*noun.form.category, "consult" | "statement") {
        return false;
    }
    // "lors d'une conférence de presse avec son homologue": said to that one (as in is_where_said).
    if noun.form.category == "statement"
        && words(&text[noun.span.end..]).take(JOINT_WORDS).any(|w| w == "avec")
    {
        return false;
    }
    let before = &text[sentence.start..noun.span.start];
    DETERMINERS.iter().any(|d| {
        strip_word_at_end(before, d)
            .is_some_and(|rest| OPENERS.iter().any(|o| strip_word_at_end(rest, o).is_some()))
    })
}

/// An act noun right after an infinitive that is no trigger and its determiner ("vouloir
/// maintenir le dialogue", "pour préserver la trêve"): the object of what is to be done.
pub(super) fn is_object_of_an_infinitive(text: &str, sentence: Span, hits: &[Hit], noun: &Hit) -> bool {
    if noun.form.class != Class::Noun {
        return false;
    }
    let mut back = words(last_clause(&text[sentence.start..noun.span.start])).rev();
    let (Some(determiner), Some(verb)) = (back.next(), back.next()) else { return false };
    let determiner = Lower::new(determiner);
    DETERMINERS.contains(&before_apostrophe(&determiner).trim_end_matches(['\'', '’']))
        && looks_infinitive(&Lower::new(verb))
        && !hits.iter().any(|h| h.span.start == offset_in(text, verb))
}

/// "a signé lundi un décret suspendant l'accord", "le décret signé mercredi": signing a decree or
/// a law is no agreement with anyone; what the text does is the act, if a trigger tells it.
#[inline(always)]
pub(super) fn signs_a_decree(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    const AFTER: usize = 6;
    if h.form.category != "agree"
        || h.form.class != Class::Act
        || !Lower::new(h.span.slice(text)).starts_with("sign")
    {
        return false;
    }
    let is_law = |w: &str| lists.laws.has(&Lower::new(after_apostrophe(w)));
    words(&text[h.span.end..sentence.end]).take(AFTER).any(is_law)
        || is_law(word_before(&text[sentence.start..h.span.start]))
}

/// "s'est abstenu de tout commentaire", "s'abstenir de toute provocation": abstaining from a deed
/// is no abstention in a vote, which "s'abstenir" alone or "s'abstenir de voter" tells.
#[inline(always)]
pub(super) fn abstains_from_a_deed(text: &str, sentence: Span, h: &Hit) -> bool {
    // The category first: it rules out nearly every hit without lowercasing a word.
    if h.form.category != "reject" {
        return false;
    }
    let word = Lower::new(h.span.slice(text));
    if !(word.starts_with("absten") || word.starts_with("abstien")) {
        return false;
    }
    let mut after = words(&text[h.span.end..sentence.end]).map(Lower::new);
    let Some(first) = after.next() else { return false };
    let deed = match &*first {
        "de" => after.next(),
        elided if elided.starts_with("d'") || elided.starts_with("d’") => {
            Some(Lower::new(after_apostrophe(elided)))
        }
        _ => return false,
    };
    !deed.is_some_and(|w| w.starts_with("vot"))
}

/// "avaient repoussé à trois reprises leur date butoir", "a repoussé le vote": pushing back a
/// date or a meeting of the `postponed` list (`data/events/words.tsv`), a few words after the verb
/// in its clause, puts it off; nothing is rejected.
#[inline(always)]
pub(super) fn postpones(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    const WITHIN_WORDS: usize = 6;
    if h.form.category != "reject" || !Lower::new(h.span.slice(text)).starts_with("repouss") {
        return false;
    }
    let after = &text[h.span.end..sentence.end];
    let clause = &after[..after.find([',', ';', ':']).unwrap_or(after.len())];
    words(clause).take(WITHIN_WORDS).any(|w| {
        let w = after_apostrophe(w).trim_end_matches(|c: char| !c.is_alphanumeric());
        lists.postponed.has(&Lower::new(w))
    })
}

/// "juge un accord possible", "un éventuel cessez-le-feu": an act noun an adjective of the
/// `hypothetical` list (`data/events/words.tsv`) qualifies, right after or right before it, is
/// only spoken of as possible; no act is told.
#[inline(always)]
pub(super) fn is_hypothetical(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    if h.form.class != Class::Noun {
        return false;
    }
    let is_hypothetical = |w: &str| lists.hypothetical.has(&Lower::new(after_apostrophe(w)));
    words(&text[h.span.end..sentence.end]).next().is_some_and(is_hypothetical)
        || is_hypothetical(word_before(&text[sentence.start..h.span.start]))
}

/// "devrait se rendre la semaine prochaine à Ryad", "pourraient imposer des sanctions": an act in
/// the infinitive after "devoir" or "pouvoir" in the conditional is only expected or possible; no
/// act is told. ("doit rencontrer jeudi" is an act planned for a day: kept.) So is the
/// imperfect of "devoir", a plan told from the past ("devaient commencer jeudi", "devait se
/// rendre à Moscou"): whether it was carried out is not told.
#[inline(always)]
pub(super) fn is_expected(text: &str, sentence: Span, h: &Hit) -> bool {
    const CONDITIONALS: [&str; 6] = ["devrait", "devraient", "pourrait", "pourraient", "devait", "devaient"];
    if !h.form.class.is_verbal() {
        return false;
    }
    let before = &text[sentence.start..h.span.start];
    // The last byte before the verb: "t" of a conditional, or "e", "'" or the last byte of "’"
    // of a reflexive pronoun; most verbs have another before them.
    let last = trimmed_end(before).as_bytes().last().copied();
    if !matches!(last, Some(b't' | b'e' | b'\'' | 0x99)) {
        return false;
    }
    let mut word = word_before(before);
    // "devraient se rencontrer", "pourrait s'entretenir": the reflexive pronoun before the verb.
    if matches!(word, "se" | "s") {
        word = word_before(&before[..before.rfind(word).unwrap_or(0)]);
    }
    // "pourrait être conclue": the passive infinitive.
    if word == "être" {
        word = word_before(&before[..before.rfind(word).unwrap_or(0)]);
    }
    // The conditionals end in "t", as do few words before an infinitive trigger.
    // "ne pourrait accepter le texte": a possibility denied is a refusal, told.
    let denied = || {
        let at = before.rfind(word).unwrap_or(0);
        matches!(word_before(&before[..at]), "ne" | "n")
    };
    word.ends_with('t') && CONDITIONALS.iter().any(|c| word.eq_ignore_ascii_case(c)) && !denied()
}

/// "les frappes devaient viser Daech", "des sanctions pourraient suivre": an act noun that is the
/// subject of "devoir" or "pouvoir" in the conditional or the imperfect is only expected.
#[inline(always)]
pub(super) fn is_expected_subject(text: &str, sentence: Span, h: &Hit) -> bool {
    const MODALS: [&str; 6] = ["devrait", "devraient", "pourrait", "pourraient", "devait", "devaient"];
    h.form.class == Class::Noun
        && words(&text[h.span.end..sentence.end])
            .next()
            .is_some_and(|w| MODALS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// Whether `h` convenes a body ("a convoqué en urgence le Conseil de sécurité", "convoquer une
/// réunion"): a meeting called, not an envoy summoned in protest.
#[inline(always)]
pub(super) fn convenes_a_body(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    const AFTER: usize = 4;
    h.form.category == "protest"
        && h.span.slice(text).get(..7).is_some_and(|w| w.eq_ignore_ascii_case("convoqu"))
        && words(&text[h.span.end..sentence.end])
            .take(AFTER)
            .any(|w| lists.convened_bodies.has(&Lower::new(after_apostrophe(w))))
}

/// An act noun, or an act verb's form used as a noun ("l'attaque").
pub(super) fn is_act_noun(text: &str, sentence: Span, h: &Hit) -> bool {
    h.form.class == Class::Noun || h.form.class == Class::Act && is_nominal(text, sentence, h.span)
}

/// A past participle of a first- or second-group verb, or of "conclure", "rompre", "mettre"…:
/// "signés", "réuni", "conclu", "rompue", "mis". Read by its ending: a caller reading words other
/// than triggers rules out the adverbs ("aussi", "depuis").
pub(super) fn is_participle(word: &str) -> bool {
    const ENDINGS: [&str; 15] =
        ["é", "ée", "és", "ées", "i", "ie", "ies", "u", "ue", "us", "ues", "is", "ise", "ises", "it"];
    // Every ending closes on é, e, s, i, u or t, lowercase or not (É is C3 89, é C3 A9): most
    // other words are told apart by their last byte, unread.
    if !matches!(
        word.as_bytes().last(),
        Some(0x89 | 0xA9 | b'e' | b'E' | b's' | b'S' | b'i' | b'I' | b'u' | b'U' | b't' | b'T')
    ) {
        return false;
    }
    let word = Lower::new(word);
    ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A word of running text that reads as a participle: lowercase, longer than "été", and no adverb
/// that ends like one ("aussi", "depuis").
pub(super) fn reads_as_participle(word: &str, lists: &EventWords) -> bool {
    // The ending first: its last byte rules most words out unread.
    is_participle(word)
        && word.chars().all(|c| c.is_lowercase())
        && word.chars().count() > 3
        && !lists.between_auxiliary.has(word)
}

/// A bare participle right after a comma ("les accords de Minsk, signés en …"): a relative
/// clause cut short, about the noun before the comma.
pub(super) fn is_reduced_relative(
    text: &str,
    sentence: Span,
    act: Span,
    clause_start: usize,
    lists: &EventWords,
) -> bool {
    let opens_after_comma = clause_start > sentence.start
        && text.as_bytes()[clause_start] == b','
        && text[clause_start + 1..act.start].chars().all(char::is_whitespace);
    let word = act.slice(text);
    opens_after_comma
        && !word.contains(' ')
        && is_participle(word)
        && past_auxiliary(text, sentence, act, lists).is_none()
}

/// A participle said of a noun, after a comma or right after it.
#[inline]
pub(super) fn is_said_of_a_noun(
    text: &str,
    sentence: Span,
    bounds: &[usize],
    act: Span,
    lists: &EventWords,
) -> bool {
    let clause = bounds.iter().copied().rfind(|&b| b < act.start).unwrap_or(sentence.start);
    is_reduced_relative(text, sentence, act, clause, lists) || follows_a_noun(text, sentence, act, lists)
}

/// A participle right after a noun and its determiner: "Les manifestants rassemblés", "l'armée
/// déployée" — not "avaient peut-être frappé", "se montrait disposée".
pub(super) fn follows_a_determined_noun(text: &str, sentence: Span, act: Span, lists: &EventWords) -> bool {
    if !follows_a_noun(text, sentence, act, lists) {
        return false;
    }
    let mut before = words(&text[sentence.start.min(act.start)..act.start]).rev();
    let Some(noun) = before.next() else { return false };
    let elided = Lower::new(noun);
    if let Some(at) = elided.find(['\'', '’']) {
        return matches!(&elided[..at], "l" | "d");
    }
    before.next().is_some_and(|d| DETERMINERS.contains(&&*Lower::new(d)))
}

/// Words before a participle that show it is no noun's: pronouns, articles, conjunctions, adverbs
/// and auxiliaries ("qui a signé", "l'a signé", "négocié et signé", "déjà signé").
const NOT_NOUNS: [&str; 36] = [
    "se", "s", "ne", "n", "y", "en", "il", "elle", "ils", "elles", "on", "qui", "que", "qu", "lui", "leur",
    "l", "la", "le", "les", "et", "ou", "mais", "puis", "ni", "pas", "plus", "jamais", "déjà", "tout",
    "juste", "bien", "être", "avoir", "ayant", "étant",
];

/// Determiners of number, before a noun that ends like a participle: "à plusieurs reprises".
const QUANTIFIERS: [&str; 14] = [
    "des",
    "ces",
    "ses",
    "leurs",
    "nos",
    "vos",
    "mes",
    "plusieurs",
    "quelques",
    "certaines",
    "certains",
    "nombreuses",
    "nombreux",
    "deux",
];

/// Whether `between`, the text from a verb to a date after it, holds a participle said of a noun
/// with its own agent, which the date complements: "a réclamé la levée de l'embargo imposé par
/// Washington en 1962", "a évoqué les sanctions décidées par Barack Obama le 29 décembre". The
/// agent tells a participle from a noun or an adjective that ends like one ("les relations
/// diplomatiques", "à plusieurs reprises"); no comma stands between.
pub(super) fn holds_a_participle_dated_after(between: &str, lists: &EventWords) -> bool {
    // "la visite prévue en janvier", "le sommet programmé pour le 5 mai": what is planned is
    // dated by the date that follows, not the verb before.
    const LEADS: [&str; 4] = ["en", "pour", "le", "à"];
    if between.contains(',') {
        return false;
    }
    // The last few words, read back: a planning participle and the prepositions after it.
    let mut leads_only = true;
    for w in words(between).rev().take(3) {
        let w = Lower::new(w);
        let stem = w.trim_end_matches('s').trim_end_matches('e');
        if leads_only && lists.planned.has(stem) {
            return true;
        }
        leads_only &= LEADS.contains(&&*w);
    }
    // "par" makes the agent; "depuis" a state the participle's noun is in since the date ("a levé
    // les sanctions imposées à Téhéran depuis 2012"), which no act of the verb before can be.
    // Most stretches hold neither, and need no more reading.
    let since = between.trim_end().ends_with(" depuis");
    if !since && find_by_key(between.as_bytes(), b" par ", 1).is_none() {
        return false;
    }
    let all: Vec<&str> = words(between).collect();
    all.windows(2).enumerate().any(|(i, w)| {
        let by_agent = all.get(i + 2) == Some(&"par");
        (since || by_agent) && is_participle_said_of_a_noun(w[0], w[1], lists)
    })
}

/// Whether `participle` reads as a participle and `noun`, the word before it, as the noun it is
/// said of ("les sanctions imposées", "les marins arrêtés"): no adverb, auxiliary or quantifier.
fn is_participle_said_of_a_noun(noun: &str, participle: &str, lists: &EventWords) -> bool {
    let noun = Lower::new(after_apostrophe(noun));
    reads_as_participle(participle, lists)
        && noun.chars().all(|c| c.is_alphabetic() || c == '-')
        && !noun.ends_with("ment")
        && !NOT_NOUNS.contains(&&*noun)
        && !AUXILIARIES.contains(&&*noun)
        && !QUANTIFIERS.contains(&&*noun)
        && !matches!(&*noun, "été" | "est" | "sont")
}

/// "a libéré mercredi les marins arrêtés la veille par les Gardiens": a date between a participle
/// said of a noun and its agent after "par" is the participle's (`between` runs from the verb to
/// the date, `after` from the date on).
pub(super) fn dates_a_participle_before_its_agent(between: &str, after: &str, lists: &EventWords) -> bool {
    if !after.starts_with(" par ") || between.contains(',') {
        return false;
    }
    let mut back = words(between).rev();
    let (Some(participle), Some(noun)) = (back.next(), back.next()) else { return false };
    is_participle_said_of_a_noun(noun, participle, lists)
}

/// A participle said of the noun just before it, with no comma: "la trêve entrée en vigueur
/// lundi", "l'accord conclu le 14 juillet". Not a verb of the clause: no auxiliary before it, and
/// the word before is no pronoun, adverb or conjunction ("qui a signé", "l'a signé", "a
/// finalement signé", "négocié et signé").
pub(super) fn follows_a_noun(text: &str, sentence: Span, act: Span, lists: &EventWords) -> bool {
    let Some(first) = words(act.slice(text)).next() else { return false };
    // "avait informé" may be one trigger, and "avait" ends like "conduit".
    let auxiliary = || AUXILIARIES.contains(&&*Lower::new(first));
    if !is_participle(first) || auxiliary() || past_auxiliary(text, sentence, act, lists).is_some() {
        return false;
    }
    let before = &text[sentence.start.min(act.start)..act.start];
    // The word right before, with nothing but spaces between.
    if !before.ends_with(char::is_whitespace) {
        return false;
    }
    let Some(word) = words(before).next_back() else { return false };
    let word = Lower::new(after_apostrophe(word));
    !word.is_empty()
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !word.ends_with("ment")
        && !NOT_NOUNS.contains(&&*word)
}

/// The act of the clause a reporting verb reports, when the attribution is inverted
/// ("X a refusé …, a déclaré mercredi Lavrov").
#[inline]
pub(super) fn reported_act<'l>(
    text: &str,
    mentions: &[Mention],
    sentence: Span,
    bounds: &[usize],
    hits: &[Hit<'l>],
    report: Hit<'l>,
    lists: &EventWords,
) -> Option<Hit<'l>> {
    let clause_start = bounds.iter().copied().rfind(|&b| b < report.span.start)?;
    // "THAAD en Corée du Sud, annoncé en juillet": no attribution, a participle of the noun.
    if is_reduced_relative(text, sentence, report.span, clause_start, lists)
        || !(is_inverted(text, mentions, clause_start, report.span, true)
            || is_inverted_unnamed(text, clause_start, report.span, lists))
    {
        return None;
    }
    let content = Span::new(sentence.start, clause_start);
    // A quotation's nouns are what is spoken of ("« Il n'y a pas d'alternative au dialogue »"),
    // unless it tells what was done ("« Nous avons décidé de prolonger la trêve »"): else only its
    // verbs tell an act.
    const PAST: [&str; 6] = ["ai", "avons", "ont", "avions", "avait", "avaient"];
    let quoted = text[..clause_start].trim_end().ends_with(['»', '"', '”'])
        && !words(content.slice(text)).any(|w| PAST.iter().any(|p| w.eq_ignore_ascii_case(p)));
    let acts = hits.iter().filter(|h| {
        content.contains(h.span)
            && !(quoted && h.form.class == Class::Noun)
            && !is_a_negated_infinitive(text, sentence, h)
    });
    main_act(acts)
}

/// The act a dated reporting verb announces of its own subject in a clause after "que" opened by
/// a subject pronoun: "Washington a annoncé mardi qu'il envisageait de retirer …" is an intent.
/// Dates between are skipped; the act verb is the first of that clause.
pub(super) fn announced_own_act<'l>(
    text: &str,
    bounds: &[usize],
    hits: &[Hit<'l>],
    timexes: &[Timex],
    report: Hit<'l>,
) -> Option<Hit<'l>> {
    const PRONOUNS: [&str; 4] = ["il", "elle", "ils", "elles"];
    let mut at = report.span.end;
    for tx in timexes.iter().filter(|t| t.span.start >= report.span.end) {
        if !text[at..tx.span.start].trim().is_empty() {
            break;
        }
        at = tx.span.end;
    }
    let rest = text[at..].trim_start();
    let after_que = rest
        .strip_prefix("que ")
        .or_else(|| rest.strip_prefix("qu'"))
        .or_else(|| rest.strip_prefix("qu’"))?;
    let mut after = words(after_que);
    if !after.next().is_some_and(|w| PRONOUNS.contains(&w)) {
        return None;
    }
    // "qu'il n'expulserait aucun diplomate": an act denied is none.
    if after.next().is_some_and(is_negation) {
        return None;
    }
    let clause_start = text.len() - rest.len();
    let clause_end = bounds.iter().copied().find(|&b| b > clause_start).unwrap_or(usize::MAX);
    let act = hits
        .iter()
        .filter(|h| h.span.start > clause_start && h.span.end <= clause_end)
        .find(|h| h.form.class == Class::Act)?;
    // "qu'elle suspendrait", "qu'il se rendra": an act ahead is announced, not done.
    let word = Lower::new(act.span.slice(text));
    let ahead = ["rai", "rait", "raient", "ra", "ront", "rons"].iter().any(|e| word.ends_with(e));
    (!ahead).then_some(*act)
}

/// The main act among triggers: the first act verb, else the first act noun.
pub(super) fn main_act<'h, 'l: 'h>(mut hits: impl Iterator<Item = &'h Hit<'l>> + Clone) -> Option<Hit<'l>> {
    hits.clone()
        .find(|h| h.form.class == Class::Act)
        .or_else(|| hits.find(|h| h.form.class == Class::Noun))
        .copied()
}

/// An aspect verb stands for its object, an act noun a few words after it in its clause ("ont
/// entamé mardi des négociations", "ont repris lundi leurs pourparlers"), else for the act noun
/// before it ("les frappes, qui ont commencé le 30 septembre", "la conférence a eu lieu").
pub(super) fn resolve_aspect<'l>(
    text: &str,
    sentence: Span,
    bounds: &[usize],
    hits: &[Hit<'l>],
    timexes: &[Timex],
    aspect: Hit<'l>,
) -> Option<Hit<'l>> {
    const OBJECT_WITHIN_WORDS: usize = 3;
    // "a mené dans la nuit de mercredi à jeudi des « frappes »": a date between is no word of the
    // object, nor is a quotation mark.
    let words_between = |from: usize, to: usize| {
        let mut count = 0;
        let mut at = from;
        for t in timexes.iter().filter(|t| t.span.start >= from && t.span.end <= to) {
            count += words(&text[at..t.span.start]).filter(|w| w.chars().any(char::is_alphanumeric)).count();
            at = t.span.end;
        }
        count + words(&text[at..to]).filter(|w| w.chars().any(char::is_alphanumeric)).count()
    };
    // After the date, only the object's determiner: "dans la nuit … des « frappes »", not "le
    // week-end dernier malgré la trêve".
    let determiner_after_date = |to: usize| {
        let Some(date) = timexes.iter().rfind(|t| t.span.end <= to && t.span.start >= aspect.span.end) else {
            return false;
        };
        let after = &text[date.span.end..to];
        words(after).filter(|w| w.chars().any(char::is_alphanumeric)).all(|w| {
            let w = Lower::new(w);
            DETERMINERS.contains(&&*w)
                || matches!(&*w, "de" | "d'" | "d’" | "nouvelles" | "nouveaux" | "leurs")
        })
    };
    let object = hits.iter().find(|h| {
        is_act_noun(text, sentence, h)
            && h.span.start >= aspect.span.end
            && boundaries_between(bounds, aspect.span.end, h.span.start) == 0
            && (at_most_words(&text[aspect.span.end..h.span.start], OBJECT_WITHIN_WORDS)
                || words_between(aspect.span.end, h.span.start) <= OBJECT_WITHIN_WORDS
                    && determiner_after_date(h.span.start))
    });
    // "Les combats, les plus violents depuis le cessez-le-feu de 1994, avaient éclaté": the noun
    // before an aside set off by commas right before the verb, not a noun of the aside.
    let before = &text[sentence.start..aspect.span.start];
    let aside_start = before.rfind(',').and_then(|close| {
        let open = before[..close].rfind(',')?;
        at_most_words(&before[close + 1..], 2).then_some(sentence.start + open)
    });
    let before_aside = || {
        aside_start.and_then(|open| {
            hits.iter()
                .rfind(|h| is_act_noun(text, sentence, h) && h.span.end <= open)
                .filter(|h| at_most_words(&text[h.span.end..open], 3))
        })
    };
    object
        .or_else(before_aside)
        .or_else(|| hits.iter().rfind(|h| is_act_noun(text, sentence, h) && h.span.end <= aspect.span.start))
        .copied()
}

/// The act noun a reporting verb announces: its object, the first noun after it with only a
/// determiner, an adverb or a date between ("a annoncé la rupture de ses relations", "ont
/// annoncé jeudi un cessez-le-feu", "ont annoncé jeudi leurs propres sanctions").
pub(super) fn announced_act<'l>(
    text: &str,
    sentence: Span,
    hits: &[Hit<'l>],
    timexes: &[Timex],
    report: Hit<'l>,
    lists: &EventWords,
) -> Option<Hit<'l>> {
    const FILLERS: [&str; 22] = [
        "le",
        "la",
        "l'",
        "l’",
        "les",
        "un",
        "une",
        "des",
        "du",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "propre",
        "propres",
        "nouvelle",
        "nouvelles",
        "également",
        "aussi",
    ];
    // "a salué l'accord": the act welcomed is another's, told where it is made.
    if report.form.class != Class::Report || welcomes(text, &report, lists) {
        return None;
    }
    let noun = hits.iter().find(|h| h.span.start >= report.span.end && is_act_noun(text, sentence, h))?;
    let mut at = report.span.end;
    // Dates between are skipped whole.
    for tx in timexes.iter().filter(|t| t.span.start >= report.span.end && t.span.end <= noun.span.start) {
        if !only_fillers_or_place(&text[at..tx.span.start], &FILLERS) {
            return None;
        }
        at = tx.span.end;
    }
    only_fillers_or_place(&text[at..noun.span.start], &FILLERS).then_some(*noun)
}

/// Whether `between` holds only words of `fillers` ("l'" included before an elided vowel), or
/// the place a report is made in ("ont annoncé samedi à Genève un accord", "a annoncé depuis La
/// Havane la fin des combats"): a preposition of place and the capitalised words of a name after it.
fn only_fillers_or_place(between: &str, fillers: &[&str]) -> bool {
    let mut place = false;
    between.split(|c: char| c.is_whitespace() || c == '\'' || c == '’').filter(|w| !w.is_empty()).all(|w| {
        if fillers.iter().any(|f| f.trim_end_matches(['\'', '’']).eq_ignore_ascii_case(w)) {
            return true;
        }
        // "dans" before a date ("dans la nuit de vendredi à samedi").
        if matches!(w, "à" | "au" | "en" | "dans" | "depuis") {
            place = true;
            return true;
        }
        place && w.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Whether `report` is a reporting verb of welcome (a list of `data/events/words.tsv`): "s'est
/// félicité", "a salué".
pub(super) fn welcomes(text: &str, report: &Hit, lists: &EventWords) -> bool {
    report.form.class == Class::Report && {
        let word = Lower::new(report.span.slice(text));
        lists.welcoming.iter().any(|start| word.starts_with(start))
    }
}

/// Whether `noun` is what `report` welcomes, an act noun after it in its clause: "s'est félicité
/// de l'accord de cessez-le-feu", "a salué la trêve". Welcoming an act is no part in it: the act is
/// told where it is made, the welcome is a statement.
pub(super) fn is_welcomed(
    text: &str,
    bounds: &[usize],
    report: &Hit,
    noun: &Hit,
    lists: &EventWords,
) -> bool {
    noun.form.class == Class::Noun
        && noun.span.start >= report.span.end
        && welcomes(text, report, lists)
        && boundaries_between(bounds, report.span.end, noun.span.start) == 0
}

/// "Nos relations sont entrées dans une nouvelle phase": entering is a military act only when an
/// armed force enters ("Les troupes sénégalaises sont entrées jeudi en Gambie", "Des chars turcs
/// sont entrés"). The force (a list of `data/events/words.tsv`) is among the few words before the
/// verb, in its clause.
#[inline(always)]
pub(super) fn is_an_unarmed_entry(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    const SUBJECT_WITHIN_WORDS: usize = 5;
    if h.form.category != "military_action" || !Lower::new(h.span.slice(text)).starts_with("entr") {
        return false;
    }
    let before = last_clause(&text[sentence.start..h.span.start]);
    !words(before).rev().take(SUBJECT_WITHIN_WORDS).any(|w| lists.armed_forces.has(&Lower::new(w)))
}

/// "dans la foulée de l'annonce", "n'a pas commenté l'annonce": a reporting verb's form used as a
/// noun, the complement of another noun or the object of a negated verb, reports nothing — unless
/// its agent follows ("l'annonce par le département d'Etat de la suspension").
#[inline(always)]
pub(super) fn is_a_report_noun_of_nothing(text: &str, sentence: Span, h: &Hit) -> bool {
    const AGENT_WITHIN_BYTES: usize = 24;
    if h.form.class != Class::Report || !follows_a_determiner(text, sentence, h.span) {
        return false;
    }
    let end = (h.span.end + AGENT_WITHIN_BYTES).min(sentence.end);
    let after = text.get(h.span.end..end).unwrap_or("");
    if find_by_key(after.as_bytes(), b" par ", 1).is_some() {
        return false;
    }
    let before = last_clause(&text[sentence.start..h.span.start]);
    let mut back = words(before).rev().map(Lower::new);
    // "de l'annonce", "de la déclaration", "du communiqué": the determiner, then "de" or none.
    let of_a_noun = match back.next().as_deref() {
        Some("du") => true,
        Some(_) => back.next().is_some_and(|w| matches!(&*w, "de" | "d'" | "d’")),
        None => false,
    };
    let negated = words(before).any(is_negation);
    of_a_noun || negated
}

/// "restent « attachés » à l'accord", "est opposée au traité": a definite act noun after an
/// attitude and "à" is what the attitude is about, no act told.
#[inline(always)]
pub(super) fn is_an_attitude_object(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    // A definite noun, a text or an act known ("l'accord"); not one to come ("favorables à une
    // coopération plus large", which tells an intent).
    const ARTICLES: [&str; 9] = ["l'", "l’", "le", "la", "les", "son", "sa", "leur", "leurs"];
    if h.form.class != Class::Noun {
        return false;
    }
    // Most nouns have no "à" (or "au", "aux") among the few bytes before them: a byte search
    // rules them out unread.
    const WINDOW: usize = 10;
    let near = &text.as_bytes()[sentence.start.max(h.span.start.saturating_sub(WINDOW))..h.span.start];
    // Both are three bytes: "à" is C3 A0 in UTF-8.
    if !near.windows(3).any(|w| w == "à ".as_bytes() || w == b" au") {
        return false;
    }
    // Quotation marks aside, read back: an article, then "à", or "au" or "aux" alone; then the
    // attitude.
    let mut back = words(&text[sentence.start..h.span.start])
        .rev()
        .filter(|w| !matches!(*w, "«" | "»" | "\"" | "“" | "”"))
        .take(3)
        .map(|w| Lower::new(w.trim_matches(['«', '»', '"'])));
    let Some(first) = back.next() else { return false };
    let after_a = match &*first {
        "au" | "aux" => true,
        w if ARTICLES.contains(&w) => back.next().is_some_and(|w| &*w == "à"),
        _ => false,
    };
    after_a && back.next().is_some_and(|w| lists.attitudes.has(&w))
}

/// "« Le Venezuela ne se laissera pas expulser »": an act verb in the infinitive right after the
/// second word of a negation, in a quotation, is words said, no act told.
pub(super) fn is_a_negated_infinitive(text: &str, sentence: Span, h: &Hit) -> bool {
    let before = &text[sentence.start..h.span.start];
    // Infinitive endings are lowercase in running text: read as they are.
    h.form.class == Class::Act
        && looks_infinitive(h.span.slice(text))
        && words(before).rev().take(2).any(|w| matches!(w, "pas" | "jamais" | "plus"))
        && super::clauses::is_quoted(before)
}

/// "a reçu le soutien de l'Union européenne", "a reçu lundi un prix": a form of "recevoir" whose
/// object is a thing (list `received_things`), a date or an adverb aside, tells no meeting.
#[inline(always)]
pub(super) fn receives_a_thing(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    const ASIDE_WORDS: usize = 3;
    // The class and the category first, then the stem ("reç", "recev"): they rule out nearly
    // every hit unread.
    let phrase = h.span.slice(text);
    if h.form.class != Class::Act
        || h.form.category != "consult"
        || !(phrase.contains("reç") || phrase.contains("recev"))
    {
        return false;
    }
    const DETERMINERS: [&str; 13] =
        ["le", "la", "les", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "de"];
    for word in words(&text[h.span.end..sentence.end]).take(ASIDE_WORDS + 2) {
        let word = Lower::new(word);
        let elided = after_apostrophe(&word);
        if elided.len() < word.len() {
            // "l'appui", "d'importantes garanties".
            return lists.received_things.has(elided);
        }
        if DETERMINERS.contains(&&*word) {
            continue;
        }
        if lists.between_auxiliary.has(&word) {
            continue;
        }
        return lists.received_things.has(&word);
    }
    false
}

/// "Une avalanche a tué onze soldats", "le séisme qui a frappé le sud": a military act verb whose
/// subject, a few words before it in its clause, is a natural cause (list `natural_causes`) tells
/// no armed act.
#[inline(always)]
pub(super) fn is_a_natural_cause(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    const SUBJECT_WORDS: usize = 8;
    if h.form.class != Class::Act || h.form.category != "military_action" {
        return false;
    }
    words(last_clause(&text[sentence.start..h.span.start]))
        .rev()
        .take(SUBJECT_WORDS)
        .any(|w| lists.natural_causes.has(&Lower::new(after_apostrophe(w))))
}

/// "« Sanctionnez-moi, je m'en fiche »": a verb in the imperative, its object pronoun joined by a
/// hyphen, is words said, no act told.
#[inline(always)]
pub(super) fn is_imperative(text: &str, sentence: Span, h: &Hit) -> bool {
    // The hyphen first: nearly every hit is followed by a space.
    if text.as_bytes().get(h.span.end) != Some(&b'-') || !h.form.class.is_verbal() {
        return false;
    }
    let after = &text[h.span.end..sentence.end];
    let pronoun = after[1..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(pronoun, "moi" | "nous" | "le" | "la" | "les" | "lui" | "leur" | "toi" | "vous")
}

/// "l'Essequibo, que Caracas appelle la « Guayana Esequiba »", "ce qu'il appelle « une
/// provocation »": "appeler" something by a name is no act — a quotation a few words after the
/// verb with no "à" before it, or the object relative "que" before the verb's subject, the verb
/// in a simple tense and nothing it calls for after it.
pub(super) fn names_a_thing(text: &str, sentence: Span, h: &Hit) -> bool {
    const QUOTE_WITHIN_WORDS: usize = 3;
    const SUBJECT_WORDS: usize = 3;
    // The category and the stem's first bytes: they rule out nearly every hit unread.
    if h.form.category != "appeal" || h.form.class != Class::Act {
        return false;
    }
    let phrase = h.span.slice(text);
    if !phrase.as_bytes().starts_with(b"appel")
        || phrase.contains(' ')
        || matches!(phrase, "appel" | "appels")
    {
        return false;
    }
    let after = &text[h.span.end..sentence.end];
    let calls_to = |w: &str| matches!(w, "à" | "au" | "aux");
    for (i, w) in words(after).take(QUOTE_WITHIN_WORDS).enumerate() {
        if calls_to(w) {
            return false;
        }
        if w.starts_with(['«', '"', '“']) {
            // "a appelé « toutes les parties » à la retenue": called to something after the
            // quotation, it is a call still.
            let mut rest = words(after).skip(i).skip_while(|w| !w.ends_with(['»', '"', '”']));
            return !rest.nth(1).is_some_and(calls_to);
        }
    }
    // "que Buenos Aires appelle les Malvinas": "que" a few words before, no auxiliary between.
    let before = last_clause(&text[sentence.start..h.span.start]);
    let mut back = words(before).rev().take(SUBJECT_WORDS + 1);
    back.find_map(|w| {
        let w = Lower::new(w);
        if AUXILIARIES.contains(&&*w) || matches!(&*w, "qui" | "ne" | "n'") {
            return Some(false);
        }
        is_que(&w).then_some(true)
    })
    .unwrap_or(false)
}

/// "une décision qui exige l'unanimité", "exige une majorité des deux tiers": requiring a
/// number of votes (list `requirements`), a determiner before it, is a rule told, no demand.
pub(super) fn sets_a_requirement(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    if h.form.category != "appeal" || !h.span.slice(text).as_bytes().starts_with(b"exig") {
        return false;
    }
    let mut after = words(&text[h.span.end..sentence.end]);
    let Some(first) = after.next() else { return false };
    let first = Lower::new(first);
    let noun = match after_apostrophe(&first) {
        elided if elided.len() < first.len() => elided.to_string(),
        _ if matches!(&*first, "la" | "le" | "une" | "un") => match after.next() {
            Some(w) => Lower::new(w).to_string(),
            None => return false,
        },
        _ => return false,
    };
    lists.requirements.has(&noun)
}

/// "condamné à mort en avril par un tribunal militaire", "condamnée en mars à 22 ans de prison":
/// a court's sentence (a penalty, list `penalties`, or a number after "à", a few words after the
/// verb) is no disapproval of a state.
pub(super) fn passes_a_sentence(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    const TO_WITHIN_WORDS: usize = 4;
    if h.form.category != "disapprove" || !h.span.slice(text).as_bytes().starts_with(b"condamn") {
        return false;
    }
    let mut after = words(&text[h.span.end..sentence.end]).take(TO_WITHIN_WORDS + 1);
    while let Some(w) = after.next() {
        if w.ends_with([',', ';', ':', '.']) {
            return false;
        }
        if w == "à" {
            let Some(mut next) = after.next() else { return false };
            // "à une peine de", "à un an de prison" (not "à une écrasante majorité").
            if matches!(next, "un" | "une") {
                let Some(noun) = after.next() else { return false };
                next = noun;
            }
            let next = Lower::new(next.trim_end_matches([',', '.', ';']));
            return next.starts_with(|c: char| c.is_ascii_digit()) || lists.penalties.has(&next);
        }
    }
    false
}

/// "L'OSCE a déployé des observateurs", "le déploiement de 300 observateurs": what is deployed,
/// the first word after the verb past determiners and numbers, is unarmed (list
/// `unarmed_deployed`): no military act.
pub(super) fn deploys_the_unarmed(text: &str, sentence: Span, verb: Span, lists: &EventWords) -> bool {
    const OBJECT_WITHIN_WORDS: usize = 5;
    let verb_text = verb.slice(text);
    if !(verb_text.starts_with("déploi") || verb_text.starts_with("déploy")) {
        return false;
    }
    for w in words(&text[verb.end..sentence.end]).take(OBJECT_WITHIN_WORDS) {
        let w = Lower::new(w.trim_end_matches([',', '.', ';']));
        let noun = after_apostrophe(&w);
        if noun.len() < w.len() {
            return lists.unarmed_deployed.has(noun);
        }
        if matches!(noun, "des" | "de" | "du" | "les" | "ses" | "leurs" | "plusieurs" | "quelque" | "environ")
            || noun.starts_with(|c: char| c.is_ascii_digit())
            || lists.between_auxiliary.has(noun)
        {
            continue;
        }
        return lists.unarmed_deployed.has(noun);
    }
    false
}

/// Words of an aside between a verb and its complement: an adverb or a date ("mercredi soir",
/// "le 5 juin", "en juin") from the lists `between_auxiliary` and `recall_asides`, and a place
/// named after "à" or "en" ("à Berlin", "en Floride"), when `places` (a name opens on a capital).
/// Returns the words after the aside, the first one lowercase.
fn past_an_aside<'t>(after: &'t str, places: bool, lists: &EventWords) -> super::words::Words<'t> {
    const ASIDE_WORDS: usize = 6;
    let mut rest = words(after);
    for _ in 0..ASIDE_WORDS {
        let mut next = rest.clone();
        let Some(word) = next.next() else { break };
        let lower = Lower::new(word);
        // "à Berlin", "à La Paz", "en Floride": the preposition and the name (one or two words).
        let named = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
        if matches!(&*lower, "à" | "en") && named(next.clone().next()) {
            if !places {
                break;
            }
            next.next();
            // "à New York", "à La Paz": a second capitalised word.
            if named(next.clone().next()) {
                next.next();
            }
            rest = next;
            continue;
        }
        // "le 5 juin", "en juin": a date.
        if matches!(&*lower, "le" | "en")
            && next.clone().next().is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit()) || lists.recall_asides.has(&Lower::new(w))
            })
        {
            next.next();
            rest = next;
            continue;
        }
        // The lists hold grammar words of the phrases they allow ("pour sa part", "quant à"):
        // those open the complement here.
        let grammar = matches!(
            &*lower,
            "à" | "au"
                | "de"
                | "en"
                | "pour"
                | "sa"
                | "son"
                | "leur"
                | "le"
                | "lui"
                | "elle"
                | "eux"
                | "elles"
                | "ne"
                | "pas"
        );
        if !grammar && (lists.between_auxiliary.has(&lower) || lists.recall_asides.has(&lower)) {
            rest = next;
            continue;
        }
        break;
    }
    rest
}

/// A verb of the lexicon that tells its act only with a complement after it (an aside between
/// them allowed), without which it tells none:
/// - "retrouver" someone meets them: "a retrouvé mercredi à Berlin son homologue", "a retrouvé
///   Vladimir Poutine"; not "a retrouvé le calme", "le corps a été retrouvé", "s'est retrouvé
///   isolé";
/// - "s'envoler" for a place: "s'envolera dimanche pour New York" (not "les prix se sont
///   envolés");
/// - "engagé" and "à" an infinitive: "se sont engagés mardi à Moscou à garantir la trêve" (not
///   "s'est engagé dans une offensive");
/// - "ordonner à" a named party "de" do something: "a ordonné jeudi à la Russie de libérer les
///   marins" (not "a ordonné l'expulsion", whose noun tells the act, nor "a ordonné au ministère
///   de …", an order within a state).
#[inline(always)]
pub(super) fn lacks_its_complement(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    // The class first, then the first byte of the stems (r, e, s, o): they rule out nearly every
    // hit unread.
    if h.form.class != Class::Act {
        return false;
    }
    let phrase = h.span.slice(text);
    let stem =
        |s: &str| phrase.len() >= s.len() && phrase.as_bytes()[..s.len()].eq_ignore_ascii_case(s.as_bytes());
    let (meets, flies, commits, orders) = match phrase.as_bytes().first() {
        Some(b'r' | b'R') => (stem("retrouv"), false, false, false),
        Some(b's' | b'S') => (false, phrase.contains("envol"), false, false),
        Some(b'e' | b'E') => (false, false, stem("engag") && !phrase.contains(' '), false),
        Some(b'o' | b'O') => (false, false, false, is_an_order(text, h)),
        _ => return false,
    };
    if !(meets || flies || commits || orders) {
        return false;
    }
    let after = &text[h.span.end..sentence.end];
    let name = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    if meets {
        // Passive or reflexive: found, or finding oneself somewhere.
        let before = Lower::new(word_before(&text[sentence.start..h.span.start]));
        let before = after_apostrophe(&before);
        if matches!(before, "été" | "est" | "sont" | "étaient" | "était" | "se" | "s") {
            return true;
        }
        let mut rest = past_an_aside(after, true, lists);
        let Some(first) = rest.next() else { return true };
        if name(Some(first)) {
            return false;
        }
        let first = Lower::new(first);
        let object = if is_determiner(&first) { rest.next().map(Lower::new) } else { Some(first) };
        let Some(object) = object else { return true };
        let object = after_apostrophe(&object).trim_end_matches([',', '.']);
        return !(object.starts_with("homologue") || lists.speakers.has(object));
    }
    if flies {
        let mut rest = past_an_aside(after, false, lists);
        return !(rest.next().is_some_and(|w| w == "pour" || w == "vers") && name(rest.next()));
    }
    if commits {
        let mut rest = past_an_aside(after, true, lists);
        return !(rest.next() == Some("à")
            && rest.next().is_some_and(|w| looks_infinitive(&Lower::new(w)) || w == "ne"));
    }
    // Orders: "à la Russie de", "au Pakistan de", "aux Etats-Unis d'".
    let mut rest = past_an_aside(after, false, lists);
    let party = match rest.next() {
        Some("à") => match rest.next() {
            Some("la") => rest.next(),
            w => w.map(after_apostrophe),
        },
        Some("au" | "aux") => rest.next(),
        _ => None,
    };
    !(name(party) && last_clause_has_de(&text[h.span.end..sentence.end]))
}

/// Whether `h` is an order of the lexicon ("a ordonné", "ordonne"): the first byte, then the stem.
#[inline]
pub(super) fn is_an_order(text: &str, h: &Hit) -> bool {
    let phrase = h.span.slice(text).as_bytes();
    h.form.class == Class::Act
        && matches!(phrase.first(), Some(b'o' | b'O'))
        && phrase.len() >= 6
        && phrase[..6].eq_ignore_ascii_case(b"ordonn")
}

/// Whether the clause that opens `after` holds "de" or "d'" ("à la Russie de libérer").
fn last_clause_has_de(after: &str) -> bool {
    const CLAUSE_WORDS: usize = 10;
    words(after)
        .take(CLAUSE_WORDS)
        .take_while(|w| !w.ends_with([',', ';', '.']))
        .any(|w| w == "de" || w.starts_with("d'") || w.starts_with("d’"))
}

/// "Le Mali et l'Algérie partagent une frontière de 1.300 kilomètres", "qui partagent une longue
/// frontière": a verb of cooperation whose object, past a determiner and an adjective or two, is
/// what neighbours share by geography (list `shared_features`) tells no act.
#[inline(always)]
pub(super) fn shares_a_feature(text: &str, sentence: Span, h: &Hit, lists: &EventWords) -> bool {
    const OBJECT_WORDS: usize = 3;
    if h.form.class != Class::Act || h.form.category != "cooperate" {
        return false;
    }
    let mut after = past_an_aside(&text[h.span.end..sentence.end], false, lists);
    // The first word is the determiner ("une", "la", "leur"); an adjective may follow it.
    after.next();
    after.take(OBJECT_WORDS).any(|w| lists.shared_features.has(&Lower::new(w)))
}
