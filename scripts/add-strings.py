#!/usr/bin/env python3
"""Adds UI strings to one capability's German and English resource files at once, so they never drift apart.

Usage: scripts/add-strings.py SET KEY "Deutscher Text" "English text" [KEY de en ...]
SET is the text set's marker, e.g. Offerings (Features/Offerings/OfferingsResource.resx) or Shared.
An existing key is replaced; keys stay sorted, one per line.
"""
import html, re, sys
from pathlib import Path

WEB = Path(__file__).resolve().parent.parent / "src/Lebenswelten.Web"
LINE = re.compile(r'  <data name="([^"]+)" xml:space="preserve"><value>.*?</value></data>\n')


def files_of(text_set):
    found = [p for p in WEB.rglob(f"{text_set}Resource.resx") if "/obj/" not in str(p) and "/bin/" not in str(p)]
    if len(found) != 1:
        sys.exit(f"add-strings: no single {text_set}Resource.resx under {WEB}")
    german = found[0]
    return {"de": german, "en": german.with_name(f"{text_set}Resource.en.resx")}


def put(text, key, value):
    entries = {m.group(1): m.group(0) for m in LINE.finditer(text)}
    entries[html.escape(key)] = f'  <data name="{html.escape(key)}" xml:space="preserve"><value>{html.escape(value, quote=False)}</value></data>\n'
    head = text[:text.index("  <data ")] if "  <data " in text else text[:text.index("</root>")]
    return head + "".join(entries[k] for k in sorted(entries, key=str.lower)) + "</root>\n"


def main(args):
    if len(args) < 4 or (len(args) - 1) % 3:
        sys.exit(__doc__)
    for language, path in files_of(args[0]).items():
        text = path.read_text(encoding="utf-8")
        for i in range(1, len(args), 3):
            key, de, en = args[i:i + 3]
            text = put(text, key, de if language == "de" else en)
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
