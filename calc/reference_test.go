package calc_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math"
	"math/big"
	"os"
	"testing"

	"statcalc/calc"
)

// referenceCase is one line of testdata/reference_families.jsonl: a
// statement and its answer to 40 digits, computed in mpmath by numerical
// integration or summation of the definitions (or, for Fisher information,
// by integrating the outer product of the score), independently of the
// closed forms derived here.
type referenceCase struct {
	ID    string          `json:"id"`
	Group string          `json:"group"`
	Input string          `json:"input"`
	Kind  string          `json:"kind"`
	Ref   json.RawMessage `json:"ref"`
	RTol  float64         `json:"rtol"`
	ATol  float64         `json:"atol"`
}

func TestFamilyReferences(t *testing.T) {
	f, err := os.Open("testdata/reference_families.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	s.SetFormat("json")
	worst := map[string]float64{}
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c referenceCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		out.Reset()
		s.Run("", c.Input, 1)
		var res struct {
			Value json.RawMessage `json:"value"`
			Error string          `json:"error"`
		}
		if err := json.Unmarshal(out.Bytes(), &res); err != nil || res.Error != "" {
			t.Errorf("%s: %s: %v %s", c.ID, c.Input, err, res.Error)
			continue
		}
		var refs, gots []string
		if c.Kind == "scalar" {
			var r string
			json.Unmarshal(c.Ref, &r)
			refs, gots = []string{r}, []string{string(res.Value)}
		} else {
			var r [][]string
			var g [][]float64
			json.Unmarshal(c.Ref, &r)
			if err := json.Unmarshal(res.Value, &g); err != nil || len(g) != len(r) {
				t.Errorf("%s: %s = %s, want a %d×%d matrix", c.ID, c.Input, res.Value, len(r), len(r))
				continue
			}
			for i := range r {
				for j := range r[i] {
					refs = append(refs, r[i][j])
					gots = append(gots, big.NewFloat(g[i][j]).Text('g', 17))
				}
			}
		}
		for i := range refs {
			ref, _, err1 := big.ParseFloat(refs[i], 10, 200, big.ToNearestEven)
			got, _, err2 := big.ParseFloat(gots[i], 10, 200, big.ToNearestEven)
			if err1 != nil || err2 != nil {
				t.Fatalf("%s: cannot read %s or %s", c.ID, refs[i], gots[i])
			}
			r, _ := ref.Float64()
			g, _ := got.Float64()
			e := math.Abs(g - r)
			if e > c.ATol+c.RTol*math.Abs(r) {
				t.Errorf("%s: %s: entry %d = %.17g, reference %s", c.ID, c.Input, i, g, refs[i])
			}
			if r != 0 {
				worst[c.Group] = math.Max(worst[c.Group], e/math.Abs(r))
			}
		}
	}
	if n < 80 {
		t.Fatalf("only %d reference cases read", n)
	}
	for g, w := range worst {
		t.Logf("%s: worst relative error %.2g", g, w)
	}
}
