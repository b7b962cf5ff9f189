package main

import (
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// The client keeps its side open while it reads the answer, as curl does.
func TestAnswersWithoutWaitingForEOF(t *testing.T) {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer listener.Close()
	go func() {
		conn, err := listener.Accept()
		if err == nil {
			handle(conn)
		}
	}()
	conn, err := net.Dial("tcp", listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	io.WriteString(conn, "GET /users/1 HTTP/1.1\r\nHost: x\r\n\r\n")
	answer, err := io.ReadAll(conn)
	if err != nil || !strings.HasSuffix(string(answer), "\r\n\r\nyou sent GET /users/1 HTTP/1.1") {
		t.Fatalf("got %q, %v", answer, err)
	}
}
