// lifetimes4: make this compile without changing the tests. `distinct_words`
// collects every word of several lines, lower-cased, each word once, in the
// order first seen.
//
// Concept: a reference cannot outlive the value it borrows from.

/// Returns the distinct words of all lines, lower-cased, in the order first seen.
pub fn distinct_words(lines: &[&str]) -> Vec<String> {
    let mut words: Vec<&str> = Vec::new();
    for line in lines {
        let lower = line.to_lowercase();
        for word in lower.split_whitespace() {
            if !words.contains(&word) {
                words.push(word);
            }
        }
    }
    words.iter().map(|word| word.to_string()).collect()
}

#[cfg(test)]
mod tests;
