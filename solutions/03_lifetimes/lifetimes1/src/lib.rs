// lifetimes1: make this compile without changing the tests.
// `longest` returns one of its two arguments, but the signature does not say
// which borrow the result comes from, so the compiler cannot check callers.
// Add a lifetime parameter that ties the result to both inputs.
//
// Concept: a lifetime annotation says how long a returned reference stays valid.

/// Returns the longer of two strings (the first one on a tie).
pub fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

#[cfg(test)]
#[path = "../../../../exercises/03_lifetimes/lifetimes1/src/tests.rs"]
mod tests;
