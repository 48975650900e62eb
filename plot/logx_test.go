package plot

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestLogTicks(t *testing.T) {
	cases := []struct {
		lo, hi float64
		want   []float64
		labels []string
	}{
		{16384, 100000, []float64{20000, 50000, 100000}, []string{"20000", "50000", "100000"}},
		{16384, 2e6, []float64{20000, 50000, 100000, 200000, 500000, 1e6, 2e6}, []string{"20000", "50000", "100000", "200000", "500000", "1e6", "2e6"}},
		{1000, 1e8, []float64{1000, 1e4, 1e5, 1e6, 1e7, 1e8}, []string{"1000", "10000", "100000", "1e6", "1e7", "1e8"}},
	}
	for _, c := range cases {
		got := LogTicks(c.lo, c.hi, 6)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("LogTicks(%g, %g) = %v, want %v", c.lo, c.hi, got, c.want)
		}
		if l := LogTickLabels(got); !reflect.DeepEqual(l, c.labels) {
			t.Errorf("LogTickLabels(%v) = %q, want %q", got, l, c.labels)
		}
	}
	if LogTicks(0, 10, 6) != nil || LogTicks(-1, 10, 6) != nil {
		t.Error("ticks on a logarithmic axis from a non-positive start")
	}
}

// TestLogXText checks that a log axis places a straight line y = log10 x
// as a straight line: the text rendering's dots rise evenly.
func TestLogXText(t *testing.T) {
	var xs, ys []float64
	for x := 1000.0; x <= 1e6; x *= 1.1 {
		xs, ys = append(xs, x), append(ys, math.Log10(x))
	}
	f := &Figure{XMin: 1000, XMax: 1e6, LogX: true, XLabel: "draws", Series: []Series{{Label: "log10", X: xs, Y: ys}}}
	text := f.Text(60, 16, false)
	for _, label := range []string{"1000", "10000", "100000", "1e6"} {
		if !strings.Contains(text, label) {
			t.Errorf("log axis without the label %s:\n%s", label, text)
		}
	}
	var svg bytes.Buffer
	if err := f.Write(&svg, "svg"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(svg.String(), ">1e6<") {
		t.Errorf("SVG without the tick label 1e6")
	}
	f.XMin = 0
	if err := f.Write(&svg, "svg"); err == nil {
		t.Error("a logarithmic axis from 0 drawn without error")
	}
}

// TestBandSwatch: a series that is a band alone (a ±2 SE band beside its
// estimate) has a shaded swatch in the legend, not a line.
func TestBandSwatch(t *testing.T) {
	xs := []float64{1, 2, 3}
	nan := math.NaN()
	fills := func(ys []float64) int {
		f := &Figure{XMin: 1, XMax: 3, Series: []Series{
			{Label: "estimate", X: xs, Y: []float64{1, 2, 1}},
			{Label: "band", X: xs, Y: ys, Band: &Band{Lo: []float64{0, 1, 0}, Hi: []float64{2, 3, 2}}},
		}}
		var svg bytes.Buffer
		if err := f.Write(&svg, "svg"); err != nil {
			t.Fatal(err)
		}
		return strings.Count(svg.String(), "fill-opacity:0.25")
	}
	if alone, with := fills([]float64{nan, nan, nan}), fills([]float64{1, 2, 1}); alone != 2 || with != 1 {
		t.Errorf("%d shaded polygons for a band alone (want the band and its swatch), %d beside its own curve (want 1)", alone, with)
	}
}
