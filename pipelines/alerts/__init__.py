"""What counsel receive: the digest of a night's changes, the morning brief, and their delivery.

`alerting` decides what a run owes each subscriber and records deliveries so that each change is
delivered once; `digest` and `brief` render it; `delivery` sends it (SMTP, webhook, files);
`notice_titles` gives the English titles the digest prints.
"""
