"""Extra `opioidref` verbs, one module each, found automatically by app.cli.

A module here defines `register(verbs) -> dict[str, handler]`: it adds its sub-parsers to
`verbs` (an argparse sub-parsers object) and returns {verb name: function(args) -> exit code}.
Handlers raise app.errors.AppError (or a subclass) with a message for people on bad input.
"""
