'a' f'{x}' 'b' f'{y}'
f'{x}' f'' 'c'
u'x' f'{y}'
