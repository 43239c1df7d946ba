"""Inputs from the web (pages, feeds, web archives) and hostile inputs, with fixtures the
tests write themselves."""
import io
import sqlite3

import pytest
from typer.testing import CliRunner

import svodka
from svodka.cli import app
from svodka.errors import ItemError
from svodka.ingest import read_paths
from svodka.language import detect

PAGE = """<html><head><title>Пожар в Энске — Вести Энска</title>
<meta property="og:site_name" content="Вести Энска">
<meta property="article:published_time" content="2026-03-14T10:00:00+03:00">
<link rel="canonical" href="https://vesti-ensk.example/news/pozhar"></head>
<body><nav><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/sport">Спорт</a></nav>
<article><h1>Пожар в Энске</h1><p>В Энске загорелся склад. По данным МЧС, пострадали два человека.</p>
<p>Глава города Олег Бурцев заявил, что пожар потушен.</p></article>
<aside>Читайте также: в Энске открыли каток</aside><footer>© 2026 Вести Энска</footer></body></html>"""
FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Вести Энска</title>
<item><title>Пожар в Энске</title><link>https://vesti-ensk.example/news/1</link>
<pubDate>Sat, 14 Mar 2026 10:00:00 +0300</pubDate>
<description>&lt;p&gt;В Энске загорелся склад. По данным МЧС, пострадали два человека.&lt;/p&gt;</description></item>
<item><title>Пусто</title><link>https://vesti-ensk.example/news/2</link><description></description></item>
</channel></rss>"""


def _warc(path, pages, truncate=False):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=str(path).endswith(".gz"))
        for url, kind, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                                          http_headers=headers))
    if truncate:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) - 200])


def test_html_page_gives_its_article_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [item] = read_paths([tmp_path])
    assert "загорелся склад" in item.text and "Читайте также" not in item.text and "Спорт" not in item.text
    assert item.meta == {"title": "Пожар в Энске", "url": "https://vesti-ensk.example/news/pozhar",
                         "outlet": "Вести Энска", "published": "2026-03-14"}


def test_feed_entries_with_link_date_and_outlet(tmp_path):
    (tmp_path / "feed.rss").write_text(FEED, encoding="utf-8")
    first, second = read_paths([tmp_path])
    assert first.text.startswith("В Энске загорелся склад")
    assert first.meta == {"title": "Пожар в Энске", "url": "https://vesti-ensk.example/news/1",
                          "outlet": "Вести Энска", "published": "2026-03-14"}
    assert isinstance(second, ItemError) and "entry 2" in second.source


def test_warc_responses_streamed_and_a_truncated_tail_reported(tmp_path):
    pages = [("https://a.example/1", "text/html; charset=utf-8", PAGE),
             ("https://a.example/robots.txt", "text/plain", "Новость без разметки: в Энске прошёл снег."),
             ("https://a.example/logo.png", "image/png", "PNG"),
             ("https://a.example/3", "text/html", PAGE.replace("склад", "гараж"))]
    _warc(tmp_path / "a.warc.gz", pages)
    items = list(read_paths([tmp_path / "a.warc.gz"]))
    assert [type(i).__name__ for i in items] == ["Item", "Item", "Item"]
    assert items[0].meta["url"] == "https://vesti-ensk.example/news/pozhar" and "гараж" in items[2].text
    _warc(tmp_path / "b.warc", pages, truncate=True)
    items = list(read_paths([tmp_path / "b.warc"]))
    assert "склад" in items[0].text and isinstance(items[-1], ItemError) and "truncated" in items[-1].message
    assert len(items) == 3  # two pages before the cut, then the error


@pytest.mark.parametrize("text, language", [
    ("Мэр заявил, что дамба в безопасности.", "ru"),
    ("Мер заявив, що дамба в безпеці і ніхто не постраждав.", "uk"),
    ("The mayor said that the dam was safe and no one was hurt.", "en"),
    ("12345 — 678", "und"),
])
def test_language_is_detected_and_only_russian_is_analysed(models, text, language):
    assert detect(text) == language
    doc = svodka.extract(text, models=models)
    assert doc.meta.language == language
    assert (doc.notes == []) if language == "ru" else ("not Russian" in doc.notes[0] and not doc.entities)


def test_nul_is_refused_by_the_api_as_by_the_cli(tmp_path):
    with pytest.raises(ValueError, match="NUL"):
        svodka.extract("Текст\x00с нулём")
    (tmp_path / "a.txt").write_bytes("Текст\x00с нулём".encode())
    [item] = read_paths([tmp_path / "a.txt"])
    assert isinstance(item, ItemError) and "NUL" in item.message


def test_hostile_command_lines_get_one_line_and_touch_nothing(tmp_path):
    runner = CliRunner()
    (tmp_path / "a.csv").write_text('text,title\n"Пожар в Энске.",Пожар\n', encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.csv"), "--db", str(tmp_path / "x.db"), "--encoding", "foo"])
    assert result.exit_code == 1 and "unknown encoding 'foo'" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1 and not (tmp_path / "missing.db").exists()
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.csv"), "--db", str(tmp_path / "m.db"), "--max-bytes", "-1"])
    assert result.exit_code != 0 and not (tmp_path / "m.db").exists()
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = other.read_bytes()
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.csv"), "--db", str(other)])
    said = result.output + str(result.exception or "")  # main() prints a SvodkaError as one line
    assert result.exit_code == 1 and "another program" in said and other.read_bytes() == before


def test_csv_with_a_bom_under_any_spelling_of_utf8_and_an_unterminated_quote(tmp_path):
    (tmp_path / "bom.csv").write_bytes("\ufefftext,title\n\"Пожар в Энске.\",Пожар\n".encode())
    [item] = read_paths([tmp_path / "bom.csv"], encoding="utf8")
    assert item.text == "Пожар в Энске." and item.meta["title"] == "Пожар"
    (tmp_path / "bad.csv").write_text('text,title\n"Первый.",A\n"Второй без кавычки,B\n"Третий",C\n',
                                      encoding="utf-8")
    items = list(read_paths([tmp_path / "bad.csv"]))
    assert items[0].text == "Первый." and isinstance(items[-1], ItemError) and "row 2" in items[-1].source


def test_oversize_message_gives_the_real_size(tmp_path):
    (tmp_path / "big.txt").write_text("Текст. " * 1000, encoding="utf-8")
    [item] = read_paths([tmp_path / "big.txt"], max_bytes=100)
    size = (tmp_path / "big.txt").stat().st_size
    assert isinstance(item, ItemError) and f"{size:,} bytes" in item.message


@pytest.fixture
def site(tmp_path):
    """A local web site on 127.0.0.1: a page, a feed linking to two pages, a private page
    robots.txt forbids; nothing reaches the internet."""
    import functools
    import http.server
    import threading

    root = tmp_path / "site"
    (root / "news").mkdir(parents=True)
    (root / "private").mkdir()
    (root / "news" / "1.html").write_text(PAGE, encoding="utf-8")
    (root / "news" / "2.html").write_text(PAGE.replace("склад", "гараж"), encoding="utf-8")
    (root / "private" / "p.html").write_text(PAGE, encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    links = "".join(f"<item><title>Новость {n}</title><link>{base}/news/{n}.html</link>"
                    f"<description>Кратко {n}: в Энске пожар.</description></item>" for n in (1, 2))
    (root / "feed.xml").write_text(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                                   f"<title>Вести Энска</title>{links}</channel></rss>", encoding="utf-8")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base
    server.shutdown()


def test_urls_are_fetched_politely_and_robots_are_respected(site):
    from svodka.ingest import fetch

    [page] = read_paths([f"{site}/news/1.html"])
    assert "загорелся склад" in page.text and page.meta["outlet"] == "Вести Энска"
    [forbidden] = read_paths([f"{site}/private/p.html"])
    assert isinstance(forbidden, ItemError) and "robots.txt" in forbidden.message
    [missing] = read_paths([f"{site}/news/404.html"])
    assert isinstance(missing, ItemError) and "HTTP 404" in missing.message
    summaries = list(read_paths([f"{site}/feed.xml"]))
    assert [i.text for i in summaries] == ["Кратко 1: в Энске пожар.", "Кратко 2: в Энске пожар."]
    followed = list(read_paths([f"{site}/feed.xml"], follow=True))
    assert "загорелся склад" in followed[0].text and "загорелся гараж" in followed[1].text
    assert followed[1].meta["title"] == "Пожар в Энске" and followed[1].meta["outlet"] == "Вести Энска"
    [too_big] = read_paths([f"{site}/news/1.html"], max_bytes=100)
    assert isinstance(too_big, ItemError) and "too large" in too_big.message
    assert fetch.USER_AGENT.startswith("svodka/")


def test_ingest_and_extract_take_urls(site, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["extract", f"{site}/news/2.html"], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "Олег Бурцев" in result.output
    result = runner.invoke(app, ["ingest", f"{site}/feed.xml", "--follow", "--db", str(tmp_path / "u.db")])
    assert result.exit_code == 0 and "added 2" in result.output
