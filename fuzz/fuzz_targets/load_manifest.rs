//! Fuzz target `load_manifest`: see `parallax_fuzz::targets::load_manifest`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| parallax_fuzz::targets::load_manifest(data));
