#!/usr/bin/env python3
"""Lede's foundation benchmark: ingest and search through Lede, against the same work sent straight to its engine.

Run against a Lede started with `./mvnw -Prun` (best with its own data folder, the benchmark adds articles):

    LEDE_DATA_DIR=/tmp/lede-bench ./mvnw -Prun          # in one terminal
    python3 bench/foundation.py                          # in another

In one run it
  1. ingests N news articles (Reuters-21578 from ../shared/data/news, read in place) through
     POST /api/articles/bulk, timing the acknowledgement and the moment all are searchable;
  2. sends the same documents to OpenSearch's _bulk, into an index with Lede's own mapping and analysis, timing the
     acknowledgement and the refresh that makes them searchable;
  3. runs the same queries through GET /api/search and as the equivalent _search request on Lede's own index (same
     query, filter, fields, boosts, highlighting, sort and size), interleaved so both see the same machine noise, and
     reports latencies and ratios: what Lede's layer costs on top of the engine. Absolute times drift on shared 2-core machines; the ratios are the result.
Standard library only.
"""
import argparse
import gzip
import http.client
import json
import random
import statistics
import time
import urllib.parse
import urllib.request
from datetime import datetime, timezone

STOPWORDS = set("a an and are as at be but by for if in into is it no not of on or such that the their then there "
                "these they this to was will with from has have had its said would after over says new up".split())


def http_json(method, url, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.load(response)


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
                "body": " ".join(doc["body"].split()),
                "source": f"Reuters {run_id}",
                "tags": doc.get("topics") or [],
                "publishedAt": published.replace(tzinfo=timezone.utc).isoformat().replace("+00:00", "Z"),
            })
            if len(articles) == limit:
                break
    return articles


def ingest_through_lede(lede, articles):
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
    source = urllib.parse.quote(articles[0]["source"])
    while http_json("GET", f"{lede}/api/search?size=1&source={source}")["total"]["value"] < len(articles):
        time.sleep(0.1)
    return acknowledged, time.perf_counter() - start


def ingest_into_opensearch(engine, index, articles):
    mapping = http_json("GET", f"{engine}/articles-read/_mapping")
    settings = http_json("GET", f"{engine}/articles-read/_settings")
    (lede_index,) = mapping.keys()
    analysis = settings[lede_index]["settings"]["index"]["analysis"]
    http_json("PUT", f"{engine}/{index}", {
        "settings": {"number_of_shards": 1, "number_of_replicas": 0, "analysis": analysis},
        "mappings": mapping[lede_index]["mappings"]})
    start = time.perf_counter()
    for i in range(0, len(articles), 1000):
        lines = []
        for article in articles[i:i + 1000]:
            # The document as Hibernate Search writes it: its date format has nanoseconds, plus the entity type.
            document = dict(article, publishedAt=article["publishedAt"].replace("Z", ".000000000Z"),
                            _entity_type="Article")
            lines.append(json.dumps({"index": {"_index": index, "_id": article["externalId"]}}))
            lines.append(json.dumps(document))
        result = http_json("POST", f"{engine}/_bulk", ("\n".join(lines) + "\n").encode(), "application/x-ndjson")
        assert not result["errors"], next(i for i in result["items"] if i["index"].get("error"))
    acknowledged = time.perf_counter() - start
    http_json("POST", f"{engine}/{index}/_refresh")
    assert http_json("GET", f"{engine}/{index}/_count")["count"] == len(articles)
    return acknowledged, time.perf_counter() - start


def engine_query(q, source, size):
    """The request Lede's ArticleSearch builds (as OpenSearch's slow log shows it), written out by hand."""
    return {
        "query": {"bool": {
            "must": {"simple_query_string": {"query": q, "fields": ["title^3", "summary^1.5", "body"],
                                             "default_operator": "and", "flags": 191}},
            "filter": {"terms": {"source": [source]}}}},
        "highlight": {"encoder": "html", "pre_tags": ["<mark>"], "post_tags": ["</mark>"], "type": "unified",
                      "fields": {"title": {"number_of_fragments": 0},
                                 "body": {"fragment_size": 160, "number_of_fragments": 3}}},
        "_source": ["externalId", "title", "url", "source", "publishedAt"],
        "sort": ["_score", {"publishedAt": {"order": "desc", "missing": "_last"}}],
        "track_scores": True, "track_total_hits": True, "size": size}


def sample_queries(articles, count, rng):
    queries = []
    while len(queries) < count:
        words = [w for w in "".join(c if c.isalnum() else " " for c in rng.choice(articles)["title"].lower()).split()
                 if w not in STOPWORDS and len(w) > 2 and not w.isdigit()]
        if words:
            queries.append(" ".join(rng.sample(words, min(len(words), rng.choice([1, 2, 2, 3])))))
    return queries


def timed(call):
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


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
    print(f"{len(articles)} articles from {args.corpus}, run {run_id}")

    lede_ack, lede_searchable = ingest_through_lede(args.lede, articles)
    engine_ack, engine_searchable = ingest_into_opensearch(args.engine, index, articles)
    print("\nIngest (seconds)            Lede    OpenSearch _bulk   ratio")
    print(f"  acknowledged            {lede_ack:7.2f}   {engine_ack:10.2f}      {lede_ack / engine_ack:6.1f}x")
    print(f"  all searchable          {lede_searchable:7.2f}   {engine_searchable:10.2f}      "
          f"{lede_searchable / engine_searchable:6.1f}x")
    print(f"  articles/s to searchable {len(articles) / lede_searchable:6.0f}   "
          f"{len(articles) / engine_searchable:10.0f}")

    queries = sample_queries(articles, args.queries, rng)
    lede_ms, engine_ms = [], []
    for i, q in enumerate(queries[:50] + queries):
        source = articles[0]["source"]
        lede_call = lambda: http_json(
            "GET", f"{args.lede}/api/search?size=10&source={urllib.parse.quote(source)}&q={urllib.parse.quote(q)}")
        engine_call = lambda: http_json("POST", f"{args.engine}/articles-read/_search", engine_query(q, source, 10))
        first, second = (lede_call, engine_call) if i % 2 == 0 else (engine_call, lede_call)
        a, b = timed(first), timed(second)
        if i >= 50:  # the first 50 warm both up
            (lede_ms if first is lede_call else engine_ms).append(a)
            (engine_ms if first is lede_call else lede_ms).append(b)
    print(f"\nSearch, {len(queries)} queries of 1-3 title words, 10 hits with highlights, one client (ms)")
    print("                 Lede   OpenSearch   ratio")
    for name, f in (("p50", lambda v: percentile(v, 50)), ("p95", lambda v: percentile(v, 95)),
                    ("mean", statistics.mean)):
        print(f"  {name:5}      {f(lede_ms):7.1f}   {f(engine_ms):10.1f}   {f(lede_ms) / f(engine_ms):5.2f}x")
    http_json("DELETE", f"{args.engine}/{index}")


if __name__ == "__main__":
    main()
