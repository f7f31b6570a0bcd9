"""Storage: the only package that talks SQL.

``database`` opens files; ``entities`` knows which tables replicate and how; ``apply`` applies
ops (local or remote) through the one merge rule; ``replica`` is the single write path of the
app — rows, outbox and field versions change in one transaction.
"""
