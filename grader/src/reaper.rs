//! Containment: nothing a grading starts outlives it, or outlives the grader.
//!
//! How, on Linux:
//! - the grader is the *child subreaper* ([`become_subreaper`]): a process
//!   that leaves its group and session (`setsid`) and whose parent dies is
//!   re-parented to the grader, not to init, so the grader can find it;
//! - after each child ends, [`sweep`] kills and reaps every descendant of the
//!   grader that no running grading owns (found by walking `/proc`);
//! - every child gets a parent-death signal (see `spawn.rs`), so `kill -9` of the
//!   grader kills cargo and the test binary too;
//! - what the learner asked to outlive the grader (a browser opening the book)
//!   carries [`DETACHED`]`=<a secret of this grader>` and is never swept;
//! - every child is marked with [`MARK`]`=<course>` in its environment, which
//!   its own children inherit, so a later grader can find and kill what a
//!   killed grader left behind ([`kill_strays`]): a build script cargo started,
//!   a test's grandchildren.
//!
//! Elsewhere these functions do nothing: process groups still contain the
//! common cases (see `spawn.rs`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The environment variable that marks a process as started for a grading of a course.
pub const MARK: &str = "GRADER_COURSE";

/// The environment variable that keeps a process the learner asked for (and
/// its children) out of [`sweep`]. Its value is a secret of this grader, so
/// a graded program cannot claim it.
pub const DETACHED: &str = "GRADER_DETACHED";

/// This grader's secret for [`DETACHED`]: two keys of std's randomly
/// seeded hasher.
pub fn detached_secret() -> &'static str {
    use std::hash::{BuildHasher, RandomState};
    static SECRET: OnceLock<String> = OnceLock::new();
    SECRET.get_or_init(|| {
        let key = || RandomState::new().hash_one(std::process::id());
        format!("{:016x}{:016x}", key(), key())
    })
}

/// True when the process carries this grader's [`DETACHED`] secret.
fn is_detached(pid: i32) -> bool {
    has_env(pid, &format!("{DETACHED}={}", detached_secret()))
}

/// True when `NAME=value` (`entry`) is in the environment of process `pid`.
fn has_env(pid: i32, entry: &str) -> bool {
    std::fs::read(format!("/proc/{pid}/environ"))
        .is_ok_and(|env| env.split(|&b| b == 0).any(|v| v == entry.as_bytes()))
}

/// The course this grader grades, set once when it is opened.
static COURSE: OnceLock<PathBuf> = OnceLock::new();

/// Records the course root, whose path marks every child.
pub fn set_course(root: &Path) {
    let _ = COURSE.set(root.to_path_buf());
}

/// The course root, if one was opened.
pub fn course() -> Option<&'static Path> {
    COURSE.get().map(PathBuf::as_path)
}

/// Makes orphaned descendants come back to this process (Linux only).
pub fn become_subreaper() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with PR_SET_CHILD_SUBREAPER takes an integer and touches no memory.
    unsafe {
        libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    }
}

/// One line of `/proc/PID/stat`, the fields used here.
#[derive(Debug, Clone)]
pub struct Proc {
    pub pid: i32,
    pub ppid: i32,
    pub pgrp: i32,
    /// Threads of the process (at least 1).
    pub threads: usize,
    /// The command name (at most 15 bytes).
    pub comm: String,
}

/// Parses `/proc/PID/stat`: `pid (comm) state ppid pgrp … num_threads …`.
/// The command name may hold spaces and parentheses: it ends at the last `)`.
pub fn parse_stat(text: &str) -> Option<Proc> {
    let open = text.find('(')?;
    let close = text.rfind(')')?;
    let pid = text.get(..open)?.trim().parse().ok()?;
    let comm = text.get(open + 1..close)?.to_string();
    let fields: Vec<&str> = text.get(close + 1..)?.split_whitespace().collect();
    Some(Proc {
        pid,
        ppid: fields.get(1)?.parse().ok()?,
        pgrp: fields.get(2)?.parse().ok()?,
        threads: fields.get(17)?.parse().ok()?,
        comm,
    })
}

/// Every process on the machine (those that vanish while reading are skipped).
pub fn scan() -> Vec<Proc> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .bytes()
                .all(|b| b.is_ascii_digit())
        })
        .filter_map(|e| std::fs::read_to_string(e.path().join("stat")).ok())
        .filter_map(|text| parse_stat(&text))
        .collect()
}

