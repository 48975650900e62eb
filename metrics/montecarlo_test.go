package metrics

import (
	"math"
	"math/rand/v2"
	"sort"
	"testing"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
)

// The closed forms against seeded Monte-Carlo estimates of their defining
// expectations under p, with samples and log-densities from package dist
// (math/rand/v2 PCG, seed fixed, so the outcome is deterministic). The
// tolerance is 4 standard errors of the estimate (delta method for
// transformed means).

const mcSamples = 100000

// mcPair returns p and q in d = 3 with Σ_q "wider" than Σ_p, so that the
// Rényi estimators below have finite variance.
func mcPair(t *testing.T) (p, q *dist.MVN) {
	t.Helper()
	p, err1 := dist.NewMVN([]float64{0.2, -0.1, 0.4}, [][]float64{
		{1.0, 0.3, 0.1}, {0.3, 0.8, -0.2}, {0.1, -0.2, 0.6}})
	q, err2 := dist.NewMVN([]float64{0.5, 0.1, 0.0}, [][]float64{
		{1.5, 0.2, 0.0}, {0.2, 1.2, -0.1}, {0.0, -0.1, 1.0}})
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return p, q
}

// meanSE returns the sample mean of f over the samples and its standard error.
func meanSE(xs [][]float64, f func(x []float64) float64) (mean, se float64) {
	var sum, sum2 float64
	for _, x := range xs {
		v := f(x)
		sum += v
		sum2 += v * v
	}
	n := float64(len(xs))
	mean = sum / n
	return mean, math.Sqrt((sum2/n - mean*mean) / (n - 1))
}

func samples(p *dist.MVN, n int, seed uint64) [][]float64 {
	rnd := rand.New(rand.NewPCG(seed, 1))
	xs := make([][]float64, n)
	for i := range xs {
		xs[i] = p.Rand(nil, rnd)
	}
	return xs
}

func logProb(t *testing.T, n *dist.MVN, x []float64) float64 {
	v, err := n.LogProb(x)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func checkMC(t *testing.T, name string, closed Estimate, err error, mc, se float64) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if math.Abs(closed.Value-mc) > 4*se {
		t.Errorf("%s: closed form %.6g, Monte Carlo %.6g ± %.2g", name, closed.Value, mc, se)
	}
	t.Logf("%-14s closed %.6g  Monte Carlo %.6g ± %.2g", name, closed.Value, mc, se)
}

func TestMonteCarlo(t *testing.T) {
	p, q := mcPair(t)
	xs := samples(p, mcSamples, 1)
	lp := make([]float64, len(xs))
	lq := make([]float64, len(xs))
	for i, x := range xs {
		lp[i], lq[i] = logProb(t, p, x), logProb(t, q, x)
	}
	at := func(f func(i int) float64) func(x []float64) float64 {
		i := -1
		return func([]float64) float64 { i++; return f(i) }
	}

	m, se := meanSE(xs, at(func(i int) float64 { return lp[i] - lq[i] }))
	kl, err := KLNormal(p, q)
	checkMC(t, "KL", kl, err, m, se)

	m, se = meanSE(xs, at(func(i int) float64 { return -lq[i] }))
	ce, err := CrossEntropyNormal(p, q)
	checkMC(t, "cross-entropy", ce, err, m, se)

	m, se = meanSE(xs, at(func(i int) float64 { return -lp[i] }))
	h, err := EntropyNormal(p)
	checkMC(t, "entropy", h, err, m, se)

	// Bhattacharyya coefficient BC = E_p[√(q/p)]; D_B = −ln BC, H = √(1 − BC).
	bc, bcSE := meanSE(xs, at(func(i int) float64 { return math.Exp(0.5 * (lq[i] - lp[i])) }))
	db, err := BhattacharyyaNormal(p, q)
	checkMC(t, "Bhattacharyya", db, err, -math.Log(bc), bcSE/bc)
	hel, err := HellingerNormal(p, q)
	checkMC(t, "Hellinger", hel, err, math.Sqrt(1-bc), bcSE/(2*math.Sqrt(1-bc)))

	// Rényi: ∫ p^α q^{1−α} = E_p[(q/p)^{1−α}].
	for _, alpha := range []float64{0.3, 0.5, 2} {
		g, gSE := meanSE(xs, at(func(i int) float64 { return math.Exp((1 - alpha) * (lq[i] - lp[i])) }))
		r, err := RenyiNormal(p, q, alpha)
		checkMC(t, "Rényi", r, err, math.Log(g)/(alpha-1), gSE/(g*math.Abs(alpha-1)))
	}

	// The squared Mahalanobis distance of x ~ p is χ²_d, of mean d.
	m, se = meanSE(xs, func(x []float64) float64 {
		v, err := MahalanobisNormal(x, p)
		if err != nil {
			t.Fatal(err)
		}
		return v.Value * v.Value
	})
	if math.Abs(m-3) > 4*se {
		t.Errorf("mean squared Mahalanobis distance %.5g ± %.2g, want 3", m, se)
	}
}

// TestMahalanobisInverse compares with (x−μ)ᵀΣ⁻¹(x−μ) through an explicit
// inverse, a different route.
func TestMahalanobisInverse(t *testing.T) {
	p, _ := mcPair(t)
	var inv mat.Dense
	if err := inv.Inverse(p.Cov()); err != nil {
		t.Fatal(err)
	}
	mu := p.Mean()
	for _, x := range [][]float64{{0, 0, 0}, {1, 2, 3}, {-0.5, 0.25, 4}} {
		z := mat.NewVecDense(3, nil)
		for i := range x {
			z.SetVec(i, x[i]-mu[i])
		}
		want := math.Sqrt(mat.Inner(z, &inv, z))
		got, err := MahalanobisNormal(x, p)
		if err != nil || math.Abs(got.Value-want) > 1e-14*want {
			t.Errorf("Mahalanobis(%v) = %v, %v; want %.17g", x, got, err, want)
		}
	}
}

