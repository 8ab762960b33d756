import calc
print(calc.safe_div(1, 0))
print(calc.div(1, 0))
