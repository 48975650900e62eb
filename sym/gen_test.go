package sym

import (
	"math/big"
	"math/rand/v2"
)

// exprGen builds pseudo-random expressions for property tests, fuzzing and
// benchmarks, drawing its choices from a byte source or a seeded PRNG.
type exprGen struct {
	next   func() byte
	nodes  int // nodes left to spend
	floats bool
	consts bool // no symbols: constant expressions only
}

func genFromBytes(data []byte, maxNodes int) *exprGen {
	i := 0
	return &exprGen{nodes: maxNodes, next: func() byte {
		if i >= len(data) {
			return 0
		}
		i++
		return data[i-1]
	}}
}

func genFromSeed(seed uint64, maxNodes int) *exprGen {
	r := rand.New(rand.NewPCG(seed, 7))
	return &exprGen{nodes: maxNodes, next: func() byte { return byte(r.Uint32()) }}
}

var genSymbols = []string{"x", "y", "z", "a", "b"}

func (g *exprGen) leaf() Expr {
	b := g.next()
	switch b % 8 {
	case 0, 1, 2, 3:
		if g.consts {
			return Rat(big.NewRat(int64(b/8)%13-4, int64(b/64)%3+1))
		}
		return Symbol(genSymbols[int(b/8)%len(genSymbols)])
	case 4:
		return Int(int64(b/8)%7 - 3)
	case 5:
		return Rat(big.NewRat(int64(b/8)%9+1, int64(b/32)%4+2))
	case 6:
		if g.floats {
			return Float(float64(b) / 37)
		}
		return Int(int64(b/8)%4 + 1)
	}
	if b&16 != 0 {
		return Pi
	}
	return E
}

// expr returns a tree of at most about g.nodes nodes.
func (g *exprGen) expr() Expr {
	g.nodes--
	if g.nodes <= 0 {
		return g.leaf()
	}
	b := g.next()
	switch b % 16 {
	case 0, 1, 2:
		return g.leaf()
	case 3, 4:
		return Add(g.expr(), g.expr())
	case 5:
		return Sub(g.expr(), g.expr())
	case 6, 7:
		return Mul(g.expr(), g.expr())
	case 8:
		return Div(g.expr(), g.expr())
	case 9:
		return Pow(g.expr(), Int(int64(b/16)%5-1))
	case 10:
		return Pow(g.expr(), half)
	case 11:
		return fn("log", g.expr())
	case 12:
		return fn("exp", g.expr())
	case 13:
		return fn("abs", g.expr())
	case 14:
		names := []string{"lgamma", "digamma", "trigamma"}
		return fn(names[int(b/16)%3], g.expr())
	}
	return Neg(g.expr())
}

// sizedExpr returns a random sum of terms with about n nodes.
func sizedExpr(seed uint64, n int) Expr {
	var terms []Expr
	total := 0
	for i := uint64(0); total < n; i++ {
		t := genFromSeed(seed+i, 12).expr()
		undefined := false
		Walk(t, func(x Expr) bool {
			undefined = undefined || isUndefined(x)
			return !undefined
		})
		if undefined {
			continue // 1/0 would absorb the whole sum
		}
		terms = append(terms, t)
		total += t.size()
	}
	return Add(terms...)
}
