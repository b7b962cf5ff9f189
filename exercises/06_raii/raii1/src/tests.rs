// Tests for raii1. The grader checks that this file is unchanged.
use super::*;

#[test]
fn a_connection_closes_at_the_end_of_its_scope() {
    {
        let db = Connection::open("db");
        db.send("hello");
    } // `db` goes out of scope here
    assert_eq!(take_log(), vec!["open db", "send hello to db", "close db"]);
}

#[test]
fn connections_close_in_reverse_order() {
    {
        let _db = Connection::open("db");
        let _cache = Connection::open("cache");
    } // the last one created is the first one dropped, like a stack of `defer`s
    assert_eq!(
        take_log(),
        vec!["open db", "open cache", "close cache", "close db"]
    );
}

#[test]
fn backup_sends_everything_then_closes() {
    assert_eq!(backup(&["a", "b"]), 2);
    assert_eq!(
        take_log(),
        vec![
            "open backup",
            "send a to backup",
            "send b to backup",
            "close backup"
        ]
    );
}

#[test]
fn backup_closes_even_when_it_stops_early() {
    assert_eq!(backup(&["a", "", "c"]), 1);
    assert_eq!(
        take_log(),
        vec!["open backup", "send a to backup", "close backup"]
    );
}

#[test]
fn backup_of_nothing_still_closes() {
    assert_eq!(backup(&[]), 0);
    assert_eq!(take_log(), vec!["open backup", "close backup"]);
}
