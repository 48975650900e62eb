package metrics

import (
	"math"
	"testing"

	"statcalc/dist"
)

// FuzzNormalDivergences builds two 2-dimensional normals from arbitrary
// numbers and calls every function: each returns an error or a finite,
// non-negative value (Hellinger at most 1), symmetric quantities are
// symmetric bit for bit, and nothing panics.
func FuzzNormalDivergences(f *testing.F) {
	f.Add(0.0, 0.0, 1.0, 0.5, 2.0, 1.0, -1.0, 1.5, 0.2, 1.0, 0.3)
	f.Add(0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 1.0+1e-12, 2.0)
	f.Add(1e300, -1e300, 1e300, 0.0, 1e300, -1e300, 1e300, 1e-300, 0.0, 1e-300, 0.5)
	f.Add(0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0)
	f.Add(0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 4.0, 0.0, 0.0, 0.0, 1e-300)
	f.Add(0.0, 1.0, 1e-200, 0.0, 1e200, 0.0, 1.0, 1e200, 0.0, 1e-200, 1e300)
	f.Add(0.1, 0.2, 2.0, 1.999999999, 2.0, 0.1, 0.2, 2.0, 1.999999998, 2.0, 0.999999)
	f.Fuzz(func(t *testing.T, m1, m2, a1, b1, c1, n1, n2, a2, b2, c2, alpha float64) {
		p, err := dist.NewMVN([]float64{m1, m2}, [][]float64{{a1, b1}, {b1, c1}})
		if err != nil {
			return
		}
		q, err := dist.NewMVN([]float64{n1, n2}, [][]float64{{a2, b2}, {b2, c2}})
		if err != nil {
			return
		}
		check := func(name string, e Estimate, err error) {
			if err != nil {
				return
			}
			if math.IsNaN(e.Value) || math.IsInf(e.Value, 0) || math.IsNaN(e.RelErr) || e.RelErr < 0 {
				t.Errorf("%s = %+v", name, e)
			}
		}
		nonNeg := func(name string, e Estimate, err error) {
			check(name, e, err)
			if err == nil && e.Value < 0 {
				t.Errorf("%s = %v < 0", name, e.Value)
			}
		}
		e, err := KLNormal(p, q)
		nonNeg("KL", e, err)
		e, err = RenyiNormal(p, q, alpha)
		nonNeg("Rényi", e, err)
		e, err = CrossEntropyNormal(p, q)
		check("cross-entropy", e, err)
		e, err = EntropyNormal(p)
		check("entropy", e, err)
		e, err = MahalanobisNormal([]float64{n1, n2}, p)
		nonNeg("Mahalanobis", e, err)
		for name, fn := range map[string]func(p, q *dist.MVN) (Estimate, error){
			"Bhattacharyya": BhattacharyyaNormal, "Hellinger": HellingerNormal, "W2": W2Normal,
		} {
			e1, err1 := fn(p, q)
			e2, err2 := fn(q, p)
			nonNeg(name, e1, err1)
			if (err1 == nil) != (err2 == nil) || (err1 == nil && math.Float64bits(e1.Value) != math.Float64bits(e2.Value)) {
				t.Errorf("%s not symmetric: %v, %v / %v, %v", name, e1, err1, e2, err2)
			}
			if name == "Hellinger" && err1 == nil && e1.Value > 1 {
				t.Errorf("Hellinger = %v > 1", e1.Value)
			}
		}
	})
}
