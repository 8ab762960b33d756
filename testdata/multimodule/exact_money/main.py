from ledger import Ledger
from ledger.rates import convert
book = Ledger()
book.add("rent", "-1200.50")
book.add("salary", "3500")
book.add("coffee", "-3.3")
book.add("coffee", "-3.3")
print(book.balance(), float(book.balance()), book.by_category())
print(convert(book.balance(), "1/3"), book.split(3))
