// traits8: make this compile without changing the tests.
// A `Percent` is a whole number from 0 to 100. The tests expect converting an
// `i64` into a `Percent` to refuse a number out of range, with a `PercentError`
// saying why, but the conversion below never refuses: 356 quietly becomes 100.
//
// Concept: `From` is for conversions that cannot fail; `TryFrom` returns a `Result` for those that can.

/// A whole percentage, 0 to 100.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Percent(u8);

#[derive(Debug, PartialEq)]
pub enum PercentError {
    /// The number was below 0: holds it.
    Negative(i64),
    /// The number was above 100: holds it.
    OverHundred(i64),
}

impl From<i64> for Percent {
    fn from(n: i64) -> Percent {
        // Like Go's `uint8(n)`, `as` keeps the low 8 bits: 356 -> 100, -1 -> 255.
        Percent(n as u8)
    }
}

/// A `Percent` always fits in an `f64`: 42% is 0.42. This one cannot fail.
impl From<Percent> for f64 {
    fn from(percent: Percent) -> f64 {
        f64::from(percent.0) / 100.0
    }
}

impl Percent {
    pub fn value(self) -> u8 {
        self.0
    }
}

/// The price after a discount of `discount` percent, in cents. The discount
/// is rounded down to a whole cent: 50% off 999 cents is 999 - 499 = 500.
pub fn discounted(price_cents: u64, discount: i64) -> Result<u64, PercentError> {
    let discount = Percent::from(discount);
    Ok(price_cents - price_cents * u64::from(discount.value()) / 100)
}

#[cfg(test)]
mod tests;
