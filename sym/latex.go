package sym

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// LaTeX prints e as LaTeX math: \frac{(m_1 - m_2)^{2}}{2 s_2^{2}},
// \log(x), \psi(a), \psi_1(a), \psi^{(n)}(a), \log\Gamma(a), \sqrt{x}, e^{x}.
// Names with trailing digits or an underscore get subscripts, and Greek
// letter names (alpha or α) become \alpha.
func LaTeX(e Expr) string {
	if e.size() > MaxFormatSize {
		return tooLargeText(e)
	}
	s, _ := latexPrinter{}.expr(e)
	return s
}

type latexPrinter struct{}

var greek = map[string]string{
	"alpha": `\alpha`, "beta": `\beta`, "gamma": `\gamma`, "delta": `\delta`, "epsilon": `\epsilon`,
	"zeta": `\zeta`, "eta": `\eta`, "theta": `\theta`, "iota": `\iota`, "kappa": `\kappa`,
	"lambda": `\lambda`, "mu": `\mu`, "nu": `\nu`, "xi": `\xi`, "rho": `\rho`, "sigma": `\sigma`,
	"tau": `\tau`, "upsilon": `\upsilon`, "phi": `\phi`, "chi": `\chi`, "psi": `\psi`, "omega": `\omega`,
	"Gamma": `\Gamma`, "Delta": `\Delta`, "Theta": `\Theta`, "Lambda": `\Lambda`, "Xi": `\Xi`,
	"Pi": `\Pi`, "Sigma": `\Sigma`, "Phi": `\Phi`, "Psi": `\Psi`, "Omega": `\Omega`,
	"α": `\alpha`, "β": `\beta`, "γ": `\gamma`, "δ": `\delta`, "ε": `\epsilon`, "ζ": `\zeta`,
	"η": `\eta`, "θ": `\theta`, "ι": `\iota`, "κ": `\kappa`, "λ": `\lambda`, "μ": `\mu`, "ν": `\nu`,
	"ξ": `\xi`, "ρ": `\rho`, "σ": `\sigma`, "τ": `\tau`, "υ": `\upsilon`, "φ": `\phi`, "χ": `\chi`,
	"ψ": `\psi`, "ω": `\omega`, "Γ": `\Gamma`, "Δ": `\Delta`, "Θ": `\Theta`, "Λ": `\Lambda`,
	"Ξ": `\Xi`, "Π": `\Pi`, "Σ": `\Sigma`, "Φ": `\Phi`, "Ψ": `\Psi`, "Ω": `\Omega`,
}

// latexName writes m1 as m_1, mu12 as \mu_{12}, a_b as a_{b}, alpha as
// \alpha and other multi-letter names upright-italic as \mathit{name}.
func latexName(name string) string {
	base, sub := name, ""
	if i := strings.IndexByte(name, '_'); i > 0 && i < len(name)-1 {
		base, sub = name[:i], name[i+1:]
	} else {
		j := len(name)
		for j > 0 && name[j-1] >= '0' && name[j-1] <= '9' {
			j--
		}
		if j > 0 && j < len(name) {
			base, sub = name[:j], name[j:]
		}
	}
	out := base
	if g, ok := greek[base]; ok {
		out = g
	} else if utf8.RuneCountInString(base) > 1 {
		out = `\mathit{` + strings.ReplaceAll(base, "_", `\_`) + `}`
	}
	switch {
	case sub == "":
	case utf8.RuneCountInString(sub) == 1:
		out += "_" + latexSub(sub)
	default:
		out += "_{" + latexSub(sub) + "}"
	}
	return out
}

func latexSub(s string) string {
	if g, ok := greek[s]; ok {
		return g
	}
	return strings.ReplaceAll(s, "_", `\_`)
}

func latexFloat(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		exp, _ := strconv.Atoi(s[i+1:])
		return s[:i] + ` \times 10^{` + strconv.Itoa(exp) + `}`
	}
	return s
}

func latexParen(s string) string {
	if strings.Contains(s, `\frac`) || strings.Contains(s, `\sqrt`) {
		return `\left(` + s + `\right)`
	}
	return "(" + s + ")"
}

