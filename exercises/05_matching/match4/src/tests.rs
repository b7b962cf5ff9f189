// Tests for match4. The grader checks that this file is unchanged.
use super::*;

#[test]
fn cold_and_freezing() {
    assert_eq!(feels(-30), "freezing");
    assert_eq!(feels(-1), "freezing");
    assert_eq!(feels(0), "cold");
    assert_eq!(feels(15), "cold");
}

#[test]
fn nice_and_hot() {
    assert_eq!(feels(16), "nice");
    assert_eq!(feels(25), "nice");
    assert_eq!(feels(26), "hot");
    assert_eq!(feels(45), "hot");
}

#[test]
fn the_extremes_are_covered_too() {
    assert_eq!(feels(i32::MIN), "freezing");
    assert_eq!(feels(i32::MAX), "hot");
    assert_eq!(ticket_price(u32::MAX), 9);
}

#[test]
fn ticket_prices() {
    assert_eq!(ticket_price(0), 0);
    assert_eq!(ticket_price(2), 0);
    assert_eq!(ticket_price(3), 8);
    assert_eq!(ticket_price(17), 8);
    assert_eq!(ticket_price(18), 12);
    assert_eq!(ticket_price(64), 12);
    assert_eq!(ticket_price(65), 9);
    assert_eq!(ticket_price(101), 9);
}
