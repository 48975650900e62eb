package metrics

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
)

func mustMVN(t testing.TB, s normalSpec) *dist.MVN {
	t.Helper()
	n, err := dist.NewMVN(s.Mu, s.Sigma)
	if err != nil {
		t.Fatalf("NewMVN(%v, %v): %v", s.Mu, s.Sigma, err)
	}
	return n
}

// randomNormal returns N(μ, Σ) with Σ = AAᵀ/d + shift·I, A standard normal.
func randomNormal(rnd *rand.Rand, d int, shift float64) ([]float64, [][]float64) {
	a := make([][]float64, d)
	for i := range a {
		a[i] = make([]float64, d)
		for j := range a[i] {
			a[i][j] = rnd.NormFloat64()
		}
	}
	mu := make([]float64, d)
	sigma := make([][]float64, d)
	for i := range sigma {
		mu[i] = rnd.NormFloat64()
		sigma[i] = make([]float64, d)
	}
	for i := 0; i < d; i++ {
		for j := 0; j <= i; j++ {
			v := 0.0
			for k := 0; k < d; k++ {
				v += a[i][k] * a[j][k]
			}
			v /= float64(d)
			if i == j {
				v += shift
			}
			sigma[i][j], sigma[j][i] = v, v
		}
	}
	return mu, sigma
}

// nearFuncs are the divergences that vanish to second order as q → p.
var nearFuncs = map[string]func(p, q *dist.MVN) (Estimate, error){
	"kl":            KLNormal,
	"kl_qp":         func(p, q *dist.MVN) (Estimate, error) { return KLNormal(q, p) },
	"bhattacharyya": BhattacharyyaNormal,
	"hellinger":     HellingerNormal,
	"renyi0.3":      func(p, q *dist.MVN) (Estimate, error) { return RenyiNormal(p, q, 0.3) },
	"renyi2":        func(p, q *dist.MVN) (Estimate, error) { return RenyiNormal(p, q, 2) },
	"renyi0.999":    func(p, q *dist.MVN) (Estimate, error) { return RenyiNormal(p, q, 0.999) },
	"w2":            W2Normal,
}

// TestNearIdentical checks every divergence on q = p + ε·(perturbation),
// ε = 1e-2 … 1e-8, d = 1, 2, 5, 10, against mpmath at 60 digits: at least
// 6 correct digits are required (the textbook formulas give none at 1e-8),
// and the true error must stay within 10·RelErr.
func TestNearIdentical(t *testing.T) {
	minDigits := map[string]float64{}
	for _, c := range loadRefs(t).Near {
		p, q := mustMVN(t, c.P), mustMVN(t, c.Q)
		for name, f := range nearFuncs {
			got, err := f(p, q)
			if err != nil {
				t.Errorf("%s %s: %v", c.ID, name, err)
				continue
			}
			ref := parseRef(t, c.Values[name])
			dg := correctDigits(got.Value, c.Values[name])
			if dg < 6 {
				t.Errorf("%s %s: got %.17g, want %s (%.1f digits)", c.ID, name, got.Value, c.Values[name], dg)
			}
			if rel := math.Abs(got.Value-ref) / math.Abs(ref); rel > 10*got.RelErr {
				t.Errorf("%s %s: true relative error %.3g exceeds 10·RelErr = %.3g", c.ID, name, rel, 10*got.RelErr)
			}
			key := fmt.Sprintf("%-13s ε=%.0e", name, c.Eps)
			if v, ok := minDigits[key]; !ok || dg < v {
				minDigits[key] = dg
			}
		}
	}
	keys := make([]string, 0, len(minDigits))
	for k := range minDigits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%s: min correct digits %.1f", k, minDigits[k])
	}
}

