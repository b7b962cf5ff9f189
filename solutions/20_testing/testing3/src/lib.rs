// testing3: make the tests pass by writing tests. In the `checks` module,
// `a_grid_without_cells_is_a_bug` fails: it shows that `Grid::new(0, 3)`
// panics, which is the documented behaviour. Declare that the test expects
// this panic, with the message it expects. Then write the test
// `reading_outside_the_grid_panics`, that `get` panics out of bounds.
//
// Concept: `#[should_panic(expected = "...")]` tests that code panics, and with which message.

/// A rectangle of numbers, `width` cells wide and `height` cells high.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    width: usize,
    height: usize,
    cells: Vec<i32>,
}

impl Grid {
    /// A grid full of zeros.
    ///
    /// # Panics
    /// If `width` or `height` is 0: a grid without cells is a bug in the caller.
    pub fn new(width: usize, height: usize) -> Grid {
        assert!(
            width > 0 && height > 0,
            "a grid needs a width and a height of at least 1, not {width}x{height}"
        );
        Grid {
            width,
            height,
            cells: vec![0; width * height],
        }
    }

    /// The cell in column `x` of row `y`, both counted from 0.
    ///
    /// # Panics
    /// If `(x, y)` is outside the grid, as indexing a slice out of bounds does.
    pub fn get(&self, x: usize, y: usize) -> i32 {
        self.cells[self.index(x, y)]
    }

    /// Sets the cell in column `x` of row `y`.
    ///
    /// # Panics
    /// If `(x, y)` is outside the grid.
    pub fn set(&mut self, x: usize, y: usize, value: i32) {
        let i = self.index(x, y);
        self.cells[i] = value;
    }

    fn index(&self, x: usize, y: usize) -> usize {
        if x >= self.width || y >= self.height {
            panic!(
                "({x}, {y}) is outside the {}x{} grid",
                self.width, self.height
            );
        }
        y * self.width + x
    }
}

/// Your tests.
#[cfg(test)]
pub mod checks {
    use super::Grid;

    #[test]
    fn a_new_grid_is_all_zeros() {
        let grid = Grid::new(2, 3);
        assert_eq!(grid.get(0, 0), 0);
        assert_eq!(grid.get(1, 2), 0);
    }

    #[test]
    #[should_panic(expected = "a grid needs a width and a height of at least 1")]
    fn a_grid_without_cells_is_a_bug() {
        Grid::new(0, 3);
    }

    #[test]
    #[should_panic(expected = "(4, 1) is outside the 4x2 grid")]
    fn reading_outside_the_grid_panics() {
        let grid = Grid::new(4, 2);
        grid.get(4, 1);
    }
}

#[cfg(test)]
#[path = "../../../../exercises/20_testing/testing3/src/tests.rs"]
mod tests;
