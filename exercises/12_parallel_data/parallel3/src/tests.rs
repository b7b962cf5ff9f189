// Tests for parallel3. The grader checks that this file is unchanged.
use super::*;

const POEM: [&str; 4] = ["the cat sat", "on the mat", "the cat ran", "off the mat"];

#[test]
fn one_thread() {
    let counts = word_count(&POEM, 1);
    assert_eq!(counts["the"], 4);
    assert_eq!(counts["cat"], 2);
    assert_eq!(counts["sat"], 1);
    assert_eq!(counts.len(), 7);
}

#[test]
fn words_seen_by_several_threads_are_added_up() {
    // With 2 threads, "the" is counted twice by each thread: 2 + 2 = 4.
    let counts = word_count(&POEM, 2);
    assert_eq!(counts["the"], 4);
    assert_eq!(counts["cat"], 2);
    assert_eq!(counts["mat"], 2);
    assert_eq!(counts["off"], 1);
    assert_eq!(counts.len(), 7);
}

#[test]
fn same_answer_for_any_number_of_threads() {
    let expected = word_count(&POEM, 1);
    for threads in 2..=6 {
        assert_eq!(
            word_count(&POEM, threads),
            expected,
            "with {threads} threads"
        );
    }
}

#[test]
fn go_proverb() {
    let lines = [
        "do not communicate by sharing memory",
        "instead share memory by communicating",
    ];
    let counts = word_count(&lines, 2);
    assert_eq!(counts["memory"], 2);
    assert_eq!(counts["by"], 2);
    assert_eq!(counts["share"], 1);
}

#[test]
fn no_lines_no_words() {
    assert!(word_count(&[], 3).is_empty());
    assert!(word_count(&["", "   "], 2).is_empty());
}
