// Tests for deadlock2. The grader checks that this file is unchanged.
use super::*;
use std::thread;

#[test]
fn take_some() {
    let inventory = Inventory::new();
    inventory.add("apple", 5);
    assert!(inventory.take("apple", 2));
    assert_eq!(inventory.count("apple"), 3);
    assert!(inventory.take("apple", 3));
    assert_eq!(inventory.count("apple"), 0);
}

#[test]
fn cannot_take_more_than_in_stock() {
    let inventory = Inventory::new();
    inventory.add("pear", 1);
    assert!(!inventory.take("pear", 2));
    assert!(!inventory.take("plum", 1)); // never stocked
    assert_eq!(inventory.count("pear"), 1);
    assert_eq!(inventory.count("plum"), 0);
}

#[test]
fn items_are_counted_separately() {
    let inventory = Inventory::new();
    inventory.add("kiwi", 2);
    inventory.add("lime", 4);
    assert!(inventory.take("lime", 4));
    assert!(!inventory.take("kiwi", 3));
    assert_eq!(inventory.count("kiwi"), 2);
    assert_eq!(inventory.count("lime"), 0);
}

#[test]
fn each_take_locks_the_stock_once() {
    // Checking under one lock and updating under another lets two threads both
    // see the last item; counting the locks catches that without luck.
    let inventory = Inventory::new();
    inventory.add("seat", 2);
    let before = inventory.stock.times_locked();
    assert!(inventory.take("seat", 1));
    assert_eq!(
        inventory.stock.times_locked() - before,
        1,
        "a successful `take` must check and update under a single lock"
    );
    assert!(!inventory.take("seat", 5));
    assert!(!inventory.take("bike", 1));
    assert_eq!(
        inventory.stock.times_locked() - before,
        3,
        "a refused `take` locks once too"
    );
    assert_eq!(inventory.count("seat"), 1);
}

#[test]
fn ten_threads_share_the_last_five() {
    let inventory = Inventory::new();
    inventory.add("ticket", 5);
    let taken = thread::scope(|s| {
        let handles: Vec<_> = (0..10)
            .map(|_| s.spawn(|| inventory.take("ticket", 1)))
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap())
            .filter(|&took| took)
            .count()
    });
    assert_eq!(taken, 5);
    assert_eq!(inventory.count("ticket"), 0);
}

#[test]
fn the_last_item_goes_to_exactly_one_thread() {
    // 1000 rounds: one item in stock, 4 threads ask for it at the same moment.
    // If `take` unlocked between the check and the update, two threads could
    // both see 1 in stock and both take it.
    let inventory = Inventory::new();
    for _ in 0..1000 {
        inventory.add("seat", 1);
        let start = std::sync::Barrier::new(4);
        let winners = thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    s.spawn(|| {
                        start.wait();
                        inventory.take("seat", 1)
                    })
                })
                .collect();
            handles
                .into_iter()
                // A thread that panicked (stock went below 0) took it too.
                .map(|handle| handle.join().unwrap_or(true))
                .filter(|&took| took)
                .count()
        });
        assert_eq!(winners, 1);
    }
}
