"""Small SVG charts drawn on the server, so that the pages need no script to show them."""
from __future__ import annotations

import math
from datetime import date

from markupsafe import Markup, escape

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f",
           "#bcbd22"]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def claims_chart(claims: list[dict], width: int = 640, height: int = 220) -> Markup:
    """Each claimant's figures over publication dates: a line per claimant, open-ended
    claims ("более 60") drawn with an arrow up."""
    points = [(c, _day(c["document"]["published"])) for c in claims if c.get("low") is not None]
    points = [(c, d) for c, d in points if d]
    if not points:
        return Markup("")
    days = [d.toordinal() for _, d in points]
    values = [c["low"] if c.get("high") is None else max(c["low"], c["high"]) for c, _ in points]
    x0, x1 = min(days), max(days) + (1 if min(days) == max(days) else 0)
    top = max(values) * 1.15 or 1
    left, right, bottom, up = 56, 150, 28, 12

    def x(day: int) -> float:
        return left + (day - x0) / (x1 - x0) * (width - left - right)

    def y(value: float) -> float:
        return height - bottom - value / top * (height - bottom - up)

    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="figures over time">']
    for tick in _ticks(top):
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:g}</text>')
    for day in sorted(set(days)):
        parts.append(f'<text x="{x(day):.1f}" y="{height - 8}" text-anchor="middle">'
                     f'{date.fromordinal(day).strftime("%d.%m")}</text>')
    by_claimant: dict[str, list] = {}
    for (c, d), v in zip(points, values):
        by_claimant.setdefault(c["claimant"]["name"], []).append((d.toordinal(), v, c))
    for n, (name, series) in enumerate(sorted(by_claimant.items())):
        colour = PALETTE[n % len(PALETTE)]
        series.sort(key=lambda p: p[0])
        if len(series) > 1:
            line = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v, _ in series)
            parts.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for d, v, c in series:
            label = escape(f'{name}: {c["text"]} ({c["document"]["outlet"] or ""}, {c["document"]["published"]})')
            parts.append(f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="4.5" fill="{colour}"><title>{label}</title></circle>')
            if c.get("high") is None and c.get("low") is not None and c.get("qualifier") == "more_than":
                parts.append(f'<path d="M{x(d) - 4:.1f},{y(v) - 8:.1f} l4,-6 l4,6" stroke="{colour}" fill="none"/>')
        parts.append(f'<rect x="{width - right + 10}" y="{up + n * 18}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{width - right + 26}" y="{up + n * 18 + 9}">{escape(name[:22])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _ticks(top: float) -> list[float]:
    step = 10 ** math.floor(math.log10(top)) if top > 0 else 1
    if top / step < 3:
        step /= 2
    return [i * step for i in range(int(top // step) + 1)]


def timeline(events: list[dict], width: int = 900, height: int = 40) -> Markup:
    """Events of the collection on one date axis, a mark per event, linked to its page."""
    dated = [(e, _day(e.get("start")), _day(e.get("end"))) for e in events]
    dated = [(e, s, t or s) for e, s, t in dated if s]
    if not dated:
        return Markup("")
    first = min(s for _, s, _ in dated).toordinal()
    last = max(t for _, _, t in dated).toordinal() + 1
    rows = {}
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height + 20 * 6}" role="img" aria-label="events over time">']
    for e, s, t in sorted(dated, key=lambda p: p[1]):
        row = next(r for r in range(100) if rows.get(r, -1) < s.toordinal())
        rows[row] = t.toordinal() + 1
        x0 = 10 + (s.toordinal() - first) / (last - first) * (width - 20)
        x1 = 10 + (t.toordinal() + 1 - first) / (last - first) * (width - 20)
        label = escape(f'{e["type"]} · {(e.get("place") or {}).get("name", "")} · {e["start"]}…{e["end"]}')
        name = escape(f'{e["type"]} · {(e.get("place") or {}).get("name", "")}')
        parts.append(f'<a href="/events/{escape(e["id"])}"><rect class="ev ev-{escape(e["type"])}" x="{x0:.1f}" '
                     f'y="{4 + row * 20}" width="{max(6.0, x1 - x0):.1f}" height="14" rx="3"><title>{label}</title>'
                     f'</rect><text class="ev-label" x="{x0 + 4:.1f}" y="{15 + row * 20}">{name}</text></a>')
    bottom = 20 * (max(rows) + 1) + 16
    marks = [(first, "start"), ((first + last) // 2, "middle"), (last - 1, "end")] if last - first > 2 else [(first, "start")]
    for day, anchor in marks:
        xx = 10 + (day - first + (1 if anchor == "end" else 0)) / (last - first) * (width - 20)
        parts.append(f'<text x="{xx:.1f}" y="{bottom}" text-anchor="{anchor}">{date.fromordinal(day).isoformat()}</text>')
    parts[0] = f'<svg class="timeline" viewBox="0 0 {width} {bottom + 6}" role="img" aria-label="events over time">'
    parts.append("</svg>")
    return Markup("".join(parts))
