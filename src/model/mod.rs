//! The document model: articles as text plus byte spans, and how they are loaded.
//!
//! Nothing here knows about terminals; analysis and the reader build on these types.

mod article;
pub mod boilerplate;
mod corpus;
pub mod load;
pub mod normalize;
pub mod paragraphs;
pub mod sanitize;
mod span;

pub use article::{Article, ArticleMeta, BlockKind, Paragraph};
pub use corpus::Corpus;
pub use span::{Span, floor_char_boundary};
