package fisher

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
	"statcalc/sym"
)

func exp(e sym.Expr) sym.Expr {
	r, err := sym.Call("exp", e)
	if err != nil {
		panic(err)
	}
	return r
}

func parse(t testing.TB, names ...string) []sym.Expr {
	out := make([]sym.Expr, len(names))
	for i, n := range names {
		out[i] = sym.Symbol(n)
	}
	return out
}

// TestInformationInChainRule checks F_t = Jᵀ F_θ J against an independent
// numeric route: the family's information at θ(t) (evaluated numerically)
// sandwiched between a finite-difference Jacobian of θ(t).
func TestInformationInChainRule(t *testing.T) {
	s, mu, l := sym.Symbol("s"), sym.Symbol("mu"), sym.Symbol("l")
	two := sym.Int(2)
	cases := []struct {
		f      *dist.Family
		θ      func(t []float64) []float64 // θ(t), numerically
		expr   []sym.Expr                  // θ(t), symbolically
		coords []string
		at     []float64
	}{
		{dist.Normal, func(t []float64) []float64 { return []float64{t[0], t[1] * t[1]} },
			[]sym.Expr{mu, sym.Pow(s, two)}, []string{"mu", "s"}, []float64{0.3, 1.7}},
		{dist.Normal, func(t []float64) []float64 { return []float64{t[0], 1 / t[1]} },
			[]sym.Expr{mu, sym.Div(sym.Int(1), l)}, []string{"mu", "l"}, []float64{-1, 0.4}},
		{dist.Gamma, func(t []float64) []float64 { return []float64{t[0], 1 / t[1]} },
			[]sym.Expr{mu, sym.Div(sym.Int(1), l)}, []string{"mu", "l"}, []float64{2.5, 0.7}},
		{dist.Beta, func(t []float64) []float64 { return []float64{t[0] * t[1], (1 - t[0]) * t[1]} },
			[]sym.Expr{sym.Mul(mu, s), sym.Mul(sym.Sub(sym.Int(1), mu), s)}, []string{"mu", "s"}, []float64{0.3, 4}},
		{dist.Laplace, func(t []float64) []float64 { return []float64{t[0], math.Exp(t[1])} },
			[]sym.Expr{mu, exp(s)}, []string{"mu", "s"}, []float64{0.3, -0.5}},
	}
	for _, c := range cases {
		d := &dist.Dist{Family: c.f, Theta: c.expr}
		Ft, err := InformationIn(d, c.coords)
		if err != nil {
			t.Fatalf("%s %v: %v", c.f.Name, c.coords, err)
		}
		at := map[string]sym.Expr{}
		for i, n := range c.coords {
			at[n] = sym.Float(c.at[i])
		}
		θ0 := c.θ(c.at)
		n, k := len(θ0), len(c.at)
		member, err := c.f.NewFloat(θ0...)
		if err != nil {
			t.Fatal(err)
		}
		Fθ, err := Information(member, c.f.Free(n))
		if err != nil {
			t.Fatal(err)
		}
		J := mat.NewDense(n, k, nil)
		for j := 0; j < k; j++ {
			h := 1e-6
			p, m := append([]float64(nil), c.at...), append([]float64(nil), c.at...)
			p[j] += h
			m[j] -= h
			tp, tm := c.θ(p), c.θ(m)
			for i := 0; i < n; i++ {
				J.Set(i, j, (tp[i]-tm[i])/(2*h))
			}
		}
		F := mat.NewDense(n, n, nil)
		for i := range Fθ {
			for j := range Fθ[i] {
				v, err := sym.Float64(Fθ[i][j])
				if err != nil {
					t.Fatal(err)
				}
				F.Set(i, j, v)
			}
		}
		var jf, want mat.Dense
		jf.Mul(J.T(), F)
		want.Mul(&jf, J)
		for i := 0; i < k; i++ {
			for j := 0; j < k; j++ {
				got, err := sym.Float64(sym.Subs(Ft[i][j], at))
				if err != nil {
					t.Fatal(err)
				}
				if w := want.At(i, j); math.Abs(got-w) > 1e-8*math.Max(1, math.Abs(w)) {
					t.Errorf("%s in %v: F[%d][%d] = %g, want %g", c.f.Name, c.coords, i, j, got, w)
				}
			}
		}
	}
}

