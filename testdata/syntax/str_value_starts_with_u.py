x = 'utf-8'
y = "u"
z = """u"""
w = U'u' u'U'
v = b'u'
f'u{x}'
