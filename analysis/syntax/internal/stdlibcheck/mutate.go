package main

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
)

// insertions are the fragments a mutation may insert: brackets, quotes,
// operators, keywords and whitespace, which between them reach most of the
// parser's error paths.
var insertions = []string{
	"(", ")", "[", "]", "{", "}", ":", ",", ";", "=", ":=", ".", "'", `"`, `"""`, "\\",
	"*", "**", "->", "@", "if ", "else ", "lambda ", "def ", "not ", "in ", "yield ",
	"async ", "await ", "return ", "f'{", "}", "!", "$", "\t", " ", "    ", "\n",
}

// writeMutants writes n mutants of each file under tmp and returns their
// paths. A mutant is its file with one small random edit at an ASCII
// byte: a byte deleted, a line deleted, a fragment inserted or two bytes
// swapped, so that most mutants are syntax errors near real code.
func writeMutants(files []string, dir, tmp string, n int, seed int64) ([]string, error) {
	rng := rand.New(rand.NewSource(seed))
	var out []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if len(src) == 0 {
			continue
		}
		base := strings.ReplaceAll(relPath(dir, f), string(filepath.Separator), "__")
		for k := 0; k < n; k++ {
			path := filepath.Join(tmp, fmt.Sprintf("%s.%d.py", strings.TrimSuffix(base, ".py"), k))
			if err := os.WriteFile(path, mutate(src, rng), 0o644); err != nil {
				return nil, err
			}
			out = append(out, path)
		}
	}
	return out, nil
}

// mutate returns a copy of src with one random edit.
func mutate(src []byte, rng *rand.Rand) []byte {
	i := rng.Intn(len(src))
	for tries := 0; src[i] >= 0x80 && tries < 100; tries++ {
		i = rng.Intn(len(src))
	}
	b := append([]byte(nil), src[:i]...)
	switch rng.Intn(4) {
	case 0: // delete a byte
		return append(b, src[i+1:]...)
	case 1: // delete the line holding i
		start := strings.LastIndexByte(string(src[:i]), '\n') + 1
		end := i + strings.IndexByte(string(src[i:]), '\n')
		if end < i {
			end = len(src) - 1
		}
		return append(append([]byte(nil), src[:start]...), src[end+1:]...)
	case 2: // insert a fragment
		b = append(b, insertions[rng.Intn(len(insertions))]...)
		return append(b, src[i:]...)
	default: // swap two bytes
		if i+1 < len(src) && src[i+1] < 0x80 {
			b = append(b, src[i+1], src[i])
			return append(b, src[i+2:]...)
		}
		return append(b, src[i+1:]...)
	}
}
