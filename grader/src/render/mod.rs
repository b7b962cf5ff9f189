//! What a learner sees. Rendering decides nothing: each view takes its data
//! and an `impl Write`, so tests capture exactly what is shown. An outcome
//! ([`outcome`]), the compiler's messages (`diagnostics`), the list of
//! exercises ([`exercises`]), hints and notes ([`notes`]), file paths as
//! terminal links ([`Links`]). Escape sequences are `crate::ansi`'s.

mod diagnostics;
pub mod exercises;
mod links;
pub mod notes;
mod outcome;

pub use self::links::Links;
pub use self::outcome::outcome;

/// How output looks: colours, and links on file paths (both on or both off).
#[derive(Debug, Clone, Default)]
pub struct Look {
    pub color: bool,
    pub links: Links,
    pub warnings: Warnings,
}

/// How rustc's warnings are shown after the errors or the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warnings {
    /// One line each; `key`: say that `w` shows them in full (watch).
    Collapsed { key: bool },
    /// As rustc rendered them.
    Full,
}

impl Default for Warnings {
    fn default() -> Warnings {
        Warnings::Collapsed { key: false }
    }
}

impl Look {
    /// Colour and links into the course at `root` when `color`, else plain text.
    pub fn new(root: &std::path::Path, color: bool) -> Look {
        Look {
            color,
            links: Links::new(root, color),
            warnings: Warnings::default(),
        }
    }
}
