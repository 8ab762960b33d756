1if x else y
0 if 1else 2
x = 1.e5j
1_0.0_1e+1_0
0xDEAD_beef
