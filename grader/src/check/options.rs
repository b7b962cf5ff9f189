//! What `grader check` is asked to do, free of the command line's types.

use std::path::PathBuf;
use std::str::FromStr;

/// The choices of one `grader check`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Check only these exercises (all when empty).
    pub only: Vec<String>,
    /// Check only this shard of the (selected) exercises.
    pub shard: Option<Shard>,
    /// Ignore remembered verdicts.
    pub force: bool,
    /// One JSON document on stdout instead of the table.
    pub json: bool,
    /// Also write the results as JUnit XML to this file.
    pub junit: Option<PathBuf>,
    /// Record the shipped files and tests first, then check.
    pub update_hashes: bool,
}

/// Shard `index` of `count` (1-based): every `count`th exercise in course
/// order, starting with the `index`th.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    index: usize,
    count: usize,
}

impl Shard {
    /// True for the shard that also runs the course-wide checks.
    pub fn is_first(self) -> bool {
        self.index == 1
    }

    /// True when the exercise at `position` (0-based, course order) is in this shard.
    pub fn holds(self, position: usize) -> bool {
        position % self.count == self.index - 1
    }
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let parsed = text
            .split_once('/')
            .and_then(|(k, n)| Some((k.trim().parse().ok()?, n.trim().parse().ok()?)));
        match parsed {
            Some((index, count)) if count >= 1 && (1..=count).contains(&index) => {
                Ok(Shard { index, count })
            }
            _ => Err(format!(
                "--shard takes K/N with 1 ≤ K ≤ N, e.g. --shard 2/4; got `{text}`"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_are_checked() {
        let shard: Shard = "2/4".parse().unwrap();
        assert_eq!(shard, Shard { index: 2, count: 4 });
        assert!(!shard.is_first());
        assert!(shard.holds(1) && shard.holds(5) && !shard.holds(2));
        assert!("0/4".parse::<Shard>().is_err());
        assert!("5/4".parse::<Shard>().is_err());
        assert!("two".parse::<Shard>().is_err());
    }
}
