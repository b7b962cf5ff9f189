// Tests for deadlock1. The grader checks that this file is unchanged.
use super::*;
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// Checks that the transfers took every lock through `Bank::lock`, where
/// worst_timing.rs arranges the worst timing: going around it would hide the bug.
fn assert_locks_taken(bank: &Bank, expected: usize) {
    assert_eq!(
        bank.worst_timing.locks_taken(),
        expected,
        "every transfer must lock its 2 accounts through `Bank::lock`"
    );
}

#[test]
fn one_transfer() {
    let bank = Bank::new(&[100, 50], 1);
    bank.transfer(0, 1, 30);
    assert_locks_taken(&bank, 2);
    assert_eq!(bank.balance(0), 70);
    assert_eq!(bank.balance(1), 80);
    bank.transfer(1, 0, 80);
    assert_eq!(bank.balance(0), 150);
    assert_eq!(bank.balance(1), 0);
}

#[test]
fn two_transfers_in_opposite_directions() {
    let bank = Bank::new(&[100, 100], 2);
    thread::scope(|s| {
        s.spawn(|| bank.transfer(0, 1, 30));
        s.spawn(|| bank.transfer(1, 0, 10));
    });
    assert_locks_taken(&bank, 4);
    assert_eq!(bank.balance(0), 80);
    assert_eq!(bank.balance(1), 120);
}

#[test]
fn three_transfers_in_a_circle() {
    // 0 -> 1, 1 -> 2, 2 -> 0 at the same time.
    let bank = Bank::new(&[100, 100, 100], 3);
    thread::scope(|s| {
        s.spawn(|| bank.transfer(0, 1, 5));
        s.spawn(|| bank.transfer(1, 2, 20));
        s.spawn(|| bank.transfer(2, 0, 50));
    });
    assert_locks_taken(&bank, 6);
    assert_eq!(bank.balance(0), 145);
    assert_eq!(bank.balance(1), 85);
    assert_eq!(bank.balance(2), 70);
}

#[test]
fn many_transfers_back_and_forth() {
    let bank = Bank::new(&[1000, 1000], 2);
    thread::scope(|s| {
        s.spawn(|| {
            for _ in 0..100 {
                bank.transfer(0, 1, 3);
            }
        });
        s.spawn(|| {
            for _ in 0..100 {
                bank.transfer(1, 0, 1);
            }
        });
    });
    assert_locks_taken(&bank, 400);
    assert_eq!(bank.balance(0), 800);
    assert_eq!(bank.balance(1), 1200);
}

#[test]
fn four_threads_share_three_accounts() {
    let bank = Bank::new(&[500, 500, 500], 4);
    thread::scope(|s| {
        for (from, to) in [(0, 2), (2, 0), (2, 1), (1, 0)] {
            let bank = &bank;
            s.spawn(move || {
                for _ in 0..20 {
                    bank.transfer(from, to, 1 + from as i64);
                }
            });
        }
    });
    assert_locks_taken(&bank, 160);
    // 0 -> 2: 20 x 1; 2 -> 0: 20 x 3; 2 -> 1: 20 x 3; 1 -> 0: 20 x 2.
    assert_eq!(bank.balance(0), 500 - 20 + 60 + 40);
    assert_eq!(bank.balance(1), 500 + 60 - 40);
    assert_eq!(bank.balance(2), 500 + 20 - 60 - 60);
}

#[test]
fn a_transfer_holds_both_accounts_until_it_is_done() {
    // Account 1 is busy, so `transfer(0, 1, ..)` must wait for it. While it waits
    // it must already hold account 0: releasing 0 before taking 1 would let other
    // threads see 30 gone from account 0 and not yet in account 1.
    let bank = Bank::new(&[100, 100], 1);
    let busy = bank.accounts[1].lock().unwrap();
    let account_0_was_held = thread::scope(|s| {
        s.spawn(|| bank.transfer(0, 1, 30));
        thread::sleep(std::time::Duration::from_millis(200));
        let held = bank.accounts[0].try_lock().is_err();
        drop(busy);
        held
    });
    assert_locks_taken(&bank, 2);
    assert!(
        account_0_was_held,
        "transfer released account 0 before taking account 1"
    );
    assert_eq!(bank.balance(0), 70);
    assert_eq!(bank.balance(1), 130);
}

#[test]
fn the_scaffold_forces_the_worst_timing() {
    // worst_timing.rs is part of the tests: a thread asking for its second lock
    // waits until every thread holds or waits for one. Without that wait, the
    // lock-order bug would hide behind lucky timing.
    let timing = WorstTiming::new(2);
    let (a, b, c) = (Mutex::new(()), Mutex::new(()), Mutex::new(()));
    let other_arrived = Mutex::new(None);
    let second_lock_taken = thread::scope(|s| {
        let first = s.spawn(|| {
            let _a = timing.lock(&a);
            let _b = timing.lock(&b); // must wait for the other thread
            Instant::now()
        });
        s.spawn(|| {
            thread::sleep(Duration::from_millis(50));
            *other_arrived.lock().unwrap() = Some(Instant::now());
            let _c = timing.lock(&c);
        });
        first.join().unwrap()
    });
    let other_arrived = other_arrived.lock().unwrap().expect("the other thread ran");
    assert!(
        second_lock_taken >= other_arrived,
        "WorstTiming::lock gave the second lock before the other thread arrived: \
         worst_timing.rs must stay as it was"
    );
}
