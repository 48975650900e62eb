package calc

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"statcalc/dist"
	"statcalc/fisher"
	"statcalc/mc"
	"statcalc/parser"
)

// mcFisher runs `mc fisher(p [, "params"])`: the Fisher information
// estimated twice by sampling (the covariance of the score and the mean
// negative Hessian, log-densities differentiated numerically in the
// parameters), each entry beside the closed form with its z-score.
func (s *Session) mcFisher(st *parser.MCStmt, a *args, c mc.Config, level float64) string {
	if len(a.vals) < 1 || len(a.vals) > 2 {
		s.arity(a, 1)
	}
	var names []string
	if len(a.vals) == 2 {
		str, ok := a.vals[1].(Str)
		if !ok {
			errorf(a.pos[1], `mc fisher: name the parameters in a string, such as "mean" or "shape,rate"`)
		}
		for _, n := range strings.Split(string(str), ",") {
			names = append(names, strings.TrimSpace(n))
		}
	}
	theta, at := s.mcFisherParams(a, names)
	closed, why := s.mcClosedMatrix(a.call, len(theta))
	if strings.Contains(why, "constrained") {
		// Differences in constrained parameters leave the family.
		errorf(a.call.Pos, "mc %s", why)
	}
	if s.MCProgress != nil {
		defer s.MCProgress(-1, c.N)
	}
	f, err := mc.Fisher(at, theta, c)
	if s.MCProgress != nil {
		s.MCProgress(-1, c.N)
	}
	stopped := ""
	if errors.Is(err, mc.ErrStopped) && f.K > 0 {
		stopped = fmt.Sprintf("; stopped after %d of %d draws", f.Score[0].N, c.N)
	} else if err != nil {
		if why := s.stop.Err(); why != nil {
			panic(why)
		}
		errorf(a.call.Pos, "mc fisher: %v", err)
	}
	k := f.K
	n := f.Score[0].N
	var lines []string
	if s.format != JSON {
		head := fmt.Sprintf("fisher by the score's covariance and the mean −Hessian (n = %d, seed %d%s)", n, c.Seed, stopped)
		if why != "" {
			head += "; no closed form (" + strings.TrimPrefix(why, "fisher: ") + ")"
		}
		lines = append(lines, head)
	}
	disagree := 0
	for i := 0; i < k; i++ {
		for j := i; j < k; j++ {
			sc, he := f.Score[i*k+j], f.Hes[i*k+j]
			est := fmt.Sprintf("score %s ± %s", formatFloat(sc.Value, 5), formatFloat(sc.StdErr, 3))
			hes := fmt.Sprintf("−Hessian %s ± %s", formatFloat(he.Value, 5), formatFloat(he.StdErr, 3))
			fields := []field{{"line", st.Pos.Line}, {"input", strings.TrimSpace(st.String())}, {"row", i + 1}, {"col", j + 1}}
			var text string
			if why != "" {
				text = fmt.Sprintf("[%d, %d] %s | %s", i+1, j+1, est, hes)
				fields = append(fields, field{"value", nil}, field{"text", text})
				fields = append(fields, field{"estimate", sc.Value}, field{"se", sc.StdErr}, field{"estimate_hessian", he.Value}, field{"se_hessian", he.StdErr}, field{"verdict", "no closed form"})
			} else {
				cf := closed[i*k+j]
				z1, v1 := mc.Verdict(sc, cf, level)
				z2, v2 := mc.Verdict(he, cf, level)
				verdict := v1
				if v2 == mc.Disagrees {
					verdict = mc.Disagrees
				}
				if verdict == mc.Disagrees {
					disagree++
				}
				text = fmt.Sprintf("[%d, %d] = %s | %s, z = %s | %s, z = %s | %s", i+1, j+1, formatFloat(cf, s.digits), est, formatZ(z1), hes, formatZ(z2), verdict)
				if sc.Unstable != "" {
					text += ": " + sc.Unstable
				}
				fields = append(fields, field{"value", cf}, field{"text", text}, field{"closed", cf},
					field{"estimate", sc.Value}, field{"se", sc.StdErr}, field{"z", z1},
					field{"estimate_hessian", he.Value}, field{"se_hessian", he.StdErr}, field{"z_hessian", z2})
				fields = append(fields, field{"verdict", verdict})
			}
			fields = append(fields, field{"n", n}, field{"seed", c.Seed})
			if s.format == JSON {
				s.jsonLine(fields...)
			} else {
				lines = append(lines, "  "+text)
			}
		}
	}
	if len(lines) > 0 {
		fmt.Fprintln(s.out, strings.Join(lines, "\n"))
	}
	if disagree > 0 {
		errorf(st.Pos, "mc: %d of the information's entries disagree with the closed form (level %g)", disagree, level)
	}
	return ""
}

// mcFisherParams returns the parameters whose information is estimated
// and the densities at other values of them.
func (s *Session) mcFisherParams(a *args, names []string) ([]float64, func([]float64) (mc.Density, error)) {
	if n, ok := a.vals[0].(*Normal); ok && !n.Univariate {
		if n.MVN == nil {
			errorf(a.pos[0], "mc fisher: sampling needs numeric parameters")
		}
		if len(names) != 1 || names[0] != "mean" {
			errorf(a.call.Pos, `mc fisher of a multivariate normal: give "mean" (the information about μ)`)
		}
		sigma := n.MVN.Cov()
		return n.MVN.Mean(), func(mu []float64) (mc.Density, error) { return mc.NewMVNDensity(mu, sigma) }
	}
	d := s.familyArg(a, 0)
	full, err := d.Floats()
	if err != nil || !d.IsNumeric() {
		errorf(a.pos[0], "mc fisher: sampling needs numeric parameters")
	}
	free, err := fisher.Free(d, names)
	if err != nil {
		errorf(a.call.Pos, "mc fisher: %v", err)
	}
	theta := make([]float64, len(free))
	for i, j := range free {
		theta[i] = full[j]
	}
	family := d.Family
	return theta, func(th []float64) (mc.Density, error) {
		all := append([]float64(nil), full...)
		for i, j := range free {
			all[j] = th[i]
		}
		if err := validParams(family, all); err != nil {
			return nil, err
		}
		m, err := familyDensity(family, all)
		return m.d, err
	}
}

// validParams checks parameters against their family's domains.
func validParams(f *dist.Family, θ []float64) error {
	for _, t := range θ {
		if math.IsNaN(t) || math.IsInf(t, 0) {
			return fmt.Errorf("parameter %v is not finite", t)
		}
	}
	return nil
}

// mcClosedMatrix evaluates call for a k×k numeric closed form, or returns
// why there is none.
func (s *Session) mcClosedMatrix(call *parser.Call, k int) (closed []float64, why string) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(*Error); ok {
			closed, why = nil, e.Msg
			return
		}
		panic(r)
	}()
	m, ok := s.eval(call).(*Matrix)
	if !ok || m.Rows != k || m.Cols != k || m.Num == nil {
		return nil, "the closed form is not a numeric matrix"
	}
	return m.Num, ""
}

// formatZ prints a z-score with two decimals, never as −0.00.
func formatZ(z float64) string {
	t := fmt.Sprintf("%.2f", z)
	if t == "-0.00" {
		return "0.00"
	}
	return t
}
