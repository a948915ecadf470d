"""The issue's trained baseline (TF-IDF + linear SVM) on the same document split as the rules.

Usage: python benchmarks/trained_baseline.py CORPUS_DIR --lang en|de --test DOC [DOC ...] [--json]

The issue quotes a TF-IDF + linear SVM fitted on the 30 development documents and scored on held-back
ones (about 0.68 macro-F1 in English, 0.54 in German). Those held-back documents are not here, so the
rules' figures on documents they were not tuned to (a split of the 30) cannot be set against that number
directly. This script fits the same kind of classifier on the documents not named in ``--test`` and scores
it on the ``--test`` documents with the scoring of ``clause_detection.py`` (sentence level; C2 or C3 is
positive; per-category F1, macro-F1, detection F1). Run with the split the rules were never tuned on, it
tells whether those documents are harder or easier than the issue's held-back set for a learner that saw
the rest.

It needs scikit-learn, which is not a dependency of ToS Reader: ``pip install scikit-learn``. Without it,
or without the corpus, the script says so and exits with status 0 (nothing measured).

One classifier per category (one-vs-rest), word unigrams and bigrams, sublinear TF, balanced class
weights, C=1; the choices of a plain baseline, not tuned on the test documents.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clause_detection import CATEGORIES, Sentence, gold_categories, score  # noqa: E402


def read_document(corpus: Path, lang: str, doc: str) -> list[Sentence]:
    """Every sentence line of one document with the categories it is potentially unfair in (level 2 or 3)."""
    sentences = (corpus / lang / "sentences" / f"{doc}.txt").read_text(encoding="utf-8").splitlines()
    tags = (corpus / lang / "tags" / f"{doc}.txt").read_text(encoding="utf-8").splitlines()
    tags = (tags + [""] * len(sentences))[:len(sentences)]
    return [Sentence(doc, i, text, gold_categories(line))
            for i, (text, line) in enumerate(zip(sentences, tags, strict=True))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--lang", choices=("en", "de"), required=True)
    parser.add_argument("--test", nargs="+", required=True, metavar="DOC")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.svm import LinearSVC
    except ImportError:
        print("scikit-learn is not installed (pip install scikit-learn): nothing measured")
        return 0
    sentence_dir = args.corpus / args.lang / "sentences"
    if not sentence_dir.is_dir():
        print(f"no corpus at {args.corpus} (expected {sentence_dir}): nothing measured")
        return 0
    docs = sorted(path.stem for path in sentence_dir.glob("*.txt"))
    unknown = sorted(set(args.test) - set(docs))
    if unknown:
        print(f"not in the corpus: {', '.join(unknown)}", file=sys.stderr)
        return 2
    train = [row for doc in docs if doc not in args.test for row in read_document(args.corpus, args.lang, doc)]
    test = [row for doc in args.test for row in read_document(args.corpus, args.lang, doc)]
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, lowercase=True)
    x_train = vectorizer.fit_transform([s.text for s in train])
    x_test = vectorizer.transform([s.text for s in test])
    for category in CATEGORIES:
        y = [category in s.gold for s in train]
        if any(y):
            model = LinearSVC(C=1.0, class_weight="balanced", max_iter=20000)
            model.fit(x_train, y)
            for sentence, flagged in zip(test, model.predict(x_test), strict=True):
                if flagged:
                    sentence.predicted.add(category)
    scored = score(test)
    scores = scored["per_category"]
    macro, detection = scored["macro_f1"], scored["detection"]
    result = {"language": args.lang, "train_documents": len(docs) - len(args.test), "train_sentences": len(train),
              "test_documents": len(args.test), "test_sentences": len(test), "categories": scores,
              "macro_f1": macro, "detection": detection}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{args.lang}: TF-IDF + linear SVM fitted on {result['train_documents']} documents "
          f"({len(train)} sentences), scored on {len(args.test)} ({len(test)} sentences)")
    print(f"{'category':<26}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}")
    for name, s in scores.items():
        print(f"{name:<26}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}{s['support']:9d}")
    print(f"macro-F1 {macro:.3f}   detection P {detection['precision']:.3f} R {detection['recall']:.3f} "
          f"F1 {detection['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
