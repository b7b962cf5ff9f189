// moves4: make this compile without changing the tests.
// `attach` takes the tag by value, so the first trip round the loop moves
// `tag` into it and the second trip has nothing left to give. Let `attach`
// borrow the tag, so every iteration can lend it again.
//
// Concept: a value moved inside a loop is gone for the next iteration.

/// Returns a label such as "[go] fmt".
fn attach(tag: &str, item: &str) -> String {
    format!("[{tag}] {item}")
}

/// Labels every item with the same tag.
pub fn tag_all(tag: String, items: &[&str]) -> Vec<String> {
    let mut labels = Vec::new();
    for item in items {
        labels.push(attach(&tag, item));
    }
    labels
}

#[cfg(test)]
#[path = "../../../../exercises/01_moves/moves4/src/tests.rs"]
mod tests;
