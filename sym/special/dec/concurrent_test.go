package dec

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestConcurrent runs the functions from several goroutines at different
// precisions, so that the shared caches (π, ln 2, Bernoulli numbers) grow
// while in use; each result must match the one computed alone. Run with
// -race to check the caches' locking. It sits in the first test file so
// that it meets the caches cold.
func TestConcurrent(t *testing.T) {
	x := decimal.RequireFromString("2.75")
	type job struct {
		name   string
		digits int
		f      func(decimal.Decimal, int) (decimal.Decimal, error)
	}
	var jobs []job
	for _, digits := range []int{25, 60, 130} {
		jobs = append(jobs,
			job{"lgamma", digits, Lgamma}, job{"digamma", digits, Digamma},
			job{"trigamma", digits, Trigamma}, job{"ln", digits, Ln}, job{"exp", digits, Exp})
	}
	results := make([]decimal.Decimal, len(jobs))
	done := make(chan int)
	for i, j := range jobs {
		go func() {
			v, err := j.f(x, j.digits)
			if err != nil {
				t.Error(err)
			}
			results[i] = v
			done <- i
		}()
	}
	for range jobs {
		<-done
	}
	for i, j := range jobs {
		want, _ := j.f(x, j.digits)
		if !results[i].Equal(want) {
			t.Errorf("%s(%v) at %d digits: %v concurrently, %v alone", j.name, x, j.digits, results[i], want)
		}
	}
}
