// Tests for traits3. The grader checks that this file is unchanged.
use super::*;

#[test]
fn default_greeter_speaks_english() {
    assert_eq!(default_greeter().greet("Ana"), "Hello, Ana!");
}

#[test]
fn greeter_for_each_language() {
    assert_eq!(greeter_for("fr").greet("Ana"), "Bonjour, Ana !");
    assert_eq!(greeter_for("de").greet("Ben"), "Hallo, Ben!");
    assert_eq!(greeter_for("en").greet("Cleo"), "Hello, Cleo!");
}

#[test]
fn unknown_language_falls_back_to_english() {
    assert_eq!(greeter_for("xx").greet("Dan"), "Hello, Dan!");
}

#[test]
fn greeters_chosen_at_run_time_share_one_vec() {
    // The codes could come from a config file: the compiler cannot know them.
    let config = "de,en,fr";
    let codes: Vec<&str> = config.split(',').collect();
    let greeters: Vec<_> = codes.iter().map(|code| greeter_for(code)).collect();
    let lines: Vec<String> = greeters.iter().map(|g| g.greet("Go")).collect();
    assert_eq!(lines, ["Hallo, Go!", "Hello, Go!", "Bonjour, Go !"]);
}
