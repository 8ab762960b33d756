package syntax

import (
	"fmt"
	"strings"
)

// describeFirstDifference locates the first difference between two texts
// and shows both around it, which is what one needs to read a failed
// comparison of long one-line dumps.
func describeFirstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	if i == len(got) && i == len(want) {
		return "texts are equal"
	}
	line := strings.Count(want[:i], "\n") + 1
	from := max(0, i-60)
	return fmt.Sprintf("first difference at byte %d (line %d):\n got: …%s\nwant: …%s",
		i, line, diffExcerpt(got, from, i+60), diffExcerpt(want, from, i+60))
}

func diffExcerpt(s string, from, to int) string {
	from = min(from, len(s))
	to = min(to, len(s))
	return strings.ReplaceAll(s[from:to], "\n", `⏎`)
}
