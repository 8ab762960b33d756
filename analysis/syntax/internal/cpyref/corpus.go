package cpyref

import (
	"fmt"
	"io/fs"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// StdlibDir asks the CPython interpreter python for its standard library
// directory.
func StdlibDir(python string) (string, error) {
	out, err := exec.Command(python, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		return "", fmt.Errorf("asking %s for the stdlib directory: %v", python, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// PythonFiles lists the .py files under dir in a stable order, leaving out
// site-packages (third-party code) unless includeSite is set.
func PythonFiles(dir string, includeSite bool) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "site-packages" && !includeSite {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") && d.Type().IsRegular() {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}
