package sym

import (
	"fmt"
	"math"
	"testing"
	"time"

	"statcalc/stop"
)

// nestedExpLog returns gₙ with g₀ = x and gₖ₊₁ = exp(gₖ) + log(gₖ): n + 1
// distinct nodes, 2ⁿ paths from the root to x.
func nestedExpLog(n int) Expr {
	g := Symbol("x")
	for i := 0; i < n; i++ {
		g = Add(fn("exp", g), fn("log", g))
	}
	return g
}

// withBudget runs f with a time budget, failing the test instead of
// hanging when the work grows exponentially.
func withBudget(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	var flag stop.Flag
	flag.SetBudget(d)
	release := stop.Arm(&flag)
	defer release()
	defer func() {
		if r := recover(); r != nil {
			if s, ok := r.(*stop.Stopped); ok {
				t.Fatalf("%v: the work grows with the paths of the expression, not its nodes", s)
			}
			panic(r)
		}
	}()
	f()
}

// The derivative of gₙ differentiates each distinct node once.
func TestDiffVisitsEachNodeOnce(t *testing.T) {
	for _, n := range []int{4, 12, 24} {
		d := newDifferentiator("x")
		d.diff(nestedExpLog(n))
		// gₖ, exp(gₖ), log(gₖ), x and the constant e: 3n + 2 nodes.
		if got, want := len(d.memo), 3*n+2; got != want {
			t.Errorf("n = %d: %d nodes differentiated, want %d", n, got, want)
		}
	}
}

// Against the chain rule applied by hand: gₖ₊₁′ = (exp(gₖ) + 1/gₖ) gₖ′.
func TestDiffSharedMatchesChainRule(t *testing.T) {
	for _, x := range []float64{0.3, 0.7, 1.1} {
		g, dg := x, 1.0
		const n = 3
		for i := 0; i < n; i++ {
			g, dg = math.Exp(g)+math.Log(g), (math.Exp(g)+1/g)*dg
		}
		e := nestedExpLog(n)
		for _, form := range []Expr{Diff(e, "x"), Simplify(Diff(e, "x"), NewAssumptions())} {
			got, err := Float64(Subs(form, map[string]Expr{"x": Float(x)}))
			if err != nil || math.Abs(got-dg) > 1e-12*math.Abs(dg) {
				t.Errorf("x = %v: d/dx g₃ = %v (%v), want %v", x, got, err, dg)
			}
		}
	}
}

// Differentiating, simplifying and substituting into g₁₄ (2¹⁴ paths)
// take well under a second; before memoisation the substitution and its
// simplification took minutes.
func TestSharedExpressionsStayCheap(t *testing.T) {
	withBudget(t, 20*time.Second, func() {
		d := Simplify(Diff(nestedExpLog(14), "x"), NewAssumptions())
		v := Simplify(Subs(d, map[string]Expr{"x": Div(Int(1), Int(2))}), NewAssumptions())
		if !IsNumber(v) {
			t.Errorf("subs(d, x = 1/2) is not a number: %.60s…", Format(v))
		}
	})
}

// Check ends a long simplification when the armed flag is interrupted.
func TestSimplifyStopsWhenInterrupted(t *testing.T) {
	var flag stop.Flag
	flag.Interrupt()
	release := stop.Arm(&flag)
	defer release()
	defer func() {
		if _, ok := recover().(*stop.Stopped); !ok {
			t.Fatal("Simplify ran to the end although interrupted")
		}
	}()
	Simplify(Diff(nestedExpLog(8), "x"), NewAssumptions())
}

// Forty levels: 2⁴⁰ paths through 121 nodes. Every operation works on the
// distinct nodes; Format describes the expression instead of writing
// terabytes.
func TestDeeplySharedExpressions(t *testing.T) {
	withBudget(t, 20*time.Second, func() {
		g := nestedExpLog(40)
		if IsNumber(g) || !hasSymbol(g, "x") || len(FreeSymbols(g)) != 1 {
			t.Error("the symbol x was not found")
		}
		d := Simplify(Diff(g, "x"), NewAssumptions())
		v := Subs(d, map[string]Expr{"x": Div(Int(1), Int(2))})
		if !IsNumber(v) {
			t.Error("subs(d, x = 1/2) is not a number")
		}
		if _, err := Float64(v); err == nil {
			t.Error("g′(1/2) at 40 levels should overflow float64")
		}
		want := fmt.Sprintf("(an expression of %d nodes)", g.size())
		if got := Format(g); got != want || LaTeX(g) != want || FormatDigits(g, 5) != want {
			t.Errorf("Format = %.80q, want %q", got, want)
		}
	})
}

// Float64 evaluates each shared node once: g₃₀ below has 2³⁰ paths.
func TestFloat64EvaluatesSharedNodesOnce(t *testing.T) {
	withBudget(t, 20*time.Second, func() {
		// gₖ₊₁ = log(1 + gₖ) + log(2 + gₖ), g₀ = x, against the same
		// recurrence in float64.
		g, want := Symbol("x"), 1.0
		for i := 0; i < 30; i++ {
			g = Add(fn("log", Add(Int(1), g)), fn("log", Add(Int(2), g)))
			want = math.Log(1+want) + math.Log(2+want)
		}
		got, err := Float64(Subs(g, map[string]Expr{"x": Int(1)}))
		if err != nil || math.Abs(got-want) > 1e-13*want {
			t.Errorf("g₃₀(1) = %v (%v), want %v", got, err, want)
		}
	})
}
