"""The change types the list build records, kept apart from the build itself.

The digest and the alert queries name these types; importing them from `warehouse.lists` would load
DuckDB and deepdiff into every `regwatch` command that only prints or screens.
"""

from __future__ import annotations

from typing import Literal

# How an entry changed between two list versions (`list_changes.change_type`), in the order counsel
# read them: what is new first, what went away last.
ChangeType = Literal["added", "modified", "suspended", "reinstated", "removed"]

# How a party's standing changed (`party_changes.change_type`): an entry's `added` reads `listed`.
PartyChangeType = Literal["listed", "modified", "suspended", "reinstated", "removed"]  # in reading order

# The causes of a change counsel are alerted to: a regulatory event, or a scheduled one (a window
# opening or closing). A baseline and a re-read under a new parser (`reparse`) are recorded only.
ALERTING_CAUSES = ("regulatory", "scheduled")
