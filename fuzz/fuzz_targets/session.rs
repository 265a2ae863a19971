//! Fuzz target `session`: see `parallax_fuzz::targets::session`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::targets::session(data));
