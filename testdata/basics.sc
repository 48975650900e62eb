# Numbers stay exact until printed.
1 + 2
1/3
0.1 + 0.2
2^10
2^-1
-2^2
(-2)^2
2^3^2
1e-3 * 1000
6/4

# Variables, comments and several statements on a line.
a = 2
a^10   # a comment
b = 3; a * b
2 a + 3 b

# Constants and elementary functions.
pi
e
log(2)
exp(1)
sqrt(2)
sqrt(8)
abs(-3.5)
log(e)

# Brackets continue on the next line.
c = (1 +
     2)
c

# A name with no value is a free symbol.
x + 1
x + x
subs(x + 1, x=2)
subs(a x^2, x=3)
