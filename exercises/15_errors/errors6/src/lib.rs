// errors6: make the tests pass.
// `email_of` and `email_domain` crash when the user does not exist, has no
// email, or the email has no `@`. Make them report each case as the
// `LookupError` described below.
//
// Concept: "no value" (`Option`) becomes an error (`Result`) where a missing value is a failure.

#[derive(Debug, PartialEq)]
pub enum LookupError {
    /// No user has this id.
    NoSuchUser(u32),
    /// The user (named here) has no email.
    NoEmail(String),
    /// The email (given here) has no `@`.
    BadEmail(String),
}

pub struct User {
    pub id: u32,
    pub name: String,
    pub email: Option<String>,
}

/// The email of the user with this `id`.
pub fn email_of(users: &[User], id: u32) -> Result<&str, LookupError> {
    let user = users.iter().find(|u| u.id == id).unwrap();
    let email = user.email.as_deref().unwrap();
    Ok(email)
}

/// The part after the `@` of the user's email: "example.com" for "ann@example.com".
pub fn email_domain(users: &[User], id: u32) -> Result<&str, LookupError> {
    let email = email_of(users, id)?;
    let (_, domain) = email.split_once('@').unwrap();
    Ok(domain)
}

#[cfg(test)]
mod tests;
