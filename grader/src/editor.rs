//! The learner's editor (`$VISUAL`, else `$EDITOR`), opened at a line: how
//! each editor is told the line, and whether it needs the terminal.

use std::ffi::OsString;
use std::path::Path;

/// How to start the editor on a file at a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch {
    /// The program, then its arguments.
    pub argv: Vec<OsString>,
    /// It draws in the terminal (vim, nano, …): the grader gives the terminal
    /// up while it runs. Else it opens its own window and is started detached.
    pub in_terminal: bool,
    /// The editor's name as the learner would type it (`vim`, `code`).
    pub name: String,
}

/// Editors that open their own window.
const GUI: &[&str] = &[
    "code",
    "codium",
    "code-insiders",
    "subl",
    "zed",
    "gedit",
    "kate",
];

/// The editor the learner set, if any: `$VISUAL`, then `$EDITOR`.
pub fn from_env() -> Option<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(std::env::var_os)
        .map(|v| v.to_string_lossy().trim().to_string())
        .find(|v| !v.is_empty())
}

/// The command that opens `file` at `line` in `editor` (a command line such
/// as `code --wait` or `/usr/bin/nvim`): vim, nvim, vi, nano, emacs, hx and
/// kakoune take `+LINE FILE`; code and codium `-g FILE:LINE`; subl and zed
/// `FILE:LINE`; any other editor just `FILE`.
pub fn launch(editor: &str, file: &Path, line: usize) -> Option<Launch> {
    let mut words = editor.split_whitespace();
    let program = words.next()?;
    let name = Path::new(program)
        .file_name()
        .map_or(program.to_string(), |n| n.to_string_lossy().into_owned());
    let mut argv: Vec<OsString> = std::iter::once(program)
        .chain(words)
        .map(OsString::from)
        .collect();
    let at = |file: &Path| {
        let mut text = file.as_os_str().to_os_string();
        text.push(format!(":{line}"));
        text
    };
    match name.as_str() {
        "vim" | "nvim" | "vi" | "view" | "nano" | "emacs" | "emacsclient" | "hx" | "helix"
        | "kak" | "micro" => {
            argv.push(format!("+{line}").into());
            argv.push(file.into());
        }
        "code" | "codium" | "code-insiders" => {
            argv.push("-g".into());
            argv.push(at(file));
        }
        "subl" | "zed" => argv.push(at(file)),
        _ => argv.push(file.into()),
    }
    Some(Launch {
        argv,
        in_terminal: !GUI.contains(&name.as_str()),
        name,
    })
}

/// The command as a learner would type it, for messages.
pub fn shown(launch: &Launch) -> String {
    let words: Vec<_> = launch.argv.iter().map(|a| a.to_string_lossy()).collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(editor: &str) -> (Vec<String>, bool) {
        let launch = launch(editor, Path::new("/c/src/lib.rs"), 7).unwrap();
        let argv = launch
            .argv
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        (argv, launch.in_terminal)
    }

    #[test]
    fn each_editor_gets_the_line_its_own_way() {
        for vim in ["vim", "/usr/bin/nvim", "vi", "nano", "emacs", "hx"] {
            let (argv, terminal) = args(vim);
            assert_eq!(argv[1..], ["+7", "/c/src/lib.rs"], "{vim}");
            assert!(terminal, "{vim}");
        }
        assert_eq!(
            args("code --wait"),
            (
                vec![
                    "code".into(),
                    "--wait".into(),
                    "-g".into(),
                    "/c/src/lib.rs:7".into()
                ],
                false
            )
        );
        assert_eq!(args("codium").0[1..], ["-g", "/c/src/lib.rs:7"]);
        assert_eq!(args("subl").0[1..], ["/c/src/lib.rs:7"]);
        assert_eq!(
            args("zed"),
            (vec!["zed".into(), "/c/src/lib.rs:7".into()], false)
        );
        assert_eq!(
            args("ed"),
            (vec!["ed".into(), "/c/src/lib.rs".into()], true)
        );
        assert!(launch("  ", Path::new("x"), 1).is_none());
    }
}
