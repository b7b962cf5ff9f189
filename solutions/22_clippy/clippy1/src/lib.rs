// clippy1: the tests pass, but `cargo clippy` does not. Make it clean.
// These loops walk an index from 0 to len, as a Go `for i := 0; i < len(v); i++`
// would. In Rust, loop over the elements themselves: no index to get wrong,
// and no bounds check on every access.
//
// Concept: iterate over a collection (`for x in &v`, `iter_mut`) instead of over its indices.

/// The mean of the values, or `None` for an empty slice.
pub fn average(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let total: f64 = values.iter().sum();
    Some(total / values.len() as f64)
}

/// Multiplies every value by `factor`, in place.
pub fn scale(values: &mut [f64], factor: f64) {
    for value in values.iter_mut() {
        *value *= factor;
    }
}

#[cfg(test)]
#[path = "../../../../exercises/22_clippy/clippy1/src/tests.rs"]
mod tests;
