// Tests for intro3. The grader checks that this file is unchanged.
use super::*;

/// What `{}` prints for `value`: only a type that implements `Display` can go here.
fn shown(value: impl std::fmt::Display) -> String {
    format!("{value}")
}

#[test]
fn prints_the_city_then_the_list_of_readings() {
    assert_eq!(
        readings_line("Oslo", &[7, 9, 10]),
        "Oslo measured [7, 9, 10]"
    );
    assert_eq!(readings_line("Rome", &[-3]), "Rome measured [-3]");
    // An empty list still prints its brackets, like Go's `%v` prints `[]`.
    assert_eq!(readings_line("Nowhere", &[]), "Nowhere measured []");
}

#[test]
fn a_temperature_reads_as_degrees() {
    let cases = [(21.5, "21.5°C"), (-3.0, "-3°C"), (0.25, "0.25°C")];
    for (degrees, text) in cases {
        assert_eq!(shown(Celsius(degrees)), text);
    }
}

#[test]
fn prints_the_forecast() {
    assert_eq!(
        forecast_line("Oslo", Celsius(21.5)),
        "Oslo: 21.5°C tomorrow"
    );
    assert_eq!(forecast_line("Rome", Celsius(-3.0)), "Rome: -3°C tomorrow");
}

#[test]
fn the_debug_view_is_still_there() {
    // `{:?}` is for developers: it shows the type as the code spells it.
    assert_eq!(format!("{:?}", Celsius(21.5)), "Celsius(21.5)");
}