// TestW2MonteCarlo checks W2 three ways: in d = 1 against the distance of
// sorted independent samples (quantile coupling, tolerance 1 %); in d = 3
// against E‖X − T(X)‖² for the optimal linear map
// T = Σ_p^{-½}(Σ_p^½ Σ_q Σ_p^½)^½ Σ_p^{-½} built here from eigen-
// decompositions (4 standard errors), after checking that T pushes p forward
// to q; and against the larger cost of the Cholesky coupling.
func TestW2MonteCarlo(t *testing.T) {
	p1, _ := dist.NewMVN([]float64{0.3}, [][]float64{{2}})
	q1, _ := dist.NewMVN([]float64{-0.4}, [][]float64{{0.5}})
	xs, ys := samples(p1, mcSamples, 2), samples(q1, mcSamples, 3)
	a, b := make([]float64, len(xs)), make([]float64, len(ys))
	for i := range xs {
		a[i], b[i] = xs[i][0], ys[i][0]
	}
	sort.Float64s(a)
	sort.Float64s(b)
	sum := 0.0
	for i := range a {
		sum += (a[i] - b[i]) * (a[i] - b[i])
	}
	w1, err := W2Normal(p1, q1)
	if err != nil || math.Abs(w1.Value-math.Sqrt(sum/float64(len(a)))) > 0.01*w1.Value {
		t.Errorf("d=1: W2 = %v, %v; sorted samples give %.6g", w1, err, math.Sqrt(sum/float64(len(a))))
	}

	p, q := mcPair(t)
	sp, sq := p.Cov(), q.Cov()
	root := func(s mat.Symmetric, pow float64) *mat.Dense {
		var e mat.EigenSym
		if !e.Factorize(s, true) {
			t.Fatal("eigen-decomposition failed")
		}
		var v mat.Dense
		e.VectorsTo(&v)
		vals := e.Values(nil)
		d := mat.NewDiagDense(len(vals), nil)
		for i, l := range vals {
			d.SetDiag(i, math.Pow(l, pow))
		}
		var r mat.Dense
		r.Product(&v, d, v.T())
		return &r
	}
	half, invHalf := root(sp, 0.5), root(sp, -0.5)
	var mid mat.Dense
	mid.Product(half, sq, half)
	midSym := mat.NewSymDense(3, nil)
	for i := 0; i < 3; i++ {
		for j := i; j < 3; j++ {
			midSym.SetSym(i, j, 0.5*(mid.At(i, j)+mid.At(j, i)))
		}
	}
	var tmap mat.Dense
	tmap.Product(invHalf, root(midSym, 0.5), invHalf)

	muP, muQ := p.Mean(), q.Mean()
	xs = samples(p, mcSamples, 4)
	ys = make([][]float64, len(xs))
	for i, x := range xs {
		z := mat.NewVecDense(3, nil)
		for k := range x {
			z.SetVec(k, x[k]-muP[k])
		}
		var y mat.VecDense
		y.MulVec(&tmap, z)
		ys[i] = []float64{muQ[0] + y.AtVec(0), muQ[1] + y.AtVec(1), muQ[2] + y.AtVec(2)}
	}
	// T(X) must be distributed as q: compare its sample covariance with Σ_q.
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			c := 0.0
			for _, y := range ys {
				c += (y[i] - muQ[i]) * (y[j] - muQ[j])
			}
			c /= float64(len(ys))
			if math.Abs(c-sq.At(i, j)) > 0.03 {
				t.Errorf("Cov(T(X))[%d,%d] = %.4g, Σ_q = %.4g", i, j, c, sq.At(i, j))
			}
		}
	}
	k := -1
	cost, se := meanSE(xs, func(x []float64) float64 {
		k++
		s := 0.0
		for i := range x {
			s += (x[i] - ys[k][i]) * (x[i] - ys[k][i])
		}
		return s
	})
	w, err := W2Normal(p, q)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(w.Value*w.Value-cost) > 4*se {
		t.Errorf("W2² = %.6g, optimal coupling cost %.6g ± %.2g", w.Value*w.Value, cost, se)
	}
	// Any other coupling costs at least W2²: x ↦ μ_q + L_q L_p⁻¹(x − μ_p).
	up, _ := p.UpperFactor()
	uq, _ := q.UpperFactor()
	var lpInv mat.TriDense
	if err := lpInv.InverseTri(up.TTri()); err != nil {
		t.Fatal(err)
	}
	var chol mat.Dense
	chol.Mul(uq.TTri(), &lpInv)
	choleskyCost, cse := meanSE(xs, func(x []float64) float64 {
		z := mat.NewVecDense(3, nil)
		for i := range x {
			z.SetVec(i, x[i]-muP[i])
		}
		var y mat.VecDense
		y.MulVec(&chol, z)
		s := 0.0
		for i := range x {
			d := x[i] - muQ[i] - y.AtVec(i)
			s += d * d
		}
		return s
	})
	if w.Value*w.Value > choleskyCost+4*cse {
		t.Errorf("W2² = %.6g exceeds the Cholesky coupling cost %.6g", w.Value*w.Value, choleskyCost)
	}
}
