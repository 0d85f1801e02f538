"""Every option of every command says what it does in --help (issue 13, item 8)."""

from __future__ import annotations

import argparse

from reader import cli


def parsers() -> list[argparse.ArgumentParser]:
    top = cli._command_parser()
    subs = [a for a in top._actions if isinstance(a, argparse._SubParsersAction)]
    return [cli._reader_parser(), top, *(p for s in subs for p in s.choices.values())]


def test_every_option_has_help():
    for parser in parsers():
        for action in parser._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            assert action.help and action.help.strip(), (parser.prog, action.option_strings or action.dest)


def test_the_reader_names_every_command():
    description = cli._reader_parser().description or ""
    assert all(command in description for command in cli.COMMANDS)
