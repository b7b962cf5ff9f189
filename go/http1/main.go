// The Go side of http1: a handler that checks the error of parsing the id.
package main

import (
	"encoding/json"
	"net/http"
	"strconv"
)

type User struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// note:begin
// mux.HandleFunc("GET /users/{id}", getUserHandler)
func getUserHandler(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "Invalid user ID", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(User{ID: id, Name: "John Doe"})
}

// note:end

func newMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", getUserHandler)
	return mux
}

func main() {
	http.ListenAndServe("127.0.0.1:8080", newMux())
}
