//! The real binary in a pseudo-terminal: filter, jump, quit, and the terminal given back.

mod common;

use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Leaving the alternate screen (xterm private mode 1049).
const LEAVE_ALT_SCREEN: &[u8] = b"\x1b[?1049l";
const ENTER_ALT_SCREEN: &[u8] = b"\x1b[?1049h";

struct Tty {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Tty {
    fn start(args: &[&str]) -> Tty {
        let pair = native_pty_system()
            .openpty(PtySize { rows: 30, cols: 100, pixel_width: 0, pixel_height: 0 })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_dossier"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(30, 100, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (screen.clone(), raw.clone());
        std::thread::spawn(move || {
            let _master = pair.master; // keep the pty open while reading
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                s.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Tty { child, writer, screen, raw }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; panics with the screen after 15 s.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(15) {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("{text:?} never appeared; screen:\n{}", self.contents());
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread take the last bytes.
                std::thread::sleep(Duration::from_millis(200));
                return status;
            }
            assert!(start.elapsed() < Duration::from_secs(15), "did not exit:\n{}", self.contents());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn filter_jump_and_quit_in_a_real_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = common::write_corpus(dir.path());
    let mut tty = Tty::start(&["--corpus", corpus.to_str().unwrap()]);
    tty.wait_for("1 Articles 4/4");

    tty.send("/");
    tty.wait_for("Filter by person or country");
    tty.send("lavrov");
    tty.wait_for("/ lavrov");
    tty.send("\r");
    tty.wait_for("filter:  Sergueï Lavrov");
    tty.wait_for("1 Articles 2/4");
    tty.wait_for("3 Timeline 3/10 events");

    tty.send("3");
    tty.wait_for("from   Le Vif");
    tty.send("\r");
    // The source sentence is on screen, the pane says where we are, and the way back is offered.
    tty.wait_for("a déclaré mercredi");
    tty.wait_for("back to the timeline");
    assert!(tty.screen.lock().unwrap().screen().alternate_screen());

    tty.send("q");
    let status = tty.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    let raw = tty.raw();
    assert!(contains(&raw, ENTER_ALT_SCREEN));
    assert!(contains(&raw, LEAVE_ALT_SCREEN), "alternate screen left");
    let screen = tty.screen.lock().unwrap();
    assert!(!screen.screen().alternate_screen(), "back on the main screen");
    assert_eq!(screen.screen().mouse_protocol_mode(), vt100::MouseProtocolMode::None, "mouse released");
    assert!(!screen.screen().hide_cursor(), "cursor shown");
}

#[test]
fn mouse_click_selects_an_article() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = common::write_corpus(dir.path());
    let mut tty = Tty::start(&["--corpus", corpus.to_str().unwrap()]);
    tty.wait_for("1 Articles 4/4");
    assert_ne!(tty.screen.lock().unwrap().screen().mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    // SGR mouse report, 1-based: left button pressed then released on the third article row
    // (screen row 5: status line, pane border, two rows above it).
    tty.send("\x1b[<0;5;5M\x1b[<0;5;5m");
    tty.wait_for("La trêve s’effondre en Syrie");
    tty.send("q");
    assert!(tty.wait_exit().success());
}

#[test]
fn ctrl_c_also_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = common::write_corpus(dir.path());
    let mut tty = Tty::start(&["--corpus", corpus.to_str().unwrap()]);
    tty.wait_for("1 Articles 4/4");
    tty.send("\x03");
    assert!(tty.wait_exit().success());
    assert!(!tty.screen.lock().unwrap().screen().alternate_screen());
}

/// `kill` (or `timeout`, or closing the window) must not leave the shell in raw mode on the
/// alternate screen with the mouse captured.
#[cfg(unix)]
#[test]
fn being_killed_also_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = common::write_corpus(dir.path());
    let mut tty = Tty::start(&["--corpus", corpus.to_str().unwrap()]);
    tty.wait_for("1 Articles 4/4");
    let pid = tty.child.process_id().expect("a pid");
    let killed = std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status().unwrap();
    assert!(killed.success());
    let status = tty.wait_exit();
    assert!(!status.success(), "a killed browser does not report success");
    let screen = tty.screen.lock().unwrap();
    assert!(!screen.screen().alternate_screen(), "back on the main screen");
    assert_eq!(screen.screen().mouse_protocol_mode(), vt100::MouseProtocolMode::None, "mouse released");
    assert!(!screen.screen().hide_cursor(), "cursor shown");
}

#[test]
fn malformed_corpus_is_reported_before_the_screen_switches() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"format\": \"dossier-corpus\", \"version\": 1, \"articles\": [").unwrap();
    let mut tty = Tty::start(&["--corpus", bad.to_str().unwrap()]);
    let status = tty.wait_exit();
    assert!(!status.success());
    let text = tty.contents();
    assert!(text.contains("bad.json"), "the error names the file:\n{text}");
    assert!(!contains(&tty.raw(), ENTER_ALT_SCREEN), "the screen never switched");
}

#[test]
fn without_a_terminal_it_says_so_and_exits_2() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs a terminal"), "{err}");
    assert!(out.stdout.is_empty(), "nothing drawn");
}

#[test]
fn without_a_terminal_the_advice_names_the_corpus_given() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["--corpus", "/some/where.json"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("use `dossier timeline --corpus /some/where.json [--entity NAME]"), "{err}");
}
