// traits6: make this compile without changing the tests.
// `Money` has a Go-style `string` method, but `format!("{}", money)` does not
// look for methods by name. Make `Money` print with `{}`.
//
// Concept: formatting with `{}` uses the `Display` trait, Rust's explicit version of Go's `Stringer`.

pub struct Money {
    pub cents: i64,
    pub currency: &'static str,
}

impl Money {
    /// "19.99 EUR", "-0.50 USD".
    pub fn string(&self) -> String {
        let sign = if self.cents < 0 { "-" } else { "" };
        let cents = self.cents.unsigned_abs();
        format!("{sign}{}.{:02} {}", cents / 100, cents % 100, self.currency)
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
mod tests;
