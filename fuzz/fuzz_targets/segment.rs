//! Fuzz target `segment`: see `parallax_fuzz::targets::segment`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::targets::segment(data));
