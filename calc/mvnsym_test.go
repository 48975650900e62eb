package calc_test

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distmv"

	"statcalc/calc"
)

// symbolicPair is a pair of normals written with symbols, and how to draw
// values of those symbols that keep both covariances positive definite.
type symbolicPair struct {
	p, q  string
	dim   int
	point func(rng *rand.Rand) map[string]float64
}

// numbersOf reads a JSON value whose numbers may be strings (exact
// results are printed with all their digits).
func numbersOf(v any) []float64 {
	if str, ok := v.(string); ok {
		f, err := strconv.ParseFloat(str, 64)
		if err != nil {
			return nil
		}
		return []float64{f}
	}
	if list, ok := v.([]any); ok {
		var out []float64
		for _, x := range list {
			out = append(out, numbersOf(x)...)
		}
		return out
	}
	return flatten(v)
}

func uniform(rng *rand.Rand, lo, hi float64) float64 { return lo + (hi-lo)*rng.Float64() }

var symbolicPairs = []symbolicPair{
	{"N([m1, m2], [[a, c], [c, b]])", "N([n1, n2], [[d, f], [f, g]])", 2, func(rng *rand.Rand) map[string]float64 {
		v := map[string]float64{"m1": uniform(rng, -2, 2), "m2": uniform(rng, -2, 2), "n1": uniform(rng, -2, 2), "n2": uniform(rng, -2, 2),
			"a": uniform(rng, 0.5, 3), "b": uniform(rng, 0.5, 3), "d": uniform(rng, 0.5, 3), "g": uniform(rng, 0.5, 3)}
		v["c"] = uniform(rng, -0.9, 0.9) * math.Sqrt(v["a"]*v["b"])
		v["f"] = uniform(rng, -0.9, 0.9) * math.Sqrt(v["d"]*v["g"])
		return v
	}},
	{"N([m1, m2, m3], [[a, c, 0], [c, b, 0], [0, 0, h]])", "N([0, 1, n3], diag([d, g, k]))", 3, func(rng *rand.Rand) map[string]float64 {
		v := map[string]float64{"m1": uniform(rng, -2, 2), "m2": uniform(rng, -2, 2), "m3": uniform(rng, -2, 2), "n3": uniform(rng, -2, 2),
			"a": uniform(rng, 0.5, 3), "b": uniform(rng, 0.5, 3), "h": uniform(rng, 0.5, 3),
			"d": uniform(rng, 0.5, 3), "g": uniform(rng, 0.5, 3), "k": uniform(rng, 0.5, 3)}
		v["c"] = uniform(rng, -0.9, 0.9) * math.Sqrt(v["a"]*v["b"])
		return v
	}},
	{"N(mu, s^2 I(3))", "N([0, 0, 0], diag([d, g, k]))", 3, func(rng *rand.Rand) map[string]float64 {
		return map[string]float64{"mu1": uniform(rng, -2, 2), "mu2": uniform(rng, -2, 2), "mu3": uniform(rng, -2, 2),
			"s": uniform(rng, 0.5, 2), "d": uniform(rng, 0.5, 3), "g": uniform(rng, 0.5, 3), "k": uniform(rng, 0.5, 3)}
	}},
	{"N([m1, m2], v I(2))", "N([n1, n2], w I(2))", 2, func(rng *rand.Rand) map[string]float64 {
		return map[string]float64{"m1": uniform(rng, -2, 2), "m2": uniform(rng, -2, 2), "n1": uniform(rng, -2, 2), "n2": uniform(rng, -2, 2),
			"v": uniform(rng, 0.5, 3), "w": uniform(rng, 0.5, 3)}
	}},
}

// numbers writes each symbol of src as its value; the written-out mean
// mu becomes a vector.
func numbers(src string, v map[string]float64) string {
	if mu, ok := v["mu1"]; ok {
		src = strings.ReplaceAll(src, "mu", fmt.Sprintf("[%.17g, %.17g, %.17g]", mu, v["mu2"], v["mu3"]))
	}
	var pairs []string
	for _, name := range []string{"m1", "m2", "m3", "n1", "n2", "n3", "a", "b", "c", "d", "f", "g", "h", "k", "s", "v", "w"} {
		if x, ok := v[name]; ok {
			pairs = append(pairs, name, fmt.Sprintf("(%.17g)", x))
		}
	}
	return replaceNames(src, pairs)
}

