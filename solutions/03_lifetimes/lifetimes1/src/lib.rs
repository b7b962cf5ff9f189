// lifetimes1: make this compile without changing the tests. `longest` returns
// one of its two arguments, the longer one, without copying it.
//
// Concept: a lifetime annotation says how long a returned reference stays valid.

/// Returns the longer of two strings (the first one on a tie).
pub fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

#[cfg(test)]
#[path = "../../../../exercises/03_lifetimes/lifetimes1/src/tests.rs"]
mod tests;
