// The Go side of http2: HTTP by hand over TCP, reading up to the blank line.
package main

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"strings"
)

// note:begin
func handle(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	line, err := r.ReadString('\n') // "GET /users/1 HTTP/1.1\r\n"
	if err != nil {
		return
	}
	for { // skip headers up to the blank line: the client sends no EOF
		h, err := r.ReadString('\n')
		if err != nil || h == "\r\n" {
			break
		}
	}
	body := "you sent " + strings.TrimSpace(line)
	fmt.Fprintf(conn, "HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
}

// note:end

func main() {
	listener, err := net.Listen("tcp", "127.0.0.1:8080")
	if err != nil {
		log.Fatal(err)
	}
	for {
		conn, err := listener.Accept()
		if err != nil {
			log.Fatal(err)
		}
		go handle(conn)
	}
}
