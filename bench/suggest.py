#!/usr/bin/env python3
"""Lede's completion benchmark: GET /api/suggest with 100,000 articles indexed, against the same request sent straight
to its engine.

Run against a Lede started with `./mvnw -Prun` and its own data folder (the benchmark adds 100,000 articles):

    LEDE_DATA_DIR=/tmp/lede-bench-suggest ./mvnw -Prun      # in one terminal; it prints Lede's and OpenSearch's URLs
    python3 bench/suggest.py                                 # in another (--lede, --engine if not the defaults)

In one run it
  1. builds N distinct articles from the news corpora in ../shared/data/news (Reuters-21578 parts 1 and 2, 19,043
     articles with a headline and a text, and the 2,225 BBC articles; read in place, never copied). They are
     fewer than N, so the corpus is repeated: variant v of an article has externalId "<run>-v<v>-<id>" and source
     "<publisher> <run>/v<v>", and from the second variant on its text's sentences are rotated by v (or, for a text
     of v sentences or fewer, a line "Variant v." is added), because Lede records an article whose words repeat another's,
     in the same order, as a duplicate and leaves it out of search and completions. Headlines, and so most
     completions, are shared by the variants of an article, as wire copy is in a real archive;
  2. ingests them through POST /api/articles/bulk (batches of --batch lines) and waits until OpenSearch holds all of
     them (counted on Lede's own index, so that the corpus's own duplicates, which search hides, count too);
  3. sends --prefixes prefixes, each the first 1 to 6 letters of a word of a real headline (lower case, as people
     type), to GET /api/suggest and, interleaved so that both see the same machine noise, the equivalent _search
     request with its completion suggesters straight to Lede's index (the request Lede's Suggester builds, written
     out by hand); the first 50 of each warm both up and are not counted.
It prints latency percentiles of both and their ratio (what Lede's layer costs on top of the engine), how many
prefixes got completions, a few examples, and the completion field's size in the engine. Absolute times drift on a
shared 2-core machine; the ratio is steadier. With --reuse it skips 1 and 2 when the index already holds at least N
articles. Standard library only.
"""
import argparse
import gzip
import http.client
import json
import os
import random
import re
import statistics
import time
import urllib.parse
import urllib.request
from datetime import datetime, timezone

KINDS = ["name", "phrase", "author", "title"]  # Kind.TURNS
SLACK = 5  # Suggester.SLACK
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def http_json(method, url, body=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.load(response)


def corpus(directory):
    """The corpus articles with a headline and a text, as Lede takes them."""
    articles = []
    for name in ("reuters21578-part1.jsonl.gz", "reuters21578-part2.jsonl.gz", "bbc-news.jsonl.gz"):
        with gzip.open(os.path.join(directory, name), "rt", encoding="utf-8") as lines:
            for line in lines:
                doc = json.loads(line)
                if not doc.get("title") or not doc.get("body"):
                    continue
                reuters = name.startswith("reuters")
                article = {
                    "id": doc["id"],
                    "publisher": "Reuters" if reuters else "BBC",
                    # Reuters-21578 headlines are in capitals; written as a headline would be today.
                    "title": doc["title"].title() if reuters else doc["title"],
                    "body": doc["body"],
                    "tags": doc.get("topics") or ([doc["category"]] if doc.get("category") else []),
                }
                if doc.get("date"):
                    article["publishedAt"] = reuters_date(doc["date"])
                articles.append(article)
    return articles


def reuters_date(raw):
    """"26-FEB-1987 15:01:01.79" as ISO; a malformed time ("605:12:19", a few in the corpus) gives midnight."""
    try:
        published = datetime.strptime(raw.strip().split(".")[0], "%d-%b-%Y %H:%M:%S")
    except ValueError:
        published = datetime.strptime(raw.strip().split()[0], "%d-%b-%Y")
    return published.replace(tzinfo=timezone.utc).isoformat().replace("+00:00", "Z")


def variant_body(body, v):
    """Variant 0 is the text itself; variant v rotates its sentences by v while that gives a new order, else adds a
    line naming the variant: no two variants share their words in the same order."""
    if v == 0:
        return body
    sentences = SENTENCE_END.split(body.strip())
    if v < len(sentences) and len(set(sentences)) > 1:
        return " ".join(sentences[v:] + sentences[:v])
    return body + f"\n\nVariant {v}."


def articles_for(base, count, run_id):
    articles = []
    v = 0
    while len(articles) < count:
        for doc in base:
            if len(articles) == count:
                break
            article = {
                "externalId": f"{run_id}-v{v}-{doc['id']}",
                "title": doc["title"],
                "body": variant_body(doc["body"], v),
                "source": f"{doc['publisher']} {run_id}/v{v}",
                "tags": doc["tags"],
            }
            if "publishedAt" in doc:
                article["publishedAt"] = doc["publishedAt"]
            articles.append(article)
        v += 1
    return articles


def engine_count(engine, sources=None):
    query = {"query": {"terms": {"source": sorted(sources)}}} if sources else {"query": {"match_all": {}}}
    return http_json("POST", f"{engine}/articles-read/_count", query)["count"]


def ingest(lede, engine, articles, batch):
    url = urllib.parse.urlsplit(lede)
    start = time.perf_counter()
    for i in range(0, len(articles), batch):
        ndjson = "".join(json.dumps(a) + "\n" for a in articles[i:i + batch]).encode()
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=600)
        chunks = (ndjson[j:j + 65536] for j in range(0, len(ndjson), 65536))
        connection.request("POST", "/api/articles/bulk", body=chunks, encode_chunked=True,
                           headers={"Content-Type": "application/x-ndjson"})
        result = json.load(connection.getresponse())
        connection.close()
        assert result["failed"] == 0, {k: v for k, v in result.items() if k != "results"}
        print(f"  {i + batch:7d} acknowledged after {time.perf_counter() - start:6.1f} s", flush=True)
    acknowledged = time.perf_counter() - start
    sources = {a["source"] for a in articles}
    while (indexed := engine_count(engine, sources)) < len(articles):
        print(f"  {indexed:7d} indexed after {time.perf_counter() - start:6.1f} s", flush=True)
        time.sleep(5)
    return acknowledged, time.perf_counter() - start


