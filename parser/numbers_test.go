package parser

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// dump writes every field of v, following pointers and interfaces, with
// each literal of plain numbers written by its values (dumpNumbers): two
// parses agree when their dumps do, positions included. inList is set for
// the elements of a list, where a literal is not read whole.
func dump(b *strings.Builder, v reflect.Value, inList bool) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		if n, ok := v.Interface().(*Numbers); ok {
			dumpNumbers(b, n)
			return
		}
		if l, ok := v.Interface().(*List); ok && !inList {
			if n, ok := numbersOf(l); ok {
				dumpNumbers(b, n)
				return
			}
		}
		dump(b, v.Elem(), inList)
	case reflect.Struct:
		b.WriteString(v.Type().Name() + "{")
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				b.WriteString(v.Type().Field(i).Name + ":")
				dump(b, v.Field(i), v.Type().Name() == "List")
				b.WriteByte(' ')
			}
		}
		b.WriteByte('}')
	case reflect.Slice:
		b.WriteByte('[')
		for i := range v.Len() {
			dump(b, v.Index(i), inList)
			b.WriteByte(',')
		}
		b.WriteByte(']')
	default:
		fmt.Fprintf(b, "%#v", v.Interface())
	}
}

func dumpNumbers(b *strings.Builder, n *Numbers) {
	fmt.Fprintf(b, "Numbers{%v %d×%d matrix %v %v}", n.Pos, n.Rows, n.Cols, n.Matrix, n.Values)
}

// numbersOf returns l as a literal of plain numbers when it is one: a
// non-empty vector of signed plain number literals, or a rectangular
// matrix of them.
func numbersOf(l *List) (*Numbers, bool) {
	n := &Numbers{Pos: l.Pos, Rows: len(l.Elems), Cols: 1}
	if len(l.Elems) == 0 {
		return nil, false
	}
	if _, n.Matrix = l.Elems[0].(*List); !n.Matrix {
		return n, entriesOf(l, n)
	}
	for i, e := range l.Elems {
		row, ok := e.(*List)
		if !ok || len(row.Elems) == 0 || i > 0 && len(row.Elems) != n.Cols || !entriesOf(row, n) {
			return nil, false
		}
		n.Cols = len(row.Elems)
	}
	return n, true
}

// entriesOf appends the values of l's elements to n and reports whether
// each is a signed plain number literal.
func entriesOf(l *List, n *Numbers) bool {
	for _, e := range l.Elems {
		sign := 1.0
		if u, ok := e.(*Unary); ok && u.Op == Minus {
			e, sign = u.X, -1
		}
		lit, ok := e.(*NumberLit)
		if !ok {
			return false
		}
		f, ok := PlainFloat(lit.Text)
		if !ok {
			return false
		}
		n.Values = append(n.Values, sign*f)
	}
	return true
}

func dumpStatements(stmts []Statement) string {
	var b strings.Builder
	dump(&b, reflect.ValueOf(stmts), false)
	return b.String()
}

var numbersCases = []string{
	"x = [1, -2.5, 3e4, .5, 1., 2E-3]\n",
	"A = [[1, 2],\n     [3, 4]]\ny = A[2, 1]\n",
	"N([0, 0], [[1, 0.5], [0.5, 2]]) + [1,2] [3]\n",
	"[[1, 2], [3]]\n",
	"[[1, 2], [x, 3]]\n",
	"[1, 2e]\n",
	"[1, 2,]\n",
	"[1 2]\n",
	"v[1]; v [1, 2]; (v)[1]; [1, 2][1]\n",
	"[[1, 2],\n [3, 4]] x\n[1, -2] == [3, - 4]\n",
	"[1, # comment\n 2]\n",
	"[]\n[[]]\n[[1], []]\n",
	"[[[1]]]\n",
	"f([1,\n2], [[1,\n2]], 3\n",
	"[1, 2\n",
	"[1.2.3, 4]\n",
	"[--1, +2]\n",
	"x = 2[1, 2]\n",
	"\"s\"[1]\n",
	"é = [1, 2]; [3]\n",
	"([\n0]00",
}

