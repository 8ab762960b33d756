package jitcore

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestCTypeNames checks every class a module's cTypes names: it must exist
// and error messages must call it "module.Name", as CPython's tp_name does
// (a misspelt name in a cTypes list would otherwise go unnoticed).
func TestCTypeNames(t *testing.T) {
	var mods []string
	for name, def := range nativeModules {
		if len(def.cTypes) > 0 {
			mods = append(mods, name)
		}
	}
	sort.Strings(mods)
	var src, want strings.Builder
	for _, mod := range mods {
		src.WriteString("import " + mod + "\n")
		for _, cls := range nativeModules[mod].cTypes {
			src.WriteString("try:\n    " + mod + "." + cls + "._no_such_attribute\nexcept AttributeError as e:\n    print(e)\n")
			want.WriteString("type object '" + mod + "." + cls + "' has no attribute '_no_such_attribute'\n")
		}
	}
	path := filepath.Join(t.TempDir(), "ctypes.py")
	if err := os.WriteFile(path, []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, status := runJIT(t, path, &JITOptions{Off: true}, nil)
	if status != 0 || out != want.String() {
		t.Errorf("status %d\nstdout:\n%s\nstderr:\n%s\nwant stdout:\n%s", status, out, errOut, want.String())
	}
}
