//! Small Markdown helpers for the book's generated chapters: prose from
//! source comments made safe to render, code fences, an exercise's header
//! comment, and the relative links of a topic README.

/// What an exercise's header comment says: what to do, and its concept.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// Paragraphs of the goal, each on one line; the leading `name:` is dropped.
    pub goal: Vec<String>,
    /// The `Concept:` line, without its label.
    pub concept: Option<String>,
}

/// Parses the `//` comment lines at the top of an exercise's main file.
///
/// ```text
/// // moves1: make this compile without changing the tests.
/// // This is the article's example: ...
/// //
/// // Concept: assigning a heap value to another variable moves it.
/// ```
pub fn header(source: &str, name: &str) -> Header {
    let mut paragraphs: Vec<Vec<&str>> = vec![Vec::new()];
    let mut concept: Option<Vec<&str>> = None;
    for line in source.lines() {
        let Some(text) = comment_text(line) else {
            break;
        };
        if text.is_empty() {
            if concept.is_some() {
                break;
            }
            paragraphs.push(Vec::new());
        } else if let Some(rest) = text.strip_prefix("Concept:") {
            concept = Some(vec![rest.trim()]);
        } else if let Some(concept) = &mut concept {
            concept.push(text);
        } else if let Some(last) = paragraphs.last_mut() {
            last.push(text);
        }
    }
    let mut goal: Vec<String> = paragraphs
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.join(" "))
        .collect();
    if let Some(first) = goal.first_mut() {
        let prefix = format!("{name}:");
        if let Some(rest) = first.strip_prefix(&prefix) {
            *first = capitalize(rest.trim_start());
        }
    }
    Header {
        goal,
        concept: concept.map(|c| c.join(" ")).filter(|c| !c.is_empty()),
    }
}

/// The text of a `//` or `//!` comment line (trimmed), `None` for code.
fn comment_text(line: &str) -> Option<&str> {
    let line = line.trim();
    let text = line.strip_prefix("//")?;
    let text = text.strip_prefix(['!', '/']).unwrap_or(text);
    Some(text.trim())
}

pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Prose taken from a source comment, made safe for Markdown: code spans
/// (`` `Vec<T>` ``) are kept, and outside them the characters Markdown or
/// HTML would interpret (`<T>`, `*`, `_`, `[`) are escaped.
pub fn escape_prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut in_code = false;
    for c in text.chars() {
        match c {
            '`' => in_code = !in_code,
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '|' if !in_code => {
                out.push('\\')
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// `code` in a fenced block tagged `lang`, with a fence longer than any run
/// of backticks inside it.
pub fn fenced(code: &str, lang: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}{lang}\n{}\n{fence}\n", code.trim_matches('\n'))
}

/// The text of the first `# ` heading outside code blocks.
pub fn title(markdown: &str) -> Option<String> {
    let mut fence = Fence::default();
    markdown.lines().find_map(|line| {
        if fence.update(line) {
            return None;
        }
        line.strip_prefix("# ").map(|t| t.trim().to_string())
    })
}

/// Tracks fenced code blocks line by line.
#[derive(Default)]
struct Fence {
    open: Option<String>,
}

impl Fence {
    /// True when `line` is inside a fenced block or is one of its fences.
    fn update(&mut self, line: &str) -> bool {
        let trimmed = line.trim_start();
        let marker: String = trimmed
            .chars()
            .take_while(|&c| c == '`' || c == '~')
            .collect();
        let is_fence =
            marker.len() >= 3 && marker.chars().all(|c| c == marker.as_bytes()[0] as char);
        match &self.open {
            Some(open) => {
                if is_fence
                    && marker.starts_with(open.as_str())
                    && trimmed[marker.len()..].trim().is_empty()
                {
                    self.open = None;
                }
                true
            }
            None if is_fence => {
                self.open = Some(marker);
                true
            }
            None => false,
        }
    }
}

/// Calls `rewrite` on the target of every link and image outside code:
/// Markdown `[text](target)` / `![alt](target "title")`, and HTML
/// `src="target"` / `href="target"`. `rewrite` gets the target and returns
/// its replacement, or `None` to drop the link and keep only its text.
pub fn rewrite_links(markdown: &str, mut rewrite: impl FnMut(&str) -> Option<String>) -> String {
    let mut fence = Fence::default();
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        if fence.update(line) {
            out.push_str(line);
        } else {
            out.push_str(&rewrite_line(line, &mut rewrite));
        }
    }
    out
}

fn rewrite_line(line: &str, rewrite: &mut impl FnMut(&str) -> Option<String>) -> String {
    let line = autolink(&rewrite_html_attributes(line, rewrite));
    let mut out = String::with_capacity(line.len());
    let mut rest = line.as_str();
    while let Some(at) = rest.find("](") {
        let (before, after) = rest.split_at(at);
        let after = &after[2..];
        let Some(end) = after.find(')') else { break };
        let inside = &after[..end];
        let (target, title) = match inside.find(' ') {
            Some(space) => inside.split_at(space),
            None => (inside, ""),
        };
        match rewrite(target) {
            Some(new) => {
                out.push_str(before);
                out.push_str("](");
                out.push_str(&new);
                out.push_str(title);
                out.push(')');
            }
            None => out.push_str(&unlink(before)),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Bare `https://…` addresses (GitHub links them, mdBook does not) become
/// `<https://…>` autolinks; addresses in code spans, links or HTML are left alone.
fn autolink(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut in_code = false;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c == '`' {
            in_code = !in_code;
        }
        let before = out.chars().last();
        let starts_address = rest.starts_with("https://") || rest.starts_with("http://");
        if !in_code && starts_address && !matches!(before, Some('(' | '<' | '"' | '\'' | '=' | '['))
        {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '<' || c == '>')
                .unwrap_or(rest.len());
            let address = rest[..end].trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
            out.push('<');
            out.push_str(address);
            out.push('>');
            rest = &rest[address.len()..];
            continue;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// `see [the crate` → `see the crate` (and `![alt` → `alt`): the link's text without the link.
fn unlink(before_target: &str) -> String {
    match before_target.rfind('[') {
        Some(open) => {
            let start = if before_target[..open].ends_with('!') {
                open - 1
            } else {
                open
            };
            format!("{}{}", &before_target[..start], &before_target[open + 1..])
        }
        None => before_target.to_string(),
    }
}

fn rewrite_html_attributes(line: &str, rewrite: &mut impl FnMut(&str) -> Option<String>) -> String {
    let mut out = line.to_string();
    for attribute in ["src=\"", "href=\""] {
        let mut from = 0;
        while let Some(at) = out[from..].find(attribute) {
            let start = from + at + attribute.len();
            let Some(len) = out[start..].find('"') else {
                break;
            };
            let target = out[start..start + len].to_string();
            let new = rewrite(&target).unwrap_or_else(|| "#".to_string());
            out.replace_range(start..start + len, &new);
            from = start + new.len();
        }
    }
    out
}

/// True for a link target that leaves the book or stays on the page.
pub fn is_external(target: &str) -> bool {
    target.is_empty()
        || target.starts_with('#')
        || target.starts_with('/')
        || target.starts_with("mailto:")
        || target.contains("://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_splits_goal_and_concept() {
        let source = "// moves1: make this compile.\n// Keep `s2`\n// and both names.\n//\n// Concept: moves;\n// clones copy.\npub fn f() {}\n// not header\n";
        let header = header(source, "moves1");
        assert_eq!(
            header.goal,
            vec!["Make this compile. Keep `s2` and both names."]
        );
        assert_eq!(header.concept.as_deref(), Some("moves; clones copy."));
    }

    #[test]
    fn header_without_comment_is_empty() {
        assert_eq!(header("fn main() {}\n", "x"), Header::default());
    }

    #[test]
    fn prose_is_escaped_outside_code() {
        assert_eq!(
            escape_prose("a Vec<T> and `Vec<T>` and *p"),
            "a Vec\\<T\\> and `Vec<T>` and \\*p"
        );
    }

    #[test]
    fn fences_are_longer_than_the_code_backticks() {
        assert_eq!(fenced("x := 1", "go"), "```go\nx := 1\n```\n");
        assert!(fenced("a ``` b", "go").starts_with("````go\n"));
    }

    #[test]
    fn title_skips_code() {
        assert_eq!(
            title("```sh\n# comment\n```\n# Real: title\n").as_deref(),
            Some("Real: title")
        );
        assert_eq!(title("no heading"), None);
    }

    #[test]
    fn links_are_rewritten_outside_code() {
        let text = "![a picture](../x.svg \"t\") and [docs](https://d.rs)\n```\n[no](x)\n```\n<img src=\"y.png\">\n";
        let out = rewrite_links(text, |t| {
            (!is_external(t))
                .then(|| format!("NEW/{t}"))
                .or(Some(t.into()))
        });
        assert_eq!(
            out,
            "![a picture](NEW/../x.svg \"t\") and [docs](https://d.rs)\n```\n[no](x)\n```\n<img src=\"NEW/y.png\">\n"
        );
    }

    #[test]
    fn bare_addresses_become_links() {
        assert_eq!(
            autolink("- Book: https://a.org/x.html, and [b](https://b.org) `https://c.org`"),
            "- Book: <https://a.org/x.html>, and [b](https://b.org) `https://c.org`"
        );
    }

    #[test]
    fn a_dropped_link_keeps_its_text() {
        let out = rewrite_links("see [the crate](moves1/) here\n", |_| None);
        assert_eq!(out, "see the crate here\n");
    }
}
