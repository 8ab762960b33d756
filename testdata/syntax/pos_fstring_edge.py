f'{{'
f'}}'
f'{{}}{x}{{'
f'''{x!r}'''
f"{'a'}"
f'{x:{y}d}'
f'{"a" if x else "b"}'
