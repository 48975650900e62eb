package sym

// AssumePositive records that the expression e is positive, a fact about
// several symbols together such as the leading minors of a covariance
// matrix (a b − c² > 0 for [[a, c], [c, b]]). Check draws its sample
// points inside the region these facts allow.
func (a *Assumptions) AssumePositive(e Expr) {
	if IsNumber(e) {
		return
	}
	for _, p := range a.positive {
		if Equal(p, e) {
			return
		}
	}
	a.positive = append(a.positive, e)
}

// forgetPositive drops the facts of AssumePositive that involve name.
func (a *Assumptions) forgetPositive(name string) {
	kept := a.positive[:0]
	for _, p := range a.positive {
		mentions := false
		for _, n := range FreeSymbols(p) {
			mentions = mentions || n == name
		}
		if !mentions {
			kept = append(kept, p)
		}
	}
	a.positive = kept
}

// admits reports whether a sample point satisfies every fact of
// AssumePositive whose symbols it fixes.
func (a *Assumptions) admits(point map[string]Expr) bool {
	if a == nil {
		return true
	}
	for _, p := range a.positive {
		v := Subs(p, point)
		if !IsNumber(v) {
			continue
		}
		if f, err := Float64(v); err != nil || !(f > 0) {
			return false
		}
	}
	return true
}

// maxRejections bounds the points Check draws outside the region that
// the facts of AssumePositive allow, beyond its attempts (the leading
// minors of two general 3×3 covariances admit about one point in 400).
const maxRejections = 50 * checkAttempts
