//! Classifies paragraphs so analysis can skip what is not the story itself:
//! photo credits and captions, "Read more" links, embedded posts, and site
//! boilerplate such as comment boxes and copyright notices.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::paragraphs::starts_list_item;
use super::{BlockKind, Span};

/// Phrases that only occur in site furniture, matched case-insensitively at the start.
const BOILERPLATE_PREFIXES: &[&str] = &[
    "be the first to comment",
    "leave a reply",
    "leave a comment",
    "post a comment",
    "add a comment",
    "comments are closed",
    "this site uses akismet",
    "your email address will not be published",
    "subscribe to our newsletter",
    "sign up for our",
    "sign up to our",
    "share this article",
    "share this:",
    "follow us on",
    "please enable javascript",
    "advertisement",
    "all rights reserved",
    "unauthorized use",
    "unauthorised use",
    "copyright ©",
    "copyright (c)",
    "this material may not be published",
    "we use cookies",
    "click here to",
    "listen to this article",
    "continue reading",
    "story continues below",
    "recommended stories",
    "related articles",
    "related stories",
    "this article was originally published",
    "download our app",
    "support our journalism",
];

/// Phrases that mark boilerplate wherever they occur in a paragraph.
const BOILERPLATE_ANYWHERE: &[&str] = &[
    "all rights reserved",
    "without express and written permission",
    "may not be published, broadcast, rewritten",
    "learn how your comment data is processed",
];

/// Openers of the staff credit at the foot of a wire story ("Reporting by …;
/// Editing by …"): who wrote and edited it, not what happened.
const STAFF_CREDIT_PREFIXES: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "additional reporting from",
    "writing by",
    "written by",
    "editing by",
    "edited by",
    "compiled by",
    "our standards:",
];

/// Phrases that close a contributor credit ("… contributed to this report.").
const STAFF_CREDIT_PHRASES: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "contributed additional reporting",
];

/// Words a staff credit line has at most: a credit names a few people and
/// places, while a story paragraph that mentions reporting runs longer.
const STAFF_CREDIT_MAX_WORDS: usize = 40;

/// Link-line openers ("Read more: …").
const READ_MORE_PREFIXES: &[&str] = &[
    "read more:",
    "read more -",
    "read also:",
    "also read:",
    "related:",
    "related article:",
    "see also:",
    "more on this:",
    "watch:",
    "listen:",
];

/// Photo agencies and credit words that appear in captions.
const CREDIT_MARKERS: &[&str] = &[
    "/ afp",
    "/afp",
    "afp/",
    "/ pool",
    "/pool",
    "getty images",
    "via getty",
    "reuters/",
    "/ reuters",
    "ap photo",
    "/ ap",
    "epa-efe",
    "/ epa",
    "photo:",
    "photograph:",
    "photo by",
    "image:",
    "credit:",
    "photo credit",
    "file photo",
    "image caption",
    "media caption",
    "image source",
    "caption:",
];

/// Bare agency names that, alone on a line, are credits.
const AGENCIES: &[&str] = &[
    "ap",
    "afp",
    "reuters",
    "getty images",
    "epa",
    "xinhua",
    "sputnik",
    "tass",
    "ria novosti",
    "pool",
    "shutterstock",
    "alamy",
];

/// The phrase looked for anywhere in a paragraph that marks an embedded post.
const EMBED_MARKER: &str = "pic.twitter.com/";

/// Every phrase looked for anywhere in a paragraph ([`BOILERPLATE_ANYWHERE`],
/// [`EMBED_MARKER`], [`CREDIT_MARKERS`]), in one automaton that tells in a
/// single pass whether a paragraph holds any: most hold none, and then no
/// phrase needs a search of its own. Leftmost-first matching lets the
/// automaton use its vectorised prefilter.
static ANY_PHRASE: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let phrases = BOILERPLATE_ANYWHERE
        .iter()
        .chain([&EMBED_MARKER])
        .chain(CREDIT_MARKERS);
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(phrases)
        .expect("the phrase lists build an automaton")
});

/// Which kinds of phrase occur somewhere in a (lower-cased) paragraph.
#[derive(Debug, Default, Clone, Copy)]
struct Found {
    /// One of [`BOILERPLATE_ANYWHERE`].
    boilerplate: bool,
    /// [`EMBED_MARKER`].
    embed: bool,
    /// One of [`CREDIT_MARKERS`].
    credit: bool,
}

