import re

from .inline import escape, inline, slugify

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^[-*]\s+(.*)$")
_NUMBERED = re.compile(r"^\d+\.\s+(.*)$")


def render(text):
    out, para, items, kind = [], [], [], None
    lines = iter(text.splitlines())

    def flush():
        nonlocal items, kind
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if items:
            out.append(f"<{kind}>" + "".join(f"<li>{inline(i)}</li>" for i in items) + f"</{kind}>")
            items, kind = [], None

    for line in lines:
        if line.startswith("```"):
            flush()
            lang = line[3:].strip()
            code = []
            for inner in lines:
                if inner.startswith("```"):
                    break
                code.append(escape(inner))
            cls = f' class="language-{lang}"' if lang else ""
            out.append(f"<pre><code{cls}>" + "\n".join(code) + "</code></pre>")
        elif m := _HEADING.match(line):
            flush()
            level = len(m.group(1))
            out.append(f'<h{level} id="{slugify(m.group(2))}">{inline(m.group(2))}</h{level}>')
        elif (m := _BULLET.match(line)) or (n := _NUMBERED.match(line)):
            if para:
                flush()
            new_kind = "ul" if m else "ol"
            if kind and kind != new_kind:
                flush()
            kind = new_kind
            items.append((m or n).group(1))
        elif not line.strip():
            flush()
        else:
            if items:
                flush()
            para.append(line.strip())
    flush()
    return "\n".join(out)


def toc(text):
    in_code = False
    entries = []
    for line in text.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and (m := _HEADING.match(line)):
            entries.append((len(m.group(1)), m.group(2), slugify(m.group(2))))
    return entries
