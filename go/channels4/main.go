// The Go side of channels4: select with default never blocks.
package main

import "fmt"

// note:begin
type Queue struct{ events chan string }

// NewQueue: every Go channel has a fixed capacity (0: unbuffered).
func NewQueue(capacity int) (Queue, <-chan string) {
	events := make(chan string, capacity)
	return Queue{events}, events
}

// Offer never blocks: false when the buffer is full (each receive makes room).
// Go cannot tell that nobody receives any more: the buffer just fills up.
func (q Queue) Offer(event string) bool {
	select {
	case q.events <- event:
		return true
	default:
		return false
	}
}

// note:end

// OfferAll offers every event in turn and returns how many were dropped.
func (q Queue) OfferAll(events ...string) int {
	dropped := 0
	for _, e := range events {
		if !q.Offer(e) {
			dropped++
		}
	}
	return dropped
}

func main() {
	q, events := NewQueue(2)
	fmt.Println(q.OfferAll("a", "b", "c"), <-events, q.Offer("d"))
}
