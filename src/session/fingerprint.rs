//! Stable fingerprints of article text, so a session knows when an article changed.

/// The 64-bit FNV-1a hash of `bytes`. Stable across runs, platforms and versions.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    const BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes
        .iter()
        .fold(BASIS, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(PRIME))
}

/// Fingerprint of an article's text: its FNV-1a hash as 16 lower-case hex digits.
pub fn fingerprint(text: &str) -> String {
    hex(fnv1a(text.as_bytes()))
}

/// A 64-bit value as 16 lower-case hex digits.
pub fn hex(value: u64) -> String {
    format!("{value:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(fingerprint("a"), fingerprint("b"));
    }
}
