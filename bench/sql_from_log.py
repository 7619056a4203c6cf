#!/usr/bin/env python3
"""Turns PostgreSQL log lines (log_min_duration_statement = 0) into a pgbench script: every statement the service ran,
in order, with its bind parameters written in as literals, so that pgbench replays exactly the SQL of one API call.
Usage: sql_from_log.py LOGFILE FIRST_LINE > script.sql   (FIRST_LINE: 1-based line where the call's entries start)."""
import re
import sys

log_path, first_line = sys.argv[1], int(sys.argv[2])
lines = open(log_path, encoding="utf-8", errors="replace").read().splitlines()[first_line - 1:]

# An entry starts with a timestamp; continuation lines (multi-line SQL) start with a tab.
entries, current = [], None
for line in lines:
    if re.match(r"^\d{4}-\d{2}-\d{2} ", line):
        current = [line]
        entries.append(current)
    elif current is not None:
        current.append(line.lstrip("\t"))

statements = []
for i, entry in enumerate(entries):
    text = "\n".join(entry)
    match = re.search(r"LOG:\s+duration: [0-9.]+ ms\s+(?:execute [^:]*|statement): (.*)", text, re.S)
    if not match:
        continue
    sql = match.group(1).strip()
    if re.match(r"(?i)^(BEGIN|COMMIT|ROLLBACK|SET|SHOW|select set_config)", sql) or "pg_catalog" in sql:
        continue
    parameters = {}
    if i + 1 < len(entries) and "DETAIL:  Parameters:" in entries[i + 1][0]:
        detail = "\n".join(entries[i + 1]).split("DETAIL:  Parameters:", 1)[1]
        for name, value in re.findall(r"\$(\d+) = (NULL|'(?:[^']|'')*')", detail):
            parameters[int(name)] = value
    sql = re.sub(r"\$(\d+)", lambda m: parameters.get(int(m.group(1)), "NULL"), sql)
    statements.append(" ".join(sql.split()) + ";")

print("\n".join(statements))