impl Found {
    /// Looks for every phrase in `lower`, searching for each one only when the
    /// automaton saw at least one.
    fn scan(lower: &str) -> Found {
        if !ANY_PHRASE.is_match(lower) {
            return Found::default();
        }
        Found {
            boilerplate: BOILERPLATE_ANYWHERE.iter().any(|p| lower.contains(p)),
            embed: lower.contains(EMBED_MARKER),
            credit: CREDIT_MARKERS.iter().any(|m| lower.contains(m)),
        }
    }
}

/// Classifies every paragraph of an article. `headline` marks the first paragraph as the headline.
pub fn classify(text: &str, paragraphs: &[Span], headline: bool) -> Vec<BlockKind> {
    let mut kinds: Vec<BlockKind> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, span)| {
            if i == 0 && headline {
                BlockKind::Headline
            } else {
                classify_one(span.slice(text))
            }
        })
        .collect();
    mark_tweet_bodies(text, paragraphs, &mut kinds);
    mark_caption_lists(&mut kinds);
    kinds
}

/// Classifies one paragraph on its own text.
fn classify_one(para: &str) -> BlockKind {
    let lower = para.to_lowercase();
    let lower = lower.trim();
    let bare = lower.trim_start_matches(['•', '·', '●', '▪', '-', '*', '–', ' ']);
    let found = Found::scan(bare);
    if BOILERPLATE_PREFIXES.iter().any(|p| bare.starts_with(p))
        || found.boilerplate
        || is_copyright_line(bare)
    {
        return BlockKind::Boilerplate;
    }
    if is_byline(para) || is_staff_credit(para, bare) {
        return BlockKind::Boilerplate;
    }
    if READ_MORE_PREFIXES.iter().any(|p| bare.starts_with(p)) {
        return BlockKind::ReadMore;
    }
    if found.embed || is_post_signature(para) {
        return BlockKind::Embed;
    }
    if is_credit(bare, found.credit) {
        return BlockKind::PhotoCredit;
    }
    if starts_list_item(para) {
        return BlockKind::ListItem;
    }
    if is_heading(para) {
        return BlockKind::Heading;
    }
    BlockKind::Body
}

/// True for "© 2024 Outlet" and "Copyright 2024 …": a copyright notice, not a photo credit.
fn is_copyright_line(bare: &str) -> bool {
    let rest = bare
        .trim_start_matches("copyright")
        .trim_start_matches(|c: char| c == '©' || c.is_whitespace());
    let year = rest.chars().take(4).filter(char::is_ascii_digit).count() == 4;
    (bare.starts_with('©') || bare.starts_with("copyright")) && year
}

/// True for a credit line or a caption carrying an agency credit (`marker`: one
/// of [`CREDIT_MARKERS`] occurs in it).
fn is_credit(bare: &str, marker: bool) -> bool {
    let stripped = bare.trim_start_matches('©').trim();
    AGENCIES.contains(&stripped) || bare.starts_with('©') || marker
}

/// True for a byline: "By Jane Doe and John Roe", short, every word capitalised.
fn is_byline(para: &str) -> bool {
    let Some(rest) = para.trim().strip_prefix("By ") else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    (1..=8).contains(&words.len())
        && !rest.ends_with(['.', '!', '?'])
        && words.iter().all(|w| {
            matches!(*w, "and" | "&" | "in" | "|") || w.starts_with(|c: char| c.is_uppercase())
        })
}

/// True for the staff credit of a wire story: "Reporting by Ann Lee; Editing by
/// Tom Roe", "Associated Press writer Jo Park contributed to this report." It is
/// short, and either opens with a credit followed by a name ("Reporting by the
/// agency showed …" is a sentence) or holds a contributor phrase. `bare` is the
/// trimmed paragraph lower-cased, `para` as written.
fn is_staff_credit(para: &str, bare: &str) -> bool {
    if bare
        .split_whitespace()
        .nth(STAFF_CREDIT_MAX_WORDS)
        .is_some()
    {
        return false;
    }
    let credited = STAFF_CREDIT_PREFIXES.iter().any(|p| {
        bare.starts_with(p)
            && para
                .trim_start()
                .get(p.len()..)
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|name| name.starts_with(char::is_uppercase))
    });
    credited || STAFF_CREDIT_PHRASES.iter().any(|p| bare.contains(p))
}

