package calc_test

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"statcalc/calc"
)

func matrixLiteral(m mat.Matrix) string {
	r, c := m.Dims()
	rows := make([]string, r)
	for i := range rows {
		cells := make([]string, c)
		for j := range cells {
			cells[j] = fmt.Sprintf("%.17g", m.At(i, j))
		}
		rows[i] = "[" + strings.Join(cells, ", ") + "]"
	}
	return "[" + strings.Join(rows, ", ") + "]"
}

// TestSqrtmSquaresBack checks sqrtm on random symmetric positive
// semi-definite matrices, some singular: S is symmetric, S S = A, and S
// has no negative eigenvalue.
func TestSqrtmSquaresBack(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	if err := s.SetFormat("json"); err != nil {
		t.Fatal(err)
	}
	for trial := 0; trial < 20; trial++ {
		n, rank := 2+trial%4, 1+trial%5
		g := mat.NewDense(n, rank, nil)
		for i := 0; i < n; i++ {
			for j := 0; j < rank; j++ {
				g.Set(i, j, rng.NormFloat64())
			}
		}
		var a mat.Dense
		a.Mul(g, g.T())
		for i := 0; i < n; i++ { // exactly symmetric
			for j := 0; j < i; j++ {
				a.Set(i, j, a.At(j, i))
			}
		}
		v, ok := jsonValue(t, s, &out, "sqrtm("+matrixLiteral(&a)+")")
		if !ok {
			t.Fatalf("sqrtm(%s): %s", matrixLiteral(&a), out.String())
		}
		root := mat.NewDense(n, n, flatten(v))
		var sq mat.Dense
		sq.Mul(root, root)
		scale := mat.Norm(&a, 2)
		var diff mat.Dense
		diff.Sub(&sq, &a)
		if mat.Norm(&diff, 2) > 1e-12*scale {
			t.Errorf("sqrtm(A)² − A has norm %g for A = %s", mat.Norm(&diff, 2), matrixLiteral(&a))
		}
		if !mat.EqualApprox(root, root.T(), 0) {
			t.Errorf("sqrtm is not symmetric for A = %s", matrixLiteral(&a))
		}
		var e mat.EigenSym
		if !e.Factorize(mat.NewSymDense(n, flatten(v)), false) {
			t.Fatal("eigenvalues of the root")
		}
		if ev := e.Values(nil); ev[0] < -1e-7*math.Sqrt(scale) {
			t.Errorf("sqrtm has eigenvalue %g for A = %s", ev[0], matrixLiteral(&a))
		}
	}
}

// TestSolveAndLogSumExpAgainstDirectRoutes compares solve with inv(A) b
// and logsumexp with the log of the sum of exponentials where that does
// not overflow, and with max + log Σ exp(vᵢ − max) where it would.
func TestSolveAndLogSumExpAgainstDirectRoutes(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 1))
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	if err := s.SetFormat("json"); err != nil {
		t.Fatal(err)
	}
	for trial := 0; trial < 20; trial++ {
		n := 2 + trial%4
		a := mat.NewDense(n, n, nil)
		b := make([]float64, n)
		for i := 0; i < n; i++ {
			b[i] = rng.NormFloat64()
			for j := 0; j < n; j++ {
				a.Set(i, j, rng.NormFloat64())
			}
			a.Set(i, i, a.At(i, i)+float64(n)) // well conditioned
		}
		bs := matrixLiteral(mat.NewDense(1, n, b))
		bs = bs[1 : len(bs)-1]
		x, ok1 := jsonValue(t, s, &out, "solve("+matrixLiteral(a)+", "+bs+")")
		y, ok2 := jsonValue(t, s, &out, "inv("+matrixLiteral(a)+") * "+bs)
		if !ok1 || !ok2 {
			t.Fatalf("solve or inv failed: %s", out.String())
		}
		xs, ys := flatten(x), flatten(y)
		for i := range xs {
			if math.Abs(xs[i]-ys[i]) > 1e-12*math.Max(1, math.Abs(ys[i])) {
				t.Errorf("solve entry %d: %g, inv(A) b gives %g", i, xs[i], ys[i])
			}
		}
		shift := float64(trial%3) * 400 // 0, 400, 800: the last overflows exp
		vs := make([]float64, n)
		for i := range vs {
			vs[i] = shift + 10*rng.NormFloat64()
		}
		vl := matrixLiteral(mat.NewDense(1, n, vs))
		got, ok := jsonValue(t, s, &out, "logsumexp("+vl[1:len(vl)-1]+")")
		if !ok {
			t.Fatalf("logsumexp failed: %s", out.String())
		}
		var want float64
		if shift < 700 {
			sum := 0.0
			for _, v := range vs {
				sum += math.Exp(v)
			}
			want = math.Log(sum)
		} else {
			m := vs[0]
			for _, v := range vs {
				m = math.Max(m, v)
			}
			sum := 0.0
			for _, v := range vs {
				sum += math.Exp(v - m)
			}
			want = m + math.Log(sum)
		}
		if g := flatten(got)[0]; math.Abs(g-want) > 1e-13*math.Max(1, math.Abs(want)) {
			t.Errorf("logsumexp(%v) = %g, want %g", vs, g, want)
		}
	}
}
