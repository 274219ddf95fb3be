#!/usr/bin/env python3
"""Writes the WARC and gzip fixtures: sample.warc, sample.warc.gz (one gzip member per record),
truncated.warc.gz (cut inside the third member), corrupt-member.warc.gz (the third member's
compressed data overwritten in the middle), lying-length.warc and lying-length.warc.gz (two
records whose Content-Length is wrong, one too short and one too long; the .gz one member per
record), and multi-member.html.gz (article-de.html in three gzip members, as `cat a.gz b.gz`
makes). Rerun after changing the records."""
import gzip
import zlib

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Depot report</title>
<meta property="og:site_name" content="Example Wire"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Depot report</h1><p>Satellite images show that about 200 tanks left the depot near the border during the past month, analysts said.</p>
<p>The depot had held more than 1,000 vehicles before the war, according to the report published on Tuesday.</p></article>
<footer>Copyright Example Wire</footer></body></html>"""

PAGE2 = PAGE.replace("200 tanks", "150 trucks").replace("Depot report", "Second depot report")


def http(status, content_type, body):
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
    return head + body


def record(kind, uri, block, content_type, length=None):
    length = len(block) if length is None else length
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-11-19T10:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{zlib.crc32((kind + uri).encode()):012d}>\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


records = [
    record("warcinfo", "", b"software: fixture writer\r\n", "application/warc-fields"),
    record("request", "https://wire.example/depot", b"GET /depot HTTP/1.1\r\nHost: wire.example\r\n\r\n", "application/http; msgtype=request"),
    record("response", "https://wire.example/depot", http("200 OK", "text/html; charset=utf-8", PAGE.encode()), "application/http; msgtype=response"),
    record("response", "https://wire.example/missing", http("404 Not Found", "text/html", b"<html><body>not here</body></html>"), "application/http; msgtype=response"),
    record("response", "https://wire.example/logo.png", http("200 OK", "image/png", b"\x89PNG\r\n\x1a\nfake"), "application/http; msgtype=response"),
    record("metadata", "https://wire.example/depot", b"via: https://wire.example/\r\n", "application/warc-fields"),
    record("response", "https://wire.example/second", http("200 OK", "text/html", PAGE2.encode()), "application/http; msgtype=response"),
]
open("sample.warc", "wb").write(b"".join(records))
members = b"".join(gzip.compress(r, mtime=0) for r in records)
open("sample.warc.gz", "wb").write(members)
cut = sum(len(gzip.compress(r, mtime=0)) for r in records[:2]) + 40
open("truncated.warc.gz", "wb").write(members[:cut])

page_block = http("200 OK", "text/html", PAGE.encode())
page2_block = http("200 OK", "text/html", PAGE2.encode())
lying = [
    record("response", "https://wire.example/depot", page_block, "application/http; msgtype=response", length=len(page_block) - 120),
    record("response", "https://wire.example/second", page2_block, "application/http; msgtype=response", length=len(page2_block) + 400),
    record("metadata", "https://wire.example/second", b"via: https://wire.example/\r\n" + b"x" * 600, "application/warc-fields"),
]
open("lying-length.warc", "wb").write(b"".join(lying))
open("lying-length.warc.gz", "wb").write(b"".join(gzip.compress(r, mtime=0) for r in lying))

compressed = [gzip.compress(r, mtime=0) for r in records]
third = bytearray(compressed[2])
middle = len(third) // 2
third[middle:middle + 24] = bytes((b ^ 0x5A) for b in third[middle:middle + 24])
compressed[2] = bytes(third)
open("corrupt-member.warc.gz", "wb").write(b"".join(compressed))

article = open("article-de.html", "rb").read()
thirds = [article[:len(article) // 3], article[len(article) // 3:2 * len(article) // 3], article[2 * len(article) // 3:]]
open("multi-member.html.gz", "wb").write(b"".join(gzip.compress(part, mtime=0) for part in thirds))
