import pytest

from svodka.analyse import analyse


@pytest.mark.parametrize(
    "text, sentences",
    [
        (
            "«Могу заявить, что всё под контролем», — заявил он. Токаев рассказал о планах.",
            ["«Могу заявить, что всё под контролем», — заявил он.", "Токаев рассказал о планах."],
        ),
        (
            "Погибли 16 человек, ранены более 1\u00a0300. Об этом сообщил т. н. штаб.",
            ["Погибли 16 человек, ранены более 1\u00a0300.", "Об этом сообщил т. н. штаб."],
        ),
    ],
)
def test_analyse_sentences_keep_offsets(models, text, sentences):
    doc = analyse(text, models)
    assert [text[s.start : s.stop] for s in doc.sents] == sentences


def test_analyse_fills_morph_syntax_and_ner(models):
    doc = analyse("Президент Казахстана Касым-Жомарт Токаев выступил в Алматы.", models)
    tokens = doc.tokens
    assert all(t.pos and t.rel and t.head_id for t in tokens)
    verb = next(t for t in tokens if t.text == "выступил")
    assert verb.pos == "VERB" and verb.rel == "root"
    assert [(s.type, s.text) for s in doc.spans] == [
        ("LOC", "Казахстана"), ("PER", "Касым-Жомарт Токаев"), ("LOC", "Алматы"),
    ]
