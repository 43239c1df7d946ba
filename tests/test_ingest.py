import json

import pytest

from svodka.errors import ItemError
from svodka.ingest import Item, read_paths

ARTICLE = "Губернатор Аркадий Ветлугин пообещал отремонтировать дамбу до осени."


def read(path, **options):
    return list(read_paths([path], **options))


def only_error(results):
    assert len(results) == 1 and isinstance(results[0], ItemError), results
    return results[0]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty text"),
        (b"   \n\t\n", "empty text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
        ("Текст в кодировке 1251".encode("cp1251"), "not valid utf-8"),
    ],
)
def test_ingest_bad_text_file(tmp_path, content, message):
    path = tmp_path / "item.txt"
    path.write_bytes(content)
    error = only_error(read(path))
    assert error.source == str(path) and message in error.message


def test_ingest_wrong_encoding_readable_when_named(tmp_path):
    path = tmp_path / "item.txt"
    path.write_bytes(ARTICLE.encode("cp1251"))
    [item] = read(path, encoding="cp1251")
    assert item.text == ARTICLE


def test_ingest_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 100, encoding="utf-8")
    assert "too large" in only_error(read(path, max_bytes=1000)).message
    [item] = read(path, max_bytes=100_000)
    assert isinstance(item, Item)


def test_ingest_front_matter_and_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(("\ufeff---\ntitle: Дамба\noutlet: Северный вестник\ndate: 2026-03-15\n---\n" + ARTICLE).encode())
    [item] = read(path)
    assert item.text == ARTICLE
    assert item.meta == {"title": "Дамба", "outlet": "Северный вестник", "published": "2026-03-15"}


def test_ingest_jsonl_bad_lines_do_not_stop_the_file(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": ARTICLE, "url": "https://x.example/1", "date": "2026-03-12"}, ensure_ascii=False),
        '{"text": "обрыв',
        "[1, 2]",
        json.dumps({"title": "без текста"}, ensure_ascii=False),
        json.dumps({"text": "  "}),
        json.dumps({"text": 42}),
        "",
        json.dumps({"text": ARTICLE + " Второй."}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    results = read(path)
    good = [r for r in results if isinstance(r, Item)]
    bad = [r for r in results if isinstance(r, ItemError)]
    assert [g.meta for g in good] == [{"url": "https://x.example/1", "published": "2026-03-12"}, {}]
    assert [(b.source.rsplit(":", 1)[1], b.message.split(":")[0]) for b in bad] == [
        ("line 2", "malformed JSON"),
        ("line 3", "expected a JSON object, got list"),
        ("line 4", "no 'text' field"),
        ("line 5", "empty text"),
        ("line 6", "text must be a string, got int"),
    ]


def test_ingest_csv(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(f'title,body\nДамба,"{ARTICLE}"\nПусто,""\n', encoding="utf-8")
    assert "no 'text' column" in only_error(read(path)).message
    results = read(path, text_column="body")
    assert isinstance(results[0], Item) and results[0].meta == {"title": "Дамба"}
    assert isinstance(results[1], ItemError) and results[1].source.endswith("row 2")


def test_ingest_folder_and_missing_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE + " Ещё.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("не статья", encoding="utf-8")
    results = list(read_paths([tmp_path, tmp_path / "nope.txt", tmp_path / "notes.md"]))
    assert [r.source for r in results[:2]] == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.txt")]
    assert "no such file" in results[2].message
    assert "unsupported file type .md" in results[3].message
