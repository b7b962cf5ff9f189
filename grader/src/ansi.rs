//! Escape sequences in text from cargo and from the learner's programs:
//! removed for plain output, or reduced to colours for a terminal.

/// Removes ANSI escape sequences (`ESC [ … letter`, `ESC ( B`) and the
/// control characters terminals use, keeping newlines and tabs.
pub fn strip_ansi(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            // Shift-in/shift-out and other controls some terminfo entries add.
            if !c.is_control() || matches!(c, '\n' | '\t' | '\r') {
                plain.push(c);
            }
            continue;
        }
        match chars.next() {
            // CSI: `ESC [ params letter`
            Some('[') => {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            // Character set selection, `ESC ( B`, which libtest emits with colour.
            Some('(' | ')') => {
                chars.next();
            }
            // OSC (hyperlinks, titles), DCS, APC, PM, SOS: up to BEL or ESC \\.
            Some(']' | 'P' | '_' | '^' | 'X') => {
                while let Some(c) = chars.next() {
                    if c == '\u{7}' || (c == '\u{1b}' && chars.next() == Some('\\')) {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    plain
}

/// Learner output made safe for a terminal: colour and style (SGR, `ESC [ … m`)
/// are kept; every other escape sequence (clearing the screen, moving the
/// cursor, setting the window title, …) and control character is dropped,
/// except newlines, tabs and carriage returns.
pub fn neutralise(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            if !c.is_control() || matches!(c, '\n' | '\t' | '\r') {
                safe.push(c);
            }
            continue;
        }
        match chars.next() {
            Some('[') => {
                let mut sequence = String::from("\u{1b}[");
                let mut last = None;
                while let Some(&c) = chars.peek() {
                    if !(' '..='?').contains(&c) {
                        // Anything else ends it; a final byte belongs to it.
                        if ('@'..='~').contains(&c) {
                            chars.next();
                            last = Some(c);
                        }
                        break;
                    }
                    sequence.push(c);
                    chars.next();
                }
                let plain_params = sequence[2..]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b';' || b == b':');
                if last == Some('m') && plain_params {
                    safe.push_str(&sequence);
                    safe.push('m');
                }
            }
            // OSC (title, hyperlinks, clipboard), DCS, APC, PM, SOS: up to BEL or ESC \\.
            Some(']' | 'P' | '_' | '^' | 'X') => {
                while let Some(c) = chars.next() {
                    if c == '\u{7}' || (c == '\u{1b}' && chars.next_if_eq(&'\\').is_some()) {
                        break;
                    }
                }
            }
            // Character set selection, `ESC ( B`: one more character.
            Some('(' | ')' | '*' | '+' | '#' | '%') => {
                chars.next();
            }
            _ => {}
        }
    }
    safe
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_all_but_colour() {
        let colour = "\u{1b}[1;31merror\u{1b}[0m and \u{1b}[m";
        assert_eq!(neutralise(colour), colour);
        let nasty = "a\u{1b}[2J\u{1b}[H\u{1b}]0;owned\u{7}b\u{1b}]8;;x\u{1b}\\c\u{1b}[?1049h\u{7}\u{8}d\u{9b}2J\u{1b}(Be\n\t";
        assert_eq!(neutralise(nasty), "abcd2Je\n\t");
        assert_eq!(neutralise("\u{1b}["), "");
        assert_eq!(neutralise("\u{1b}[31"), "");
    }

    #[test]
    fn strips_colour_codes() {
        assert_eq!(
            strip_ansi("\u{1b}[0m\u{1b}[1m\u{1b}[38;5;9merror\u{1b}[0m: x"),
            "error: x"
        );
        let libtest = "test a ... \u{1b}[31mFAILED\u{1b}(B\u{1b}[m";
        assert_eq!(strip_ansi(libtest), "test a ... FAILED");
        // TERM=tmux-256color: sgr0 is `ESC [ m` then shift-in.
        let tmux = "test a ... \u{1b}[31mFAILED\u{1b}[m\u{f}\n\tok";
        assert_eq!(strip_ansi(tmux), "test a ... FAILED\n\tok");
    }
}
