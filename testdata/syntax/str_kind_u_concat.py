u'a' 'b'
'a' u'b'
u'a' f'{b}'
f'{a}' u'b'
