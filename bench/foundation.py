#!/usr/bin/env python3
"""Lede's foundation benchmark: ingest and search through Lede, against the same work sent straight to its engine.

Run against a Lede started with `./mvnw -Prun` (best with its own data folder, the benchmark adds articles):

    LEDE_DATA_DIR=/tmp/lede-bench-fdn ./mvnw -Prun      # in one terminal
    python3 bench/foundation.py                          # in another

In one run it
  1. ingests N news articles (Reuters-21578 from ../shared/data/news, read in place) through
     POST /api/articles/bulk, timing the acknowledgement and the moment all are searchable;
  2. sends the very documents Lede indexed for them (read back from Lede's index: per-language text fields,
     completion inputs and all) to OpenSearch's _bulk, into an index with Lede's own mapping and analysis, timing
     the acknowledgement and the refresh that makes them searchable;
  3. runs the same queries through GET /api/search and as the requests Lede sends its engine for them, sent
     straight to Lede's own index, interleaved so both see the same machine noise, and reports latencies and
     ratios: what Lede's layer costs on top of the engine.

The direct side of 3 is what Lede sends when every word of a query is found and fills the page (the common case),
copied from Hibernate Search's request log with Lede's default settings:
  - the hits: simple_query_string with every word required over the title (^1.25), summary (^1.1) and body fields
    of each language the index holds, one per language, any of them; for each pair of consecutive words a phrase clause on the body fields, exact
    and within 8 positions (boost 0.2 each); the source filter (on `sources`, which holds duplicates' sources
    too); duplicates left out; wrapped in the mild recency
    function_score; sorted by score, publication date, then the sortId tie-breaker; the hit fields (with the
    duplicates' addresses) from _source;
    title and body highlights (3 fragments of 160 characters) on every language's fields; the author, language,
    tag and month facets as aggregations; total hits tracked up to 10,000;
  - then the count of the source facet, without the source filter (a facet ignores its own filter).
Queries Lede answers in more steps (no article has every word: typo-tolerant and partial-match queries; or the full
matches do not fill the page and partial matches are looked for) are left out of the measured set and counted. The
languages are read from the index once, as Lede's IndexedLanguages does every 5 seconds (that count is not sent on
the direct side). The check that the two are the same request: both sides' pages of hits are compared, id by id.
Absolute times drift on shared 2-core machines; the ratios are the result. Standard library only.
"""
import argparse
import gzip
import http.client
import json
import random
import statistics
import time
import urllib.parse
from datetime import datetime, timezone

STOPWORDS = set("a an and are as at be but by for if in into is it no not of on or such that the their then there "
                "these they this to was will with from has have had its said would after over says new up".split())

# Lede's search settings (SearchConfig defaults) and constants, as its requests carry them.
TITLE_BOOST, SUMMARY_BOOST, PROXIMITY_BOOST, WINDOW_SLOP = 1.25, 1.1, 0.2, 8
RECENCY_WEIGHT, RECENCY_HALF_LIFE_DAYS = 0.25, 180
FRAGMENTS, FRAGMENT_SIZE, FACET_SIZE, MAX_WINDOW = 3, 160, 10, 10000
# TextLanguage, in its order: the analysed languages, then the catch-all.
LANGUAGES = ["en", "ru", "uk", "de", "fr", "es", "other"]
SYNTAX_FLAGS = "AND|NOT|OR|PREFIX|PHRASE|PRECEDENCE|WHITESPACE"
SIZE = 10


class Client:
    """One kept-alive HTTP connection, as Lede keeps its connections to the engine."""

    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port
        self.connection = http.client.HTTPConnection(self.host, self.port, timeout=600)

    def call(self, method, path, body=None, content_type="application/json"):
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        headers = {"Content-Type": content_type} if data is not None else {}
        for attempt in (1, 2):
            try:
                self.connection.request(method, path, body=data, headers=headers)
                response = self.connection.getresponse()
                payload = response.read()
                break
            except (http.client.HTTPException, ConnectionError):
                self.connection.close()
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=600)
                if attempt == 2:
                    raise
        if response.status >= 300:
            raise RuntimeError(f"{method} {path}: {response.status} {payload[:500]!r}")
        return json.loads(payload) if payload else None


