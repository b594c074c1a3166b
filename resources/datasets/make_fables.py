#!/usr/bin/env python3
"""Writes talking_animals.txt, the bundled generated text of short animal scenes (README.md in
this folder): narration in the past tense ("The fox walked to the river.") and speech between
straight double quotes in the present tense ("The fox walks to the river."), built from words
written by hand in this script for RNN Lab (CC0) and drawn with a fixed seed. Run it from this
folder; the same file comes out every time.

Speech and narration use the same sentences and differ only in their verbs, and the same
character " opens and closes a quotation: a model reading characters can only tell which tense
comes next, and whether a full stop is followed by a closing quote, by remembering whether a
quotation is open. That is the unit the lesson quote-unit finds.
"""
import random

SEED = 20
PARAGRAPHS = 800

ANIMALS = ["fox", "owl", "hare", "bear", "crow", "mouse", "goat", "frog", "wolf", "duck"]
PLACES = ["river", "barn", "hill", "wood", "pond", "field", "mill", "gate", "well", "road"]
THINGS = ["hat", "bread", "apple", "lamp", "boat", "coat", "basket", "cheese", "honey", "rope"]
FEELINGS = ["cold", "hungry", "tired", "happy", "afraid", "lost", "sad", "glad", "late", "sleepy"]
# Each verb as narration (past) and as speech (present) says it.
MOVES = [("walked to", "walks to"), ("sat by", "sits by"), ("looked at", "looks at"),
         ("ran to", "runs to"), ("stood by", "stands by"), ("came to", "comes to"),
         ("slept by", "sleeps by"), ("hid near", "hides near"), ("waited at", "waits at"),
         ("went past", "goes past")]
DEEDS = [("found", "finds"), ("carried", "carries"), ("mended", "mends"), ("shared", "shares"),
         ("hid", "hides"), ("kept", "keeps"), ("brought", "brings"), ("washed", "washes"),
         ("sold", "sells"), ("dropped", "drops")]
BE = ("was", "is")
RAIN = ("rained", "rains")


def sentence(r, spoken):
    """One sentence, past tense for narration, present tense for speech."""
    k = 1 if spoken else 0
    a = r.choice(ANIMALS)
    forms = [
        lambda: f"the {a} {r.choice(MOVES)[k]} the {r.choice(PLACES)}",
        lambda: f"the {a} {r.choice(DEEDS)[k]} the {r.choice(THINGS)}",
        lambda: f"the {a} {BE[k]} {r.choice(FEELINGS)}",
        lambda: f"the {a} {r.choice(DEEDS)[k]} the {r.choice(THINGS)} by the {r.choice(PLACES)}",
        lambda: f"it {RAIN[k]} on the {r.choice(PLACES)}",
    ]
    s = r.choice(forms)()
    return s[0].upper() + s[1:] + "."


def sentences(r, fewest, most, spoken):
    return " ".join(sentence(r, spoken) for _ in range(r.randint(fewest, most)))


def paragraph(r):
    """Two to four turns: up to two sentences of narration, then an animal's one or two
    sentences of speech."""
    turns = []
    for _ in range(r.randint(2, 4)):
        told = sentences(r, 0, 2, spoken=False)
        said = f"The {r.choice(ANIMALS)} said, \"{sentences(r, 1, 2, spoken=True)}\""
        turns.append(f"{told} {said}" if told else said)
    return " ".join(turns)


def main():
    r = random.Random(SEED)
    text = "\n\n".join(paragraph(r) for _ in range(PARAGRAPHS)) + "\n"
    with open("talking_animals.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
