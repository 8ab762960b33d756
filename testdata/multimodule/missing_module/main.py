import helper
print(helper.greet("world"))
helper.load_plugin()
