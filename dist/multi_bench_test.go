package dist

import (
	"math/rand/v2"
	"testing"
)

func benchMember(b *testing.B, f *MultiFamily, args ...Arg) MultiMember {
	m, err := f.New(args)
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// spdArg is the d×d matrix with 2 on the diagonal and 0.3 beside it.
func spdArg(d int) Arg {
	rows := make([][]float64, d)
	for i := range rows {
		rows[i] = make([]float64, d)
		rows[i][i] = 2
		if i > 0 {
			rows[i][i-1], rows[i-1][i] = 0.3, 0.3
		}
	}
	return matrixArg(rows...)
}

// BenchmarkWishartKL builds the exact closed form of a 16×16 Wishart kl
// (rational determinants and trace).
func BenchmarkWishartKL(b *testing.B) {
	p := benchMember(b, Wishart, scalarArg(20), spdArg(16))
	q := benchMember(b, Wishart, scalarArg(25), matrixArg(identityRows(16)...))
	for i := 0; i < b.N; i++ {
		if _, err := p.KL(q); err != nil {
			b.Fatal(err)
		}
	}
}

func identityRows(d int) [][]float64 {
	rows := make([][]float64, d)
	for i := range rows {
		rows[i] = make([]float64, d)
		rows[i][i] = 1
	}
	return rows
}

// BenchmarkMultinomialEntropyLargeN is the float64 remainder sum for
// n = 10⁹ and three categories.
func BenchmarkMultinomialEntropyLargeN(b *testing.B) {
	m := benchMember(b, Multinomial, scalarArg(1e9), vectorArg(0.2, 0.3, 0.5))
	for i := 0; i < b.N; i++ {
		if _, _, err := m.Entropy(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWishartRand is one 4×4 draw by gonum's Bartlett sampler.
func BenchmarkWishartRand(b *testing.B) {
	m := benchMember(b, Wishart, scalarArg(6), spdArg(4))
	rnd := rand.New(rand.NewPCG(1, 2))
	x := make([]float64, m.Dim())
	for i := 0; i < b.N; i++ {
		m.Rand(x, rnd)
	}
}
