# Reports words, sentences, average sentence length and a readability score for a text file.
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
sentences = [s for s in re.split(r"[.!?]+\s", text) if s.strip()]
words = re.findall(r"[A-Za-z']+", text)


def syllables(word):
    groups = re.findall(r"[aeiouy]+", word.lower())
    count = len(groups)
    if word.lower().endswith("e") and count > 1:
        count -= 1
    return max(count, 1)


n_syll = sum(syllables(w) for w in words)
wps = len(words) / max(len(sentences), 1)
spw = n_syll / max(len(words), 1)
flesch = 206.835 - 1.015 * wps - 84.6 * spw

print(f"words:      {len(words)}")
print(f"sentences:  {len(sentences)}")
print(f"words/sent: {wps:.1f}")
print(f"Flesch reading ease: {flesch:.0f}")
