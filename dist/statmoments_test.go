package dist

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/integrate/quad"
	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// TestStatMomentQuadrature compares E[Π Tᵢ^kᵢ] from StatMoment with
// Gauss–Legendre quadrature of the same integrand against gonum's
// densities, after a change of variable that maps the support onto a
// finite interval of u (x = e^u, or x = 1/(1 + e^−u) on (0, 1)).
func TestStatMomentQuadrature(t *testing.T) {
	type stat func(x float64) []float64
	logX := func(x float64) []float64 { return []float64{math.Log(x), x} }
	for _, c := range []struct {
		name  string
		f     *Family
		θ     []float64
		stats stat
		logp  func(x float64) float64
		unit  bool // support (0, 1)
	}{
		{"Gamma", Gamma, []float64{2.3, 1.7}, logX, distuv.Gamma{Alpha: 2.3, Beta: 1.7}.LogProb, false},
		{"Beta", Beta, []float64{2.5, 0.8}, func(x float64) []float64 { return []float64{math.Log(x), math.Log1p(-x)} },
			distuv.Beta{Alpha: 2.5, Beta: 0.8}.LogProb, true},
		{"LogNormal", LogNormal, []float64{0.3, 0.6}, func(x float64) []float64 { return []float64{math.Log(x), math.Log(x) * math.Log(x)} },
			distuv.LogNormal{Mu: 0.3, Sigma: math.Sqrt(0.6)}.LogProb, false},
		{"Normal", Normal, []float64{-0.4, 1.3}, func(x float64) []float64 { return []float64{x, x * x} },
			distuv.Normal{Mu: -0.4, Sigma: math.Sqrt(1.3)}.LogProb, false},
	} {
		d, err := c.f.NewFloat(c.θ...)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range [][]int{{1, 0}, {2, 0}, {1, 1}, {0, 2}, {2, 1}, {3, 0}, {1, 2}} {
			e, err := d.StatMoment(k)
			if err != nil {
				t.Fatalf("%s %v: %v", c.name, k, err)
			}
			got := evalFloat(t, e)
			integrand := func(u float64) float64 {
				x, jac := math.Exp(u), math.Exp(u)
				switch {
				case c.unit:
					x = 1 / (1 + math.Exp(-u))
					jac = x * (1 - x)
				case c.f == Normal:
					x, jac = u, 1
				}
				if c.f != Normal && (x <= 0 || jac == 0 || c.unit && x >= 1) {
					return 0
				}
				ts := c.stats(x)
				v := math.Exp(c.logp(x)) * jac
				for i, ki := range k {
					v *= math.Pow(ts[i], float64(ki))
				}
				return v
			}
			want := quad.Fixed(integrand, -40, 40, 4000, quad.Legendre{}, 0)
			if math.Abs(got-want) > 1e-8*math.Max(1, math.Abs(want)) {
				t.Errorf("%s: E[T^%v] = %.15g, quadrature %.15g", c.name, k, got, want)
			}
		}
	}
}

