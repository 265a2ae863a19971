//! A board on which worker threads post one result per slot while another
//! thread waits for all of them: grouping the quotes of every article starts as
//! soon as the last article's quotes are found, while claims are still being
//! extracted from it (for one very long article, that is most of the run).

use std::sync::{Condvar, Mutex, MutexGuard, OnceLock, PoisonError};

/// Results posted slot by slot from any thread, borrowed by their posters and,
/// once every slot is filled, by a waiting reader.
#[derive(Debug)]
pub(crate) struct Board<T> {
    /// One result per slot, each set once.
    slots: Vec<OnceLock<T>>,
    /// How many slots are still empty, and whether they will stay so.
    state: Mutex<State>,
    /// Signalled when the last slot is filled or the board is abandoned.
    changed: Condvar,
}

/// What a waiting reader needs to know.
#[derive(Debug)]
struct State {
    /// Slots not yet posted.
    missing: usize,
    /// True once the posters have stopped, whether or not every slot is filled.
    abandoned: bool,
}

impl<T> Board<T> {
    /// A board of `len` empty slots.
    pub(crate) fn new(len: usize) -> Self {
        Self {
            slots: (0..len).map(|_| OnceLock::new()).collect(),
            state: Mutex::new(State {
                missing: len,
                abandoned: false,
            }),
            changed: Condvar::new(),
        }
    }

    /// Posts `value` in `slot` and lends it back for as long as the board lives.
    ///
    /// # Panics
    /// When `slot` was posted before: each slot holds exactly one result.
    pub(crate) fn post(&self, slot: usize, value: T) -> &T {
        assert!(
            self.slots[slot].set(value).is_ok(),
            "slot {slot} posted twice"
        );
        let mut state = self.lock();
        state.missing -= 1;
        if state.missing == 0 {
            self.changed.notify_all();
        }
        self.slots[slot].get().expect("the slot was just set")
    }

    /// Waits until every slot is posted and lends all the results in slot
    /// order; `None` when the posters stopped first (one of them failed).
    pub(crate) fn wait_all(&self) -> Option<Vec<&T>> {
        let mut state = self.lock();
        while state.missing > 0 && !state.abandoned {
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        if state.missing > 0 {
            return None;
        }
        Some(self.slots.iter().filter_map(OnceLock::get).collect())
    }

    /// A guard that abandons the board when dropped: held by the posting side,
    /// so that a worker's panic wakes the waiting reader instead of leaving it
    /// (and the scope that joins it) waiting forever.
    pub(crate) fn abandon_on_drop(&self) -> AbandonOnDrop<'_, T> {
        AbandonOnDrop(self)
    }

    /// The results, slot by slot (`None` for a slot never posted).
    pub(crate) fn into_values(self) -> Vec<Option<T>> {
        self.slots.into_iter().map(OnceLock::into_inner).collect()
    }

    /// The state, even after a panic elsewhere (it holds only counts).
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Abandons its board when dropped (see [`Board::abandon_on_drop`]).
#[derive(Debug)]
pub(crate) struct AbandonOnDrop<'a, T>(&'a Board<T>);

impl<T> Drop for AbandonOnDrop<'_, T> {
    fn drop(&mut self) {
        self.0.lock().abandoned = true;
        self.0.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_gets_every_slot_in_order_once_all_are_posted() {
        let board = Board::new(3);
        let read = std::thread::scope(|scope| {
            let reader = scope.spawn(|| {
                board
                    .wait_all()
                    .map(|all| all.into_iter().copied().collect::<Vec<_>>())
            });
            for slot in [2, 0, 1] {
                assert_eq!(*board.post(slot, slot * 10), slot * 10);
            }
            reader.join().unwrap()
        });
        assert_eq!(read, Some(vec![0, 10, 20]));
        assert_eq!(board.into_values(), [Some(0), Some(10), Some(20)]);
    }

    #[test]
    fn a_failed_poster_wakes_the_reader_with_nothing() {
        let board: Board<u32> = Board::new(2);
        let outcome = std::thread::scope(|scope| {
            let reader = scope.spawn(|| board.wait_all().is_none());
            let poster = scope.spawn(|| {
                let _abandon = board.abandon_on_drop();
                board.post(0, 1);
                panic!("the second article failed");
            });
            assert!(poster.join().is_err());
            reader.join().unwrap()
        });
        assert!(outcome);
        assert_eq!(board.into_values(), [Some(1), None]);
    }

    #[test]
    #[should_panic(expected = "posted twice")]
    fn a_slot_takes_one_result() {
        let board = Board::new(1);
        board.post(0, 1);
        board.post(0, 2);
    }
}
