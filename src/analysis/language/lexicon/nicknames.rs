//! Short forms of English given names ("Tom" for "Thomas", "Bill" for
//! "William"): outlets name one person both ways, so a short form against its
//! full name is no dispute over who someone is.

/// Short form → the full given name it stands for, sorted by short form.
const NICKNAMES: &[(&str, &str)] = &[
    ("abby", "abigail"),
    ("al", "albert"),
    ("alex", "alexander"),
    ("andy", "andrew"),
    ("barb", "barbara"),
    ("ben", "benjamin"),
    ("beth", "elizabeth"),
    ("betty", "elizabeth"),
    ("bill", "william"),
    ("billy", "william"),
    ("bob", "robert"),
    ("bobby", "robert"),
    ("cathy", "catherine"),
    ("charlie", "charles"),
    ("chris", "christopher"),
    ("chuck", "charles"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("dave", "david"),
    ("deb", "deborah"),
    ("debbie", "deborah"),
    ("dick", "richard"),
    ("don", "donald"),
    ("ed", "edward"),
    ("eddie", "edward"),
    ("fred", "frederick"),
    ("greg", "gregory"),
    ("jack", "john"),
    ("jake", "jacob"),
    ("jeff", "jeffrey"),
    ("jerry", "gerald"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("joe", "joseph"),
    ("johnny", "john"),
    ("jon", "jonathan"),
    ("kate", "katherine"),
    ("kathy", "katherine"),
    ("katie", "katherine"),
    ("ken", "kenneth"),
    ("larry", "lawrence"),
    ("liz", "elizabeth"),
    ("maggie", "margaret"),
    ("matt", "matthew"),
    ("meg", "margaret"),
    ("mike", "michael"),
    ("nick", "nicholas"),
    ("pat", "patricia"),
    ("peggy", "margaret"),
    ("pete", "peter"),
    ("phil", "philip"),
    ("rick", "richard"),
    ("rob", "robert"),
    ("ron", "ronald"),
    ("sam", "samuel"),
    ("steve", "stephen"),
    ("sue", "susan"),
    ("ted", "edward"),
    ("tim", "timothy"),
    ("tom", "thomas"),
    ("tommy", "thomas"),
    ("tony", "anthony"),
    ("will", "william"),
];

/// The full given name `name` (lower-case) stands for, or `name` itself.
fn full_given_name(name: &str) -> &str {
    NICKNAMES
        .binary_search_by(|(short, _)| short.cmp(&name))
        .map_or(name, |i| NICKNAMES[i].1)
}

/// True when two given names (lower-case) can name one person: equal, or one a
/// short form of the other, or both short forms of one name ("Bob", "Rob").
pub fn same_given_name(a: &str, b: &str) -> bool {
    a == b || full_given_name(a) == full_given_name(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(NICKNAMES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn short_forms_match_their_full_name_and_each_other() {
        assert!(same_given_name("tom", "thomas"));
        assert!(same_given_name("bill", "william"));
        assert!(same_given_name("bob", "rob"));
        assert!(!same_given_name("tom", "timothy"));
        assert!(!same_given_name("susan", "sarah"));
    }
}
