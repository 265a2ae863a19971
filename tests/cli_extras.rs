//! The command line around the reader: config, completions, the manual page,
//! "did you mean", one-line errors, exit codes, logging and quiet progress.

use assert_cmd::Command;
use predicates::prelude::*;

/// The binary with no user config and no log level from the environment.
fn parallax(config_home: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("parallax").unwrap();
    cmd.env("XDG_CONFIG_HOME", config_home)
        .env("HOME", config_home)
        .env_remove("PARALLAX_CONFIG")
        .env_remove("PARALLAX_LOG")
        .env("PARALLAX_DATA_DIR", config_home.join("data"));
    cmd
}

#[test]
fn a_mistyped_command_suggests_the_right_one_with_exit_2() {
    let home = tempfile::tempdir().unwrap();
    parallax(home.path())
        .arg("quote")
        .assert()
        .code(2)
        .stdout("")
        .stderr("parallax: unknown command 'quote'; did you mean 'quotes'?\n");
    parallax(home.path())
        .args(["analyse", "seeds/"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean 'analyze'?"));
}

#[test]
fn a_missing_file_that_is_no_command_stays_a_file_error() {
    let home = tempfile::tempdir().unwrap();
    parallax(home.path())
        .arg("no-such-story.txt")
        .assert()
        .code(1)
        .stderr("parallax: no-such-story.txt: no such file or folder\n");
}

#[test]
fn an_os_error_is_printed_once_on_one_line() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("a.txt");
    std::fs::write(&file, "Text.").unwrap();
    let inside = file.join("b.txt");
    let output = parallax(home.path())
        .arg("analyze")
        .arg(&inside)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(stderr.matches("os error").count(), 1, "{stderr}");
}

#[test]
fn usage_errors_exit_2_and_help_documents_the_exit_codes() {
    let home = tempfile::tempdir().unwrap();
    parallax(home.path()).arg("--frobnicate").assert().code(2);
    parallax(home.path()).args(["config"]).assert().code(2);
    parallax(home.path())
        .args(["--session", "s.json", "quotes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--session opens the reader"));
    parallax(home.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit status: 0 success, 1 error"))
        .stdout(predicate::str::contains("2 usage"));
}

#[test]
fn bash_completion_is_valid_bash_and_every_shell_gets_a_script() {
    let home = tempfile::tempdir().unwrap();
    let script = parallax(home.path())
        .args(["completions", "bash"])
        .output()
        .unwrap();
    assert!(script.status.success());
    let path = home.path().join("parallax.bash");
    std::fs::write(&path, &script.stdout).unwrap();
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(String::from_utf8_lossy(&script.stdout).contains("quotes"));
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        parallax(home.path())
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("parallax"));
    }
}

#[test]
fn the_manual_page_is_roff_with_every_command() {
    let home = tempfile::tempdir().unwrap();
    let output = parallax(home.path()).arg("man").output().unwrap();
    assert!(output.status.success());
    let page = String::from_utf8(output.stdout).unwrap();
    assert!(
        page.starts_with(".TH parallax 1"),
        "{}",
        &page[..80.min(page.len())]
    );
    for command in [
        "analyze",
        "sentences",
        "quotes",
        "claims",
        "align",
        "sessions",
        "export",
        "config",
        "completions",
        "man",
    ] {
        let heading = format!(".SH \"PARALLAX {}\"", command.to_uppercase());
        assert!(page.contains(&heading), "no {heading}");
    }
    assert!(page.contains("Exit status"));
}

#[test]
fn print_default_is_a_config_that_parses_and_path_says_where() {
    let home = tempfile::tempdir().unwrap();
    let output = parallax(home.path())
        .args(["config", "--print-default"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let (config, warnings) = parallax::config::Config::parse(&text, "default");
    assert!(warnings.is_empty());
    assert_eq!(config, parallax::config::Config::default());

    let default = home.path().join("parallax").join("config.toml");
    parallax(home.path())
        .args(["config", "--path"])
        .assert()
        .success()
        .stdout(format!("{}\n", default.display()))
        .stderr(predicate::str::contains("the default location"));
    parallax(home.path())
        .args(["config", "--path"])
        .env("PARALLAX_CONFIG", "/elsewhere/p.toml")
        .assert()
        .stdout("/elsewhere/p.toml\n")
        .stderr(predicate::str::contains("set by PARALLAX_CONFIG"));
    parallax(home.path())
        .args(["--config", "/flag/p.toml", "config", "--path"])
        .env("PARALLAX_CONFIG", "/elsewhere/p.toml")
        .assert()
        .stdout("/flag/p.toml\n")
        .stderr(predicate::str::contains("set by --config"));
}

#[test]
fn a_bad_config_warns_once_per_problem_and_the_command_still_runs() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("parallax");
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        "sync = \"often\"\nfancy = 1\n[keys]\nquit = \"ctrl-\\u001b[31m\"\n",
    )
    .unwrap();
    let output = parallax(home.path())
        .args(["claims", "--json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(!output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    let file = config.display().to_string();
    assert!(lines[0].starts_with(&format!(
        "parallax: warning: {file}: fancy: unknown setting"
    )));
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&format!("{file}: keys.quit: ")))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&format!("{file}: sync: expected true or false")))
    );
    assert!(!stderr.contains('\u{1b}'), "control characters are cleaned");
}

#[test]
fn logging_goes_to_a_file_in_the_data_folder_never_to_the_screen() {
    let home = tempfile::tempdir().unwrap();
    parallax(home.path())
        .args(["claims"])
        .env("PARALLAX_LOG", "debug")
        .assert()
        .success()
        .stderr("");
    let log = std::fs::read_to_string(home.path().join("data").join("parallax.log")).unwrap();
    assert!(log.contains("loaded"), "{log}");
    assert!(log.contains("analysed"), "{log}");
    assert!(!log.contains('\u{1b}'), "no colour codes in the file");

    parallax(home.path())
        .args(["claims"])
        .env("PARALLAX_LOG", "loud")
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "PARALLAX_LOG=\"loud\" is not a log level",
        ));
}

#[test]
fn progress_stays_off_a_piped_stderr() {
    let home = tempfile::tempdir().unwrap();
    let stories = home.path().join("stories");
    std::fs::create_dir(&stories).unwrap();
    for i in 0..60 {
        let text = format!(
            "Story {i}\n\nThe council voted 7-2 on Monday to fund {i} new buses, the mayor said.\n"
        );
        std::fs::write(stories.join(format!("{i:03}.txt")), text).unwrap();
    }
    parallax(home.path())
        .arg("analyze")
        .arg(&stories)
        .assert()
        .success()
        .stderr("");
}
