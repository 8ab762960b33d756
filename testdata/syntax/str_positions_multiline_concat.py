x = ('abc'
     'def'
     f'{g}h')
