#!/bin/sh
# Regenerates the expected output of the Cython pure-mode programs with
# CPython 3.11 (Cython's pure-mode module, or the advisor's stand-in for it
# when python3 lacks Cython): run from this folder.
set -e
for p in *.py; do
	PYTHONPATH=../../../testdata/advisor/pyshim python3 "$p" >"${p%.py}.stdout"
done