// replaceNames replaces whole identifiers only (so that "diag" keeps its
// "d" and "g").
func replaceNames(src string, pairs []string) string {
	to := map[string]string{}
	for i := 0; i < len(pairs); i += 2 {
		to[pairs[i]] = pairs[i+1]
	}
	var b strings.Builder
	isName := func(r byte) bool {
		return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	for i := 0; i < len(src); {
		if !isName(src[i]) || src[i] >= '0' && src[i] <= '9' {
			b.WriteByte(src[i])
			i++
			continue
		}
		j := i
		for j < len(src) && isName(src[j]) {
			j++
		}
		if r, ok := to[src[i:j]]; ok && (j == len(src) || src[j] != '(') {
			b.WriteString(r)
		} else {
			b.WriteString(src[i:j])
		}
		i = j
	}
	return b.String()
}

func subsList(v map[string]float64) string {
	var parts []string
	for name, x := range v {
		parts = append(parts, fmt.Sprintf("%s=%.17g", name, x))
	}
	return strings.Join(parts, ", ")
}

// TestSymbolicNormalsMatchNumeric evaluates the closed forms of symbolic
// multivariate normals at random points (by subs) and compares them with
// the numeric multivariate-normal code of package metrics on the same
// numbers.
func TestSymbolicNormalsMatchNumeric(t *testing.T) {
	templates := []string{"kl(%[1]s, %[2]s)", "kl(%[2]s, %[1]s)", "bhattacharyya(%[1]s, %[2]s)", "hellinger(%[1]s, %[2]s)",
		"renyi(%[1]s, %[2]s, 0.3)", "renyi(%[1]s, %[2]s, 2)", "cross_entropy(%[1]s, %[2]s)", "entropy(%[1]s)",
		"w2(%[1]s, %[2]s)", "logpdf(%[1]s, %[3]s)", "mahalanobis(%[3]s, %[1]s)"}
	rng := rand.New(rand.NewPCG(3, 14))
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	if err := s.SetFormat("json"); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, pair := range symbolicPairs {
		point := "[0.5, -1" + strings.Repeat(", 2", pair.dim-2) + "]"
		for trial := 0; trial < 3; trial++ {
			v := pair.point(rng)
			for _, tmpl := range templates {
				symSrc := fmt.Sprintf("subs(%s, %s)", fmt.Sprintf(tmpl, pair.p, pair.q, point), subsList(v))
				numSrc := fmt.Sprintf(tmpl, numbers(pair.p, v), numbers(pair.q, v), point)
				got, ok1 := jsonValue(t, s, &out, symSrc)
				want, ok2 := jsonValue(t, s, &out, numSrc)
				if w, isStr := want.(string); isStr && w == "Inf" && strings.HasPrefix(tmpl, "renyi") {
					continue // α Σq + (1 − α) Σp is not positive definite: the closed form does not hold
				}
				if ok1 != ok2 {
					t.Errorf("%s gives %v (%v), %s gives %v (%v)", symSrc, got, ok1, numSrc, want, ok2)
					continue
				}
				if !ok1 {
					continue // infinite Rényi divergence at this point: both refuse
				}
				g, w := numbersOf(got), numbersOf(want)
				if len(g) != 1 || len(w) != 1 {
					t.Fatalf("%s gives %#v, %s gives %#v", symSrc, got, numSrc, want)
				}
				if math.Abs(g[0]-w[0]) > 1e-9*math.Max(1, math.Abs(w[0])) {
					t.Errorf("%s = %.17g, numeric %s = %.17g", symSrc, g[0], numSrc, w[0])
				}
				checked++
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d comparisons made", checked)
	}
}

// TestSymbolicNormalScoreIsGradient compares the score of a symbolic
// normal with central differences of the numeric log-density.
func TestSymbolicNormalScoreIsGradient(t *testing.T) {
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	if err := s.SetFormat("json"); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(2, 71))
	pair := symbolicPairs[0]
	params := []string{"m1", "m2", "a", "c", "b"} // the order of first appearance
	for trial := 0; trial < 4; trial++ {
		v := pair.point(rng)
		got, ok := jsonValue(t, s, &out, fmt.Sprintf("subs(score(%s, [0.3, -0.7]), %s)", pair.p, subsList(v)))
		if !ok {
			t.Fatalf("score failed: %s", out.String())
		}
		g := numbersOf(got)
		if len(g) != len(params) {
			t.Fatalf("score has %d entries, want %d", len(g), len(params))
		}
		for i, name := range params {
			h := 1e-5
			logpdf := func(x float64) float64 {
				w := map[string]float64{}
				for k, val := range v {
					w[k] = val
				}
				w[name] = x
				val, ok := jsonValue(t, s, &out, fmt.Sprintf("logpdf(%s, [0.3, -0.7])", numbers(pair.p, w)))
				if !ok {
					t.Fatalf("numeric logpdf failed: %s", out.String())
				}
				return numbersOf(val)[0]
			}
			fd := (logpdf(v[name]+h) - logpdf(v[name]-h)) / (2 * h)
			if math.Abs(fd-g[i]) > 1e-6*math.Max(1, math.Abs(fd)) {
				t.Errorf("∂ log p/∂%s = %.12g, central difference %.12g", name, g[i], fd)
			}
		}
	}
}

// TestSymbolicNormalExpectation compares expect of polynomials with
// Isserlis' formula for E[x1² x2²] and with Monte-Carlo averages (the
// tolerance is 5 standard errors).
func TestSymbolicNormalExpectation(t *testing.T) {
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	if err := s.SetFormat("json"); err != nil {
		t.Fatal(err)
	}
	μ1, μ2, a, b, c := 0.7, -1.2, 1.5, 0.8, 0.6
	subs := fmt.Sprintf("m1=%g, m2=%g, a=%g, b=%g, c=%g", μ1, μ2, a, b, c)
	p := "N([m1, m2], [[a, c], [c, b]])"
	got, ok := jsonValue(t, s, &out, fmt.Sprintf("subs(expect(%s, x1^2 x2^2), %s)", p, subs))
	if !ok {
		t.Fatalf("expect failed: %s", out.String())
	}
	isserlis := μ1*μ1*μ2*μ2 + μ1*μ1*b + μ2*μ2*a + 4*μ1*μ2*c + a*b + 2*c*c
	if g := numbersOf(got)[0]; math.Abs(g-isserlis) > 1e-12*isserlis {
		t.Errorf("E[x1² x2²] = %.17g, Isserlis %.17g", g, isserlis)
	}

	normal, ok := distmv.NewNormal([]float64{μ1, μ2}, mat.NewSymDense(2, []float64{a, c, c, b}), rand.New(rand.NewPCG(9, 9)))
	if !ok {
		t.Fatal("covariance not positive definite")
	}
	polys := []struct {
		src string
		f   func(x1, x2 float64) float64
	}{
		{"x1^3 x2 - 2 x2^3 + x1", func(x1, x2 float64) float64 { return x1*x1*x1*x2 - 2*x2*x2*x2 + x1 }},
		{"(x1 + x2)^4", func(x1, x2 float64) float64 { return math.Pow(x1+x2, 4) }},
		{"x1^2 x2^4 - 3 x1 x2", func(x1, x2 float64) float64 { return x1*x1*math.Pow(x2, 4) - 3*x1*x2 }},
	}
	const n = 400000
	for _, poly := range polys {
		got, ok := jsonValue(t, s, &out, fmt.Sprintf("subs(expect(%s, %s), %s)", p, poly.src, subs))
		if !ok {
			t.Fatalf("expect(%s) failed: %s", poly.src, out.String())
		}
		var sum, sumSq float64
		x := make([]float64, 2)
		for i := 0; i < n; i++ {
			normal.Rand(x)
			y := poly.f(x[0], x[1])
			sum += y
			sumSq += y * y
		}
		mean := sum / n
		se := math.Sqrt((sumSq/n - mean*mean) / n)
		if g := numbersOf(got)[0]; math.Abs(g-mean) > 5*se {
			t.Errorf("E[%s] = %.10g, Monte Carlo %.10g ± %.2g", poly.src, g, mean, se)
		}
	}
}
