// borrow2: make this compile without changing the tests. `transfer` moves money
// between two accounts of the same slice, and a transfer from an account to
// itself changes nothing.
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
