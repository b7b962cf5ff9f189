// ffi2: make this compile without changing the tests.
// We call C's `strlen` and `qsort`, which std already links, through safe
// Rust wrappers. rustc refuses the calls as written: make it compile, and say
// in a `// SAFETY:` comment why each call you vouch for is sound.
//
// Concept: calling C is `unsafe`: you wrap it in a safe Rust function whose types uphold C's rules.

use std::ffi::{CStr, c_char, c_int, c_void};
use std::sync::atomic::{AtomicUsize, Ordering};

// Declarations of C functions, as in a C header. Rust trusts these
// signatures blindly, which is why the block itself is marked `unsafe`.
unsafe extern "C" {
    fn strlen(s: *const c_char) -> usize;
    fn qsort(
        base: *mut c_void,
        count: usize,
        size: usize,
        compare: extern "C" fn(*const c_void, *const c_void) -> c_int,
    );
}

/// The length in bytes of a C string, counted by C's `strlen`.
pub fn c_strlen(s: &CStr) -> usize {
    strlen(s.as_ptr())
}

/// How many times `compare_i32` was called (the tests check that C's `qsort`
/// does the sorting).
static COMPARISONS: AtomicUsize = AtomicUsize::new(0);

/// The comparison function that `qsort` calls back: C passes pointers to two
/// elements, we answer negative, zero or positive.
extern "C" fn compare_i32(a: *const c_void, b: *const c_void) -> c_int {
    COMPARISONS.fetch_add(1, Ordering::SeqCst);
    let a = *a.cast::<i32>();
    let b = *b.cast::<i32>();
    a.cmp(&b) as c_int
}

/// Sorts the numbers in place with C's `qsort`.
pub fn c_sort(values: &mut [i32]) {
    qsort(
        values.as_mut_ptr().cast(),
        values.len(),
        size_of::<i32>(),
        compare_i32,
    );
}

#[cfg(test)]
mod tests;
