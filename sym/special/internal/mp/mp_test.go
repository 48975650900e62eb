package mp

import (
	"encoding/json"
	"math/big"
	"os"
	"testing"
)

// refs is testdata/refs.json, written by testdata/gen_refs.py: exact
// Bernoulli numbers from sympy and constants from mpmath.
type refs struct {
	Bernoulli []string `json:"bernoulli"` // B₂, B₄, …
	Pi        string   `json:"pi"`
	Ln2       string   `json:"ln2"`
	HalfLn2Pi string   `json:"halfLn2Pi"`
}

func loadRefs(t *testing.T) refs {
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

func TestBernoulliExact(t *testing.T) {
	r := loadRefs(t)
	got := bernoulliExact(len(r.Bernoulli) + 1)
	for i, s := range r.Bernoulli {
		want, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatalf("bad reference %q", s)
		}
		if got[i+1].Cmp(want) != 0 {
			t.Errorf("B_%d = %v, want %v", 2*(i+1), got[i+1], want)
		}
	}
}

// TestConstants checks π, ln 2 and ½ ln 2π to 3500 bits (over 1000 digits),
// each to within one unit in the last bit.
func TestConstants(t *testing.T) {
	r := loadRefs(t)
	const prec = 3500
	for _, c := range []struct {
		name string
		got  *big.Float
		ref  string
	}{
		{"π", Pi(prec), r.Pi},
		{"ln 2", Ln2(prec), r.Ln2},
		{"½ ln 2π", halfLn2PiCache.get(prec), r.HalfLn2Pi},
	} {
		want, _, err := big.ParseFloat(c.ref, 10, prec+64, big.ToNearestEven)
		if err != nil {
			t.Fatal(err)
		}
		diff := new(big.Float).SetPrec(prec+64).Sub(c.got, want)
		if diff.Sign() != 0 && diff.MantExp(nil) > want.MantExp(nil)-prec {
			t.Errorf("%s to %d bits is off by %g", c.name, prec, diff)
		}
	}
}

// TestElementaryPrecisions checks Ln, Exp and Log1p against each other
// over a range of precisions and arguments: exp(ln x) = x and
// log1p(u) = ln(1+u), to within a few units of 2^−prec.
func TestElementaryPrecisions(t *testing.T) {
	for _, prec := range []uint{53, 100, 320, 321, 700, 2000} {
		for _, s := range []string{"0.001", "0.7", "1.5", "3", "1e10", "1e-300", "123456.789"} {
			x, _ := new(big.Float).SetPrec(prec + 64).SetString(s)
			l := Ln(x, prec+32)
			back := Exp(l, prec+32)
			rel := new(big.Float).Sub(back, x)
			rel.Quo(rel, x)
			if rel.Sign() != 0 && rel.MantExp(nil) > -int(prec) {
				t.Errorf("prec %d: exp(ln %s) relative error %g", prec, s, rel)
			}
		}
		for _, s := range []string{"1e-40", "-0.2", "0.24", "0.3", "-0.9"} {
			u, _ := new(big.Float).SetPrec(prec + 64).SetString(s)
			a := Log1p(u, prec)
			onePlus := new(big.Float).SetPrec(prec+200).Add(u, big.NewFloat(1))
			b := Ln(onePlus, prec)
			d := new(big.Float).Sub(a, b)
			d.Quo(d, a)
			if d.Sign() != 0 && d.MantExp(nil) > -int(prec)+2 && u.MantExp(nil) > -100 {
				t.Errorf("prec %d: log1p(%s) − ln(1+%s) relative %g", prec, s, s, d)
			}
		}
	}
}
