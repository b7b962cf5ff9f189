// iterators1: make the tests pass.
// Each function below replaces the Go loop shown above it with an iterator
// chain, but each chain gives different results from its loop. Fix the chains
// (keep them chains): the steps must happen in the same order as in the loop.
//
// Concept: an iterator chain is a loop body written as steps; their order matters.

/// Words longer than 3 letters, each with its index in the ORIGINAL list: "1:tree".
///
/// Go: for i, w := range words { if len(w) > 3 { out = append(out, fmt.Sprintf("%d:%s", i, w)) } }
pub fn long_words_with_index(words: &[&str]) -> Vec<String> {
    words
        .iter()
        .filter(|w| w.len() > 3)
        .enumerate()
        .map(|(i, w)| format!("{i}:{w}"))
        .collect()
}

/// The first `n` positive numbers of the list, doubled.
///
/// Go: for _, x := range nums { if x > 0 { out = append(out, 2*x); if len(out) == n { break } } }
pub fn first_positives_doubled(nums: &[i32], n: usize) -> Vec<i32> {
    nums.iter()
        .take(n)
        .filter(|&&x| x > 0)
        .map(|&x| 2 * x)
        .collect()
}

/// The sum of the squares of the numbers before the first 0.
///
/// Go: for _, x := range nums { if x == 0 { break }; sum += x * x }
pub fn sum_of_squares_before_zero(nums: &[i32]) -> i32 {
    nums.iter().filter(|&&x| x != 0).map(|&x| x * x).sum()
}

#[cfg(test)]
mod tests;
