// Tests for clippy6. The grader checks that this file is unchanged.
use super::*;

#[test]
fn thermostat_heats_cools_or_idles() {
    assert_eq!(thermostat(18, 21), Action::Heat);
    assert_eq!(thermostat(20, 21), Action::Heat);
    assert_eq!(thermostat(22, 21), Action::Cool);
    assert_eq!(thermostat(21, 21), Action::Idle);
    assert_eq!(thermostat(-5, -5), Action::Idle);
    assert_eq!(thermostat(-6, -5), Action::Heat);
}

#[test]
fn trends_day_by_day() {
    use Trend::{Down, Flat, Up};
    assert_eq!(trends(&[10, 12, 12, 9, 30]), vec![Up, Flat, Down, Up]);
    assert_eq!(trends(&[5, 4, 3]), vec![Down, Down]);
    assert_eq!(trends(&[7, 7]), vec![Flat]);
}

#[test]
fn no_trend_without_two_days() {
    assert_eq!(trends(&[]), vec![]);
    assert_eq!(trends(&[42]), vec![]);
}
