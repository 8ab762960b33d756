a = 1; b = 2; c
if x: a; b
while 0: pass;
