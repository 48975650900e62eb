package calc

import (
	"fmt"
	"math"
	"math/big"

	"github.com/shopspring/decimal"
	"gonum.org/v1/gonum/mat"

	"statcalc/parser"
	"statcalc/sym"
)

// One rule for results beyond the float64 range: a value that is exact, or
// known to enough digits, is kept as an exact expression and printed in
// decimal (1e+309, 3.094346047e-617); a value that float64 arithmetic lost
// (±Inf, NaN, or 0 from an underflow) is an error naming the overflow. No
// error text is ever printed as a value.

// finite reports whether no entry is ±Inf or NaN.
func finite(xs []float64) bool {
	for _, v := range xs {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return false
		}
	}
	return true
}

// requireRepresentable stops with an error when a value cannot be printed
// as a number: a float64 overflow (±Inf), NaN, or an expression that
// evaluates to neither a float64 nor a decimal.
func (s *Session) requireRepresentable(pos parser.Pos, v Value) {
	switch v := v.(type) {
	case Scalar:
		if err := s.representable(v.E); err != nil {
			errorf(pos, "%v", err)
		}
	case floatValue:
		if err := s.representable(sym.Float(float64(v))); err != nil {
			errorf(pos, "%v", err)
		}
	case *Matrix:
		for i := 0; i < v.Rows*v.Cols; i++ {
			var err error
			if v.IsNumeric() {
				if x := v.Num[i]; math.IsInf(x, 0) || math.IsNaN(x) {
					err = s.representable(sym.Float(x))
				}
			} else {
				err = s.representable(v.Sym[i])
			}
			if err != nil {
				errorf(pos, "entry %s: %v", entryName(v, i), err)
			}
		}
	}
}

// representable returns why a constant expression has no value to print,
// or nil (also for symbolic expressions).
func (s *Session) representable(e sym.Expr) error {
	if f, ok := sym.AsFloat(e); ok {
		switch {
		case math.IsNaN(f):
			return fmt.Errorf("the result is undefined (NaN)")
		case math.IsInf(f, 0):
			return fmt.Errorf("overflow: the result is beyond the float64 range (about ±1.8e+308) and float64 arithmetic kept none of its digits")
		}
		return nil
	}
	if !sym.IsNumber(e) {
		// An expression in symbols holding a float64 that overflowed.
		var bad error
		sym.Walk(e, func(x sym.Expr) bool {
			if f, ok := sym.AsFloat(x); ok && bad == nil {
				bad = s.representable(sym.Float(f))
			}
			return bad == nil
		})
		return bad
	}
	if s.prec > 0 {
		_, err := s.decimal(e, s.prec)
		return err
	}
	if r, ok := sym.AsRat(e); ok && r.Sign() == 0 {
		return nil
	}
	f, ferr := sym.Float64(e)
	if ferr == nil && f != 0 {
		return nil
	}
	// float64 says 0 but the value is not exactly 0: decimal arithmetic
	// either finds its digits or says how close to 0 it is.
	_, err := sym.Decimal(e, s.digits)
	return err
}

// entryName names entry i of a matrix: [2] or [1, 2].
func entryName(m *Matrix, i int) string {
	if m.IsVector {
		return fmt.Sprintf("[%d]", i+1)
	}
	return fmt.Sprintf("[%d, %d]", i/m.Cols+1, i%m.Cols+1)
}

// maxExactProduct bounds the multiplications of a matrix product redone in
// exact arithmetic because the float64 one overflowed.
const maxExactProduct = 1e6

// keptRange reports whether an elementwise float64 result stayed in range:
// finite, and neither zero nor subnormal where its operand was not (an
// underflow that lost digits).
func keptRange(in, out []float64) bool {
	for i, v := range out {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return false
		}
		if in[i] != 0 && math.Abs(v) < 0x1p-1022 {
			return false
		}
	}
	return true
}

