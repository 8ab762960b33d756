# __init_subclass__ as a plugin registry, with class keyword arguments and checks.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise TypeError(f"duplicate plugin name {key!r}")
        if not hasattr(cls, "run"):
            raise TypeError(f"{cls.__name__} must define run()")
        cls.plugin_name = key
        cls.priority = priority
        Plugin.registry[key] = cls

class Upper(Plugin, priority=5):
    def run(self, text):
        return text.upper()

class Reverse(Plugin, name="rev", priority=9):
    def run(self, text):
        return text[::-1]

class Strip(Plugin):
    def run(self, text):
        return text.strip()

class LoudReverse(Reverse, name="loud-rev", priority=1):
    def run(self, text):
        return super().run(text) + "!"

print(sorted(Plugin.registry))
ordered = sorted(Plugin.registry.values(), key=lambda c: -c.priority)
text = "  hello plugins  "
for plugin_cls in ordered:
    text = plugin_cls().run(text)
    print(f"{plugin_cls.plugin_name:>9} (p={plugin_cls.priority}) -> {text!r}")

try:
    class Another(Plugin, name="rev"):
        def run(self, text):
            return text
except TypeError as exc:
    print("TypeError:", exc)

try:
    class Lazy(Plugin):
        pass
except TypeError as exc:
    print("TypeError:", exc)

try:
    class Typo(Plugin, prio=3):
        def run(self, text):
            return text
except TypeError as exc:
    print("TypeError:", exc)

class Tracked:
    subclasses = []

    def __init_subclass__(cls):
        Tracked.subclasses.append(cls.__qualname__)

class One(Tracked):
    class Inner(Tracked):
        pass

class Two(One):
    pass

print(Tracked.subclasses, [c.__name__ for c in Tracked.__subclasses__()])
print(sorted(Plugin.registry) == sorted(c.plugin_name for c in Plugin.registry.values()))
