//! The fuzz harness of Parallax: what each target does with its input and the
//! invariants it asserts. `tests/fuzz_replay.rs` in the main crate includes the
//! same two files, so inputs that once found a bug are replayed by `cargo test`.

pub mod checks;
pub mod targets;
