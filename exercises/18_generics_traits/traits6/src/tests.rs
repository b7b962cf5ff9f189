// Tests for traits6. The grader checks that this file is unchanged.
use super::*;

fn eur(cents: i64) -> Money {
    Money {
        cents,
        currency: "EUR",
    }
}

#[test]
fn money_formats_with_braces() {
    assert_eq!(format!("{}", eur(1999)), "19.99 EUR");
    assert_eq!(format!("{}", eur(5)), "0.05 EUR");
    assert_eq!(format!("{}", eur(-50)), "-0.50 EUR");
    assert_eq!(format!("{}", eur(0)), "0.00 EUR");
    assert_eq!(format!("{}", eur(-123456)), "-1234.56 EUR");
}

#[test]
fn money_formats_inside_other_text() {
    let price = Money {
        cents: 120000,
        currency: "USD",
    };
    assert_eq!(format!("total: {price}!"), "total: 1200.00 USD!");
}

#[test]
fn receipt_has_one_line_per_item() {
    let items = [("coffee", eur(350)), ("croissant", eur(180))];
    assert_eq!(receipt(&items), "coffee: 3.50 EUR\ncroissant: 1.80 EUR");
    assert_eq!(receipt(&[]), "");
}
