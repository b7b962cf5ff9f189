// async1: make it compile.
// `basket_total` uses `.await`, which is only allowed inside an `async fn` or
// an `async` block. Make it an `async fn`; then the compiler will tell you
// what its caller must do with the future it now returns.
//
// Concept: `.await` needs an async context, and an `async fn` returns a future to await.

use tokio::task::yield_now;

/// The price of one item, or `None` for an unknown item.
/// (Pretend this asks a price service over the network.)
pub async fn price_of(item: &str) -> Option<u32> {
    yield_now().await; // let other tasks run, as a network call would
    match item {
        "apple" => Some(3),
        "bread" => Some(5),
        "milk" => Some(2),
        _ => None,
    }
}

/// The total price of a basket, or `None` if an item is unknown.
fn basket_total(items: &[&str]) -> Option<u32> {
    let mut total = 0;
    for item in items {
        total += price_of(item).await?;
    }
    Some(total)
}

/// The last line of the receipt.
pub async fn receipt(items: &[&str]) -> String {
    match basket_total(items) {
        Some(total) => format!("total: {total}"),
        None => "unknown item".to_string(),
    }
}

#[cfg(test)]
mod tests;
