// Tests for traits7. The grader checks that this file is unchanged.
use super::*;

fn rgb(r: u8, g: u8, b: u8) -> Rgb {
    Rgb { r, g, b }
}

#[test]
fn parses_hex_colours() {
    assert_eq!("#ff8800".parse::<Rgb>(), Ok(rgb(255, 136, 0)));
    assert_eq!("#000000".parse::<Rgb>(), Ok(rgb(0, 0, 0)));
    assert_eq!("#0a1b2c".parse::<Rgb>(), Ok(rgb(10, 27, 44)));
    // Upper case digits too.
    assert_eq!("#FFfe0D".parse::<Rgb>(), Ok(rgb(255, 254, 13)));
}

#[test]
fn parse_then_display_gives_the_text_back() {
    let colour: Rgb = "#1e90ff".parse().unwrap();
    assert_eq!(colour.to_string(), "#1e90ff");
}

#[test]
fn a_colour_starts_with_a_hash() {
    assert_eq!("ff8800".parse::<Rgb>(), Err(ParseColorError::MissingHash));
    assert_eq!("".parse::<Rgb>(), Err(ParseColorError::MissingHash));
    assert_eq!(" #ff8800".parse::<Rgb>(), Err(ParseColorError::MissingHash));
}

#[test]
fn a_colour_has_six_digits() {
    assert_eq!("#fff".parse::<Rgb>(), Err(ParseColorError::WrongLength(3)));
    assert_eq!("#".parse::<Rgb>(), Err(ParseColorError::WrongLength(0)));
    assert_eq!(
        "#ff88001".parse::<Rgb>(),
        Err(ParseColorError::WrongLength(7))
    );
    // The length is checked before the digits.
    assert_eq!("#xyz".parse::<Rgb>(), Err(ParseColorError::WrongLength(3)));
}

#[test]
fn every_digit_is_hexadecimal() {
    assert_eq!(
        "#ff88zz".parse::<Rgb>(),
        Err(ParseColorError::BadDigit('z'))
    );
    assert_eq!(
        "#g08800".parse::<Rgb>(),
        Err(ParseColorError::BadDigit('g'))
    );
    assert_eq!(
        "#12 456".parse::<Rgb>(),
        Err(ParseColorError::BadDigit(' '))
    );
    assert_eq!(
        "#-12345".parse::<Rgb>(),
        Err(ParseColorError::BadDigit('-'))
    );
}

#[test]
fn the_same_generic_code_parses_numbers_and_colours() {
    assert_eq!(parse_list::<u8>("1 2 3"), Ok(vec![1, 2, 3]));
    assert!(parse_list::<u8>("1 300").is_err());
    assert_eq!(
        parse_list::<Rgb>("#ff0000\n#00ff00  #0000ff"),
        Ok(vec![rgb(255, 0, 0), rgb(0, 255, 0), rgb(0, 0, 255)])
    );
    assert_eq!(palette(""), Ok(vec![]));
    assert_eq!(palette("#ff0000 red"), Err(ParseColorError::MissingHash));
}
