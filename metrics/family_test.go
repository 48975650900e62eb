package metrics

import (
	"errors"
	"math"
	"testing"

	"statcalc/dist"
	"statcalc/sym"
)

func fam(t *testing.T, f *dist.Family, θ ...float64) *dist.Dist {
	t.Helper()
	d, err := f.NewFloat(θ...)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// value evaluates a closed form to float64 with every digit correct.
func value(t *testing.T) func(sym.Expr, error) float64 {
	return func(e sym.Expr, err error) float64 {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		d, err := sym.Decimal(e, 17)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := d.Float64()
		return v
	}
}

// TestFamilyNormalAgreesWithMVN compares the divergences derived from the
// log-partition of N(m, v) with the dedicated numerics of the
// multivariate normal in dimension 1: two independent routes.
func TestFamilyNormalAgreesWithMVN(t *testing.T) {
	p, q := fam(t, dist.Normal, 0.3, 2.1), fam(t, dist.Normal, -1.2, 0.7)
	mp, _ := dist.NewMVN([]float64{0.3}, [][]float64{{2.1}})
	mq, _ := dist.NewMVN([]float64{-1.2}, [][]float64{{0.7}})
	checks := []struct {
		name   string
		family func() (sym.Expr, error)
		mvn    func() (Estimate, error)
	}{
		{"kl", func() (sym.Expr, error) { return KL(p, q) }, func() (Estimate, error) { return KLNormal(mp, mq) }},
		{"bhattacharyya", func() (sym.Expr, error) { return Bhattacharyya(p, q) }, func() (Estimate, error) { return BhattacharyyaNormal(mp, mq) }},
		{"hellinger", func() (sym.Expr, error) { return Hellinger(p, q) }, func() (Estimate, error) { return HellingerNormal(mp, mq) }},
		{"renyi 0.3", func() (sym.Expr, error) { return Renyi(p, q, sym.Float(0.3)) }, func() (Estimate, error) { return RenyiNormal(mp, mq, 0.3) }},
		{"w2", func() (sym.Expr, error) { return W2(p, q) }, func() (Estimate, error) { return W2Normal(mp, mq) }},
		{"cross_entropy", func() (sym.Expr, error) { return CrossEntropy(p, q) }, func() (Estimate, error) { return CrossEntropyNormal(mp, mq) }},
		{"entropy", func() (sym.Expr, error) { return Entropy(p) }, func() (Estimate, error) { return EntropyNormal(mp) }},
	}
	for _, c := range checks {
		got := value(t)(c.family())
		want, err := c.mvn()
		if err != nil {
			t.Fatal(err)
		}
		// The two routes round differently: a few ulps apart at most.
		if math.Abs(got-want.Value) > 2e-15*math.Abs(want.Value) {
			t.Errorf("%s: from A(η) %.17g, MVN %.17g", c.name, got, want.Value)
		}
	}
}

func TestFamilyErrors(t *testing.T) {
	if _, err := KL(fam(t, dist.Gamma, 1, 2), fam(t, dist.Beta, 1, 2)); err == nil {
		t.Error("KL across families: no error")
	}
	var inf *dist.Infinite
	if _, err := KL(fam(t, dist.Binomial, 4, 0.5), fam(t, dist.Binomial, 3, 0.5)); !errors.As(err, &inf) {
		t.Errorf("KL(Binomial(4, ½)‖Binomial(3, ½)) = %v, want infinite", err)
	}
	bn := func(n string) *dist.Dist {
		d, err := dist.Binomial.New([]sym.Expr{sym.Symbol(n), sym.Float(0.5)})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	if _, err := KL(bn("n"), bn("m")); err == nil {
		t.Error("KL of binomials with different symbolic n: no error")
	}
	if _, err := KL(fam(t, dist.Binomial, 3, 0.5), fam(t, dist.Binomial, 3, 0.2)); err != nil {
		t.Errorf("KL of binomials with equal n: %v", err)
	}
	if _, err := Bhattacharyya(fam(t, dist.Laplace, 0, 1), fam(t, dist.Laplace, 1, 1)); err == nil {
		t.Error("Bhattacharyya of Laplace has no closed form, but no error")
	}
	if _, err := W2(fam(t, dist.Gamma, 1, 2), fam(t, dist.Gamma, 1, 3)); err == nil {
		t.Error("W2 of gammas has no closed form, but no error")
	}
	if _, err := CrossEntropy(fam(t, dist.Uniform, 0, 2), fam(t, dist.Uniform, 1, 3)); err == nil {
		t.Error("cross-entropy of non-nested uniforms is infinite, but no error")
	}
}

func TestRenyiTendsToKL(t *testing.T) {
	p, q := fam(t, dist.Gamma, 2.5, 1.5), fam(t, dist.Gamma, 1.5, 2)
	kl := value(t)(KL(p, q))
	if one := value(t)(Renyi(p, q, sym.Int(1))); one != kl {
		t.Errorf("Rényi of order 1 = %v, KL = %v", one, kl)
	}
	near := value(t)(Renyi(p, q, sym.Float(1-1e-7)))
	if math.Abs(near-kl) > 1e-6*kl {
		t.Errorf("Rényi of order 1 − 1e-7 = %v, KL = %v", near, kl)
	}
}
