"""briefing: turn raw pasted articles into a citable MkDocs briefing site.

The pipeline, one module per stage:

    read → clean → extract (actors, events) → index → render / export

``generator.pipeline`` runs the stages in order; ``generator.plugin`` hooks the
pipeline into MkDocs' build; ``generator.cli`` is a thin command line over both.
"""

__version__ = "0.1.0"
