package metrics

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distmv"

	"statcalc/dist"
)

// Each benchmark times the whole path from raw means and covariances to the
// number, factorisations included, for this package ("statcalc") and for
// gonum's distmv on the same inputs ("gonum"). scripts/bench.sh tabulates
// them.

var benchDims = []int{10, 100, 500}

type benchInput struct {
	mu1, mu2       []float64
	sigma1, sigma2 [][]float64
}

func newBenchInput(d int) benchInput {
	rnd := rand.New(rand.NewPCG(uint64(d), 17))
	m1, s1 := randomNormal(rnd, d, 0.5)
	m2, s2 := randomNormal(rnd, d, 0.5)
	return benchInput{m1, m2, s1, s2}
}

func symFrom(s [][]float64) *mat.SymDense {
	d := len(s)
	data := make([]float64, 0, d*d)
	for _, row := range s {
		data = append(data, row...)
	}
	return mat.NewSymDense(d, data)
}

func (in benchInput) ours(b *testing.B) (*dist.MVN, *dist.MVN) {
	p, err := dist.NewMVN(in.mu1, in.sigma1)
	if err != nil {
		b.Fatal(err)
	}
	q, err := dist.NewMVN(in.mu2, in.sigma2)
	if err != nil {
		b.Fatal(err)
	}
	return p, q
}

func (in benchInput) gonum(b *testing.B) (*distmv.Normal, *distmv.Normal) {
	p, ok1 := distmv.NewNormal(in.mu1, symFrom(in.sigma1), nil)
	q, ok2 := distmv.NewNormal(in.mu2, symFrom(in.sigma2), nil)
	if !ok1 || !ok2 {
		b.Fatal("distmv.NewNormal failed")
	}
	return p, q
}

var sink float64

func benchPair(b *testing.B, ours func(p, q *dist.MVN) (Estimate, error), theirs func(p, q *distmv.Normal) float64) {
	benchPairOn(b, newBenchInput, ours, theirs)
}

// benchPairOn is benchPair on the inputs that input makes for each size.
func benchPairOn(b *testing.B, input func(d int) benchInput, ours func(p, q *dist.MVN) (Estimate, error), theirs func(p, q *distmv.Normal) float64) {
	for _, d := range benchDims {
		in := input(d)
		b.Run(fmt.Sprintf("d=%d/statcalc", d), func(b *testing.B) {
			for b.Loop() {
				p, q := in.ours(b)
				e, err := ours(p, q)
				if err != nil {
					b.Fatal(err)
				}
				sink = e.Value
			}
		})
		b.Run(fmt.Sprintf("d=%d/gonum", d), func(b *testing.B) {
			for b.Loop() {
				p, q := in.gonum(b)
				sink = theirs(p, q)
			}
		})
	}
}

func BenchmarkKL(b *testing.B) {
	benchPair(b, KLNormal, distmv.KullbackLeibler{}.DistNormal)
}

func BenchmarkBhattacharyya(b *testing.B) {
	benchPair(b, BhattacharyyaNormal, distmv.Bhattacharyya{}.DistNormal)
}

func BenchmarkW2(b *testing.B) {
	benchPair(b, W2Normal, distmv.Wasserstein{}.DistNormal)
}

// BenchmarkNewMVN times construction alone (validation and factorisation).
func BenchmarkNewMVN(b *testing.B) {
	for _, d := range benchDims {
		in := newBenchInput(d)
		b.Run(fmt.Sprintf("d=%d/statcalc", d), func(b *testing.B) {
			for b.Loop() {
				if _, err := dist.NewMVN(in.mu1, in.sigma1); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("d=%d/gonum", d), func(b *testing.B) {
			for b.Loop() {
				if _, ok := distmv.NewNormal(in.mu1, symFrom(in.sigma1), nil); !ok {
					b.Fatal("distmv.NewNormal failed")
				}
			}
		})
	}
}

// BenchmarkKLNear times the cancellation-free branch (q a perturbation of p).
func BenchmarkKLNear(b *testing.B) {
	near := func(d int) benchInput {
		in := newBenchInput(d)
		for i := range in.sigma2 {
			in.mu2[i] = in.mu1[i]
			for j := range in.sigma2[i] {
				in.sigma2[i][j] = in.sigma1[i][j] * (1 + 1e-9)
			}
		}
		return in
	}
	benchPairOn(b, near, KLNormal, distmv.KullbackLeibler{}.DistNormal)
}
