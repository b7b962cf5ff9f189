// Tests for heap3. The grader checks that this file is unchanged.
use super::*;

#[test]
fn a_club_lists_its_members_emails() {
    let ann = person("ann", "ann@home.org");
    let bob = person("bob", "bob@home.org");
    let mut chess = Club::new();
    assert_eq!(chess.emails(), Vec::<String>::new());
    chess.join(&ann);
    chess.join(&bob);
    assert_eq!(chess.emails(), vec!["ann@home.org", "bob@home.org"]);
}

#[test]
fn a_change_is_seen_by_every_club_and_every_handle() {
    let ann = person("ann", "ann@home.org");
    let bob = person("bob", "bob@home.org");
    let mut chess = Club::new();
    let mut hiking = Club::new();
    chess.join(&ann);
    chess.join(&bob);
    hiking.join(&bob);
    hiking.join(&ann);

    assert!(chess.change_email("ann", "ann@work.com"));
    assert_eq!(chess.emails(), vec!["ann@work.com", "bob@home.org"]);
    // The hiking club holds the same ann, not a copy.
    assert_eq!(hiking.emails(), vec!["bob@home.org", "ann@work.com"]);
    assert_eq!(email_of(&ann), "ann@work.com");

    assert!(hiking.change_email("bob", "bob@work.com"));
    assert_eq!(chess.emails(), vec!["ann@work.com", "bob@work.com"]);
    assert_eq!(email_of(&bob), "bob@work.com");
}

#[test]
fn changing_a_stranger_changes_nothing() {
    let ann = person("ann", "ann@home.org");
    let mut chess = Club::new();
    chess.join(&ann);
    assert!(!chess.change_email("zed", "zed@home.org"));
    assert_eq!(chess.emails(), vec!["ann@home.org"]);
}

#[test]
fn clubs_share_one_person_and_keep_it_alive() {
    let ann = person("ann", "ann@home.org");
    let mut chess = Club::new();
    let mut hiking = Club::new();
    chess.join(&ann);
    hiking.join(&ann);
    // One person, three owners: `ann`, the chess club and the hiking club.
    assert_eq!(Rc::strong_count(&ann), 3);
    drop(ann);
    // The clubs still own her: no dangling pointer, no garbage collector.
    assert!(hiking.change_email("ann", "ann@new.net"));
    assert_eq!(chess.emails(), vec!["ann@new.net"]);
    drop(chess);
    assert_eq!(hiking.emails(), vec!["ann@new.net"]);
}
