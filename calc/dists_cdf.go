package calc

import (
	"math/big"
	"strings"

	"statcalc/dist"
	"statcalc/sym"
)

func init() {
	register(
		&Builtin{Name: "cdf", Signature: "cdf(p, x)", Doc: "cumulative distribution function P(X ≤ x) of a distribution of one variable",
			Notes: "A closed form where the family declares one (" + closedForms(func(f *dist.Family) bool { return f.CDF != nil }) +
				"; a sum over a discrete support needs a numeric x, Laplace a numeric x − mu), so symbols are allowed there: cdf(Exponential(l), x) is 1 − exp(−l x); " +
				"it holds on the support, and a numeric x outside it gives 0 or 1. Other families need numbers and are computed in float64 " +
				"(erfc, the regularized incomplete gamma and beta functions) with a bound on the error: only the digits it vouches for print.",
			Example: "cdf(N(0, 1), -3)", Group: "densities and moments", min: 2, max: 2, fn: fnCDF},
		&Builtin{Name: "quantile", Signature: "quantile(p, u)", Doc: "quantile F⁻¹(u) = inf{x : F(x) ≥ u}, 0 < u < 1, of a distribution of one variable",
			Notes: "A closed form where the family declares one (" + closedForms(func(f *dist.Family) bool { return f.InverseCDF != nil }) +
				"; Laplace at a numeric u): quantile(Exponential(l), u) is −log(1 − u)/l. Otherwise numeric: Newton steps on the cdf, with the bound on the error the cdf's carries; " +
				"for a discrete family the least whole number k with cdf(p, k) ≥ u.",
			Example: "quantile(Exponential(2), 0.5)", Group: "densities and moments", min: 2, max: 2, fn: fnQuantile},
	)
}

// closedForms lists the families for which has holds, in :help's order.
func closedForms(has func(*dist.Family) bool) string {
	var names []string
	for _, f := range dist.Families() {
		if has(f) {
			names = append(names, f.Name)
		}
	}
	return strings.Join(names, ", ")
}

// cdfArg returns argument i as a distribution of one variable, with the
// error of cdf and quantile for one of several.
func (s *Session) cdfArg(a *args, i int) *dist.Dist {
	switch v := a.vals[i].(type) {
	case *MultiDist, *SymNormal:
		errorf(a.pos[i], "%s of a multivariate distribution is not supported", a.call.Fun)
	case *Distribution:
		if !v.D.Scalar() {
			errorf(a.pos[i], "%s of a multivariate distribution is not supported", a.call.Fun)
		}
		return v.D
	}
	s.notDistribution(a, i)
	return nil
}

// fnCDF is cdf(p, x): the family's closed form (dist.Dist.CDFExpr) when
// a parameter or x is symbolic, or at :precision; else dist.Dist.CDF in
// float64 with its error bound.
func fnCDF(s *Session, a *args) Value {
	d := s.cdfArg(a, 0)
	x := s.scalarArg(a, 1, "the point x")
	f := d.Family
	numeric := d.IsNumeric() && sym.IsNumber(x)
	if numeric && (f.CDF == nil || f.CDFValue != nil && s.prec == 0) {
		return s.numericCDF(a, d, x)
	}
	e, err := d.CDFExpr(x)
	if err != nil && numeric && f.CDFValue != nil {
		// No closed form at this x (a sum too long to write out).
		return s.numericCDF(a, d, x)
	}
	return s.exprResult(a, e, err, false)
}

// numericCDF is dist.Dist.CDF at a numeric x, with its error bound.
func (s *Session) numericCDF(a *args, d *dist.Dist, x sym.Expr) Value {
	xf, err := sym.Float64(x)
	if err != nil {
		errorf(a.pos[1], "cdf: %v", err)
	}
	F, rel, err := d.CDF(xf)
	if err == dist.ErrCDFUnderflow && d.Family.LogCDFValue != nil {
		// Below the float64 range: exp(log F), exact, printed in decimal;
		// its relative error is the absolute error of log F.
		logF, abs, err := d.LogCDF(xf)
		if err != nil {
			errorf(a.call.Pos, "cdf: %v", err)
		}
		return Scalar{E: mustCall("exp", sym.Rat(new(big.Rat).SetFloat64(logF))), RelErr: abs + 4*epsilon}
	}
	if err != nil {
		errorf(a.call.Pos, "cdf: %v", err)
	}
	return Scalar{E: sym.Float(F), RelErr: rel}
}

// fnQuantile is quantile(p, u): the family's closed form
// (dist.Dist.QuantileExpr) when there is one, else
// dist.Dist.QuantileBound with its error bound.
func fnQuantile(s *Session, a *args) Value {
	d := s.cdfArg(a, 0)
	u := s.scalarArg(a, 1, "u")
	if sym.IsNumber(u) {
		lo, err1 := sym.Decimal(u, 30)
		hi, err2 := sym.Decimal(sym.Sub(sym.Int(1), u), 30)
		if err1 != nil || err2 != nil || lo.Sign() <= 0 || hi.Sign() <= 0 {
			errorf(a.pos[1], "quantile: u = %s is not in (0, 1)", sym.Format(u))
		}
	}
	f := d.Family
	if d.IsNumeric() && sym.IsNumber(u) && f.InverseCDF == nil {
		uf, err := sym.Float64(u)
		if err != nil {
			errorf(a.pos[1], "quantile: %v", err)
		}
		if q, _ := sym.Float64(sym.Sub(sym.Int(1), u)); uf < 0x1p-1022 || q < 0x1p-1022 {
			errorf(a.pos[1], "quantile: u = %s is too close to 0 or 1 for the float64 numerics of %s (the distance must be at least 2.2e-308)", sym.Format(u), f.Name)
		}
		x, rel, err := d.QuantileBound(uf)
		if uf > 0.5 && !f.Discrete {
			// Above the median from 1 − u, exact, and the survival
			// function: F near 1 would keep only its absolute error.
			q, _ := sym.Float64(sym.Sub(sym.Int(1), u))
			x, rel, err = d.UpperQuantileBound(q)
		}
		if err != nil {
			errorf(a.call.Pos, "quantile: %v", err)
		}
		if f.Discrete {
			return Scalar{E: sym.Int(int64(x))}
		}
		return Scalar{E: sym.Float(x), RelErr: rel}
	}
	e, err := d.QuantileExpr(u)
	return s.exprResult(a, e, err, false)
}
