f'{x!r:{y!s:{z}}}'
