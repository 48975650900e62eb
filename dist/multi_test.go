package dist

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"statcalc/sym"
)

func scalarArg(v float64) Arg {
	return Arg{Rows: 1, Cols: 1, Scalar: true, E: []sym.Expr{sym.Float(v)}}
}

func vectorArg(v ...float64) Arg {
	a := Arg{Rows: len(v), Cols: 1, Vector: true}
	for _, x := range v {
		a.E = append(a.E, sym.Float(x))
	}
	return a
}

func matrixArg(rows ...[]float64) Arg {
	a := Arg{Rows: len(rows), Cols: len(rows[0])}
	for _, r := range rows {
		for _, x := range r {
			a.E = append(a.E, sym.Float(x))
		}
	}
	return a
}

func member(t *testing.T, f *MultiFamily, args ...Arg) MultiMember {
	t.Helper()
	m, err := f.New(args)
	if err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	return m
}

func value(t *testing.T, e sym.Expr, err error) float64 {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	d, err := sym.Decimal(e, 20)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := d.Float64()
	return f
}

// compositions calls f with every vector of k non-negative counts summing to n.
func compositions(n, k int, f func(x []float64)) {
	x := make([]float64, k)
	var rec func(i, rest int)
	rec = func(i, rest int) {
		if i == k-1 {
			x[i] = float64(rest)
			f(x)
			return
		}
		for c := 0; c <= rest; c++ {
			x[i] = float64(c)
			rec(i+1, rest-c)
		}
	}
	rec(0, n)
}

// The entropy from the marginal binomials equals −Σ p log p over every
// composition, with LogProb (an independent formula) giving p; the pmf sums
// to 1.
func TestMultinomialEntropyBySum(t *testing.T) {
	for _, n := range []int{1, 7, 30} {
		m := member(t, Multinomial, scalarArg(float64(n)), vectorArg(0.1, 0.2, 0.3, 0.4))
		var h, total float64
		compositions(n, 4, func(x []float64) {
			lp, err := m.LogProb(x)
			if err != nil {
				t.Fatal(err)
			}
			h -= math.Exp(lp) * lp
			total += math.Exp(lp)
		})
		e, _, err := m.Entropy()
		if got := value(t, e, err); math.Abs(got-h) > 1e-13*h {
			t.Errorf("n = %d: entropy %.17g, sum over compositions %.17g", n, got, h)
		}
		if math.Abs(total-1) > 1e-13 {
			t.Errorf("n = %d: the pmf sums to %.17g", n, total)
		}
	}
}

// The two ways of writing E[log x!] (exact sum, float64 remainder about the
// mode) agree where both apply.
func TestMeanLogFactorialRoutes(t *testing.T) {
	for _, c := range []struct{ n, p float64 }{{64, 0.3}, {50, 0.02}, {40, 0.97}} {
		p := new(big.Rat).SetFloat64(c.p)
		q, _ := new(big.Rat).Sub(big.NewRat(1, 1), p).Float64()
		exact := value(t, exactMeanLogFactorial(int64(c.n), p), nil)
		mode, r, bound := meanLogFactorialRemainder(c.n, c.p, q)
		lg, _ := math.Lgamma(mode + 1)
		got := lg + math.Log(mode+1)*(c.n*c.p-mode) + r
		if math.Abs(got-exact) > 1e-13*math.Abs(exact) || bound > 1e-13 {
			t.Errorf("n = %g, p = %g: remainder route %.17g (bound %g), exact %.17g", c.n, c.p, got, bound, exact)
		}
	}
}

