use super::*;

#[test]
fn each_key_has_one_action() {
    for binding in &BINDINGS {
        let same = BINDINGS.iter().filter(|b| b.key == binding.key).count();
        assert_eq!(same, 1, "{binding:?}");
        assert_eq!(Action::of_key(binding.key), Some(binding.action));
    }
    assert_eq!(Action::of_key('z'), None);
}

#[test]
fn the_texts_are_made_from_the_table() {
    assert_eq!(
        key_line(),
        "n next · h hint · g Go note · e edit · l list · r re-grade · x reset · v solution · b book · q quit"
    );
    assert_eq!(
        line_help(),
        "No terminal: line mode. Type a command and Enter: n next, h hint, g Go note, e edit (opens $VISUAL/$EDITOR at the first error), l list (l NUMBER or l NAME jumps), r re-grade, x reset, s switch, v solution (once it passes), w warnings in full or short, b book, q quit. End of input quits.\n"
    );
    let help = help();
    assert!(help.starts_with("Keys in `grader watch`:\n  n  next exercise (once the current one passes)\n  h  the next hint\n"), "{help}");
    assert!(help.contains("\n  e  open the exercise in $VISUAL or $EDITOR at the first error's line (vim, nano, emacs, hx: `+LINE`;\n     code: `-g FILE:LINE`; subl, zed: `FILE:LINE`); a terminal editor has the terminal until it exits\n"), "{help}");
    assert!(help.ends_with("\n  q  quit (Ctrl-C too)\nWithout a terminal (piped), watch reads the same letters as lines: `l 3` or `l NAME` jumps."), "{help}");
}

/// The README's keys table, as (key, what it does) with spaces collapsed.
fn readme_keys() -> Vec<(String, String)> {
    let readme = include_str!("../../../README.md");
    let start = readme
        .find("| key | what it does |")
        .expect("README has a keys table");
    readme[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            (cells[0].trim_matches('`').to_string(), cells[1].to_string())
        })
        .collect()
}

#[test]
fn the_readme_lists_exactly_these_keys() {
    let table: Vec<(String, String)> = BINDINGS
        .iter()
        .map(|b| {
            let words: Vec<&str> = b.help.split_whitespace().collect();
            (b.key.to_string(), words.join(" "))
        })
        .collect();
    assert_eq!(readme_keys(), table);
}
