use super::*;

fn info() -> Info {
    let mut text =
        String::from("format_version = 1\nwelcome_message = \"\"\nfinal_message = \"\"\n");
    for name in ["a", "b", "c", "d"] {
        text += &format!(
            "[[exercises]]\nname = \"{name}\"\ndir = \"01_x\"\nmode = \"test\"\nexpect = [\"test-failure\"]\nsection = \"s\"\nhints = [\"x\", \"y\"]\ngo = \"g\"\n"
        );
    }
    Info::parse(&text).unwrap()
}

fn progress(done: &[&str], chosen: Option<&str>) -> Progress {
    let mut progress = Progress {
        chosen: chosen.map(str::to_string),
        ..Progress::default()
    };
    for name in done {
        progress.entry(name).done = true;
    }
    progress
}

fn name(info: &Info, progress: &Progress) -> Option<String> {
    current_of(info, progress).map(|e| e.name.clone())
}

#[test]
fn current_is_the_chosen_one_until_done_then_the_first_not_done() {
    let info = info();
    assert_eq!(name(&info, &progress(&[], None)).as_deref(), Some("a"));
    assert_eq!(name(&info, &progress(&["a"], None)).as_deref(), Some("b"));
    assert_eq!(name(&info, &progress(&[], Some("c"))).as_deref(), Some("c"));
    let chosen_done = progress(&["c"], Some("c"));
    assert_eq!(name(&info, &chosen_done).as_deref(), Some("a"));
    let all = progress(&["a", "b", "c", "d"], Some("b"));
    assert_eq!(name(&info, &all), None);
}

#[test]
fn next_is_the_first_not_done_after_wrapping_around() {
    let info = info();
    let exercises = &info.exercises;
    let p = progress(&["c"], None);
    assert_eq!(unfinished_after(exercises, &p, 1), Some(3), "c is done");
    assert_eq!(unfinished_after(exercises, &p, 3), Some(0), "wraps");
    let only_b = progress(&["a", "c", "d"], None);
    assert_eq!(
        unfinished_after(exercises, &only_b, 1),
        Some(1),
        "itself last"
    );
    let all = progress(&["a", "b", "c", "d"], None);
    assert_eq!(unfinished_after(exercises, &all, 2), None);
}

#[test]
fn a_grading_starts_the_clock_and_a_pass_stops_it() {
    let mut progress = Progress::default();
    assert!(grading_changes(&progress, "a", false));
    graded(&mut progress, "a", false, 100);
    assert!(!grading_changes(&progress, "a", false));
    assert!(grading_changes(&progress, "a", true));
    assert!(!progress.is_done("a"));
    graded(&mut progress, "a", true, 160);
    assert!(progress.is_done("a"));
    assert_eq!(progress.seconds_to_pass("a"), Some(60));
    graded(&mut progress, "a", true, 500);
    assert_eq!(
        progress.seconds_to_pass("a"),
        Some(60),
        "the first pass counts"
    );
    // Passing at the first grading took no time.
    graded(&mut progress, "b", true, 7);
    assert_eq!(progress.seconds_to_pass("b"), Some(0));
    let text = toml::to_string(&progress).unwrap();
    assert_eq!(Progress::parse(&text).unwrap(), progress);
}
