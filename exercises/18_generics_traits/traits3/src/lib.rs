// traits3: make this compile without changing the tests.
// `greeter_for` picks a greeter at run time from a language code, but its
// return type `impl Greeter` means "one concrete type, fixed at compile time".
// Return a trait object instead, so each call may hand back a different type.
//
// Concept: `impl Trait` is one hidden type (static dispatch); `Box<dyn Trait>` is any type (dynamic dispatch).

pub trait Greeter {
    fn greet(&self, name: &str) -> String;
}

pub struct English;
pub struct French;
pub struct German;

impl Greeter for English {
    fn greet(&self, name: &str) -> String {
        format!("Hello, {name}!")
    }
}

impl Greeter for French {
    fn greet(&self, name: &str) -> String {
        format!("Bonjour, {name} !")
    }
}

impl Greeter for German {
    fn greet(&self, name: &str) -> String {
        format!("Hallo, {name}!")
    }
}

/// Always English: one type known at compile time, so `impl Greeter` fits.
pub fn default_greeter() -> impl Greeter {
    English
}

/// Chooses a greeter from a language code such as "fr"; English otherwise.
pub fn greeter_for(lang: &str) -> impl Greeter {
    match lang {
        "fr" => French,
        "de" => German,
        _ => English,
    }
}

#[cfg(test)]
mod tests;