func (p latexPrinter) expr(e Expr) (string, int) {
	switch x := e.(type) {
	case *rat:
		if c, ok := compactRat(x.r); ok {
			// 1e+309 as plain text prints it: 1 \times 10^{309}.
			if m, e, sci := strings.Cut(c, "e"); sci {
				exp, _ := strconv.Atoi(e)
				c = m + ` \times 10^{` + strconv.Itoa(exp) + `}`
			}
			if x.r.Sign() < 0 {
				return c, precNeg
			}
			return c, precAtom
		}
		if x.r.IsInt() {
			prec := precAtom
			if x.r.Sign() < 0 {
				prec = precNeg
			}
			return x.r.Num().String(), prec
		}
		n := x.r.Num()
		s := `\frac{` + new(big.Int).Abs(n).String() + `}{` + x.r.Denom().String() + `}`
		if n.Sign() < 0 {
			return "-" + s, precNeg
		}
		return s, precProd
	case *flt:
		s := latexFloat(x.f)
		if x.f < 0 {
			return s, precNeg
		}
		if strings.Contains(s, `\times`) {
			return s, precProd
		}
		return s, precAtom
	case *constant:
		if x == Pi {
			return `\pi`, precAtom
		}
		return "e", precAtom
	case *symbol:
		return latexName(x.name), precAtom
	case *call:
		return p.call(x), precAtom
	case *pow:
		if x.base == E {
			s, _ := p.expr(x.exp)
			return "e^{" + s + "}", precPow
		}
		if r, ok := x.exp.(*rat); ok && r.r.Cmp(half.r) == 0 {
			s, _ := p.expr(x.base)
			return `\sqrt{` + s + `}`, precAtom
		}
		if d, ok := reciprocal(x); ok {
			s, _ := p.expr(d)
			return `\frac{1}{` + s + `}`, precProd
		}
		b, bp := p.expr(x.base)
		if bp < precAtom {
			b = latexParen(b)
		}
		ex, _ := p.expr(x.exp)
		return b + "^{" + ex + "}", precPow
	case *prod:
		return p.prod(x)
	case *sum:
		return joinTerms(x, func(m Expr) string {
			s, prec := p.expr(m)
			if prec < precProd {
				s = latexParen(s)
			}
			return s
		}), precSum
	}
	return "?", precAtom
}

func (p latexPrinter) call(x *call) string {
	args := make([]string, len(x.args))
	for i, a := range x.args {
		args[i], _ = p.expr(a)
	}
	arg := latexParen(strings.Join(args, ", "))
	switch x.name {
	case "log":
		return `\log` + arg
	case "abs":
		return `\left|` + args[0] + `\right|`
	case "lgamma":
		return `\log\Gamma` + arg
	case "digamma":
		return `\psi` + arg
	case "trigamma":
		return `\psi_1` + arg
	case "polygamma":
		return `\psi^{(` + args[0] + `)}` + latexParen(args[1])
	case "lbeta":
		return `\log\mathrm{B}` + arg
	case "logbesseli0":
		return `\log I_0` + arg
	case "besselratio":
		return `\frac{I_1` + arg + `}{I_0` + arg + `}`
	case "sin", "cos", "tanh":
		return `\` + x.name + arg
	case "sigmoid":
		return `\sigma` + arg
	}
	return `\operatorname{` + x.name + `}` + arg
}

func (p latexPrinter) pieces(coeff Expr, fs []Expr) []string {
	fs = displayFactors(fs)
	var paren, plain []string
	for _, f := range fs {
		s, prec := p.expr(f)
		if prec < precPow {
			paren = append(paren, latexParen(s))
		} else {
			plain = append(plain, s)
		}
	}
	var out []string
	if coeff != nil {
		s, _ := p.expr(coeff)
		out = append(out, s)
	}
	return append(append(out, paren...), plain...)
}

func latexJoin(pieces []string) string {
	var b strings.Builder
	for i, s := range pieces {
		if i > 0 {
			r, _ := utf8.DecodeRuneInString(s)
			if unicode.IsDigit(r) {
				b.WriteString(` \cdot `)
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

func (p latexPrinter) prod(x *prod) (string, int) {
	fr := splitFraction(x)
	isFrac := len(fr.den) > 0 || fr.coeffD != nil
	num := p.pieces(fr.coeffNum, fr.num)
	if isFrac && fr.coeffNum == nil && len(fr.num) == 1 {
		num[0], _ = p.expr(fr.num[0]) // a lone numerator needs no parentheses
	}
	s := "1"
	if len(num) > 0 {
		s = latexJoin(num)
	}
	if isFrac {
		den := p.pieces(fr.coeffD, fr.den)
		if fr.coeffD == nil && len(fr.den) == 1 {
			den[0], _ = p.expr(fr.den[0])
		}
		s = `\frac{` + s + `}{` + latexJoin(den) + `}`
	}
	if fr.neg {
		return "-" + s, precNeg
	}
	return s, precProd
}
