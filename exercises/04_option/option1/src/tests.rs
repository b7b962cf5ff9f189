// Tests for option1. The grader checks that this file is unchanged.
use super::*;

fn family() -> Vec<Person> {
    vec![
        Person {
            name: String::from("Ann"),
            age: 31,
        },
        Person {
            name: String::from("Tom"),
            age: 64,
        },
        // A newborn really is 0 years old: 0 cannot also mean "not found".
        Person {
            name: String::from("Zoe"),
            age: 0,
        },
    ]
}

#[test]
fn finds_the_people_who_are_there() {
    let people = family();
    assert_eq!(age_of(&people, "Ann"), Some(31));
    assert_eq!(age_of(&people, "Tom"), Some(64));
    assert_eq!(age_of(&people, "Zoe"), Some(0));
}

#[test]
fn a_missing_person_is_none_not_zero() {
    let people = family();
    assert_eq!(age_of(&people, "Bob"), None);
    assert_eq!(age_of(&people, "ann"), None); // names are case-sensitive
    assert_eq!(age_of(&[], "Ann"), None);
}

#[test]
fn describes_the_people_who_are_there() {
    let people = family();
    assert_eq!(describe(&people, "Ann"), "Ann is 31 years old");
    assert_eq!(describe(&people, "Zoe"), "Zoe is 0 years old");
}

#[test]
fn describes_a_missing_person() {
    let people = family();
    assert_eq!(describe(&people, "Bob"), "nobody is called Bob");
    assert_eq!(describe(&people, "Eve"), "nobody is called Eve");
}
