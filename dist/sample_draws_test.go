package dist

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/stat/distmv"
	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// drawCases are members whose samplers are declared (Family.Sample),
// with parameters that reach each of gonum's algorithms: Poisson's direct
// method (λ < 10) and transformed rejection, Binomial's direct method
// (n < 25), Poisson-proposal rejection (np < 1) and Cauchy-proposal
// rejection, p on both sides of ½.
var drawCases = []struct {
	f *Family
	θ []float64
}{
	{Poisson, []float64{3}}, {Poisson, []float64{0.01}}, {Poisson, []float64{40}}, {Poisson, []float64{1e6}},
	{Bernoulli, []float64{0.3}}, {Bernoulli, []float64{1e-9}},
	{Binomial, []float64{10, 0.3}}, {Binomial, []float64{100, 0.004}}, {Binomial, []float64{100, 0.7}}, {Binomial, []float64{1e9, 0.4}},
	{Geometric, []float64{0.3}}, {Geometric, []float64{1e-6}},
	{Categorical, []float64{0.2, 0.8}}, {Categorical, []float64{0.1, 0.2, 0.3, 0.4}},
	{Categorical, []float64{0, 0.25, 0, 0.25, 0.1, 0.1, 0.3}}, {Categorical, []float64{1e-300, 1 - 1e-16, 1e-16}},
	{Dirichlet, []float64{1, 2, 3}}, {Dirichlet, []float64{0.01, 0.5}},
	{Uniform, []float64{-1, 2}}, {Uniform, []float64{-1e308, 1e308}},
}