/// True for a social-media signature line: "— Name (@handle) January 29, 2023".
fn is_post_signature(para: &str) -> bool {
    let trimmed = para.trim_start();
    let handle = || {
        trimmed
            .find("(@")
            .is_some_and(|i| trimmed[i..].contains(')'))
    };
    trimmed.starts_with(['—', '–', '-']) && trimmed.chars().count() < 120 && handle()
}

/// True for a short line without closing punctuation, or a phrase alone in quote marks.
fn is_heading(para: &str) -> bool {
    let trimmed = para.trim();
    // Cheapest tests first: most paragraphs are too long to be a heading.
    if trimmed.is_empty() || trimmed.chars().count() > 90 || trimmed.contains('\n') {
        return false;
    }
    if trimmed.split_whitespace().nth(12).is_some() {
        return false;
    }
    let quoted = trimmed.starts_with(['"', '“', '«', '\'', '‘']);
    let inner = trimmed.trim_matches(['"', '“', '”', '«', '»', '\'', '‘', '’']);
    let ends_open = !inner.ends_with(['.', '!', '?', ',', ';', ':', '…']);
    let starts_capital = inner
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    ends_open && (starts_capital || quoted)
}

/// Marks the post text right before a signature line as part of the embed.
fn mark_tweet_bodies(text: &str, paragraphs: &[Span], kinds: &mut [BlockKind]) {
    for i in 1..kinds.len() {
        let signature = is_post_signature(paragraphs[i].slice(text));
        if signature && matches!(kinds[i - 1], BlockKind::Body | BlockKind::Heading) {
            kinds[i - 1] = BlockKind::Embed;
        }
    }
}

