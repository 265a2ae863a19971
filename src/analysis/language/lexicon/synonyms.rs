//! Words news writers use interchangeably for one event or thing, so that
//! "two people were killed" and "two people died" compare as one fact.
//!
//! Each entry maps a written form (lower-case, inflections listed) to the word it
//! counts as. The list stays small and general: casualties, harm, buying and
//! selling, disputes, starting and ending, rising and falling, leaving a post, armed forces
//! and their exercises, evacuation. Words with a common unrelated sense are left out.

use super::word_set::WordMap;

/// Written form → the word it counts as, sorted by written form.
static SYNONYMS: &[(&str, &str)] = &[
    ("acquire", "buy"),
    ("acquired", "buy"),
    ("acquires", "buy"),
    ("acquiring", "buy"),
    ("acquisition", "buy"),
    ("began", "start"),
    ("begin", "start"),
    ("beginning", "start"),
    ("begins", "start"),
    ("begun", "start"),
    ("bought", "buy"),
    ("buy", "buy"),
    ("buying", "buy"),
    ("buys", "buy"),
    ("climb", "rise"),
    ("climbed", "rise"),
    ("climbs", "rise"),
    ("conflict", "dispute"),
    ("conflicts", "dispute"),
    ("dead", "die"),
    ("death", "die"),
    ("deaths", "die"),
    ("decline", "fall"),
    ("declined", "fall"),
    ("declines", "fall"),
    ("die", "die"),
    ("died", "die"),
    ("dies", "die"),
    ("dispute", "dispute"),
    ("disputes", "dispute"),
    ("drill", "exercise"),
    ("drills", "exercise"),
    ("dying", "die"),
    ("evacuate", "evacuate"),
    ("evacuated", "evacuate"),
    ("evacuating", "evacuate"),
    ("evacuation", "evacuate"),
    ("evacuations", "evacuate"),
    ("evacuees", "evacuate"),
    ("exercise", "exercise"),
    ("exercises", "exercise"),
    ("fall", "fall"),
    ("fallen", "fall"),
    ("falling", "fall"),
    ("falls", "fall"),
    ("fatalities", "die"),
    ("fatality", "die"),
    ("fell", "fall"),
    ("feud", "dispute"),
    ("feuds", "dispute"),
    ("hurt", "injure"),
    ("injure", "injure"),
    ("injured", "injure"),
    ("injures", "injure"),
    ("injuries", "injure"),
    ("injuring", "injure"),
    ("injury", "injure"),
    ("kill", "die"),
    ("killed", "die"),
    ("killing", "die"),
    ("kills", "die"),
    ("maneuvers", "exercise"),
    ("manoeuvres", "exercise"),
    ("purchase", "buy"),
    ("purchased", "buy"),
    ("purchases", "buy"),
    ("purchasing", "buy"),
    ("quit", "resign"),
    ("quits", "resign"),
    ("resign", "resign"),
    ("resigned", "resign"),
    ("resigns", "resign"),
    ("rise", "rise"),
    ("risen", "rise"),
    ("rises", "rise"),
    ("rising", "rise"),
    ("rose", "rise"),
    ("servicemen", "troops"),
    ("soldiers", "troops"),
    ("start", "start"),
    ("started", "start"),
    ("starting", "start"),
    ("starts", "start"),
    ("troops", "troops"),
    ("wounded", "injure"),
];

/// The word `word` (lower-case) counts as when sentences are compared, if it has
/// a synonym in the list.
pub fn synonym(word: &str) -> Option<&'static str> {
    static MAP: WordMap = WordMap::new(SYNONYMS);
    MAP.get(word)
}

/// True when the table is sorted and its forms distinct, as a map needs.
#[cfg(test)]
pub(super) fn synonyms_sorted() -> bool {
    SYNONYMS.windows(2).all(|w| w[0].0 < w[1].0)
}
