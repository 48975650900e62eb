package dist

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/lapack64"
	"gonum.org/v1/gonum/mat"
)

func TestNewMVNErrors(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		mu    []float64
		sigma [][]float64
		want  string
	}{
		{nil, nil, "mean is empty"},
		{[]float64{0, 0}, [][]float64{{1, 0}}, "mean has 2 entries but covariance has 1 rows"},
		{[]float64{0, 0}, [][]float64{{1, 0}, {0}}, "covariance row 2 has 1 entries, want 2"},
		{[]float64{0, nan}, [][]float64{{1, 0}, {0, 1}}, "mean entry 2 is NaN"},
		{[]float64{-inf}, [][]float64{{1}}, "mean entry 1 is -Inf"},
		{[]float64{0, 0, 0}, [][]float64{{1, 0, 0}, {0, 1, nan}, {0, 0, 1}}, "covariance entry [2,3] is NaN"},
		{[]float64{0}, [][]float64{{inf}}, "covariance entry [1,1] is +Inf"},
		{[]float64{0, 0, 0}, [][]float64{{1, 0, 0}, {0, 1, 0.5}, {0, 0.4, 1}},
			"covariance is not symmetric: Σ[2,3] = 0.5 but Σ[3,2] = 0.4"},
		{[]float64{0, 0}, [][]float64{{1, 2}, {2, 1}}, "covariance is not positive semi-definite (eigenvalue -1)"},
		{[]float64{0}, [][]float64{{-0.2}}, "covariance is not positive semi-definite (eigenvalue -0.2)"},
		{[]float64{0, 0}, [][]float64{{0, 1e-3}, {1e-3, 1}}, "covariance is not positive semi-definite (eigenvalue -1e-06)"},
		// Far apart scales: judged on the equilibrated matrix, not hidden by 1e20.
		{[]float64{0, 0}, [][]float64{{-1, 0}, {0, 1e20}}, "covariance is not positive semi-definite (eigenvalue -1)"},
		{[]float64{0, 0}, [][]float64{{1e20, 1e10 + 2}, {1e10 + 2, 1}}, "covariance is not positive semi-definite (eigenvalue -4e-10)"},
		{[]float64{0, 0}, [][]float64{{1e-300, 1e300}, {1e300, 1e-300}}, "covariance is not positive semi-definite (eigenvalue -1e+300)"},
	}
	for _, tc := range tests {
		_, err := NewMVN(tc.mu, tc.sigma)
		if err == nil || err.Error() != tc.want {
			t.Errorf("NewMVN(%v, %v): error %v, want %q", tc.mu, tc.sigma, err, tc.want)
		}
	}
}