def reuters_articles(path, limit, run_id):
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if not doc.get("title") or not doc.get("body"):
                continue
            published = datetime.strptime(doc["date"].strip().split(".")[0], "%d-%b-%Y %H:%M:%S")
            articles.append({
                "externalId": f"{run_id}-{doc['id']}",
                "title": doc["title"].title(),
                # The run's mark makes every text new: Lede folds an article repeating a stored text into it as a
                # duplicate (shown by no search), and a data folder may keep earlier runs' articles.
                "body": " ".join(doc["body"].split()) + f" ({run_id})",
                "source": f"Reuters {run_id}",
                "tags": doc.get("topics") or [],
                "publishedAt": published.replace(tzinfo=timezone.utc).isoformat().replace("+00:00", "Z"),
            })
            if len(articles) == limit:
                break
    return articles


def ingest_through_lede(lede, engine, articles):
    url = urllib.parse.urlsplit(lede)
    ndjson = "".join(json.dumps(a) + "\n" for a in articles).encode()
    start = time.perf_counter()
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=600)
    chunks = (ndjson[i:i + 65536] for i in range(0, len(ndjson), 65536))
    connection.request("POST", "/api/articles/bulk", body=chunks, encode_chunked=True,
                       headers={"Content-Type": "application/x-ndjson"})
    result = json.load(connection.getresponse())
    acknowledged = time.perf_counter() - start
    assert result["failed"] == 0, result
    # Counted in the index rather than through a search: articles repeating another's text are indexed but never
    # shown (duplicates), and Reuters-21578 has a few.
    count = {"query": {"term": {"source": articles[0]["source"]}}}
    while engine.call("POST", "/articles-read/_count", count)["count"] < len(articles):
        time.sleep(0.1)
    return acknowledged, time.perf_counter() - start


def documents_lede_indexed(engine, source):
    """The documents Lede wrote for one source, read back from its index with their ids."""
    documents, after = [], None
    while True:
        body = {"query": {"term": {"source": source}}, "sort": [{"sortId": "asc"}], "size": 1000}
        if after:
            body["search_after"] = after
        hits = engine.call("POST", "/articles-read/_search", body)["hits"]["hits"]
        if not hits:
            return documents
        documents.extend((hit["_id"], hit["_source"]) for hit in hits)
        after = hits[-1]["sort"]


def ingest_into_opensearch(engine, index, documents):
    mapping = engine.call("GET", "/articles-read/_mapping")
    settings = engine.call("GET", "/articles-read/_settings")
    (lede_index,) = mapping.keys()
    analysis = settings[lede_index]["settings"]["index"]["analysis"]
    engine.call("PUT", f"/{index}", {
        "settings": {"number_of_shards": 1, "number_of_replicas": 0, "analysis": analysis},
        "mappings": mapping[lede_index]["mappings"]})
    start = time.perf_counter()
    for i in range(0, len(documents), 1000):
        lines = []
        for doc_id, document in documents[i:i + 1000]:
            lines.append(json.dumps({"index": {"_index": index, "_id": doc_id}}))
            lines.append(json.dumps(document))
        result = engine.call("POST", "/_bulk", ("\n".join(lines) + "\n").encode(), "application/x-ndjson")
        assert not result["errors"], next(i for i in result["items"] if i["index"].get("error"))
    acknowledged = time.perf_counter() - start
    engine.call("POST", f"/{index}/_refresh")
    assert engine.call("GET", f"/{index}/_count")["count"] == len(documents)
    return acknowledged, time.perf_counter() - start


def indexed_languages(engine):
    """The languages whose fields Lede searches, counted as its IndexedLanguages counts them."""
    result = engine.call("POST", "/articles-read/_search?size=0&track_total_hits=true", {
        "query": {"match_all": {}},
        "aggregations": {"languages": {"terms": {"field": "language", "size": 200, "min_doc_count": 1}}},
        "_source": False})
    total = result["hits"]["total"]["value"]
    buckets = result["aggregations"]["languages"]["buckets"]
    found = {b["key"].lower() if b["key"].lower() in LANGUAGES[:-1] else "other" for b in buckets}
    if total > sum(b["doc_count"] for b in buckets) or not found:
        found.add("other")
    if total == 0:
        found = set(LANGUAGES)
    return [language for language in LANGUAGES if language in found]


