// intro1: welcome! Every exercise is a small program that is broken on purpose.
// Keep `grader watch` open, fix the file in your editor and save: the grader
// re-grades on every save and shows the verdict. Press `h` for a hint, `g` for
// the Go version, and `n` for the next exercise once this one passes.
// Here the program stops itself before its last line: make it run to the end.
//
// Concept: a `run` exercise passes when `main` finishes without a panic.

fn main() {
    let language = "Rust";
    println!("Hello, Gopher! Welcome to {language}.");

    // Save the file after each change and watch the verdict.
    let ready = false;
    if !ready {
        panic!("intro1 is not done yet: make `main` run to its last line, then save");
    }

    println!("intro1 passed: press `n` for the next exercise.");
}
