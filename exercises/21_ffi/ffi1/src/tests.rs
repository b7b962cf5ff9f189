// Tests for ffi1. The grader checks that this file is unchanged.
use super::*;
use std::mem::{align_of, offset_of, size_of};

// What a C program (or cgo) compiles against: a function known only by its
// symbol name, taking and returning C types.
unsafe extern "C" {
    #[link_name = "stats_compute"]
    fn c_stats_compute(values: *const i32, len: usize) -> Stats;
}

#[test]
fn stats_has_the_layout_of_the_c_header() {
    // These are the numbers a C compiler gives the struct in the header.
    assert_eq!(offset_of!(Stats, count), 0);
    assert_eq!(offset_of!(Stats, sum), 8);
    assert_eq!(offset_of!(Stats, min), 16);
    assert_eq!(offset_of!(Stats, max), 20);
    assert_eq!(size_of::<Stats>(), 24);
    assert_eq!(align_of::<Stats>(), 8);
}

#[test]
fn callable_by_its_c_symbol_name() {
    let data = [3, -7, 10, 4];
    // SAFETY: the pointer and length describe `data`, which outlives the call.
    let stats = unsafe { c_stats_compute(data.as_ptr(), data.len()) };
    assert_eq!(
        stats,
        Stats {
            count: 4,
            sum: 10,
            min: -7,
            max: 10
        }
    );
}

#[test]
fn the_sum_does_not_overflow_i32() {
    let data = [i32::MAX, i32::MAX, 2];
    // SAFETY: as above.
    let stats = unsafe { c_stats_compute(data.as_ptr(), data.len()) };
    assert_eq!(stats.sum, 4_294_967_296);
    assert_eq!(stats.count, 3);
}

#[test]
fn a_null_pointer_gives_zeros() {
    // SAFETY: a null pointer with length 0 is the documented empty case.
    let stats = unsafe { c_stats_compute(std::ptr::null(), 0) };
    assert_eq!((stats.count, stats.sum, stats.min, stats.max), (0, 0, 0, 0));
}
