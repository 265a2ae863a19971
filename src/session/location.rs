//! Where an article's file is, as an identity that does not depend on the folder
//! Parallax was started from: `corpus/a.txt` typed in two projects names two
//! different files, and must not continue one project's session in the other.

/// The canonical absolute path of the file an article was loaded from, or `None`
/// when it has none: standard input, the embedded seeds, a file since deleted.
pub fn location(path: &str) -> Option<String> {
    if path == "-" {
        return None;
    }
    std::fs::canonicalize(path)
        .ok()
        .filter(|p| p.is_file())
        .map(|p| p.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::location;

    #[test]
    fn files_have_absolute_locations_and_the_rest_none() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "x").expect("write");
        let found = location(&file.to_string_lossy()).expect("a location");
        assert!(std::path::Path::new(&found).is_absolute());
        assert_eq!(location("-"), None);
        assert_eq!(location("no/such/file.txt"), None);
    }
}
