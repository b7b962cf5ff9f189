// moves5: make this compile without changing the tests. A session's log must
// hold a login line, then a logout line. (A `.clone()` compiles too, but then
// the lines go into a copy: the tests see that.)
//
// Concept: a function that takes ownership can give it back; clone copies, it does not share.

/// Adds one line to the end of the log and gives the log back.
pub fn append_line(mut log: Vec<String>, line: &str) -> Vec<String> {
    log.push(line.to_string());
    log
}

/// Returns the log of one user session: a login line, then a logout line.
pub fn session_log(user: &str) -> Vec<String> {
    let log = Vec::new();
    append_line(log, &format!("login {user}"));
    append_line(log, &format!("logout {user}"));
    log
}

#[cfg(test)]
mod tests;
