package metrics

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"statcalc/dist"
)

// referenceCase is one line of testdata/reference_mvn.jsonl, a copy of the
// multivariate-normal cases of the project's shared 40-digit references.
type referenceCase struct {
	ID    string  `json:"id"`
	Group string  `json:"group"`
	Input string  `json:"input"`
	Ref   string  `json:"ref"`
	Rtol  float64 `json:"rtol"`
	Atol  float64 `json:"atol"`
}

// refs is testdata/refs.json, written by testdata/gen_refs.py.
type refs struct {
	Exact       map[string]string `json:"exact"`
	Near        []nearCase        `json:"near"`
	Integration []struct {
		P      [2]float64        `json:"p"`
		Q      [2]float64        `json:"q"`
		Values map[string]string `json:"values"`
	} `json:"integration"`
	PSD []struct {
		P  normalSpec `json:"p"`
		Q  normalSpec `json:"q"`
		W2 string     `json:"w2"`
	} `json:"psd"`
	XMinusLog1p []struct {
		X   float64 `json:"x"`
		Ref string  `json:"ref"`
	} `json:"x_minus_log1p"`
}

type normalSpec struct {
	Mu    []float64   `json:"mu"`
	Sigma [][]float64 `json:"sigma"`
}

type nearCase struct {
	ID     string            `json:"id"`
	D      int               `json:"d"`
	Eps    float64           `json:"eps"`
	P      normalSpec        `json:"p"`
	Q      normalSpec        `json:"q"`
	Values map[string]string `json:"values"`
}

