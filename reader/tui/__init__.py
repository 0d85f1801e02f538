"""The Textual reader: app, widgets, screens and the one stylesheet."""
