// moves2: `report` must print the text and how many vowels it has. Make it
// compile without changing the tests; they also check that the text is never copied.
//
// Concept: passing a value to a function moves it; a `&` reference only borrows it.

/// Counts the vowels (a, e, i, o, u, lower or upper case) in `text`.
fn count_vowels(text: String) -> usize {
    text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count()
}

/// Returns a line such as "banana: 3 vowels".
pub fn report(text: String) -> String {
    let vowels = count_vowels(text);
    format!("{text}: {vowels} vowels")
}

#[cfg(test)]
mod tests;
