// Tests for raii3. The grader checks that this file is unchanged.
use super::*;

#[test]
fn saves_every_line_then_closes_once() {
    assert_eq!(save("notes.txt", &["milk", "eggs"]), 2);
    assert_eq!(
        take_log(),
        vec![
            "create notes.txt",
            "write milk to notes.txt",
            "write eggs to notes.txt",
            "close notes.txt",
        ]
    );
}

#[test]
fn saves_to_the_path_given() {
    assert_eq!(save("todo.txt", &["call mum"]), 1);
    assert_eq!(
        take_log(),
        vec![
            "create todo.txt",
            "write call mum to todo.txt",
            "close todo.txt"
        ]
    );
}

#[test]
fn nothing_to_save_closes_once_then_removes() {
    assert_eq!(save("empty.txt", &[]), 0);
    // Closed exactly once (no double close), and closed before it is removed.
    assert_eq!(
        take_log(),
        vec!["create empty.txt", "close empty.txt", "remove empty.txt"]
    );
}
