// Tests for shared4. The grader checks that this file is unchanged.
use super::*;
use std::sync::Barrier;
use std::thread;

#[test]
fn insert_then_get() {
    let cache = Cache::new();
    cache.insert("go", "gopher");
    cache.insert("rust", "ferris");
    assert_eq!(cache.get("go"), Some(String::from("gopher")));
    assert_eq!(cache.get("rust"), Some(String::from("ferris")));
    assert_eq!(cache.get("zig"), None);
}

#[test]
fn insert_replaces_the_old_value() {
    let cache = Cache::new();
    cache.insert("lang", "go");
    cache.insert("lang", "rust");
    assert_eq!(cache.read_with("lang", |v| v.map(str::len)), Some(4));
}

#[test]
fn two_readers_at_the_same_time() {
    // Two threads read at once: each one, while inside `read_with`, waits at the
    // barrier until the other one is inside too. If only one reader can be
    // inside at a time, they wait for each other forever and this test hangs.
    let cache = Cache::new();
    cache.insert("mascot", "ferris");
    let barrier = Barrier::new(2);
    thread::scope(|s| {
        let readers: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(|| {
                    cache.read_with("mascot", |v| {
                        barrier.wait();
                        // Where the bytes are: the value in the cache, not a copy.
                        v.map(|text| (text.to_uppercase(), text.as_ptr() as usize))
                    })
                })
            })
            .collect();
        let seen: Vec<_> = readers.into_iter().map(|r| r.join().unwrap()).collect();
        assert_eq!(seen[0].as_ref().unwrap().0, "FERRIS");
        assert_eq!(seen[1].as_ref().unwrap().0, "FERRIS");
        // Both readers looked at the very same String inside the cache, at the same
        // time: `read_with` lends the cached value, it does not hand out copies.
        assert_eq!(seen[0].as_ref().unwrap().1, seen[1].as_ref().unwrap().1);
    });
    // Writing still works once the readers are gone.
    cache.insert("mascot", "gopher");
    assert_eq!(cache.get("mascot"), Some(String::from("gopher")));
}