// TestIdenticalIsZero checks that identical arguments give exactly 0.
func TestIdenticalIsZero(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 7))
	for _, d := range []int{1, 3, 10} {
		mu, sigma := randomNormal(rnd, d, 0.1)
		p, _ := dist.NewMVN(mu, sigma)
		q, _ := dist.NewMVN(mu, sigma)
		for name, f := range nearFuncs {
			got, err := f(p, q)
			if err != nil || got.Value != 0 || got.RelErr != 0 {
				t.Errorf("d=%d %s(p, p) = %+v, %v; want exactly 0", d, name, got, err)
			}
		}
	}
	point, _ := dist.NewMVN([]float64{1, 2}, [][]float64{{0, 0}, {0, 0}})
	got, err := W2Normal(point, point)
	if err != nil || got.Value != 0 {
		t.Errorf("W2 of a point mass to itself = %+v, %v", got, err)
	}
}

// TestSymmetricBitForBit checks D(p, q) == D(q, p) exactly for the
// symmetric quantities.
func TestSymmetricBitForBit(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 9))
	symmetric := map[string]func(p, q *dist.MVN) (Estimate, error){
		"bhattacharyya": BhattacharyyaNormal, "hellinger": HellingerNormal, "w2": W2Normal,
	}
	var pairs [][2]*dist.MVN
	for _, d := range []int{1, 2, 4, 7, 12} {
		for k := 0; k < 4; k++ {
			m1, s1 := randomNormal(rnd, d, 0.2)
			m2, s2 := randomNormal(rnd, d, 0.2)
			if k%2 == 1 {
				// A near pair, so that the cancellation-free branch runs too.
				for i := range s2 {
					m2[i] = m1[i]
					for j := range s2[i] {
						s2[i][j] = s1[i][j] * (1 + 1e-9*float64(i+j))
					}
				}
			}
			p, err1 := dist.NewMVN(m1, s1)
			q, err2 := dist.NewMVN(m2, s2)
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			pairs = append(pairs, [2]*dist.MVN{p, q})
		}
	}
	for _, c := range loadRefs(t).Near {
		pairs = append(pairs, [2]*dist.MVN{mustMVN(t, c.P), mustMVN(t, c.Q)})
	}
	for i, pr := range pairs {
		for name, f := range symmetric {
			a, errA := f(pr[0], pr[1])
			b, errB := f(pr[1], pr[0])
			if errA != nil || errB != nil {
				t.Fatalf("pair %d %s: %v %v", i, name, errA, errB)
			}
			if math.Float64bits(a.Value) != math.Float64bits(b.Value) || a.RelErr != b.RelErr {
				t.Errorf("pair %d %s: %v(p,q) = %.17g but %v(q,p) = %.17g", i, name, name, a.Value, name, b.Value)
			}
		}
	}
}

