// errors5: make this compile without changing the tests.
// `run` is what `main` calls. It meets three kinds of error (reading the file,
// parsing a number, our own `Overdrawn`) but promises to return only `io::Error`.
// Make it return `Box<dyn Error>`: one box that can hold any error.
//
// Concept: `Box<dyn Error>` is "any error"; `?` boxes each error for you.

use std::error::Error;
use std::fmt;
use std::io;

/// The balance went below zero at this line of the ledger.
#[derive(Debug, PartialEq)]
pub struct Overdrawn {
    pub line: usize,
}

impl fmt::Display for Overdrawn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "overdrawn at line {}", self.line)
    }
}

impl Error for Overdrawn {}

/// Adds up a ledger file, one signed amount per line (`+100`, `-30`), and returns
/// the final balance. The balance may never go below zero.
///
/// A binary needs nothing more than:
///
/// ```ignore
/// fn main() -> Result<(), Box<dyn Error>> {
///     let balance = run("ledger.txt")?;
///     println!("balance: {balance}");
///     Ok(())
/// }
/// ```
pub fn run(path: &str) -> Result<i64, io::Error> {
    let text = std::fs::read_to_string(path)?;
    let mut balance = 0;
    for (index, line) in text.lines().enumerate() {
        let amount: i64 = line.trim().parse()?;
        balance += amount;
        if balance < 0 {
            return Err(Overdrawn { line: index + 1 }.into());
        }
    }
    Ok(balance)
}

#[cfg(test)]
mod tests;
