# A failure several method calls deep inside classes: frames show method names.

class Parser:
    def __init__(self, text):
        self.lines = text.splitlines()

    def records(self):
        return [self.parse_line(i, line) for i, line in enumerate(self.lines, 1) if line]

    def parse_line(self, number, line):
        key, value = line.split(":", 1)
        return key.strip(), Converter.convert(value.strip())


class Converter:
    @staticmethod
    def convert(text):
        if text.startswith("[") and text.endswith("]"):
            return [Converter.convert(p) for p in text[1:-1].split(",")]
        if text.lstrip("-").isdigit():
            return int(text)
        return Converter.number(text)

    @classmethod
    def number(cls, text):
        return float(text)


good = Parser("a: 1\nb: [1, 2, 3]\nc: -4.5\n\nd: [7, -8]")
for key, value in good.records():
    print(key, repr(value))
bad = Parser("x: 10\ny: [1, 2, three]\nz: 0")
print(bad.records())
