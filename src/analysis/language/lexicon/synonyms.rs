//! Words news writers use interchangeably for one event or thing, so that
//! "two people were killed" and "two people died" compare as one fact.
//!
//! Each entry maps a written form (lower-case, inflections listed) to the word it
//! counts as. The list stays small and general: casualties, harm, buying and
//! selling, disputes, starting and ending, rising and falling, leaving a post, armed forces
//! and their exercises, evacuation, customers (`clients`, a translation's word), courts
//! and lawsuits (`tribunal`, `complaint`), penalties (`sanction`), the missing
//! (`unaccounted`). Words with a common
//! unrelated sense are left out.

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
    ("client", "customer"),
    ("clients", "customer"),
    ("climb", "rise"),
    ("climbed", "rise"),
    ("climbs", "rise"),
    ("complaint", "lawsuit"),
    ("complaints", "lawsuit"),
    ("conflict", "dispute"),
    ("conflicts", "dispute"),
    ("court", "court"),
    ("courts", "court"),
    ("customer", "customer"),
    ("customers", "customer"),
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
    ("lawsuit", "lawsuit"),
    ("lawsuits", "lawsuit"),
    ("maneuvers", "exercise"),
    ("manoeuvres", "exercise"),
    ("missing", "missing"),
    ("penalties", "penalty"),
    ("penalty", "penalty"),
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
    ("sanction", "penalty"),
    ("sanctions", "penalty"),
    ("servicemen", "troops"),
    ("soldiers", "troops"),
    ("start", "start"),
    ("started", "start"),
    ("starting", "start"),
    ("starts", "start"),
    ("tribunal", "court"),
    ("tribunals", "court"),
    ("troops", "troops"),
    ("unaccounted", "missing"),
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
