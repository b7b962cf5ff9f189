// testing4: write a property test. `merge_sorted` is right, but `check_merge`
// in `checks` tries two examples only, and the grader runs it on buggy
// versions that get those two right. Make it check a property on hundreds of
// inputs that proptest generates: what must hold for ANY two sorted lists?
//
// Concept: a property says what holds for every input; proptest generates inputs and shrinks a failing one.

/// Merges two sorted lists into one sorted list of all their elements, as the
/// merge step of merge sort does.
pub fn merge_sorted(a: &[i32], b: &[i32]) -> Vec<i32> {
    let mut merged = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] <= b[j] {
            merged.push(a[i]);
            i += 1;
        } else {
            merged.push(b[j]);
            j += 1;
        }
    }
    // One list is used up: the rest of the other one is already sorted.
    merged.extend_from_slice(&a[i..]);
    merged.extend_from_slice(&b[j..]);
    merged
}

/// Your tests.
#[cfg(test)]
pub mod checks {
    use proptest::prelude::*;

    /// proptest's settings for your property: the default 256 cases, and no
    /// failure files (the grader makes your check fail on purpose).
    pub fn config() -> ProptestConfig {
        ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    /// Panics when `merge` does not merge two sorted lists correctly.
    pub fn check_merge(merge: fn(&[i32], &[i32]) -> Vec<i32>) {
        // The cases someone thought of.
        assert_eq!(merge(&[1, 4, 9], &[2, 3, 10]), [1, 2, 3, 4, 9, 10]);
        assert_eq!(merge(&[], &[5, 6]), [5, 6]);
    }

    #[test]
    fn merging_sorted_lists() {
        check_merge(super::merge_sorted);
    }
}

#[cfg(test)]
mod tests;
