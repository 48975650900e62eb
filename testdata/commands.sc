:help det
	det(A)
	  determinant of a square matrix
	  example: det([[2, 1], [1, 2]])
:help :digits
	:digits N
	  print N significant digits (1–17, default 10)
	  example: :digits 4
:digits 4
pi
	3.142
[[1/3, 2/3], [1, 2]]
	[ 0.3333  0.6667 ]
	[ 1       2      ]
:digits 10
:precision 40
pi
	3.141592653589793238462643383279502884197
log(1 + 1e-30) - 1e-30
	-4.999999999999999999999999999996666666667e-61
sqrt(2)
	1.41421356237309504880168872420969807857
kl(N(0, 1), N(1, 2))
	0.3465735902799726547086160607290882840378
:precision 0
:format latex
[[1, 0.5], [0.5, 2]]
	\begin{bmatrix} 1 & 0.5 \\ 0.5 & 2 \end{bmatrix}
(m1 - m2)^2/(2 s2^2)
	\frac{(m_1 - m_2)^{2}}{2 s_2^{2}}
1e-7
	1 \times 10^{-7}
:format json
[1, 2] * 2
	{"line": 34, "input": "[1, 2] * 2", "value": [2,4], "text": "[2, 4]"}
[[1, 2], [3, 4]]
	{"line": 36, "input": "[[1, 2], [3, 4]]", "value": [[1,2],[3,4]], "text": "[ 1  2 ]\n[ 3  4 ]"}
1/4
	{"line": 38, "input": "1/4", "value": 0.25, "text": "0.25", "digits": 17, "lo": 0.25, "hi": 0.25}
x + 1
	{"line": 40, "input": "x + 1", "value": "x + 1", "text": "x + 1"}
S = I(2)
check 1 == 1
	{"line": 43, "input": "check 1 == 1", "value": "ok (exact)", "text": "ok (exact)"}
:format plain
:vars
	S = a 2×2 matrix
:clear S
:vars
	no variables
:load ../testdata/scripts/defs.inc
loaded
	42
det(Sig)
	0.96
:seed 7
sample(N(0, 1), 2)
	[1.03290248, -0.3913657275]
:seed 7
sample(N(0, 1), 2)
	[1.03290248, -0.3913657275]
:help
	functions: sqrt log exp abs lgamma digamma trigamma polygamma lbeta logbesseli0 besselratio sin cos tanh sigmoid
	linear algebra: det inv tr transpose I diag chol eig dot solve logdet sum norm zeros ones outer sqrtm logsumexp read_matrix
	distributions: N Exponential Gamma Beta Poisson Bernoulli Binomial Geometric NegativeBinomial LogNormal Categorical Dirichlet Laplace Uniform Chi2 InverseGamma Chi HalfNormal Weibull Pareto Gumbel Logistic Cauchy StudentT Kumaraswamy TruncatedNormal VonMises Mixture Multinomial Wishart InverseWishart MvStudentT
	divergences: kl bhattacharyya hellinger w2 cross_entropy skl js tv pearson renyi entropy mahalanobis
	densities and moments: logpdf pdf mean cov var cdf quantile sample
	information: fisher score natgrad expect crlb jeffreys fisher_rao
	plots: plot
	symbolic: subs simplify diff gradient hessian series numgrad numhessian gauss_newton hvp limit integrate tex
	constants: pi e inf
	commands: :help :vars :clear :digits :precision :format :units :seed :steps :load :memory :quit
	statements: name = expr, check a == b [tol=t], assume s > 0, mc f(p, q) [n=…] [seed=…] [level=…], plot mc f(p, q) [n=…] [seed=…] [file="…"], # comment
	:help name describes one; :help history says where entered statements are kept