// TestUnivariateIntegration compares d = 1 results with mpmath quadrature of
// the defining integrals (testdata/refs.json, "integration").
func TestUnivariateIntegration(t *testing.T) {
	for _, c := range loadRefs(t).Integration {
		p, err1 := dist.NewMVN([]float64{c.P[0]}, [][]float64{{c.P[1]}})
		q, err2 := dist.NewMVN([]float64{c.Q[0]}, [][]float64{{c.Q[1]}})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		funcs := map[string]func() (Estimate, error){
			"kl":            func() (Estimate, error) { return KLNormal(p, q) },
			"bhattacharyya": func() (Estimate, error) { return BhattacharyyaNormal(p, q) },
			"renyi0.5":      func() (Estimate, error) { return RenyiNormal(p, q, 0.5) },
			"renyi0.3":      func() (Estimate, error) { return RenyiNormal(p, q, 0.3) },
			"renyi2":        func() (Estimate, error) { return RenyiNormal(p, q, 2) },
			"w2":            func() (Estimate, error) { return W2Normal(p, q) },
		}
		for name, f := range funcs {
			want, ok := c.Values[name]
			got, err := f()
			if !ok {
				// The integral diverges; the closed form must say so.
				if err == nil {
					t.Errorf("p=%v q=%v %s = %v, want an error", c.P, c.Q, name, got.Value)
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if dg := correctDigits(got.Value, want); dg < 13 {
				t.Errorf("p=%v q=%v %s: got %.17g, want %s (%.1f digits)", c.P, c.Q, name, got.Value, want, dg)
			}
		}
	}
}

// TestW2Singular checks W2 with positive semi-definite covariances, including
// point masses, against mpmath.
func TestW2Singular(t *testing.T) {
	for _, c := range loadRefs(t).PSD {
		p, q := mustMVN(t, c.P), mustMVN(t, c.Q)
		got, err := W2Normal(p, q)
		if err != nil {
			t.Fatalf("W2(%v, %v): %v", c.P, c.Q, err)
		}
		ref := parseRef(t, c.W2)
		rel := math.Abs(got.Value-ref) / ref
		if rel > 1e-13 || rel > 10*got.RelErr {
			t.Errorf("W2(%v, %v) = %.17g, want %s (relerr %.2g, RelErr %.2g)", c.P, c.Q, got.Value, c.W2, rel, got.RelErr)
		}
	}
	a, _ := dist.NewMVN([]float64{1, 5}, [][]float64{{0, 0}, {0, 0}})
	b, _ := dist.NewMVN([]float64{4, 1}, [][]float64{{0, 0}, {0, 0}})
	got, err := W2Normal(a, b)
	if err != nil || got.Value != 5 {
		t.Errorf("W2 of point masses at (1,5), (4,1) = %+v, %v; want 5", got, err)
	}
}

// TestRenyiLimits checks D_α → KL as α → 1 and D_{1/2} = 2 D_B.
func TestRenyiLimits(t *testing.T) {
	rnd := rand.New(rand.NewPCG(11, 5))
	m1, s1 := randomNormal(rnd, 4, 0.3)
	m2, s2 := randomNormal(rnd, 4, 0.3)
	p, _ := dist.NewMVN(m1, s1)
	q, _ := dist.NewMVN(m2, s2)
	kl, _ := KLNormal(p, q)
	for _, h := range []float64{1e-3, 1e-6, 1e-9} {
		lo, err1 := RenyiNormal(p, q, 1-h)
		hi, err2 := RenyiNormal(p, q, 1+h)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		// D_α is increasing in α with slope O(1) near α = 1.
		if !(lo.Value <= kl.Value && kl.Value <= hi.Value) || hi.Value-lo.Value > 10*h*kl.Value {
			t.Errorf("h=%g: D_{1−h} = %.15g, KL = %.15g, D_{1+h} = %.15g", h, lo.Value, kl.Value, hi.Value)
		}
	}
	half, _ := RenyiNormal(p, q, 0.5)
	b, _ := BhattacharyyaNormal(p, q)
	if math.Abs(half.Value-2*b.Value) > 1e-14*half.Value {
		t.Errorf("D_1/2 = %.17g but 2 D_B = %.17g", half.Value, 2*b.Value)
	}
}

func TestErrors(t *testing.T) {
	p2, _ := dist.NewMVN([]float64{0, 0}, [][]float64{{1, 0}, {0, 1}})
	p3, _ := dist.NewMVN([]float64{0, 0, 0}, [][]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}})
	sing, _ := dist.NewMVN([]float64{0, 0}, [][]float64{{1, 1}, {1, 1}})
	narrow, _ := dist.NewMVN([]float64{0, 0}, [][]float64{{1, 0}, {0, 0.1}})
	tests := []struct {
		name string
		f    func() (Estimate, error)
		want string
	}{
		{"kl dims", func() (Estimate, error) { return KLNormal(p2, p3) }, "dimensions differ: 2 and 3"},
		{"kl singular p", func() (Estimate, error) { return KLNormal(sing, p2) }, "covariance of the first argument is singular (rank 1 of 2"},
		{"kl singular q", func() (Estimate, error) { return KLNormal(p2, sing) }, "covariance of the second argument is singular"},
		{"bhattacharyya singular", func() (Estimate, error) { return BhattacharyyaNormal(p2, sing) }, "second argument is singular"},
		{"hellinger dims", func() (Estimate, error) { return HellingerNormal(p3, p2) }, "dimensions differ"},
		{"renyi alpha 0", func() (Estimate, error) { return RenyiNormal(p2, p2, 0) }, "order α must be positive and finite, not 0"},
		{"renyi alpha negative", func() (Estimate, error) { return RenyiNormal(p2, p2, -1) }, "not -1"},
		{"renyi alpha NaN", func() (Estimate, error) { return RenyiNormal(p2, p2, math.NaN()) }, "not NaN"},
		{"renyi alpha Inf", func() (Estimate, error) { return RenyiNormal(p2, p2, math.Inf(1)) }, "not +Inf"},
		{"renyi infinite", func() (Estimate, error) { return RenyiNormal(p2, narrow, 3) }, "infinite: 3·Σ_q − 2·Σ_p is not positive definite"},
		{"renyi singular", func() (Estimate, error) { return RenyiNormal(p2, sing, 0.5) }, "second argument is singular"},
		{"w2 dims", func() (Estimate, error) { return W2Normal(p2, p3) }, "dimensions differ"},
		{"entropy singular", func() (Estimate, error) { return EntropyNormal(sing) }, "singular"},
		{"cross entropy singular q", func() (Estimate, error) { return CrossEntropyNormal(p2, sing) }, "second argument is singular"},
		{"mahalanobis length", func() (Estimate, error) { return MahalanobisNormal([]float64{1}, p2) }, "point has 1 entries but the distribution has dimension 2"},
		{"mahalanobis NaN", func() (Estimate, error) { return MahalanobisNormal([]float64{1, math.NaN()}, p2) }, "point entry 2 is NaN"},
		{"mahalanobis singular", func() (Estimate, error) { return MahalanobisNormal([]float64{1, 1}, sing) }, "singular"},
		{"nil", func() (Estimate, error) { return KLNormal(nil, p2) }, "missing distribution"},
		{"nil entropy", func() (Estimate, error) { return EntropyNormal(nil) }, "missing distribution"},
	}
	for _, tc := range tests {
		_, err := tc.f()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want it to contain %q", tc.name, err, tc.want)
		}
	}
	// A singular first argument is fine for the cross-entropy and for W2.
	if _, err := CrossEntropyNormal(sing, p2); err != nil {
		t.Errorf("cross-entropy with singular p: %v", err)
	}
	if _, err := W2Normal(sing, p2); err != nil {
		t.Errorf("W2 with singular p: %v", err)
	}
}