func TestNearlySymmetricIsAveraged(t *testing.T) {
	a := 0.1 + 0.2 // 0.30000000000000004
	n, err := NewMVN([]float64{0, 0}, [][]float64{{1, a}, {0.3, 1}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := n.Cov().At(0, 1), 0.5*a+0.5*0.3; got != want {
		t.Errorf("Σ[1,2] = %v, want the average %v", got, want)
	}
}

func TestSingular(t *testing.T) {
	tests := []struct {
		name     string
		sigma    [][]float64
		singular bool
		rank     int
	}{
		{"rank one", [][]float64{{1, 2}, {2, 4}}, true, 1},
		{"zero", [][]float64{{0, 0}, {0, 0}}, true, 0},
		{"zero row", [][]float64{{1, 0, 0}, {0, 0, 0}, {0, 0, 2}}, true, 2},
		{"beyond 1/(dε)", [][]float64{{1, 1}, {1, 1 + 1e-15}}, true, 1},
		{"within 1/(dε)", [][]float64{{1, 1}, {1, 1 + 1e-13}}, false, 2},
		// Equilibration: a badly scaled but well-conditioned matrix is fine.
		{"graded", [][]float64{{1, 0}, {0, 1e-30}}, false, 2},
		// A tiny singular block: gonum's eigenvalues-only path would panic here.
		{"tiny block", [][]float64{{1, 0, 0}, {0, 1e-130, 1e-130}, {0, 1e-130, 1e-130}}, true, 2},
		{"huge block", [][]float64{{1, 0, 0}, {0, 1e160, 1e160}, {0, 1e160, 1e160}}, true, 2},
	}
	for _, tc := range tests {
		n, err := NewMVN(make([]float64, len(tc.sigma)), tc.sigma)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if n.Singular() != tc.singular || n.Rank() != tc.rank {
			t.Errorf("%s: Singular() = %v, Rank() = %d; want %v, %d", tc.name, n.Singular(), n.Rank(), tc.singular, tc.rank)
		}
		err = n.Invertible()
		var se *SingularError
		if tc.singular != errors.As(err, &se) {
			t.Errorf("%s: Invertible() = %v", tc.name, err)
		}
		if tc.singular {
			if _, err := n.LogProb(make([]float64, len(tc.sigma))); err == nil {
				t.Errorf("%s: LogProb succeeded for a singular covariance", tc.name)
			}
			if !math.IsInf(n.LogDet(), -1) {
				t.Errorf("%s: LogDet() = %v, want -Inf", tc.name, n.LogDet())
			}
		}
	}
	n, _ := NewMVN([]float64{0, 0}, [][]float64{{1, 2}, {2, 4}})
	if got, want := n.Invertible().Error(), "covariance is singular (rank 1 of 2; eigenvalues from 0 to 5)"; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
}

// TestRoundedProductsArePSD checks that rank-deficient XXᵀ, rounded to
// float64, are accepted with the right rank (their rounding makes
// eigenvalues of order d·ε·λ_max negative).
func TestRoundedProductsArePSD(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 100; trial++ {
		d := 2 + rnd.IntN(30)
		k := 1 + rnd.IntN(d-1)
		x := make([][]float64, d)
		for i := range x {
			x[i] = make([]float64, k)
			for j := range x[i] {
				x[i][j] = rnd.NormFloat64()
			}
		}
		s := make([][]float64, d)
		for i := range s {
			s[i] = make([]float64, d)
			for j := range s[i] {
				for l := 0; l < k; l++ {
					s[i][j] += x[i][l] * x[j][l]
				}
			}
		}
		n, err := NewMVN(make([]float64, d), s)
		if err != nil {
			t.Fatalf("d=%d rank %d: %v", d, k, err)
		}
		if n.Rank() != k || !n.Singular() {
			t.Errorf("d=%d: rank %d, singular %v; want %d, true", d, n.Rank(), n.Singular(), k)
		}
	}
}

type refCase struct {
	Name    string      `json:"name"`
	Mu      []float64   `json:"mu"`
	Sigma   [][]float64 `json:"sigma"`
	Points  [][]float64 `json:"points"`
	LogDet  string      `json:"logdet"`
	LogProb []string    `json:"logprob"`
}

// digits returns the number of correct significant digits of got against
// a decimal reference.
func digits(got float64, ref string) float64 {
	r, _, _ := big.ParseFloat(ref, 10, 200, big.ToNearestEven)
	diff := new(big.Float).Sub(new(big.Float).SetPrec(200).SetFloat64(got), r)
	if r.Sign() != 0 {
		diff.Quo(diff, r)
	}
	e, _ := diff.Float64()
	if e = math.Abs(e); e < 1e-17 {
		return 17
	}
	return -math.Log10(e)
}

// TestLogProbReferences compares LogDet and LogProb with mpmath
// (testdata/refs.json, from testdata/gen_refs.py).
func TestLogProbReferences(t *testing.T) {
	b, err := os.ReadFile("testdata/refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []refCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		n, err := NewMVN(c.Mu, c.Sigma)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		// The ill-conditioned case (κ ≈ 1e12) keeps about 16 − 12 digits of
		// ln det Σ; everything else is good to rounding.
		want := 14.0
		if strings.HasPrefix(c.Name, "illcond") {
			want = 3
		}
		if dg := digits(n.LogDet(), c.LogDet); dg < want {
			t.Errorf("%s: LogDet = %.17g, want %s (%.1f digits)", c.Name, n.LogDet(), c.LogDet, dg)
		}
		for i, x := range c.Points {
			lp, err := n.LogProb(x)
			if err != nil {
				t.Fatal(err)
			}
			if dg := digits(lp, c.LogProb[i]); dg < want {
				t.Errorf("%s: LogProb(%v) = %.17g, want %s (%.1f digits)", c.Name, x, lp, c.LogProb[i], dg)
			}
		}
	}
}

// TestFactor checks RᵀR = Σ for positive definite and singular covariances.
func TestFactor(t *testing.T) {
	for _, sigma := range [][][]float64{
		{{4, 2, 0}, {2, 3, 1}, {0, 1, 2}},
		{{1, 2, 3}, {2, 4, 6}, {3, 6, 9}},
		{{2, 1, 0}, {1, 1, 0}, {0, 0, 0}},
		{{1e60, 0, 0}, {0, 1e-60, 0}, {0, 0, 1}},
	} {
		n, err := NewMVN(make([]float64, 3), sigma)
		if err != nil {
			t.Fatal(err)
		}
		r := n.Factor()
		var rtr mat.Dense
		rtr.Mul(r.T(), r)
		for i := 0; i < 3; i++ {
			for j := 0; j < 3; j++ {
				scale := math.Sqrt(sigma[i][i] * sigma[j][j])
				if math.Abs(rtr.At(i, j)-sigma[i][j]) > 8*eps*math.Max(scale, 1e-300) {
					t.Errorf("Σ = %v: (RᵀR)[%d,%d] = %v", sigma, i, j, rtr.At(i, j))
				}
			}
		}
	}
	zero, _ := NewMVN([]float64{1}, [][]float64{{0}})
	if zero.Factor() != nil || zero.Rank() != 0 {
		t.Errorf("point mass: Factor() = %v, Rank() = %d", zero.Factor(), zero.Rank())
	}
}

// TestRand compares sample moments with μ and Σ (4 standard errors), for a
// positive definite and a singular covariance.
func TestRand(t *testing.T) {
	for _, c := range []struct {
		mu    []float64
		sigma [][]float64
	}{
		{[]float64{1, -2, 0.5}, [][]float64{{2, 0.5, 0}, {0.5, 1, -0.3}, {0, -0.3, 0.7}}},
		{[]float64{0, 3, 1}, [][]float64{{1, 2, 0}, {2, 4, 0}, {0, 0, 0}}},
	} {
		n, err := NewMVN(c.mu, c.sigma)
		if err != nil {
			t.Fatal(err)
		}
		rnd := rand.New(rand.NewPCG(1, 1))
		const samples = 50000
		var sum [3]float64
		var sum2 [3][3]float64
		x := make([]float64, 3)
		for k := 0; k < samples; k++ {
			n.Rand(x, rnd)
			for i := range x {
				sum[i] += x[i]
				for j := range x {
					sum2[i][j] += (x[i] - c.mu[i]) * (x[j] - c.mu[j])
				}
			}
		}
		for i := 0; i < 3; i++ {
			se := math.Sqrt(c.sigma[i][i] / samples)
			if m := sum[i] / samples; math.Abs(m-c.mu[i]) > 4*se+1e-15 {
				t.Errorf("Σ = %v: mean[%d] = %v, want %v ± %.2g", c.sigma, i, m, c.mu[i], se)
			}
			for j := 0; j < 3; j++ {
				// Var of a product of normals: Σᵢᵢ Σⱼⱼ + Σᵢⱼ².
				se := math.Sqrt((c.sigma[i][i]*c.sigma[j][j] + c.sigma[i][j]*c.sigma[i][j]) / samples)
				if v := sum2[i][j] / samples; math.Abs(v-c.sigma[i][j]) > 4*se+1e-15 {
					t.Errorf("Σ = %v: cov[%d,%d] = %v, want %v ± %.2g", c.sigma, i, j, v, c.sigma[i][j], se)
				}
			}
		}
	}
}

func TestAccessorsCopy(t *testing.T) {
	mu := []float64{1, 2}
	sigma := [][]float64{{2, 1}, {1, 2}}
	n, err := NewMVN(mu, sigma)
	if err != nil {
		t.Fatal(err)
	}
	mu[0], sigma[0][1] = 100, 100
	n.Mean()[1] = 100
	n.Cov().SetSym(0, 0, 100)
	if n.Dim() != 2 || n.Mean()[0] != 1 || n.Mean()[1] != 2 || n.Cov().At(0, 0) != 2 || n.Cov().At(0, 1) != 1 {
		t.Errorf("MVN changed through its inputs or accessors: μ = %v, Σ = %v", n.Mean(), mat.Formatted(n.Cov()))
	}
}

func TestLogProbErrors(t *testing.T) {
	n, _ := NewMVN([]float64{0, 0}, [][]float64{{1, 0}, {0, 1}})
	if _, err := n.LogProb([]float64{1}); err == nil || err.Error() != "point has 1 entries but the distribution has dimension 2" {
		t.Errorf("LogProb with a short point: %v", err)
	}
	if _, err := n.LogProb([]float64{1, math.NaN()}); err == nil || err.Error() != "point entry 2 is NaN" {
		t.Errorf("LogProb with NaN: %v", err)
	}
}

// FuzzNewMVN feeds arbitrary 2×2 and 3×3 inputs: NewMVN must return an
// error or a usable distribution, never panic.
func FuzzNewMVN(f *testing.F) {
	f.Add(3, 0.0, 1.0, 0.5, 2.0, 0.1, -0.3, 1.0, 0.0, 0.0)
	f.Add(2, 1e300, 1e300, -1e300, 1e300, 0.0, 0.0, 0.0, 0.0, 0.0)
	f.Add(2, 0.0, 1e-300, 1e300, 1e-300, 0.0, 0.0, 0.0, 0.0, 0.0)
	f.Add(3, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0)
	f.Add(2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
	f.Add(3, 5e-324, 5e-324, 0.0, 5e-324, 0.0, 0.0, 5e-324, 1.0, 2.0)
	f.Add(3, 1.7e308, 1.7e308, 1.7e308, 1.7e308, 1.7e308, 1.7e308, 1.7e308, 1.0, 2.0)
	f.Fuzz(func(t *testing.T, d int, a, b, c, e, g, h, k, m1, m2 float64) {
		if d%2 == 0 {
			d = 2
		} else {
			d = 3
		}
		var sigma [][]float64
		if d == 2 {
			sigma = [][]float64{{a, b}, {b, c}}
		} else {
			sigma = [][]float64{{a, b, c}, {b, e, g}, {c, g, h}}
		}
		mu := []float64{k, m1, m2}[:d]
		n, err := NewMVN(mu, sigma)
		if err != nil {
			return
		}
		if n.Rank() < 0 || n.Rank() > d || n.Singular() != (n.Rank() < d) || n.Singular() != (n.Invertible() != nil) {
			t.Errorf("rank %d, singular %v", n.Rank(), n.Singular())
		}
		x := n.Rand(nil, rand.New(rand.NewPCG(1, 2)))
		if lp, err := n.LogProb(x); err == nil && math.IsNaN(lp) {
			t.Errorf("LogProb(%v) = NaN", x)
		}
	})
}

// TestCondMatchesDpocon compares Cond with LAPACK's dpocon (gonum's, with
// its overflow-guarded solves) on the equilibrated covariance, formed here
// independently: graded, correlated, nearly singular and rank-deficient
// covariances, d from 1 to 40.
func TestCondMatchesDpocon(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 6))
	compared, nearlySingular := 0, 0
	for trial := 0; trial < 500; trial++ {
		d := 1 + rnd.IntN(40)
		k := 1 + rnd.IntN(d+3) // k < d: rank-deficient before rounding
		x := mat.NewDense(d, k, nil)
		for i := 0; i < d; i++ {
			unit := math.Pow(10, 6*rnd.NormFloat64())
			for j := 0; j < k; j++ {
				x.Set(i, j, unit*rnd.NormFloat64())
			}
		}
		var s mat.SymDense
		s.SymOuterK(1, x)
		// Lift the diagonal of a rank-deficient XXᵀ a little: κ near 1/SingularTol.
		lift := []float64{0, 1e-9, 1e-14}[rnd.IntN(3)]
		for i := 0; i < d; i++ {
			s.SetSym(i, i, s.At(i, i)*(1+lift*rnd.Float64()))
		}
		rows := make([][]float64, d)
		for i := range rows {
			rows[i] = make([]float64, d)
			for j := range rows[i] {
				rows[i][j] = s.At(i, j)
			}
		}
		n, err := NewMVN(make([]float64, d), rows)
		if err != nil || n.chol == nil {
			continue // not PSD after rounding, or Cholesky failed
		}
		// S⁻¹ΣS⁻¹ with S = 2^{⌊e/2⌋}, e the binary exponent of Σᵢᵢ.
		eq := blas64.Symmetric{N: d, Stride: d, Data: make([]float64, d*d), Uplo: blas.Upper}
		inv := make([]float64, d)
		for i := range inv {
			_, e := math.Frexp(s.At(i, i))
			inv[i] = math.Ldexp(1, -int(math.Floor(float64(e)/2)))
		}
		for i := 0; i < d; i++ {
			for j := i; j < d; j++ {
				eq.Data[i*d+j] = s.At(i, j) * inv[i] * inv[j]
			}
		}
		anorm := lapack64.Lansy(lapack.MaxColumnSum, eq, make([]float64, d))
		if _, ok := lapack64.Potrf(eq); !ok {
			t.Fatalf("trial %d: dpotrf failed where NewMVN's succeeded", trial)
		}
		want := 1 / lapack64.Pocon(eq, anorm, make([]float64, 3*d), make([]int, d))
		got := n.Cond()
		if math.IsInf(want, 1) != math.IsInf(got, 1) || math.Abs(got-want) > 1e-10*want {
			t.Errorf("trial %d (d=%d, k=%d): Cond() = %v, dpocon %v", trial, d, k, got, want)
		}
		compared++
		if want*SingularTol(d) > 1 {
			nearlySingular++
		}
	}
	t.Logf("%d comparisons, %d beyond 1/SingularTol", compared, nearlySingular)
	if compared < 250 || nearlySingular < 20 {
		t.Errorf("only %d comparisons, %d nearly singular", compared, nearlySingular)
	}
}

// TestCondOneOverflow checks that a solve that overflows gives +Inf, as
// dpocon's reciprocal condition number 0 does.
func TestCondOneOverflow(t *testing.T) {
	const d = 4
	u := blas64.Triangular{N: d, Stride: d, Data: make([]float64, d*d), Uplo: blas.Upper, Diag: blas.NonUnit}
	for i := 0; i < d; i++ {
		u.Data[i*d+i] = 1e-200
		for j := i + 1; j < d; j++ {
			u.Data[i*d+j] = 1
		}
	}
	if got := condOne(u, 1, make([]float64, 2*d), make([]int, d)); !math.IsInf(got, 1) {
		t.Errorf("condOne = %v, want +Inf", got)
	}
	sym := blas64.Symmetric{N: d, Stride: d, Data: u.Data, Uplo: blas.Upper}
	if rcond := lapack64.Pocon(sym, 1, make([]float64, 3*d), make([]int, d)); rcond != 0 {
		t.Errorf("dpocon rcond = %v, want 0", rcond)
	}
}
