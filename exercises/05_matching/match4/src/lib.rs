// match4: `press` is the brain of a music player: the state it is in, the key
// pressed, the state it goes to. Make it compile and pass the tests without
// changing them; the doc comment of `press` is the specification.
//
// Concept: a `match` must cover every combination of values, and an `if` guard never counts.

/// What the player is doing. Tracks are numbered from 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Player {
    Stopped,
    Playing { track: u32 },
    Paused { track: u32 },
}

/// The keys of the player.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Key {
    Play,
    Pause,
    Stop,
    Next,
}

/// The state after pressing `key`, on an album of `tracks` tracks:
/// - Play starts track 1 when stopped, resumes a paused track, and changes
///   nothing while a track plays.
/// - Pause pauses the track that plays and resumes a paused one (it toggles);
///   it changes nothing when stopped.
/// - Stop always stops.
/// - Next goes to the following track, playing or paused as before; after the
///   last track it stops. It changes nothing when stopped.
pub fn press(state: Player, key: Key, tracks: u32) -> Player {
    match (state, key) {
        (Player::Stopped, Key::Play) => Player::Playing { track: 1 },
        (Player::Playing { track }, Key::Pause) => Player::Paused { track },
        (_, Key::Stop) => Player::Stopped,
        (Player::Playing { track }, Key::Next) if track < tracks => {
            Player::Playing { track: track + 1 }
        }
    }
}

#[cfg(test)]
mod tests;
