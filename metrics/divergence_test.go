package metrics

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"gonum.org/v1/gonum/integrate/quad"

	"statcalc/dist"
	"statcalc/sym"
)

// TestDeclaredIntegrands checks each declaration's integrand form against
// its closed form: the expectations are computed by quadrature of gonum's
// densities, independent of the log-partition.
func TestDeclaredIntegrands(t *testing.T) {
	pairs := []struct {
		family *dist.Family
		p, q   []float64
		lo, hi float64
	}{
		{dist.Normal, []float64{0, 1}, []float64{1, 2}, -40, 40},
		{dist.Gamma, []float64{2, 1}, []float64{3, 2}, 0, 80},
		{dist.LogNormal, []float64{0, 1}, []float64{0.5, 0.5}, 0, 400},
	}
	for _, d := range Divergences() {
		for _, pr := range pairs {
			if d.Integrand == nil {
				continue
			}
			p, _ := pr.family.NewFloat(pr.p...)
			q, _ := pr.family.NewFloat(pr.q...)
			sp, _ := p.Sampler()
			sq, _ := q.Sampler()
			logp := func(x float64) float64 { v, _ := sp.LogProb([]float64{x}); return v }
			logq := func(x float64) float64 { v, _ := sq.LogProb([]float64{x}); return v }
			mean := func(under func(float64) float64, f func(lp, lq float64) float64) float64 {
				if f == nil {
					return 0
				}
				return quad.Fixed(func(x float64) float64 {
					w := math.Exp(under(x))
					if w == 0 {
						return 0
					}
					return w * f(logp(x), logq(x))
				}, pr.lo, pr.hi, 20000, nil, 0)
			}
			got := d.Integrand.Value(mean(logp, d.Integrand.UnderP), mean(logq, d.Integrand.UnderQ))
			want, err := closedOrNumeric(d, pr.family, pr.p, pr.q, pr.lo)
			var inf *dist.Infinite
			if errors.As(err, &inf) {
				continue // checked by closedOrNumeric: the quadrature refuses too
			}
			if err != nil {
				t.Fatalf("%s of %s: %v", d.Name, pr.family.Name, err)
			}
			if math.Abs(got-want) > 1e-6*math.Max(1, math.Abs(want)) {
				t.Errorf("%s of %s%v, %s%v: integrand gives %.12g, closed form %.12g", d.Name, pr.family.Name, pr.p, pr.family.Name, pr.q, got, want)
			}
		}
	}
}

// TestDeclarationsComplete checks that every declaration names, documents
// and computes what calc's generated built-in needs.
func TestDeclarationsComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range Divergences() {
		if d.Name == "" || d.Signature == "" || d.Doc == "" || d.Example == "" || d.Family == nil || d.Normal == nil {
			t.Errorf("incomplete declaration %+v", d)
		}
		if seen[d.Name] {
			t.Errorf("%s is declared twice", d.Name)
		}
		seen[d.Name] = true
		if got, ok := LookupDivergence(d.Name); !ok || got != d {
			t.Errorf("LookupDivergence(%q) does not find its declaration", d.Name)
		}
	}
}

// TestSKLIsBothKLs checks the derived form (η_p − η_q)·(∇A(η_p) − ∇A(η_q))
// against KL(p‖q) + KL(q‖p), and the normal numerics against both.
func TestSKLIsBothKLs(t *testing.T) {
	pairs := []struct {
		family *dist.Family
		p, q   []float64
	}{
		{dist.Normal, []float64{0, 1}, []float64{1, 3}},
		{dist.Gamma, []float64{2, 1}, []float64{3, 2}},
		{dist.Beta, []float64{2, 3}, []float64{0.5, 4}},
		{dist.Poisson, []float64{3}, []float64{4}},
		{dist.Chi2, []float64{3}, []float64{5}},
		{dist.InverseGamma, []float64{3, 2}, []float64{2, 1}},
		{dist.Laplace, []float64{0, 1}, []float64{1, 2}},
	}
	for _, pr := range pairs {
		p, _ := pr.family.NewFloat(pr.p...)
		q, _ := pr.family.NewFloat(pr.q...)
		s, err := SKL(p, q)
		if err != nil {
			t.Fatalf("skl of %s: %v", pr.family.Name, err)
		}
		pq, _ := KL(p, q)
		qp, _ := KL(q, p)
		got, _ := sym.Float64(s)
		want, _ := sym.Float64(sym.Add(pq, qp))
		if math.Abs(got-want) > 1e-13*math.Max(1, want) {
			t.Errorf("skl of %s%v, %s%v = %.17g, KL both ways %.17g", pr.family.Name, pr.p, pr.family.Name, pr.q, got, want)
		}
	}
	p, _ := dist.NewMVN([]float64{0, 0}, [][]float64{{1, 0.5}, {0.5, 2}})
	q, _ := dist.NewMVN([]float64{1, -1}, [][]float64{{1, 0}, {0, 1}})
	e, err := SKLNormal(p, q)
	if err != nil || math.Abs(e.Value-2.5) > 1e-14 {
		t.Errorf("SKLNormal = %v, %v; want 2.5 (½[tr Σ_q⁻¹Σ_p + tr Σ_p⁻¹Σ_q − 2k + Δᵀ(Σ_p⁻¹ + Σ_q⁻¹)Δ])", e, err)
	}
	if same, _ := SKLNormal(p, p); same.Value != 0 {
		t.Errorf("SKLNormal(p, p) = %v, want exactly 0", same.Value)
	}
}

// closedOrNumeric returns d's closed form for two members of f, or, for a
// divergence without one (js, tv, pearson), the double-exponential
// quadrature of Numeric over the support [lo, ∞).
func closedOrNumeric(d *Divergence, f *dist.Family, θp, θq []float64, lo float64) (float64, error) {
	p, _ := f.NewFloat(θp...)
	q, _ := f.NewFloat(θq...)
	e, closedErr := d.Family(p, q)
	if closedErr == nil {
		return sym.Float64(e)
	}
	if lo < 0 {
		lo = math.Inf(-1)
	}
	n, err := Numeric(d, Piecewise{ScalarDensity: f.Gonum(θp, nil), Lo: lo, Hi: math.Inf(1)},
		Piecewise{ScalarDensity: f.Gonum(θq, nil), Lo: lo, Hi: math.Inf(1)})
	var inf *dist.Infinite
	if errors.As(closedErr, &inf) {
		if err == nil {
			return 0, fmt.Errorf("closed form +∞ (%v), quadrature %g", closedErr, n.Value)
		}
		return 0, closedErr
	}
	return n.Value, err
}
