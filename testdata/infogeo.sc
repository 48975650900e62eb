# Fisher–Rao distances where a closed form exists.
fisher_rao(N(0, 1), N(1, 2))
	0.9562298076
fisher_rao(N(0, 1), N(0, 4))
	0.9802581435
fisher_rao(N(0, 1), N(1e-8, 1))
	1e-08
fisher_rao(LogNormal(0, 1), LogNormal(1, 2))
	0.9562298076
fisher_rao(Laplace(0, 1), Laplace(1, 2))
	0.9624236501
fisher_rao(Poisson(l1), Poisson(l2))
	2 abs(sqrt(l1) - sqrt(l2))
fisher_rao(Poisson(1), Poisson(4))
	2
fisher_rao(Exponential(1), Exponential(3))
	1.098612289
fisher_rao(Geometric(0.2), Geometric(0.5))
	1.124523776
fisher_rao(Bernoulli(0.2), Bernoulli(0.5))
	0.6435011088
fisher_rao(Binomial(10, 0.2), Binomial(10, 0.5))
	2.034929181
fisher_rao(N([0, 0], [[2, 0.5], [0.5, 1]]), N([0, 0], I(2)))
	0.5833593053
# For nearby distributions the distance is √(dᵀ F d) to first order.
check fisher_rao(Poisson(4), Poisson(4.0001)) == 0.0001 sqrt(1/4) tol=1e-8
	ok (|a − b| = 3.125e-10 ≤ 1e-08)

# Numerical derivatives check symbolic ones.
f = x^2*y + log(y) + exp(x*y)
check numgrad(f, [x, y], [0.5, 2]) == subs(gradient(f, [x, y]), x=1/2, y=2) tol=1e-10
	ok (largest |a − b| = 2.42e-14 ≤ 1e-10)
check numhessian(f, [x, y], [0.5, 2]) == subs(hessian(f, [x, y]), x=1/2, y=2) tol=1e-9
	ok (largest |a − b| = 1.604e-12 ≤ 1e-09)
numgrad(x^3, [x], [2])
	[12]
	error estimate 6.395e-14
:precision 30
numhessian(f, [x, y], [1/2, 2])
	[ 14.8731273138361809414411498854   6.43656365691809047072057494271  ]
	[  6.43656365691809047072057494271  0.429570457114761308840071867838 ]
:precision 0

# Gauss–Newton: the Hessian of ½‖r‖² without Σ rᵢ ∇²rᵢ; exact for linear residuals.
r = [1 - a - b, 3 - 2 a - b, 2 - 3 a - b]
gauss_newton(r, [a, b])
	[ 14  6 ]
	[  6  3 ]
	Gauss–Newton: the Hessian of ½‖r‖² without the terms Σ rᵢ ∇²rᵢ
check gauss_newton(r, [a, b]) == hessian(dot(r, r)/2, [a, b])
	ok (exact)
# For nonlinear residuals it differs by Σ rᵢ ∇²rᵢ: at a = 0, r = (0, 1) and
# ∇²r₂ = −4, so the Hessian is 5 − 4 = 1. At a perfect fit the two agree.
q = [1 - exp(a), 2 - exp(2 a)]
gauss_newton(q, [a], [0])
	[ 5 ]
	Gauss–Newton: the Hessian of ½‖r‖² without the terms Σ rᵢ ∇²rᵢ
hessian(dot(q, q)/2, [a])
	[ 8 exp(4 a) - exp(a) - 6 exp(2 a) ]
subs(hessian(dot(q, q)/2, [a]), a=0)
	[ 1 ]

# Hessian-vector products, exact, as ∇(∇f · v).
hvp(f, [x, y], [0.5, 2], [1, -1])
	[8.436563657, 6.0069932]
check hvp(f, [x, y], [u, w], [c1, c2]) == hessian(subs(f, x=u, y=w), [u, w]) * [c1, c2]
	ok (symbolic)

# Information beyond the float64 range is kept exact and printed in decimal.
fisher(N(0, 1e300))
	[ 1e-300  0      ]
	[ 0       5e-601 ]
	in (mean, variance)
fisher(N(0, 1e-300))
	[ 1e+300  0      ]
	[ 0       5e+599 ]
	in (mean, variance)
check fisher(N(0, 1e300)) == [[10^-300, 0], [0, 10^-600/2]]
	ok (exact)
check fisher(N(0, 1e-300)) == [[10^300, 0], [0, 10^600/2]]
	ok (exact)
# Symbolic 3×3 information inverted exactly.
crlb(Dirichlet([a, a, a]), n)
	[ (trigamma(a) - 2 trigamma(3 a))/((trigamma(a) - 3 trigamma(3 a)) n trigamma(a))  trigamma(3 a)/((trigamma(a) - 3 trigamma(3 a)) n trigamma(a))                    trigamma(3 a)/((trigamma(a) - 3 trigamma(3 a)) n trigamma(a))                   ]
	[ trigamma(3 a)/((trigamma(a) - 3 trigamma(3 a)) n trigamma(a))                    (trigamma(a) - 2 trigamma(3 a))/((trigamma(a) - 3 trigamma(3 a)) n trigamma(a))  trigamma(3 a)/((trigamma(a) - 3 trigamma(3 a)) n trigamma(a))                   ]
	[ trigamma(3 a)/((trigamma(a) - 3 trigamma(3 a)) n trigamma(a))                    trigamma(3 a)/((trigamma(a) - 3 trigamma(3 a)) n trigamma(a))                    (trigamma(a) - 2 trigamma(3 a))/((trigamma(a) - 3 trigamma(3 a)) n trigamma(a)) ]
	in (alpha)
check crlb(Dirichlet([a, a, a]), n) * n * fisher(Dirichlet([a, a, a])) == I(3)
	ok (exact)

# :steps shows the Jacobian that carries the information over.
:steps on
fisher(N(mu, s^2), [mu, s])
	  J = ∂(m, v)/∂(mu, s), by rows = [1, 0, 0, 2 s]
	  F_t = J_ηᵀ ∇²A(η) J_η, J_η = ∂η/∂t (= Jᵀ F_θ J)
	[ 1/s^2  0     ]
	[ 0      2/s^2 ]
	in (mu, s)
:steps off

# The symbolic Fisher–Rao distance of normals agrees with the numeric one,
# and with the common-mean formula √2 |log(σ2/σ1)| in one dimension.
check subs(fisher_rao(N(m1, v1), N(m2, v2)), m1=0, v1=1, m2=1, v2=2) == fisher_rao(N(0, 1), N(1, 2)) tol=1e-15
	ok (|a − b| = 4.441e-16 ≤ 1e-15)
check fisher_rao(N(0, 1), N(0, 4)) == fisher_rao(N([0], [[1]]), N([0], [[4]])) tol=1e-15
	ok (|a − b| = 1.11e-16 ≤ 1e-15)
check fisher_rao(N([0, 0], [[1e-200, 0], [0, 1]]), N([0, 0], [[4e-200, 0], [0, 1]])) == sqrt(2) log(2) tol=1e-14
	ok (|a − b| = 1.11e-16 ≤ 1e-14)
