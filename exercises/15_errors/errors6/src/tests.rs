// Tests for errors6. The grader checks that this file is unchanged.
use super::*;

fn users() -> Vec<User> {
    let user = |id: u32, name: &str, email: Option<&str>| User {
        id,
        name: name.to_string(),
        email: email.map(|e| e.to_string()),
    };
    vec![
        user(1, "ann", Some("ann@example.com")),
        user(2, "bob", None),
        user(3, "cy", Some("cy@rust-lang.org")),
        user(4, "dee", Some("dee at home")),
    ]
}

#[test]
fn finds_emails() {
    let users = users();
    assert_eq!(email_of(&users, 1), Ok("ann@example.com"));
    assert_eq!(email_of(&users, 3), Ok("cy@rust-lang.org"));
}

#[test]
fn an_unknown_id_is_no_such_user() {
    let users = users();
    assert_eq!(email_of(&users, 9), Err(LookupError::NoSuchUser(9)));
    assert_eq!(email_of(&users, 0), Err(LookupError::NoSuchUser(0)));
}

#[test]
fn a_user_without_email_is_no_email() {
    assert_eq!(
        email_of(&users(), 2),
        Err(LookupError::NoEmail("bob".to_string()))
    );
}

#[test]
fn finds_domains() {
    let users = users();
    assert_eq!(email_domain(&users, 1), Ok("example.com"));
    assert_eq!(email_domain(&users, 3), Ok("rust-lang.org"));
}

#[test]
fn domain_errors_are_passed_on() {
    let users = users();
    assert_eq!(email_domain(&users, 7), Err(LookupError::NoSuchUser(7)));
    assert_eq!(
        email_domain(&users, 2),
        Err(LookupError::NoEmail("bob".to_string()))
    );
    assert_eq!(
        email_domain(&users, 4),
        Err(LookupError::BadEmail("dee at home".to_string()))
    );
}
