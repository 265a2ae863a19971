//! Whether any two members of a claim group state clashing values, without
//! comparing every pair of members.
//!
//! A group of syndicated copies holds thousands of members but only a handful
//! of distinct values: members are bucketed by their value's key, and only the
//! distinct values are compared pair by pair. A pair of values clashes when
//! they differ and some member holding each one is not exempt from the other
//! (its article states the other value elsewhere), which is exactly when some
//! pair of members would clash.

use std::collections::HashMap;
use std::hash::Hash;

/// One member's value in the compared slot: the member's article and its value.
pub struct Entry<V> {
    /// The article of the member stating the value.
    pub article: usize,
    /// The value, ready for comparison.
    pub value: V,
}

/// True when two entries (at different positions) clash: their values
/// `differ`, and neither is `exempt` from the other's value (`exempt(article,
/// value)`: the article states that value too). `key` buckets values that
/// compare identically; `differ` must be symmetric. Costs one `differ` per pair
/// of distinct keys and one `exempt` per entry and clashing pair of keys.
pub fn any_clash<V, K: Hash + Eq>(
    entries: &[Entry<V>],
    key: impl Fn(&V) -> K,
    differ: impl Fn(&V, &V) -> bool,
    exempt: impl Fn(usize, &V) -> bool,
) -> bool {
    let mut index: HashMap<K, usize> = HashMap::new();
    let mut buckets: Vec<Vec<usize>> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let next = buckets.len();
        let bucket = *index.entry(key(&entry.value)).or_insert(next);
        if bucket == next {
            buckets.push(Vec::new());
        }
        buckets[bucket].push(i);
    }
    // How many members of bucket `b` are not exempt from `value`, counting up to `need`.
    let free = |b: &[usize], value: &V, need: usize| {
        b.iter()
            .filter(|&&i| !exempt(entries[i].article, value))
            .take(need)
            .count()
    };
    for (u, bu) in buckets.iter().enumerate() {
        let vu = &entries[bu[0]].value;
        if bu.len() >= 2 && differ(vu, vu) && free(bu, vu, 2) == 2 {
            return true;
        }
        for bv in &buckets[u + 1..] {
            let vv = &entries[bv[0]].value;
            if differ(vu, vv) && free(bu, vv, 1) == 1 && free(bv, vu, 1) == 1 {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(values: &[(usize, i32)]) -> Vec<Entry<i32>> {
        values
            .iter()
            .map(|&(article, value)| Entry { article, value })
            .collect()
    }

    /// The pairwise definition the buckets must agree with.
    fn pairwise(
        entries: &[Entry<i32>],
        differ: impl Fn(&i32, &i32) -> bool,
        exempt: impl Fn(usize, &i32) -> bool,
    ) -> bool {
        entries.iter().enumerate().any(|(i, a)| {
            entries[i + 1..].iter().any(|b| {
                differ(&a.value, &b.value)
                    && !exempt(a.article, &b.value)
                    && !exempt(b.article, &a.value)
            })
        })
    }

    #[test]
    fn agrees_with_the_pairwise_check() {
        let differ = |a: &i32, b: &i32| a != b;
        // Article 3 states 10 elsewhere; article 4 states 20.
        let exempt = |article: usize, v: &i32| (article, *v) == (3, 10) || (article, *v) == (4, 20);
        let cases: &[&[(usize, i32)]] = &[
            &[],
            &[(0, 10)],
            &[(0, 10), (1, 10), (2, 10)],
            &[(0, 10), (1, 10), (2, 20)],
            &[(3, 20), (1, 10)],
            &[(3, 20), (4, 10)],
            &[(3, 20), (4, 10), (5, 10)],
            &[(3, 20), (4, 10), (5, 30)],
        ];
        for case in cases {
            let list = entries(case);
            assert_eq!(
                any_clash(&list, |v| *v, differ, exempt),
                pairwise(&list, differ, exempt),
                "{case:?}"
            );
        }
    }

    #[test]
    fn thousands_of_members_with_few_values_compare_only_the_values() {
        // Syndicated copies: 20,000 members, three distinct values, no clash
        // (so nothing stops the search early).
        let list: Vec<Entry<i32>> = (0..20_000)
            .map(|article| Entry {
                article,
                value: [10, 11, 12][article % 3],
            })
            .collect();
        let calls = std::cell::Cell::new(0usize);
        let differ = |_: &i32, _: &i32| {
            calls.set(calls.get() + 1);
            false
        };
        assert!(!any_clash(&list, |v| *v, differ, |_, _| false));
        // One comparison per pair of distinct values, each with itself included.
        assert_eq!(calls.get(), 6);
    }

    #[test]
    fn a_value_that_differs_from_itself_clashes_within_its_bucket() {
        let differ = |_: &i32, _: &i32| true;
        let list = entries(&[(0, 1), (1, 1)]);
        assert!(any_clash(&list, |v| *v, differ, |_, _| false));
        assert!(!any_clash(&list[..1], |v| *v, differ, |_, _| false));
    }
}
