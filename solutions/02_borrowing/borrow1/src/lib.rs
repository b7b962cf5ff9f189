// borrow1: make this compile without changing the tests. `record` must add an
// event to the caller's log; `count_errors` only reads it.
//
// Concept: `&T` lets you read, `&mut T` lets you change; the signature says which.

/// Adds `event` to the end of the log.
pub fn record(log: &mut Vec<String>, event: &str) {
    log.push(event.to_string());
}

/// Counts the events that start with "error".
pub fn count_errors(log: &[String]) -> usize {
    log.iter()
        .filter(|event| event.starts_with("error"))
        .count()
}

#[cfg(test)]
#[path = "../../../../exercises/02_borrowing/borrow1/src/tests.rs"]
mod tests;