/// The processes below `roots` (not the roots themselves), in `procs`.
pub fn descendants<'a>(procs: &'a [Proc], roots: &BTreeSet<i32>) -> Vec<&'a Proc> {
    let mut found: BTreeSet<i32> = BTreeSet::new();
    let mut frontier: Vec<i32> = roots.iter().copied().collect();
    while let Some(parent) = frontier.pop() {
        for p in procs.iter().filter(|p| p.ppid == parent) {
            if !roots.contains(&p.pid) && found.insert(p.pid) {
                frontier.push(p.pid);
            }
        }
    }
    procs.iter().filter(|p| found.contains(&p.pid)).collect()
}

/// Processes and threads a running child accounts for: its group, its
/// descendants, and orphans that escaped its group and came back to the grader.
pub fn tasks_of(child: i32, tracked: &BTreeSet<i32>) -> usize {
    let procs = scan();
    let me = std::process::id() as i32;
    let mut counted: BTreeSet<i32> = procs
        .iter()
        .filter(|p| p.pgrp == child || p.pid == child)
        .map(|p| p.pid)
        .collect();
    counted.extend(descendants(&procs, &[child].into()).iter().map(|p| p.pid));
    let orphans: BTreeSet<i32> = procs
        .iter()
        .filter(|p| p.ppid == me && !tracked.contains(&p.pid))
        .map(|p| p.pid)
        .collect();
    counted.extend(&orphans);
    counted.extend(descendants(&procs, &orphans).iter().map(|p| p.pid));
    procs
        .iter()
        .filter(|p| counted.contains(&p.pid))
        .map(|p| p.threads.max(1))
        .sum()
}

/// The command names of the processes in group `pgid`.
pub fn group_commands(pgid: i32) -> Vec<String> {
    scan()
        .into_iter()
        .filter(|p| p.pgrp == pgid)
        .map(|p| p.comm)
        .collect()
}

/// How long [`sweep`] keeps killing and reaping before it gives up.
const SWEEP_ROUNDS: usize = 50;
const SWEEP_PAUSE: std::time::Duration = std::time::Duration::from_millis(5);

/// Kills and reaps every descendant of the grader that is not owned by a
/// running grading: not one of `tracked` (the children being waited for),
/// not below them, not in their process groups.
pub fn sweep(tracked: &BTreeSet<i32>) {
    if !cfg!(target_os = "linux") {
        return;
    }
    let me = std::process::id() as i32;
    for _ in 0..SWEEP_ROUNDS {
        let procs = scan();
        let kept: BTreeSet<i32> = descendants(&procs, tracked)
            .iter()
            .map(|p| p.pid)
            .chain(tracked.iter().copied())
            .chain(
                procs
                    .iter()
                    .filter(|p| tracked.contains(&p.pgrp))
                    .map(|p| p.pid),
            )
            .collect();
        let strays: Vec<&Proc> = descendants(&procs, &[me].into())
            .into_iter()
            .filter(|p| !kept.contains(&p.pid) && !is_detached(p.pid))
            .collect();
        if strays.is_empty() {
            return;
        }
        for p in &strays {
            kill(p.pid);
        }
        for p in strays.iter().filter(|p| p.ppid == me) {
            reap(p.pid);
        }
        std::thread::sleep(SWEEP_PAUSE);
    }
}

/// Kills processes a grader of the course at `root` started and left behind
/// when it was killed: they carry [`MARK`] but neither their parent does nor
/// is it a grader. Returns how many were killed.
pub fn kill_strays(root: &Path) -> usize {
    if !cfg!(target_os = "linux") {
        return 0;
    }
    let mark = format!("{MARK}={}", root.display());
    let procs = scan();
    let marked = |pid: i32| has_env(pid, &mark);
    let me = std::process::id() as i32;
    let mut killed = 0;
    for p in procs.iter().filter(|p| p.pid != me && marked(p.pid)) {
        let parent = procs.iter().find(|q| q.pid == p.ppid);
        let owned = parent.is_some_and(|q| q.comm == "grader" || marked(q.pid));
        if !owned {
            kill(p.pid);
            killed += 1;
        }
    }
    killed
}

/// The processes of this course's gradings that are not this grader's
/// descendants: another grader's cargo, or one left by a killed grader.
pub fn others_building(root: &Path) -> Vec<Proc> {
    if !cfg!(target_os = "linux") {
        return Vec::new();
    }
    let mark = format!("{MARK}={}", root.display());
    let procs = scan();
    let me = std::process::id() as i32;
    let mine: BTreeSet<i32> = descendants(&procs, &[me].into())
        .iter()
        .map(|p| p.pid)
        .collect();
    procs
        .iter()
        .filter(|p| p.comm == "cargo" && !mine.contains(&p.pid))
        .filter(|p| has_env(p.pid, &mark))
        .cloned()
        .collect()
}

