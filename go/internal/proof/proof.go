// Package proof runs a Go note's failing code in a child process, so that a
// test can assert that Go really fails the way the note says (a fatal
// deadlock, an unrecovered panic, a data race, a hang) while `go test` itself
// passes.
//
// A package's main_test.go registers its failing functions in TestMain:
//
//	func TestMain(m *testing.M) {
//		proof.Main(m, map[string]func(){"deadlock": deadlocked})
//	}
//
// and a test runs one of them in a re-executed copy of the test binary:
//
//	got := proof.Run(t, "deadlock", 5*time.Second)
//	got.Fatal(t, "all goroutines are asleep - deadlock!")
package proof

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// childEnv names the function a re-executed test binary runs instead of its tests.
const childEnv = "GONOTES_PROOF_CHILD"

// Main runs the registered function named by the environment (and exits 0 if
// it returns), or the package's tests.
func Main(m *testing.M, children map[string]func()) {
	if name := os.Getenv(childEnv); name != "" {
		child, ok := children[name]
		if !ok {
			os.Stderr.WriteString("proof: no child named " + name + "\n")
			os.Exit(3)
		}
		child()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// Result is how a child process ended.
type Result struct {
	Output   string // stdout and stderr together
	ExitCode int    // -1 when it was killed
	TimedOut bool   // still running at the limit, then killed
}

// Run re-executes the test binary running only the child `name`, for at most limit.
func Run(t *testing.T, name string, limit time.Duration) Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+name)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	result := Result{Output: out.String(), TimedOut: ctx.Err() != nil}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		result.ExitCode = exit.ExitCode()
	default:
		t.Fatalf("could not run the child %q: %v", name, err)
	}
	return result
}

// Fatal asserts that the child died with Go's exit status 2 and printed want.
func (r Result) Fatal(t *testing.T, want string) {
	t.Helper()
	if r.TimedOut || r.ExitCode != 2 || !strings.Contains(r.Output, want) {
		t.Fatalf("want exit status 2 and %q; got status %d (timed out: %v), output:\n%s",
			want, r.ExitCode, r.TimedOut, r.Output)
	}
}

// Hung asserts that the child was still running at the limit.
func (r Result) Hung(t *testing.T) {
	t.Helper()
	if !r.TimedOut {
		t.Fatalf("want a hang; the child ended with status %d, output:\n%s", r.ExitCode, r.Output)
	}
}

// Clean asserts that the child ended normally.
func (r Result) Clean(t *testing.T) {
	t.Helper()
	if r.TimedOut || r.ExitCode != 0 {
		t.Fatalf("want a clean exit; got status %d (timed out: %v), output:\n%s",
			r.ExitCode, r.TimedOut, r.Output)
	}
}

// Race asserts that the race detector reported a data race in the child. It
// needs a test binary built with -race: see RaceEnabled.
func (r Result) Race(t *testing.T) {
	t.Helper()
	if !strings.Contains(r.Output, "WARNING: DATA RACE") {
		t.Fatalf("want a data race report; got status %d, output:\n%s", r.ExitCode, r.Output)
	}
}

// NeedRace skips a test that proves a data race when the race detector is off
// (`go test` without -race); `go test -race` runs it.
func NeedRace(t *testing.T) {
	t.Helper()
	if !RaceEnabled {
		t.Skip("proving a data race needs the race detector: go test -race")
	}
}

// Panics runs f and returns the value it panicked with (nil if it did not).
func Panics(f func()) (recovered any) {
	defer func() { recovered = recover() }()
	f()
	return nil
}

// Deadlocks asserts that the child `name` dies with Go's fatal "all
// goroutines are asleep - deadlock!". The race detector's runtime keeps that
// detection from firing, so under -race the test is skipped.
func Deadlocks(t *testing.T, name string) {
	t.Helper()
	if RaceEnabled {
		t.Skip("Go's deadlock detection does not fire under -race: go test without -race proves it")
	}
	Run(t, name, 10*time.Second).Fatal(t, "fatal error: all goroutines are asleep - deadlock!")
}
