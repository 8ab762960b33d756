if x: pass
else: y = 1
for a in b: c; d
class C: x = 1; y = 2
def f(): return 1
while 1: break
with a: pass
try: pass
except: pass
