"""The ``birarada`` command: a thin layer over ``birarada.discourse``. Each command's docstring is its help."""

from __future__ import annotations

import argparse
import contextlib
import inspect
import json
import sys
import time
from pathlib import Path

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> int:
    print(f"birarada: error: {message}", file=sys.stderr)
    return EXIT_ERROR


class _Progress:
    """A one-line progress counter on stderr, shown only when stderr is a terminal."""

    def __init__(self, enabled: bool):
        self.enabled, self.started, self.last = enabled, time.monotonic(), 0.0

    def update(self, rows: int, bad: int, final: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not final and now - self.last < 0.2):
            return
        self.last = now
        rate = rows / max(now - self.started, 1e-9)
        sys.stderr.write(f"\ranalysed {rows:,} rows ({bad:,} bad) · {rate:,.0f} rows/s")
        if final:
            sys.stderr.write("\n")
        sys.stderr.flush()


def cmd_analyze(args) -> int:
    """Label every text of a CSV, JSONL or plain-text file (hateful / offensive / none).

    Reads INPUT (CSV, TSV, JSONL, or plain text with one text per line) and writes every row back with
    label, scores, grounds, types and language added. Streams: memory stays constant on any file size.
    Bad rows (undecodable bytes, empty text, broken JSON) are kept in the output with an error, counted
    and reported. Output goes to -o OUTPUT or standard output."""
    from birarada.discourse import Analyzer, records
    from birarada.discourse.analyzer import Workers

    if args.input != "-" and not Path(args.input).is_file():
        return _fail(f"cannot read {args.input!r}: no such file")
    if args.explain not in (None, "auto", "tr", "en", "ar"):
        return _fail(f"--explain takes tr, en or ar (or nothing: the text's language), not {args.explain!r}")
    in_fmt = args.input_format or records.input_format(args.input)
    out_fmt = args.format or (records.input_format(args.output) if args.output else None)
    if out_fmt not in ("csv", "jsonl"):
        out_fmt = "csv" if in_fmt in ("csv", "tsv") else "jsonl"
    analyzer = Analyzer()
    tally = records.Tally()
    progress = _Progress(sys.stderr.isatty() and not args.quiet)
    try:
        source = records.open_input(args.input)
    except OSError as error:
        return _fail(f"cannot read {args.input!r}: {error.strerror}")
    try:
        target = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    except OSError as error:
        source.close()
        return _fail(f"cannot write {args.output!r}: {error.strerror}")
    writer = records.Writer(target, out_fmt, explain=args.explain)
    workers = Workers(args.jobs) if args.jobs > 1 else contextlib.nullcontext(analyzer)
    try:
        with workers as runner:
            batch = []
            for row in records.read_rows(source, in_fmt, args.text_column):
                batch.append(row)
                if len(batch) >= 1000:
                    _flush(batch, runner, writer, tally)
                    progress.update(tally.rows, tally.bad_rows)
            _flush(batch, runner, writer, tally)
    except records.MissingColumn as error:
        return _fail(f"{error}. Name the column holding the text with --text-column.")
    finally:
        source.close()
        if target is not sys.stdout:
            target.close()
    progress.update(tally.rows, tally.bad_rows, final=True)
    summary = f"birarada: analysed {tally.rows - tally.bad_rows:,} of {tally.rows:,} rows"
    if tally.bad:
        summary += "; bad rows: " + ", ".join(f"{n:,} {reason}" for reason, n in sorted(tally.bad.items()))
    print(summary, file=sys.stderr)
    return EXIT_OK


def _flush(batch, runner, writer, tally) -> None:
    good = [row for row in batch if row.text is not None]
    results = iter(runner.analyze_batch([row.text for row in good]))
    for row in batch:
        tally.rows += 1
        if row.text is None:
            tally.count_bad(row.error)
            writer.write(row, None)
        else:
            writer.write(row, next(results))
    batch.clear()


def _read_document(path: Path) -> str:
    if path.suffix.lower() == ".docx":
        from birarada.core.files import FileReadError, read_docx

        try:
            return read_docx(path)
        except FileReadError as error:
            raise ValueError(f"{path}: {error}") from None
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"{path} is not UTF-8 text (undecodable byte at position {error.start}); "
                         "save it as UTF-8 and try again") from None


def cmd_lint(args) -> int:
    """Check a document for stigmatising terms (with inclusive alternatives) and for passages that read as hateful
    or offensive (with the engine's reason), as the web's communications checker does.

    FILE is a text file (.txt, .md) or a Word document (.docx), in Turkish or English.
    Exit status: 0 nothing found, 1 findings, 2 error."""
    from birarada.discourse import Analyzer

    path = Path(args.file)
    if not path.is_file():
        return _fail(f"cannot read {args.file!r}: no such file")
    try:
        text = _read_document(path)
    except (ValueError, OSError) as error:
        return _fail(str(error))
    from birarada.discourse.lint import flagged_passages

    analyzer = Analyzer()
    findings = analyzer.lint(text)
    reader = None if args.explain == "auto" else args.explain
    flagged = flagged_passages(analyzer, text)
    if args.format == "json":
        print(json.dumps({
            "terms": [f.to_dict() for f in findings],
            "passages": [{"start": a, "end": b, "text": text[a:b].strip(), "label": result.label,
                          "grounds": result.grounds, "types": list(result.types),
                          "explanation": result.explain(lang=reader)} for a, b, result in flagged],
        }, ensure_ascii=False, indent=2))
    else:
        line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        import bisect

        def place(offset: int) -> str:
            line = bisect.bisect_right(line_starts, offset)
            return f"{path}:{line}:{offset - line_starts[line - 1] + 1}"

        for f in findings:
            print(f"{place(f.start)}: \"{f.term}\" ({f.ground}) — {f.why} → {' / '.join(f.suggestions)}")
        for start, end, result in flagged:
            body = text[start:end]
            offset = start + len(body) - len(body.lstrip())
            print(f"{place(offset)}: reads as {result.label}: \"{body.strip()}\" — {result.explain(lang=reader)}")
        print(f"{len(findings)} term(s) to reconsider, {len(flagged)} passage(s) read as hateful or offensive",
              file=sys.stderr)
    found = len(findings) + len(flagged)
    return EXIT_FINDINGS if found else EXIT_OK


