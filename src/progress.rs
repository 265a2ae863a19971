//! Progress of long steps (loading, analysing many articles), reported through a
//! trait so that the pure layers can report how far they are without knowing
//! how, or whether, it is shown.

/// Receives how far a long step has got. A call must be cheap: it may come once
/// per article, and from several threads at once.
pub trait Progress: Sync {
    /// `done` of `total` items are finished.
    fn report(&self, done: usize, total: usize);
}

/// Any `Fn(done, total)` closure reports progress (`&|_, _| {}` shows none).
impl<F: Fn(usize, usize) + Sync> Progress for F {
    fn report(&self, done: usize, total: usize) {
        self(done, total);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    fn count_to(progress: &dyn Progress, total: usize) {
        for done in 1..=total {
            progress.report(done, total);
        }
    }

    #[test]
    fn a_closure_is_a_progress_reporter() {
        let seen = Mutex::new(Vec::new());
        count_to(&|done, total| seen.lock().unwrap().push((done, total)), 3);
        assert_eq!(*seen.lock().unwrap(), [(1, 3), (2, 3), (3, 3)]);
        count_to(&|_, _| {}, 2);
    }
}
