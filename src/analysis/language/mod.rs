//! The language layer every analysis shares: tokens with spans, word lists, the
//! writer's words outside quotations, personal names, organisations, the people
//! and other speakers of an article, and the speech events that attribute words
//! to them.
//!
//! Quotes, claims and alignment all read an article through this layer, so a
//! word list lives in one place and an article is tokenised once.

mod article;
pub mod clock;
pub mod dates;
pub mod figures;
pub mod hash;
pub mod lexicon;
pub mod names;
pub mod normalize;
pub mod numbers;
pub mod organisations;
pub mod people;
pub mod quote_marks;
pub mod speakers;
pub mod speech;
pub mod spelling;
pub mod tokens;
pub mod words;

pub use article::ArticleLanguage;
