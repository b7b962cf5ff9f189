// Tests for moves3. The grader checks that this file is unchanged.
use super::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

#[test]
fn shouts_every_word_and_counts_them() {
    let (loud, count) = shout_all(strings(&["hello", "gopher"]));
    assert_eq!(loud, strings(&["HELLO", "GOPHER"]));
    assert_eq!(count, 2);
}

#[test]
fn keeps_the_order() {
    let (loud, count) = shout_all(strings(&["c", "b", "a"]));
    assert_eq!(loud, strings(&["C", "B", "A"]));
    assert_eq!(count, 3);
}

#[test]
fn an_empty_list() {
    let (loud, count) = shout_all(Vec::new());
    assert!(loud.is_empty());
    assert_eq!(count, 0);
}

#[test]
fn the_words_are_not_copied() {
    // Upper-casing makes one new String per word, and the result one Vec: that
    // is all. Copying the words first (`.clone()`) would allocate them all again.
    let words = strings(&["a", "few", "words", "to", "shout"]);
    let ((loud, count), made, _) = counted(|| shout_all(words));
    assert_eq!(loud, strings(&["A", "FEW", "WORDS", "TO", "SHOUT"]));
    assert_eq!(count, 5);
    assert!(made <= 5 + 1, "{made} allocations: the words were copied");
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
