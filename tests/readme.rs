//! The README stays true: its opening commands and its key table.

use parallax::app::keymap::markdown_table;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

#[test]
fn readme_opens_with_the_two_commands() {
    let readme = readme();
    let first_block = readme
        .split("```")
        .nth(1)
        .expect("a code block near the top");
    assert!(first_block.contains("cargo run --release"));
    assert!(first_block.contains("cargo test"));
}

#[test]
fn readme_key_table_matches_the_key_table() {
    let readme = readme();
    let start = readme
        .find("<!-- keys:start -->")
        .expect("keys:start marker")
        + "<!-- keys:start -->".len();
    let end = readme.find("<!-- keys:end -->").expect("keys:end marker");
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!(
            "{}\n{}\n{}",
            &readme[..start],
            markdown_table().trim(),
            &readme[end..]
        );
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"), updated).unwrap();
        return;
    }
    assert_eq!(
        readme[start..end].trim(),
        markdown_table().trim(),
        "README key table is stale: run UPDATE_README=1 cargo test --test readme"
    );
}
