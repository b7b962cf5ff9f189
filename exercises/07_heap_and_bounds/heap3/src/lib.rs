// heap3: make this compile without changing the tests.
// A person may belong to several clubs. Each club holds the same person (not a
// copy), so an email change made through one club is seen by every club, and
// the person lives as long as any club does.
//
// Concept: what several owners share (`Rc`) is read-only; changing it takes interior mutability, checked at run time.

use std::rc::Rc;

pub struct Person {
    pub name: String,
    pub email: String,
}

/// A handle to a person. Cloning a `Member` gives another handle to the same person.
pub type Member = Rc<Person>;

pub fn person(name: &str, email: &str) -> Member {
    Rc::new(Person {
        name: name.to_string(),
        email: email.to_string(),
    })
}

/// The current email of `member`.
pub fn email_of(member: &Member) -> String {
    member.email.clone()
}

pub struct Club {
    members: Vec<Member>,
}

impl Club {
    pub fn new() -> Club {
        Club {
            members: Vec::new(),
        }
    }

    /// Adds `member` to the club: the club keeps a handle to the person.
    pub fn join(&mut self, member: &Member) {
        self.members.push(Rc::clone(member));
    }

    /// The members' emails, in the order they joined.
    pub fn emails(&self) -> Vec<String> {
        self.members.iter().map(email_of).collect()
    }

    /// Gives the member called `name` a new email, for every club they belong to.
    /// Returns false if no member of this club has that name.
    pub fn change_email(&self, name: &str, email: &str) -> bool {
        for member in &self.members {
            if member.name == name {
                member.email = email.to_string();
                return true;
            }
        }
        false
    }
}

impl Default for Club {
    fn default() -> Club {
        Club::new()
    }
}

#[cfg(test)]
mod tests;
