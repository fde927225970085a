"""User-facing linking: reconcile a graph's entities with users' tables and reference datasets.

``builder/`` turns text into RDF (with its build-time links to the curated reference data);
this package links a finished graph to what the user brings (`plankg link`).
"""
