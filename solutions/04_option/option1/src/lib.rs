// option1: make the tests pass. `age_of` must tell "nobody has that name" apart
// from a real age, newborns included, and `describe` must say which it was.
//
// Concept: Option instead of nil: a value that may be missing is an `Option<T>`, not a zero value.

pub struct Person {
    pub name: String,
    pub age: u32,
}

/// The age of the person called `name`, or `None` when nobody has that name.
pub fn age_of(people: &[Person], name: &str) -> Option<u32> {
    for person in people {
        if person.name == name {
            return Some(person.age);
        }
    }
    None
}

/// "Ann is 31 years old", or "nobody is called Bob" when there is no Bob.
pub fn describe(people: &[Person], name: &str) -> String {
    match age_of(people, name) {
        Some(age) => format!("{name} is {age} years old"),
        None => format!("nobody is called {name}"),
    }
}

#[cfg(test)]
#[path = "../../../../exercises/04_option/option1/src/tests.rs"]
mod tests;