func drawSampler(t testing.TB, f *Family, θ []float64) *Sampler {
	t.Helper()
	d, err := f.NewFloat(θ...)
	if err != nil {
		t.Fatal(err)
	}
	s, err := d.Sampler()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// gonumDraw is one draw of gonum's own form of a member, from src: the
// stream the declared samplers must reproduce. ok is false for the
// families gonum does not have (Geometric) or that statcalc draws its own
// way (Uniform: a(1 − u) + b u, which cannot overflow).
func gonumDraw(f *Family, θ []float64, src rand.Source, dst []float64) bool {
	switch f {
	case Poisson:
		dst[0] = distuv.Poisson{Lambda: θ[0], Src: src}.Rand()
	case Bernoulli:
		dst[0] = distuv.Bernoulli{P: θ[0], Src: src}.Rand()
	case Binomial:
		dst[0] = distuv.Binomial{N: θ[0], P: θ[1], Src: src}.Rand()
	case Categorical:
		dst[0] = distuv.NewCategorical(θ, src).Rand() + 1
	case Dirichlet:
		distmv.NewDirichlet(θ, src).Rand(dst)
	default:
		return false
	}
	return true
}

// TestDeclaredSamplersFollowGonum checks that the declared samplers, which
// build their gonum values once, draw exactly what a gonum value built
// for each draw does from the same stream (so Monte-Carlo estimates are
// unchanged), and that their log-densities are gonum's.
func TestDeclaredSamplersFollowGonum(t *testing.T) {
	const n = 20_000
	for _, c := range drawCases {
		s := drawSampler(t, c.f, c.θ)
		want := make([]float64, s.Dim())
		if !gonumDraw(c.f, c.θ, rand.NewPCG(0, 0), want) {
			continue
		}
		rnd := rand.New(rand.NewPCG(7, 11))
		src := rand.NewPCG(7, 11)
		got := make([]float64, s.Dim())
		for i := 0; i < n; i++ {
			s.Rand(got, rnd)
			gonumDraw(c.f, c.θ, src, want)
			for j := range got {
				if got[j] != want[j] {
					t.Fatalf("%s%v: draw %d is %v, gonum's %v", c.f.Name, c.θ, i, got, want)
				}
			}
		}
	}
}

// TestDrawsAllocateNothing: a draw from a declared sampler allocates no
// memory (mc makes 10⁵–10⁸ of them).
func TestDrawsAllocateNothing(t *testing.T) {
	for _, c := range drawCases {
		s := drawSampler(t, c.f, c.θ)
		rnd := rand.New(rand.NewPCG(1, 2))
		x := make([]float64, s.Dim())
		if a := testing.AllocsPerRun(1000, func() { s.Rand(x, rnd) }); a != 0 {
			t.Errorf("%s%v: %g allocations a draw", c.f.Name, c.θ, a)
		}
	}
}

// TestCategoricalSamplerRounding: a total weight that rounds above the
// sum the walk subtracts (gonum panics there) still gives a category
// with positive probability.
func TestCategoricalSamplerRounding(t *testing.T) {
	θ := []float64{0.1, 0.2, 0.3, 0.4}
	s := categoricalSampler(θ)
	for _, u := range []uint64{0, 1, 1<<53 - 1} {
		// rand.Rand.Float64 is the top 53 bits of Uint64 over 2⁵³.
		rnd := rand.New(constSource(u << 11))
		x := s.Rand(nil, rnd)[0]
		if x < 1 || x > 4 || x != math.Trunc(x) {
			t.Errorf("U = %d/2⁵³: draw %g is not a category", u, x)
		}
	}
}

type constSource uint64

func (c constSource) Uint64() uint64 { return uint64(c) }

// TestDiscreteDeclarations checks the declared fields of the scalar
// discrete families against each other: the sampler's log-probabilities
// (gonum's, or Geometric's own) against the exponential-family form η·T(x)
// + log h(x) − A(η) at each value, and the declared quantile against the
// least k whose summed probabilities reach u.
func TestDiscreteDeclarations(t *testing.T) {
	checked := map[string]int{}
	for _, c := range drawCases {
		f := c.f
		if !f.Discrete || f.Vector {
			continue
		}
		d, _ := f.NewFloat(c.θ...)
		s := drawSampler(t, f, c.θ)
		mean, _ := sym.Float64(f.Mean(d.Theta))
		sd, _ := sym.Float64(f.Variance(d.Theta))
		sd = math.Sqrt(sd)
		if mean+10*sd > 1e5 {
			continue // too many terms to sum here
		}
		lo := 0.0
		if f.Values == Counting {
			lo = 1
		}
		for _, u := range []float64{1e-6, 0.05, 0.3, 0.5, 0.77, 0.95, 0.999} {
			want, cdf := -1.0, 0.0
			for k := lo; k < mean+40*sd+50; k++ {
				lp, _ := s.LogProb([]float64{k})
				if lp > math.Inf(-1) {
					if decl := declaredLogPDF(d, k); math.Abs(decl-lp) > 1e-11*math.Max(1, math.Abs(lp)) {
						t.Fatalf("%s%v: log p(%g) = %.17g declared, %.17g from the sampler", f.Name, c.θ, k, decl, lp)
					}
				}
				if cdf += math.Exp(lp); cdf >= u*(1-1e-12) {
					want = k
					break
				}
			}
			got, err := d.Quantile(u)
			if err != nil || got != want {
				t.Errorf("%s%v: Quantile(%g) = %g, %v; summed %g", f.Name, c.θ, u, got, err, want)
			}
			checked[f.Name]++
		}
	}
	for _, f := range []*Family{Poisson, Bernoulli, Binomial, Geometric} {
		if checked[f.Name] == 0 {
			t.Errorf("%s: no member checked", f.Name)
		}
	}
}

// TestProbabilities checks the declared probabilities of the families on
// finitely many values against the sampler's log-probabilities there.
func TestProbabilities(t *testing.T) {
	for _, c := range drawCases {
		f := c.f
		if f.Probabilities == nil {
			continue
		}
		d, _ := f.NewFloat(c.θ...)
		s := drawSampler(t, f, c.θ)
		ps := f.Probabilities(d.Theta)
		first := 1.0
		if f.Values == ZeroOne {
			first = 0
		}
		for i, p := range ps {
			got, _ := sym.Float64(p)
			lp, _ := s.LogProb([]float64{first + float64(i)})
			if want := math.Exp(lp); math.Abs(got-want) > 1e-15 {
				t.Errorf("%s%v: P(x = %g) = %g declared, %g from the sampler", f.Name, c.θ, first+float64(i), got, want)
			}
		}
	}
}

// BenchmarkDraw measures one draw from each declared sampler: 0 allocs/op.
func BenchmarkDraw(b *testing.B) {
	for _, c := range drawCases {
		s := drawSampler(b, c.f, c.θ)
		b.Run(fmt.Sprint(c.f.Name, c.θ), func(b *testing.B) {
			rnd := rand.New(rand.NewPCG(1, 2))
			x := make([]float64, s.Dim())
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				s.Rand(x, rnd)
			}
		})
	}
}
