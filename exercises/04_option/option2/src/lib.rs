// option2: make this compile, then make the tests pass. `manager_name` was
// written as in Go, as if every lookup surely found something. It must give
// `None` when the employee, their manager id or the manager is missing.
//
// Concept: `?` on an `Option` unwraps `Some(x)` or returns `None` from the function.

pub struct Employee {
    pub id: u32,
    pub name: String,
    /// The boss of this employee; `None` for the CEO.
    pub manager_id: Option<u32>,
}

/// The employee with this id, if there is one.
pub fn find(staff: &[Employee], id: u32) -> Option<&Employee> {
    staff.iter().find(|e| e.id == id)
}

/// The name of the manager of employee `id`, or `None` when the employee
/// does not exist, has no manager, or the manager is not in `staff`.
pub fn manager_name(staff: &[Employee], id: u32) -> Option<&str> {
    let employee: &Employee = find(staff, id);
    let boss_id: u32 = employee.manager_id;
    let boss: &Employee = find(staff, boss_id);
    Some(&boss.name)
}

#[cfg(test)]
mod tests;
