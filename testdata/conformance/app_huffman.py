# Huffman coding with deterministic tie-breaking, encode/decode and a code table.

def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(count, i, ch) for i, (ch, count) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        (c1, _, left), (c2, _, right) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(c1 + c2, counter, (left, right))]
        counter += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, tuple):
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
        else:
            codes[node] = prefix or "0"

    walk(nodes[0][2], "")
    return freq, codes


def encode(text, codes):
    return "".join(codes[ch] for ch in text)


def decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, buf = [], ""
    for b in bits:
        buf += b
        if buf in reverse:
            out.append(reverse[buf])
            buf = ""
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaaaaaa", "the quick brown fox jumps over the lazy dog"]:
    freq, codes = build_codes(text)
    bits = encode(text, codes)
    print(repr(text))
    for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
        print(f"   {ch!r:>5} x{freq[ch]:<3}{codes[ch]}")
    packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big") if bits else b""
    print(f"   {len(text) * 8} bits -> {len(bits)} bits ({len(bits) / (len(text) * 8):.1%}), "
          f"packed {packed.hex()}, decoded ok: {decode(bits, codes) == text}")
    avg = sum(freq[c] * len(codes[c]) for c in freq) / len(text)
    print(f"   average {avg:.4f} bits/char, prefix-free: "
          f"{not any(a != b and b.startswith(a) for a in codes.values() for b in codes.values())}")
