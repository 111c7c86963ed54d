"""Tasks: directive items and sentences, with lead, support, deadline and references.

The package reads a document body the way a clerk does:

- ``vocab``: the directive vocabulary of ``models/directives.yaml`` compiled into patterns;
- ``units``: blocks cut into sentences, enumerations and clauses;
- ``actors``: who a unit names (subject, addressee, labelled actor, partners);
- ``scopes``: the document tree as a stack of open scopes (parts, articles, items, lead-ins),
  each maybe naming the actor of what it contains;
- ``headings``: headings and lead-ins that open a scope and name its actor;
- ``tables``: task tables and the labelled fields of structured plans;
- ``model``: units, the context they inherit, assembled tasks with their rule and cue;
- ``assemble``: the walk over the body (and its annexes) that turns units into tasks.
"""

from .assemble import assemble_tasks
from .model import AssembledTask

__all__ = ["AssembledTask", "assemble_tasks"]
