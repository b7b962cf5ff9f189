// Tests for moves2. The grader checks that this file is unchanged.
use super::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

#[test]
fn reports_the_word_and_its_vowels() {
    assert_eq!(report(String::from("banana")), "banana: 3 vowels");
    assert_eq!(report(String::from("rust")), "rust: 1 vowels");
}

#[test]
fn counts_upper_case_vowels_too() {
    assert_eq!(report(String::from("GOPHER")), "GOPHER: 2 vowels");
    assert_eq!(
        report(String::from("AEIOU aeiou")),
        "AEIOU aeiou: 10 vowels"
    );
}

#[test]
fn a_word_without_vowels() {
    assert_eq!(report(String::from("rhythm")), "rhythm: 0 vowels");
    assert_eq!(report(String::new()), ": 0 vowels");
}

#[test]
fn the_text_is_never_copied() {
    // A report makes exactly one new String: the line it returns. Passing a
    // copy of the text (`.clone()`, `.to_string()`) would be one heap allocation more.
    let text = String::from("a long text that nobody wants to copy");
    let (_, expected, _) = counted(|| format!("{text}: 9 vowels"));
    let (line, made, _) = counted(|| report(text));
    assert_eq!(line, "a long text that nobody wants to copy: 9 vowels");
    assert_eq!(made, expected, "`report` copied the text");
}

// Counts the heap allocations and frees made by the current thread (each test
// runs on its own thread). You do not need to read this to solve the exercise.
struct CountingAllocator;

thread_local! {
    static ALLOCATED: Cell<usize> = const { Cell::new(0) };
    static FREED: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATED.try_with(|count| count.set(count.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let _ = FREED.try_with(|count| count.set(count.get() + 1));
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: CountingAllocator = CountingAllocator;

/// Runs `f`; returns its result, and how many allocations and frees it made.
fn counted<R>(f: impl FnOnce() -> R) -> (R, usize, usize) {
    let allocated = ALLOCATED.with(Cell::get);
    let freed = FREED.with(Cell::get);
    let result = f();
    let allocated = ALLOCATED.with(Cell::get) - allocated;
    let freed = FREED.with(Cell::get) - freed;
    (result, allocated, freed)
}
