"""A throw-away module used only by tests: proves a module plugs in through its manifest alone."""
