package dist

import (
	"math"
	"math/rand/v2"
	"testing"

	"statcalc/sym"
)

func evalFloat(t *testing.T, e sym.Expr) float64 {
	t.Helper()
	v, err := sym.Float64(e)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestRawMomentsDiscrete sums x^k p(x) over the support, with p from
// gonum's densities, and compares with RawMoment.
func TestRawMomentsDiscrete(t *testing.T) {
	for _, c := range []struct {
		f      *Family
		θ      []float64
		lo, hi int
	}{
		{Poisson, []float64{2.7}, 0, 200},
		{Bernoulli, []float64{0.35}, 0, 1},
		{Binomial, []float64{9, 0.3}, 0, 9},
		{Geometric, []float64{0.45}, 1, 400},
	} {
		d, err := c.f.NewFloat(c.θ...)
		if err != nil {
			t.Fatal(err)
		}
		smp, _ := d.Sampler()
		for k := 1; k <= 5; k++ {
			sum := 0.0
			for x := c.lo; x <= c.hi; x++ {
				lp, _ := smp.LogProb([]float64{float64(x)})
				sum += math.Pow(float64(x), float64(k)) * math.Exp(lp)
			}
			got := evalFloat(t, c.f.RawMoment(d.Theta, k))
			if math.Abs(got-sum) > 1e-12*math.Abs(sum) {
				t.Errorf("%s: E[x^%d] = %.17g, sum %.17g", c.f.Name, k, got, sum)
			}
		}
	}
}

// TestRawMomentsContinuous compares RawMoment with seeded Monte-Carlo
// averages over gonum's samplers, within 4.5 standard errors.
func TestRawMomentsContinuous(t *testing.T) {
	const n = 400_000
	for _, c := range []struct {
		f *Family
		θ []float64
	}{
		{Normal, []float64{0.4, 1.7}},
		{Exponential, []float64{1.3}},
		{Gamma, []float64{2.2, 1.5}},
		{Beta, []float64{2.5, 1.5}},
		{LogNormal, []float64{0.1, 0.2}},
		{Laplace, []float64{0.3, 0.8}},
		{Uniform, []float64{-1, 2}},
	} {
		d, err := c.f.NewFloat(c.θ...)
		if err != nil {
			t.Fatal(err)
		}
		smp, _ := d.Sampler()
		rnd := rand.New(rand.NewPCG(3, 4))
		x := make([]float64, 1)
		for k := 1; k <= 3; k++ {
			var sum, sq float64
			for i := 0; i < n; i++ {
				smp.Rand(x, rnd)
				v := math.Pow(x[0], float64(k))
				sum += v
				sq += v * v
			}
			m := sum / n
			se := math.Sqrt((sq/n - m*m) / n)
			got := evalFloat(t, c.f.RawMoment(d.Theta, k))
			if math.Abs(got-m) > 4.5*se {
				t.Errorf("%s: E[x^%d] = %g, Monte Carlo %g ± %g", c.f.Name, k, got, m, se)
			}
		}
	}
}

func TestMomentAtoms(t *testing.T) {
	a, b := sym.Symbol("a"), sym.Symbol("b")
	d, err := Gamma.New([]sym.Expr{a, b})
	if err != nil {
		t.Fatal(err)
	}
	x := sym.Symbol("x")
	logx, _ := sym.Call("log", x)
	digamma, _ := sym.Call("digamma", a)
	logb, _ := sym.Call("log", b)
	for _, c := range []struct {
		atom, want sym.Expr
	}{
		{logx, sym.Sub(digamma, logb)},
		{x, sym.Div(a, b)},
		{sym.Pow(x, sym.Int(2)), sym.Div(sym.Mul(a, sym.Add(a, sym.Int(1))), sym.Pow(b, sym.Int(2)))},
	} {
		got, ok := d.Moment(c.atom, "x")
		if !ok || !sym.Check(got, c.want, nil).OK {
			t.Errorf("E[%s] = %v (%v), want %s", c.atom, got, ok, c.want)
		}
	}
	exp, _ := sym.Call("exp", x)
	if _, ok := d.Moment(exp, "x"); ok {
		t.Error("E[exp(x)] of a gamma: claimed a closed form")
	}
}
