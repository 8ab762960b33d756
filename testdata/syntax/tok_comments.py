# comment
x = 1  # trailing
# another

    # indented comment
if x:  # c
    # c
    pass
# end