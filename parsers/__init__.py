"""Pure parsers for MOFCOM pages and notices: bytes or text in, frozen dataclasses out, no I/O.

Bump `PARSER_VERSION` whenever a change to this package can change what is extracted from an
unchanged page: the nightly job then re-reads the archive and labels the resulting differences
as `reparse`, not as regulatory news.
"""

PARSER_VERSION = "2"  # 2: charset decided by the bytes; item numbers up to four digits
