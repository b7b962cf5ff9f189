// heap2: make this compile, then make the tests pass. A binary search tree:
// each `Node` has up to two children, which are `Node`s too.
//
// Concept: a recursive type needs indirection (`Box`), because every value's size must be known.

/// A binary search tree: smaller values go left, the others go right.
#[derive(Debug)]
pub struct Node {
    value: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    pub fn new(value: i32) -> Node {
        Node {
            value,
            left: None,
            right: None,
        }
    }

    pub fn insert(&mut self, value: i32) {
        let side = if value < self.value {
            &mut self.left
        } else {
            &mut self.right
        };
        match side {
            Some(child) => child.insert(value),
            None => *side = Some(Box::new(Node::new(value))),
        }
    }

    pub fn contains(&self, value: i32) -> bool {
        if value == self.value {
            return true;
        }
        let side = if value < self.value {
            &self.left
        } else {
            &self.right
        };
        match side {
            Some(child) => child.contains(value),
            None => false,
        }
    }

    /// All the values, smallest first.
    pub fn sorted(&self) -> Vec<i32> {
        let mut values = Vec::new();
        if let Some(left) = &self.left {
            values.extend(left.sorted());
        }
        values.push(self.value);
        if let Some(right) = &self.right {
            values.extend(right.sorted());
        }
        values
    }
}

#[cfg(test)]
#[path = "../../../../exercises/07_heap_and_bounds/heap2/src/tests.rs"]
mod tests;
