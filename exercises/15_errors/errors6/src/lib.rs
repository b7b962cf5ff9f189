// errors6: make the tests pass.
// `email_of` and `email_domain` `unwrap` Options that can be `None`: the user may
// not exist, may have no email, or the email may have no `@`. Each `unwrap`
// panics. Turn every `None` into the `LookupError` described below and return it.
//
// Concept: `Option::ok_or` turns "no value" into an error that `?` can return.

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
