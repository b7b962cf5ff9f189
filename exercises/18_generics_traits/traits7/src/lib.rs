// traits7: make this compile without changing the tests.
// The tests read colours the way Rust reads numbers: `"#ff8800".parse::<Rgb>()`,
// and `parse_list` reads a list of anything that `parse` can read. Make `Rgb`
// one of those types, with the errors described on `ParseColorError`.
//
// Concept: `str::parse::<T>()` works for every `T: FromStr`; implement `FromStr` and your type parses too.

use std::fmt;
use std::str::FromStr;

/// A colour, written "#rrggbb" in hexadecimal: "#ff8800" is r 255, g 136, b 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// Why a text is not a colour. The checks are made in this order.
#[derive(Debug, PartialEq)]
pub enum ParseColorError {
    /// The text does not start with '#'.
    MissingHash,
    /// There are not exactly 6 characters after the '#': holds how many there are.
    WrongLength(usize),
    /// The first character after the '#' that is not a hexadecimal digit
    /// (0-9, a-f or A-F).
    BadDigit(char),
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// Reads items separated by whitespace, such as "1 2 3" or "#ff0000 #00ff00".
/// Stops at the first item that does not parse and returns its error.
pub fn parse_list<T: FromStr>(text: &str) -> Result<Vec<T>, T::Err> {
    text.split_whitespace().map(str::parse).collect()
}

/// The colours of a palette such as "#ff0000 #00ff00 #0000ff".
pub fn palette(text: &str) -> Result<Vec<Rgb>, ParseColorError> {
    parse_list(text)
}

#[cfg(test)]
mod tests;
