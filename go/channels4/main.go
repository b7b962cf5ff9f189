// The Go side of channels4: select with default never blocks.
package main

import "fmt"

func publish(batch []string, capacity int) (chan string, int) {
	// note:begin
	events := make(chan string, capacity)
	dropped := 0
	for _, e := range batch {
		select {
		case events <- e:
		default: // buffer full: do not block, drop the event
			dropped++
		}
	}
	// note:end
	return events, dropped
}

func main() {
	events, dropped := publish([]string{"a", "b", "c"}, 2)
	fmt.Println(len(events), dropped)
}
