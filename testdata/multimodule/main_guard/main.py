import tool
print("main:", __name__, tool.__name__)
print(tool.run([5, 3, 8]))
