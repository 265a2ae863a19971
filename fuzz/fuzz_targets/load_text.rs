//! Fuzz target `load_text`: see `parallax_fuzz::targets::load_text`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::targets::load_text(data));
