// http3: a TCP server that serves each connection on its own goroutine.
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

func handle(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	line, _ := r.ReadString('\n') // "GET /users/1 HTTP/1.1"
	for {                         // skip headers up to the blank line
		h, err := r.ReadString('\n')
		if err != nil || h == "\r\n" {
			break
		}
	}
	body := fmt.Sprintf(`{"request":%q}`, strings.TrimSpace(line))
	fmt.Fprintf(conn, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", len(body), body)
}

// note:begin
func serve(ln net.Listener) error {
	for {
		conn, err := ln.Accept()
		if err != nil {
			return err
		}
		go handle(conn) // what http.ListenAndServe does for every connection
	}
}

// note:end

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() { _ = serve(ln) }()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	fmt.Fprint(conn, "GET /users/1 HTTP/1.1\r\nHost: localhost\r\n\r\n")
	reply, _ := bufio.NewReader(conn).ReadString('}')
	fmt.Println(strings.Contains(reply, "200 OK"))
}