// Sample means agree with Mean within 5 standard errors from Cov, and
// sample variances with Cov's diagonal.
func TestMultiSampleMoments(t *testing.T) {
	cases := []MultiMember{
		member(t, Multinomial, scalarArg(12), vectorArg(0.2, 0.3, 0.5)),
		member(t, Wishart, scalarArg(4.5), matrixArg([]float64{2, 0.5}, []float64{0.5, 1})),
		member(t, InverseWishart, scalarArg(20), matrixArg([]float64{2, 0.5}, []float64{0.5, 1})),
		member(t, MvStudentT, scalarArg(7), vectorArg(1, -1), matrixArg([]float64{2, 0.5}, []float64{0.5, 1})),
	}
	const n = 20000
	for _, m := range cases {
		mean, err := m.Mean()
		if err != nil {
			t.Fatal(err)
		}
		cov, err := m.Cov()
		if err != nil {
			t.Fatal(err)
		}
		rnd := rand.New(rand.NewPCG(3, 4))
		d := m.Dim()
		s1, s2 := make([]float64, d), make([]float64, d)
		x := make([]float64, d)
		for i := 0; i < n; i++ {
			m.Rand(x, rnd)
			if lp, err := m.LogProb(x); err != nil || math.IsInf(lp, 0) || math.IsNaN(lp) {
				t.Fatalf("%s: log-density %v (%v) at its own draw %v", m.Family().Name, lp, err, x)
			}
			for j, v := range x {
				s1[j] += v
				s2[j] += v * v
			}
		}
		for j := 0; j < d; j++ {
			sm := s1[j] / n
			sv := s2[j]/n - sm*sm
			v := cov.Data[j*d+j]
			if se := math.Sqrt(v / n); math.Abs(sm-mean.Data[j]) > 5*se+1e-12 {
				t.Errorf("%s: entry %d: sample mean %g, mean %g (se %g)", m.Family().Name, j, sm, mean.Data[j], se)
			}
			// The variance's estimate is looser (heavy tails): 10 %.
			if math.Abs(sv-v) > 0.1*v+1e-12 {
				t.Errorf("%s: entry %d: sample variance %g, variance %g", m.Family().Name, j, sv, v)
			}
		}
	}
}

// One-dimensional members are known laws: Wishart(ν, v) is Gamma(ν/2,
// scale 2v), InverseWishart(ν, ψ) InverseGamma(ν/2, scale ψ/2), MvStudentT
// the Student-t; their log-densities are written out here.
func TestMultiOneDimensional(t *testing.T) {
	w := member(t, Wishart, scalarArg(3), matrixArg([]float64{2}))
	iw := member(t, InverseWishart, scalarArg(5), matrixArg([]float64{3}))
	st := member(t, MvStudentT, scalarArg(4), vectorArg(1), matrixArg([]float64{9}))
	for _, x := range []float64{0.3, 1, 2.5, 7} {
		k, th := 1.5, 4.0
		lgk, _ := math.Lgamma(k)
		want := (k-1)*math.Log(x) - x/th - lgk - k*math.Log(th)
		if got, _ := w.LogProb([]float64{x}); math.Abs(got-want) > 1e-14*math.Max(1, math.Abs(want)) {
			t.Errorf("Wishart(3, [[2]]) at %g: %.17g, gamma %.17g", x, got, want)
		}
		a, b := 2.5, 1.5
		lga, _ := math.Lgamma(a)
		want = a*math.Log(b) - lga - (a+1)*math.Log(x) - b/x
		if got, _ := iw.LogProb([]float64{x}); math.Abs(got-want) > 1e-13*math.Max(1, math.Abs(want)) {
			t.Errorf("InverseWishart(5, [[3]]) at %g: %.17g, inverse gamma %.17g", x, got, want)
		}
		nu, mu, s := 4.0, 1.0, 3.0
		l1, _ := math.Lgamma((nu + 1) / 2)
		l2, _ := math.Lgamma(nu / 2)
		z := (x - mu) / s
		want = l1 - l2 - 0.5*math.Log(nu*math.Pi) - math.Log(s) - (nu+1)/2*math.Log1p(z*z/nu)
		if got, _ := st.LogProb([]float64{x}); math.Abs(got-want) > 1e-14*math.Max(1, math.Abs(want)) {
			t.Errorf("MvStudentT(4, [1], [[9]]) at %g: %.17g, Student-t %.17g", x, got, want)
		}
	}
}

