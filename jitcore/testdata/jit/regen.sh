#!/bin/sh
# Regenerates the expected outputs of the JIT programs with CPython 3.11:
# run from this folder.
set -e
for p in *.py; do
	python3 "$p" >"${p%.py}.stdout"
done
