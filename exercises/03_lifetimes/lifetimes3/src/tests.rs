// Tests for lifetimes3. The grader checks that this file is unchanged.
use super::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

#[test]
fn greets_by_name() {
    assert_eq!(greeting("Ann"), "Hello, Ann!");
    assert_eq!(greeting("Gopher"), "Hello, Gopher!");
}

#[test]
fn greets_a_name_built_at_run_time() {
    let name = ["Fer", "ris"].concat();
    assert_eq!(greeting(&name), "Hello, Ferris!");
}

#[test]
fn shouts_in_upper_case() {
    assert_eq!(shout("gopher"), "GOPHER");
    assert_eq!(shout("Rust 2024"), "RUST 2024");
    assert_eq!(shout(""), "");
}

#[test]
fn nothing_is_leaked() {
    // Whatever the caller gets is freed when the caller is done with it: a String
    // leaked to make it live forever (`Box::leak`) is never freed.
    let (_, allocated, freed) = counted(|| drop(greeting("Ann")));
    assert_eq!(allocated, freed, "`greeting` leaked memory");
    let (_, allocated, freed) = counted(|| drop(shout("gopher")));
    assert_eq!(allocated, freed, "`shout` leaked memory");
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
