package main

import "testing"

func TestTheSamePointerTwice(t *testing.T) {
	balances := []int64{100, 50}
	transfer(balances, 0, 1, 30)
	transfer(balances, 1, 1, 30) // source and target are one element
	if balances[0] != 70 || balances[1] != 80 {
		t.Fatalf("got %v", balances)
	}
}
