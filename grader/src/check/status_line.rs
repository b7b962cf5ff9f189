//! The one line on stderr that says what `check` is doing, redrawn in place:
//! a sentence, or a progress bar of the runs. Drawn only when stderr is a
//! terminal, so that logs and pipes get the report alone.

use std::io::{IsTerminal, Write};

/// Width of the bar, in characters.
const BAR_WIDTH: usize = 30;

/// Replaces the line with `text` (an empty text clears it).
pub fn say(text: &str) {
    draw(text);
}

/// Replaces the line with a bar of `done` runs out of `total`.
pub fn progress(done: usize, total: usize) {
    draw(&bar(done, total));
}

fn bar(done: usize, total: usize) -> String {
    let filled = (done * BAR_WIDTH / total.max(1)).min(BAR_WIDTH);
    format!(
        "[{}{}] {done}/{total} runs",
        "#".repeat(filled),
        "-".repeat(BAR_WIDTH - filled)
    )
}

fn draw(line: &str) {
    let mut stderr = std::io::stderr();
    if stderr.is_terminal() {
        // Back to the line's start, erase it, then write.
        let _ = write!(stderr, "\r\x1b[2K{line}");
        let _ = stderr.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_with_the_runs_done() {
        assert_eq!(bar(0, 4), format!("[{}] 0/4 runs", "-".repeat(30)));
        assert_eq!(
            bar(2, 4),
            format!("[{}{}] 2/4 runs", "#".repeat(15), "-".repeat(15))
        );
        assert_eq!(bar(4, 4), format!("[{}] 4/4 runs", "#".repeat(30)));
    }
}
