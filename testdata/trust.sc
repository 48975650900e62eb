# Values a user can trust: names stand for what they hold, containers keep
# exact values exactly, constant matrices are numeric, and check compares
# values of the same content written in different shapes.

# A variable that holds free symbols stands for them.
W = [x, y]
gradient(x^2 y, W)
	[2 x y, x^2]
hessian(x^2 y, W)
	[ 2 y  2 x ]
	[ 2 x  0   ]
z = x
diff(x^2, z)
	2 x
gradient(x^2 y, [z, y])
	[2 x y, x^2]
expect(N(m, v), (x - m)^2, z)
	v
