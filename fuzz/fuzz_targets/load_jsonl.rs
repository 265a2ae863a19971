//! Fuzz target `load_jsonl`: see `parallax_fuzz::targets::load_jsonl`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::targets::load_jsonl(data));
