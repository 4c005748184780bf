"""Pure transforms of newsmill: text and polars frames in, text and polars frames out (no I/O, no Prefect)."""
