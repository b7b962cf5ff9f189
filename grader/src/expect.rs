//! How a shipped exercise must fail: the `expect` field of info.toml.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

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
        let is_code =
            s.len() == 5 && s.starts_with('E') && s[1..].bytes().all(|b| b.is_ascii_digit());
        match s {
            _ if is_code => Ok(Expect::Code(s.to_string())),
            "compile-error" => Ok(Expect::CompileError),
            "test-failure" => Ok(Expect::TestFailure),
            "run-failure" => Ok(Expect::RunFailure),
            "timeout" => Ok(Expect::Timeout),
            _ => match s.strip_prefix("clippy:") {
                Some(lint) if !lint.is_empty() && crate::info::is_plain_name(lint) => {
                    Ok(Expect::Clippy(lint.to_string()))
                }
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
