//! The keys of `grader watch`, as one table. Each [`Action`] has its key, its
//! word on the screen's key line, its words in the line-mode help and its
//! line in `grader watch --help`; all three texts are made from [`BINDINGS`],
//! and a test holds the README's keys table to it.

/// What the learner can ask watch to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Next,
    Hint,
    GoNote,
    Edit,
    List,
    Regrade,
    Reset,
    Switch,
    Solution,
    Warnings,
    Book,
    Quit,
}

/// One row of the table.
#[derive(Debug)]
pub struct Binding {
    pub action: Action,
    pub key: char,
    /// On the screen's key line (`None`: not there).
    pub label: Option<&'static str>,
    /// In the line-mode help.
    pub line: &'static str,
    /// In `grader watch --help` and the README.
    pub help: &'static str,
}

const fn bind(
    action: Action,
    key: char,
    label: Option<&'static str>,
    line: &'static str,
    help: &'static str,
) -> Binding {
    Binding {
        action,
        key,
        label,
        line,
        help,
    }
}

/// Every key of watch, in the order they are listed.
pub const BINDINGS: [Binding; 12] = [
    bind(
        Action::Next,
        'n',
        Some("next"),
        "next",
        "next exercise (once the current one passes)",
    ),
    bind(Action::Hint, 'h', Some("hint"), "hint", "the next hint"),
    bind(
        Action::GoNote,
        'g',
        Some("Go note"),
        "Go note",
        "how Go does the same thing",
    ),
    bind(
        Action::Edit,
        'e',
        Some("edit"),
        "edit (opens $VISUAL/$EDITOR at the first error)",
        "open the exercise in $VISUAL or $EDITOR at the first error's line (vim, nano, emacs, hx: `+LINE`;\n     code: `-g FILE:LINE`; subl, zed: `FILE:LINE`); a terminal editor has the terminal until it exits",
    ),
    bind(
        Action::List,
        'l',
        Some("list"),
        "list (l NUMBER or l NAME jumps)",
        "list every exercise (↑/↓, PgUp/PgDn scroll); type a number or a name, then Enter, to jump (Esc closes)",
    ),
    bind(
        Action::Regrade,
        'r',
        Some("re-grade"),
        "re-grade",
        "grade again now",
    ),
    bind(
        Action::Reset,
        'x',
        Some("reset"),
        "reset",
        "reset the exercise to its shipped state (asks first; your version is kept as a backup)",
    ),
    bind(
        Action::Switch,
        's',
        None,
        "switch",
        "switch to another exercise you just edited",
    ),
    bind(
        Action::Solution,
        'v',
        Some("solution"),
        "solution (once it passes)",
        "once it passes, show the reference solution to compare with yours",
    ),
    bind(
        Action::Warnings,
        'w',
        None,
        "warnings in full or short",
        "show rustc's warnings in full (they are one line each below the errors), or short again",
    ),
    bind(
        Action::Book,
        'b',
        Some("book"),
        "book",
        "open the exercise's chapter of the course book in a browser (or show where it is)",
    ),
    bind(Action::Quit, 'q', Some("quit"), "quit", "quit (Ctrl-C too)"),
];

impl Action {
    /// The action bound to `key`, if one is.
    pub fn of_key(key: char) -> Option<Action> {
        BINDINGS.iter().find(|b| b.key == key).map(|b| b.action)
    }
}

/// The screen's key line: `n next · h hint · … · q quit`.
pub fn key_line() -> String {
    let labelled = BINDINGS.iter().filter_map(|b| Some((b.key, b.label?)));
    let words: Vec<String> = labelled
        .map(|(key, label)| format!("{key} {label}"))
        .collect();
    words.join(" · ")
}

/// Printed once in line mode (no terminal).
pub fn line_help() -> String {
    let words: Vec<String> = BINDINGS
        .iter()
        .map(|b| format!("{} {}", b.key, b.line))
        .collect();
    format!(
        "No terminal: line mode. Type a command and Enter: {}. End of input quits.\n",
        words.join(", ")
    )
}

/// The keys part of `grader --help` and `grader watch --help`.
pub fn help() -> String {
    let mut text = String::from("Keys in `grader watch`:\n");
    for binding in &BINDINGS {
        text += &format!("  {}  {}\n", binding.key, binding.help);
    }
    text + "Without a terminal (piped), watch reads the same letters as lines: `l 3` or `l NAME` jumps."
}

#[cfg(test)]
#[path = "bindings_tests.rs"]
mod tests;
