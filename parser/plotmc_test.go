package parser

import "testing"

// TestPlotMC checks `plot mc X opts` against `plot(…)`, which stays a call,
// and `plot` as a plain name.
func TestPlotMC(t *testing.T) {
	stmts := Parse(`plot mc kl(p, q) n=50000 seed=3 file="c.svg"`)
	if len(stmts) != 1 || stmts[0].Err != nil {
		t.Fatalf("got %+v", stmts)
	}
	s, ok := stmts[0].Stmt.(*MCStmt)
	if !ok || !s.Plot || s.X.String() != "kl(p, q)" || len(s.Opts) != 3 || s.Opts[2].Name != "file" {
		t.Fatalf("plot mc: got %#v", stmts[0].Stmt)
	}
	if s.Pos.Col != 1 || s.X.Position().Col != 9 {
		t.Errorf("positions: statement %v, expression %v", s.Pos, s.X.Position())
	}
	if got := s.String(); got != `plot mc kl(p, q) n=50000 seed=3 file="c.svg"` {
		t.Errorf("String() = %q", got)
	}
	if m, ok := Parse("mc kl(p, q)")[0].Stmt.(*MCStmt); !ok || m.Plot {
		t.Errorf("mc: got %#v", m)
	}
	for _, src := range []string{"plot(N(0, 1))", "plot", "plot + 1", "plot = 2"} {
		st := Parse(src)
		if len(st) != 1 || st[0].Err != nil {
			t.Fatalf("Parse(%q) = %+v", src, st)
		}
		if _, isMC := st[0].Stmt.(*MCStmt); isMC {
			t.Errorf("Parse(%q) is an mc statement", src)
		}
	}
}
