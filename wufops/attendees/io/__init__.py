"""Attendee lists in and out: CSV/XLSX registration exports → validated ops, and back.

``reading`` turns a file into raw records with their physical line numbers, ``mapping``
matches its headers to attendee fields, ``values`` and ``validation`` turn each record into
clean field values or coded errors, ``importing`` plans (create / update / unchanged / invalid)
and applies the plan through the single write path, ``exporting`` writes CSV/XLSX that
imports back to no change. ``errors`` holds the codes, ``messages`` the English texts the CLI
prints. See docs/import.md.
"""
