x = a – b
