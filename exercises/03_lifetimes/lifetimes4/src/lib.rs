// lifetimes4: make this compile without changing the tests.
// `lower` is a new String made in each trip round the loop and freed at the
// end of that trip, yet `words` keeps `&str` slices of it. Store owned
// `String`s in `words` instead, so each word keeps its own bytes.
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
