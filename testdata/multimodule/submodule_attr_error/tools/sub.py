thing = "sub-thing"
