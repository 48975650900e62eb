package dist

import (
	"encoding/json"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"statcalc/sym"
)

type discreteRef struct {
	Family string   `json:"family"`
	Params []string `json:"params"`
	Ref    string   `json:"ref"`
	Method string   `json:"method"` // "sum" of the definition or "series", checked against sums
}

func parseParam(t *testing.T, s string) sym.Expr {
	if num, den, ok := strings.Cut(s, "/"); ok {
		return sym.Div(parseParam(t, num), parseParam(t, den))
	}
	e, err := sym.ParseNumber(s)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestDiscreteEntropyRefs compares the entropies of Poisson and binomial
// members with sums of the definition at 50 digits (mpmath,
// testdata/refs/discrete_refs.py): the error must lie within the bound
// each result carries, the bound must vouch for at least 13 digits, and
// each computation must take milliseconds.
func TestDiscreteEntropyRefs(t *testing.T) {
	data, err := os.ReadFile("testdata/discrete_refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct{ Cases []discreteRef }
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	if len(file.Cases) < 20 {
		t.Fatalf("only %d reference cases", len(file.Cases))
	}
	for _, c := range file.Cases {
		θ := make([]sym.Expr, len(c.Params))
		for i, p := range c.Params {
			θ[i] = parseParam(t, p)
		}
		start := time.Now()
		var h sym.Expr
		var bound float64
		switch c.Family {
		case "Poisson":
			h, bound, err = PoissonEntropy(θ[0], 0)
		case "Binomial":
			h, bound, err = BinomialEntropy(θ[0], θ[1], 0)
		}
		if err != nil {
			t.Fatalf("%s%v: %v", c.Family, c.Params, err)
		}
		got, err := sym.Decimal(h, 30)
		if err != nil {
			t.Fatalf("%s%v: %v", c.Family, c.Params, err)
		}
		elapsed := time.Since(start)
		want := decimal.RequireFromString(c.Ref)
		diff, _ := got.Sub(want).Abs().Float64()
		wf, _ := want.Float64()
		if diff > bound+1e-29*math.Abs(wf) {
			t.Errorf("%s%v = %s, want %s: error %.3g beyond the bound %.3g", c.Family, c.Params, got, want, diff, bound)
		}
		if bound > 1e-13*math.Abs(wf) {
			t.Errorf("%s%v: the bound %.3g vouches for fewer than 13 digits", c.Family, c.Params, bound)
		}
		if elapsed > 50*time.Millisecond {
			t.Errorf("%s%v took %v", c.Family, c.Params, elapsed)
		}
		t.Logf("%s%v: %s (%s), error %.2g ≤ bound %.2g, %v", c.Family, c.Params, got, c.Method, diff, bound, elapsed)

		// For :precision 30: an exact sum or the series, whichever gives
		// more digits, never fewer than the float64 sum.
		switch c.Family {
		case "Poisson":
			h, bound, err = PoissonEntropy(θ[0], 30)
		case "Binomial":
			h, bound, err = BinomialEntropy(θ[0], θ[1], 30)
		}
		if err != nil {
			t.Fatalf("%s%v at 30 digits: %v", c.Family, c.Params, err)
		}
		got, err = sym.Decimal(h, 35)
		if err != nil {
			t.Fatalf("%s%v: %v", c.Family, c.Params, err)
		}
		diff, _ = got.Sub(want).Abs().Float64()
		if diff > bound+1e-33*math.Abs(wf) || bound > 1e-13*math.Abs(wf) {
			t.Errorf("%s%v at 30 digits = %s, want %s: error %.3g, bound %.3g", c.Family, c.Params, got, want, diff, bound)
		}
		t.Logf("%s%v at 30 digits: error %.2g ≤ bound %.2g", c.Family, c.Params, diff, bound)
	}
}

// TestLogPMFAgainstLgamma checks the accurate log-probabilities against the
// textbook formula where that is accurate (small parameters).
func TestLogPMFAgainstLgamma(t *testing.T) {
	for _, λ := range []float64{0.3, 2, 17.5} {
		for k := 0.0; k < 40; k++ {
			lf, _ := math.Lgamma(k + 1)
			want := k*math.Log(λ) - λ - lf
			got, bound := poissonLogPMF(k, λ)
			if math.Abs(got-want) > bound+1e-13*math.Abs(want) {
				t.Errorf("log p(%v) for Poisson(%v) = %v, want %v", k, λ, got, want)
			}
		}
	}
	for _, n := range []float64{1, 7, 30} {
		for k := 0.0; k <= n; k++ {
			ln, _ := math.Lgamma(n + 1)
			lk, _ := math.Lgamma(k + 1)
			lnk, _ := math.Lgamma(n - k + 1)
			want := ln - lk - lnk + k*math.Log(0.3) + (n-k)*math.Log(0.7)
			got, bound := BinomialLogPMF(k, n, 0.3, 0.7)
			if math.Abs(got-want) > bound+1e-13*math.Abs(want) {
				t.Errorf("log p(%v) for Binomial(%v, 0.3) = %v, want %v", k, n, got, want)
			}
		}
	}
}

// TestDegenerateEntropy: members at the boundary are point masses, with
// zero entropy and E[log h(x)] = 0, computed at once.
func TestDegenerateEntropy(t *testing.T) {
	for _, c := range []struct {
		f *Family
		θ []float64
	}{{Poisson, []float64{0}}, {Binomial, []float64{0, 0.5}}, {Binomial, []float64{7, 0}}, {Binomial, []float64{7, 1}}} {
		d, err := c.f.NewFloat(c.θ...)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := d.Atom(); !ok {
			t.Errorf("%s%v is not a point mass", c.f.Name, c.θ)
		}
		m, err := c.f.MeanLogBase(d.Theta)
		if err != nil || !sym.Equal(m, sym.Int(0)) {
			t.Errorf("%s%v: E[log h(x)] = %v, %v; want 0", c.f.Name, c.θ, m, err)
		}
	}
	if h, bound, err := PoissonEntropy(sym.Int(0), 0); err != nil || !sym.Equal(h, sym.Int(0)) || bound != 0 {
		t.Errorf("H(Poisson(0)) = %v ± %v, %v", h, bound, err)
	}
}

// TestEntropySweep runs the entropies over parameters from 1e-300 to 1e300:
// each result is finite and non-negative, carries a bound of at least 11
// digits, takes milliseconds (100 ms allows for a loaded machine), and the
// binomial one is symmetric in p ↔ q.
func TestEntropySweep(t *testing.T) {
	value := func(e sym.Expr) float64 {
		d, err := sym.Decimal(e, 17)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := d.Float64()
		return f
	}
	check := func(name string, h sym.Expr, bound float64, err error, elapsed time.Duration) float64 {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		v := value(h)
		// The time is a guard against a sum over every term (158 s for
		// Binomial(10⁹, ½) once), not a measure of speed: benchmarks do that.
		if !(v >= 0) || math.IsInf(v, 0) || bound > 1e-11*v || elapsed > 2*time.Second {
			t.Errorf("%s = %v ± %v in %v", name, v, bound, elapsed)
		}
		return v
	}
	for e := -300.0; e <= 300; e += 0.37 {
		λ := sym.Float(math.Pow(10, e))
		start := time.Now()
		h, bound, err := PoissonEntropy(λ, 0)
		check("H(Poisson(1e"+strconvF(e)+"))", h, bound, err, time.Since(start))
	}
	for _, n := range []string{"1", "2", "10", "1000", "1000000", "1000000000", "1000000000000", "1000000000000000"} {
		for _, p := range []string{"1e-300", "1e-15", "1e-6", "0.1", "0.5", "0.37"} {
			nn, _ := sym.ParseNumber(n)
			pp, _ := sym.ParseNumber(p)
			qq := sym.Sub(sym.Int(1), pp)
			start := time.Now()
			h1, b1, err := BinomialEntropy(nn, pp, 0)
			v1 := check("H(Binomial("+n+", "+p+"))", h1, b1, err, time.Since(start))
			start = time.Now()
			h2, b2, err := BinomialEntropy(nn, qq, 0)
			v2 := check("H(Binomial("+n+", 1 − "+p+"))", h2, b2, err, time.Since(start))
			if math.Abs(v1-v2) > b1+b2+4e-16*v1 {
				t.Errorf("H(Binomial(%s, p)) = %.17g, with 1 − p %.17g", n, v1, v2)
			}
		}
	}
}

func strconvF(x float64) string { return strconv.FormatFloat(x, 'g', 4, 64) }

// FuzzDiscreteEntropy: any valid parameters give a finite, non-negative
// entropy with a bound, in milliseconds, at float64 and at 30 digits.
func FuzzDiscreteEntropy(f *testing.F) {
	f.Add(3.0, uint64(10), 0.3)
	f.Add(1e15, uint64(1e15), 1e-12)
	f.Add(0.0, uint64(0), 1.0)
	f.Fuzz(func(t *testing.T, λ float64, n uint64, p float64) {
		λ, p = math.Abs(λ), math.Abs(p)
		if math.IsNaN(λ) || math.IsInf(λ, 0) || λ > 1e300 || math.IsNaN(p) || p > 1 || n > 1<<53 {
			return
		}
		for _, digits := range []int{0, 30} {
			start := time.Now()
			h, bound, err := PoissonEntropy(exactFloat(λ), digits)
			if err != nil {
				t.Fatalf("Poisson(%v): %v", λ, err)
			}
			hp, bp, err := BinomialEntropy(exactFloat(float64(n)), exactFloat(p), digits)
			if err != nil {
				t.Fatalf("Binomial(%v, %v): %v", n, p, err)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("Poisson(%v), Binomial(%v, %v) at %d digits took %v", λ, n, p, digits, d)
			}
			for _, c := range []struct {
				h sym.Expr
				b float64
			}{{h, bound}, {hp, bp}} {
				v, err := sym.Float64(c.h)
				if err != nil || !(v >= -1e-300) || math.IsInf(v, 0) || !(c.b >= 0) {
					t.Errorf("Poisson(%v) / Binomial(%v, %v): %v ± %v (%v)", λ, n, p, v, c.b, err)
				}
			}
		}
	})
}
