//! The course's root Cargo.toml as a workspace: which crate folders its
//! `members` cover.
//!
//! Cargo reads a member glob that matches nothing as a literal path and then
//! fails, so an empty course lists no glob (`members = []` or `["grader"]`)
//! and `grader new` adds `exercises/*/*` and `solutions/*/*` with the first
//! exercise.

use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::layout::MEMBER_GLOBS;

#[derive(Deserialize)]
struct Manifest {
    workspace: Option<Workspace>,
}

#[derive(Deserialize)]
struct Workspace {
    #[serde(default)]
    members: Vec<String>,
}

/// The `members` of the root manifest.
pub fn members(root: &Path) -> Result<Vec<String>> {
    let path = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let manifest: Manifest =
        toml::from_str(&text).with_context(|| format!("{} is not valid", path.display()))?;
    match manifest.workspace {
        Some(workspace) => Ok(workspace.members),
        None => bail!("{} has no [workspace] section", path.display()),
    }
}

/// True when the member globs list no crate folder yet: cargo would read them
/// literally and fail, so the course has no crate to build.
pub fn globs_match_nothing(root: &Path) -> bool {
    MEMBER_GLOBS.iter().all(|glob| {
        let side = root.join(glob.trim_end_matches("/*/*"));
        let topics = std::fs::read_dir(side).into_iter().flatten().flatten();
        !topics
            .flat_map(|topic| {
                std::fs::read_dir(topic.path())
                    .into_iter()
                    .flatten()
                    .flatten()
            })
            .any(|krate| krate.path().join("Cargo.toml").is_file())
    })
}

/// Adds the member globs the manifest lacks, in place; true if it changed.
/// Other text (comments, order, other members) is kept as written.
pub fn add_member_globs(root: &Path) -> Result<bool> {
    let present = members(root)?;
    let missing: Vec<&str> = MEMBER_GLOBS
        .into_iter()
        .filter(|glob| !present.iter().any(|m| m == glob))
        .collect();
    if missing.is_empty() {
        return Ok(false);
    }
    let path = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)?;
    let Some(open) = members_array_start(&text) else {
        bail!(
            "{} lists no `members = [...]` under [workspace]: add `members = [{}]`",
            path.display(),
            quoted(&MEMBER_GLOBS)
        );
    };
    let inserted = format!("{}, ", quoted(&missing));
    let edited = format!("{}{inserted}{}", &text[..open], &text[open..]);
    std::fs::write(&path, &edited).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(true)
}

/// The byte offset just after the `[` of `members = [` in `[workspace]`.
fn members_array_start(text: &str) -> Option<usize> {
    let mut in_workspace = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with('[') && !trimmed.starts_with("[[") {
            in_workspace = trimmed == "[workspace]";
        } else if in_workspace {
            if let Some(rest) = trimmed.strip_prefix("members") {
                if rest.trim_start().starts_with('=') {
                    let bracket = line.find('[')?;
                    return Some(offset + bracket + 1);
                }
            }
        }
        offset += line.len();
    }
    None
}

fn quoted(globs: &[&str]) -> String {
    let quoted: Vec<String> = globs.iter().map(|g| format!("\"{g}\"")).collect();
    quoted.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_are_added_once_and_the_rest_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = "# my course\n[workspace]\nresolver = \"3\"\nmembers = [\"grader\"]\n";
        std::fs::write(dir.path().join("Cargo.toml"), manifest).unwrap();
        assert!(add_member_globs(dir.path()).unwrap());
        assert_eq!(
            members(dir.path()).unwrap(),
            ["exercises/*/*", "solutions/*/*", "grader"]
        );
        assert!(!add_member_globs(dir.path()).unwrap());
        let text = std::fs::read_to_string(dir.path().join("Cargo.toml")).unwrap();
        assert!(text.starts_with("# my course\n[workspace]\n"), "{text}");
    }

    #[test]
    fn an_empty_list_takes_the_globs() {
        let dir = tempfile::tempdir().unwrap();
        let manifest = "[workspace]\nmembers = []\n";
        std::fs::write(dir.path().join("Cargo.toml"), manifest).unwrap();
        assert!(add_member_globs(dir.path()).unwrap());
        assert_eq!(members(dir.path()).unwrap(), MEMBER_GLOBS);
        assert!(globs_match_nothing(dir.path()));
    }
}