func TestXMinusLog1p(t *testing.T) {
	for _, r := range loadRefs(t).XMinusLog1p {
		if dg := correctDigits(xMinusLog1p(r.X), r.Ref); dg < 15 {
			t.Errorf("xMinusLog1p(%g) = %.17g, want %s", r.X, xMinusLog1p(r.X), r.Ref)
		}
	}
}

// TestPhiSeries checks each truncation of phiSeries against
// Σⱼ (λⱼ − ln(1 + λⱼ)) over the eigenvalues λⱼ of X, each term summed as its
// own series to 40 terms.
func TestPhiSeries(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 8))
	for _, frob := range []float64{3e-16, 1e-12, 8e-6, 2e-5, 1e-4, 9e-4} {
		for _, d := range []int{1, 2, 7, 30} {
			x := mat.NewSymDense(d, nil)
			for i := 0; i < d; i++ {
				for j := i; j < d; j++ {
					x.SetSym(i, j, rnd.NormFloat64())
				}
			}
			x.ScaleSym(frob/mat.Norm(x, 2), x)
			full := mat.DenseCopyOf(x)
			var e mat.EigenSym
			if !e.Factorize(x, false) {
				t.Fatal("eigenvalues did not converge")
			}
			want := 0.0
			for _, l := range e.Values(nil) {
				term := -l
				for k := 2; k <= 40; k++ {
					term *= -l
					want += term / float64(k)
				}
			}
			got := phiSeries(full.RawMatrix(), mat.Norm(full, 2))
			if rel := math.Abs(got-want) / want; rel > 1e-13 {
				t.Errorf("‖X‖_F = %g, d = %d: Φ = %.17g, want %.17g (relative error %.2g)", frob, d, got, want, rel)
			}
		}
	}
}
