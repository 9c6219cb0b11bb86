#!/usr/bin/env python3
"""The reference for pingdian's pinyin readings: for each numbered syllable on standard input
(CC-CEDICT's spelling: xi2, lu:4), one line "tone-marked TAB bopomofo" from pypinyin
(DictionaryPinyinReferenceTests; Docs/dictionary.md)."""
import sys

from pypinyin.contrib.tone_convert import to_tone
from pypinyin.style.bopomofo import BopomofoConverter

converter = BopomofoConverter()
for line in sys.stdin:
    syllable = line.strip().replace("u:", "v")
    try:
        marked = to_tone(syllable)
        print(marked + "\t" + converter.to_bopomofo(marked))
    except Exception:  # a syllable pypinyin does not know
        print("\t")
