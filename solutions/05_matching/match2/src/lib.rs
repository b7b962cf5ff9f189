// match2: make the tests pass. `action` must turn a key into what the editor
// does, with the quit and help keys that the user chose; today every key quits.
//
// Concept: patterns bind names (`d @ '0'..='9'`, `other`); guards (`if ...`) compare.

#[derive(Debug, PartialEq)]
pub enum Action {
    Quit,
    Help,
    Up,
    Down,
    /// Repeat the next command this many times.
    Count(u32),
    Insert(char),
}

/// The keys the user chose for quitting and for help.
pub struct Keys {
    pub quit: char,
    pub help: char,
}

/// What the editor does when `key` is pressed.
pub fn action(key: char, keys: &Keys) -> Action {
    match key {
        k if k == keys.quit => Action::Quit,
        k if k == keys.help => Action::Help,
        'k' => Action::Up,
        'j' => Action::Down,
        // `digit @ PATTERN` binds the key to `digit`, but only when it matches the range.
        digit @ '0'..='9' => Action::Count(digit as u32 - '0' as u32),
        other => Action::Insert(other),
    }
}

#[cfg(test)]
#[path = "../../../../exercises/05_matching/match2/src/tests.rs"]
mod tests;
