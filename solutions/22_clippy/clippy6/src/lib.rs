// clippy6: the tests pass, but the grader's clippy does not. Make it clean.
// Both functions compare the same two values with a chain of `if`s, the way
// Go code does. Clippy wants the three outcomes of a comparison said once,
// each with its own arm, so that none can be forgotten.
//
// Concept: comparing gives an `Ordering` (`Less`, `Equal`, `Greater`), and `match` must handle all three.

use std::cmp::Ordering;

/// What a thermostat does for a `reading` compared with its `set_point`.
#[derive(Debug, PartialEq)]
pub enum Action {
    Heat,
    Cool,
    Idle,
}

pub fn thermostat(reading: i32, set_point: i32) -> Action {
    match reading.cmp(&set_point) {
        Ordering::Less => Action::Heat,
        Ordering::Greater => Action::Cool,
        Ordering::Equal => Action::Idle,
    }
}

/// How a price moved from one day to the next.
#[derive(Debug, PartialEq)]
pub enum Trend {
    Up,
    Down,
    Flat,
}

/// For each day after the first, how the price moved since the day before.
pub fn trends(prices: &[u32]) -> Vec<Trend> {
    let mut trends = Vec::new();
    for (yesterday, today) in prices.iter().zip(prices.iter().skip(1)) {
        trends.push(match today.cmp(yesterday) {
            Ordering::Greater => Trend::Up,
            Ordering::Less => Trend::Down,
            Ordering::Equal => Trend::Flat,
        });
    }
    trends
}

#[cfg(test)]
#[path = "../../../../exercises/22_clippy/clippy6/src/tests.rs"]
mod tests;
