package stop

import (
	"errors"
	"testing"
	"time"
)

func stoppedBy(f func()) (s *Stopped) {
	defer func() {
		if r := recover(); r != nil {
			s = r.(*Stopped)
		}
	}()
	f()
	return nil
}

func TestCheckWithoutArmedFlag(t *testing.T) {
	if s := stoppedBy(Check); s != nil || Pending() {
		t.Fatalf("Check with nothing armed stopped: %v", s)
	}
}

func TestInterrupt(t *testing.T) {
	var f Flag
	release := Arm(&f)
	defer release()
	if s := stoppedBy(Check); s != nil {
		t.Fatalf("stopped before Interrupt: %v", s)
	}
	f.Interrupt()
	s := stoppedBy(Check)
	if s == nil || s.Error() != "interrupted" || !Pending() || !f.Requested() {
		t.Fatalf("after Interrupt: Check gave %v, Pending %v", s, Pending())
	}
	f.Clear()
	if stoppedBy(Check) != nil || f.Err() != nil {
		t.Fatal("still stopped after Clear")
	}
}

func TestDeadline(t *testing.T) {
	var f Flag
	f.SetBudget(time.Millisecond)
	release := Arm(&f)
	defer release()
	time.Sleep(3 * time.Millisecond)
	var s *Stopped
	for i := 0; i < 2*clockEvery && s == nil; i++ {
		s = stoppedBy(Check)
	}
	if s == nil || s.Budget != time.Millisecond {
		t.Fatalf("Check did not stop after the deadline: %v", s)
	}
	var target *Stopped
	if err := f.Err(); !errors.As(err, &target) || err.Error() != "stopped after the time budget of 1ms" {
		t.Fatalf("Err = %v", err)
	}
	f.SetBudget(0)
	if f.Requested() {
		t.Fatal("a removed deadline still stops")
	}
}

func TestReleaseDisarms(t *testing.T) {
	var f Flag
	f.Interrupt()
	Arm(&f)()
	if stoppedBy(Check) != nil {
		t.Fatal("Check polls a released flag")
	}
}

func TestRunReturnsWhatFDoes(t *testing.T) {
	var f Flag
	release := Arm(&f)
	defer release()
	x := 0
	Run(func() { x = 42 })
	if x != 42 {
		t.Fatalf("x = %d after Run", x)
	}
	defer func() {
		if r := recover(); r != "boom" {
			t.Fatalf("recovered %v, want the panic of f", r)
		}
	}()
	Run(func() { panic("boom") })
}

// Run stops waiting for an uninterruptible call when the flag is set.
func TestRunStopsWaiting(t *testing.T) {
	var f Flag
	release := Arm(&f)
	defer release()
	block := make(chan struct{})
	defer close(block)
	time.AfterFunc(20*time.Millisecond, f.Interrupt)
	start := time.Now()
	s := stoppedBy(func() { Run(func() { <-block }) })
	if s == nil || time.Since(start) > 5*time.Second {
		t.Fatalf("Run returned %v after %v", s, time.Since(start))
	}
}
