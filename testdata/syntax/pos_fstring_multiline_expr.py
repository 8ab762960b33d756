x = f'''abc {
  a +
  b
} def'''
