"""The database engine: coverage algorithms run inside PostGIS when their inputs live there.

Imports neither Processing nor widgets: the algorithms turn its DatabaseError into their own
messages at the boundary, as they do for ods/."""
