// Tests for ffi2. The grader checks that this file is unchanged.
use super::*;
use std::ffi::CString;

#[test]
fn strlen_counts_bytes_up_to_the_nul() {
    assert_eq!(c_strlen(c"hello"), 5);
    assert_eq!(c_strlen(c""), 0);
    // Bytes, not characters: "é" is two bytes in UTF-8 (as with Go's len).
    assert_eq!(c_strlen(c"héllo"), 6);
}

#[test]
fn strlen_of_a_string_built_at_run_time() {
    // CString adds the terminating NUL (Go: C.CString).
    let owned = CString::new("x".repeat(1000)).unwrap();
    assert_eq!(c_strlen(&owned), 1000);
}

#[test]
fn qsort_sorts_numbers() {
    let mut v = [5, -3, 9, 0, -3, 42, 7];
    c_sort(&mut v);
    assert_eq!(v, [-3, -3, 0, 5, 7, 9, 42]);
}

#[test]
fn qsort_calls_back_into_rust() {
    // C does the sorting, asking `compare_i32` to compare pairs of numbers.
    let before = COMPARISONS.load(Ordering::SeqCst);
    let mut v = [3, 1, 2];
    c_sort(&mut v);
    assert_eq!(v, [1, 2, 3]);
    assert!(
        COMPARISONS.load(Ordering::SeqCst) > before,
        "c_sort must sort with C's qsort, which calls compare_i32"
    );
}

#[test]
fn qsort_handles_extremes_and_empty_input() {
    let mut v = vec![i32::MAX, i32::MIN, 0, -1, 1];
    c_sort(&mut v);
    assert_eq!(v, [i32::MIN, -1, 0, 1, i32::MAX]);
    let mut empty: Vec<i32> = Vec::new();
    c_sort(&mut empty);
    assert!(empty.is_empty());
}

// The point is calling C: the work stays with `strlen` and `qsort`, each
// unsafe block explained by a `// SAFETY:` comment.
#[test]
fn the_work_is_still_done_by_c() {
    let lib = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs")).unwrap();
    assert!(
        lib.contains("strlen(s.as_ptr())"),
        "c_strlen must call C's strlen"
    );
    assert!(
        lib.matches("qsort(").count() >= 2,
        "c_sort must call C's qsort"
    );
    let safety = lib
        .lines()
        .filter(|l| l.trim_start().starts_with("// SAFETY:"))
        .count();
    assert!(safety >= 3, "each unsafe block needs a // SAFETY: comment");
}
