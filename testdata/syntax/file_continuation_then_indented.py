\
pass
        \

pass
