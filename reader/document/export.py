"""Turning an ``Analysis`` into the CLI's outputs: JSON, an indented tree, Markdown, text.

Owns the spec's §2 JSON schema and the script conversion of labels and text.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from . import linebreak
from .model import KIND_MARKS, Analysis, Figure, Node
from .script import convert, normalise
from .speakers import speaker_index


def effective_script(analysis: Analysis, script: str) -> str:
    return analysis.script if script == "original" else script


def outline_json(analysis: Analysis, script: str = "original") -> dict[str, Any]:
    def node(n: Node) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": n.kind,
            "label": convert(n.label, script),
            "level": n.level,
            "start": n.start,
            "end": n.end,
            "figures": n.figures,
            "children": [node(c) for c in n.children],
        }
        if n.speaker:
            out["speaker"] = convert(n.speaker, script)
        if n.subtitle:
            out["subtitle"] = convert(n.subtitle, script)
        return out

    doc = analysis.document
    result: dict[str, Any] = {
        "title": convert(doc.title, script),
        "script": effective_script(analysis, script),
        "length": len(doc.text),
        "nodes": [node(n) for n in analysis.nodes],
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason} for r in doc.removed],
    }
    if doc.title_range:
        result["title_range"] = list(doc.title_range)
    if doc.metadata:
        result["metadata"] = doc.metadata
    return result


def speakers_json(analysis: Analysis, script: str = "original") -> dict[str, Any]:
    return {
        "speakers": [
            {
                "name": convert(sp.name, script),
                "aliases": [convert(a, script) for a in sp.aliases],
                "figures": sp.figures,
                "turns": [
                    {"label": convert(t.label, script), "start": t.start, "end": t.end, "figures": t.figures}
                    for t in sp.turns
                ],
            }
            for sp in speaker_index(analysis)
        ]
    }


def speakers_text(analysis: Analysis, script: str = "original") -> str:
    lines: list[str] = []
    for sp in speaker_index(analysis):
        aka = f" ({'、'.join(convert(a, script) for a in sp.aliases)})" if sp.aliases else ""
        lines.append(f"{convert(sp.name, script)}{aka}: {len(sp.turns)} turn{'s' * (len(sp.turns) != 1)}, "
                     f"{sp.figures} figure{'s' * (sp.figures != 1)}")
        lines.extend(f"  {t.start}\t{t.end}\t{convert(t.label, script)}" for t in sp.turns)
    return "\n".join(lines) if lines else "(no speakers found)"


def figures_json(analysis: Analysis) -> dict[str, Any]:
    return {
        "figures": [
            {"text": f.text, "kind": f.kind, "start": f.start, "end": f.end} for f in analysis.figures
        ]
    }


def outline_tree(analysis: Analysis, script: str = "original") -> str:
    lines = [convert(analysis.document.title, script) or "(untitled)"]

    def walk(nodes: list[Node], prefix: str) -> None:
        for k, n in enumerate(nodes):
            last = k == len(nodes) - 1
            label = convert(n.label, script)
            extra = f" ({convert(n.subtitle, script)})" if n.subtitle else ""
            figs = f"  [{n.figures}]" if n.figures else ""
            lines.append(f"{prefix}{'└─' if last else '├─'} {KIND_MARKS[n.kind]} {label}{extra}{figs}")
            walk(n.children, prefix + ("   " if last else "│  "))

    walk(analysis.nodes, "")
    return "\n".join(lines)


def outline_markdown(analysis: Analysis, script: str = "original") -> str:
    starts = [f.start for f in analysis.figures]
    out = [f"# {convert(analysis.document.title, script) or 'Outline'}", ""]

    def own_figures(n: Node) -> list[Figure]:
        spans = [(n.start, n.end)]
        for c in n.children:
            a, b = spans.pop()
            spans += [(a, c.start), (c.end, b)]
        found: list[Figure] = []
        for a, b in spans:
            i = bisect_left(starts, a)
            while i < len(starts) and starts[i] < b:
                found.append(analysis.figures[i])
                i += 1
        return found

    def walk(nodes: list[Node], depth: int) -> None:
        for n in nodes:
            label = convert(n.label, script)
            sub = f" — {convert(n.subtitle, script)}" if n.subtitle else ""
            out.append(f"{'  ' * depth}- **{_md_escape(label)}**{_md_escape(sub)} _({n.kind})_")
            figs = own_figures(n)
            if figs:
                shown = "、".join(convert(f.text, script) for f in figs[:40])
                more = f" …(+{len(figs) - 40})" if len(figs) > 40 else ""
                out.append(f"{'  ' * (depth + 1)}- figures: {_md_escape(shown)}{more}")
            walk(n.children, depth + 1)

    walk(analysis.nodes, 0)
    return "\n".join(out) + "\n"


def _md_escape(s: str) -> str:
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in s)


def find_sections(analysis: Analysis, spec: str) -> list[Node]:
    """The sections ``spec`` names: a number N (the Nth node in the order ``outline``
    prints them, from 1), or a label in either script (exact, else a prefix; of several,
    the one outermost in the outline when it is the only one at its level)."""
    nodes = list(analysis.walk())
    spec = spec.strip()
    if spec.isdigit():
        k = int(spec)
        return [nodes[k - 1]] if 1 <= k <= len(nodes) else []
    key = normalise(spec)
    exact = [n for n in nodes if normalise(n.label) == key]
    found = exact or [n for n in nodes if normalise(n.label).startswith(key)]
    if len(found) > 1:  # 二 names 二、… at the top and 二是… inside 一: the outermost, if one
        top = min(n.level for n in found)
        outermost = [n for n in found if n.level == top]
        if len(outermost) == 1:
            return outermost
    return found


def section_text(analysis: Analysis, node: Node, script: str = "original", width: int = 0) -> str:
    """One section's text, its heading and its subsections included, like ``cleaned_text``."""
    if node.inline:
        texts = [analysis.text[node.start : node.end]]
    else:
        texts = [p.text for p in analysis.paragraphs[node.first_para : node.last_para]]
    return _lines(texts, script, width)


def iter_figures_json(analysis: Analysis) -> Iterator[str]:
    """``figures --json`` in pieces, one figure a line, so a million figures stream out."""
    yield '{"figures": [\n'
    last = len(analysis.figures) - 1
    for k, f in enumerate(analysis.figures):
        item = json.dumps({"text": f.text, "kind": f.kind, "start": f.start, "end": f.end}, ensure_ascii=False)
        yield f" {item}{',' if k < last else ''}\n"
    yield "]}\n"


def cleaned_text(analysis: Analysis, script: str = "original", width: int = 0) -> str:
    paras = [analysis.document.title] if analysis.document.title else []
    paras += [p.text for p in analysis.paragraphs]
    return _lines(paras, script, width)


def _lines(paras: list[str], script: str, width: int) -> str:
    out: list[str] = []
    for text in paras:
        text = convert(text, script)
        if width > 0:
            out.extend(text[a:b].rstrip() for a, b in linebreak.wrap(text, width))
            out.append("")
        else:
            out.append(text)
    return "\n".join(out).rstrip("\n") + "\n"
