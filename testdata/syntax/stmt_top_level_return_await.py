return 1
await x
yield 2
break
continue
nonlocal q
