// traits2: make this compile without changing the tests.
// `Rect` has an `area` method, just like `Circle`, but rustc still says it is
// not a `Shape`. Go would accept it; Rust wants you to say so.
//
// Concept: a Rust type implements a trait only through an explicit `impl Trait for Type`.

use std::f64::consts::PI;

pub trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

pub struct Circle {
    pub radius: f64,
}

pub struct Rect {
    pub width: f64,
    pub height: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.radius * self.radius
    }

    fn name(&self) -> String {
        format!("circle r={}", self.radius)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.width * self.height
    }

    fn name(&self) -> String {
        format!("rect {}x{}", self.width, self.height)
    }
}

/// Describes any shape, e.g. "rect 2x3 has area 6.00".
pub fn describe(shape: &impl Shape) -> String {
    format!("{} has area {:.2}", shape.name(), shape.area())
}

/// Adds up the areas of shapes of different types.
pub fn total_area(shapes: &[&dyn Shape]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

#[cfg(test)]
#[path = "../../../../exercises/18_generics_traits/traits2/src/tests.rs"]
mod tests;
