package calc

import (
	"fmt"
	"strings"

	"statcalc/dist"
	"statcalc/metrics"
	"statcalc/sym"
)

// step is one line of a derivation shown with :steps on.
type step struct {
	label string
	exprs []sym.Expr // one expression, or the entries of a vector
	text  string     // a formula in words, when exprs is empty
}

// stepText records a formula written out in words.
func (s *Session) stepText(label, text string) {
	s.steps = append(s.steps, step{label: label, text: text})
}

// stepExprs records an intermediate result, simplified.
func (s *Session) stepExprs(label string, es ...sym.Expr) {
	simple := make([]sym.Expr, len(es))
	for i, e := range es {
		simple[i] = sym.Simplify(e, s.assume)
	}
	s.steps = append(s.steps, step{label: label, exprs: simple})
}

// stepLines renders the recorded steps in the session's format.
func (s *Session) stepLines() []string {
	lines := make([]string, len(s.steps))
	for i, st := range s.steps {
		var rhs string
		switch {
		case len(st.exprs) == 0:
			rhs = st.text
		case s.format == LaTeX:
			parts := make([]string, len(st.exprs))
			for j, e := range st.exprs {
				parts[j] = sym.LaTeX(e)
			}
			rhs = strings.Join(parts, ",\\; ")
			if len(parts) > 1 {
				rhs = "\\left(" + rhs + "\\right)"
			}
		default:
			parts := make([]string, len(st.exprs))
			for j, e := range st.exprs {
				parts[j] = s.scalarText(e)
			}
			rhs = strings.Join(parts, ", ")
			if len(parts) > 1 {
				rhs = "[" + rhs + "]"
			}
		}
		label := st.label
		if s.format == LaTeX {
			label = latexText.Replace(label)
			if len(st.exprs) == 0 {
				rhs = latexText.Replace(rhs)
			}
		}
		lines[i] = label + " = " + rhs
	}
	return lines
}

// latexText writes the symbols of the step labels in LaTeX.
var latexText = strings.NewReplacer("η", `\eta `, "∇²", `\nabla^2 `, "∇", `\nabla `, "‖", `\|`, "−", "-",
	"·", `\cdot `, "½", `\tfrac12 `, "α", `\alpha `, "θ", `\theta `, "ᵀ", "^T", "√", `\sqrt`, "∂", `\partial `,
	"E_p", `\mathrm{E}_p`, "E[", `\mathrm{E}[`, "KL", `\mathrm{KL}`, "Cov", `\mathrm{Cov}`)

// deriveSteps records how a quantity of one or two family members is
// derived from the exponential-family form.
func (s *Session) deriveSteps(fn string, p, q *dist.Dist) {
	if !s.showSteps {
		return
	}
	f := p.Family
	if route := metrics.BoundaryRoute(fn, p, q); route != "" {
		s.stepText(fn, route)
		return
	}
	if q != nil && q.Family != f {
		s.stepText("route", "closed form across families: H(p, q) = −E_p[log q(x)], the expectation taken term by term from p's moments")
		if lq := q.LogDensity(sym.Symbol("x")); lq != nil {
			s.stepExprs("log q(x)", lq)
		}
		switch fn {
		case "kl":
			s.stepText("KL(p‖q)", "H(p, q) − H(p)")
		case "skl":
			s.stepText("KL(p‖q) + KL(q‖p)", "H(p, q) − H(p) + H(q, p) − H(q)")
		}
		return
	}
	if f.Eta == nil {
		switch fn {
		case "kl":
			s.stepText("KL(p‖q)", "H(p, q) − H(p), with E_p|x − c| known in closed form")
		case "entropy":
			s.stepText("H(p)", "−E_p[log p(x)]")
		}
		return
	}
	es, names := make([]sym.Expr, len(p.NaturalParams())), []string{}
	for i := range es {
		names = append(names, fmt.Sprintf("η%d", i+1))
		es[i] = sym.Symbol(names[i])
	}
	if f.Stat != nil {
		s.stepExprs("T(x)", f.Stat(sym.Symbol("x"))...)
	}
	s.stepExprs("A(η)", p.LogPartitionAt(es))
	s.stepExprs("η_p", p.NaturalParams()...)
	if q != nil {
		s.stepExprs("η_q", q.NaturalParams()...)
	}
	if d, ok := metrics.LookupDivergence(fn); ok {
		if d.MeanStat {
			s.stepExprs("∇A(η_p) = E_p[T(x)]", p.MeanStat()...)
		}
		if d.Steps != "" {
			s.stepText(d.StepsLabel, d.Steps)
		}
		if fn == "cross_entropy" {
			if m := dist.EntropyMethod(p); m != "" {
				s.stepText("E_p[log h(x)]", m)
			}
		}
		return
	}
	switch fn {
	case "entropy":
		s.stepExprs("∇A(η) = E[T(x)]", p.MeanStat()...)
		s.stepText("H(p)", "A(η) − η · ∇A(η) − E[log h(x)]")
		if m := dist.EntropyMethod(p); m != "" {
			s.stepText("E[log h(x)]", m)
		}
	case "renyi":
		s.stepText("D_α(p‖q)", "[A(α η_p + (1 − α) η_q) − α A(η_p) − (1 − α) A(η_q)]/(α − 1)")
	case "fisher":
		s.stepExprs("∇²A(η) = Cov[T(x)]", flatten(p.CovStat())...)
		s.stepText("F(θ)", "Jᵀ ∇²A(η) J, J = ∂η/∂θ")
	}
}

func flatten(m [][]sym.Expr) []sym.Expr {
	var out []sym.Expr
	for _, r := range m {
		out = append(out, r...)
	}
	return out
}
