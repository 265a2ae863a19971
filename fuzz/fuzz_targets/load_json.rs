//! Fuzz target `load_json`: see `parallax_fuzz::targets::load_json`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::targets::load_json(data));
