"""``birarada train``: fit the statistical layer with scikit-learn and save it as JSON (no pickle).

1. Read the training part of the fixed split (``datasets``); the held-out part is never seen here.
2. Turn texts into the character and word n-gram features of ``features``; keep features seen in ≥2 texts.
3. Scale each feature by its naive-Bayes log-count ratio (Wang & Manning 2012, "NBSVM"), then choose the
   regularisation C of a logistic regression by 5-fold cross-validated macro-F1 (folds fixed by a seed).
4. Fit a Platt calibration on the out-of-fold scores and pick the threshold that maximises macro-F1.
5. Refit on all training texts, fold the ratios into the weights (so inference is a plain linear model),
   drop negligible weights, write ``models/<lang>.json.gz``.
scikit-learn is needed only here; inference reads the JSON with the standard library.
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import datasets, features
from .model import MODELS_DIR, LinearModel
from .normalise import normalise

SEED = 20200
C_GRID = (2.0, 4.0, 8.0)
MIN_WEIGHT = 0.02  # weights smaller than this change no decision; dropping them keeps the file small
NB_ALPHA = 0.3  # smoothing of the naive-Bayes ratios (0.1, 0.3, 1, 3 tried; 0.3 best)


def _matrix(texts, vocabulary=None, char_columns=None, min_df=2):
    """Rows: texts; columns: the hashed character buckets, then the word features of ``vocabulary``."""
    import numpy as np
    from scipy.sparse import csr_matrix, diags, hstack

    normalised = [normalise(text) for text in texts]
    bucket, owner, values = features.char_buckets([features.char_text(n.original) for n in normalised])
    chars = csr_matrix((values, (owner, bucket)), shape=(len(texts), features.BUCKETS))
    chars.sum_duplicates()
    if char_columns is None:  # like the words: keep buckets seen in at least min_df texts
        char_columns = np.flatnonzero(np.bincount(chars.indices, minlength=features.BUCKETS) >= min_df)
    keep = np.zeros(features.BUCKETS)
    keep[char_columns] = 1.0
    chars = chars @ diags(keep)
    rows = [features.word_counts(features.words_of(n)) for n in normalised]
    if vocabulary is None:
        document_counts: dict[str, int] = {}
        for row in rows:
            for g in row:
                document_counts[g] = document_counts.get(g, 0) + 1
        vocabulary = {g: i for i, g in enumerate(sorted(g for g, c in document_counts.items() if c >= min_df))}
    indptr, indices, data = [0], [], []
    for row in rows:
        for g, value in row.items():
            index = vocabulary.get(g)
            if index is not None:
                indices.append(index)
                data.append(value)
        indptr.append(len(indices))
    word_matrix = csr_matrix((np.array(data), np.array(indices, dtype=np.int64), np.array(indptr)),
                             shape=(len(texts), len(vocabulary)))
    return hstack([chars, word_matrix], format="csr"), vocabulary, char_columns


def _nb_ratios(X, y, alpha=NB_ALPHA):
    import numpy as np

    p = np.asarray(X[y == 1].sum(axis=0)).ravel() + alpha
    q = np.asarray(X[y == 0].sum(axis=0)).ravel() + alpha
    return np.log((p / p.sum()) / (q / q.sum()))


def _fit(X, y, C):
    from scipy.sparse import diags
    from sklearn.linear_model import LogisticRegression

    ratios = _nb_ratios(X, y)
    clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced", solver="liblinear")
    clf.fit(X @ diags(ratios), y)
    return clf.coef_[0] * ratios, float(clf.intercept_[0])


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
    X, vocabulary, _ = _matrix(texts)
    # Fit on the columns that occur: the hashed block is 4 million mostly empty columns.
    columns = np.flatnonzero(np.bincount(X.indices, minlength=X.shape[1]))
    X = X[:, columns]
    log(f"[{lang}] {len(train)} training texts, {len(columns)} features in use")
    folds = list(StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED).split(X, y))
    best: tuple[float, float, float, float, float] | None = None  # (f1, C, threshold, a, b)
    for C in C_GRID:
        scores = np.zeros(len(y))
        for fit_index, score_index in folds:
            coef, intercept = _fit(X[fit_index], y[fit_index], C)
            scores[score_index] = X[score_index] @ coef + intercept
        calib = LogisticRegression(C=1e6, max_iter=1000).fit(scores.reshape(-1, 1), y)
        probs = calib.predict_proba(scores.reshape(-1, 1))[:, 1]
        f1, threshold = _best_threshold(y, probs)
        log(f"[{lang}] C={C}: cross-validated macro-F1 {f1:.4f} at threshold {threshold:.2f}")
        if best is None or f1 > best[0]:
            best = (f1, C, threshold, float(calib.coef_[0][0]), float(calib.intercept_[0]))
    if best is None:
        raise ValueError("C_GRID is empty: no regularisation strength to try")
    f1, C, threshold, a, b = best
    coef, intercept = _fit(X, y, C)
    names = sorted(vocabulary, key=vocabulary.__getitem__)
    char_weights, weights = {}, {}
    for column, w in zip(columns.tolist(), coef.tolist(), strict=True):
        if abs(w) < MIN_WEIGHT:
            continue
        if column < features.BUCKETS:
            char_weights[column] = round(w, 4)
        else:
            weights[names[column - features.BUCKETS]] = round(w, 4)
    from . import MODEL_VERSION

    return LinearModel(lang=lang, version=MODEL_VERSION, weights=weights, char_weights=char_weights,
                       intercept=intercept, calibration=(a, b), threshold=threshold,
                       meta={"C": C, "cv_macro_f1": round(f1, 4), "training_texts": len(train),
                             "features_kept": len(weights) + len(char_weights), "dataset": datasets.DATASETS[lang][0]})


def train_all(data_dir: Path, out_dir: Path = MODELS_DIR, langs=("tr", "en"), log=print) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in langs:
        model = train_language(lang, data_dir, log=log)
        path = out_dir / f"{lang}.json.gz"
        model.save(path)
        kept = len(model.weights) + len(model.char_weights)
        log(f"[{lang}] wrote {path} ({path.stat().st_size // 1024} KiB, {kept} weights)")
        written.append(path)
    return written


if __name__ == "__main__":
    train_all(Path(sys.argv[1]) if len(sys.argv) > 1 else datasets.default_data_dir())
