//! Claims: checkable statements about a named party or event, each with typed
//! facts, and their groups across outlets.
//!
//! A sentence is cut into clause units (`units`); every fact that can be checked
//! on its own (an amount, a tally, an age, a date, an event such as "pleaded
//! guilty" or "declared a state of emergency", a role such as "X, a Republican")
//! anchors one claim, whose span is its unit (`extract`). Claims of different
//! outlets are linked by their typed facts and their clause's words (`features`,
//! `link`), grouped best link first (`group`), and a group is a conflict only
//! where the same fact in the same slot differs (`compare`).

mod clash;
mod compare;
mod extract;
mod facts;
mod features;
mod figures;
mod group;
mod link;
mod memory;
mod name_clash;
mod quoting;
mod units;

use serde::Serialize;

use crate::model::{Article, Span};

use crate::analysis::language::clock::ClockTime;
pub use crate::analysis::language::numbers::Hedge;
pub use features::{ClaimFeatures, CountOwner};

use super::language::ArticleLanguage;
use super::quotes::Quote;

/// The predicate of an outlet's note that a source did not answer it ("did
/// not respond to a request for comment", "declined to comment"): each outlet
/// asks for itself, so such a claim is its own and links to no other.
pub const NO_COMMENT: &str = "no comment";

/// How certain the reported event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// It happened, or was agreed or confirmed ("pleaded guilty", "agreed to buy").
    Done,
    /// It is expected or planned ("was expected to plead", "will vote").
    Expected,
    /// It is being considered or may happen ("was considering buying").
    Considered,
    /// It was denied, refused or did not happen ("did not sign").
    Denied,
    /// It has not happened so far ("has not yet voted", "has yet to rule"):
    /// what is still expected may yet happen, so this contradicts only a
    /// report that it has.
    Pending,
    /// Someone urged or called for it (a stance, never a conflict).
    Urged,
}

impl Modality {
    /// The word shown for this modality.
    pub fn label(self) -> &'static str {
        match self {
            Modality::Done => "done",
            Modality::Expected => "expected",
            Modality::Considered => "considered",
            Modality::Denied => "denied",
            Modality::Pending => "pending",
            Modality::Urged => "urged",
        }
    }

    /// True when one certainty contradicts the other: they differ and one is
    /// done or denied (an event reported as happened against one expected).
    /// Not yet happened contradicts only done: it agrees with expected,
    /// considered and denied alike.
    pub fn clashes_with(self, other: Modality) -> bool {
        use Modality::{Denied, Done, Pending};
        self != other
            && (self == Done
                || other == Done
                || ((self == Denied || other == Denied) && self != Pending && other != Pending))
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation, office or institution.
    Organisation,
    /// A place.
    Place,
    /// A name of unknown kind.
    Name,
}

