package plot

import (
	"encoding/binary"
	"io"
	"math"
	"strings"
	"testing"
)

// FuzzFigure draws figures of arbitrary numbers (NaN, ±Inf, huge,
// subnormal) in text and SVG: nothing may panic, and the text keeps to
// its size.
func FuzzFigure(f *testing.F) {
	seed := func(vs ...float64) []byte {
		b := make([]byte, 8*len(vs))
		for i, v := range vs {
			binary.LittleEndian.PutUint64(b[8*i:], math.Float64bits(v))
		}
		return b
	}
	f.Add(seed(0, 1, 0.5, 0.25, 1, 1), uint8(40), uint8(10), false)
	f.Add(seed(-1e300, 1e300, math.NaN(), math.Inf(1), 1e-320, -5), uint8(200), uint8(3), true)
	f.Add(seed(1, 2, 1, 1, 1, 1, 1, 1, 1), uint8(0), uint8(0), true)
	f.Fuzz(func(t *testing.T, data []byte, width, height uint8, stems bool) {
		var vs []float64
		for len(data) >= 8 && len(vs) < 64 {
			vs = append(vs, math.Float64frombits(binary.LittleEndian.Uint64(data)))
			data = data[8:]
		}
		if len(vs) < 3 {
			return
		}
		fig := &Figure{XMin: vs[0], XMax: vs[1], Refs: []RefLine{{Y: vs[2], Label: "ref"}}}
		s := Series{Label: "s", Band: &Band{}}
		for i := 3; i+1 < len(vs); i += 2 {
			s.X, s.Y = append(s.X, vs[i]), append(s.Y, vs[i+1])
			s.Band.Lo, s.Band.Hi = append(s.Band.Lo, vs[i+1]-1), append(s.Band.Hi, vs[i+1]+1)
		}
		if stems {
			s.Style = Stems
		}
		fig.Series = []Series{s, {Label: "t", X: s.X, Y: s.Y}}
		w, h := int(width), int(height)%60
		text := fig.Text(w, h, stems)
		if n := len(strings.Split(text, "\n")); n > max(h, MinTextHeight)+len(fig.Series)+len(fig.Refs) {
			t.Errorf("%d lines for a height of %d", n, h)
		}
		if err := fig.Write(io.Discard, "svg"); err != nil && !strings.Contains(err.Error(), "cannot draw the range") {
			t.Error(err)
		}
	})
}
