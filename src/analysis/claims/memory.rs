//! What extracting one article's claims carries from sentence to sentence: who
//! has been introduced with a role already.

use crate::analysis::language::hash::FnvHashSet;

/// The per-article state of claim extraction.
#[derive(Debug, Default)]
pub struct ArticleMemory {
    /// Keys of the people already introduced with a role: only the first
    /// introduction of a person is a role fact.
    introduced: FnvHashSet<String>,
}

impl ArticleMemory {
    /// Records that the person keyed `key` is introduced; false when they were
    /// already.
    pub fn introduce(&mut self, key: String) -> bool {
        self.introduced.insert(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_is_introduced_once() {
        let mut memory = ArticleMemory::default();
        assert!(memory.introduce("ann mills".into()));
        assert!(!memory.introduce("ann mills".into()));
        assert!(memory.introduce("tom hale".into()));
    }
}
