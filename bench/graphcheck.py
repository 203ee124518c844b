"""Consistency checks on a newsgraph database, shared by bench/kill-ingest and bench/scale.

The same checks as Tests/NewsGraphTests/Support/GraphInvariants.swift (SQLite's integrity
check, foreign keys, every aggregate equal to the rows it summarises), plus the ones that
show an article stored only in part: mentions pointing at entities the article does not
list, article_entities counts below the article's own mentions, evidence whose
sentence lies outside its article's text.

    python3 bench/graphcheck.py DB      # prints the problems, exit 1 if any
"""
import os
import sqlite3
import sys

CHECKS = [
    ("relation weight differs from its evidence",
     "SELECT count(*) FROM relations r WHERE r.weight != (SELECT count(*) FROM evidence e WHERE e.relation_id = r.id)"),
    ("relation article_count differs from its evidence",
     "SELECT count(*) FROM relations r WHERE r.article_count != (SELECT count(DISTINCT article_id) FROM evidence e WHERE e.relation_id = r.id)"),
    ("relation without evidence",
     "SELECT count(*) FROM relations r WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relation_id = r.id)"),
    ("entity mention_count differs from its articles",
     "SELECT count(*) FROM entities x WHERE x.mention_count != (SELECT coalesce(sum(mention_count), 0) FROM article_entities ae WHERE ae.entity_id = x.id)"),
    ("entity article_count differs from its articles",
     "SELECT count(*) FROM entities x WHERE x.article_count != (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = x.id)"),
    ("article without text or hash",
     "SELECT count(*) FROM articles WHERE text IS NULL OR length(content_hash) != 64"),
    # Not equal: the resolver also counts references that are not tagger mentions (an event's
    # "the talks"), which have no mentions row.
    ("article_entities count below the article's resolved mentions",
     """SELECT count(*) FROM article_entities ae WHERE ae.mention_count <
        (SELECT count(*) FROM mentions m WHERE m.article_id = ae.article_id AND m.entity_id = ae.entity_id)"""),
    ("resolved mention whose entity the article does not list",
     """SELECT count(*) FROM mentions m WHERE m.entity_id IS NOT NULL AND NOT EXISTS
        (SELECT 1 FROM article_entities ae WHERE ae.article_id = m.article_id AND ae.entity_id = m.entity_id)"""),
    ("mention or evidence offsets outside the article text",
     """SELECT (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE m.start_offset < 0 OR m.end_offset > length(a.text) OR m.start_offset >= m.end_offset)
             + (SELECT count(*) FROM evidence e JOIN articles a ON a.id = e.article_id
                WHERE e.start_offset < 0 OR e.end_offset > length(a.text))"""),
    ("two article rows with one identity",
     "SELECT count(*) - count(DISTINCT coalesce(canonical_url, url)) FROM articles"),
]


def violations(path):
    """Problems found in the database at path; empty when it is consistent."""
    if not os.path.exists(path):
        return []  # killed before the file was created
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        problems = []
        try:
            integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        except sqlite3.OperationalError as error:
            # A process killed in the middle of a write leaves a WAL index that the next
            # opener must rebuild, which a read-only connection may not do (as newsgraph's
            # next run would): open it read-write and let SQLite recover it.
            if "readonly" not in str(error):
                raise
            db.close()
            db = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=30)
            integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append("integrity_check: " + "; ".join(integrity[:5]))
        foreign = db.execute("PRAGMA foreign_key_check").fetchall()
        if foreign:
            problems.append(f"{len(foreign)} foreign key violations")
        # A process killed while opening a new file leaves it before migration 1 committed:
        # no tables at all is consistent (the schema is created in one transaction), some is not.
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return problems
        missing = {"articles", "entities", "article_entities", "mentions", "relations", "evidence"} - tables
        if missing:
            return problems + ["schema in part, missing tables: " + ", ".join(sorted(missing))]
        for name, sql in CHECKS:
            count = db.execute(sql).fetchone()[0]
            if count:
                problems.append(f"{count}: {name}")
        return problems
    finally:
        db.close()


def count(path, sql="SELECT count(*) FROM articles"):
    if not os.path.exists(path):
        return 0
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").fetchone():
            return 0  # killed before the schema was created
        return db.execute(sql).fetchone()[0]
    finally:
        db.close()


if __name__ == "__main__":
    found = violations(sys.argv[1])
    for problem in found:
        print(problem)
    print("ok" if not found else f"{len(found)} problems")
    sys.exit(1 if found else 0)
