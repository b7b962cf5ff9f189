// clippy5: the tests pass, but `cargo clippy` does not. Make it clean.
// Go checks `len(s) == 0`. Rust collections and strings have a method that
// says what you mean, and works even for types whose length is costly to
// count. Use it everywhere a length is compared with zero.
//
// Concept: ask `.is_empty()` instead of comparing `.len()` with 0.

/// Drops the blank entries of a list of names and trims the others.
pub fn clean_names(names: &[&str]) -> Vec<String> {
    let mut cleaned = Vec::new();
    for name in names {
        let trimmed = name.trim();
        if trimmed.len() == 0 {
            continue;
        }
        cleaned.push(trimmed.to_string());
    }
    cleaned
}

/// "nobody", a single name, or names joined by ", ".
pub fn describe(names: &[String]) -> String {
    if names.len() == 0 {
        "nobody".to_string()
    } else {
        names.join(", ")
    }
}

#[cfg(test)]
mod tests;
