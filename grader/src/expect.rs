//! How a shipped exercise must fail: the `expect` field of info.toml.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// One expected way of failing.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Expect {
    /// A rustc error code such as `E0382`.
    Code(String),
    /// A compile error that rustc gives no code.
    CompileError,
    TestFailure,
    RunFailure,
    Timeout,
    /// A clippy lint, written `clippy:<lint_name>`.
    Clippy(String),
}

impl FromStr for Expect {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            _ if is_error_code(s) => Ok(Expect::Code(s.to_string())),
            "compile-error" => Ok(Expect::CompileError),
            "test-failure" => Ok(Expect::TestFailure),
            "run-failure" => Ok(Expect::RunFailure),
            "timeout" => Ok(Expect::Timeout),
            _ => match s.strip_prefix("clippy:") {
                Some(lint) if is_lint_name(lint) => Ok(Expect::Clippy(lint.to_string())),
                _ => Err(format!(
                    "`{s}` is not an expectation. Use a rustc code like \"E0382\", \"compile-error\", \"test-failure\", \"run-failure\", \"timeout\" or \"clippy:<lint_name>\"."
                )),
            },
        }
    }
}

impl fmt::Display for Expect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expect::Code(code) => f.write_str(code),
            Expect::CompileError => f.write_str("compile-error"),
            Expect::TestFailure => f.write_str("test-failure"),
            Expect::RunFailure => f.write_str("run-failure"),
            Expect::Timeout => f.write_str("timeout"),
            Expect::Clippy(lint) => write!(f, "clippy:{lint}"),
        }
    }
}

/// Written as in info.toml: `"E0382"`, `"timeout"`, `"clippy:<lint>"`.
impl Serialize for Expect {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// True for a rustc error code: `E` and four digits, such as `E0382`.
pub fn is_error_code(code: &str) -> bool {
    code.len() == 5 && code.starts_with('E') && code[1..].bytes().all(|b| b.is_ascii_digit())
}

/// True for a lint's name as clippy spells it: `[a-z0-9_]+`.
fn is_lint_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

impl Expect {
    fn is_compile_time(&self) -> bool {
        matches!(self, Expect::Code(_) | Expect::CompileError)
    }

    /// Compile errors may be listed together, clippy lints may be listed
    /// together; any other expectation stands alone.
    pub fn check_combination(all: &[Expect]) -> Result<(), String> {
        let compile = all.iter().filter(|e| e.is_compile_time()).count();
        let clippy = all
            .iter()
            .filter(|e| matches!(e, Expect::Clippy(_)))
            .count();
        let fits = all.len() <= 1 || compile == all.len() || clippy == all.len();
        if fits {
            Ok(())
        } else {
            Err("`expect` mixes kinds of failure. List either compile errors, or clippy lints, or one of test-failure, run-failure, timeout.".into())
        }
    }
}

/// Formats a set of expectations as `E0382, E0499`.
pub fn list(set: &BTreeSet<Expect>) -> String {
    if set.is_empty() {
        return "nothing (it passed)".to_string();
    }
    set.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind() {
        assert_eq!("E0382".parse(), Ok(Expect::Code("E0382".into())));
        assert_eq!("timeout".parse(), Ok(Expect::Timeout));
        assert_eq!(
            "clippy:needless_range_loop".parse(),
            Ok(Expect::Clippy("needless_range_loop".into()))
        );
        assert!("E382".parse::<Expect>().is_err());
        assert!("clippy:".parse::<Expect>().is_err());
        assert!("fails".parse::<Expect>().is_err());
        assert!("clippy:Needless".parse::<Expect>().is_err());
    }

    #[test]
    fn error_codes_are_e_and_four_digits() {
        assert!(is_error_code("E0382"));
        assert!(!is_error_code("E038"));
        assert!(!is_error_code("Eabcd"));
        assert!(!is_error_code("unused_variables"));
    }

    #[test]
    fn combinations() {
        let codes = [Expect::Code("E0382".into()), Expect::Code("E0499".into())];
        assert!(Expect::check_combination(&codes).is_ok());
        assert!(Expect::check_combination(&[Expect::Timeout, Expect::TestFailure]).is_err());
        assert!(
            Expect::check_combination(&[Expect::Code("E0382".into()), Expect::Timeout]).is_err()
        );
    }
}
