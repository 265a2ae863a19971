//! Word ids for many claims' word lists at once, on all cores, numbered as
//! one pass in claim order would number them.
//!
//! Claim linking compares words as ids: two sorted lists of numbers merge
//! faster than two lists of strings. Numbering a corpus's words one by one is a
//! single thread's work (at 1,000 articles, 1.6 million words); here each block
//! of lists is numbered on its own, the blocks' much shorter vocabularies are
//! merged in order, and the lists are renumbered on all cores. Ids follow the
//! order of first sight across all lists, exactly as a single pass gives them,
//! so weights summed in id order sum the same.

use crate::analysis::language::hash::FnvHashMap;

/// Lists numbered together by one thread before the blocks are merged.
const LISTS_PER_BLOCK: usize = 2048;

/// The ids of the words of each of `lists`, sorted and distinct, and how many
/// distinct words there are; a word's id is the number of distinct words seen
/// before it, reading the lists in order.
pub fn sorted_term_ids<S: AsRef<str> + Sync>(lists: &[&[S]]) -> (Vec<Vec<u32>>, usize) {
    let blocks: Vec<&[&[S]]> = lists.chunks(LISTS_PER_BLOCK).collect();
    // Each block: its words in order of first sight, and its lists as indices
    // into them.
    let numbered = crate::analysis::parallel_map(&blocks, |block| {
        let mut seen: FnvHashMap<&str, u32> = FnvHashMap::default();
        let mut words: Vec<&str> = Vec::new();
        let local: Vec<Vec<u32>> = block
            .iter()
            .map(|list| {
                list.iter()
                    .map(|word| {
                        let word = word.as_ref();
                        *seen.entry(word).or_insert_with(|| {
                            words.push(word);
                            u32::try_from(words.len() - 1).unwrap_or(u32::MAX)
                        })
                    })
                    .collect()
            })
            .collect();
        (words, local)
    });
    // The blocks' vocabularies in order give every word its corpus id.
    let mut vocabulary: FnvHashMap<&str, u32> = FnvHashMap::default();
    let renumber: Vec<Vec<u32>> = numbered
        .iter()
        .map(|(words, _)| {
            words
                .iter()
                .map(|&word| {
                    let next = u32::try_from(vocabulary.len()).unwrap_or(u32::MAX);
                    *vocabulary.entry(word).or_insert(next)
                })
                .collect()
        })
        .collect();
    let renumbered = crate::analysis::parallel_map(
        &numbered.iter().zip(&renumber).collect::<Vec<_>>(),
        |((_, local), ids)| {
            local
                .iter()
                .map(|list| {
                    let mut terms: Vec<u32> = list.iter().map(|&w| ids[w as usize]).collect();
                    terms.sort_unstable();
                    terms.dedup();
                    terms
                })
                .collect::<Vec<_>>()
        },
    );
    (renumbered.into_iter().flatten().collect(), vocabulary.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One pass over every word in order: the numbering blocks must reproduce.
    fn one_pass(lists: &[&[&str]]) -> (Vec<Vec<u32>>, usize) {
        let mut ids: FnvHashMap<&str, u32> = FnvHashMap::default();
        let lists = lists
            .iter()
            .map(|list| {
                let mut terms: Vec<u32> = list
                    .iter()
                    .map(|w| {
                        let next = ids.len() as u32;
                        *ids.entry(w).or_insert(next)
                    })
                    .collect();
                terms.sort_unstable();
                terms.dedup();
                terms
            })
            .collect();
        (lists, ids.len())
    }

    #[test]
    fn ids_are_numbered_in_order_of_first_sight() {
        let lists: [&[&str]; 3] = [
            &["vote", "council", "vote"],
            &["budget"],
            &["council", "tax"],
        ];
        let (ids, count) = sorted_term_ids(&lists);
        assert_eq!(ids, vec![vec![0, 1], vec![2], vec![1, 3]]);
        assert_eq!(count, 4);
    }

    #[test]
    fn many_blocks_number_as_one_pass() {
        // Words first seen in every block, some of them seen again later.
        let owned: Vec<Vec<String>> = (0..LISTS_PER_BLOCK * 3 + 17)
            .map(|i| {
                (0..1 + i % 4)
                    .map(|k| format!("w{}", (i / 300) * 3 + (k * 5 + i) % 7))
                    .collect()
            })
            .collect();
        let borrowed: Vec<Vec<&str>> = owned
            .iter()
            .map(|list| list.iter().map(String::as_str).collect())
            .collect();
        let lists: Vec<&[&str]> = borrowed.iter().map(Vec::as_slice).collect();
        assert_eq!(sorted_term_ids(&lists), one_pass(&lists));
    }
}
