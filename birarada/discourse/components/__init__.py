"""The pipeline's components: one small module per stage, each a class with a ``name`` and
``__call__(docs: list[Doc]) -> None`` that reads and fills in a batch of ``Doc`` in place (a batch, so that
scoring stays one vectorised model call per language). ``birarada.discourse.pipeline`` lists them in order."""
