// Tests for deadlock1. The grader checks that this file is unchanged.
use super::*;
use std::thread;

#[test]
fn one_transfer() {
    let bank = Bank::new(&[100, 50], 1);
    bank.transfer(0, 1, 30);
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
    assert_eq!(bank.balance(0), 800);
    assert_eq!(bank.balance(1), 1200);
}
