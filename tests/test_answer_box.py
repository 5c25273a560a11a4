"""An answer on top (#18 item 3): a number question with a figure that fits gets an answer in
the API response and a box above the results (figure, what it measures, its sentence and its
citation); a question that asks for no number gets neither."""

from __future__ import annotations

from fastapi.testclient import TestClient

SAVINGS_Q = "how much of the planned savings has been delivered?"


def test_a_number_question_gets_its_figure_on_top(client: TestClient):
    body = client.get("/search", params={"q": SAVINGS_Q, "k": 5}).json()
    ans = body["answer"]
    assert ans is not None and ans["figure"]["surface"] == "£13.2m"
    assert "£13.2m" in ans["text"] and 1 <= ans["hit"] <= 3
    hit = body["hits"][ans["hit"] - 1]
    assert ans["citation"] == hit["citation"]
    page = client.get("/", params={"q": SAVINGS_Q}).text
    box = page.split('class="answer-box"', 1)[1].split("</section>", 1)[0]
    assert "£13.2m" in box and 'class="citation answer-citation"' in box
    assert page.index('class="answer-box"') < page.index('class="results"')


def test_a_question_that_asks_for_no_number_gets_no_answer(client: TestClient):
    q = "what did the peers say about leadership and culture?"
    assert client.get("/search", params={"q": q, "k": 5}).json()["answer"] is None
    assert 'class="answer-box"' not in client.get("/", params={"q": q}).text


def test_an_off_topic_question_is_flagged_as_a_weak_match(client: TestClient):
    body = client.get("/search", params={"q": "zzqx flibbertigibbet", "k": 5}).json()
    assert body["hits"] and body["weak"] is True and body["answer"] is None
    page = client.get("/", params={"q": "zzqx flibbertigibbet"}).text
    assert 'id="weak-notice"' in page and "No good match" in page
    good = client.get("/search", params={"q": SAVINGS_Q, "k": 5}).json()
    assert good["weak"] is False
    assert 'id="weak-notice"' not in client.get("/", params={"q": SAVINGS_Q}).text
