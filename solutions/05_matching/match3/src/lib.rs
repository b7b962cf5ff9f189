// match3: make this compile, then make the tests pass. `total_scroll` and
// `last_click` were written as for a Go struct with a `Kind` field; they must
// add up the scrolls and find the last click. `typed_text` is correct.
//
// Concept: `if let` matches one pattern and binds the variant's data in the same step.

pub enum Event {
    Click {
        x: i32,
        y: i32,
    },
    Key(char),
    /// Positive scrolls down, negative scrolls up.
    Scroll(i32),
}

/// The characters of all `Key` events, in order. (Correct: use it as a model.)
pub fn typed_text(events: &[Event]) -> String {
    let mut text = String::new();
    for event in events {
        if let Event::Key(c) = event {
            text.push(*c);
        }
    }
    text
}

/// How far the page scrolled in total.
pub fn total_scroll(events: &[Event]) -> i32 {
    let mut total = 0;
    for event in events {
        if let Event::Scroll(amount) = event {
            total += amount;
        }
    }
    total
}

/// Where the last click was, or `None` if there was no click.
pub fn last_click(events: &[Event]) -> Option<(i32, i32)> {
    let mut last = None;
    for event in events {
        if let Event::Click { x, y } = event {
            last = Some((*x, *y));
        }
    }
    last
}

#[cfg(test)]
#[path = "../../../../exercises/05_matching/match3/src/tests.rs"]
mod tests;
