café = 1
π = 3.14
日本 = '語'
ñandú.ä = 2
def ƒ(ĳ): return ĳ
class Ω: pass
x.é
