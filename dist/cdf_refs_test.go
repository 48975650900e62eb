package dist

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"testing"

	"statcalc/sym"
)

// cdfGrid is dist/testdata/cdf_grid.json, written by
// testdata/refs/cdf_grid.py (mpmath, 50 digits).
type cdfGrid struct {
	Cases []struct {
		Family string   `json:"family"`
		Params []string `json:"params"`
		X      string   `json:"x"`
		F      string   `json:"F"`
		LogF   string   `json:"logF"` // where F is below the float64 range
		S      string   `json:"S"`    // 1 − F, where F > ½
	} `json:"cases"`
}

func gridMember(t *testing.T, family string, params []string) *Dist {
	t.Helper()
	f, ok := LookupFamily(family)
	if !ok {
		t.Fatalf("no family %s", family)
	}
	θ := make([]sym.Expr, len(params))
	for i, p := range params {
		v, err := strconv.ParseFloat(p, 64)
		if err != nil {
			t.Fatal(err)
		}
		θ[i] = exactFloat(v)
	}
	d, err := f.New(θ)
	if err != nil {
		t.Fatalf("%s%v: %v", family, params, err)
	}
	return d
}

// TestCDFAgainstMpmath compares CDF with mpmath on a grid that includes
// both tails of every family of one variable: the error must lie within
// the bound CDF returns (the digits the calculator prints), give or take
// the half ulp of rounding the result to float64. It also reports the
// largest error measured for each family, relative to the claimed bound.
func TestCDFAgainstMpmath(t *testing.T) {
	raw, err := os.ReadFile("testdata/cdf_grid.json")
	if err != nil {
		t.Fatal(err)
	}
	var g cdfGrid
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Cases) < 200 {
		t.Fatalf("only %d cases in cdf_grid.json", len(g.Cases))
	}
	worst, worstS, gonumWorst := map[string]float64{}, map[string]float64{}, map[string]float64{}
	seen := map[string]bool{}
	for _, c := range g.Cases {
		d := gridMember(t, c.Family, c.Params)
		x, _ := strconv.ParseFloat(c.X, 64)
		ref, _ := strconv.ParseFloat(c.F, 64)
		seen[c.Family] = true
		F, rel, err := d.CDF(x)
		name := fmt.Sprintf("cdf(%s%v, %s)", c.Family, c.Params, c.X)
		if ref < 0x1p-1022 && c.F != "0.0" {
			if err != ErrCDFUnderflow {
				t.Errorf("%s = %g, want the underflow error", name, F)
			}
			if d.Family.LogCDFValue == nil {
				continue
			}
			logF, abs, err := d.LogCDF(x)
			want, _ := strconv.ParseFloat(c.LogF, 64)
			if err != nil || math.Abs(logF-want) > abs+0x1p-53*math.Abs(want) {
				t.Errorf("log %s = %.17g ± %.3g (%v), mpmath %s", name, logF, abs, err, c.LogF)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if rel >= 1e-10 {
			t.Errorf("%s: bound %.3g leaves fewer than 10 digits", name, rel)
		}
		e := math.Abs(F - ref)
		allowed := (rel + 0x1p-53) * ref
		if ref == 0 {
			allowed = 0
		}
		if e > allowed {
			t.Errorf("%s = %.17g, mpmath %s: relative error %.3g beyond the bound %.3g", name, F, c.F, e/ref, rel)
		}
		if θ, _ := d.Floats(); c.S != "" && d.Family.SurvivalValue != nil {
			// The upper tail to its own relative accuracy.
			want, _ := strconv.ParseFloat(c.S, 64)
			S, rS := d.Family.SurvivalValue(θ, x)
			if math.Abs(S-want) > (rS+0x1p-53)*want {
				t.Errorf("survival %s = %.17g, mpmath %s: relative error %.3g beyond the bound %.3g", name, S, c.S, math.Abs(S-want)/want, rS)
			}
			if want >= 0x1p-1022 && rS > 0 {
				worstS[c.Family] = math.Max(worstS[c.Family], math.Abs(S-want)/want/rS)
			}
		}
		if θ, _ := d.Floats(); d.Family.Gonum != nil && ref > 0 {
			g := d.Family.Gonum(θ, nil).CDF(x)
			gonumWorst[c.Family] = math.Max(gonumWorst[c.Family], math.Abs(g-ref)/ref)
		}
		if ref > 0 && rel > 0 {
			worst[c.Family] = math.Max(worst[c.Family], e/ref/rel)
		}
	}
	for _, f := range Families() {
		if (&Dist{Family: f}).Scalar() && !seen[f.Name] {
			t.Errorf("family %s has no cdf references in testdata/refs/cdf_grid.py (or declares no cdf)", f.Name)
		}
	}
	for f, w := range worst {
		t.Logf("%-13s largest error / claimed bound = %.2g (survival: %.2g); gonum's cdf: largest relative error %.2g", f, w, worstS[f], gonumWorst[f])
	}
}

// TestQuantileRoundTrip checks cdf(p, quantile(p, u)) ≈ u within the
// bound QuantileBound returns, for every continuous family of the grid,
// and QuantileBound against the closed form where the family has one.
func TestQuantileRoundTrip(t *testing.T) {
	members := [][]string{
		{"N", "0", "1"}, {"N", "3", "0.25"}, {"LogNormal", "0.5", "2"}, {"HalfNormal", "2"},
		{"Gamma", "0.5", "2"}, {"Gamma", "50", "1"}, {"Chi2", "3"}, {"Chi", "7"},
		{"InverseGamma", "3", "2"}, {"Beta", "2", "5"}, {"Beta", "0.5", "0.5"},
		{"StudentT", "3", "0", "1"}, {"StudentT", "0.5", "0", "1"}, {"Cauchy", "1", "3"},
		{"Exponential", "2"}, {"Weibull", "1.5", "2"}, {"Gumbel", "0.5", "2"},
		{"Logistic", "1", "0.5"}, {"Pareto", "1", "3"}, {"Uniform", "-1", "2"}, {"Laplace", "0.5", "2"},
		{"Kumaraswamy", "2", "3"}, {"Kumaraswamy", "0.5", "3"}, {"TruncatedNormal", "0", "1", "-1", "2"},
		{"TruncatedNormal", "0", "1", "10", "12"}, {"TruncatedNormal", "2", "4", "-100", "-30"},
		{"VonMises", "0", "2"}, {"VonMises", "-2.5", "10"},
	}
	for _, m := range members {
		d := gridMember(t, m[0], m[1:])
		for _, u := range []float64{1e-12, 1e-4, 0.01, 0.3, 0.5, 0.9, 0.999, 1 - 1e-9} {
			x, rel, err := d.QuantileBound(u)
			name := fmt.Sprintf("quantile(%s, %g)", m, u)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if rel > 1e-9 && u < 0.999 {
				// Above, F near 1 carries an absolute error of an ulp, a
				// large relative error of 1 − F: the bound says so.
				t.Errorf("%s = %g: bound %.3g", name, x, rel)
			}
			F, rF, err := d.CDF(x)
			if err != nil {
				t.Errorf("%s: cdf: %v", name, err)
				continue
			}
			θ, _ := d.Floats()
			f := math.Exp(d.numericLogDensity(θ, x))
			// F(x(1 ± rel)) brackets u: |F(x) − u| ≤ f·|x|·rel + the cdf's error.
			if slack := f*math.Abs(x)*rel*1.01 + rF*F + 4*ulp*u; math.Abs(F-u) > slack {
				t.Errorf("%s = %.17g: cdf there %.17g, off by %.3g > %.3g", name, x, F, math.Abs(F-u), slack)
			}
			if u >= 0.999 && d.Family.SurvivalValue != nil {
				// From the upper end: 1 − u given exactly.
				q := []float64{1e-3, 1e-9}[map[bool]int{true: 0, false: 1}[u < 0.9999]]
				x, rel, err := d.UpperQuantileBound(q)
				S, rS := d.Family.SurvivalValue(θ, x)
				f := math.Exp(d.numericLogDensity(θ, x))
				if err != nil || rel > 1e-9 || math.Abs(S-q) > f*math.Abs(x)*rel*1.01+rS*S+4*ulp*q {
					t.Errorf("upper quantile(%s, 1 − %g) = %.17g ± %.3g (%v): survival there %.17g", m, q, x, rel, err, S)
				}
			}
			if d.Family.InverseCDF == nil {
				continue
			}
			e, err := d.QuantileExpr(exactFloat(u))
			if err != nil {
				t.Errorf("%s: closed form: %v", name, err)
				continue
			}
			v, err := sym.Decimal(e, 20)
			if err != nil {
				t.Errorf("%s: closed form: %v", name, err)
				continue
			}
			want, _ := v.Float64()
			if math.Abs(x-want) > (rel+4*ulp)*math.Abs(want) {
				t.Errorf("%s = %.17g, closed form %.17g: beyond the bound %.3g", name, x, want, rel)
			}
		}
	}
}
