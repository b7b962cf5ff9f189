// match1: make this compile, then make the tests pass.
// Orders can now be cancelled: the `Cancelled` variant is new, and the compiler
// lists every `match` that does not handle it yet. Add an arm for it to each one
// (no `_` catch-all: spell the variant out, so the next new variant is caught too).
//
// Concept: a `match` must be exhaustive, so adding an enum variant shows you every place to update.

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Pending,
    Shipped {
        tracking: String,
    },
    Delivered,
    /// New: the shop cancelled the order, for this reason.
    Cancelled {
        reason: String,
    },
}

/// A short text for the customer.
pub fn label(status: &Status) -> String {
    match status {
        Status::Pending => String::from("waiting to ship"),
        Status::Shipped { tracking } => format!("shipped, tracking number {tracking}"),
        Status::Delivered => String::from("delivered"),
        Status::Cancelled { reason } => format!("cancelled: {reason}"),
    }
}

/// Only an order that has not left the warehouse can still be cancelled.
pub fn can_cancel(status: &Status) -> bool {
    match status {
        Status::Pending => true,
        Status::Shipped { .. } => false,
        Status::Delivered => false,
        Status::Cancelled { .. } => false,
    }
}

/// Nothing more will happen to a delivered or a cancelled order.
pub fn is_finished(status: &Status) -> bool {
    match status {
        Status::Pending => false,
        Status::Shipped { .. } => false,
        Status::Delivered => true,
        Status::Cancelled { .. } => true,
    }
}

#[cfg(test)]
#[path = "../../../../exercises/05_matching/match1/src/tests.rs"]
mod tests;
