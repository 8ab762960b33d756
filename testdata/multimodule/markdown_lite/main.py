"""A tiny Markdown-to-HTML converter: block parsing (headings, lists, code
fences, paragraphs), inline rules as re.sub with functions, HTML escaping,
a table of contents, and a page template from string.Template."""
from string import Template

from mdlite import render, toc
from mdlite.inline import inline, slugify

SOURCE = """\
# Release notes

Version **2.0** brings *faster* parsing & a new `--watch` flag.
See [the docs](https://example.org/docs?x=1&y=2) for details.

## Changes

- Parser rewritten <no regex backtracking>
- Added `render(text, safe=True)`
- Fixed **bold *nested* text**

## Example

```python
if a < b and c > d:
    print("x & y")
```

### Known issues
1. Tables are not supported
2. Neither are footnotes

Thanks to everyone who tested the betas!
"""

body = render(SOURCE)
print(body)
print("---")
for level, title, anchor in toc(SOURCE):
    print("  " * (level - 1) + f"- {title} (#{anchor})")
page = Template("<html><title>$title</title><body>\n$body\n</body></html>").substitute(title="Notes", body=body[:60])
print(page)
print(Template("$$5 for ${item}s, $missing").safe_substitute(item="apple"))
try:
    Template("$name is $age").substitute(name="Ann")
except KeyError as e:
    print("KeyError:", e)
print(inline("a **b** c *d* `e<f>` [g](h)"), slugify("Hello, World! 2024"))
