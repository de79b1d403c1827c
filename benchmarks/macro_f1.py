"""Macro-F1 of a binary labelling in numpy, for the engine's model experiments (``discourse_model_experiments``,
``discourse_neural_experiments``): fast enough to sweep thresholds, and importable in a venv that has only numpy."""

import numpy as np


def macro_f1(y, predicted) -> float:
    f1s = []
    for value in (1, 0):
        tp = np.sum((y == value) & (predicted == value))
        fp = np.sum((y != value) & (predicted == value))
        fn = np.sum((y == value) & (predicted != value))
        f1s.append(2 * tp / max(1, 2 * tp + fp + fn))
    return float(np.mean(f1s))