/// The processes holding a `flock` on the file with inode `inode`, from `/proc/locks`
/// (`1: FLOCK  ADVISORY  WRITE 1234 fe:00:5678 0 EOF`; waiters have `->` and are skipped).
pub fn lock_holders(locks: &str, inode: u64) -> Vec<i32> {
    locks
        .lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            if fields.get(1) != Some(&"FLOCK") {
                return None;
            }
            let file_inode = fields.get(5)?.rsplit(':').next()?.parse::<u64>().ok()?;
            (file_inode == inode).then(|| fields.get(4)?.parse().ok())?
        })
        .collect()
}

/// Frees cargo's build lock `lock` of the course at `root` when the cargo
/// holding it was left by a grader that died: a process whose
/// `CARGO_TARGET_DIR` is the grader's, not started by a running grader (its
/// parent is neither a grader nor marked as part of a grading). Such a holder
/// would make every build wait for its limit. Returns the pids killed.
pub fn free_build_lock(root: &Path, lock: &Path) -> Vec<i32> {
    use std::os::unix::fs::MetadataExt;
    let (Ok(meta), Ok(locks)) = (
        std::fs::metadata(lock),
        std::fs::read_to_string("/proc/locks"),
    ) else {
        return Vec::new();
    };
    let target = format!(
        "CARGO_TARGET_DIR={}",
        root.join(crate::layout::BUILD_DIR).display()
    );
    let mark = format!("{MARK}={}", root.display());
    let procs = scan();
    let me = std::process::id() as i32;
    let mut killed = Vec::new();
    for pid in lock_holders(&locks, meta.ino()) {
        let Some(holder) = procs.iter().find(|p| p.pid == pid) else {
            continue;
        };
        let parent = procs.iter().find(|p| p.pid == holder.ppid);
        let owned = holder.ppid == me
            || parent.is_some_and(|q| q.comm == "grader" || has_env(q.pid, &mark));
        if !owned && has_env(pid, &target) {
            kill(pid);
            killed.push(pid);
        }
    }
    killed
}

/// Sends SIGKILL to one process.
pub fn kill(pid: i32) {
    // SAFETY: kill has no memory-safety preconditions; a gone pid yields ESRCH.
    unsafe {
        libc::kill(pid, libc::SIGKILL);
    }
}

/// Collects a dead child's exit status so that it does not stay a zombie.
fn reap(pid: i32) {
    let mut status = 0;
    // SAFETY: `status` is a valid out-pointer; WNOHANG never blocks; `pid` is
    // a child no thread of the grader waits for (it is not tracked).
    unsafe {
        libc::waitpid(pid, &mut status, libc::WNOHANG);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_stat_lines_with_odd_names() {
        let line = "4242 (a (b) c) S 1 4242 4242 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 7 0 1 2 3";
        let p = parse_stat(line).unwrap();
        assert_eq!((p.pid, p.ppid, p.pgrp, p.threads), (4242, 1, 4242, 7));
        assert_eq!(p.comm, "a (b) c");
        assert!(parse_stat("garbage").is_none());
        assert!(parse_stat("1 (x) S").is_none());
    }

    #[test]
    fn lock_holders_are_read_from_proc_locks() {
        let locks = "1: FLOCK  ADVISORY  WRITE 31591 fe:00:10739718 0 EOF\n\
                     1: -> FLOCK  ADVISORY  WRITE 4242 fe:00:10739718 0 EOF\n\
                     2: POSIX  ADVISORY  WRITE 77 fe:00:10739718 0 EOF\n\
                     3: FLOCK  ADVISORY  READ 5 fe:00:1 0 EOF\n";
        assert_eq!(lock_holders(locks, 10739718), [31591]);
        assert!(lock_holders("garbage\n", 1).is_empty());
    }

    #[test]
    fn descendants_follow_parents() {
        let p = |pid, ppid| Proc {
            pid,
            ppid,
            pgrp: pid,
            threads: 1,
            comm: String::new(),
        };
        let procs = [p(1, 0), p(2, 1), p(3, 2), p(4, 1), p(5, 9)];
        let mut found: Vec<i32> = descendants(&procs, &[2].into())
            .iter()
            .map(|p| p.pid)
            .collect();
        found.sort();
        assert_eq!(found, [3]);
        assert_eq!(descendants(&procs, &[1].into()).len(), 3);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn this_process_is_found() {
        let me = std::process::id() as i32;
        let procs = scan();
        let found = procs.iter().find(|p| p.pid == me).unwrap();
        assert!(found.threads >= 1);
    }
}