/// The value of one typed fact.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FactValue {
    /// A counted amount: `100,000 artillery rounds`.
    Quantity {
        /// The number (the low end of a range).
        value: f64,
        /// The high end of a range.
        #[serde(skip_serializing_if = "Option::is_none")]
        high: Option<f64>,
        /// What is counted.
        unit: String,
        /// How exactly it is stated.
        hedge: Hedge,
        /// The words as written.
        text: String,
    },
    /// A sum of money.
    Money {
        /// The amount in units of `currency`.
        value: f64,
        /// ISO code of the currency.
        currency: String,
        /// What it is a rate of (`per student`), if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        per: Option<String>,
        /// How exactly it is stated.
        hedge: Hedge,
        /// The words as written.
        text: String,
    },
    /// A percentage (fractions such as "two-thirds" included).
    Percent {
        /// The number of percent.
        value: f64,
        /// How exactly it is stated.
        hedge: Hedge,
        /// The words as written.
        text: String,
    },
    /// A vote, ruling or score: `97-51`, `97 to 51`.
    Tally {
        /// The first number.
        value: f64,
        /// The second number.
        against: f64,
        /// The words as written.
        text: String,
    },
    /// An age in years.
    Age {
        /// The age (the low end of `in their 60s`).
        value: f64,
        /// The high end of a range of ages.
        #[serde(skip_serializing_if = "Option::is_none")]
        high: Option<f64>,
        /// The words as written.
        text: String,
    },
    /// A length of time.
    Duration {
        /// The length in `unit`s.
        value: f64,
        /// `year`, `month`, `week`, `day`, `hour`, `minute`, `second`.
        unit: String,
        /// How exactly it is stated.
        hedge: Hedge,
        /// The words as written.
        text: String,
    },
    /// A calendar date, weekday or year, resolved to ISO form where the article allows.
    Date {
        /// The words as written.
        text: String,
        /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` where known.
        resolved: Option<String>,
        /// The last day of a range of days (`MM-DD`).
        #[serde(skip_serializing_if = "Option::is_none")]
        until: Option<String>,
    },
    /// A time of day: `2:10 a.m.`, `shortly after 7 p.m.`, `15:10`.
    Time {
        /// Minutes after midnight.
        minutes: u32,
        /// True when written without minutes (`7 p.m.`), which is often rounded.
        whole_hour: bool,
        /// How exactly it is stated (`after 7 p.m.` is that time or later).
        hedge: Hedge,
        /// The words as written.
        text: String,
    },
    /// A named person, place or organisation.
    Entity {
        /// What kind of name it is.
        entity: EntityKind,
        /// The name as written.
        name: String,
    },
    /// Who the claim is attributed to ("according to a U.S. official").
    Attribution {
        /// The source as written.
        source: String,
    },
    /// How certain the reported event is.
    Modality {
        /// The modality.
        value: Modality,
        /// The words that say so.
        text: String,
    },
    /// An event or a change of state: "pleaded guilty", "declared", "won".
    Event {
        /// The event's class (`plead`, `buy`, `approve`): synonyms share one.
        predicate: String,
        /// The words as written.
        text: String,
    },
    /// A person holding a role: "Nathan A. Ruiz, Pruitt's attorney", "Judge Karen L. Whitcomb".
    Role {
        /// The role noun (`attorney`, `judge`, `republican`).
        role: String,
        /// The person, as written.
        holder: String,
        /// The words as written.
        text: String,
        /// True when a verb of holding the post states it ("who chairs the
        /// union"): a description by what the person does, which names the
        /// post only through its role noun's class (see
        /// [`crate::analysis::language::lexicon::role_of_verb`]).
        #[serde(skip)]
        by_verb: bool,
    },
}

impl FactValue {
    /// A time of day as a fact, written `text`.
    pub fn time_of_day(time: ClockTime, text: String) -> Self {
        FactValue::Time {
            minutes: time.minutes,
            whole_hour: time.whole_hour,
            hedge: time.hedge,
            text,
        }
    }

    /// The time of day a [`FactValue::Time`] states; `None` for other facts.
    pub fn clock_time(&self) -> Option<ClockTime> {
        match self {
            FactValue::Time {
                minutes,
                whole_hour,
                hedge,
                ..
            } => Some(ClockTime {
                minutes: *minutes,
                whole_hour: *whole_hour,
                hedge: *hedge,
            }),
            _ => None,
        }
    }

    /// The words the value is written in (a name for a name, the source for
    /// an attribution).
    pub fn written(&self) -> &str {
        match self {
            FactValue::Quantity { text, .. }
            | FactValue::Money { text, .. }
            | FactValue::Percent { text, .. }
            | FactValue::Tally { text, .. }
            | FactValue::Age { text, .. }
            | FactValue::Duration { text, .. }
            | FactValue::Date { text, .. }
            | FactValue::Time { text, .. }
            | FactValue::Modality { text, .. }
            | FactValue::Event { text, .. }
            | FactValue::Role { text, .. } => text,
            FactValue::Entity { name, .. } => name,
            FactValue::Attribution { source } => source,
        }
    }

    /// The fact kind's name, as in JSON (`quantity`, `money`, …).
    pub fn kind(&self) -> &'static str {
        match self {
            FactValue::Quantity { .. } => "quantity",
            FactValue::Money { .. } => "money",
            FactValue::Percent { .. } => "percent",
            FactValue::Tally { .. } => "tally",
            FactValue::Age { .. } => "age",
            FactValue::Duration { .. } => "duration",
            FactValue::Date { .. } => "date",
            FactValue::Time { .. } => "time",
            FactValue::Entity { .. } => "entity",
            FactValue::Attribution { .. } => "attribution",
            FactValue::Modality { .. } => "modality",
            FactValue::Event { .. } => "event",
            FactValue::Role { .. } => "role",
        }
    }
}

/// One typed fact inside a claim, with where it is written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// Where the fact is written in the article text.
    #[serde(flatten)]
    pub span: Span,
    /// What it states.
    #[serde(flatten)]
    pub value: FactValue,
}

/// One checkable statement in an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// Index of the claim within its article.
    pub id: usize,
    /// The clause unit the claim lies in.
    #[serde(flatten)]
    pub span: Span,
    /// The fact the claim is about (its anchor), inside `span`.
    pub anchor: Span,
    /// The sentence it comes from.
    pub sentence: usize,
    /// Its typed facts: the anchor first, then the unit's other facts.
    pub facts: Vec<Fact>,
    /// What linking compares (not part of the JSON document).
    #[serde(skip)]
    pub features: ClaimFeatures,
}

impl Claim {
    /// The fact the claim is about.
    pub fn anchor_fact(&self) -> Option<&Fact> {
        self.facts.first()
    }
}

/// Whether outlets agree on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    /// Reported by two or more outlets alike.
    Shared,
    /// Reported by one outlet only.
    Unique,
    /// Reported by several outlets with a differing number, date, name or modality.
    Conflict,
}

/// A reference to one claim of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct ClaimRef {
    /// Article index in the corpus.
    pub article: usize,
    /// Claim index in the article.
    pub claim: usize,
}

/// A fact on which members of a group disagree, for display.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactDifference {
    /// Fact kind (`quantity`, `date`, `modality`, `name`, …).
    pub kind: String,
    /// Each member's value, aligned with the group's members (`None`: not stated).
    pub values: Vec<Option<String>>,
}

/// One member's side of a conflict: its value, where it is written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictValue {
    /// The claim stating it.
    pub member: ClaimRef,
    /// The value as written.
    pub text: String,
    /// Where it is written in that article.
    #[serde(flatten)]
    pub span: Span,
}

/// The same fact stated differently by members of a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    /// What differs: `quantity`, `money`, `percent`, `tally`, `age`, `duration`,
    /// `date`, `modality` or `name`.
    pub kind: String,
    /// Every member's value in the slot, each with its span.
    pub values: Vec<ConflictValue>,
}

/// The same claim as reported across outlets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimGroup {
    /// Index of the group.
    pub id: usize,
    /// Shared, unique or conflicting.
    pub status: ClaimStatus,
    /// The member claims.
    pub members: Vec<ClaimRef>,
    /// The facts that differ between members, one value per member.
    pub differences: Vec<FactDifference>,
    /// The conflicts, each value with its span.
    pub conflicts: Vec<Conflict>,
}

impl ClaimGroup {
    /// How many different articles carry this claim.
    pub fn article_count(&self) -> usize {
        super::count_distinct(self.members.iter().map(|m| m.article))
    }
}

/// Finds the claims of the article `lang` read; `quotes` are its quotes (facts
/// only inside a quotation are the speaker's words, not the outlet's claims);
/// `story_date` (the date the corpus' articles carry) dates an undated article.
pub fn extract_claims(
    lang: &ArticleLanguage<'_>,
    quotes: &[Quote],
    story_date: Option<&str>,
) -> Vec<Claim> {
    extract::extract(lang, quotes, story_date)
}

/// Groups the claims of all articles (per article, in corpus order) and decides
/// each group's status.
pub fn group_claims(articles: &[Article], claims: &[Vec<Claim>]) -> Vec<ClaimGroup> {
    group::group(articles, claims)
}

/// The conflicts among `members` (claims of different articles) and the facts
/// that differ, decided as grouping decides them (with every article's claims,
/// `article_claims` in corpus order, for what each outlet states elsewhere); for
/// groups an analyst changed.
pub fn compare_members<'a>(
    members: &[(ClaimRef, &Claim)],
    article_claims: impl IntoIterator<Item = &'a [Claim]>,
) -> (Vec<Conflict>, Vec<FactDifference>) {
    let stated: Vec<compare::Stated> = article_claims
        .into_iter()
        .map(compare::Stated::of)
        .collect();
    compare::conflicts(members, &stated)
}
