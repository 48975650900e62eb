package parser

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// dump writes every field of v, following pointers and interfaces, with a
// Numbers literal written as its List: two parses agree when their dumps
// do, positions included.
func dump(b *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		if n, ok := v.Interface().(*Numbers); ok {
			dump(b, reflect.ValueOf(n.List()))
			return
		}
		dump(b, v.Elem())
	case reflect.Struct:
		b.WriteString(v.Type().Name() + "{")
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				b.WriteString(v.Type().Field(i).Name + ":")
				dump(b, v.Field(i))
				b.WriteByte(' ')
			}
		}
		b.WriteByte('}')
	case reflect.Slice:
		b.WriteByte('[')
		for i := range v.Len() {
			dump(b, v.Index(i))
			b.WriteByte(',')
		}
		b.WriteByte(']')
	default:
		fmt.Fprintf(b, "%#v", v.Interface())
	}
}

func dumpStatements(stmts []Statement) string {
	var b strings.Builder
	dump(&b, reflect.ValueOf(stmts))
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
		dense, plain := ParseAt(src, 3), parseAt(src, 3, false)
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
		entries            []string
		line, col, endLine int
	}{
		{"v = [1, -2.5e3]", 2, 1, false, []string{"1", "-2.5e3"}, 1, 5, 1},
		{"S = [[1, 2],\n     [-3, .5]]", 2, 2, true, []string{"1", "2", "-3", ".5"}, 1, 5, 2},
		{"f(x, [ 7 ])", 1, 1, false, []string{"7"}, 1, 6, 1},
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
		var got []string
		for i := range n.Len() {
			text, neg := n.Entry(i)
			if neg {
				text = "-" + text
			}
			got = append(got, text)
		}
		if !reflect.DeepEqual(got, tt.entries) {
			t.Errorf("%q: entries %q, want %q", tt.src, got, tt.entries)
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
		dense, plain := Parse(src), parseAt(src, 1, false)
		if d, p := dumpStatements(dense), dumpStatements(plain); d != p {
			t.Errorf("%q:\nwhole:   %s\ntokens:  %s", src, d, p)
		}
	})
}
