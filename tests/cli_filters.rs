//! `parallax claims --status/--outlet` and `parallax sessions --json`, with the
//! sessions folder chosen by PARALLAX_DATA_DIR, then the config's data_dir.

use assert_cmd::Command;
use parallax::model::load::load_seeds;
use parallax::session::SessionStore;
use predicates::prelude::*;
use serde_json::Value;

/// The binary with no user config or data folder from the environment.
fn parallax(home: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("parallax").unwrap();
    cmd.env("XDG_CONFIG_HOME", home)
        .env("XDG_DATA_HOME", home.join("xdg-data"))
        .env("HOME", home)
        .env_remove("PARALLAX_CONFIG")
        .env_remove("PARALLAX_LOG")
        .env_remove("PARALLAX_DATA_DIR");
    cmd
}

fn json(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn status_keeps_one_kind_of_claim_group() {
    let home = tempfile::tempdir().unwrap();
    let all = json(parallax(home.path()).args(["claims", "--json"]));
    let all = all.as_array().unwrap();
    for status in ["conflict", "shared", "unique"] {
        let some = json(parallax(home.path()).args(["claims", "--json", "--status", status]));
        let some = some.as_array().unwrap();
        let expected = all.iter().filter(|g| g["status"] == status).count();
        assert_eq!(some.len(), expected, "{status}");
        assert!(some.iter().all(|g| g["status"] == status));
    }
}

#[test]
fn outlet_keeps_the_groups_it_carries() {
    let home = tempfile::tempdir().unwrap();
    let doc = json(parallax(home.path()).args(["analyze", "--json"]));
    let rt = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["outlet"] == "RT")
        .unwrap()["id"]
        .clone();
    let groups = json(parallax(home.path()).args(["claims", "--json", "--outlet", "rt"]));
    let groups = groups.as_array().unwrap();
    assert!(!groups.is_empty());
    for group in groups {
        let members = group["members"].as_array().unwrap();
        assert!(members.iter().any(|m| m["article"] == rt), "{group}");
    }
    let all = json(parallax(home.path()).args(["claims", "--json"]));
    assert!(groups.len() < all.as_array().unwrap().len());
    parallax(home.path())
        .args(["claims", "--outlet", "RT", "--status", "unique"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Unique").and(predicate::str::contains("Shared").not()));
}

#[test]
fn an_unknown_outlet_is_an_error_naming_the_outlets() {
    let home = tempfile::tempdir().unwrap();
    parallax(home.path())
        .args(["claims", "--outlet", "Reuters"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("no outlet named 'Reuters'")
                .and(predicate::str::contains("RT, GDC")),
        );
}

/// Saves a session over the seeds in `data/sessions`.
fn save_session(data: &std::path::Path) -> std::path::PathBuf {
    let corpus = load_seeds();
    let (store, session, _) = SessionStore::open_in(&data.join("sessions"), &corpus).unwrap();
    store.save(&session).unwrap();
    store.path().to_path_buf()
}

#[test]
fn sessions_json_lists_the_data_folder_chosen_by_env_then_config() {
    let home = tempfile::tempdir().unwrap();
    let from_config = home.path().join("config-data");
    let from_env = home.path().join("env-data");
    let saved = save_session(&from_config);
    let config = home.path().join("config.toml");
    std::fs::write(
        &config,
        format!("data_dir = \"{}\"\n", from_config.display()),
    )
    .unwrap();

    let listed = json(
        parallax(home.path())
            .env("PARALLAX_CONFIG", &config)
            .args(["sessions", "--json"]),
    );
    assert_eq!(
        listed["folder"],
        from_config.join("sessions").display().to_string()
    );
    let sessions = listed["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["path"], saved.display().to_string());
    assert_eq!(sessions[0]["marks"], 0);
    assert_eq!(sessions[0]["outlets"][0], "RT");
    assert!(sessions[0]["saved"].as_str().unwrap().ends_with('Z'));

    let listed = json(
        parallax(home.path())
            .env("PARALLAX_CONFIG", &config)
            .env("PARALLAX_DATA_DIR", &from_env)
            .args(["sessions", "--json"]),
    );
    assert_eq!(
        listed["folder"],
        from_env.join("sessions").display().to_string(),
        "PARALLAX_DATA_DIR wins over the config"
    );
    assert_eq!(listed["sessions"].as_array().unwrap().len(), 0);
}
