package sym

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestDiffForms(t *testing.T) {
	for _, c := range []struct{ e, x, want string }{
		{"log(s^2)", "s", "2/s"},
		{"x^3", "x", "3 x^2"},
		{"exp(-x^2)", "x", "-2 x exp(-x^2)"},
		{"lgamma(a)", "a", "digamma(a)"},
		{"digamma(a)", "a", "trigamma(a)"},
		{"trigamma(a)", "a", "polygamma(2, a)"},
		{"polygamma(2, 3 a)", "a", "3 polygamma(3, 3 a)"},
		{"lbeta(a, b)", "a", "digamma(a) - digamma(a + b)"},
		{"abs(x)", "x", "x/abs(x)"},
		{"sqrt(x)", "x", "1/(2 sqrt(x))"},
		{"x^y", "y", "x^y log(x)"},
		{"2^x", "x", "2^x log(2)"},
		{"y", "x", "0"},
		{"x y + pi", "y", "x"},
		{"log(s2/s1) + (s1^2 + (m1 - m2)^2)/(2 s2^2)", "m1", "(m1 - m2)/s2^2"},
	} {
		got := Diff(mustParse(c.e), c.x)
		if Format(got) != c.want {
			// Accept an unsimplified form that Simplify brings to the
			// expected one.
			if s := Simplify(got, nil); Format(s) != c.want {
				t.Errorf("d/d%s %s = %s (simplified %s), want %s", c.x, c.e, got, s, c.want)
			}
		}
	}
}

func TestHessian(t *testing.T) {
	h := Hessian(mustParse("x^2*y + log(y)"), []string{"x", "y"})
	want := [][]string{{"2 y", "2 x"}, {"2 x", "-1/y^2"}}
	for i := range want {
		for j := range want[i] {
			if got := Format(h[i][j]); got != want[i][j] {
				t.Errorf("H[%d][%d] = %s, want %s", i, j, got, want[i][j])
			}
		}
	}
	g := Gradient(mustParse("x^2*y + log(y)"), []string{"x", "y"})
	if Format(g[0]) != "2 x y" || Format(g[1]) != "x^2 + 1/y" {
		t.Errorf("Gradient = %v", g)
	}
}

// TestDiffFiniteDifference compares Diff with a central finite difference
// of Float64 at seeded random points: an independent check of every rule.
func TestDiffFiniteDifference(t *testing.T) {
	exprs := []string{
		"log(x^2 + y^2) * exp(-x y)",
		"x^y + y^x",
		"sqrt(x^2 + 1)/(y + 2)",
		"lgamma(x + 3) - digamma(y + 3) x",
		"trigamma(x + 2) * polygamma(2, y + 3)",
		"lbeta(x + 2, y^2 + 1)",
		"abs(x - y) * log(abs(x) + 1)",
		"(x^3 - 2 x y)/(1 + x^2 y^2)",
		"exp(sqrt(x^2 + y^2))",
		"log(s2/s1) + (s1^2 + (m1 - m2)^2)/(2 s2^2) - 1/2",
		"(a1 - a2) digamma(a1) - lgamma(a1) + lgamma(a2) + a2 (log(b1) - log(b2)) + a1 (b2 - b1)/b1",
	}
	rng := rand.New(rand.NewPCG(1, 1))
	for _, src := range exprs {
		e := mustParse(src)
		vars := FreeSymbols(e)
		for trial := 0; trial < 10; trial++ {
			point := map[string]float64{}
			for _, v := range vars {
				point[v] = 0.3 + 2*rng.Float64()
			}
			for _, v := range vars {
				d := Diff(e, v)
				got, err := Float64(Subs(d, floatPoint(point)))
				if err != nil {
					t.Errorf("d/d%s %s: %v", v, src, err)
					continue
				}
				want, ok := centralDifference(e, v, point)
				if !ok {
					continue
				}
				if math.Abs(got-want) > 1e-6*math.Max(1, math.Abs(want)) {
					t.Errorf("d/d%s %s at %v: Diff gives %.12g, finite difference %.12g", v, src, point, got, want)
				}
			}
		}
	}
}

func floatPoint(p map[string]float64) map[string]Expr {
	m := make(map[string]Expr, len(p))
	for k, v := range p {
		m[k] = Float(v)
	}
	return m
}

// centralDifference estimates ∂e/∂v with Richardson extrapolation of
// central differences (error O(h⁴)).
func centralDifference(e Expr, v string, p map[string]float64) (float64, bool) {
	at := func(dx float64) (float64, bool) {
		q := make(map[string]float64, len(p))
		for k, x := range p {
			q[k] = x
		}
		q[v] += dx
		f, err := Float64(Subs(e, floatPoint(q)))
		return f, err == nil
	}
	h := 1e-3 * math.Max(1, math.Abs(p[v]))
	d := func(h float64) (float64, bool) {
		f1, ok1 := at(h)
		f0, ok0 := at(-h)
		return (f1 - f0) / (2 * h), ok1 && ok0
	}
	d1, ok1 := d(h)
	d2, ok2 := d(h / 2)
	return (4*d2 - d1) / 3, ok1 && ok2
}
