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

impl FromStr for Rgb {
    type Err = ParseColorError;

    fn from_str(text: &str) -> Result<Rgb, ParseColorError> {
        let digits = text.strip_prefix('#').ok_or(ParseColorError::MissingHash)?;
        let count = digits.chars().count();
        if count != 6 {
            return Err(ParseColorError::WrongLength(count));
        }
        let mut values = [0u8; 6];
        for (value, c) in values.iter_mut().zip(digits.chars()) {
            // `to_digit(16)` is `Some(0..=15)` for 0-9, a-f and A-F, `None` otherwise.
            let digit = c.to_digit(16).ok_or(ParseColorError::BadDigit(c))?;
            *value = digit as u8;
        }
        let [r1, r0, g1, g0, b1, b0] = values;
        Ok(Rgb {
            r: r1 * 16 + r0,
            g: g1 * 16 + g0,
            b: b1 * 16 + b0,
        })
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
#[path = "../../../../exercises/18_generics_traits/traits7/src/tests.rs"]
mod tests;
