// traits6: make this compile without changing the tests.
// `Money` has a Go-style `string` method, but `format!("{}", money)` does not
// look for methods by name. Make `Money` print with `{}`.
//
// Concept: formatting with `{}` uses the `Display` trait, Rust's explicit version of Go's `Stringer`.

use std::fmt;

pub struct Money {
    pub cents: i64,
    pub currency: &'static str,
}

/// "19.99 EUR", "-0.50 USD".
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let cents = self.cents.unsigned_abs();
        write!(
            f,
            "{sign}{}.{:02} {}",
            cents / 100,
            cents % 100,
            self.currency
        )
    }
}

/// One line per item: "coffee: 3.50 EUR".
pub fn receipt(items: &[(&str, Money)]) -> String {
    let lines: Vec<String> = items
        .iter()
        .map(|(name, price)| format!("{name}: {price}"))
        .collect();
    lines.join("\n")
}

#[cfg(test)]
#[path = "../../../../exercises/18_generics_traits/traits6/src/tests.rs"]
mod tests;
