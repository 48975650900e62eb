// Package stop lets long computations end early, when the user presses
// Ctrl-C or when a statement's time budget runs out.
//
// The evaluator arms one Flag for the statement it runs (Arm); loops
// anywhere below it (simplification and differentiation in sym, series
// and quadratures in dist and metrics, :load of a long script) call
// Check, which costs one atomic load and, every few hundred calls when a
// deadline is set, a clock reading. Check unwinds the computation with a
// panic of type *Stopped, which the evaluator recovers and reports as an
// error at the statement; code that runs in other goroutines calls
// Requested instead and returns on its own.
//
// One statement is armed at a time in a process: Arm holds a lock until
// its release function is called, so that the flag polled is always the
// one of the statement running.
package stop

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Flag is the stop request of one session: an interrupt and a deadline.
// The zero value asks for nothing.
type Flag struct {
	interrupted atomic.Bool
	deadline    atomic.Int64 // Unix nanoseconds; 0 means none
	budget      atomic.Int64 // the time budget the deadline came from
	polls       atomic.Uint32
}

// Interrupt asks the armed computation to stop. It is safe to call from
// another goroutine, such as a signal handler.
func (f *Flag) Interrupt() { f.interrupted.Store(true) }

// Clear withdraws an interrupt.
func (f *Flag) Clear() { f.interrupted.Store(false) }

// Interrupted reports whether Interrupt was called since the last Clear.
func (f *Flag) Interrupted() bool { return f.interrupted.Load() }

// SetBudget sets a deadline d from now; d ≤ 0 removes it.
func (f *Flag) SetBudget(d time.Duration) {
	if d <= 0 {
		f.deadline.Store(0)
		f.budget.Store(0)
		return
	}
	f.budget.Store(int64(d))
	f.deadline.Store(time.Now().Add(d).UnixNano())
}

// reason returns why the computation must stop, or nil. Deadlines are
// read from the clock on one poll in every clockEvery unless force.
func (f *Flag) reason(force bool) *Stopped {
	if f.interrupted.Load() {
		return &Stopped{}
	}
	dl := f.deadline.Load()
	if dl == 0 {
		return nil
	}
	if !force && f.polls.Add(1)%clockEvery != 0 {
		return nil
	}
	if time.Now().UnixNano() > dl {
		return &Stopped{Budget: time.Duration(f.budget.Load())}
	}
	return nil
}

// clockEvery is how many polls share one clock reading.
const clockEvery = 64

// Requested reports whether the computation should stop: an interrupt,
// or a deadline passed. It never panics; use it in goroutines.
func (f *Flag) Requested() bool { return f.reason(true) != nil }

// Err returns the reason to stop as an error, or nil.
func (f *Flag) Err() error {
	if r := f.reason(true); r != nil {
		return r
	}
	return nil
}

// Stopped is the panic value of Check and the error of Err: an interrupt
// when Budget is 0, else a time budget exceeded.
type Stopped struct {
	Budget time.Duration
}

func (s *Stopped) Error() string {
	if s.Budget == 0 {
		return "interrupted"
	}
	return fmt.Sprintf("stopped after the time budget of %v", s.Budget)
}

var (
	armLock sync.Mutex
	current atomic.Pointer[Flag]
)

// Arm makes f the flag that Check polls until release is called. It
// waits while another flag is armed.
func Arm(f *Flag) (release func()) {
	armLock.Lock()
	current.Store(f)
	return func() {
		current.Store(nil)
		armLock.Unlock()
	}
}

// Check panics with *Stopped when the armed flag asks to stop. Call it in
// loops whose length depends on the input, on the goroutine that
// evaluates the statement.
func Check() {
	if f := current.Load(); f != nil {
		if r := f.reason(false); r != nil {
			panic(r)
		}
	}
}

// Run calls f and returns when it has returned, like f(), but f runs in
// a goroutine while the caller watches the armed flag every few
// milliseconds: when asked to stop, Run panics as Check does and leaves f
// to finish in the background, its result unused. It serves calls that
// cannot poll, such as a factorisation inside gonum. f must not change
// anything that outlives the statement; a panic in f is raised again in
// the caller.
func Run(f func()) {
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }()
		f()
	}()
	if current.Load() == nil {
		if r := <-done; r != nil {
			panic(r)
		}
		return
	}
	tick := time.NewTicker(runPoll)
	defer tick.Stop()
	for {
		select {
		case r := <-done:
			if r != nil {
				panic(r)
			}
			return
		case <-tick.C:
			if f := current.Load(); f != nil {
				if r := f.reason(true); r != nil {
					panic(r)
				}
			}
		}
	}
}

// runPoll is how often Run looks at the flag.
const runPoll = 10 * time.Millisecond

// Pending reports, without panicking, whether the armed flag asks to
// stop; code in other goroutines polls it and returns early.
func Pending() bool {
	f := current.Load()
	return f != nil && f.reason(false) != nil
}
