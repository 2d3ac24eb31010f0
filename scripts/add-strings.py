#!/usr/bin/env python3
"""Adds UI strings to both resource files at once, so German and English never drift apart.

Usage: scripts/add-strings.py KEY "Deutscher Text" "English text" [KEY de en ...]
An existing key is replaced. Safe to run from several shells at once (file lock).
"""
import fcntl, html, re, sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "src/Lebenswelten.Web/Resources"
FILES = {"de": RESOURCES / "SharedResource.resx", "en": RESOURCES / "SharedResource.en.resx"}


def put(text, key, value):
    entry = f'  <data name="{html.escape(key)}" xml:space="preserve">\n    <value>{html.escape(value, quote=False)}</value>\n  </data>\n'
    pattern = re.compile(r'  <data name="' + re.escape(html.escape(key)) + r'" xml:space="preserve">\n    <value>.*?</value>\n  </data>\n', re.S)
    if pattern.search(text):
        return pattern.sub(lambda _: entry, text, count=1)
    return text.replace("</root>", entry + "</root>")


def main(args):
    if len(args) == 0 or len(args) % 3:
        sys.exit(__doc__)
    with open(RESOURCES / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for language, path in FILES.items():
            text = path.read_text(encoding="utf-8")
            for i in range(0, len(args), 3):
                key, de, en = args[i:i + 3]
                text = put(text, key, de if language == "de" else en)
            path.write_text(text, encoding="utf-8")


main(sys.argv[1:])
