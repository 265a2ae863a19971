//! Enumerations written inline in a paragraph: `1) … 2) …`, `1. … 2. …`,
//! `(a) … (b) …`, `a. … b. …`.
//!
//! A marker is a number (1–99) or a single lower-case letter, written `1.`, `1)`,
//! `1.)` or `(1)`, standing alone between spaces. A list is a run of markers of
//! one kind counting up from `1` or `a`, whose first marker opens the paragraph or
//! follows a colon, as lists are introduced; a lone `a.` or `2.` elsewhere is
//! ordinary text. A marker's full stop never ends a sentence. Before each later
//! marker a new sentence starts when its item reads as one (a capital after the
//! marker) and the item before it is not still running (no comma, semicolon or
//! colon and no `and`/`or` just before the marker): `Steps: 1) Pack. 2) Go.`
//! splits, `three parts: 1) raise taxes, 2) cut spending and 3) borrow` does not.

/// Largest number read as a list marker.
const MAX_MARKER_NUMBER: u32 = 99;

/// One list marker in a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just after it.
    pub end: usize,
}

/// The list markers of a paragraph, in order.
#[derive(Debug, Default)]
pub struct Lists {
    markers: Vec<Marker>,
    /// Markers that start a later item of their list.
    later: Vec<Marker>,
}

/// The value of a marker: its number, or its letter counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    Number(u32),
    Letter(u32),
}

impl Value {
    fn is_first(self) -> bool {
        matches!(self, Value::Number(1) | Value::Letter(1))
    }

    fn follows(self, previous: Value) -> bool {
        match (previous, self) {
            (Value::Number(a), Value::Number(b)) | (Value::Letter(a), Value::Letter(b)) => {
                b == a + 1
            }
            _ => false,
        }
    }
}

impl Lists {
    /// Finds the lists of paragraph `para`, in one pass over the words that may
    /// be markers.
    pub fn find(para: &str) -> Self {
        let mut lists = Lists::default();
        let mut chain: Vec<(Marker, Value)> = Vec::new();
        for (start, word) in closing_words(para) {
            let Some(value) = marker_value(word) else {
                continue;
            };
            let marker = Marker {
                start,
                end: start + word.len(),
            };
            let before = para[..start].trim_end();
            let introduced = before.is_empty() || before.ends_with(':');
            match chain.last() {
                Some(&(_, last)) if value.follows(last) => chain.push((marker, value)),
                _ if value.is_first() && introduced => {
                    lists.close(&mut chain);
                    chain.push((marker, value));
                }
                _ => {}
            }
        }
        lists.close(&mut chain);
        lists
    }

    /// Keeps `chain` as a list when it has two markers or more, and empties it.
    fn close(&mut self, chain: &mut Vec<(Marker, Value)>) {
        if chain.len() >= 2 {
            self.markers.extend(chain.iter().map(|&(m, _)| m));
            self.later.extend(chain.iter().skip(1).map(|&(m, _)| m));
        }
        chain.clear();
    }

    /// True when byte `pos` (a full stop) belongs to a list marker.
    pub fn is_marker_stop(&self, pos: usize) -> bool {
        let i = self.markers.partition_point(|m| m.end <= pos);
        self.markers.get(i).is_some_and(|m| m.start <= pos)
    }

    /// Offsets in `para` where a later item starts a new sentence, in order.
    pub fn item_breaks<'a>(&'a self, para: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.later.iter().filter_map(move |m| {
            let item = para[m.end..].trim_start();
            let before = para[..m.start].trim_end();
            let last_word = before
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or_default();
            let running = before.ends_with([',', ';', ':'])
                || matches!(last_word.to_lowercase().as_str(), "and" | "or");
            (item.starts_with(char::is_uppercase) && !running).then_some(m.start)
        })
    }
}

/// The whitespace-separated words of `para` that end in `.` or `)`, as every
/// marker does, with their offsets: found from those two bytes, so the words of
/// the prose between markers are never read.
fn closing_words(para: &str) -> impl Iterator<Item = (usize, &str)> {
    memchr::memchr2_iter(b'.', b')', para.as_bytes()).filter_map(move |at| {
        let end = at + 1;
        if para[end..].starts_with(|c: char| !c.is_whitespace()) {
            return None;
        }
        let start = para[..end]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        Some((start, &para[start..end]))
    })
}

/// The value of `word` as a list marker, if it is one.
fn marker_value(word: &str) -> Option<Value> {
    let inner = if let Some(rest) = word.strip_prefix('(') {
        rest.strip_suffix(')')?
    } else {
        word.strip_suffix(".)")
            .or_else(|| word.strip_suffix(')'))
            .or_else(|| word.strip_suffix('.'))?
    };
    if !inner.is_empty() && inner.len() <= 2 && inner.bytes().all(|b| b.is_ascii_digit()) {
        let n: u32 = inner.parse().ok()?;
        return (1..=MAX_MARKER_NUMBER)
            .contains(&n)
            .then_some(Value::Number(n));
    }
    let mut chars = inner.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => {
            Some(Value::Letter(u32::from(c) - u32::from('a') + 1))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers(para: &str) -> Vec<&str> {
        Lists::find(para)
            .markers
            .iter()
            .map(|m| &para[m.start..m.end])
            .collect()
    }

    #[test]
    fn lists_count_up_from_their_first_marker() {
        assert_eq!(markers("1) One 2) Two 3) Three"), ["1)", "2)", "3)"]);
        assert_eq!(markers("Plan: a. go b. stay"), ["a.", "b."]);
        assert_eq!(markers("Rules: (1) vote (2) count"), ["(1)", "(2)"]);
        assert!(markers("We chose option a. Then option b. failed.").is_empty());
        assert!(markers("It rose 1. Then it fell 2. Then 3.").is_empty());
        assert!(
            markers("Steps: 1. pack").is_empty(),
            "one marker is no list"
        );
    }

    #[test]
    fn closing_words_are_the_words_ending_in_a_stop_or_bracket() {
        let para = "(a) 1.) x.y. U.S.\u{a0}b) é.\u{2003}(2)) end. ..) 3.";
        let expected: Vec<(usize, &str)> = para
            .split_whitespace()
            .filter(|w| w.ends_with(['.', ')']))
            .map(|w| (w.as_ptr() as usize - para.as_ptr() as usize, w))
            .collect();
        assert_eq!(closing_words(para).collect::<Vec<_>>(), expected);
    }

    #[test]
    fn item_breaks_need_a_sentence_like_item() {
        let para = "Steps: 1) Pack the car. 2) Drive north";
        let lists = Lists::find(para);
        let breaks: Vec<usize> = lists.item_breaks(para).collect();
        assert_eq!(breaks, [para.find("2)").unwrap_or(0)]);
        let para = "Three parts: 1) Taxes, 2) Spending and 3) Debt.";
        assert_eq!(Lists::find(para).item_breaks(para).count(), 0);
    }
}
