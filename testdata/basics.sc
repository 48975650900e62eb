# Numbers stay exact until printed.
1 + 2
	3
1/3
	0.3333333333
0.1 + 0.2
	0.3
2^10
	1024
2^-1
	0.5
-2^2
	-4
(-2)^2
	4
2^3^2
	512
1e-3 * 1000
	1
6/4
	1.5

# Variables, comments and several statements on a line.
a = 2
a^10   # a comment
	1024
b = 3; a * b
	6
2 a + 3 b
	13

# Constants and elementary functions.
pi
	3.141592654
e
	2.718281828
log(2)
	0.6931471806
exp(1)
	2.718281828
sqrt(2)
	1.414213562
sqrt(8)
	2.828427125
abs(-3.5)
	3.5
log(e)
	1

# Brackets continue on the next line.
c = (1 +
     2)
c
	3

# A name with no value is a free symbol.
x + 1
	x + 1
x + x
	2 x
subs(x + 1, x=2)
	3
subs(a x^2, x=3)
	18
exp(1000)
	1.970071114e+434
2^4096
	1.044388881e+1233
1e-400
	1e-400
