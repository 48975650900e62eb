package dist

import (
	"math/big"
)

// ratSPD is a symmetric positive definite matrix held exactly, with the
// pivots of its Gaussian elimination (its LDLᵀ factorisation's D): their
// product is the determinant, and all are positive exactly when the matrix
// is positive definite (Sylvester's criterion, the k-th pivot being the
// ratio of the k-th and (k−1)-th leading minors).
type ratSPD struct {
	a   [][]*big.Rat
	det *big.Rat
}

// newRatSPD factorises a; when a is not positive definite it returns nil
// and the order k of the first leading minor that is not positive.
func newRatSPD(a [][]*big.Rat) (*ratSPD, int) {
	d := len(a)
	w := copyRat(a)
	det := big.NewRat(1, 1)
	for k := 0; k < d; k++ {
		if w[k][k].Sign() <= 0 {
			return nil, k + 1
		}
		det.Mul(det, w[k][k])
		for i := k + 1; i < d; i++ {
			if w[i][k].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Quo(w[i][k], w[k][k])
			for j := k; j < d; j++ {
				w[i][j].Sub(w[i][j], new(big.Rat).Mul(f, w[k][j]))
			}
		}
	}
	return &ratSPD{a: a, det: det}, 0
}

// leadingMinor returns the determinant of the leading k×k block of a.
func leadingMinor(a [][]*big.Rat, k int) *big.Rat {
	w := make([][]*big.Rat, k)
	for i := range w {
		w[i] = a[i][:k]
	}
	return ratDet(w)
}

// ratDet is the determinant of a by Gaussian elimination with row pivoting
// on the first non-zero entry.
func ratDet(a [][]*big.Rat) *big.Rat {
	w := copyRat(a)
	d := len(w)
	det := big.NewRat(1, 1)
	for k := 0; k < d; k++ {
		p := k
		for p < d && w[p][k].Sign() == 0 {
			p++
		}
		if p == d {
			return new(big.Rat)
		}
		if p != k {
			w[p], w[k] = w[k], w[p]
			det.Neg(det)
		}
		det.Mul(det, w[k][k])
		for i := k + 1; i < d; i++ {
			f := new(big.Rat).Quo(w[i][k], w[k][k])
			for j := k; j < d; j++ {
				w[i][j].Sub(w[i][j], new(big.Rat).Mul(f, w[k][j]))
			}
		}
	}
	return det
}

func copyRat(a [][]*big.Rat) [][]*big.Rat {
	w := make([][]*big.Rat, len(a))
	for i, row := range a {
		w[i] = make([]*big.Rat, len(row))
		for j, v := range row {
			w[i][j] = new(big.Rat).Set(v)
		}
	}
	return w
}

// dim returns d.
func (m *ratSPD) dim() int { return len(m.a) }

// solve returns A⁻¹B exactly (Gauss–Jordan elimination; A positive definite
// needs no pivoting).
func (m *ratSPD) solve(b [][]*big.Rat) [][]*big.Rat {
	d := m.dim()
	w := copyRat(m.a)
	x := copyRat(b)
	for k := 0; k < d; k++ {
		inv := new(big.Rat).Inv(w[k][k])
		for j := k; j < d; j++ {
			w[k][j].Mul(w[k][j], inv)
		}
		for j := range x[k] {
			x[k][j].Mul(x[k][j], inv)
		}
		for i := 0; i < d; i++ {
			if i == k || w[i][k].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Set(w[i][k])
			for j := k; j < d; j++ {
				w[i][j].Sub(w[i][j], new(big.Rat).Mul(f, w[k][j]))
			}
			for j := range x[i] {
				x[i][j].Sub(x[i][j], new(big.Rat).Mul(f, x[k][j]))
			}
		}
	}
	return x
}

// traceSolve returns tr(A⁻¹B).
func (m *ratSPD) traceSolve(b *ratSPD) *big.Rat {
	x := m.solve(b.a)
	t := new(big.Rat)
	for i := range x {
		t.Add(t, x[i][i])
	}
	return t
}

// inverse returns A⁻¹, positive definite too.
func (m *ratSPD) inverse() *ratSPD {
	d := m.dim()
	id := make([][]*big.Rat, d)
	for i := range id {
		id[i] = make([]*big.Rat, d)
		for j := range id[i] {
			id[i][j] = new(big.Rat)
		}
		id[i][i].SetInt64(1)
	}
	inv := m.solve(id)
	// Exact arithmetic keeps the inverse symmetric.
	return &ratSPD{a: inv, det: new(big.Rat).Inv(m.det)}
}