func loadReferenceCases(t *testing.T) []referenceCase {
	t.Helper()
	f, err := os.Open("testdata/reference_mvn.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []referenceCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var c referenceCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

func loadRefs(t testing.TB) refs {
	t.Helper()
	b, err := os.ReadFile("testdata/refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var r refs
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// parseRef parses a 40-digit reference into a float64 (correctly rounded).
func parseRef(t testing.TB, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// call is a parsed reference input: a function name and its arguments.
type call struct {
	name  string
	dists []*dist.MVN
	alpha float64
}

// inputParser reads the inputs of the reference cases, e.g.
//
//	kl(N([0, 1], [[1, 0.5], [0.5, 2]]), N([1, 1], [[1, 0], [0, 1]]))
//	renyi(N(..), N(..), 0.3)
//	entropy(N(-1.6, 2.1))           (univariate: mean and variance)
type inputParser struct {
	s string
	i int
}

func parseInput(s string) (call, error) {
	p := &inputParser{s: strings.ReplaceAll(s, " ", "")}
	return p.call()
}

func (p *inputParser) expect(c byte) error {
	if p.i >= len(p.s) || p.s[p.i] != c {
		return fmt.Errorf("want %q at %d in %q", c, p.i, p.s)
	}
	p.i++
	return nil
}

func (p *inputParser) call() (call, error) {
	j := p.i
	for p.i < len(p.s) && p.s[p.i] != '(' {
		p.i++
	}
	c := call{name: p.s[j:p.i]}
	if err := p.expect('('); err != nil {
		return c, err
	}
	for {
		if p.s[p.i] == 'N' {
			n, err := p.normal()
			if err != nil {
				return c, err
			}
			c.dists = append(c.dists, n)
		} else {
			v, err := p.number()
			if err != nil {
				return c, err
			}
			c.alpha = v
		}
		if p.s[p.i] == ')' {
			return c, p.expect(')')
		}
		if err := p.expect(','); err != nil {
			return c, err
		}
	}
}

func (p *inputParser) normal() (*dist.MVN, error) {
	p.i++ // N
	if err := p.expect('('); err != nil {
		return nil, err
	}
	mu, err := p.value()
	if err != nil {
		return nil, err
	}
	if err := p.expect(','); err != nil {
		return nil, err
	}
	sigma, err := p.value()
	if err != nil {
		return nil, err
	}
	if err := p.expect(')'); err != nil {
		return nil, err
	}
	switch m := mu.(type) {
	case float64:
		return dist.NewMVN([]float64{m}, [][]float64{{sigma.(float64)}})
	case []any:
		vec := make([]float64, len(m))
		for i, v := range m {
			vec[i] = v.(float64)
		}
		rows := sigma.([]any)
		mat := make([][]float64, len(rows))
		for i, r := range rows {
			for _, v := range r.([]any) {
				mat[i] = append(mat[i], v.(float64))
			}
		}
		return dist.NewMVN(vec, mat)
	}
	return nil, fmt.Errorf("bad mean in %q", p.s)
}

func (p *inputParser) value() (any, error) {
	if p.s[p.i] != '[' {
		return p.number()
	}
	p.i++
	var items []any
	for {
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		items = append(items, v)
		if p.s[p.i] == ']' {
			p.i++
			return items, nil
		}
		if err := p.expect(','); err != nil {
			return nil, err
		}
	}
}

func (p *inputParser) number() (float64, error) {
	j := p.i
	for p.i < len(p.s) && strings.IndexByte("0123456789.eE+-", p.s[p.i]) >= 0 {
		p.i++
	}
	return strconv.ParseFloat(p.s[j:p.i], 64)
}

// evaluate dispatches a parsed reference input to this package.
func evaluate(c call) (Estimate, error) {
	switch c.name {
	case "kl":
		return KLNormal(c.dists[0], c.dists[1])
	case "bhattacharyya":
		return BhattacharyyaNormal(c.dists[0], c.dists[1])
	case "hellinger":
		return HellingerNormal(c.dists[0], c.dists[1])
	case "renyi":
		return RenyiNormal(c.dists[0], c.dists[1], c.alpha)
	case "w2":
		return W2Normal(c.dists[0], c.dists[1])
	case "entropy":
		return EntropyNormal(c.dists[0])
	case "cross_entropy":
		return CrossEntropyNormal(c.dists[0], c.dists[1])
	}
	return Estimate{}, fmt.Errorf("unknown function %q", c.name)
}

// correctDigits returns −log₁₀ of the relative error of got against the
// 40-digit ref (absolute error when ref is 0), capped at 17.
func correctDigits(got float64, ref string) float64 {
	r, _, err := big.ParseFloat(ref, 10, 200, big.ToNearestEven)
	if err != nil {
		return 0
	}
	g := new(big.Float).SetPrec(200).SetFloat64(got)
	diff := new(big.Float).Sub(g, r)
	if r.Sign() != 0 {
		diff.Quo(diff, r)
	}
	e, _ := diff.Float64()
	e = math.Abs(e)
	if e < 1e-17 {
		return 17
	}
	return -math.Log10(e)
}

func TestReferenceCases(t *testing.T) {
	digits := map[string][]float64{}
	for _, c := range loadReferenceCases(t) {
		in, err := parseInput(c.Input)
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		got, err := evaluate(in)
		if err != nil {
			t.Errorf("%s: %v", c.ID, err)
			continue
		}
		ref := parseRef(t, c.Ref)
		if math.Abs(got.Value-ref) > c.Atol+c.Rtol*math.Abs(ref) {
			t.Errorf("%s: got %.17g, want %s (rtol %g)", c.ID, got.Value, c.Ref, c.Rtol)
		}
		digits[c.Group] = append(digits[c.Group], correctDigits(got.Value, c.Ref))
	}
	for _, g := range sortedKeys(digits) {
		ds := digits[g]
		sort.Float64s(ds)
		t.Logf("%-12s %3d cases: correct digits min %.1f, median %.1f", g, len(ds), ds[0], ds[len(ds)/2])
	}
}

// sortedKeys returns the keys of m in increasing order.
func sortedKeys(m map[string][]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// errorRatio returns RelErr·|Value| over the true error |Value − exact|, the
// exact value given to 40 digits, with the true error floored at half an
// ulp of Value (nothing finer is representable). A result claimed exact
// (RelErr 0) gives +Inf when it is exact and 0 otherwise.
func errorRatio(t *testing.T, got Estimate, exact string) float64 {
	t.Helper()
	ref, _, err := big.ParseFloat(exact, 10, 200, big.ToNearestEven)
	if err != nil {
		t.Fatal(err)
	}
	diff := new(big.Float).SetPrec(200).SetFloat64(got.Value)
	diff.Sub(diff, ref).Abs(diff)
	trueErr, _ := diff.Float64()
	if got.RelErr == 0 {
		if trueErr == 0 {
			return math.Inf(1)
		}
		return 0
	}
	halfUlp := 0.5 * (math.Nextafter(math.Abs(got.Value), math.Inf(1)) - math.Abs(got.Value))
	return got.RelErr * math.Abs(got.Value) / math.Max(trueErr, halfUlp)
}

// coverage evaluates a reference input and returns its errorRatio against
// exact, reporting an error when the estimate falls short of the true error;
// ok is false when the input could not be evaluated.
func coverage(t *testing.T, id, input, exact string) (ratio float64, ok bool) {
	t.Helper()
	in, err := parseInput(input)
	if err != nil {
		t.Fatal(err)
	}
	got, err := evaluate(in)
	if err != nil {
		t.Errorf("%s: %v", id, err)
		return 0, false
	}
	r := errorRatio(t, got, exact)
	if r < 1 {
		t.Errorf("%s: estimated error %.3g·|value| is %.2g times the true error", id, got.RelErr, r)
	}
	return r, true
}

// divergenceOf names the quantity of a case from its id ("…_kl", "…_w2").
func divergenceOf(id string) string {
	if strings.HasSuffix(id, "cross_entropy") {
		return "cross_entropy"
	}
	return id[strings.LastIndexByte(id, '_')+1:]
}

// TestRelErrHonest compares each error estimate with the true error of the
// result for its float64 inputs (see errorRatio): the estimate must cover
// the true error on every case, and its median overshoot in each group must
// stay within 10×, so that the digits printed are the digits that hold.
func TestRelErrHonest(t *testing.T) {
	exact := loadRefs(t).Exact
	ratios := map[string][]float64{}
	for _, c := range loadReferenceCases(t) {
		r, ok := coverage(t, c.ID, c.Input, exact[c.ID])
		if !ok || math.IsInf(r, 1) || !strings.HasPrefix(c.Group, "mvn") {
			continue // exact results carry no estimate to judge
		}
		ratios[c.Group] = append(ratios[c.Group], r)
		key := c.Group + " " + divergenceOf(c.ID)
		ratios[key] = append(ratios[key], r)
	}
	for _, k := range sortedKeys(ratios) {
		rs := ratios[k]
		sort.Float64s(rs)
		med := rs[len(rs)/2]
		if len(rs)%2 == 0 {
			med = 0.5 * (rs[len(rs)/2-1] + rs[len(rs)/2])
		}
		t.Logf("%-28s %3d cases: estimate/true error median %5.2f, max %7.3g, min %5.2f", k, len(rs), med, rs[len(rs)-1], rs[0])
		if !strings.Contains(k, " ") && med > 10 {
			t.Errorf("%s: median estimate/true error %.3g exceeds 10", k, med)
		}
	}
}

// TestRelErrAdversarial requires the error estimates to cover the true
// error on the cases of testdata/adversarial.jsonl (gen_adversarial.py):
// covariances with κ up to 10¹³, nearly identical pairs, a nearly singular
// covariance against a well-conditioned one, Rényi orders whose Σ_α
// cancels, and scales of 10^±150.
func TestRelErrAdversarial(t *testing.T) {
	f, err := os.Open("testdata/adversarial.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var rs []float64
	for sc.Scan() {
		var c struct{ ID, Input, Exact string }
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		if r, ok := coverage(t, c.ID, c.Input, c.Exact); ok && !math.IsInf(r, 1) {
			rs = append(rs, r)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	sort.Float64s(rs)
	t.Logf("%d cases: estimate/true error min %.2f, median %.2f, max %.3g", len(rs), rs[0], rs[len(rs)/2], rs[len(rs)-1])
}
