#!/usr/bin/env python3
"""Generates a ClaimReview NDJSON feed from recorded statements, with the answer each review should get.

Usage: review_feed.py STATEMENTS.tsv COUNT SEED FEED.ndjson EXPECTED.tsv
STATEMENTS.tsv: external_id, text, speaker name, another speaker's name (tab-separated, from bench_sql).
Each review is one of these cases (shares in CASES), and EXPECTED.tsv says url, case and the external id it should be
linked to (empty: it should stay unlinked):
  exact        the whole statement, by its speaker                  -> that statement
  excerpt      words 3..14 of it, by its speaker                    -> that statement
  misquote     the excerpt with one word replaced, by its speaker   -> that statement (NEAR)
  wrong-speaker the excerpt, attributed to someone else              -> unlinked
  paraphrase   half of its words, shuffled, by its speaker          -> unlinked
  unrelated    made-up words, by its speaker                        -> unlinked
"""
import json
import random
import sys

CASES = [("exact", 15), ("excerpt", 35), ("misquote", 15), ("wrong-speaker", 15), ("paraphrase", 10), ("unrelated", 10)]
LABELS = ["False", "Mostly false", "Half true", "Mostly true", "True", "Pants on Fire!", "Faux", "Plutôt vrai",
          "Engañoso", "Falso", "Irreführend", "C'eri quasi", "Four bananas"]
PUBLISHERS = [("PolitiCheck", "en"), ("Les Vérificateurs", "fr"), ("Verificado", "es"), ("Checagem", "pt"),
              ("Faktenprüfer", "de"), ("Pagella Esempio", "it")]
NONSENSE = "purple elephants quietly negotiate treaties with velvet moons over marmalade oceans every tuesday".split()


def main():
    source, count, seed, feed_path, expected_path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
    rows = [line.rstrip("\n").split("\t") for line in open(source, encoding="utf-8") if line.strip()]
    rows = [row for row in rows if len(row) == 4 and len(row[1].split()) >= 16]
    rng = random.Random(seed)
    cases = [name for name, share in CASES for _ in range(share)]
    with open(feed_path, "w", encoding="utf-8") as feed, open(expected_path, "w", encoding="utf-8") as expected:
        for i in range(count):
            external_id, text, speaker, other = rows[i % len(rows)]
            case = cases[rng.randrange(len(cases))]
            words = text.split()
            claimant, target = speaker, external_id
            if case == "exact":
                claim = text
            elif case == "excerpt":
                claim = " ".join(words[2:14])
            elif case == "misquote":
                cut = words[2:14]
                cut[5] = "zebra"
                claim = " ".join(cut)
            elif case == "wrong-speaker":
                claim, claimant, target = " ".join(words[2:14]), other, ""
            elif case == "paraphrase":
                half = words[: len(words) // 2]
                rng.shuffle(half)
                claim, target = " ".join(half), ""
            else:
                claim, target = " ".join(rng.choice(NONSENSE) for _ in range(12)), ""
            publisher, language = PUBLISHERS[i % len(PUBLISHERS)]
            url = f"https://factcheck.example.org/bench/{seed}/{i}"
            review = {
                "@context": "https://schema.org", "@type": "ClaimReview", "url": url,
                "claimReviewed": claim, "datePublished": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "inLanguage": language, "author": {"@type": "Organization", "name": publisher},
                "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": claimant}},
                "reviewRating": {"@type": "Rating", "alternateName": LABELS[i % len(LABELS)]},
            }
            feed.write(json.dumps(review, ensure_ascii=False) + "\n")
            expected.write(f"{url}\t{case}\t{target}\n")


if __name__ == "__main__":
    main()
