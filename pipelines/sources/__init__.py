"""Where pages come from: the bounded HTTP fetcher, the polling of listings, and the offline replay.

Everything that talks to a server (MOFCOM, a mirror, the bundled demo site) lives here, behind the
limits of `netguard` (allow-list, private addresses, sizes, deadlines).
"""
