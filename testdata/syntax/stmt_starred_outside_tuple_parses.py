*a
x = *a
