package dist

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"statcalc/sym"
)

// extraRef is one member of a family with mpmath references
// (testdata/families_extra_refs.json, from families_extra_gen.py).
type extraRef struct {
	Family    string    `json:"family"`
	ThetaText []string  `json:"theta"` // float64 values, "inf" included
	Theta     []float64 `json:"-"`
	Entropy   string    `json:"entropy"`
	Mean      string    `json:"mean"`
	Var       string    `json:"var"`
	X         []float64 `json:"x"`
	LogPDF    []string  `json:"logpdf"`
	CDF       []string  `json:"cdf"`
	U         []float64 `json:"u"`
	Quantile  []string  `json:"quantile"`
	MeanCos   string    `json:"meancos"` // E[cos(x − μ)] of VonMises
}

func loadExtraRefs(t *testing.T) []extraRef {
	t.Helper()
	data, err := os.ReadFile("testdata/families_extra_refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var refs []extraRef
	if err := json.Unmarshal(data, &refs); err != nil {
		t.Fatal(err)
	}
	for i, r := range refs {
		for _, text := range r.ThetaText {
			v, err := strconv.ParseFloat(text, 64)
			if err != nil {
				t.Fatal(err)
			}
			refs[i].Theta = append(refs[i].Theta, v)
		}
	}
	if len(refs) < 10 {
		t.Fatalf("only %d reference members", len(refs))
	}
	return refs
}

// closeTo reports whether got agrees with the reference want to rel
// (relative, absolute below 1).
func closeTo(t *testing.T, what string, got float64, want string, rel float64) {
	t.Helper()
	w, err := strconv.ParseFloat(want, 64)
	if err != nil {
		t.Fatalf("%s: reference %q: %v", what, want, err)
	}
	if math.IsInf(w, 0) && got == w {
		return
	}
	if !(math.Abs(got-w) <= rel*math.Max(1, math.Abs(w))) {
		t.Errorf("%s = %.17g, want %s (rel %.2g)", what, got, want, math.Abs(got-w)/math.Max(1, math.Abs(w)))
	}
}

func TestExtraFamiliesAgainstMpmath(t *testing.T) {
	for _, r := range loadExtraRefs(t) {
		f, ok := LookupFamily(r.Family)
		if !ok {
			t.Fatalf("no family %s", r.Family)
		}
		d, err := f.NewFloat(r.Theta...)
		if err != nil {
			t.Fatal(err)
		}
		name := r.Family + "(" + strconv.FormatFloat(r.Theta[0], 'g', -1, 64) + ", " + strconv.FormatFloat(r.Theta[1], 'g', -1, 64) + ")"
		ev := func(e sym.Expr) float64 {
			v, err := sym.Float64(e)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			return v
		}
		if f.Mean != nil {
			closeTo(t, name+" mean", ev(f.Mean(d.Theta)), r.Mean, 1e-14)
			closeTo(t, name+" var", ev(f.Variance(d.Theta)), r.Var, 1e-14)
		}
		switch {
		case f.NonExp != nil:
			closeTo(t, name+" entropy", ev(f.NonExp.Entropy(d.Theta)), r.Entropy, 1e-14)
		case f == NegativeBinomial:
			h, herr, err := NegBinomialEntropy(d.Theta[0], d.Theta[1])
			if err != nil {
				t.Fatal(err)
			}
			// The Euler–Maclaurin route of large variances rests on adaptive
			// quadrature to 1e-13; the sums are good to 1e-14.
			tol := 1e-14
			if θ := r.Theta; θ[0]*(1-θ[1])/(θ[1]*θ[1]) > negBinomialSumVar {
				tol = 1e-13
			}
			closeTo(t, name+" entropy", h, r.Entropy, tol)
			w, _ := strconv.ParseFloat(r.Entropy, 64)
			if math.Abs(h-w) > herr+1e-300 {
				t.Errorf("%s entropy: error %.3g beyond its bound %.3g", name, math.Abs(h-w), herr)
			}
		}
		g := f.Gonum(r.Theta, nil)
		for i, x := range r.X {
			at := name + " at " + strconv.FormatFloat(x, 'g', -1, 64)
			closeTo(t, "logpdf "+at, g.LogProb(x), r.LogPDF[i], 1e-14)
			closeTo(t, "cdf "+at, g.CDF(x), r.CDF[i], 1e-13)
		}
		for i, u := range r.U {
			closeTo(t, name+" quantile "+strconv.FormatFloat(u, 'g', -1, 64), g.Quantile(u), r.Quantile[i], 1e-14)
		}
	}
}

// TestExtraFamiliesSampling compares the sample mean and variance of each
// reference member with the closed forms, within 5 standard errors
// (seeded: the test is deterministic).
func TestExtraFamiliesSampling(t *testing.T) {
	const n = 40_000
	for _, r := range loadExtraRefs(t) {
		f, _ := LookupFamily(r.Family)
		d, _ := f.NewFloat(r.Theta...)
		s, err := d.Sampler()
		if err != nil {
			t.Fatal(err)
		}
		rnd := rand.New(rand.NewPCG(1, 2))
		var sum, sum2 float64
		x := make([]float64, 1)
		// VonMises: the statistic is cos(x − μ), whose mean is A(κ) and
		// variance at most 1; the others: x itself.
		stat := func(x float64) float64 { return x }
		if r.MeanCos != "" {
			stat = func(x float64) float64 { return math.Cos(x - r.Theta[0]) }
		}
		for i := 0; i < n; i++ {
			s.Rand(x, rnd)
			if lp, _ := s.LogProb(x); math.IsInf(lp, -1) {
				t.Fatalf("%s%v drew %g outside its support", r.Family, r.Theta, x[0])
			}
			v := stat(x[0])
			sum += v
			sum2 += v * v
		}
		m := sum / n
		v := sum2/n - m*m
		if r.MeanCos != "" {
			w, _ := strconv.ParseFloat(r.MeanCos, 64)
			if se := math.Sqrt(1.0 / n); math.Abs(m-w) > 5*se {
				t.Errorf("%s%v: sample mean of cos(x − μ) %g, want %g ± %g", r.Family, r.Theta, m, w, se)
			}
			continue
		}
		wm, _ := strconv.ParseFloat(r.Mean, 64)
		wv, _ := strconv.ParseFloat(r.Var, 64)
		if se := math.Sqrt(wv / n); math.Abs(m-wm) > 5*se {
			t.Errorf("%s%v: sample mean %g, want %g ± %g", r.Family, r.Theta, m, wm, se)
		}
		// The variance of the sample variance needs the fourth moment;
		// a 6% band is loose enough for the heaviest tails here.
		if math.Abs(v-wv) > 0.06*wv {
			t.Errorf("%s%v: sample variance %g, want %g", r.Family, r.Theta, v, wv)
		}
	}
}
