// match1: the shop added two states an order can be in, `OnHold` and
// `Cancelled`. Make every function handle them, without changing the tests.
//
// Concept: a `match` must be exhaustive, so adding an enum variant shows you every place to update.

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Pending,
    Shipped {
        tracking: String,
    },
    Delivered,
    /// New: the order waits until the customer answers a question.
    OnHold {
        reason: String,
    },
    /// New: the shop cancelled the order, for this reason.
    Cancelled {
        reason: String,
    },
}

/// A short text for the customer: "waiting to ship", "shipped, tracking number ZX-42",
/// "delivered", "on hold: <reason>", "cancelled: <reason>".
pub fn label(status: &Status) -> String {
    match status {
        Status::Pending => String::from("waiting to ship"),
        Status::Shipped { tracking } => format!("shipped, tracking number {tracking}"),
        Status::Delivered => String::from("delivered"),
        Status::OnHold { reason } => format!("on hold: {reason}"),
        Status::Cancelled { reason } => format!("cancelled: {reason}"),
    }
}

/// What the shop does next: pack the parcel while it is pending, track it once
/// shipped, ask for a review once delivered. An order on hold needs a call to
/// the customer; a cancelled one, a refund of the payment.
pub fn next_step(status: &Status) -> &'static str {
    match status {
        Status::Pending => "pack the parcel",
        Status::Shipped { .. } => "track the parcel",
        Status::Delivered => "ask for a review",
        Status::OnHold { .. } => "call the customer",
        Status::Cancelled { .. } => "refund the payment",
    }
}

/// How far along the order is, in percent, for the progress bar: pending 20,
/// shipped 60, delivered 100; on hold 10 (it went back a step); cancelled 0.
pub fn progress(status: &Status) -> u8 {
    match status {
        Status::Pending => 20,
        Status::Shipped { .. } => 60,
        Status::Delivered => 100,
        Status::OnHold { .. } => 10,
        Status::Cancelled { .. } => 0,
    }
}

#[cfg(test)]
#[path = "../../../../exercises/05_matching/match1/src/tests.rs"]
mod tests;
