import textwrap


def card(book):
    body = textwrap.dedent(f"""\
        {book.title}
          by {book.author}, {book.year}
          {book.pages} pages; tags: {', '.join(book.tags) or '-'}
    """)
    return textwrap.indent(body.rstrip("\n"), "| ", lambda line: True)


def blurb(text, width):
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent="> ", subsequent_indent="  ")
