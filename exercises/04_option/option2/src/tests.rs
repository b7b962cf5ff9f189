// Tests for option2. The grader checks that this file is unchanged.
use super::*;

fn staff() -> Vec<Employee> {
    let person = |id, name: &str, manager_id| Employee {
        id,
        name: String::from(name),
        manager_id,
    };
    vec![
        person(1, "Grace", None), // the CEO: nobody above her
        person(2, "Alan", Some(1)),
        person(3, "Ada", Some(2)),
        person(4, "Linus", Some(2)),
        person(5, "Ken", Some(99)), // his manager has left the company
    ]
}

#[test]
fn finds_the_manager() {
    let staff = staff();
    assert_eq!(manager_name(&staff, 2), Some("Grace"));
    assert_eq!(manager_name(&staff, 3), Some("Alan"));
    assert_eq!(manager_name(&staff, 4), Some("Alan"));
}

#[test]
fn unknown_employee_has_no_manager() {
    let staff = staff();
    assert_eq!(manager_name(&staff, 42), None);
    assert_eq!(manager_name(&[], 1), None);
}

#[test]
fn the_ceo_has_no_manager() {
    assert_eq!(manager_name(&staff(), 1), None);
}

#[test]
fn a_manager_who_left_is_none() {
    assert_eq!(manager_name(&staff(), 5), None);
}
