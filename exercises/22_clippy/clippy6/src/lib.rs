// clippy6: the tests pass, but the grader's clippy does not. Make it clean.
// Both functions compare the same two values with a chain of `if`s, the way
// Go code does. Clippy wants the three outcomes of a comparison said once,
// each with its own arm, so that none can be forgotten.
//
// Concept: comparing gives an `Ordering` (`Less`, `Equal`, `Greater`), and `match` must handle all three.

/// What a thermostat does for a `reading` compared with its `set_point`.
#[derive(Debug, PartialEq)]
pub enum Action {
    Heat,
    Cool,
    Idle,
}

pub fn thermostat(reading: i32, set_point: i32) -> Action {
    if reading < set_point {
        Action::Heat
    } else if reading > set_point {
        Action::Cool
    } else {
        Action::Idle
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
        if today > yesterday {
            trends.push(Trend::Up);
        } else if today < yesterday {
            trends.push(Trend::Down);
        } else {
            trends.push(Trend::Flat);
        }
    }
    trends
}

#[cfg(test)]
mod tests;