def engine_request(prefix, size):
    """The search request Lede's Suggester sends (as Hibernate Search sends it), written out by hand."""
    return {
        "query": {"match_none": {}},
        "size": 0,
        "_source": False,
        "track_total_hits": True,
        "suggest": {kind: {"prefix": prefix, "completion": {
            "field": "suggest", "size": size + SLACK, "skip_duplicates": True, "contexts": {"kind": [kind]}}}
            for kind in KINDS}}


def sample_prefixes(base, count, rng):
    words = [w for doc in base for w in re.findall(r"[^\W\d_]+", doc["title"].lower())]
    prefixes = []
    while len(prefixes) < count:
        word = rng.choice(words)
        prefixes.append(word[:rng.randint(1, min(6, len(word)))])
    return prefixes


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
    parser.add_argument("--corpus-dir", default="../shared/data/news")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=10_000, help="articles per bulk request")
    parser.add_argument("--prefixes", type=int, default=1000)
    parser.add_argument("--size", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="skip ingest if the index holds enough articles")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    base = corpus(args.corpus_dir)
    print(f"{len(base)} corpus articles with a headline and a text in {args.corpus_dir}")
    indexed = engine_count(args.engine)
    if args.reuse and indexed >= args.articles:
        print(f"Reusing the {indexed} articles already indexed")
    else:
        run_id = f"sugg{int(time.time())}"
        articles = articles_for(base, args.articles, run_id)
        print(f"Ingesting {len(articles)} articles ({len({a['source'] for a in articles})} variants), run {run_id}")
        acknowledged, searchable = ingest(args.lede, args.engine, articles, args.batch)
        print(f"Ingest: acknowledged {acknowledged:.1f} s, all indexed {searchable:.1f} s "
              f"({len(articles) / searchable:.0f} articles/s)")
        del articles
    indexed = engine_count(args.engine)
    stats = http_json("GET", f"{args.engine}/articles-read/_stats/completion,docs,store")["_all"]["primaries"]
    print(f"Index: {indexed} articles, {stats['store']['size_in_bytes'] / 1e6:.0f} MB on disk, completion field "
          f"{stats['completion']['size_in_bytes'] / 1e6:.1f} MB")

    prefixes = sample_prefixes(base, args.prefixes, rng)
    lede_ms, engine_ms, answered, examples = [], [], 0, []
    for i, prefix in enumerate(prefixes[:50] + prefixes):
        lede_call = lambda: http_json(
            "GET", f"{args.lede}/api/suggest?size={args.size}&q={urllib.parse.quote(prefix)}")
        engine_call = lambda: http_json("POST", f"{args.engine}/articles-read/_search",
                                        engine_request(prefix, args.size))
        first, second = (lede_call, engine_call) if i % 2 == 0 else (engine_call, lede_call)
        a, result_a = timed(first)
        b, result_b = timed(second)
        if i < 50:  # the first 50 warm both up
            continue
        lede_result = result_a if first is lede_call else result_b
        (lede_ms if first is lede_call else engine_ms).append(a)
        (engine_ms if first is lede_call else lede_ms).append(b)
        answered += bool(lede_result["suggestions"])
        if len(examples) < 6 and len(prefix) >= 3 and i % 7 == 0:
            examples.append(lede_result)

    print(f"\nSuggest, {len(prefixes)} prefixes of 1-6 letters from headline words, size {args.size}, one client (ms)")
    print("                 Lede   OpenSearch   ratio")
    for name, f in (("p50", lambda v: percentile(v, 50)), ("p90", lambda v: percentile(v, 90)),
                    ("p99", lambda v: percentile(v, 99)), ("mean", statistics.mean)):
        print(f"  {name:5}      {f(lede_ms):7.1f}   {f(engine_ms):10.1f}   {f(lede_ms) / f(engine_ms):5.2f}x")
    print(f"  {answered} of {len(prefixes)} prefixes got completions")
    print("\nExamples:")
    for example in examples:
        print(f"  {example['query']!r}: " + "; ".join(f"{s['text']} ({s['kind']})" for s in example["suggestions"]))


if __name__ == "__main__":
    main()
