use super::*;

fn sh(script: &str) -> Command {
    let mut command = Command::new("sh");
    command.arg("-c").arg(script);
    command
}

fn limits(secs: u64, cap: usize) -> Limits {
    Limits::time_and_output(Duration::from_secs(secs), cap)
}

#[test]
fn captures_output_and_status() {
    let done = run(
        sh("echo out; echo err >&2; exit 3"),
        limits(5, 1024),
        &Cancel::default(),
    )
    .unwrap();
    assert_eq!(done.stdout, b"out\n");
    assert_eq!(done.stderr, b"err\n");
    assert!(matches!(done.exit, Exit::Status(s) if s.code() == Some(3)));
}

#[test]
fn a_hang_is_killed_with_its_group() {
    let done = run(
        sh("sleep 30 & sleep 30; wait"),
        limits(1, 1024),
        &Cancel::default(),
    )
    .unwrap();
    assert_eq!(done.exit, Exit::TimedOut);
}

#[test]
fn a_flood_is_capped() {
    let done = run(sh("yes flood"), limits(10, 4096), &Cancel::default()).unwrap();
    assert_eq!(done.exit, Exit::OutputTooLarge);
    assert_eq!(done.stdout.len(), 4096);
    assert!(done.truncated);
}

#[cfg(target_os = "linux")]
#[test]
fn a_process_that_left_the_group_is_killed_and_reaped() {
    reaper::become_subreaper();
    let marker = format!("sleep 3{}", std::process::id() % 1000);
    let script = format!("setsid sh -c 'exec {marker}' & sleep 0.2");
    let done = run(sh(&script), limits(5, 1024), &Cancel::default()).unwrap();
    assert!(done.success());
    let left: Vec<_> = reaper::scan()
        .into_iter()
        .filter(|p| p.comm == "sleep")
        .filter(|p| {
            std::fs::read_to_string(format!("/proc/{}/cmdline", p.pid))
                .is_ok_and(|c| c.replace('\0', " ").contains(&marker))
        })
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// The pids of `sleep` processes whose command line holds `marker`.
#[cfg(target_os = "linux")]
fn sleeps(marker: &str) -> Vec<i32> {
    reaper::scan()
        .into_iter()
        .filter(|p| p.comm == "sleep")
        .filter(|p| {
            std::fs::read_to_string(format!("/proc/{}/cmdline", p.pid))
                .is_ok_and(|c| c.replace('\0', " ").contains(marker))
        })
        .map(|p| p.pid)
        .collect()
}

#[cfg(target_os = "linux")]
#[test]
fn a_detached_program_outlives_the_sweep_and_a_claim_of_it_does_not() {
    reaper::become_subreaper();
    let kept = format!("sleep 4{}", std::process::id() % 1000);
    spawn_detached(sh(&format!("exec {kept}"))).unwrap();
    // A graded program that names the variable without this grader's secret.
    let claimed = format!("sleep 5{}", std::process::id() % 1000);
    let script = format!("GRADER_DETACHED=guess setsid sh -c 'exec {claimed}' & sleep 0.2");
    let done = run(sh(&script), limits(5, 1024), &Cancel::default()).unwrap();
    assert!(done.success());
    assert!(sleeps(&claimed).is_empty());
    let survivors = sleeps(&kept);
    assert_eq!(survivors.len(), 1, "the detached program was swept");
    reaper::kill(survivors[0]);
}

#[cfg(target_os = "linux")]
#[test]
fn too_many_processes_are_stopped() {
    let limits = Limits {
        tasks: Some(20),
        ..limits(10, 1024)
    };
    let started = Instant::now();
    let done = run(
        sh("for i in $(seq 40); do sleep 30 & done; wait"),
        limits,
        &Cancel::default(),
    )
    .unwrap();
    assert_eq!(done.exit, Exit::TooManyTasks);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[cfg(target_os = "linux")]
#[test]
fn a_memory_limit_applies_to_the_child() {
    let limits = Limits {
        memory: Some(64 * layout::MIB),
        ..limits(10, 1024)
    };
    // sh reports the limit it runs under, in KiB.
    let done = run(sh("ulimit -d"), limits, &Cancel::default()).unwrap();
    assert_eq!(done.stdout_text().trim(), "65536");
}

#[test]
fn a_huge_time_limit_does_not_overflow() {
    let done = run(sh("exit 0"), limits(u64::MAX, 1024), &Cancel::default()).unwrap();
    assert!(done.success());
}

#[test]
fn cancel_stops_a_child() {
    let cancel = Cancel::default();
    let stopper = cancel.clone();
    thread::spawn(move || {
        thread::sleep(Duration::from_millis(100));
        stopper.cancel();
    });
    let done = run(sh("sleep 30"), limits(10, 1024), &cancel).unwrap();
    assert_eq!(done.exit, Exit::Cancelled);
}
