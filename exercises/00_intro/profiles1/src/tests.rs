// Tests for profiles1. The grader checks that this file is unchanged.
use super::*;

#[test]
fn fnv1a_matches_go_hash_fnv() {
    // The values Go's fnv.New32a() gives for the same bytes.
    assert_eq!(fnv1a(b""), 0x811c_9dc5_u32);
    assert_eq!(fnv1a(b"a"), 0xe40c_292c_u32);
    assert_eq!(fnv1a(b"rust"), 0x1d3f_bde7_u32);
    assert_eq!(fnv1a(b"foobar"), 0xbf9c_f968_u32);
    assert_eq!(fnv1a(b"Hello, Gopher!"), 0x6abb_c735_u32);
}

#[test]
fn small_totals_are_counted() {
    assert_eq!(total_units(&[]), Some(0_u32));
    assert_eq!(total_units(&[7]), Some(7));
    assert_eq!(total_units(&[120, 0, 35, 9]), Some(164));
    assert_eq!(total_units(&[u32::MAX - 5, 5]), Some(u32::MAX));
}

#[test]
fn a_total_too_large_for_u32_is_none() {
    // Wrapped around, this total would be 2: wrong, and no one would notice.
    assert_eq!(total_units(&[u32::MAX, 3]), None);
    assert_eq!(total_units(&[3_000_000_000, 3_000_000_000]), None);
    // Clamped at u32::MAX, it would be wrong too.
    assert_eq!(total_units(&[u32::MAX, 1, 0]), None);
    assert_eq!(total_units(&[1, u32::MAX - 1, 1, 5]), None);
}

#[test]
fn brighten_adds_light() {
    assert_eq!(brighten(0_u8, 0_u8), 0_u8);
    assert_eq!(brighten(10, 20), 30);
    assert_eq!(brighten(200, 55), 255);
}

#[test]
fn white_stays_white() {
    // Wrapped around, 250 + 10 would be 4: a white pixel turned black.
    assert_eq!(brighten(250, 10), 255);
    assert_eq!(brighten(255, 1), 255);
    assert_eq!(brighten(128, 255), 255);
}
