//! Was the machine quiet? A time limit in `check` must mean what it means to
//! a learner on an idle machine. Runs that hang without using the processor
//! (a deadlock, a receive that never ends) can be judged together: if the
//! processors stayed mostly idle while they ran, none of them was slowed by
//! the others, and each timeout is as good as one measured alone.

use std::time::Duration;

/// Processor time the whole machine spent busy since boot, from `/proc/stat`
/// (`None` where there is no such file: then nothing is judged quiet).
pub fn busy_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let ticks = busy_ticks(&stat)?;
    // SAFETY: sysconf has no preconditions.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let per_second = u64::try_from(per_second).ok().filter(|&t| t > 0)?;
    Some(Duration::from_millis(
        ticks.saturating_mul(1000) / per_second,
    ))
}

/// The busy ticks of the first (`cpu`, all processors) line: every column
/// but idle and iowait.
fn busy_ticks(stat: &str) -> Option<u64> {
    let line = stat.lines().find(|l| l.starts_with("cpu "))?;
    let columns: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .map(|c| c.parse().ok())
        .collect::<Option<_>>()?;
    // user nice system idle iowait irq softirq steal [guest guest_nice]:
    // guest time is already counted in user.
    let busy = [0, 1, 2, 5, 6, 7]
        .iter()
        .filter_map(|&i| columns.get(i))
        .sum();
    (columns.len() >= 4).then_some(busy)
}

/// True when, over `wall`, the machine was busy `busy` for at most half of one
/// processor on average: every run could have had a processor to itself.
pub fn was_quiet(busy: Duration, wall: Duration) -> bool {
    busy <= wall / 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn busy_ticks_leave_out_idle_and_iowait() {
        let stat = "cpu  10 1 5 1000 50 2 3 4 7 0\ncpu0 5 0 2 500 25 1 1 2 0 0\n";
        assert_eq!(busy_ticks(stat), Some(10 + 1 + 5 + 2 + 3 + 4));
        assert_eq!(busy_ticks("intr 1 2 3\n"), None);
        assert_eq!(busy_ticks("cpu  x y\n"), None);
    }

    #[test]
    fn quiet_means_half_a_processor_at_most() {
        let wall = Duration::from_secs(3);
        assert!(was_quiet(Duration::from_millis(100), wall));
        assert!(was_quiet(Duration::from_millis(1500), wall));
        assert!(!was_quiet(Duration::from_millis(1600), wall));
    }

    #[test]
    fn this_machine_can_be_measured() {
        if std::path::Path::new("/proc/stat").exists() {
            let before = busy_time().expect("/proc/stat is readable");
            let spin = std::time::Instant::now();
            while spin.elapsed() < Duration::from_millis(50) {}
            assert!(busy_time().expect("readable") >= before);
        }
    }
}
