"""Evaluation against the development gold sets in ``eval/`` (see ``eval/README.md``):
``retrieval`` scores search (hybrid and two baselines) over a store, reading it through the
``Store``'s methods; ``figures`` scores figure extraction over documents' text."""
