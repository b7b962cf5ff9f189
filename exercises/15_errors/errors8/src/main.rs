// The `linecount` program: `cargo run -p errors8 -- FILE...`. You do not need to
// change this file: its `main` returns the status that `run` gives.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    errors8::run(&args, &mut std::io::stdout(), &mut std::io::stderr())
}
