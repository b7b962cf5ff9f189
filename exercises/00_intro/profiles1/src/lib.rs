// profiles1: make the tests pass. Each function was ported from Go, where
// integer arithmetic silently wraps around. Rust's debug builds (`cargo test`,
// `cargo run`) stop on overflow instead, and `--release` builds wrap. Say
// what each function means to happen on overflow, so that both builds agree.
//
// Concept: overflow panics in debug and wraps in release; wrapping_*, checked_* and saturating_* say which you mean.

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// The 32-bit FNV-1a hash of `bytes`, as Go's `hash/fnv` computes it. The
/// algorithm is defined modulo 2^32: wrapping around is what it is meant to do.
pub fn fnv1a(bytes: &[u8]) -> u32 {
    let mut hash = FNV_OFFSET;
    for &byte in bytes {
        hash ^= u32::from(byte);
        hash *= FNV_PRIME;
    }
    hash
}

/// Units in stock over all warehouses, or `None` when the total does not fit
/// in a `u32`: a wrapped-around total would be a wrong number of units.
pub fn total_units(per_warehouse: &[u32]) -> Option<u32> {
    let mut total = 0;
    for &units in per_warehouse {
        total += units;
    }
    Some(total)
}

/// A pixel made `amount` brighter. The brightest a pixel gets is 255 (white):
/// adding more light to white leaves it white.
pub fn brighten(pixel: u8, amount: u8) -> u8 {
    pixel + amount
}

#[cfg(test)]
mod tests;
