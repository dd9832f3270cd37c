"""The clausecheck command line: a thin click shell over the `checker` library."""
