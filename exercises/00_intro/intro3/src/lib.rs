// intro3: make this compile without changing the tests. Every line must read
// exactly as its doc comment shows. Go's `%v` prints any value; a Rust
// placeholder only prints a type that says how it is printed.
//
// Concept: `{}` needs `Display`, `{:?}` needs `Debug`, and the compiler checks which.

/// Returns a line such as "Oslo measured [7, 9, 10]".
pub fn readings_line(city: &str, readings: &[i32]) -> String {
    format!("{} measured {}", city, readings)
}

/// A temperature in degrees Celsius. People read it as "21.5°C".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Celsius(pub f64);

/// Returns a line such as "Oslo: 21.5°C tomorrow".
pub fn forecast_line(city: &str, temperature: Celsius) -> String {
    format!("{city}: {temperature} tomorrow")
}

#[cfg(test)]
mod tests;
