package mc

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// panicky is a density whose log-density panics, as a bug would.
type panicky struct{}

func (panicky) Dim() int { return 1 }
func (panicky) LogProb([]float64) (float64, error) {
	panic("log-density bug")
}
func (panicky) Rand(dst []float64, rnd *rand.Rand) []float64 {
	if dst == nil {
		dst = make([]float64, 1)
	}
	dst[0] = rnd.NormFloat64()
	return dst
}

// A panic in a sampling goroutine becomes the estimate's error instead of
// ending the process.
func TestPanicInStreamIsAnError(t *testing.T) {
	_, err := Entropy(panicky{}, Config{N: 100, Seed: 1})
	if err == nil || !strings.Contains(err.Error(), "internal error in stream") || !strings.Contains(err.Error(), "log-density bug") {
		t.Fatalf("err = %v", err)
	}
}
