// Tests for traits8. The grader checks that this file is unchanged.
use super::*;

#[test]
fn numbers_from_0_to_100_are_percents() {
    assert_eq!(Percent::try_from(42).map(Percent::value), Ok(42));
    assert_eq!(Percent::try_from(0).map(Percent::value), Ok(0));
    assert_eq!(Percent::try_from(100).map(Percent::value), Ok(100));
    let fifteen: Percent = 15.try_into().unwrap();
    assert_eq!(fifteen.value(), 15);
}

#[test]
fn negative_numbers_are_refused() {
    assert_eq!(Percent::try_from(-1), Err(PercentError::Negative(-1)));
    // -156 keeps the low 8 bits of 100: a cast would say 100%.
    assert_eq!(Percent::try_from(-156), Err(PercentError::Negative(-156)));
    assert_eq!(
        Percent::try_from(i64::MIN),
        Err(PercentError::Negative(i64::MIN))
    );
}

#[test]
fn numbers_over_100_are_refused() {
    assert_eq!(Percent::try_from(101), Err(PercentError::OverHundred(101)));
    // 356 keeps the low 8 bits of 100 too, and 255 fits in a u8.
    assert_eq!(Percent::try_from(356), Err(PercentError::OverHundred(356)));
    assert_eq!(Percent::try_from(255), Err(PercentError::OverHundred(255)));
    assert_eq!(
        Percent::try_from(i64::MAX),
        Err(PercentError::OverHundred(i64::MAX))
    );
}

#[test]
fn a_percent_is_a_fraction() {
    let p = Percent::try_from(42).unwrap();
    assert_eq!(f64::from(p), 0.42);
    assert_eq!(f64::from(Percent::try_from(100).unwrap()), 1.0);
}

#[test]
fn discounts() {
    assert_eq!(discounted(1000, 15), Ok(850));
    assert_eq!(discounted(999, 50), Ok(500));
    assert_eq!(discounted(999, 0), Ok(999));
    assert_eq!(discounted(999, 100), Ok(0));
}

#[test]
fn a_discount_out_of_range_is_an_error() {
    assert_eq!(discounted(1000, 150), Err(PercentError::OverHundred(150)));
    assert_eq!(discounted(1000, 356), Err(PercentError::OverHundred(356)));
    assert_eq!(discounted(1000, -10), Err(PercentError::Negative(-10)));
}
