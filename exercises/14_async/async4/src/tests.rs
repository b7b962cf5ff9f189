// Tests for async4. The grader checks that this file is unchanged.
use super::*;

#[tokio::test]
async fn one_visit() {
    let stats = new_stats();
    record_visit(stats.clone(), "home".to_string()).await;
    assert_eq!(visits(&stats, "home"), 1);
    assert_eq!(visits(&stats, "about"), 0);
}

#[tokio::test]
async fn many_tasks_at_once() {
    let stats = new_stats();
    let mut tasks = vec![];
    for page in ["home", "about", "home", "blog", "home", "blog"] {
        // Like `go recordVisit(stats, page)`. tokio::spawn needs a `Send`
        // future: the task may be moved to another thread at any `.await`.
        tasks.push(tokio::spawn(record_visit(stats.clone(), page.to_string())));
    }
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(visits(&stats, "home"), 3);
    assert_eq!(visits(&stats, "blog"), 2);
    assert_eq!(visits(&stats, "about"), 1);
}

#[tokio::test]
async fn hundred_visits() {
    let stats = new_stats();
    let tasks: Vec<_> = (0..100)
        .map(|i| tokio::spawn(record_visit(stats.clone(), format!("page{}", i % 4))))
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    for page in ["page0", "page1", "page2", "page3"] {
        assert_eq!(visits(&stats, page), 25);
    }
}

#[tokio::test]
async fn every_visit_is_written_to_the_access_log() {
    // Page names used by no other test: the log is shared by all tests.
    let stats = new_stats();
    let tasks: Vec<_> = ["log-a", "log-b", "log-a"]
        .map(|page| tokio::spawn(record_visit(stats.clone(), page.to_string())))
        .into_iter()
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(logged("log-a"), 2);
    assert_eq!(logged("log-b"), 1);
    assert_eq!(logged("log-c"), 0);
}
