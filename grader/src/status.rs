//! What a command found, for the exit code.

/// What a command found, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Exit 0.
    Success,
    /// Exit 1: an exercise does not pass yet, or a check found a defect.
    NotPassing,
    /// Exit 128 + the signal: stopped by a fatal signal, cleanly.
    Signalled(i32),
}
