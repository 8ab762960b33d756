a.match
a.case
a._
x.if_
print.__class__
