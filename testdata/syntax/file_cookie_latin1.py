# -*- coding: latin-1 -*-
x = 'éè'
y = b'abc'
