// lifetimes4: make this compile without changing the tests. `distinct_words`
// collects every word of several lines, lower-cased, each word once, in the
// order first seen.
//
// Concept: a reference cannot outlive the value it borrows from.

/// Returns the distinct words of all lines, lower-cased, in the order first seen.
pub fn distinct_words(lines: &[&str]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for line in lines {
        let lower = line.to_lowercase();
        for word in lower.split_whitespace() {
            if !words.iter().any(|seen| seen == word) {
                words.push(word.to_string());
            }
        }
    }
    words
}

#[cfg(test)]
#[path = "../../../../exercises/03_lifetimes/lifetimes4/src/tests.rs"]
mod tests;