def pairs(words):
    """QueryWords.pairs for plain words without stop words: each two consecutive words."""
    return [f"{a} {b}" for a, b in zip(words, words[1:])]


def words_clause(q, languages):
    """WordMatching.scoring(ALL): every word in some language's fields, plus the proximity bonus of its pairs."""
    def in_language(l):
        fields = [f"title_{l}^{TITLE_BOOST}", f"summary_{l}^{SUMMARY_BOOST}", f"body_{l}"]
        return {"simple_query_string": {"query": q, "default_operator": "and", "fields": fields,
                                        "flags": SYNTAX_FLAGS}}
    # Each language's fields asked on their own, so a stop word one language drops is not required of its articles.
    words = in_language(languages[0]) if len(languages) == 1 else {
        "bool": {"should": [in_language(l) for l in languages], "minimum_should_match": "1"}}
    proximity = []
    for pair in pairs(q.split()):
        for slop in (None, WINDOW_SLOP):
            phrase = {"boost": PROXIMITY_BOOST, "query": pair}
            if slop is not None:
                phrase["slop"] = slop
            proximity.append({"bool": {"should": [{"match_phrase": {f"body_{l}": dict(phrase)}} for l in languages]}})
    if not proximity:
        return words
    return {"bool": {"must": words, "should": proximity, "minimum_should_match": "0"}}


def hits_request(q, source, languages):
    """The first request of GET /api/search?q=&source=&size=10: the page of hits, with the unfiltered facets."""
    query = {"bool": {
        "must": [words_clause(q, languages), {"constant_score": {"filter": {"term": {"sources": {"value": source}}}}}],
        "must_not": {"exists": {"field": "duplicateOf"}},
        "minimum_should_match": "0"}}
    recency = {"function_score": {
        "query": query,
        "functions": [{"weight": 1 - RECENCY_WEIGHT},
                      {"exp": {"publishedAt": {"origin": "now", "scale": f"{RECENCY_HALF_LIFE_DAYS}d", "decay": 0.5}},
                       "weight": RECENCY_WEIGHT}],
        "score_mode": "sum", "boost_mode": "multiply"}}
    highlight_fields = {f"title_{l}": {"type": "unified", "number_of_fragments": 0} for l in LANGUAGES}
    highlight_fields.update({f"body_{l}": {"type": "unified", "fragment_size": FRAGMENT_SIZE,
                                           "no_match_size": FRAGMENT_SIZE, "number_of_fragments": FRAGMENTS}
                             for l in LANGUAGES})
    terms = lambda field: {"terms": {"field": field, "size": FACET_SIZE, "min_doc_count": 1}}
    body = {
        "query": recency,
        "sort": ["_score", {"publishedAt": {"order": "desc", "missing": "_last", "unmapped_type": "date"}},
                 {"sortId": {"order": "asc", "unmapped_type": "keyword"}}],
        "_source": ["externalId", "title", "url", "source", "language", "publishedAt", "duplicates.id",
                    "duplicates.url", "duplicates.source", "duplicates.title"],
        "track_scores": True,
        "highlight": {"fields": highlight_fields, "type": "unified", "pre_tags": ["<mark>"],
                      "post_tags": ["</mark>"], "encoder": "html"},
        "aggregations": {
            "author": terms("authors"), "language": terms("language"), "tag": terms("tags"),
            "published": {"date_histogram": {"field": "publishedAt", "calendar_interval": "month",
                                             "format": "yyyy-MM", "min_doc_count": 1}}}}
    return f"/articles-read/_search?from=0&size={SIZE}&track_total_hits={MAX_WINDOW}", body


def source_facet_request(q, languages):
    """The second request: the source facet, counted without the source filter."""
    body = {
        "query": {"bool": {"must": words_clause(q, languages), "must_not": {"exists": {"field": "duplicateOf"}},
                           "minimum_should_match": "0"}},
        "aggregations": {"source": {"terms": {"field": "sources", "size": FACET_SIZE, "min_doc_count": 1}}},
        "_source": False}
    return "/articles-read/_search?size=0&track_total_hits=true", body


