package sym

import "testing"

// TestAssumePositiveRestrictsCheck checks an identity that holds only
// where a b − c² > 0: refuted without the fact, proved with it, and
// refuted again once a symbol of the fact is forgotten.
func TestAssumePositiveRestrictsCheck(t *testing.T) {
	a, b, c := Symbol("a"), Symbol("b"), Symbol("c")
	minor := Sub(Mul(a, b), Pow(c, Int(2)))
	lhs, err := Call("abs", minor)
	if err != nil {
		t.Fatal(err)
	}
	rhs := minor

	as := NewAssumptions()
	if r := Check(lhs, rhs, as); r.OK {
		t.Fatalf("without the fact, |a b − c²| = a b − c² should be refuted: %+v", r)
	}
	as.AssumePositive(minor)
	as.AssumePositive(minor) // recorded once
	if len(as.positive) != 1 {
		t.Errorf("the fact is recorded %d times", len(as.positive))
	}
	if r := Check(lhs, rhs, as); !r.OK {
		t.Fatalf("with a b − c² > 0 the identity holds: %+v", r)
	}
	// A point must satisfy the fact: a b − c² at each admitted point.
	if as.admits(map[string]Expr{"a": Int(1), "b": Int(1), "c": Int(2)}) {
		t.Error("a = b = 1, c = 2 violates a b − c² > 0 but is admitted")
	}
	if !as.admits(map[string]Expr{"a": Int(2), "b": Int(1), "c": Int(1)}) {
		t.Error("a = 2, b = c = 1 satisfies a b − c² > 0 but is refused")
	}
	clone := as.Clone()
	as.Forget("c")
	if r := Check(lhs, rhs, as); r.OK {
		t.Fatalf("after forgetting c the identity should be refuted again: %+v", r)
	}
	if r := Check(lhs, rhs, clone); !r.OK {
		t.Fatalf("a clone keeps the fact: %+v", r)
	}
}