/// A run of list items that contains a credit is a photo caption: mark the whole run.
fn mark_caption_lists(kinds: &mut [BlockKind]) {
    let mut i = 0;
    while i < kinds.len() {
        let is_item = |k: BlockKind| matches!(k, BlockKind::ListItem | BlockKind::PhotoCredit);
        if !is_item(kinds[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < kinds.len() && is_item(kinds[i]) {
            i += 1;
        }
        let run = &mut kinds[start..i];
        if run.len() > 1 && run.contains(&BlockKind::PhotoCredit) {
            run.fill(BlockKind::PhotoCredit);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::paragraphs::split_paragraphs;

    fn kinds(text: &str) -> Vec<(String, BlockKind)> {
        let paras = split_paragraphs(text);
        classify(text, &paras, false)
            .into_iter()
            .zip(&paras)
            .map(|(k, s)| (s.slice(text).to_string(), k))
            .collect()
    }

    fn kind_of(text: &str, line: &str) -> BlockKind {
        kinds(text)
            .into_iter()
            .find(|(t, _)| t == line)
            .map(|(_, k)| k)
            .unwrap_or_else(|| panic!("no paragraph {line:?}"))
    }

    #[test]
    fn comment_box_and_copyright() {
        let text = "The vote passed on Tuesday.\n\n© 2024 Daily Planet. All rights reserved.\n\nBe the first to comment\n\nLeave a Reply\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.";
        let got = kinds(text);
        assert_eq!(got[0].1, BlockKind::Body);
        assert!(
            got[1..].iter().all(|(_, k)| *k == BlockKind::Boilerplate),
            "{got:?}"
        );
    }

    #[test]
    fn read_more_and_tweets() {
        let text = "The senator spoke.\nGreat day in Ohio with supporters! pic.twitter.com/abc123\n— Jane Roe (@janeroe) March 3, 2024\nThanks to everyone who came tonight\n— John Doe (@jdoe) May 1, 2022\nRead more: Senate passes budget bill";
        assert_eq!(kind_of(text, "The senator spoke."), BlockKind::Body);
        assert_eq!(
            kind_of(
                text,
                "Great day in Ohio with supporters! pic.twitter.com/abc123"
            ),
            BlockKind::Embed
        );
        assert_eq!(
            kind_of(text, "— Jane Roe (@janeroe) March 3, 2024"),
            BlockKind::Embed
        );
        assert_eq!(
            kind_of(text, "Thanks to everyone who came tonight"),
            BlockKind::Embed
        );
        assert_eq!(
            kind_of(text, "Read more: Senate passes budget bill"),
            BlockKind::ReadMore
        );
    }

    #[test]
    fn captions_and_credits() {
        let text = "Body text here.\n\n  • Protesters gather outside the court, May 2, 2024\n\n  • Reuters\n\n  • © Jane Smith\n\nThe mayor (center) speaks in Lyon on May 2. John Doe / AFP\n\nMore body text.";
        let got = kinds(text);
        let k: Vec<BlockKind> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(
            k,
            [
                BlockKind::Body,
                BlockKind::PhotoCredit,
                BlockKind::PhotoCredit,
                BlockKind::PhotoCredit,
                BlockKind::PhotoCredit,
                BlockKind::Body
            ]
        );
    }

    #[test]
    fn headings() {
        let text = "Intro sentence that is long enough to be prose.\n\n\"More Weapons\"\n\nThe big picture\n\nShort but ends with a stop.\n\nwhat lowercase fragment";
        assert_eq!(kind_of(text, "\"More Weapons\""), BlockKind::Heading);
        assert_eq!(kind_of(text, "The big picture"), BlockKind::Heading);
        assert_eq!(
            kind_of(text, "Short but ends with a stop."),
            BlockKind::Body
        );
        assert_eq!(kind_of(text, "what lowercase fragment"), BlockKind::Body);
    }

    #[test]
    fn wire_story_furniture() {
        let text = "Senate passes stopgap bill\n\nBy LISA MASCARO and Mary Clare Jalonick\n\nWASHINGTON (AP) — The Senate passed a stopgap bill late Saturday.\n\nBy Sunday, lawmakers had left town.\n\nAdvertisement\n\nCopyright 2024 The Associated Press. All rights reserved.";
        assert_eq!(
            kind_of(text, "By LISA MASCARO and Mary Clare Jalonick"),
            BlockKind::Boilerplate
        );
        assert_eq!(
            kind_of(text, "By Sunday, lawmakers had left town."),
            BlockKind::Body
        );
        assert_eq!(kind_of(text, "Advertisement"), BlockKind::Boilerplate);
        assert_eq!(
            kind_of(
                text,
                "Copyright 2024 The Associated Press. All rights reserved."
            ),
            BlockKind::Boilerplate
        );
        assert_eq!(
            kind_of(
                text,
                "WASHINGTON (AP) — The Senate passed a stopgap bill late Saturday."
            ),
            BlockKind::Body
        );
    }

    #[test]
    fn multibyte_openings_do_not_panic() {
        for text in ["日本の記者会見", "©日本", "Copyright ©日本語"] {
            let _ = kinds(text);
        }
        assert!(is_copyright_line("© 2024 Daily Planet"));
        assert!(!is_copyright_line("© Jane Smith"));
    }

    #[test]
    fn web_page_furniture() {
        let text = "The ruling came on Friday.\n\nImage caption, Protesters outside the court\n\nListen to this article\n\nStory continues below advertisement\n\nThis article was originally published by the Daily Planet.";
        let got = kinds(text);
        assert_eq!(got[0].1, BlockKind::Body);
        assert_eq!(got[1].1, BlockKind::PhotoCredit);
        assert!(
            got[2..].iter().all(|(_, k)| *k == BlockKind::Boilerplate),
            "{got:?}"
        );
    }

    #[test]
    fn staff_credits_are_not_the_story() {
        let text = "The port reopened on Monday.\n\nReporting by Ann Lee in Gdansk and Tom Roe in Berlin; Editing by Jane Doe\n\nAssociated Press writer Jo Park in Warsaw contributed to this report.\n\nAdditional reporting by Li Wei; writing by Sam Ode.\n\nOur Standards: The Thomson Reuters Trust Principles.\n\nReporting by the agency showed the ministry had known for months that the pier was unsafe.\n\nShe said her colleagues contributed reporting that the ministry never acknowledged, and that the figures in the ministry's own audit, which ran to 400 pages and took two years to compile, contradicted every statement made by the minister and by his deputies since the pier first failed.";
        let got = kinds(text);
        let k: Vec<BlockKind> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(
            k,
            [
                BlockKind::Body,
                BlockKind::Boilerplate,
                BlockKind::Boilerplate,
                BlockKind::Boilerplate,
                BlockKind::Boilerplate,
                BlockKind::Body,
                BlockKind::Body
            ],
            "{got:?}"
        );
    }

    #[test]
    fn plain_list_items_are_not_credits() {
        let text = "Steps:\n- buy milk\n- walk the dog";
        assert_eq!(kind_of(text, "- buy milk"), BlockKind::ListItem);
    }
}
