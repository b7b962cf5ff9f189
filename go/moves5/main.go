// The Go side of moves5: ignoring append's result loses the lines.
package main

import "fmt"

// note:begin
func appendLine(log []string, line string) []string {
	return append(log, line)
}

func sessionLog(user string) []string {
	log := []string{}
	appendLine(log, "login "+user) // compiles, but the result is lost
	appendLine(log, "logout "+user)
	return log // empty!
}

// note:end

func main() {
	fmt.Println(sessionLog("ann"))
}
