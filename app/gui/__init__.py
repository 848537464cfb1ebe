"""The desktop app: the only package that imports Qt. It asks the core and shows the answers."""
