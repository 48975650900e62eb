# KL, Bhattacharyya and Wasserstein-2 between multivariate normals: the
# textbook formulas written with matrices, checked against the built-ins,
# which work through factorisations instead.
# Run it with: go run ./cmd/statcalc examples/normals.sc

# Two normals in 10 dimensions.
k = 10
u = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]/10
w = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1]/4
S1 = I(10) + outer(u, u)
S2 = diag([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]/5) + outer(w, w)
m1 = zeros(10)
m2 = w
p = N(m1, S1)
q = N(m2, S2)
delta = m1 - m2

# KL(p‖q) = ½[tr(S2⁻¹ S1) + Δᵀ S2⁻¹ Δ − k + log det S2 − log det S1]
kl_formula = (tr(inv(S2) * S1) + dot(delta, inv(S2) * delta) - k + logdet(S2) - logdet(S1))/2
kl_formula
check kl(p, q) == kl_formula tol=1e-12

# Bhattacharyya: ⅛ Δᵀ S̄⁻¹ Δ + ½ log(det S̄ / √(det S1 det S2)), S̄ = (S1 + S2)/2
Sm = (S1 + S2)/2
bc_formula = dot(delta, inv(Sm) * delta)/8 + (logdet(Sm) - (logdet(S1) + logdet(S2))/2)/2
bc_formula
check bhattacharyya(p, q) == bc_formula tol=1e-12
# Rényi of order ½ is twice the Bhattacharyya distance, Hellinger² = 1 − e^(−D_B).
check renyi(p, q, 0.5) == 2 bc_formula tol=1e-12
check hellinger(p, q)^2 == 1 - exp(-bc_formula) tol=1e-12

# W2² = |Δ|² + tr(S1 + S2 − 2 (S1^½ S2 S1^½)^½)
R = sqrtm(S1)
M = R * S2 * R
w2_formula = sqrt(dot(delta, delta) + tr(S1 + S2 - 2 sqrtm((M + transpose(M))/2)))
w2_formula
check w2(p, q) == w2_formula tol=1e-12

# With symbolic scalars: scaling one covariance by c, the general formula
# gives KL(N(0, S) ‖ N(0, c S)) = (k/2)(1/c − 1 + log c), here for k = 2
# (exact entries keep the algebra exact).
assume c > 0
S = [[2, 1/3], [1/3, 1]]
klc = (tr(inv(c S) * S) - 2 + log(det(c S)) - log(det(S)))/2
simplify(klc)
check klc == 1/c - 1 + log(c)
check kl(N([0, 0], S), N([0, 0], 3 S)) == subs(klc, c=3) tol=1e-14
# and shifting the mean by t d: KL = t² dᵀ S⁻¹ d / 2.
d = [1, 2]
klt = dot(t d, inv(S) * (t d))/2
klt
check kl(N([0, 0], S), N(0.5 d, S)) == subs(klt, t=0.5) tol=1e-14
