a b
x = €
