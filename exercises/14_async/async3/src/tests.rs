// Tests for async3. The grader checks that this file is unchanged.
use super::*;
use tokio::sync::mpsc;

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| w.to_string()).collect()
}

#[tokio::test]
async fn numbers_and_words() {
    let (number_tx, number_rx) = mpsc::channel(10);
    let (word_tx, word_rx) = mpsc::channel(10);
    // Two producers, like two goroutines. Each closes its channel when it
    // ends, because its sender is dropped.
    tokio::spawn(async move {
        for n in [1, 2, 3] {
            number_tx.send(n).await.unwrap();
        }
    });
    tokio::spawn(async move {
        for word in ["go", "rust"] {
            word_tx.send(word.to_string()).await.unwrap();
        }
    });
    let summary = collect(number_rx, word_rx).await;
    assert_eq!(summary.total, 6);
    assert_eq!(summary.words, words(&["go", "rust"]));
}

#[tokio::test]
async fn one_channel_closes_long_before_the_other() {
    let (number_tx, number_rx) = mpsc::channel::<i64>(10);
    let (word_tx, word_rx) = mpsc::channel(10);
    drop(number_tx); // no numbers at all: closed from the start
    tokio::spawn(async move {
        for word in ["a", "b", "c", "d"] {
            word_tx.send(word.to_string()).await.unwrap();
        }
    });
    // Keep reading words after the numbers channel is closed.
    let summary = collect(number_rx, word_rx).await;
    assert_eq!(summary.total, 0);
    assert_eq!(summary.words, words(&["a", "b", "c", "d"]));
}

#[tokio::test]
async fn many_messages_through_small_channels() {
    // Capacity 2: the producers must wait for `collect` to make room.
    let (number_tx, number_rx) = mpsc::channel(2);
    let (word_tx, word_rx) = mpsc::channel(2);
    tokio::spawn(async move {
        for n in 1..=100 {
            number_tx.send(n).await.unwrap();
        }
    });
    tokio::spawn(async move {
        for _ in 0..30 {
            word_tx.send("hi".to_string()).await.unwrap();
        }
    });
    let summary = collect(number_rx, word_rx).await;
    assert_eq!(summary.total, 5050);
    assert_eq!(summary.words.len(), 30);
}

#[tokio::test]
async fn both_closed_and_empty() {
    let (_, number_rx) = mpsc::channel::<i64>(1);
    let (_, word_rx) = mpsc::channel::<String>(1);
    assert_eq!(collect(number_rx, word_rx).await, Summary::default());
}