// TestStatMomentSymbolic checks E[T₁T₂] = ∂²A/∂η₁∂η₂ + ∂A/∂η₁ ∂A/∂η₂
// against its textbook value for Gamma(a, b): E[x log x] = a(ψ(a + 1) − log b)/b.
func TestStatMomentSymbolic(t *testing.T) {
	a, b := sym.Symbol("a"), sym.Symbol("b")
	d, err := Gamma.New([]sym.Expr{a, b})
	if err != nil {
		t.Fatal(err)
	}
	got, err := d.StatMoment([]int{1, 1})
	if err != nil {
		t.Fatal(err)
	}
	want := sym.Div(sym.Mul(a, sym.Sub(call("digamma", sym.Add(a, one)), log(b))), b)
	as := sym.NewAssumptions()
	as.Assume("a", sym.Positive)
	as.Assume("b", sym.Positive)
	if r := sym.Check(got, want, as); !r.OK {
		t.Errorf("E[x log x] = %s, want %s: %s", got, want, r.Detail)
	}
	if _, err := d.StatMoment([]int{5, 4}); err == nil {
		t.Error("order 9: no error")
	}
	l, err := Laplace.New([]sym.Expr{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.StatMoment([]int{1}); err == nil {
		t.Error("Laplace has no sufficient statistics: no error")
	}
}

// TestTiltedMomentQuadrature checks E[x^c log x] (a shape tilted by c)
// through Moment against quadrature, as in TestStatMomentQuadrature.
func TestTiltedMomentQuadrature(t *testing.T) {
	x := sym.Symbol("x")
	for _, c := range []struct {
		name string
		f    *Family
		θ    []float64
		c    float64
		atom sym.Expr
		logp func(float64) float64
	}{
		{"Beta", Beta, []float64{2.5, 0.8}, 1, sym.Mul(x, log(x)), distuv.Beta{Alpha: 2.5, Beta: 0.8}.LogProb},
		{"Gamma", Gamma, []float64{2.3, 1.7}, 0.5, sym.Mul(sym.Pow(x, half), log(x)), distuv.Gamma{Alpha: 2.3, Beta: 1.7}.LogProb},
	} {
		d, err := c.f.NewFloat(c.θ...)
		if err != nil {
			t.Fatal(err)
		}
		e, ok := d.Moment(c.atom, "x")
		if !ok {
			t.Fatalf("%s: no moment for %s", c.name, c.atom)
		}
		got := evalFloat(t, e)
		want := quad.Fixed(func(u float64) float64 {
			x, jac := math.Exp(u), math.Exp(u)
			if c.f == Beta {
				x = 1 / (1 + math.Exp(-u))
				jac = x * (1 - x)
			}
			if x <= 0 || x >= 1 && c.f == Beta {
				return 0
			}
			return math.Pow(x, c.c) * math.Log(x) * math.Exp(c.logp(x)) * jac
		}, -40, 40, 4000, quad.Legendre{}, 0)
		if math.Abs(got-want) > 1e-8*math.Max(1, math.Abs(want)) {
			t.Errorf("%s: E[%s] = %.15g, quadrature %.15g", c.name, c.atom, got, want)
		}
	}
}

// TestAtomMomentsQuadrature checks E|x − c|^k under Laplace and E[log x]
// under Exponential (through Gamma(1, λ)) against quadrature.
func TestAtomMomentsQuadrature(t *testing.T) {
	x := sym.Symbol("x")
	lap, _ := Laplace.NewFloat(0.3, 1.4)
	lapPDF := distuv.Laplace{Mu: 0.3, Scale: 1.4}.Prob
	expo, _ := Exponential.NewFloat(2.2)
	expoPDF := distuv.Exponential{Rate: 2.2}.Prob
	for _, c := range []struct {
		name   string
		d      *Dist
		atom   sym.Expr
		f      func(float64) float64
		pdf    func(float64) float64
		lo, hi float64
	}{
		{"|x − 1.1|", lap, abs(sym.Sub(x, sym.Float(1.1))), func(x float64) float64 { return math.Abs(x - 1.1) }, lapPDF, -60, 60},
		{"|2 − x|", lap, abs(sym.Sub(sym.Int(2), x)), func(x float64) float64 { return math.Abs(2 - x) }, lapPDF, -60, 60},
		{"|x − μ|³", lap, sym.Pow(abs(sym.Sub(x, sym.Float(0.3))), sym.Int(3)), func(x float64) float64 { return math.Pow(math.Abs(x-0.3), 3) }, lapPDF, -80, 80},
		// In u = log x: ∫ log x p(x) dx = ∫ u p(e^u) e^u du.
		{"log x", expo, log(x), func(u float64) float64 { return u }, func(u float64) float64 { return expoPDF(math.Exp(u)) * math.Exp(u) }, -60, 5},
	} {
		e, ok := c.d.Moment(c.atom, "x")
		if !ok {
			t.Fatalf("%s: no moment", c.name)
		}
		got := evalFloat(t, e)
		// Split at the kinks and the mode so that each piece is smooth.
		var want float64
		cuts := []float64{c.lo, 0.3, 1.1, 2, c.hi}
		for i := 0; i+1 < len(cuts); i++ {
			want += quad.Fixed(func(x float64) float64 { return c.f(x) * c.pdf(x) }, cuts[i], cuts[i+1], 2000, quad.Legendre{}, 0)
		}
		if math.Abs(got-want) > 1e-7*math.Max(1, math.Abs(want)) {
			t.Errorf("%s: E = %.15g, quadrature %.15g", c.name, got, want)
		}
	}
}

// TestCenteredMomentQuadrature checks E[y^j |y|^k] under Laplace(μ, b),
// y = x − μ, against quadrature over y > 0 (the density is symmetric).
func TestCenteredMomentQuadrature(t *testing.T) {
	d, _ := Laplace.NewFloat(0.3, 1.4)
	y := sym.Symbol("y")
	pdf := distuv.Laplace{Mu: 0, Scale: 1.4}.Prob
	for _, c := range []struct {
		j int
		k sym.Expr
	}{{0, half}, {2, one}, {1, sym.Int(-1)}, {4, sym.Int(-3)}, {0, sym.Div(sym.Int(-1), sym.Int(3))}} {
		atom := sym.Mul(sym.Pow(y, sym.Int(int64(c.j))), sym.Pow(abs(y), c.k))
		e, ok := d.CenteredMoment(atom, "y")
		if !ok {
			t.Fatalf("E[%s]: none", atom)
		}
		got := evalFloat(t, e)
		kf := evalFloat(t, c.k)
		want := 0.0
		if c.j%2 == 0 {
			// In u = log y: 2 ∫ y^(j+k) p(y) dy = 2 ∫ e^((j+k+1)u) p(e^u) du.
			want = 2 * quad.Fixed(func(u float64) float64 {
				return math.Exp((float64(c.j)+kf+1)*u) * pdf(math.Exp(u))
			}, -60, 6, 4000, quad.Legendre{}, 0)
		}
		if math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
			t.Errorf("E[%s] = %.15g, quadrature %.15g", atom, got, want)
		}
	}
	if _, ok := d.CenteredMoment(sym.Pow(abs(y), sym.Int(-1)), "y"); ok {
		t.Error("E[1/|y|] diverges, but a value came back")
	}
}
