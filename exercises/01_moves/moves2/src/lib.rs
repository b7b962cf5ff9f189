// moves2: make this compile without changing the tests.
// `count_vowels` takes its `String` by value, so calling it moves `text` away
// and `report` cannot print it afterwards. Make `count_vowels` borrow instead.
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
