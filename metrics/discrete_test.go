package metrics

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"statcalc/dist"
	"statcalc/sym"
)

// TestEntropyThroughClosedForm evaluates the entropy and the
// cross-entropy H(p, p) as the calculator does, through the closed form
// A(η) − η·∇A(η) − E[log h(x)], against sums of the definition at 50
// digits (dist/testdata/discrete_refs.json): the cancellation between the
// closed form and E[log h(x)] must cost no digit beyond ErrorBound.
func TestEntropyThroughClosedForm(t *testing.T) {
	data, err := os.ReadFile("../dist/testdata/discrete_refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []struct {
			Family string
			Params []string
			Ref    string
		}
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	for _, c := range file.Cases {
		θ := make([]sym.Expr, len(c.Params))
		for i, s := range c.Params {
			num, den, isFrac := strings.Cut(s, "/")
			e, err := sym.ParseNumber(num)
			if err != nil {
				t.Fatal(err)
			}
			if isFrac {
				d, _ := sym.ParseNumber(den)
				e = sym.Div(e, d)
			}
			θ[i] = e
		}
		f, _ := dist.LookupFamily(c.Family)
		d, err := f.New(θ)
		if err != nil {
			t.Fatal(err)
		}
		e, err := Entropy(d)
		if err != nil {
			t.Fatalf("%s%v: %v", c.Family, c.Params, err)
		}
		cross, err := CrossEntropy(d, d)
		if err != nil {
			t.Fatalf("%s%v: %v", c.Family, c.Params, err)
		}
		bound := ErrorBound("entropy", d, nil, nil, 0)
		if cb := ErrorBound("cross_entropy", d, d, nil, 0); cb != bound {
			t.Errorf("%s%v: entropy bound %g, cross-entropy bound %g", c.Family, c.Params, bound, cb)
		}
		var want float64
		json.Unmarshal([]byte(c.Ref), &want)
		for _, got := range []float64{value(t)(e, nil), value(t)(cross, nil)} {
			if math.Abs(got-want) > bound+2e-16*want {
				t.Errorf("%s%v: entropy %.17g, reference %.17g (bound %.3g)", c.Family, c.Params, got, want, bound)
			}
		}
	}
}

