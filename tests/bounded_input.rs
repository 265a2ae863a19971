//! Endless, blocking and special inputs are refused or cut at the limit at once:
//! devices, named pipes, process substitution and an endless standard input.

use std::path::Path;
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin;

/// Well above the time a refusal takes, well below a hang or a 10 GiB read.
const PROMPT: Duration = Duration::from_secs(5);

fn parallax() -> Command {
    Command::cargo_bin("parallax").expect("binary")
}

fn mkfifo(path: &Path) {
    let status = Process::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

/// Runs `cmd`, expecting a prompt failure whose message contains `expected`.
fn refused(cmd: &mut Command, expected: &str) {
    let started = Instant::now();
    let out = cmd.timeout(PROMPT * 4).output().expect("run");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "not refused: {stderr}");
    assert!(stderr.contains(expected), "{stderr}");
    assert!(took < PROMPT, "took {took:?}");
    assert!(out.stdout.is_empty());
}

#[test]
fn devices_are_refused_without_reading() {
    for device in ["/dev/zero", "/dev/urandom"] {
        for command in ["analyze", "sentences"] {
            refused(
                parallax().args([command, device]),
                &format!("{device}: is a character device, not a regular file"),
            );
        }
    }
}

#[test]
fn a_fifo_without_a_writer_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("story.txt");
    mkfifo(&fifo);
    refused(parallax().arg("analyze").arg(&fifo), "is a pipe (FIFO)");
    refused(parallax().arg("sentences").arg(&fifo), "is a pipe (FIFO)");
}

#[test]
fn a_fifo_in_a_folder_is_skipped() {
    let dir = tempfile::tempdir().expect("temp dir");
    mkfifo(&dir.path().join("a.txt"));
    std::fs::write(dir.path().join("b.txt"), "A story.\n\nIt has text.").expect("write");
    let started = Instant::now();
    parallax()
        .arg("analyze")
        .arg(dir.path())
        .timeout(PROMPT * 4)
        .assert()
        .success();
    assert!(started.elapsed() < PROMPT);
}

#[test]
fn process_substitution_of_an_endless_command_is_refused() {
    let script = format!("{} analyze <(yes endless)", cargo_bin("parallax").display());
    let started = Instant::now();
    let out = Command::new("bash")
        .args(["-c", &script])
        .timeout(PROMPT * 4)
        .output()
        .expect("bash");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("not a regular file"), "{stderr}");
    assert!(started.elapsed() < PROMPT);
}

#[test]
fn endless_standard_input_is_cut_at_the_limit() {
    let mut yes = Process::new("yes")
        .arg("endless")
        .stdout(Stdio::piped())
        .spawn()
        .expect("yes");
    let started = Instant::now();
    let out = Process::new(cargo_bin("parallax"))
        .args(["analyze", "-"])
        .stdin(yes.stdout.take().expect("pipe"))
        .output()
        .expect("run");
    yes.kill().expect("kill yes");
    yes.wait().expect("reap yes");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("over the 33554432-byte limit"), "{stderr}");
    assert!(started.elapsed() < PROMPT * 2, "{:?}", started.elapsed());
}
