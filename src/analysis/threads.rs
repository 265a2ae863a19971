//! Spreading the analysis over cores: many articles or claim pairs over all
//! of them ([`parallel_map`]), or the two independent passes of one very long
//! article side by side ([`side_by_side`]). Scoped threads only: nothing
//! outlives the call, and a panic on any thread is passed on to the caller.

use std::sync::atomic::{AtomicUsize, Ordering};

/// An article at least this long has the independent passes of its reading
/// run side by side (see [`side_by_side`]): for one very long article nothing
/// else would use the other cores, while shorter articles are read in parallel
/// with each other.
pub(crate) const LONG_ARTICLE_BYTES: usize = 256 * 1024;

/// `apart` and `here` run at once, `apart` on a thread of its own, when `long`
/// (see [`LONG_ARTICLE_BYTES`]); one after the other otherwise. A panic in
/// either is passed on.
pub(crate) fn side_by_side<A: Send, B>(
    long: bool,
    apart: impl FnOnce() -> A + Send,
    here: impl FnOnce() -> B,
) -> (A, B) {
    if !long {
        return (apart(), here());
    }
    std::thread::scope(|threads| {
        let apart = threads.spawn(apart);
        let here = here();
        (joined(apart), here)
    })
}

/// The result of a scoped thread, its panic passed on.
pub(crate) fn joined<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Fewest items worth spreading over threads; below it, start-up costs more
/// than it saves.
const PARALLEL_MIN_ITEMS: usize = 32;

/// How many blocks each thread's share of the items is cut into. A thread
/// takes the next block when it finishes one, so work that clusters (claim
/// groups in order of their first member put the largest, cross-outlet groups
/// first; a few long articles among short ones) does not leave a core idle
/// while one thread works through a heavy half alone.
const BLOCKS_PER_THREAD: usize = 16;

/// `f` over every item (an article, a pair of claims), on all cores for many
/// items, results in order.
pub(crate) fn parallel_map<I: Sync, T: Send>(items: &[I], f: impl Fn(&I) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if threads < 2 || items.len() < PARALLEL_MIN_ITEMS {
        return items.iter().map(f).collect();
    }
    let blocks: Vec<&[I]> = items
        .chunks(items.len().div_ceil(threads * BLOCKS_PER_THREAD))
        .collect();
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Vec<T>)> = std::thread::scope(|scope| {
        let (f, blocks, next) = (&f, &blocks, &next);
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(move || {
                    let mut mine = Vec::new();
                    loop {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        let Some(block) = blocks.get(at) else {
                            return mine;
                        };
                        mine.push((at, block.iter().map(f).collect::<Vec<T>>()));
                    }
                })
            })
            .collect();
        handles.into_iter().flat_map(joined).collect()
    });
    done.sort_unstable_by_key(|(at, _)| *at);
    done.into_iter().flat_map(|(_, results)| results).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_map_keeps_the_order_of_items_of_uneven_cost() {
        let items: Vec<u64> = (0..1_000).collect();
        let results = parallel_map(&items, |&i| {
            // Every tenth item costs far more, as a long article does.
            let rounds = if i % 10 == 0 { 20_000 } else { 10 };
            (0..rounds).fold(i, |acc, _| std::hint::black_box(acc))
        });
        assert_eq!(results, items);
    }

    #[test]
    fn parallel_map_of_few_items_maps_them_in_place() {
        let items = [3, 1, 2];
        assert_eq!(parallel_map(&items, |i| i * 2), vec![6, 2, 4]);
        assert!(parallel_map(&[] as &[u8], |&i| i).is_empty());
    }

    #[test]
    #[should_panic(expected = "item 500")]
    fn a_panic_on_a_worker_reaches_the_caller() {
        let items: Vec<usize> = (0..1_000).collect();
        parallel_map(&items, |&i| assert!(i != 500, "item {i}"));
    }

    #[test]
    fn side_by_side_returns_both_results_either_way() {
        for long in [false, true] {
            assert_eq!(side_by_side(long, || 1, || "two"), (1, "two"));
        }
    }
}
