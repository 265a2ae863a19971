//! Set operations on sorted lists of ids, which quote grouping, claim linking
//! and alignment each keep per item and compare pair by pair: one merge walk,
//! no hashing and no allocation.

use std::cmp::Ordering;

/// How many items two sorted, deduplicated lists share (one merge).
pub fn count_shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

/// True when two sorted lists share at least one item (the merge stops at it).
pub fn shares_any<T: Ord>(a: &[T], b: &[T]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_count_and_find_common_items() {
        assert_eq!(count_shared(&[1, 3, 5, 7], &[3, 4, 5, 8]), 2);
        assert_eq!(count_shared::<u32>(&[], &[1]), 0);
        assert!(shares_any(&[2, 9], &[1, 9]));
        assert!(!shares_any(&[2, 8], &[1, 9]));
    }
}
