"""``birarada train``: fit the statistical layer with scikit-learn and save it as JSON (no pickle).

1. Read the training part of the fixed split (``datasets``); the held-out part is never seen here.
2. Turn texts into the binary char/word n-gram features of ``features``; keep features seen in ≥2 texts.
3. Choose the regularisation C by 5-fold cross-validated macro-F1 (folds fixed by a seed).
4. Fit a Platt calibration on the out-of-fold scores and pick the threshold that maximises macro-F1.
5. Refit on all training texts, drop negligible weights, write ``models/<lang>.json.gz``.
scikit-learn is needed only here; inference reads the JSON with the standard library.
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import datasets, features
from .model import MODELS_DIR, LinearModel
from .normalise import normalise

SEED = 20200
C_GRID = (0.5, 1.0, 2.0, 4.0, 8.0)
MIN_WEIGHT = 0.02  # weights smaller than this change no decision; dropping them keeps the file small


def _matrix(texts, vocabulary=None, min_df=2):
    import numpy as np
    from scipy.sparse import csr_matrix

    rows = []
    for text in texts:
        chars, words = features.extract(normalise(text))
        rows.append((chars, features.block_weight(chars), words, features.block_weight(words)))
    if vocabulary is None:
        counts: dict[str, int] = {}
        for chars, _, words, _ in rows:
            for g in chars:
                counts[g] = counts.get(g, 0) + 1
            for g in words:
                counts[g] = counts.get(g, 0) + 1
        vocabulary = {g: i for i, g in enumerate(sorted(g for g, c in counts.items() if c >= min_df))}
    indptr, indices, values = [0], [], []
    for chars, cw, words, ww in rows:
        for grams, weight in ((chars, cw), (words, ww)):
            for g in grams:
                index = vocabulary.get(g)
                if index is not None:
                    indices.append(index)
                    values.append(weight)
        indptr.append(len(indices))
    matrix = csr_matrix((np.array(values), np.array(indices), np.array(indptr)), shape=(len(rows), len(vocabulary)))
    return matrix, vocabulary


def _best_threshold(y, probs):
    from sklearn.metrics import f1_score

    best = (0.0, 0.5)
    for t in [i / 100 for i in range(10, 91)]:
        score = f1_score(y, probs >= t, average="macro")
        if score > best[0]:
            best = (score, t)
    return best


def train_language(lang: str, data_dir: Path, log=print) -> LinearModel:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    train, _ = datasets.load(lang, data_dir)
    texts = [e.text for e in train]
    y = np.array([e.abusive for e in train], dtype=int)
    X, vocabulary = _matrix(texts)
    log(f"[{lang}] {len(train)} training texts, {len(vocabulary)} features")
    folds = list(StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED).split(X, y))
    best = None
    for C in C_GRID:
        scores = np.zeros(len(y))
        for fit_index, score_index in folds:
            clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced", solver="liblinear")
            clf.fit(X[fit_index], y[fit_index])
            scores[score_index] = clf.decision_function(X[score_index])
        calib = LogisticRegression(C=1e6, max_iter=1000).fit(scores.reshape(-1, 1), y)
        probs = calib.predict_proba(scores.reshape(-1, 1))[:, 1]
        f1, threshold = _best_threshold(y, probs)
        log(f"[{lang}] C={C}: cross-validated macro-F1 {f1:.4f} at threshold {threshold:.2f}")
        if best is None or f1 > best[0]:
            best = (f1, C, threshold, float(calib.coef_[0][0]), float(calib.intercept_[0]))
    f1, C, threshold, a, b = best
    clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced", solver="liblinear").fit(X, y)
    names = sorted(vocabulary, key=vocabulary.__getitem__)
    weights = {name: round(float(w), 4) for name, w in zip(names, clf.coef_[0]) if abs(w) >= MIN_WEIGHT}
    from . import MODEL_VERSION

    return LinearModel(lang=lang, version=MODEL_VERSION, weights=weights, intercept=float(clf.intercept_[0]),
                       calibration=(a, b), threshold=threshold,
                       meta={"C": C, "cv_macro_f1": round(f1, 4), "training_texts": len(train),
                             "features_kept": len(weights), "dataset": datasets.DATASETS[lang][0]})


def train_all(data_dir: Path, out_dir: Path = MODELS_DIR, langs=("tr", "en"), log=print) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in langs:
        model = train_language(lang, data_dir, log=log)
        path = out_dir / f"{lang}.json.gz"
        model.save(path)
        log(f"[{lang}] wrote {path} ({path.stat().st_size // 1024} KiB, {len(model.weights)} weights)")
        written.append(path)
    return written


if __name__ == "__main__":
    train_all(Path(sys.argv[1]) if len(sys.argv) > 1 else datasets.default_data_dir())
