// Package plot draws statcalc's pictures: curves, probability mass
// functions as stems, shaded bands and horizontal reference lines on one
// pair of axes. A Figure is rendered to SVG, PNG or PDF through
// gonum.org/v1/plot, or to text in Unicode braille characters for a
// terminal. The package knows no distribution: its callers sample the
// curves.
package plot

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// Figure is a picture of one or more series on one pair of axes.
type Figure struct {
	Title          string
	XLabel, YLabel string
	// XMin and XMax are the horizontal range; parts of series outside it
	// are clipped.
	XMin, XMax float64
	Series     []Series
	// Refs are horizontal reference lines drawn across the whole range
	// (an exact value beside a running estimate).
	Refs []RefLine
	// FromZero makes the vertical range include 0 (densities).
	FromZero bool
	// LogX scales the horizontal axis logarithmically (XMin > 0): a
	// number of draws.
	LogX bool
}

// Style is how a series is drawn.
type Style int

const (
	// Curve joins consecutive points; a NaN value leaves a gap.
	Curve Style = iota
	// Stems draws a vertical line from 0 to each point, topped by a dot:
	// a probability mass function.
	Stems
)

// Series is one labelled set of points, with X ascending.
type Series struct {
	Label string
	X, Y  []float64
	Style Style
	// Band, when set, is shaded between its lower and upper curves, taken
	// at the series' X (a running estimate ± 2 standard errors).
	Band *Band
}

// Band is a shaded region between two curves sampled at a series' X.
type Band struct {
	Lo, Hi []float64
}

// RefLine is a horizontal line at height Y with a legend label.
type RefLine struct {
	Y     float64
	Label string
}

// stemOffsets returns, for each series, how far its stems are moved
// sideways, in units of the gap between neighbours, so that stems of
// several mass functions at the same x stand side by side.
func (f *Figure) stemOffsets() []float64 {
	n := 0
	for _, s := range f.Series {
		if s.Style == Stems {
			n++
		}
	}
	off := make([]float64, len(f.Series))
	k := 0
	for i, s := range f.Series {
		if s.Style == Stems {
			off[i] = float64(k) - float64(n-1)/2
			k++
		}
	}
	return off
}

// minRelWidth is the narrowest range drawn, relative to its ends: below
// it float64 cannot place the points of a picture (and gonum/plot does
// not finish).
const minRelWidth = 1e-9

