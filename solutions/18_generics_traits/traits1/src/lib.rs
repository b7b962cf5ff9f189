// traits1: make this compile without changing the tests.
// `largest` is generic over any `T`, but it compares two `T`s with `>`.
// Tell the compiler which `T`s are allowed: only those that can be ordered.
//
// Concept: a generic function may use only what its trait bounds promise.

/// Returns the largest item of a non-empty slice (the first one, if several
/// are equally large).
pub fn largest<T: PartialOrd>(items: &[T]) -> &T {
    let mut largest = &items[0];
    for item in items {
        if item > largest {
            largest = item;
        }
    }
    largest
}

#[cfg(test)]
#[path = "../../../../exercises/18_generics_traits/traits1/src/tests.rs"]
mod tests;
