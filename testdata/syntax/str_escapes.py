'\n\t\r\\\'\"\a\b\f\v\0'
'\x41\x7f\xff'
'\101\7\777'
'\u00e9\u2028\uffff'
'\U0001F600\U00000041\U0010FFFF'
'\N{EM DASH}\N{LATIN SMALL LETTER A}'
'\d\q\%'
'a\
b'
'\ud800\udfff'
"it's"
'say "hi"'
'both \' and "'
'\
'
