//! Whatever bytes come in, the parser does not panic and its offsets are sound.

use dossier::corpus::{Article, Span};
use dossier::input::{decode_text, RawArticle};
use dossier::parse::{parse_article, Resources};
use proptest::prelude::*;
use std::sync::LazyLock;

fn check_offsets(a: &Article) {
    let text = &a.text;
    let ok = |s: Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let mut prev_end = 0;
    for s in &a.sentences {
        assert!(ok(s.span), "sentence {:?}", s.span);
        assert!(s.span.start >= prev_end, "sentences overlap or are out of order");
        assert!(!s.span.is_empty());
        prev_end = s.span.end;
    }
    for z in &a.zones {
        assert!(ok(z.span));
    }
    let mut prev_end = 0;
    for m in &a.mentions {
        assert!(ok(m.span), "mention {:?}", m.span);
        assert!(m.span.start >= prev_end, "mentions overlap");
        prev_end = m.span.end;
    }
    let mut prev_end = 0;
    for t in &a.timexes {
        assert!(ok(t.span), "timex {:?}", t.span);
        assert!(t.span.start >= prev_end, "timexes overlap");
        prev_end = t.span.end;
    }
    for e in &a.events {
        assert!(ok(e.trigger));
        assert!(e.sentence < a.sentences.len());
        assert!(a.sentences[e.sentence].span.contains(e.trigger));
        assert!(e.timex.is_none_or(|t| t < a.timexes.len()));
    }
}

fn parse(text: String, date: Option<&str>) -> Article {
    let mut raw = RawArticle::new("p", text);
    raw.date = date.map(|d| d.parse().unwrap());
    parse_article(&raw, Resources::embedded()).article
}

/// French-looking text: words, names, dates, quotes and furniture mixed at random.
fn frenchish() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "M.",
        "Mme",
        "Lavrov",
        "Sergueï",
        "a déclaré",
        "mercredi",
        "le 3 octobre",
        "2016",
        "« ",
        " »",
        "\"",
        "…",
        ". ",
        ", ",
        "\n",
        "\n\n",
        "les Etats-Unis",
        "Moscou",
        "russe",
        "il y a une dizaine de jours",
        "dix jours plus tard",
        "© REUTERS/ ",
        ">>",
        "|",
        "Actualisé 29/09/2017 01:12 EDT",
        "kat/lpt",
        "l’",
        "é",
        "\u{202f}",
        "\u{a0}",
        "28/09/2016",
        "a suspendu",
        "Le Kremlin",
        "la veille",
        "samedi et dimanche (les 3 et 4 octobre)",
        "x",
        " ",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// The pieces of real news between commas and full stops (the unseen fixture's articles): random
/// joins of them make sentences of real shapes in orders no article has (an apposition before a
/// clause that opens on its verb and names a venue, a quote after a list…), where rules that read
/// around a name meet what they did not expect.
fn news_pieces() -> &'static [String] {
    static PIECES: LazyLock<Vec<String>> = LazyLock::new(|| {
        let fixture = include_str!("fixtures/unseen.jsonl");
        let mut pieces: Vec<String> = fixture
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|article| article["text"].as_str().map(str::to_owned))
            .flat_map(|text| {
                text.split([',', '.', ';', '\n']).map(str::trim).map(str::to_owned).collect::<Vec<_>>()
            })
            .filter(|piece| !piece.is_empty())
            .collect();
        pieces.sort();
        pieces.dedup();
        pieces
    });
    &PIECES
}

fn recombined_news() -> impl Strategy<Value = String> {
    let joint = prop::sample::select(vec![", ", ", ", ", ", ". ", " ", " et ", "\n\n"]);
    let piece = prop::sample::select(news_pieces());
    prop::collection::vec((piece, joint), 1..24)
        .prop_map(|v| v.into_iter().map(|(piece, joint)| piece + joint).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_parses_with_sound_offsets(text in any::<String>()) {
        check_offsets(&parse(text, Some("2016-09-28")));
    }

    #[test]
    fn french_like_text_parses_with_sound_offsets(text in frenchish(), dated in any::<bool>()) {
        check_offsets(&parse(text, dated.then_some("2017-02")));
    }

    #[test]
    fn recombined_news_parses_with_sound_offsets(text in recombined_news()) {
        check_offsets(&parse(text, Some("2016-05-03")));
    }

    #[test]
    fn any_bytes_decode_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(text) = decode_text(bytes, "x.txt") {
            check_offsets(&parse(text, None));
        }
    }
}

#[test]
fn a_large_article_parses() {
    let para =
        "Le 3 octobre, les États-Unis ont suspendu leurs discussions avec la Russie, a déclaré M. Kerry. ";
    let text = para.repeat(50_000_000 / para.len() / 10); // ~5 MB keeps the test quick in debug builds
    let a = parse(text, Some("2017-02"));
    check_offsets(&a);
    assert!(a.sentences.len() > 40_000);
}