def sample_queries(articles, count, rng):
    queries = []
    while len(queries) < count:
        words = [w for w in "".join(c if c.isalnum() else " " for c in rng.choice(articles)["title"].lower()).split()
                 if w not in STOPWORDS and len(w) > 2 and not w.isdigit()]
        if words:
            queries.append(" ".join(rng.sample(words, min(len(words), rng.choice([1, 2, 2, 3])))))
    return queries


def one_step(q, response):
    """Whether Lede answered q with the full matches alone: every word found, and enough to fill the page (else, for
    two words or more, it looks for partial matches too)."""
    return response["matched"] == "all" and (len(response["hits"]) == SIZE or response["total"]["value"] > 0
                                             and len(q.split()) < 2)


def timed(call):
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lede", default="http://localhost:8080")
    parser.add_argument("--engine", default="http://127.0.0.1:9200", help="the OpenSearch behind that Lede")
    parser.add_argument("--corpus", default="../shared/data/news/reuters21578-part1.jsonl.gz")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    run_id = f"bench{int(time.time())}"
    rng = random.Random(args.seed)
    articles = reuters_articles(args.corpus, args.articles, run_id)
    index = f"{run_id}-direct"
    source = articles[0]["source"]
    print(f"{len(articles)} articles from {args.corpus}, run {run_id}")

    engine = Client(args.engine)
    lede_ack, lede_searchable = ingest_through_lede(args.lede, engine, articles)
    documents = documents_lede_indexed(engine, source)
    assert len(documents) == len(articles), (len(documents), len(articles))
    engine_ack, engine_searchable = ingest_into_opensearch(engine, index, documents)
    print("\nIngest (seconds)            Lede    OpenSearch _bulk   ratio")
    print(f"  acknowledged            {lede_ack:7.2f}   {engine_ack:10.2f}      {lede_ack / engine_ack:6.1f}x")
    print(f"  all searchable          {lede_searchable:7.2f}   {engine_searchable:10.2f}      "
          f"{lede_searchable / engine_searchable:6.1f}x")
    print(f"  articles/s to searchable {len(articles) / lede_searchable:6.0f}   "
          f"{len(articles) / engine_searchable:10.0f}")
    engine.call("DELETE", f"/{index}")

    lede = Client(args.lede)
    languages = indexed_languages(engine)

    def lede_search(q):
        return lede.call("GET", f"/api/search?size={SIZE}&source={urllib.parse.quote(source)}"
                                f"&q={urllib.parse.quote(q)}")

    def direct_search(q):
        path, body = hits_request(q, source, languages)
        hits = engine.call("POST", path, body)
        engine.call("POST", *source_facet_request(q, languages))
        return hits

    # Queries Lede answers with the full matches alone; the others take more steps, left out (and counted).
    queries, skipped = [], 0
    for q in sample_queries(articles, args.queries * 20, rng):
        if one_step(q, lede_search(q)):
            queries.append(q)
            if len(queries) == args.queries + 50:
                break
        else:
            skipped += 1

    lede_ms, engine_ms, same_page = [], [], 0
    for i, q in enumerate(queries):
        calls = [("lede", lambda: lede_search(q)), ("direct", lambda: direct_search(q))]
        if i % 2:
            calls.reverse()
        results = {name: timed(call) for name, call in calls}
        if i >= 50:  # the first 50 warm both up
            lede_ms.append(results["lede"][0])
            engine_ms.append(results["direct"][0])
            lede_ids = [hit["id"] for hit in results["lede"][1]["hits"]]
            direct_ids = [hit["_id"] for hit in results["direct"][1]["hits"]["hits"]]
            same_page += lede_ids == direct_ids
    measured = len(lede_ms)
    print(f"\nSearch, {measured} queries of 1-3 title words answered in one step ({skipped} sampled ones taking "
          f"more steps left out),\n10 hits with highlights and facets, one client (ms)")
    print(f"Searched languages: {', '.join(languages)}; same page of hits on both sides: {same_page}/{measured}")
    print("                 Lede   OpenSearch   ratio")
    for name, f in (("p50", lambda v: percentile(v, 50)), ("p95", lambda v: percentile(v, 95)),
                    ("mean", statistics.mean)):
        print(f"  {name:5}      {f(lede_ms):7.1f}   {f(engine_ms):10.1f}   {f(lede_ms) / f(engine_ms):5.2f}x")


if __name__ == "__main__":
    main()
