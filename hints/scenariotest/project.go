package scenariotest

import (
	"bytes"
	"encoding/json"
	"regexp"
	"sort"

	"jitlens/analysis"
	"jitlens/hints"
	"jitlens/profile"
)

// StaticJSON is what `jitlens hints --json FILE` prints for the scenario.
func (s *Scenario) StaticJSON(f *analysis.File) ([]byte, error) {
	var b bytes.Buffer
	err := hints.WriteJSON(&b, s.File, s.Src, hints.Advise(hints.Input{File: f, Path: s.File}))
	return b.Bytes(), err
}

// Measured returns the hints of the scenario weighed by a run report.
func (s *Scenario) Measured(f *analysis.File, r *profile.RunReport) []hints.Hint {
	return hints.Advise(hints.Input{File: f, Report: r, Path: s.reportFile(r)})
}

var (
	percent = regexp.MustCompile(`(<1|\d+)%`)
	hottest = regexp.MustCompile("Hottest line: \\d+ `[^\n]*?` \\(N% of the run\\)")
	ranIn   = regexp.MustCompile(`; it ran (in the interpreter|as native code|N% as native code)`)
)

// timingFields are the evidence fields that vary from run to run.
// The tier is one of them: it is only stated for a function whose own
// lines hold a share above a threshold, and it follows the JIT's warm-up.
var timingFields = []string{"share", "function_share", "samples", "io_share", "tier"}

// mergeIOBound keeps one io-bound hint per function, reduced to its kind
// and function: which lines of a function cross the line threshold varies
// with where the samples land (a loop's time is split between its header
// and its body), whether the function waits on I/O does not.
func mergeIOBound(list []any) []any {
	var out []any
	seen := map[string]bool{}
	for _, h := range list {
		h := h.(map[string]any)
		if h["kind"] != string(hints.IOBound) {
			out = append(out, h)
			continue
		}
		fn, _ := h["function"].(string)
		if seen[fn] {
			continue
		}
		seen[fn] = true
		out = append(out, map[string]any{"kind": h["kind"], "function": fn, "message": "(lines waiting on I/O)",
			"range": map[string]any{"start": map[string]any{"line": 0.0, "column": 0.0}}})
	}
	return out
}

// Project is the deterministic part of measured hints, as a JSON document
// in the schema of `jitlens hints --json`: kinds, ranges, functions,
// messages with percentages masked as N% (and the hottest line, which two
// equally hot lines may swap, and the tier a function ran in, left out as
// well), the evidence that does not
// depend on timing, related locations and fixes. Severity, which follows
// the measured share, is left out; hints are sorted by place and kind,
// since their order follows the measured shares too. io-bound hints are
// merged into one per function (see mergeIOBound).
func Project(file string, src []byte, hs []hints.Hint) ([]byte, error) {
	var b bytes.Buffer
	if err := hints.WriteJSON(&b, file, src, hs); err != nil {
		return nil, err
	}
	var doc map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		return nil, err
	}
	list, _ := doc["hints"].([]any)
	list = mergeIOBound(list)
	for _, h := range list {
		h := h.(map[string]any)
		delete(h, "severity")
		msg := percent.ReplaceAllString(h["message"].(string), "N%")
		msg = hottest.ReplaceAllString(msg, "Hottest line: L")
		h["message"] = ranIn.ReplaceAllString(msg, "")
		if ev, ok := h["evidence"].(map[string]any); ok {
			for _, k := range timingFields {
				delete(ev, k)
			}
		}
	}
	kindOrder := map[string]int{}
	for i, k := range hints.Kinds {
		kindOrder[string(k)] = i
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i].(map[string]any), list[j].(map[string]any)
		pa, pb := start(a), start(b)
		if pa != pb {
			return pa[0] < pb[0] || pa[0] == pb[0] && pa[1] < pb[1]
		}
		if ka, kb := kindOrder[a["kind"].(string)], kindOrder[b["kind"].(string)]; ka != kb {
			return ka < kb
		}
		if ma, mb := a["message"].(string), b["message"].(string); ma != mb {
			return ma < mb
		}
		fa, _ := a["function"].(string)
		fb, _ := b["function"].(string)
		return fa < fb
	})
	doc["hints"] = list
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(doc)
	return out.Bytes(), err
}

func start(h map[string]any) [2]float64 {
	r := h["range"].(map[string]any)["start"].(map[string]any)
	return [2]float64{r["line"].(float64), r["column"].(float64)}
}
