"""Reads a feed with feedparser, as feed readers do, and prints what it found as JSON."""
import json
import sys

import feedparser

feed = feedparser.parse(sys.stdin.buffer.read())
print(
    json.dumps(
        {
            "bozo": bool(feed.bozo),
            "bozoException": str(feed.get("bozo_exception") or ""),
            "version": feed.version,
            "title": feed.feed.get("title"),
            "link": feed.feed.get("link"),
            "image": (feed.feed.get("image") or {}).get("href"),
            "entries": [
                {
                    "title": entry.get("title"),
                    "link": entry.get("link"),
                    "authors": [author.get("name") for author in entry.get("authors", [])],
                    "published": bool(entry.get("published_parsed")),
                    "enclosures": [
                        {"type": e.get("type"), "href": e.get("href"), "length": e.get("length")}
                        for e in entry.get("enclosures", [])
                    ],
                }
                for entry in feed.entries
            ],
        }
    )
)