// InverseWishart's log-density (through gonum's Wishart of X⁻¹) equals the
// textbook formula evaluated directly.
func TestInverseWishartLogProb(t *testing.T) {
	psi := [][]float64{{2, 0.5}, {0.5, 1}}
	nu := 6.0
	m := member(t, InverseWishart, scalarArg(nu), matrixArg(psi...))
	x := []float64{1, 0.2, 0.2, 0.5}
	detX := x[0]*x[3] - x[1]*x[2]
	detP := psi[0][0]*psi[1][1] - psi[0][1]*psi[1][0]
	// tr(Ψ X⁻¹) with X⁻¹ = [[x22, −x12], [−x21, x11]]/det X.
	trPX := (psi[0][0]*x[3] - psi[0][1]*x[2] - psi[1][0]*x[1] + psi[1][1]*x[0]) / detX
	l1, _ := math.Lgamma(nu / 2)
	l2, _ := math.Lgamma(nu/2 - 0.5)
	mvlg := 0.5*math.Log(math.Pi) + l1 + l2
	want := nu/2*math.Log(detP) - nu*math.Ln2 - mvlg - (nu+3)/2*math.Log(detX) - trPX/2
	if got, _ := m.LogProb(x); math.Abs(got-want) > 1e-14*math.Abs(want) {
		t.Errorf("log-density %.17g, formula %.17g", got, want)
	}
}

// The exact factorisation: A⁻¹A = I exactly, det as gonum's, and a matrix
// that is not positive definite is refused at the first bad minor.
func TestRatSPD(t *testing.T) {
	rows := [][]float64{{4, 1, 0.5}, {1, 3, 0.25}, {0.5, 0.25, 2}}
	a := make([][]*big.Rat, 3)
	for i, r := range rows {
		for _, v := range r {
			a[i] = append(a[i], new(big.Rat).SetFloat64(v))
		}
	}
	m, _ := newRatSPD(a)
	if m == nil {
		t.Fatal("refused a positive definite matrix")
	}
	x := m.solve(a)
	for i := range x {
		for j := range x[i] {
			want := int64(0)
			if i == j {
				want = 1
			}
			if x[i][j].Cmp(big.NewRat(want, 1)) != 0 {
				t.Fatalf("A⁻¹A[%d, %d] = %v", i, j, x[i][j])
			}
		}
	}
	det, _ := m.det.Float64()
	if g := mat.Det(mat.NewDense(3, 3, []float64{4, 1, 0.5, 1, 3, 0.25, 0.5, 0.25, 2})); math.Abs(det-g) > 1e-14*g {
		t.Errorf("det %.17g, gonum %.17g", det, g)
	}
	a[2][2] = new(big.Rat)
	if m, k := newRatSPD(a); m != nil || k != 3 {
		t.Errorf("indefinite matrix: got %v, first bad minor %d (want 3)", m, k)
	}
}

// Bad parameters name the argument and the constraint.
func TestMultiBadParameters(t *testing.T) {
	cases := []struct {
		f    *MultiFamily
		args []Arg
		arg  int
	}{
		{Multinomial, []Arg{scalarArg(0), vectorArg(0.5, 0.5)}, 0},
		{Multinomial, []Arg{scalarArg(3), vectorArg(0.5, 0.4)}, 1},
		{Wishart, []Arg{scalarArg(0.5), matrixArg([]float64{1, 0}, []float64{0, 1})}, 0},
		{Wishart, []Arg{scalarArg(3), matrixArg([]float64{1, 0.1}, []float64{0, 1})}, 1},
		{InverseWishart, []Arg{scalarArg(3), matrixArg([]float64{0, 0}, []float64{0, 1})}, 1},
		{MvStudentT, []Arg{scalarArg(3), vectorArg(0, 0), matrixArg([]float64{1})}, 2},
	}
	for _, c := range cases {
		_, err := c.f.New(c.args)
		ae, ok := err.(*ArgError)
		if !ok || ae.Index != c.arg {
			t.Errorf("%s: error %v, want one at argument %d", c.f.Name, err, c.arg)
		}
	}
}
