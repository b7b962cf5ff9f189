package main

import "testing"

func TestAFullQueueDropsTheRest(t *testing.T) {
	q, events := NewQueue(3)
	if dropped := q.OfferAll("a", "b", "c", "d", "e"); dropped != 2 || len(events) != 3 || <-events != "a" {
		t.Fatalf("got %d dropped, %d queued", dropped, len(events))
	}
}

func TestConsumingMakesRoomAgain(t *testing.T) {
	q, events := NewQueue(2)
	if !q.Offer("a") || !q.Offer("b") || q.Offer("c") {
		t.Fatal("the first three offers")
	}
	if got := <-events; got != "a" {
		t.Fatalf("got %q", got)
	}
	if !q.Offer("d") || q.Offer("e") {
		t.Fatal("after one receive there is room for exactly one")
	}
	if a, b := <-events, <-events; a != "b" || b != "d" {
		t.Fatalf("got %q %q", a, b)
	}
}

func TestUnbufferedWithNobodyWaitingDropsEverything(t *testing.T) {
	q, _ := NewQueue(0)
	if dropped := q.OfferAll("p", "q", "r"); dropped != 3 {
		t.Fatalf("got %d dropped", dropped)
	}
}

// The note's claim: with nobody receiving any more, offers still succeed until the buffer is full.
func TestNobodyReceivingGoesUnnoticedUntilFull(t *testing.T) {
	q, _ := NewQueue(5) // the consumer is gone: nobody will receive
	if dropped := q.OfferAll("1", "2", "3", "4", "5"); dropped != 0 {
		t.Fatalf("got %d dropped", dropped)
	}
	if q.Offer("6") {
		t.Fatal("a full buffer accepted a sixth event")
	}
}
