//! Terminal hyperlinks (OSC 8) on the file paths the grader prints, so a
//! learner can click from a verdict to the file. Same rule as colour: on with
//! `--color always` or a terminal, off when piped or with `NO_COLOR`; off,
//! every function here returns the text unchanged.
//!
//! Links are only put on text the grader writes itself, and on rustc's
//! ` --> file:line:col` lines, after learner output has been neutralised.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How paths are printed: as links into the course (absolute `file://` URLs), or plain.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// `None`: plain text.
    on: Option<Target>,
}

#[derive(Debug, Clone)]
struct Target {
    host: String,
    root: PathBuf,
}

impl Links {
    /// Links into the course at `root` when `on` (colour is on), else plain text.
    pub fn new(root: &Path, on: bool) -> Links {
        let on = on.then(|| Target {
            host: hostname(),
            root: std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf()),
        });
        Links { on }
    }

    /// `text` as a link to `path` (relative to the course root, or absolute).
    pub fn to(&self, path: &Path, text: &str) -> String {
        match &self.on {
            Some(target) => {
                let url = format!("file://{}{}", target.host, encode(&target.root.join(path)));
                hyperlink(&url, text)
            }
            None => text.to_string(),
        }
    }

    /// `text` linked to `path`, then padded with spaces to `width` characters.
    pub fn padded(&self, path: &Path, text: &str, width: usize) -> String {
        let pad = width.saturating_sub(text.chars().count());
        format!("{}{}", self.to(path, text), " ".repeat(pad))
    }

    /// `path` printed as itself, linked.
    pub fn path(&self, path: &Path) -> String {
        self.to(path, &path.display().to_string())
    }

    /// rustc's rendered text with each ` --> file:line:col` location linked.
    /// Expects text already neutralised (it may keep colour codes).
    pub fn rustc_locations(&self, rendered: &str) -> String {
        if self.on.is_none() {
            return rendered.to_string();
        }
        let mut linked = String::with_capacity(rendered.len() + 64);
        for line in rendered.split_inclusive('\n') {
            match location(&crate::ansi::strip_ansi(line)) {
                Some((place, file)) if line.contains(&place) => {
                    let link = self.to(Path::new(&file), &place);
                    linked.push_str(&line.replacen(&place, &link, 1));
                }
                _ => linked.push_str(line),
            }
        }
        linked
    }
}

/// OSC 8: `ESC ]8;;URL ESC \ text ESC ]8;; ESC \`.
fn hyperlink(url: &str, text: &str) -> String {
    format!("\u{1b}]8;;{url}\u{1b}\\{text}\u{1b}]8;;\u{1b}\\")
}

/// From a plain line `  --> src/lib.rs:3:5`: (`src/lib.rs:3:5`, `src/lib.rs`).
fn location(plain: &str) -> Option<(String, String)> {
    let rest = plain.trim_start().strip_prefix("--> ")?;
    let place = rest.trim_end();
    let mut parts = place.rsplitn(3, ':');
    let (col, line, file) = (parts.next()?, parts.next()?, parts.next()?);
    let numbers = [col, line]
        .iter()
        .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    (numbers && !file.is_empty()).then(|| (place.to_string(), file.to_string()))
}

/// A path as a URL path: bytes other than unreserved ones and `/` percent-encoded.
fn encode(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut url = String::new();
    for &byte in path.as_os_str().as_bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            url.push(byte as char);
        } else {
            let _ = write!(url, "%{byte:02X}");
        }
    }
    url
}

/// This machine's name, for `file://HOST/…` (terminals compare it with their own
/// to tell a local file from one on another machine over ssh).
fn hostname() -> String {
    let mut buffer = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname writes at most that.
    let result = unsafe { libc::gethostname(buffer.as_mut_ptr().cast(), buffer.len()) };
    if result != 0 {
        return String::new();
    }
    let end = buffer.iter().position(|&b| b == 0).unwrap_or(buffer.len());
    String::from_utf8_lossy(&buffer[..end])
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_is_plain_text() {
        let links = Links::new(Path::new("/course"), false);
        assert_eq!(links.path(Path::new("a/b.rs")), "a/b.rs");
        let rendered = "error\n  --> a/b.rs:3:5\n";
        assert_eq!(links.rustc_locations(rendered), rendered);
    }

    #[test]
    fn on_links_to_the_absolute_path() {
        let links = Links::new(Path::new("/my course"), true);
        let host = hostname();
        assert_eq!(
            links.to(Path::new("src/lib.rs"), "src/lib.rs:3"),
            format!(
                "\u{1b}]8;;file://{host}/my%20course/src/lib.rs\u{1b}\\src/lib.rs:3\u{1b}]8;;\u{1b}\\"
            )
        );
    }

    #[test]
    fn links_rustc_locations_even_in_colour() {
        let links = Links::new(Path::new("/c"), true);
        let rendered = "\u{1b}[1merror\u{1b}[0m\n \u{1b}[1m\u{1b}[94m--> \u{1b}[0mx/src/lib.rs:3:5\n3 | code --> y:1:1 here\n";
        let linked = links.rustc_locations(rendered);
        assert!(
            linked.contains("/c/x/src/lib.rs\u{1b}\\x/src/lib.rs:3:5\u{1b}]8;;\u{1b}\\\n"),
            "{linked:?}"
        );
        assert_eq!(linked.matches("]8;;file").count(), 1, "{linked:?}");
        assert_eq!(
            crate::ansi::strip_ansi(&linked),
            crate::ansi::strip_ansi(rendered)
        );
    }

    #[test]
    fn finds_locations() {
        assert_eq!(
            location("  --> exercises/a/src/lib.rs:12:9\n"),
            Some((
                "exercises/a/src/lib.rs:12:9".into(),
                "exercises/a/src/lib.rs".into()
            ))
        );
        assert_eq!(location("--> x:y:z"), None);
        assert_eq!(location("let a = b --> c:1:2;"), None);
    }
}
