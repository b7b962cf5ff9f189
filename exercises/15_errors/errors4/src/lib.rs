// errors4: make this compile without changing the tests.
// `load_port` uses `?` on two kinds of error: `io::Error` from reading the file
// and `ParseIntError` from parsing the number. `?` turns each one into an
// `AppError` by calling `From::from`, but only the io conversion exists. Add the other.
//
// Concept: `?` converts errors with `From`, so one function returns one error type.

use std::error::Error;
use std::fmt;
use std::io;
use std::num::ParseIntError;

#[derive(Debug)]
pub enum AppError {
    Io(io::Error),
    BadNumber(ParseIntError),
    OutOfRange(u32),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Io(e) => write!(f, "cannot read the port file: {e}"),
            AppError::BadNumber(e) => write!(f, "the port is not a number: {e}"),
            AppError::OutOfRange(n) => write!(f, "port {n} is not between 1 and 65535"),
        }
    }
}

impl Error for AppError {
    /// The error this one wraps, like the error behind Go's `%w`.
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            AppError::Io(e) => Some(e),
            AppError::BadNumber(e) => Some(e),
            AppError::OutOfRange(_) => None,
        }
    }
}

impl From<io::Error> for AppError {
    fn from(e: io::Error) -> Self {
        AppError::Io(e)
    }
}

/// Reads a port number (1 to 65535) from the file at `path`.
pub fn load_port(path: &str) -> Result<u16, AppError> {
    let text = std::fs::read_to_string(path)?;
    let number: u32 = text.trim().parse()?;
    if !(1..=65535).contains(&number) {
        return Err(AppError::OutOfRange(number));
    }
    Ok(number as u16)
}

#[cfg(test)]
mod tests;
