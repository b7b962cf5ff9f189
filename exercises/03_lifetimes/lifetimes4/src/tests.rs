// Tests for lifetimes4. The grader checks that this file is unchanged.
use super::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

#[test]
fn collects_the_words_of_every_line() {
    assert_eq!(
        distinct_words(&["the gopher", "and the crab"]),
        vec!["the", "gopher", "and", "crab"]
    );
}

#[test]
fn ignores_case_and_repeats() {
    assert_eq!(distinct_words(&["Go go GO", "Rust"]), vec!["go", "rust"]);
}

#[test]
fn no_lines_no_words() {
    assert!(distinct_words(&[]).is_empty());
    assert!(distinct_words(&["   ", ""]).is_empty());
}

#[test]
fn nothing_is_leaked() {
    // Everything `distinct_words` allocates is freed once its result is dropped:
    // lines leaked to make them live forever (`Box::leak`) never are.
    let (_, allocated, freed) = counted(|| drop(distinct_words(&["Go go", "the Crab"])));
    assert_eq!(allocated, freed, "`distinct_words` leaked memory");
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
