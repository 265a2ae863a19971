//! A session opened for the reader: where it is saved, what it holds, and what
//! the analyst should be told about it.

use super::model::Session;
use super::store::SessionStore;

/// The review session the reader works in.
pub struct OpenSession {
    /// Where it is saved; `None` keeps marks in memory only.
    pub store: Option<SessionStore>,
    /// The session as loaded (or new).
    pub session: Session,
    /// What the analyst should know about it (a corrupt file set aside, …).
    pub notices: Vec<String>,
}
