#!/usr/bin/env python3
"""Git merge driver for the resource files: merges <data> entries by key, not by line.

Parallel branches all append strings before </root>; a line merge either conflicts there or (as a union) interleaves
entries. Here: every key of ours stays in place; a key only theirs has is appended; a key both changed differently
is a conflict (exit 1, ours kept and the key named).
Register once per clone:
  git config merge.resx.driver "python3 scripts/merge-resx.py %O %A %B"
Usage by git: merge-resx.py BASE OURS THEIRS  (writes the result to OURS)
"""
import re, sys
from pathlib import Path

ENTRY = re.compile(r'  <data name="([^"]+)" xml:space="preserve">\n.*?</data>\n', re.S)


def entries(text):
    return {m.group(1): m.group(0) for m in ENTRY.finditer(text)}


def main(base_path, ours_path, theirs_path):
    ours_text = Path(ours_path).read_text(encoding="utf-8")
    base, theirs = (entries(Path(p).read_text(encoding="utf-8")) for p in (base_path, theirs_path))
    ours = entries(ours_text)
    conflicts = []
    result = ours_text
    for key, block in ours.items():
        if key in theirs and theirs[key] != block:
            if base.get(key) == block:
                result = result.replace(block, theirs[key], 1)
            elif base.get(key) != theirs[key]:
                conflicts.append(key)
    for key in [k for k in ours if k not in theirs and k in base and base[k] == ours[k]]:
        result = result.replace(ours[key], "", 1)  # theirs removed it, we did not touch it
    added = "".join(block for key, block in theirs.items() if key not in ours and key not in base)
    result = result.replace("</root>", added + "</root>")
    Path(ours_path).write_text(result, encoding="utf-8")
    for key in conflicts:
        print(f"merge-resx: both sides changed {key}; kept ours", file=sys.stderr)
    return 1 if conflicts else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
