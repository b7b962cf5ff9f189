// heap1: make the tests pass. Each function must answer `None` when what it is
// asked for is not there, instead of crashing like Go's "index out of range";
// the tests also see a panic that is caught.
//
// Concept: indexing out of bounds panics; `get`, `first` and `last` return an `Option`.

/// The `n`th word of `text`, counting from 0, or `None` when there are fewer words.
pub fn nth_word(text: &str, n: usize) -> Option<&str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    Some(words[n])
}

/// The `count` readings that start at index `start`, or `None` when the
/// slice does not have that many readings from there.
pub fn window(readings: &[i32], start: usize, count: usize) -> Option<&[i32]> {
    Some(&readings[start..start + count])
}

/// The most recent (last) reading, or `None` when there are no readings.
pub fn latest(readings: &[i32]) -> Option<i32> {
    Some(readings[readings.len() - 1])
}

#[cfg(test)]
mod tests;
