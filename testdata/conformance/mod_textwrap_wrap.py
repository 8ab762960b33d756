import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known phrase -- used by typists -- "
        "contains every letter of the English alphabet; it's short, self-contained and easy-to-remember.")
for w in (10, 20, 33, 50):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=60), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", width=11))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10))
print(textwrap.wrap("supercalifragilistic-expialidocious", width=12), textwrap.wrap("a b", width=1))
print(textwrap.wrap("x\ty\tz", width=12), textwrap.wrap("one two three four five six", width=10, max_lines=2))
print(textwrap.wrap("long-words-with-many-hyphens here", width=8, break_on_hyphens=False))
print(repr(textwrap.dedent("    def f():\n        return 1\n\n    x = 2\n")), repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  x\n    y")))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\nb", "+", lambda l: True))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print(e)
