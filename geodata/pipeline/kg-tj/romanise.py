"""Latin spellings of Kyrgyz, Tajik and Russian Cyrillic place names as
English-language reports write them: "Жаңы-Жер" -> Jany-Jer, Jany-Zher,
Zhany-Jer, Zhany-Zher; "Хоҷаи Аъло" -> Khojai Alo.

One letter for each Cyrillic letter (ң n, ө o, ү u, ы y, х kh, ҳ h, ғ gh,
қ q, ҷ j), except ж and Russian дж, written both j (Kyrgyz and Tajik usage,
"Jany-Jer") and zh / dzh (Russian usage, "Zhany-Zher", "Dzhany-Dzher"); a
name with more than MAX_ZH of them is given the two uniform spellings only.
"""
import itertools

LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo", "з": "z", "и": "i",
    "ӣ": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ӯ": "u", "ү": "u", "ф": "f", "х": "kh", "ҳ": "h", "ц": "ts",
    "ч": "ch", "ҷ": "j", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ў": "u",
}
ZH = ("j", "zh")
DZH = ("j", "dzh")
MAX_ZH = 2


def _letter(c, latin):
    return latin[:1].upper() + latin[1:] if c.isupper() else latin


def romanised(name):
    """Latin spellings of a Cyrillic name, or [] when a letter has no rule
    (a name in another script, or Latin already)."""
    lower = name.lower()
    if not any(c in LETTERS or c == "ж" for c in lower):
        return []
    if any(c.isalpha() and c not in LETTERS and c != "ж" for c in lower):
        return []
    # (original text, options): ж and дж are the letters written two ways
    tokens, i = [], 0
    while i < len(name):
        if lower.startswith("дж", i):
            tokens.append((name[i], DZH))
            i += 2
        elif lower[i] == "ж":
            tokens.append((name[i], ZH))
            i += 1
        else:
            tokens.append((name[i], (LETTERS.get(lower[i], name[i]),)))
            i += 1
    slots = [k for k, (_, options) in enumerate(tokens) if len(options) > 1]
    picks = list(itertools.product((0, 1), repeat=len(slots))) if len(slots) <= MAX_ZH else \
        [(0,) * len(slots), (1,) * len(slots)]
    out = []
    for pick in picks:
        choice = dict(zip(slots, pick))
        spelled = "".join(c if not c.isalpha() else _letter(c, options[choice.get(k, 0)])
                          for k, (c, options) in enumerate(tokens))
        if spelled not in out:
            out.append(spelled)
    return out
