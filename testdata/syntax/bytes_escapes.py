b'\n\t\r\\\'\"\a\b\f\v\0'
b'\x41\x7f\xff\x00'
b'\101\7\377'
b'\d\u00e9\N{x}'
b'it\'s'
b"it's"
b'a\
b'