def _data_dir(args) -> Path:
    from birarada.discourse import datasets

    return Path(args.data) if args.data else datasets.default_data_dir()


def cmd_train(args) -> int:
    """Train the statistical models from OffensEval-2020 Turkish and Davidson 2017 English.

    Reads ../shared/data (or --data DIR), fits on the fixed training split and writes the models as gzipped
    JSON into the package (or --out DIR). Needs scikit-learn."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        return _fail("training needs scikit-learn: pip install scikit-learn")
    from birarada.discourse import training
    from birarada.discourse.model import MODELS_DIR

    data_dir = _data_dir(args)
    if not data_dir.is_dir():
        return _fail(f"no training data at {data_dir}; pass --data DIR")
    langs = tuple(args.lang) if args.lang else ("tr", "en")
    training.train_all(data_dir, Path(args.out) if args.out else MODELS_DIR, langs=langs,
                       log=lambda m: print(m, file=sys.stderr))
    return EXIT_OK


def cmd_evaluate(args) -> int:
    """Print accuracy figures: held-out data splits and functional suites.

    Per-class precision, recall and F1 on the held-out split of OffensEval-2020 Turkish and Davidson 2017
    (the full engine and the statistical model alone), per-functionality accuracy on the functional suites,
    the ground-found rate on realistic hateful texts, the check set, and per functionality on the second pass's
    development and blind sets."""
    from birarada.discourse import Analyzer, evaluation

    try:
        evaluation.suite()
    except evaluation.SuitesMissing as error:
        return _fail(str(error))
    analyzer = Analyzer()
    data_dir = _data_dir(args)
    for lang in ("tr", "en"):
        if data_dir.is_dir():
            print(evaluation.format_held_out(evaluation.held_out(analyzer, lang, data_dir)))
        else:
            print(f"no data at {data_dir}: skipping the held-out figures for {lang}")
        print(evaluation.format_functional(lang, evaluation.functional(analyzer, lang)))
        print(evaluation.format_ground_found(lang, evaluation.ground_found(analyzer, lang)))
        check = evaluation.check_set(analyzer, lang)
        print(f"check set ({lang}): {check['accuracy']:.1%} of {check['cases']}"
              + "".join(f"\n  wrong: {text}" for text in check["wrong"]))
        for name in evaluation.SECOND_PASS_SETS:
            print(evaluation.format_by_functionality(name, lang, evaluation.by_functionality(analyzer, lang, name)))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="birarada", description="Hate-speech analysis for Turkish and English, offline."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name, func):
        doc = inspect.cleandoc(func.__doc__)
        sub = commands.add_parser(name, help=doc.splitlines()[0].rstrip("."), description=doc,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
        sub.set_defaults(func=func)
        return sub

    analyze = command("analyze", cmd_analyze)
    analyze.add_argument("input", help="input file (.csv, .tsv, .jsonl or plain text); - for standard input")
    analyze.add_argument("-o", "--output", help="output file (default: standard output)")
    analyze.add_argument("--text-column", default="text", help="column or JSON field holding the text (default: text)")
    analyze.add_argument("--format", choices=("csv", "jsonl"), help="output format (default: like the input)")
    analyze.add_argument("--input-format", choices=("csv", "tsv", "jsonl", "txt"),
                         help="input format (default: from the file name)")
    analyze.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    analyze.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    analyze.add_argument("--explain", nargs="?", const="auto", metavar="LANG",
                         help="add an explanation column, in LANG (tr, en or ar; default: the text's language)")

    lint = command("lint", cmd_lint)
    lint.add_argument("file", help="a .txt, .md or .docx file")
    lint.add_argument("--format", choices=("text", "json"), default="text")
    lint.add_argument("--explain", default="auto", choices=("auto", "tr", "en", "ar"),
                      help="language of the reasons for flagged passages (default: each passage's own)")

    train = command("train", cmd_train)
    train.add_argument("--data", help="data directory (default: ../shared/data beside the project)")
    train.add_argument("--out", help="where to write the models (default: inside the package)")
    train.add_argument("--lang", action="append", choices=("tr", "en"), help="train only this language")

    evaluate = command("evaluate", cmd_evaluate)
    evaluate.add_argument("--data", help="data directory (default: ../shared/data beside the project)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return _fail("interrupted")
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
