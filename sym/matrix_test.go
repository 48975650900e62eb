package sym

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// randomSymbolicMatrix returns an n×n matrix whose entries are small
// polynomials in the symbols a, b, c, with some exact constants.
func randomSymbolicMatrix(rng *rand.Rand, n int) []Expr {
	syms := []Expr{Symbol("a"), Symbol("b"), Symbol("c")}
	m := make([]Expr, n*n)
	for i := range m {
		switch rng.IntN(4) {
		case 0:
			m[i] = Int(int64(rng.IntN(7) - 3))
		case 1:
			m[i] = syms[rng.IntN(3)]
		case 2:
			m[i] = Add(syms[rng.IntN(3)], Int(int64(rng.IntN(5)-2)))
		default:
			m[i] = Mul(Int(int64(rng.IntN(3)+1)), syms[rng.IntN(3)], syms[rng.IntN(3)])
		}
	}
	return m
}

// atPoint evaluates every entry with the symbols replaced by numbers.
func atPoint(t *testing.T, es []Expr, pt map[string]Expr) []float64 {
	t.Helper()
	out := make([]float64, len(es))
	for i, e := range es {
		v, err := Float64(Subs(e, pt))
		if err != nil {
			t.Fatalf("entry %d = %s at %v: %v", i, Format(e), pt, err)
		}
		out[i] = v
	}
	return out
}

func randomPoint(rng *rand.Rand) map[string]Expr {
	return map[string]Expr{
		"a": Float(rng.Float64()*4 - 2), "b": Float(rng.Float64()*4 - 2), "c": Float(rng.Float64()*4 - 2),
	}
}

func closeRel(x, y, tol float64) bool {
	return math.Abs(x-y) <= tol*math.Max(1, math.Max(math.Abs(x), math.Abs(y)))
}

// TestSymbolicLinearAlgebraAtRandomPoints compares Det, Inverse, Solve,
// MatMul and MatPow of random symbolic matrices up to 4×4, evaluated at
// random points, with gonum's LU-based routines on the evaluated matrix.
func TestSymbolicLinearAlgebraAtRandomPoints(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	checked := 0
	for trial := 0; trial < 40; trial++ {
		n := 1 + trial%4
		a := randomSymbolicMatrix(rng, n)
		b := randomSymbolicMatrix(rng, n)[:n]
		det, err := Det(a, n, nil)
		if err != nil {
			t.Fatal(err)
		}
		inv, invErr := Inverse(a, n, nil)
		x, solveErr := Solve(a, n, b, 1, nil)
		p2, powErr := MatPow(a, n, 2, nil)
		if powErr != nil {
			t.Fatal(powErr)
		}
		if isZero(det) {
			if !errors.Is(invErr, ErrSingular) || !errors.Is(solveErr, ErrSingular) {
				t.Fatalf("det of %v is 0 but Inverse gives %v and Solve %v", a, invErr, solveErr)
			}
			continue
		}
		if invErr != nil || solveErr != nil {
			t.Fatalf("%v: det %s, but Inverse: %v, Solve: %v", a, Format(det), invErr, solveErr)
		}
		for k := 0; k < 3; k++ {
			pt := randomPoint(rng)
			an := mat.NewDense(n, n, atPoint(t, a, pt))
			want := mat.Det(an)
			got := atPoint(t, []Expr{det}, pt)[0]
			if !closeRel(got, want, 1e-9) {
				t.Errorf("det %s at %v = %g, gonum %g", Format(det), pt, got, want)
			}
			var sq mat.Dense
			sq.Mul(an, an)
			for i, v := range atPoint(t, p2, pt) {
				if !closeRel(v, sq.At(i/n, i%n), 1e-9) {
					t.Errorf("A^2 entry %d at %v = %g, gonum %g", i, pt, v, sq.At(i/n, i%n))
				}
			}
			var ai mat.Dense
			if err := ai.Inverse(an); err != nil || math.Abs(want) < 1e-3 {
				continue // too near a singular point to compare
			}
			for i, v := range atPoint(t, inv, pt) {
				if !closeRel(v, ai.At(i/n, i%n), 1e-7) {
					t.Errorf("inverse of %v entry %d at %v = %g, gonum %g", a, i, pt, v, ai.At(i/n, i%n))
				}
			}
			var xs mat.VecDense
			if err := xs.SolveVec(an, mat.NewVecDense(n, atPoint(t, b, pt))); err != nil {
				continue
			}
			for i, v := range atPoint(t, x, pt) {
				if !closeRel(v, xs.AtVec(i), 1e-7) {
					t.Errorf("solve entry %d at %v = %g, gonum %g", i, pt, v, xs.AtVec(i))
				}
			}
			checked++
		}
	}
	if checked < 40 {
		t.Fatalf("only %d comparisons made", checked)
	}
}

