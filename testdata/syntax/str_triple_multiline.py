x = '''
line1
  line2
'''
y = """a
"b"
''c''
"""
z = '''\
no newline'''
