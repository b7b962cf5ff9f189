// borrow3: make this compile without changing the tests. `join` adds a name to
// the end of a waiting line and says who is first, even in a line that was empty.
//
// Concept: while a shared borrow into a Vec is alive, the Vec cannot be changed.

/// Adds `name` to the end of the waiting line and returns a status line
/// such as "ann is first, 2 waiting".
pub fn join(queue: &mut Vec<String>, name: &str) -> String {
    queue.push(name.to_string());
    let first = &queue[0];
    format!("{first} is first, {} waiting", queue.len())
}

#[cfg(test)]
#[path = "../../../../exercises/02_borrowing/borrow3/src/tests.rs"]
mod tests;
