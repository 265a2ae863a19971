//! Fuzz target `ui`: see `parallax_fuzz::targets::ui`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::targets::ui(data));