func TestSymbolicInverseTwoByTwo(t *testing.T) {
	a, b, c := Symbol("a"), Symbol("b"), Symbol("c")
	inv, err := Inverse([]Expr{a, c, c, b}, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	det := Sub(Mul(a, b), Pow(c, Int(2)))
	want := []Expr{Div(b, det), Div(Neg(c), det), Div(Neg(c), det), Div(a, det)}
	for i := range want {
		if !Check(inv[i], want[i], nil).OK {
			t.Errorf("entry %d = %s, want %s", i, Format(inv[i]), Format(want[i]))
		}
	}
}

func TestSymbolicSingularAndShape(t *testing.T) {
	a, b := Symbol("a"), Symbol("b")
	// Rows proportional only after simplification: (a + b)·row 1 = row 2.
	m := []Expr{a, b, Mul(a, Add(a, b)), Add(Mul(a, b), Pow(b, Int(2)))}
	if d, _ := Det(m, 2, nil); !isZero(d) {
		t.Errorf("det = %s, want 0", Format(d))
	}
	if _, err := Inverse(m, 2, nil); !errors.Is(err, ErrSingular) {
		t.Errorf("Inverse of a singular matrix: %v", err)
	}
	if _, err := MatPow(m, 2, -1, nil); !errors.Is(err, ErrSingular) {
		t.Errorf("negative power of a singular matrix: %v", err)
	}
	// Dependent generators: √a·√a = a, x^(1/3)·x^(2/3) = x.
	for _, dep := range [][]Expr{
		{Pow(a, half), one, a, Pow(a, half)},
		{Pow(b, Rat(big.NewRat(1, 3))), one, b, Pow(b, Rat(big.NewRat(2, 3)))},
	} {
		if d, _ := Det(dep, 2, nil); !isZero(d) {
			t.Errorf("det %v = %s, want 0", dep, Format(d))
		}
		if _, err := Inverse(dep, 2, nil); !errors.Is(err, ErrSingular) {
			t.Errorf("Inverse of %v: %v, want ErrSingular", dep, err)
		}
	}
	if _, err := Det([]Expr{a, b, a}, 2, nil); err == nil {
		t.Error("Det of 3 entries as 2×2: no error")
	}
	id, err := MatPow(m, 2, 0, nil)
	if err != nil || !isExactOne(id[0]) || !isExactZero(id[1]) {
		t.Errorf("A^0 = %v, %v", id, err)
	}
}

func TestCoprimeTest(t *testing.T) {
	x, y, z := Symbol("x"), Symbol("y"), Symbol("z")
	cases := []struct {
		p, q    Expr
		coprime bool
	}{
		{Mul(Add(x, one), Add(y, Int(2))), Sub(x, one), true},
		{Mul(Add(x, one), y), Add(x, one), false},
		{Mul(Add(x, y), Add(x, z)), Mul(Add(x, y), Sub(y, z)), false},
		{Add(Pow(x, Int(2)), Pow(y, Int(2))), Sub(Mul(x, y), Mul(Rat(big.NewRat(1, 3)), z)), true},
		{Mul(x, y), z, true},
	}
	for _, c := range cases {
		ctx := &ratCtx{bud: &polyBudget{left: ratBudget}}
		ctx.collect(c.p)
		ctx.collect(c.q)
		ctx.one = constPoly(len(ctx.gens), big.NewRat(1, 1))
		ctx.vars = make([]poly, len(ctx.gens))
		p, q := ctx.toRF(c.p).num, ctx.toRF(c.q).num
		if got := coprime(p, q); got != c.coprime {
			t.Errorf("coprime(%s, %s) = %v, want %v", Format(c.p), Format(c.q), got, c.coprime)
		}
		if g := polyGCD(p, q, &polyBudget{left: ratBudget}); g.isConst() != c.coprime {
			t.Errorf("gcd(%s, %s) = %s disagrees", Format(c.p), Format(c.q), Format(ctx.polyToExpr(g)))
		}
	}
}

// TestSymbolicPowersOverPolynomials compares MatPow with repeated MatMul
// and with Inverse, for matrices with rational-function entries.
func TestSymbolicPowersOverPolynomials(t *testing.T) {
	a, b, c := Symbol("a"), Symbol("b"), Symbol("c")
	m := []Expr{Div(one, a), b, c, Add(a, Div(b, c))}
	inv, err := Inverse(m, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []int{-3, -1, 0, 1, 2, 5} {
		got, err := MatPow(m, 2, p, nil)
		if err != nil {
			t.Fatal(err)
		}
		base := m
		if p < 0 {
			base = inv
		}
		want := []Expr{one, zero, zero, one}
		for k := 0; k < p || k < -p; k++ {
			want = MatMul(want, 2, 2, base, 2, nil)
		}
		for i := range want {
			if !Check(got[i], want[i], nil).OK {
				t.Errorf("A^%d entry %d: %s, want %s", p, i, Format(got[i]), Format(want[i]))
			}
		}
	}
	if _, err := MatPow(m, 2, 65, nil); err == nil {
		t.Error("A^65: no error")
	}
}

// TestHeapDivisionAgreesWithDivision compares the two exact divisions on
// products of random polynomials, and both refuse a non-divisor.
func TestHeapDivisionAgreesWithDivision(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 9))
	for trial := 0; trial < 30; trial++ {
		m := randomSymbolicMatrix(rng, 3)
		pe, de := Add(m[0], Mul(m[1], m[2]), m[3]), Add(Mul(m[4], m[5]), m[6], Int(1))
		ctx := &ratCtx{bud: &polyBudget{left: ratBudget * 10}}
		ctx.collect(pe)
		ctx.collect(de)
		ctx.one = constPoly(len(ctx.gens), big.NewRat(1, 1))
		ctx.vars = make([]poly, len(ctx.gens))
		p, d := ctx.toRF(pe).num, ctx.toRF(de).num
		if len(d) == 0 {
			continue
		}
		prod := polyMul(p, d, ctx.bud)
		q1, ok1 := polyDivExact(prod, d, ctx.bud)
		q2, ok2 := polyDivExactHeap(prod, d, ctx.bud)
		if !ok1 || !ok2 || !polyEqual(q1, q2) || !polyEqual(q2, p) {
			t.Fatalf("(%s)(%s) / (%s): %v %v, %s vs %s", Format(pe), Format(de), Format(de), ok1, ok2,
				Format(ctx.polyToExpr(q1)), Format(ctx.polyToExpr(q2)))
		}
		if !d.isConst() {
			if _, ok := polyDivExactHeap(polyAdd(prod, ctx.one, ctx.bud), d, ctx.bud); ok {
				t.Errorf("(%s)(%s) + 1 divided by %s: no error", Format(pe), Format(de), Format(de))
			}
		}
	}
}
