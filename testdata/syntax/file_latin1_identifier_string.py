# -*- coding: latin-1 -*-
nom = 'été'
b = b'\xe9'
