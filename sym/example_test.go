package sym_test

import (
	"fmt"

	"statcalc/sym"
)

// The KL divergence of two normals, KL(N(m1, s1²) ‖ N(m2, s2²)), derived
// as a Bregman divergence of the log-partition function would come out
// unsimplified; Simplify brings it to the textbook form.
func ExampleSimplify() {
	m1, m2, s1, s2 := sym.Symbol("m1"), sym.Symbol("m2"), sym.Symbol("s1"), sym.Symbol("s2")
	sq := func(e sym.Expr) sym.Expr { return sym.Pow(e, sym.Int(2)) }
	log := func(e sym.Expr) sym.Expr { r, _ := sym.Call("log", e); return r }
	kl := sym.Add(
		sym.Div(log(sq(s2)), sym.Int(2)),
		sym.Neg(sym.Div(log(sq(s1)), sym.Int(2))),
		sym.Div(sq(s1), sym.Mul(sym.Int(2), sq(s2))),
		sym.Div(sq(sym.Sub(m1, m2)), sym.Mul(sym.Int(2), sq(s2))),
		sym.Neg(sym.Div(sym.Int(1), sym.Int(2))))
	a := sym.NewAssumptions()
	a.Assume("s1", sym.Positive)
	a.Assume("s2", sym.Positive)
	s := sym.Simplify(kl, a)
	fmt.Println(s)
	fmt.Println(sym.LaTeX(s))
	// Output:
	// log(s2/s1) + (s1^2 + (m1 - m2)^2)/(2 s2^2) - 1/2
	// \log\left(\frac{s_2}{s_1}\right) + \frac{s_1^{2} + (m_1 - m_2)^{2}}{2 s_2^{2}} - \frac{1}{2}
}

// Decimal keeps its digits where float64 arithmetic cancels them all.
func ExampleDecimal() {
	tiny, _ := sym.ParseNumber("1e-30")
	log, _ := sym.Call("log", sym.Add(sym.Int(1), tiny))
	e := sym.Sub(log, tiny)
	f, _ := sym.Float64(e)
	d, _ := sym.Decimal(e, 40)
	fmt.Println(f)
	fmt.Println(d.String())
	// Output:
	// -1e-30
	// -0.0000000000000000000000000000000000000000000000000000000000004999999999999999999999999999996666666667
}

func ExampleCheck() {
	a := sym.Symbol("a")
	digamma := func(e sym.Expr) sym.Expr { r, _ := sym.Call("digamma", e); return r }
	r := sym.Check(digamma(sym.Add(a, sym.Int(1))), sym.Add(digamma(a), sym.Div(sym.Int(1), a)), nil)
	fmt.Println(r.OK, r.Method)
	x := sym.Symbol("x")
	r = sym.Check(sym.Pow(sym.Add(x, sym.Int(1)), sym.Int(2)), sym.Add(sym.Pow(x, sym.Int(2)), sym.Int(1)), nil)
	fmt.Println(r.OK, r.Method, r.Counterexample)
	// Output:
	// true symbolic
	// false numeric map[x:0.628]
}