// TestPointMasses checks members at the boundary of their parameters
// against the definitions summed over the support by hand.
func TestPointMasses(t *testing.T) {
	logPoisson := func(λ, k float64) float64 { lf, _ := math.Lgamma(k + 1); return k*math.Log(λ) - λ - lf }
	cases := []struct {
		name string
		got  func() (sym.Expr, error)
		want float64
	}{
		{"KL(Poisson(0)‖Poisson(4))", func() (sym.Expr, error) { return KL(fam(t, dist.Poisson, 0), fam(t, dist.Poisson, 4)) }, -logPoisson(4, 0)},
		{"H(Poisson(0), Poisson(2.5))", func() (sym.Expr, error) {
			return CrossEntropy(fam(t, dist.Poisson, 0), fam(t, dist.Poisson, 2.5))
		}, 2.5},
		{"KL(Binomial(5, 1)‖Binomial(5, 0.3))", func() (sym.Expr, error) {
			return KL(fam(t, dist.Binomial, 5, 1), fam(t, dist.Binomial, 5, 0.3))
		}, -5 * math.Log(0.3)},
		{"D_B(Bernoulli(0), Bernoulli(0.2))", func() (sym.Expr, error) {
			return Bhattacharyya(fam(t, dist.Bernoulli, 0), fam(t, dist.Bernoulli, 0.2))
		}, -math.Log(math.Sqrt(0.8))},
		{"D_0.3(Poisson(3)‖Poisson(0))", func() (sym.Expr, error) {
			return Renyi(fam(t, dist.Poisson, 3), fam(t, dist.Poisson, 0), sym.Float(0.3))
		}, math.Log(math.Pow(math.Exp(logPoisson(3, 0)), 0.3)) / (0.3 - 1)},
		{"KL(Geometric(1)‖Geometric(0.25))", func() (sym.Expr, error) {
			return KL(fam(t, dist.Geometric, 1), fam(t, dist.Geometric, 0.25))
		}, -math.Log(0.25)},
		{"H(Categorical([0.5, 0, 0.5]))", func() (sym.Expr, error) { return Entropy(fam(t, dist.Categorical, 0.5, 0, 0.5)) }, math.Log(2)},
		{"Hellinger(Binomial(3, 0), Binomial(3, 1))", func() (sym.Expr, error) {
			return Hellinger(fam(t, dist.Binomial, 3, 0), fam(t, dist.Binomial, 3, 1))
		}, 1},
	}
	for _, c := range cases {
		if got := value(t)(c.got()); math.Abs(got-c.want) > 1e-15*math.Max(1, math.Abs(c.want)) {
			t.Errorf("%s = %.17g, want %.17g", c.name, got, c.want)
		}
	}
	var inf *dist.Infinite
	for name, f := range map[string]func() (sym.Expr, error){
		"KL(Poisson(4)‖Poisson(0))": func() (sym.Expr, error) { return KL(fam(t, dist.Poisson, 4), fam(t, dist.Poisson, 0)) },
		"KL(Bernoulli(0)‖Bernoulli(1))": func() (sym.Expr, error) {
			return KL(fam(t, dist.Bernoulli, 0), fam(t, dist.Bernoulli, 1))
		},
		"D_2(Poisson(4)‖Poisson(0))": func() (sym.Expr, error) {
			return Renyi(fam(t, dist.Poisson, 4), fam(t, dist.Poisson, 0), sym.Int(2))
		},
		"KL(Categorical([0.5, 0.5])‖Categorical([1, 0]))": func() (sym.Expr, error) {
			return KL(fam(t, dist.Categorical, 0.5, 0.5), fam(t, dist.Categorical, 1, 0))
		},
		"D_B(Binomial(2, 0)‖Binomial(2, 1))": func() (sym.Expr, error) {
			return Bhattacharyya(fam(t, dist.Binomial, 2, 0), fam(t, dist.Binomial, 2, 1))
		},
	} {
		if _, err := f(); !errors.As(err, &inf) {
			t.Errorf("%s: %v, want +∞", name, err)
		}
	}
}

// TestBinomialsWithDifferentN compares the sums over two binomials with
// different n with the textbook formula, accurate for small n; their
// bounds must vouch for the 10 digits printed by default.
func TestBinomialsWithDifferentN(t *testing.T) {
	logPMF := func(n, p, k float64) float64 {
		a, _ := math.Lgamma(n + 1)
		b, _ := math.Lgamma(k + 1)
		c, _ := math.Lgamma(n - k + 1)
		return a - b - c + k*math.Log(p) + (n-k)*math.Log1p(-p)
	}
	p, q := fam(t, dist.Binomial, 7, 0.4), fam(t, dist.Binomial, 9, 0.35)
	var kl, bc, r2 float64
	for k := 0.0; k <= 7; k++ {
		lp, lq := logPMF(7, 0.4, k), logPMF(9, 0.35, k)
		kl += math.Exp(lp) * (lp - lq)
		bc += math.Exp((lp + lq) / 2)
		r2 += math.Exp(2*lp - lq)
	}
	for _, c := range []struct {
		name      string
		got, want float64
		quantity  string
	}{
		{"KL", value(t)(KL(p, q)), kl, "kl"},
		{"D_B", value(t)(Bhattacharyya(p, q)), -math.Log(bc), "bhattacharyya"},
		{"D_2", value(t)(Renyi(p, q, sym.Int(2))), math.Log(r2), "renyi"},
	} {
		bound := ErrorBound(c.quantity, p, q, sym.Int(2), 0)
		if math.Abs(c.got-c.want) > bound+1e-14*math.Abs(c.want) || bound > 1e-11*math.Abs(c.want) {
			t.Errorf("%s = %.17g, want %.17g (bound %.3g)", c.name, c.got, c.want, bound)
		}
	}
}
