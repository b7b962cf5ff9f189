// borrow2: make this compile without changing the tests.
// `transfer` takes two `&mut` references into the same slice at once.
// Rust allows only one mutable borrow of a value at a time: change the
// balances one after the other instead.
//
// Concept: at most one `&mut` to a value at any moment, so no two names can alias it.

/// Moves `amount` from account `from` to account `to`.
pub fn transfer(balances: &mut [i64], from: usize, to: usize, amount: i64) {
    let source = &mut balances[from];
    let target = &mut balances[to];
    *source -= amount;
    *target += amount;
}

#[cfg(test)]
mod tests;
