package main

import "testing"

func TestMergeSorted(t *testing.T) { checkMerge(t, mergeSorted) }