func TestNumbersAgreeWithList(t *testing.T) {
	for _, src := range numbersCases {
		dense, plain := ParseAt(src, 3), parseAt(src, 3, false, false)
		if d, p := dumpStatements(dense), dumpStatements(plain); d != p {
			t.Errorf("%q:\nwhole:   %s\ntokens:  %s", src, d, p)
		}
	}
}

func TestNumbersRead(t *testing.T) {
	tests := []struct {
		src                string
		rows, cols         int
		matrix             bool
		entries            []float64
		line, col, endLine int
	}{
		{"v = [1, -2.5e3]", 2, 1, false, []float64{1, -2500}, 1, 5, 1},
		{"S = [[1, 2],\n     [-3, .5]]", 2, 2, true, []float64{1, 2, -3, 0.5}, 1, 5, 2},
		{"f(x, [ 7 ])", 1, 1, false, []float64{7}, 1, 6, 1},
		{"[0.1, 1e-3, 12345678901234567e-16]", 3, 1, false, []float64{0.1, 0.001, 1.2345678901234567}, 1, 1, 1},
	}
	for _, tt := range tests {
		l := newLexer(tt.src, 1, true)
		if len(l.numbers) != 1 {
			t.Fatalf("%q: %d literals read whole, want 1", tt.src, len(l.numbers))
		}
		n := l.numbers[0].n
		if n.Rows != tt.rows || n.Cols != tt.cols || n.Matrix != tt.matrix || n.Line != tt.line || n.Col != tt.col {
			t.Errorf("%q: got %d×%d matrix %v at %v", tt.src, n.Rows, n.Cols, n.Matrix, n.Pos)
		}
		if !reflect.DeepEqual(n.Values, tt.entries) {
			t.Errorf("%q: entries %v, want %v", tt.src, n.Values, tt.entries)
		}
		if eof := l.tokens[len(l.tokens)-1]; eof.Pos.Line != tt.endLine {
			t.Errorf("%q: ends on line %d, want %d", tt.src, eof.Pos.Line, tt.endLine)
		}
	}
}

func FuzzNumbers(f *testing.F) {
	for _, src := range numbersCases {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 2000 {
			return
		}
		dense, plain := Parse(src), parseAt(src, 1, false, false)
		if d, p := dumpStatements(dense), dumpStatements(plain); d != p {
			t.Errorf("%q:\nwhole:   %s\ntokens:  %s", src, d, p)
		}
	})
}

// TestParseDetached checks that ParseDetached gives the statements
// ParseAt gives, with no string that points into the source: a large
// source can then be let go once parsed.
func TestParseDetached(t *testing.T) {
	long := "p = N([1, 2], [[1, 0], [0, 1]]) + f(\"s\", k=x) " + strings.Repeat("+ 1 ", maxDetachedText/4) + "\n"
	for _, src := range append(numbersCases, long, ":digits 5; y = [x, 1] # c\n") {
		attached, detached := ParseAt(src, 3), ParseDetached(src, 3)
		if len(attached) != len(detached) {
			t.Fatalf("%q: %d statements, detached %d", src, len(attached), len(detached))
		}
		for i := range attached {
			want := attached[i].Text
			if len(want) > maxDetachedText {
				want = ""
			}
			if detached[i].Text != want {
				t.Errorf("%q: statement %d has text %q detached, want %q", src, i, detached[i].Text, want)
			}
			attached[i].Text, detached[i].Text = "", ""
		}
		if a, d := dumpStatements(attached), dumpStatements(detached); a != d {
			t.Errorf("%q:\nattached: %s\ndetached: %s", src, a, d)
		}
		lo := uintptr(unsafe.Pointer(unsafe.StringData(src)))
		hi := lo + uintptr(len(src))
		eachString(reflect.ValueOf(detached), func(s string) {
			if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); len(s) > 0 && lo <= p && p < hi {
				t.Errorf("%q: %q points into the source", src, s)
			}
		})
	}
}

// eachString calls f with every string reachable from v.
func eachString(v reflect.Value, f func(string)) {
	switch v.Kind() {
	case reflect.String:
		f(v.String())
	case reflect.Interface, reflect.Pointer:
		if !v.IsNil() {
			eachString(v.Elem(), f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				eachString(v.Field(i), f)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			eachString(v.Index(i), f)
		}
	}
}
