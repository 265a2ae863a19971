//! Fuzz target `analyze`: see `parallax_fuzz::targets::analyze_corpus`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::targets::analyze_corpus(data));
