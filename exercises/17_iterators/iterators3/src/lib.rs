// iterators3: make the tests pass (and read the compiler's warning).
// Iterators are lazy: `map` only describes work, which runs when something
// consumes the iterator, one item at a time. `notify_all` never consumes its
// chain, so nobody is notified; `first_available` consumes too much, so it calls
// the expensive `is_free` check on every name. Fix both.
//
// Concept: iterator adapters run only when consumed, and only as far as needed.

/// Calls `send` once for each user, in order. Returns how many were notified.
pub fn notify_all(users: &[&str], mut send: impl FnMut(&str)) -> usize {
    users.iter().map(|user| send(user));
    users.len()
}

/// The first name for which `is_free` (a slow lookup) says yes, calling it
/// only until it says yes.
pub fn first_available<'a>(
    names: &[&'a str],
    mut is_free: impl FnMut(&str) -> bool,
) -> Option<&'a str> {
    let checked: Vec<(&str, bool)> = names.iter().map(|&name| (name, is_free(name))).collect();
    checked
        .into_iter()
        .find(|&(_, free)| free)
        .map(|(name, _)| name)
}

#[cfg(test)]
mod tests;
