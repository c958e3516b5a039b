"""Screening a client's catalogue, bill of materials and counterparties against the list in force.

`screening` runs the match, `screen_report` renders its evidence, `screen_command` is the CLI verb and
`catalogue` screens the subscribers' catalogues after each night.
"""
