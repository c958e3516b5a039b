"""One run of the nightly job, step by step: context → discover → fetch → parse → build → runner.

Each step does its writes in one warehouse transaction, so a crash between steps leaves a consistent
warehouse and the next run picks up where this one stopped (pages fetched but not parsed are parsed;
versions parsed but not yet diffed are diffed as news). Dagster assets call the steps one by one;
`runner.run_all` calls them in order without Dagster (`regwatch watch`, the tests, the benchmark).

Beside the steps: `isolation` reads one page within its budget, `attachment_reading` and `converters`
turn attachments into text, `segmenting` loads the tokenizer the search index uses.
"""
