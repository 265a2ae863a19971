//! Analyst review sessions: notes, flags, verdicts and corrections anchored to article text,
//! saved per corpus, re-anchored when articles change, and exported as reports.
//!
//! `mark`, `correction` and `anchor` define what is saved and where it points
//! (`resolve` turns corrections into the analysis' indices); `model` holds one
//! session and its editing API; `store` finds, locks, loads and atomically saves the
//! session file; `listing` finds saved sessions in a folder; `export` renders a review report.

pub mod anchor;
mod atomic;
pub mod correction;
mod error;
pub mod export;
pub mod fingerprint;
mod listing;
mod location;
pub mod mark;
pub mod model;
mod open;
mod read;
mod resolve;
pub mod store;

pub use anchor::{Anchor, Reattach, Reattacher, reattach};
pub use atomic::write_atomic;
pub use correction::{CORRECTION_SIGN, Correction, CorrectionKind};
pub use error::SessionError;
pub use listing::{SessionSummary, list_sessions};
pub use mark::{Mark, MarkKind, Target, Verdict};
pub use model::{ArticleRef, Position, ReattachReport, Session};
pub use open::OpenSession;
pub use read::{MAX_SESSION_BYTES, looks_like_session, read_session_file};
pub use resolve::ResolvedCorrections;
pub use store::{OpenReport, SessionStore};
