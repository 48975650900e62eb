# The natural gradient F⁻¹ ∇L is the steepest-descent direction when steps
# are measured by KL rather than by Euclidean length: it does not depend on
# how the distribution is parameterised.
# Run it with: go run ./cmd/statcalc examples/natural_gradient.sc

# Among steps δ with ½ δᵀ F δ = ε (a KL ball, to second order), the linear
# change gᵀδ is largest along F⁻¹ g: by Cauchy–Schwarz in the F inner
# product, (gᵀδ)² ≤ (δᵀ F δ)(gᵀ F⁻¹ g). Gamma(2, 3) and a gradient g:
F = fisher(Gamma(2, 3))
F
g = [1, -2]
ng = natgrad(Gamma(2, 3), g)
ng
check F * ng == g tol=1e-14
# The ratio (gᵀδ)²/(δᵀ F δ) for the natural gradient, the plain gradient
# and a coordinate direction: the first reaches the bound gᵀ F⁻¹ g.
bound = dot(g, ng)
bound
check dot(g, ng)^2/dot(ng, F * ng) == bound tol=1e-12
dot(g, g)^2/dot(g, F * g)
dot(g, [1, 0])^2/dot([1, 0], F * [1, 0])

# Variance or precision: the same step. Fit N(0, v) to data with mean
# square S by minimising the average negative log-likelihood
#   L(v) = ½ log v + S/(2 v),  or in the precision l = 1/v,  L(l) = −½ log l + S l/2.
Lv = log(v)/2 + S/(2 v)
Ll = -log(l)/2 + S l/2
nv = natgrad(N(0, v), [diff(Lv, v)], [v])
nl = natgrad(N(0, 1/l), [diff(Ll, l)], [l])
nv
nl
# A step dl in the precision moves the variance by dv = −dl/l²: the two
# natural-gradient steps are the same step.
check subs(nv[1], v=1/l) == -nl[1]/l^2
# The plain gradients are not: mapped the same way they differ by l⁴.
gv = diff(Lv, v)
gl = diff(Ll, l)
simplify(subs(gv, v=1/l) / (-gl/l^2))

# The same holds with the mean: N(m, v) and N(m, 1/l) with a gradient in
# the mean and in the scale parameter.
a1 = natgrad(N(m, v), [g1, g2])
a2 = natgrad(N(m, 1/l), [g1, -g2/l^2], [m, l])
a1
a2
check subs(a1[1], v=1/l) == a2[1]
check subs(a1[2], v=1/l) == -a2[2]/l^2

# Natural gradient of N(μ, Σ) in (μ, vech Σ): Σ g_μ and vech(2 Σ G Σ),
# products only, checked against solving F x = g.
p = N([0, 1], [[2, 0.5], [0.5, 1]])
gp = [1, 0, 1, 1, 1]
natgrad(p, gp)
check fisher(p) * natgrad(p, gp) == gp tol=1e-13