func TestCoordinateErrors(t *testing.T) {
	a, b, m, v := sym.Symbol("a"), sym.Symbol("b"), sym.Symbol("m"), sym.Symbol("v")
	for _, c := range []struct {
		d      *dist.Dist
		coords []string
		want   string
	}{
		{&dist.Dist{Family: dist.Normal, Theta: []sym.Expr{m, v}}, []string{"x"}, "do not depend on x"},
		{&dist.Dist{Family: dist.Normal, Theta: []sym.Expr{sym.Add(a, b), v}}, []string{"a", "b"}, "singular: changing b"},
		{&dist.Dist{Family: dist.Normal, Theta: []sym.Expr{sym.Mul(a, b), sym.Mul(sym.Int(2), a, b)}}, []string{"a", "b"}, "singular"},
		{&dist.Dist{Family: dist.Normal, Theta: []sym.Expr{m, v}}, []string{"m", "m"}, "listed twice"},
		{&dist.Dist{Family: dist.Uniform, Theta: []sym.Expr{a, b}}, []string{"a", "b"}, "support depends"},
		{&dist.Dist{Family: dist.Binomial, Theta: []sym.Expr{m, v}}, []string{"m"}, "fixed parameter"},
	} {
		_, err := InformationIn(c.d, c.coords)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %v: error %v, want one containing %q", c.d.Family.Name, c.coords, err, c.want)
		}
	}
}

func randomSPD(rng *rand.Rand, d int) [][]float64 {
	a := mat.NewDense(d, d, nil)
	for i := 0; i < d; i++ {
		for j := 0; j < d; j++ {
			a.Set(i, j, rng.NormFloat64())
		}
	}
	var s mat.Dense
	s.Mul(a, a.T())
	out := make([][]float64, d)
	for i := range out {
		out[i] = make([]float64, d)
		for j := range out[i] {
			out[i][j] = s.At(i, j) / float64(d)
		}
		out[i][i] += 1
	}
	return out
}

// TestMVNInformationAndNaturalGradient compares the information of N(μ, Σ)
// with the trace formula F_ab = ½ tr(Σ⁻¹ E_a Σ⁻¹ E_b), E_a the symmetric
// basis matrix of entry a of vech Σ, and the product-only natural
// gradient with a Cholesky solve of F x = g.
func TestMVNInformationAndNaturalGradient(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, d := range []int{1, 2, 4} {
		S := randomSPD(rng, d)
		p, err := dist.NewMVN(make([]float64, d), S)
		if err != nil {
			t.Fatal(err)
		}
		F, err := InformationMVN(p, true, true)
		if err != nil {
			t.Fatal(err)
		}
		var P mat.Dense
		if err := P.Inverse(p.Cov()); err != nil {
			t.Fatal(err)
		}
		idx := vechIndex(d)
		basis := make([]*mat.Dense, len(idx))
		for k, ij := range idx {
			basis[k] = mat.NewDense(d, d, nil)
			basis[k].Set(ij[0], ij[1], 1)
			basis[k].Set(ij[1], ij[0], 1)
		}
		for a := range idx {
			for b := range idx {
				var x, y, z mat.Dense
				x.Mul(&P, basis[a])
				y.Mul(&x, &P)
				z.Mul(&y, basis[b])
				want := mat.Trace(&z) / 2
				if got := F[d+a][d+b]; math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
					t.Errorf("d=%d: F[%d][%d] = %g, want %g", d, d+a, d+b, got, want)
				}
			}
		}
		g := make([]float64, len(F))
		for i := range g {
			g[i] = rng.NormFloat64()
		}
		ng, err := NaturalGradientMVN(p, g)
		if err != nil {
			t.Fatal(err)
		}
		want, err := NaturalGradient(F, g)
		if err != nil {
			t.Fatal(err)
		}
		for i := range ng {
			if math.Abs(ng[i]-want[i]) > 1e-10*math.Max(1, math.Abs(want[i])) {
				t.Errorf("d=%d: natural gradient[%d] = %g, want %g", d, i, ng[i], want[i])
			}
		}
	}
}

