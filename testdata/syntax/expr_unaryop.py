-a
+a
~a
not a
- - a
not not a
-1
~-+1
