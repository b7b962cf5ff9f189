// http1: make the tests pass.
// `get_user` is the article's `GET /users/{id}` handler as a plain, testable
// function. Like Go code that drops `err`, it ignores a failed parse of the id,
// so "/users/abc" looks up user 0. Make it answer every path the way its doc
// comment promises.
//
// Concept: a `Result` cannot be ignored by accident; handle the `Err` case with `match` or `let ... else`.

use serde::Serialize;

#[derive(Serialize)]
pub struct User {
    pub id: u32,
    pub name: String,
    pub email: String,
}

/// The JSON body of an error response: {"error":"..."}.
#[derive(Serialize)]
pub struct ApiError {
    pub error: String,
}

#[derive(Debug, PartialEq)]
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub body: String,
}

impl Response {
    /// A response whose body is `value` encoded as JSON.
    pub fn json<T: Serialize>(status: u16, value: &T) -> Response {
        Response {
            status,
            content_type: "application/json",
            // Serializing these plain structs cannot fail.
            body: serde_json::to_string(value).expect("serializable value"),
        }
    }

    pub fn error(status: u16, message: &str) -> Response {
        Response::json(
            status,
            &ApiError {
                error: message.to_string(),
            },
        )
    }
}

/// A tiny in-memory "database".
pub fn find_user(id: u32) -> Option<User> {
    let (name, email) = match id {
        1 => ("John Doe", "john@example.com"),
        2 => ("Jane Roe", "jane@example.com"),
        42 => ("Ferris", "ferris@example.com"),
        _ => return None,
    };
    Some(User {
        id,
        name: name.to_string(),
        email: email.to_string(),
    })
}

/// Handles `GET /users/{id}`:
/// 200 with the user as JSON, 400 for an id that is not a number,
/// 404 for an unknown user or any other path.
pub fn get_user(path: &str) -> Response {
    let Some(id_text) = path.strip_prefix("/users/") else {
        return Response::error(404, "not found");
    };
    let Ok(id) = id_text.parse::<u32>() else {
        return Response::error(400, "invalid user id");
    };
    match find_user(id) {
        Some(user) => Response::json(200, &user),
        None => Response::error(404, "user not found"),
    }
}

#[cfg(test)]
#[path = "../../../../exercises/19_http/http1/src/tests.rs"]
mod tests;