// finite reports whether v is neither NaN nor infinite.
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// YRange returns the vertical range shown: every finite value of the
// series, their bands and the reference lines, and 0 when a series is
// drawn as stems or FromZero is set. Values near a singularity (a density such as Gamma(½, 1)
// at 0) would flatten the rest of the picture, so when the largest value
// exceeds 20 times the 98th percentile the range is cut at 1.5 times that
// percentile and the curve is clipped. A flat picture (relative width
// below minRelWidth) gets a range of ±10 % around its value (±1 around 0).
func (f *Figure) YRange() (lo, hi float64) {
	// Curves may be cut; stems, reference lines and 0 always show.
	var curves, kept []float64
	add := func(to *[]float64, vs ...float64) {
		for _, v := range vs {
			if finite(v) {
				*to = append(*to, v)
			}
		}
	}
	if f.FromZero {
		kept = append(kept, 0)
	}
	for _, s := range f.Series {
		to := &curves
		if s.Style == Stems {
			to = &kept
			kept = append(kept, 0)
		}
		for i, x := range s.X {
			if x < f.XMin || x > f.XMax {
				continue
			}
			add(to, s.Y[i])
			if s.Band != nil {
				add(to, s.Band.Lo[i], s.Band.Hi[i])
			}
		}
	}
	for _, r := range f.Refs {
		add(&kept, r.Y)
	}
	if len(curves)+len(kept) == 0 {
		return -1, 1
	}
	lo, hi = math.Inf(1), math.Inf(-1)
	if n := len(curves); n > 0 {
		sort.Float64s(curves)
		lo, hi = curves[0], curves[n-1]
		if n >= 50 {
			q98, q02 := curves[n*98/100], curves[n*2/100]
			scale := math.Max(math.Abs(q98), math.Abs(q02))
			if scale > 0 && hi > 20*scale {
				hi = 1.5 * q98
			}
			if scale > 0 && lo < -20*scale {
				lo = 1.5 * q02
			}
		}
	}
	for _, v := range kept {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	if math.IsInf(hi-lo, 0) {
		// Beyond float64 the picture cannot be told apart anyway.
		lo, hi = math.Max(lo, -math.MaxFloat64/4), math.Min(hi, math.MaxFloat64/4)
	}
	if hi-lo <= minRelWidth*math.Max(math.Abs(lo), math.Abs(hi)) {
		d := 0.1 * math.Abs(hi)
		if d == 0 {
			d = 1
		}
		return lo - d, hi + d
	}
	return lo, hi
}

// Ticks returns about n round tick positions within [lo, hi]: their
// spacing is (hi − lo)/n rounded to 1, 2, 5 or 10 times a power of ten.
func Ticks(lo, hi float64, n int) []float64 {
	if !(hi > lo) || n < 1 {
		return nil
	}
	raw := (hi - lo) / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * mag
	for _, m := range [][2]float64{{1.5, 1}, {3, 2}, {7, 5}} {
		if raw/mag < m[0] {
			step = m[1] * mag
			break
		}
	}
	first, last := math.Ceil(lo/step), math.Floor(hi/step+1e-9)
	if !finite(first) || !finite(last) || last-first > 1000 || math.Abs(first) > 1<<50 {
		return nil // a range float64 cannot divide
	}
	var ts []float64
	for i := 0; i <= int(last-first); i++ {
		t := (first + float64(i)) * step
		if math.Abs(t) < step*1e-9 {
			t = 0
		}
		ts = append(ts, t)
	}
	return ts
}

// TickLabels prints equally spaced tick positions with as many decimals
// as their spacing needs (0.25 0.5 0.75; 999000 1000000), in exponent
// form only beyond 10⁷ or below 10⁻⁴.
func TickLabels(ts []float64) []string {
	out := make([]string, len(ts))
	if len(ts) == 0 {
		return out
	}
	big := 0.0
	for _, t := range ts {
		big = math.Max(big, math.Abs(t))
	}
	step := big
	if len(ts) > 1 {
		step = ts[1] - ts[0]
	}
	for i, t := range ts {
		switch {
		case big >= 1e7 || big > 0 && big < 1e-4:
			out[i] = strconv.FormatFloat(t, 'g', max(1, int(math.Ceil(math.Log10(big/step)))+1), 64)
		default:
			decimals := 0
			if step > 0 && step < 1 {
				decimals = int(math.Ceil(-math.Log10(step) - 1e-9))
				if r := step * math.Pow(10, float64(decimals)); math.Abs(r-math.Round(r)) > 1e-6 {
					decimals++ // 0.25
				}
			}
			out[i] = strconv.FormatFloat(t, 'f', decimals, 64)
		}
		if out[i] == "-0" {
			out[i] = "0"
		}
	}
	return out
}

// LogTicks returns tick positions for a logarithmic axis on [lo, hi],
// 0 < lo < hi: the powers of ten within it, and 2 and 5 times them when
// there are fewer than three powers; at most about n, thinned to every
// k-th power of ten beyond.
func LogTicks(lo, hi float64, n int) []float64 {
	if !(lo > 0) || !(hi > lo) || math.IsInf(hi, 0) || n < 1 {
		return nil
	}
	first, last := int(math.Floor(math.Log10(lo))), int(math.Ceil(math.Log10(hi)))
	mantissas := []float64{1}
	if powers := math.Floor(math.Log10(hi)) - math.Ceil(math.Log10(lo)) + 1; powers < 3 {
		mantissas = []float64{1, 2, 5}
	}
	step := max(1, (last-first+1)/n)
	var ts []float64
	for e := first; e <= last; e += step {
		for _, m := range mantissas {
			t := m * math.Pow(10, float64(e))
			if t >= lo*(1-1e-12) && t <= hi*(1+1e-12) {
				ts = append(ts, t)
			}
		}
	}
	return ts
}

// LogTickLabels prints ticks of a logarithmic axis: 2000, 5000, 10000
// below 10⁶, and 1e6, 2e6 beyond.
func LogTickLabels(ts []float64) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		if t >= 1e6 || t < 1e-3 {
			out[i] = strings.Replace(strconv.FormatFloat(t, 'e', -1, 64), "e+0", "e", 1)
			out[i] = strings.Replace(strings.Replace(out[i], "e+", "e", 1), "e-0", "e-", 1)
			continue
		}
		out[i] = strconv.FormatFloat(t, 'f', -1, 64)
	}
	return out
}
