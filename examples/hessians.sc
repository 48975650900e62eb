# Hessians in practice: the Gauss–Newton approximation, finite differences
# and their O(ε²) error, and Hessian-vector products.
# Run it with: go run ./cmd/statcalc examples/hessians.sc

# Least squares: fit y ≈ a x + b to (1, 1), (2, 3), (3, 2). The Hessian of
# ½‖r‖² is JᵀJ + Σ rᵢ ∇²rᵢ; for residuals linear in (a, b) the second term
# vanishes and Gauss–Newton is exact.
r = [1 - a - b, 3 - 2 a - b, 2 - 3 a - b]
gauss_newton(r, [a, b])
check gauss_newton(r, [a, b]) == hessian(dot(r, r)/2, [a, b])

# Exponential decay y ≈ e^(−k t) at t = 1, 2: nonlinear residuals. Gauss–
# Newton drops Σ rᵢ ∇²rᵢ, which is small when the fit is good.
rk = [0.4 - exp(-k), 0.1 - exp(-2 k)]
H = hessian(dot(rk, rk)/2, [k])
GN = gauss_newton(rk, [k])
subs(H, k=1)
subs(GN, k=1)
check subs(H - GN, k=1) == subs(rk[1] * hessian(rk[1], [k]) + rk[2] * hessian(rk[2], [k]), k=1)

# Logistic regression on three points (x, y) = (1, 1), (−1, 0), (2, 1) with
# weights (w0, w1): loss = Σ log(1 + e^(z)) − y z, z = w0 + w1 x. The exact
# Hessian is Σ σ(z)(1 − σ(z)) x̃ x̃ᵀ with x̃ = (1, x): a Gauss–Newton matrix
# with the logistic curvature as the weights, exact because z is linear.
z1 = w0 + w1
z2 = w0 - w1
z3 = w0 + 2 w1
loss = log(1 + exp(z1)) - z1 + log(1 + exp(z2)) + log(1 + exp(z3)) - z3
Hl = hessian(loss, [w0, w1])
c1 = sigmoid(z1) (1 - sigmoid(z1))
c2 = sigmoid(z2) (1 - sigmoid(z2))
c3 = sigmoid(z3) (1 - sigmoid(z3))
check Hl == c1 * outer([1, 1], [1, 1]) + c2 * outer([1, -1], [1, -1]) + c3 * outer([1, 2], [1, 2])
# As square residuals y − σ(z) instead, plain Gauss–Newton is only an
# approximation: it misses the curvature of σ.
rl = [1 - sigmoid(z1), 0 - sigmoid(z2), 1 - sigmoid(z3)]
subs(gauss_newton(rl, [w0, w1]), w0=0, w1=1)
subs(hessian(dot(rl, rl)/2, [w0, w1]), w0=0, w1=1)

# Central differences have error O(ε²): shrinking ε tenfold cuts the error
# a hundredfold. (In float64, rounding error ≈ 1e−16/ε would take over
# below ε ≈ 1e−5; statcalc evaluates these differences exactly.)
f = exp(x) sin(x)
exact = subs(diff(f, x), x=1)
fd(h) = (subs(f, x=1 + h) - subs(f, x=1 - h))/(2 h)
err2 = fd(0.01) - exact
err3 = fd(0.001) - exact
err2
err3
check err2/err3 == 100 tol=0.01
# Richardson extrapolation (numgrad, numhessian) removes the ε² terms and
# estimates what is left.
numgrad(f, [x], [1])
check numgrad(f, [x], [1]) == [exact] tol=1e-12
check numhessian(loss, [w0, w1], [0.5, -0.25]) == subs(Hl, w0=0.5, w1=-0.25) tol=1e-9

# Hessian-vector products: exact, without forming the Hessian, as the
# gradient of the directional derivative ∇f · v.
hvp(loss, [w0, w1], [0.5, -0.25], [1, 2])
check hvp(loss, [w0, w1], [0.5, -0.25], [1, 2]) == subs(Hl, w0=0.5, w1=-0.25) * [1, 2] tol=1e-14
check hvp(loss, [w0, w1], [w0, w1], [v1, v2]) == Hl * [v1, v2]
