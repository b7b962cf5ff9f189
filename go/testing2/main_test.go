package main

import "testing"

func TestIsLeapYear(t *testing.T) { checkLeapYear(t, isLeapYear) }
