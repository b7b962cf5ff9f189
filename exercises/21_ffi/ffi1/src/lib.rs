// ffi1: make the tests pass.
// Go calls `stats_compute` through cgo, compiled against the C header below.
// The function is exported correctly, but Go would read `sum` (and maybe the
// other fields) from the wrong bytes. Make `Stats` match the C header below.
//
// Concept: a struct shared with C (or Go through cgo) needs C's memory layout, which is not Rust's default.

// The C header that the Go side includes (cgo reads it):
//
//     #include <stdint.h>
//     #include <stddef.h>
//     typedef struct {
//         uint32_t count;   /* offset 0 */
//         int64_t  sum;     /* offset 8, after 4 bytes of padding */
//         int32_t  min;     /* offset 16 */
//         int32_t  max;     /* offset 20; size 24 */
//     } Stats;
//     Stats stats_compute(const int32_t *values, size_t len);

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stats {
    pub count: u32,
    pub sum: i64,
    pub min: i32,
    pub max: i32,
}

/// Count, sum, minimum and maximum of `len` numbers at `values`.
/// An empty input (or a null pointer, Go's `nil`) gives all zeros.
///
/// # Safety
/// Unless `len` is 0, `values` must point to `len` readable `i32`s.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn stats_compute(values: *const i32, len: usize) -> Stats {
    if values.is_null() || len == 0 {
        return Stats {
            count: 0,
            sum: 0,
            min: 0,
            max: 0,
        };
    }
    // SAFETY: the caller promises `values` points to `len` readable i32s.
    let values = unsafe { std::slice::from_raw_parts(values, len) };
    Stats {
        count: values.len() as u32,
        sum: values.iter().map(|&v| i64::from(v)).sum(),
        min: values.iter().copied().min().unwrap_or(0),
        max: values.iter().copied().max().unwrap_or(0),
    }
}

#[cfg(test)]
mod tests;