// TestMVNNaturalGradientLarge: at d = 100 (5150 coordinates) the natural
// gradient takes two matrix products, well under a second, where the
// 5150×5150 information matrix would not even fit the memory budget.
func TestMVNNaturalGradientLarge(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	d := 100
	p, err := dist.NewMVN(make([]float64, d), randomSPD(rng, d))
	if err != nil {
		t.Fatal(err)
	}
	g := make([]float64, d+d*(d+1)/2)
	for i := range g {
		g[i] = rng.NormFloat64()
	}
	start := time.Now()
	ng, err := NaturalGradientMVN(p, g)
	if err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	t.Logf("natural gradient of N(μ, Σ) at d = 100: %v", el)
	if el > time.Second {
		t.Errorf("natural gradient at d = 100 took %v", el)
	}
	// Check one vech entry against the metric: ½ tr(Σ⁻¹ A Σ⁻¹ B) = tr(G B)
	// for A = the natural gradient as a matrix and B = E_(1,1).
	A := mat.NewSymDense(d, nil)
	for k, ij := range vechIndex(d) {
		A.SetSym(ij[0], ij[1], ng[d+k])
	}
	var ch mat.Cholesky
	if !ch.Factorize(p.Cov()) {
		t.Fatal("not positive definite")
	}
	var x mat.Dense
	if err := ch.SolveTo(&x, A); err != nil { // Σ⁻¹ A
		t.Fatal(err)
	}
	var y mat.Dense
	if err := ch.SolveTo(&y, x.T()); err != nil { // Σ⁻¹ (Σ⁻¹ A)ᵀ = Σ⁻¹ A Σ⁻¹
		t.Fatal(err)
	}
	if got, want := y.At(0, 0)/2, g[d]; math.Abs(got-want) > 1e-8*math.Max(1, math.Abs(want)) {
		t.Errorf("metric of the natural gradient against E_11: %g, want the gradient entry %g", got, want)
	}
}

// BenchmarkInformationIn times the symbolic information of each family in
// user coordinates (the target is well under 10 ms a family).
func BenchmarkInformationIn(b *testing.B) {
	mu, s, a, th := sym.Symbol("mu"), sym.Symbol("s"), sym.Symbol("a"), sym.Symbol("th")
	one, two := sym.Int(1), sym.Int(2)
	cases := []struct {
		d      *dist.Dist
		coords []string
	}{
		{&dist.Dist{Family: dist.Normal, Theta: []sym.Expr{mu, sym.Pow(s, two)}}, []string{"mu", "s"}},
		{&dist.Dist{Family: dist.Gamma, Theta: []sym.Expr{a, sym.Div(one, th)}}, []string{"a", "th"}},
		{&dist.Dist{Family: dist.Beta, Theta: []sym.Expr{sym.Mul(mu, s), sym.Mul(sym.Sub(one, mu), s)}}, []string{"mu", "s"}},
		{&dist.Dist{Family: dist.Poisson, Theta: []sym.Expr{exp(th)}}, []string{"th"}},
		{&dist.Dist{Family: dist.LogNormal, Theta: []sym.Expr{mu, sym.Pow(s, two)}}, []string{"mu", "s"}},
		{&dist.Dist{Family: dist.Dirichlet, Theta: parse(b, "a1", "a2", "a3")}, []string{"a1", "a2", "a3"}},
	}
	for _, c := range cases {
		b.Run(c.d.Family.Name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := InformationIn(c.d, c.coords); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
