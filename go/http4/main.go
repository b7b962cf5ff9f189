// http4: users in memory, shared by every connection's goroutine.
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

type User struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// note:begin
type DB struct {
	mu    sync.Mutex
	users []User
}

func (db *DB) Create(name string) User {
	db.mu.Lock()
	defer db.mu.Unlock()
	u := User{ID: len(db.users) + 1, Name: name}
	db.users = append(db.users, u)
	return u
}

func serve(ln net.Listener) error {
	db := &DB{} // one per server: every goroutine gets the same pointer
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go handle(conn, db)
	}
}

// note:end

func handle(conn net.Conn, db *DB) {
	defer conn.Close()
	line, _ := bufio.NewReader(conn).ReadString('\n') // "POST /users/ann HTTP/1.1"
	fields := strings.Fields(line)
	if len(fields) < 2 {
		return
	}
	name := strings.TrimPrefix(fields[1], "/users/")
	u := db.Create(name)
	fmt.Fprintf(conn, "%d %s\n", u.ID, u.Name)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() { _ = serve(ln) }()
	for _, name := range []string{"ann", "bob"} {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		fmt.Fprintf(conn, "POST /users/%s HTTP/1.1\r\n\r\n", name)
		reply, _ := bufio.NewReader(conn).ReadString('\n')
		fmt.Print(reply) // 1 ann, then 2 bob
		conn.Close()
	}
}
