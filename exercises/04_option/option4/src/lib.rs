// option4: make this compile, then make the tests pass.
// `let PATTERN = value;` only works when the pattern always matches. `split_once`
// may find no separator and `parse` may fail, so each `let` below needs an `else`
// branch that leaves the block: `let Some(x) = ... else { continue };`
//
// Concept: `let ... else` unpacks the good case and exits early otherwise.

/// Parses lines of "key = value". Blank lines, comments (starting with '#')
/// and lines without '=' are skipped.
pub fn parse_settings(text: &str) -> Vec<(String, String)> {
    let mut settings = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once('=');
        settings.push((key.trim().to_string(), value.trim().to_string()));
    }
    settings
}

/// The port of an address such as "localhost:8080", or an error message
/// when there is no ':' or the port is not a number from 0 to 65535.
pub fn port_of(address: &str) -> Result<u16, String> {
    let Some((_host, port)) = address.split_once(':');
    let Ok(port) = port.parse::<u16>();
    Ok(port)
}

#[cfg(test)]
mod tests;
