# plot: bad input gets one message with its position and the reason.
plot(x^2, x, 0, 1, file="kl.txt")
	2:20: plot: cannot write .txt files: name it .svg, .png or .pdf
		plot(x^2, x, 0, 1, file="kl.txt")
		                   ^
plot(x^2, x, 0, 1, file="kl")
	6:20: plot: "kl" has no extension: name it .svg, .png or .pdf
		plot(x^2, x, 0, 1, file="kl")
		                   ^
plot(x^2, x, 0, 1, file=3)
	10:20: plot: file= needs a file name in quotes, such as file="kl.svg"
		plot(x^2, x, 0, 1, file=3)
		                   ^
plot(x^2, x, 0, 1, file="/nonexistent-dir/kl.svg")
	14:20: plot: cannot write /nonexistent-dir/kl.svg: no such file or directory
		plot(x^2, x, 0, 1, file="/nonexistent-dir/kl.svg")
		                   ^
plot(m * s, m, -3, 3)
	18:6: plot: m * s has free symbol s besides m; give it a value
		plot(m * s, m, -3, 3)
		     ^
plot(kl(N(0, s), N(m, v)), m, -3, 3)
	22:6: plot: kl(N(0, s), N(m, v)) has free symbols s, v besides m; give them values
		plot(kl(N(0, s), N(m, v)), m, -3, 3)
		     ^
plot(x^2, x, 3, -3)
	26:14: plot: the range is empty: 3 is not below -3
		plot(x^2, x, 3, -3)
		             ^
plot(x^2, x, 1, 1)
	30:14: plot: the range is empty: 1 is not below 1
		plot(x^2, x, 1, 1)
		             ^
plot(x^2, x, 0, 1/0)
	34:19: division by zero
		plot(x^2, x, 0, 1/0)
		                  ^
plot(x^2, 2, 0, 1)
	38:11: plot: the variable must be a name, such as x, not 2
		plot(x^2, 2, 0, 1)
		          ^
plot(x^2, pi, 0, 1)
	42:11: plot: pi is a constant and cannot vary
		plot(x^2, pi, 0, 1)
		          ^
plot(x^2, x, 0)
	46:1: plot: an expression is drawn as plot(expr, x, a, b): the expression, the variable and the range a < b
		plot(x^2, x, 0)
		^
plot(x^2, x, 0, 1, from=0)
	50:20: plot: from= is for distributions; an expression's range is plot(expr, x, a, b)
		plot(x^2, x, 0, 1, from=0)
		                   ^
plot(log(x), x, -2, -1)
	54:6: plot: log(x) has no finite value between -2 and -1
		plot(log(x), x, -2, -1)
		     ^
plot([x, [1, 2]], x, 0, 1)
	58:10: plot: [1, 2] is a 2-vector, not a number; plot([e1, e2], x, a, b) draws several expressions
		plot([x, [1, 2]], x, 0, 1)
		         ^
plot(N(0, 1), N(0, 1), from=2, to=1)
	62:24: plot: the range is empty: 2 is not below 1
		plot(N(0, 1), N(0, 1), from=2, to=1)
		                       ^
plot(N(0, 1), 3)
	66:15: plot: 3 is not a distribution; plot(p, q, …) draws distributions, plot(expr, x, a, b) an expression
		plot(N(0, 1), 3)
		              ^
plot(N(m, 1))
	70:6: plot: N(μ = m, σ² = 1) has symbolic parameters; give numbers
		plot(N(m, 1))
		     ^
plot(N([0, 0], I(2)))
	74:6: plot: N(μ = [0, 0], Σ = [[1, 0], [0, 1]]) is 2-dimensional; plot draws distributions of one variable
		plot(N([0, 0], I(2)))
		     ^
plot(Dirichlet([1, 2, 3]))
	78:6: plot: Dirichlet(alpha = [1, 2, 3]) is a distribution of vectors; plot draws distributions of one variable
		plot(Dirichlet([1, 2, 3]))
		     ^
plot(N(0, 1), sample=3)
	82:15: plot has no option sample= (it has from=, to=, file=)
		plot(N(0, 1), sample=3)
		              ^
plot(N(0, 1), N(1, 1), N(2, 1), N(3, 1), N(4, 1), N(5, 1), N(6, 1), N(7, 1), N(8, 1))
	86:1: plot takes 1 to 8 arguments, not 9: plot(p, q, … [, from=a, to=b]) or plot(expr, x, a, b) [, file="name.svg"]
		plot(N(0, 1), N(1, 1), N(2, 1), N(3, 1), N(4, 1), N(5, 1), N(6, 1), N(7, 1), N(8, 1))
		^
plot(foo(x), x, 0, 1)
	90:6: plot: unknown function foo (:help lists them; to multiply, write foo*(…))
		plot(foo(x), x, 0, 1)
		     ^
