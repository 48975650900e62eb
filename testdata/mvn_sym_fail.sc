# Errors of symbolic multivariate normals: each names its line:col and reason.
N([1, 2], [[a, c], [d, b]])
	2:11: N: the covariance must be symmetric, but entry [1, 2] is c and entry [2, 1] is d
		N([1, 2], [[a, c], [d, b]])
		          ^
N([1, 2], [[a, 0], [0, -1]])
	6:11: N: the covariance is not positive definite: its diagonal entry [2, 2] is -1
		N([1, 2], [[a, 0], [0, -1]])
		          ^
N([1, 2], [[-a^2, 0], [0, 1]])
	10:11: N: the variance Σ[1, 1] must be positive, but -a^2 cannot be
		N([1, 2], [[-a^2, 0], [0, 1]])
		          ^
N([1, 2], [[1, 2], [2, 4 - a^2]])
	14:11: N: the covariance is not positive definite: its leading 2×2 minor -a^2 cannot be positive
		N([1, 2], [[1, 2], [2, 4 - a^2]])
		          ^
N([1, 2, 3], [[a, 0], [0, b]])
	18:14: N: the mean has 3 entries but the covariance is 2×2
		N([1, 2, 3], [[a, 0], [0, b]])
		             ^
N([m1, m2], [a, b])
	22:13: N: the covariance must be a matrix, not a 2-vector (use diag(v) for a diagonal one)
		N([m1, m2], [a, b])
		            ^
N([m1, m2], [[a, 0, 0], [0, b, 0]])
	26:13: N: the covariance must be square, not a 2×3 matrix
		N([m1, m2], [[a, 0, 0], [0, b, 0]])
		            ^
kl(N([m1, m2], a I(2)), N([0, 0, 0], I(3)))
	30:1: kl: the distributions have dimensions 2 and 3; they must agree
		kl(N([m1, m2], a I(2)), N([0, 0, 0], I(3)))
		^
kl(N([m1, m2], a I(2)), Gamma(2, 3))
	34:25: kl: a multivariate normal can only be compared with another multivariate normal
		kl(N([m1, m2], a I(2)), Gamma(2, 3))
		                        ^
renyi(N([m1, m2], I(2)), N([0, 0], [[0.4, 0], [0, 2]]), -3)
	38:57: renyi: the order alpha must be positive and finite, not -3
		renyi(N([m1, m2], I(2)), N([0, 0], [[0.4, 0], [0, 2]]), -3)
		                                                        ^
renyi(N([m1, m2], I(2)), N([0, 0], I(2)), -1)
	42:43: renyi: the order alpha must be positive and finite, not -1
		renyi(N([m1, m2], I(2)), N([0, 0], I(2)), -1)
		                                          ^
w2(N([1, 2, 3], [[a, 1, 1], [1, a, 1], [1, 1, a]]), N([0, 0, 0], I(3)))
	46:1: w2: no closed form for these symbolic covariances: tr((Σp^½ Σq Σp^½)^½) has one for blocks of size 1 or 2 and for proportional blocks, not for this 3×3 block; give numbers
		w2(N([1, 2, 3], [[a, 1, 1], [1, a, 1], [1, 1, a]]), N([0, 0, 0], I(3)))
		^
logpdf(N([m1, m2], a I(2)), [x1, x2, x3])
	50:29: logpdf: the point has 3 entries but the distribution has dimension 2
		logpdf(N([m1, m2], a I(2)), [x1, x2, x3])
		                            ^
logpdf(N([m1, m2], a I(2)), x)
	54:29: logpdf: the point must be a 2-vector, not x
		logpdf(N([m1, m2], a I(2)), x)
		                            ^
expect(N([m1, m2], a I(2)), log(x1))
	58:29: expect: of a multivariate normal, the integrand must be a polynomial of degree at most 12 in x1, x2, not log(x1)
		expect(N([m1, m2], a I(2)), log(x1))
		                            ^
expect(N([m1, m2], a I(2)), x1^20)
	62:29: expect: of a multivariate normal, the integrand must be a polynomial of degree at most 12 in x1, x2, not x1^20
		expect(N([m1, m2], a I(2)), x1^20)
		                            ^
expect(N([x1, x2], a I(2)), x1^2)
	66:1: expect: x1 names a component of x and a parameter of the distribution; name the components otherwise (a third argument)
		expect(N([x1, x2], a I(2)), x1^2)
		^
expect(N([m1, m2], a I(2)), x1^2, [u, v, w])
	70:35: expect: name the 2 components, such as [x1, x2] or x (for x1, …, x2)
		expect(N([m1, m2], a I(2)), x1^2, [u, v, w])
		                                  ^
natgrad(N([m1, m2], a I(2)), [1, 2])
	74:9: natgrad: not available for a multivariate normal with symbolic parameters; give numbers
		natgrad(N([m1, m2], a I(2)), [1, 2])
		        ^
sample(N([m1, m2], a I(2)), 10)
	78:8: sample: not available for a multivariate normal with symbolic parameters; give numbers
		sample(N([m1, m2], a I(2)), 10)
		       ^
score(N([0, 0], I(2)), [x1, x2])
	82:7: score: not available for a multivariate normal
		score(N([0, 0], I(2)), [x1, x2])
		      ^
score(N([m1, m2], a I(2)), [1, 2, 3])
	86:28: score: the point has 3 entries but the distribution has dimension 2
		score(N([m1, m2], a I(2)), [1, 2, 3])
		                           ^
plot(N([m1, m2], a I(2)))
	90:6: plot: N(μ = [m1, m2], Σ = [[a, 0], [0, a]]) has symbolic parameters; give numbers
		plot(N([m1, m2], a I(2)))
		     ^
mc kl(N([m1, m2], a I(2)), N([0, 0], I(2)))
	94:7: kl: not available for a multivariate normal with symbolic parameters; give numbers
		mc kl(N([m1, m2], a I(2)), N([0, 0], I(2)))
		      ^
expect(N([1, 2], a I(2)), x)
	98:27: expect: x stands for the random vector; write its components x1, x2 (x = [x1, x2])
		expect(N([1, 2], a I(2)), x)
		                          ^
N(mu, I(13))
	102:3: N: a normal with symbolic entries has at most 12 dimensions, not 13; give numbers
		N(mu, I(13))
		  ^
