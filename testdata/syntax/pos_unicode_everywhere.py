def fünction(ärg='ü', *ß): return ärg + 'ö' * len(ß)  # ç
x = [é for é in 'àé' if é != 'ü']
