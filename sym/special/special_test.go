package special

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"sync"
	"testing"

	"gonum.org/v1/gonum/mathext"
)

// refs holds testdata/refs.json, written by testdata/gen_refs.py from
// mpmath: for each function, rows of arguments, the reference value and,
// for arguments where a reflection formula cancels, the sum of the
// magnitudes of its terms.
var refs = sync.OnceValues(func() (map[string][][]any, error) {
	b, err := os.ReadFile("testdata/refs.json")
	if err != nil {
		return nil, err
	}
	var m map[string][][]any
	err = json.Unmarshal(b, &m)
	return m, err
})

func loadRefs(t testing.TB, name string) [][]any {
	t.Helper()
	m, err := refs()
	if err != nil {
		t.Fatal(err)
	}
	rows := m[name]
	if len(rows) == 0 {
		t.Fatalf("no reference rows for %s", name)
	}
	return rows
}

func parseFloat(t testing.TB, v any) float64 {
	t.Helper()
	s, ok := v.(string)
	if !ok {
		t.Fatalf("want a string, got %v", v)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func parseBig(t testing.TB, v any) *big.Float {
	t.Helper()
	f, _, err := big.ParseFloat(v.(string), 10, 200, big.ToNearestEven)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// relErr returns |got − ref| / max(|ref|, scale, 2⁻¹⁰²²), computed exactly:
// results below the normal range are judged in absolute terms there.
func relErr(got float64, ref, scale *big.Float) float64 {
	d := new(big.Float).SetPrec(200).SetFloat64(got)
	d.Sub(d, ref).Abs(d)
	den := new(big.Float).Abs(ref)
	if tiny := big.NewFloat(0x1p-1022); den.Cmp(tiny) < 0 {
		den = tiny
	}
	if scale != nil && scale.Cmp(den) > 0 {
		den = scale
	}
	if den.Sign() == 0 {
		if d.Sign() == 0 {
			return 0
		}
		return math.Inf(1)
	}
	r, _ := d.Quo(d, den).Float64()
	return r
}

// errStats tracks the largest error per class of argument.
type errStats struct {
	max   map[string]float64
	where map[string]string
	count map[string]int
}

func newErrStats() *errStats {
	return &errStats{max: map[string]float64{}, where: map[string]string{}, count: map[string]int{}}
}

func (s *errStats) add(class string, e float64, where string) {
	s.count[class]++
	if e > s.max[class] || (math.IsNaN(e) && !math.IsNaN(s.max[class])) {
		s.max[class] = e
		s.where[class] = where
	}
}

// check logs every class and fails those above their tolerance.
func (s *errStats) check(t *testing.T, name string, tol map[string]float64) {
	t.Helper()
	for class, n := range s.count {
		e := s.max[class]
		t.Logf("%s, %s (%d points): max error %.3g (%.2f·2⁻⁵³) at %s", name, class, n, e, e/0x1p-53, s.where[class])
		lim, ok := tol[class]
		if !ok {
			t.Errorf("%s: no tolerance for class %q", name, class)
			continue
		}
		if !(e <= lim) {
			t.Errorf("%s, %s: max error %.3g at %s exceeds %.3g", name, class, e, s.where[class], lim)
		}
	}
}

// Tolerances, relative to the reference (or to the reflection terms for
// x < 0). 2⁻⁵³ ≈ 1.11e-16 is half an ulp at a power of two.
const (
	ulpHalf = 0x1p-53
)

// overflowsFloat64 reports whether the reference lies beyond float64.
func overflowsFloat64(ref *big.Float) bool {
	f, _ := ref.Float64()
	return math.IsInf(f, 0)
}

// checkOne adds one row's error to the statistics, or fails when an
// argument with a representable reference returns an error.
func checkOne(t *testing.T, s *errStats, class, where string, got float64, err error, ref, scale *big.Float) {
	t.Helper()
	if overflowsFloat64(ref) {
		if !errors.Is(err, ErrRange) || !math.IsInf(got, ref.Sign()) {
			t.Errorf("%s: got %v, %v; want ±Inf with ErrRange", where, got, err)
		}
		return
	}
	if err != nil {
		t.Errorf("%s: unexpected error %v", where, err)
		return
	}
	s.add(class, relErr(got, ref, scale), where)
}

func TestDigamma(t *testing.T) {
	ours, gonum := newErrStats(), newErrStats()
	for _, row := range loadRefs(t, "digamma") {
		x := parseFloat(t, row[0])
		ref := parseBig(t, row[1])
		var scale *big.Float
		class := "x > 0"
		if len(row) > 2 {
			scale = parseBig(t, row[2])
			class = "x < 0, relative to |ψ(1−x)| + |π cot πx|"
		}
		if x > 0 && math.Abs(x-x0Hi) < 1e-3 {
			class = "|x − x₀| < 10⁻³"
		}
		where := fmt.Sprintf("digamma(%v)", x)
		got, err := Digamma(x)
		checkOne(t, ours, class, where, got, err, ref, scale)
		if !overflowsFloat64(ref) {
			gonum.add(class, relErr(mathext.Digamma(x), ref, scale), where)
		}
	}
	ours.check(t, "Digamma", map[string]float64{
		"x > 0":           2 * ulpHalf,
		"|x − x₀| < 10⁻³": 2 * ulpHalf,
		"x < 0, relative to |ψ(1−x)| + |π cot πx|": 5 * ulpHalf,
	})
	for class, e := range gonum.max {
		t.Logf("for comparison, gonum mathext.Digamma, %s: max error %.3g at %s", class, e, gonum.where[class])
	}
}

func TestTrigamma(t *testing.T) {
	s := newErrStats()
	for _, row := range loadRefs(t, "trigamma") {
		x := parseFloat(t, row[0])
		ref := parseBig(t, row[1])
		class := "x > 0"
		if len(row) > 2 {
			class = "x < 0"
		}
		got, err := Trigamma(x)
		checkOne(t, s, class, fmt.Sprintf("trigamma(%v)", x), got, err, ref, nil)
	}
	s.check(t, "Trigamma", map[string]float64{"x > 0": 2 * ulpHalf, "x < 0": 4 * ulpHalf})
}

func TestPolygamma(t *testing.T) {
	s := newErrStats()
	for _, row := range loadRefs(t, "polygamma") {
		n := int(row[0].(float64))
		x := parseFloat(t, row[1])
		ref := parseBig(t, row[2])
		got, err := Polygamma(n, x)
		checkOne(t, s, "n ≥ 2", fmt.Sprintf("polygamma(%d, %v)", n, x), got, err, ref, nil)
	}
	// Computed in multiple precision and rounded once: within half an ulp.
	s.check(t, "Polygamma", map[string]float64{"n ≥ 2": 1.01 * ulpHalf})
}

func TestLgamma(t *testing.T) {
	s := newErrStats()
	for _, row := range loadRefs(t, "lgamma") {
		x := parseFloat(t, row[0])
		ref := parseBig(t, row[1])
		var scale *big.Float
		class := "x > 0"
		if len(row) > 2 {
			scale = parseBig(t, row[2])
			class = "x < 0, relative to the reflection terms"
		}
		got, err := Lgamma(x)
		checkOne(t, s, class, fmt.Sprintf("lgamma(%v)", x), got, err, ref, scale)
	}
	s.check(t, "Lgamma", map[string]float64{
		"x > 0": 4 * ulpHalf,
		"x < 0, relative to the reflection terms": 4 * ulpHalf,
	})
}

func TestLbeta(t *testing.T) {
	s, plain := newErrStats(), newErrStats()
	for _, row := range loadRefs(t, "lbeta") {
		a, b := parseFloat(t, row[0]), parseFloat(t, row[1])
		ref, scale := parseBig(t, row[2]), parseBig(t, row[3])
		class := "a, b < 10"
		switch {
		case min(a, b) >= 10:
			class = "a, b ≥ 10"
		case max(a, b) >= 10:
			class = "min(a, b) < 10 ≤ max(a, b)"
		}
		got, err := Lbeta(a, b)
		where := fmt.Sprintf("lbeta(%v, %v)", a, b)
		checkOne(t, s, class, where, got, err, ref, scale)
		plain.add(class, relErr(got, ref, nil), where)
	}
	// Relative to max(|ln B|, |a(ψ(a)−ψ(a+b))| + |b(ψ(b)−ψ(a+b))|): where
	// ln B is ill-conditioned, rounding a and b alone costs that much.
	s.check(t, "Lbeta", map[string]float64{
		"a, b < 10":                  4 * ulpHalf,
		"a, b ≥ 10":                  4 * ulpHalf,
		"min(a, b) < 10 ≤ max(a, b)": 4 * ulpHalf,
	})
	for class, e := range plain.max {
		t.Logf("Lbeta, %s: plain relative error up to %.3g at %s", class, e, plain.where[class])
	}
}

func TestLog1pmx(t *testing.T) {
	s := newErrStats()
	for _, row := range loadRefs(t, "log1pmx") {
		x := parseFloat(t, row[0])
		ref := parseBig(t, row[1])
		class := "−⅔ ≤ x ≤ 2 (series)"
		if x < -2.0/3 || x > 2 {
			class = "elsewhere"
		}
		checkOne(t, s, class, fmt.Sprintf("log1pmx(%v)", x), Log1pmx(x), nil, ref, nil)
	}
	s.check(t, "Log1pmx", map[string]float64{"−⅔ ≤ x ≤ 2 (series)": 2 * ulpHalf, "elsewhere": 3 * ulpHalf})
}

func TestXm1mlog(t *testing.T) {
	s := newErrStats()
	for _, row := range loadRefs(t, "xm1mlog") {
		x := parseFloat(t, row[0])
		ref := parseBig(t, row[1])
		class := "⅓ ≤ x ≤ 3 (series)"
		if x < 1.0/3 || x > 3 {
			class = "elsewhere"
		}
		checkOne(t, s, class, fmt.Sprintf("xm1mlog(%v)", x), Xm1mlog(x), nil, ref, nil)
	}
	s.check(t, "Xm1mlog", map[string]float64{"⅓ ≤ x ≤ 3 (series)": 3 * ulpHalf, "elsewhere": 3 * ulpHalf})
}
