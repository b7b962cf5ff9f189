// traits4: make this compile without changing the tests.
// `PAGE_SIZE` and `FIBONACCI` are constants: the compiler computes them while
// building, so the functions they call must be usable at compile time.
// Mark those functions so; their bodies need no change.
//
// Concept: a `const fn` can be evaluated at compile time (and still be called at run time).

/// Converts kibibytes to bytes.
pub const fn kib(n: usize) -> usize {
    n * 1024
}

/// The first 20 Fibonacci numbers, starting 0, 1, 1, 2, ...
pub const fn fibonacci_table() -> [u64; 20] {
    let mut table = [0; 20];
    table[1] = 1;
    // A `while` loop: `for` uses iterators, which compile-time code cannot call yet.
    let mut i = 2;
    while i < table.len() {
        table[i] = table[i - 1] + table[i - 2];
        i += 1;
    }
    table
}

pub const PAGE_SIZE: usize = kib(4);
pub const FIBONACCI: [u64; 20] = fibonacci_table();

/// An array length must be known at compile time too.
pub struct Page {
    pub bytes: [u8; PAGE_SIZE],
}

impl Page {
    pub fn new() -> Page {
        Page {
            bytes: [0; PAGE_SIZE],
        }
    }
}

impl Default for Page {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
#[path = "../../../../exercises/18_generics_traits/traits4/src/tests.rs"]
mod tests;
