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

impl TryFrom<i64> for Percent {
    type Error = PercentError;

    fn try_from(n: i64) -> Result<Percent, PercentError> {
        match n {
            // In range, so the cast keeps the value.
            0..=100 => Ok(Percent(n as u8)),
            ..0 => Err(PercentError::Negative(n)),
            _ => Err(PercentError::OverHundred(n)),
        }
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
    let discount = Percent::try_from(discount)?;
    Ok(price_cents - price_cents * u64::from(discount.value()) / 100)
}

#[cfg(test)]
#[path = "../../../../exercises/18_generics_traits/traits8/src/tests.rs"]
mod tests;
