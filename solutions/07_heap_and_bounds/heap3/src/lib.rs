// heap3: make this compile, then make the tests pass.
// `-> impl Shape` means ONE concrete type chosen at compile time: `shape` cannot return
// a `Circle` here and a `Square` there. A Go interface boxes either for you; in Rust,
// return `Option<Box<dyn Shape>>` and wrap each shape in `Box::new(...)`.
//
// Concept: `impl Trait` is one type of known size; `Box<dyn Trait>` holds any type on the heap.

use std::f64::consts::PI;

pub trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

pub struct Circle {
    pub radius: f64,
}

pub struct Square {
    pub side: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.radius * self.radius
    }

    fn name(&self) -> String {
        format!("circle of radius {}", self.radius)
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }

    fn name(&self) -> String {
        format!("square of side {}", self.side)
    }
}

/// The shape called `kind` ("circle" or "square") of the given size,
/// or `None` for a kind we do not know.
pub fn shape(kind: &str, size: f64) -> Option<Box<dyn Shape>> {
    match kind {
        "circle" => Some(Box::new(Circle { radius: size })),
        "square" => Some(Box::new(Square { side: size })),
        _ => None,
    }
}

#[cfg(test)]
#[path = "../../../../exercises/07_heap_and_bounds/heap3/src/tests.rs"]
mod tests;
