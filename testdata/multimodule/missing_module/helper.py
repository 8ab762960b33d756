def greet(name):
    return f"hello {name}"


def load_plugin():
    import plugin_that_does_not_exist
    return plugin_that_does_not_exist