// detBeyondFloat is the determinant of a numeric matrix whose float64
// value overflows or underflows, from its LU factorisation PA = LU:
//
//	det A = ±Π uᵢᵢ = ±M·2^E
//
// with the product's mantissa M renormalised (math.Frexp) after each factor
// and its exponent E summed as an integer, so that nothing leaves the range;
// M·2^E is kept as an exact expression and printed through decimal
// arithmetic (det(I(2048)·0.5) = 2^−2048 ≈ 3.094346047e−617, exactly). Its
// relative error is about n·ε·(κ + 1), κ the LU's estimate of the condition
// number; digits beyond it are not printed.
func detBeyondFloat(m *Matrix) Value {
	var lu mat.LU
	lu.Factorize(m.Dense())
	_, sign := lu.LogDet()
	if sign == 0 {
		return Scalar{E: sym.Int(0)}
	}
	var u mat.TriDense
	lu.UTo(&u)
	mant, exp := 1.0, 0
	for i := 0; i < m.Rows; i++ {
		f, e := math.Frexp(math.Abs(u.At(i, i)))
		if f == 0 {
			return Scalar{E: sym.Int(0)}
		}
		mant, exp = mant*f, exp+e
		f, e = math.Frexp(mant)
		mant, exp = f, exp+e
	}
	relErr := epsilon * float64(m.Rows) * (lu.Cond() + 1)
	e := sym.Mul(sym.Rat(new(big.Rat).SetFloat64(sign*mant)), sym.Pow(sym.Int(2), sym.Int(int64(exp))))
	return Scalar{E: e, RelErr: relErr}
}

// scaledNumeric writes a matrix of numbers some of which lie beyond the
// float64 range (1e309, 1e-400) as A = D B, D = diag(10^kᵢ) and B numeric
// with the largest entry of each row near 1, so that numeric linear algebra
// applies to B: det A = 10^(Σkᵢ) det B and A⁻¹ = B⁻¹ D⁻¹. It reports false
// for a matrix float64 holds, or one with symbols, and stops with an error
// when a row spans more than float64 can hold at once.
func scaledNumeric(pos parser.Pos, m *Matrix) (*Matrix, []int, bool) {
	if m.IsNumeric() {
		return nil, nil, false
	}
	decs := make([]decimal.Decimal, len(m.Sym))
	beyond := false
	for i, e := range m.Sym {
		if !sym.IsNumber(e) {
			return nil, nil, false
		}
		d, err := sym.Decimal(e, 17)
		if err != nil {
			return nil, nil, false
		}
		decs[i] = d
		if f, _ := d.Float64(); !d.IsZero() && (math.IsInf(f, 0) || math.Abs(f) < 0x1p-1022) {
			beyond = true
		}
	}
	if !beyond || m.IsVector {
		return nil, nil, false
	}
	b := &Matrix{Rows: m.Rows, Cols: m.Cols, Num: make([]float64, len(decs))}
	exps := make([]int, m.Rows)
	for i := 0; i < m.Rows; i++ {
		row := decs[i*m.Cols : (i+1)*m.Cols]
		big := row[argMaxAbs(row)]
		if big.IsZero() {
			continue
		}
		exps[i] = big.NumDigits() + int(big.Exponent()) - 1
		for j, d := range row {
			x, _ := d.Shift(int32(-exps[i])).Float64()
			if !d.IsZero() && math.Abs(x) < 0x1p-1032 {
				// Subnormal below 2^-1032 keeps fewer than 13 digits.
				errorf(pos, "row %d spans more than float64 can hold at once (%s beside %s); numeric linear algebra cannot keep both",
					i+1, decimalText(roundSigText(d), 4), decimalText(roundSigText(big), 4))
			}
			b.Num[i*m.Cols+j] = x
		}
	}
	return b, exps, true
}

func roundSigText(d decimal.Decimal) string {
	return d.Round(int32(4 - (d.NumDigits() + int(d.Exponent())))).String()
}

func argMaxAbs(ds []decimal.Decimal) int {
	best := 0
	for i, d := range ds {
		if d.Abs().GreaterThan(ds[best].Abs()) {
			best = i
		}
	}
	return best
}

// extremeScale returns k with 2^k near the largest |entry| when that lies
// so far from 1 (beyond 2^±900) that results may leave the float64 range.
func extremeScale(xs []float64) (int, bool) {
	big := 0.0
	for _, v := range xs {
		big = math.Max(big, math.Abs(v))
	}
	if big == 0 || math.IsInf(big, 0) || math.IsNaN(big) {
		return 0, false
	}
	k := math.Ilogb(big)
	return k, k > 900 || k < -900
}

// scaleUp multiplies a numeric vector or matrix by 2^k, keeping entries
// that leave the float64 range as exact values.
func scaleUp(m *Matrix, k int) *Matrix {
	out := &Matrix{Rows: m.Rows, Cols: m.Cols, IsVector: m.IsVector, Num: make([]float64, len(m.Num))}
	for i, v := range m.Num {
		out.Num[i] = math.Ldexp(v, k)
	}
	if keptRange(m.Num, out.Num) {
		return out
	}
	out.Num, out.Sym = nil, make([]sym.Expr, len(m.Num))
	for i, v := range m.Num {
		out.Sym[i] = sym.Mul(exactFloat(v), sym.Pow(sym.Int(2), sym.Int(int64(k))))
	}
	return out
}
