"""Extractors: one module per target, pure functions over text and Doc."""
