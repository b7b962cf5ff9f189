//! File helpers shared by the progress file, the hashes file and the check cache.

use std::fs::File;
use std::io::Write;
use std::os::fd::AsRawFd;
use std::path::Path;

use anyhow::{Context, Result};

/// Writes `bytes` to `path` through a temporary file and a rename, so that a
/// crash or a full disk never leaves half a file behind.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let temp = dir.join(format!("{}{}", temp_prefix(name), std::process::id()));
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    };
    write().with_context(|| {
        let _ = std::fs::remove_file(&temp);
        format!("cannot write {}", path.display())
    })
}

/// Seconds since the epoch, for backup names.
pub fn timestamp() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Temporary files of `write_atomically` for a file called `name` start so,
/// followed by the writer's process id.
fn temp_prefix(name: &str) -> String {
    format!(".{name}.tmp")
}

/// Removes the temporary files a killed writer left beside `path`: those
/// whose writer (by the process id in their name) is no longer running.
pub fn remove_stale_temps(path: &Path) {
    let dir = path.parent().unwrap_or(Path::new("."));
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return;
    };
    let prefix = temp_prefix(name);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(pid) = file.to_str().and_then(|f| f.strip_prefix(&prefix)) else {
            continue;
        };
        let alive = pid
            .parse::<i32>()
            .is_ok_and(|pid| pid != std::process::id() as i32 && process_exists(pid));
        if !alive {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn process_exists(pid: i32) -> bool {
    // SAFETY: signal 0 checks that the process exists and sends nothing.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Takes an exclusive `flock` on `file` if no one else holds it; released
/// when the file is closed.
pub fn try_lock(file: &File) -> std::io::Result<bool> {
    // SAFETY: flock takes a file descriptor that `file` keeps open.
    let result = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if result == 0 {
        return Ok(true);
    }
    let error = std::io::Error::last_os_error();
    match error.raw_os_error() {
        Some(code) if code == libc::EWOULDBLOCK || code == libc::EINTR => Ok(false),
        _ => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_temps_go_and_live_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.toml");
        let stale = dir.path().join(".p.toml.tmp999999999");
        let garbage = dir.path().join(".p.toml.tmpxyz");
        let live = dir.path().join(format!(
            ".p.toml.tmp{}",
            std::os::unix::process::parent_id()
        ));
        for file in [&stale, &garbage, &live] {
            std::fs::write(file, "x").unwrap();
        }
        remove_stale_temps(&path);
        assert!(!stale.exists() && !garbage.exists());
        assert!(live.exists());
    }

    #[test]
    fn a_lock_is_exclusive_until_closed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lock");
        let first = File::create(&path).unwrap();
        assert!(try_lock(&first).unwrap());
        let second = File::create(&path).unwrap();
        assert!(!try_lock(&second).unwrap());
        drop(first);
        assert!(try_lock(&second).unwrap());
    }
}
