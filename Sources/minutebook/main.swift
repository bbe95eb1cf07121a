import MinutebookCLI

// minutebook COMMAND …: the command line (`MinutebookCLI`), in a program of its own so that it alone is linked
// with the Swift runtime and Foundation inside it (`-static-stdlib`, Package.swift), which starts faster.
MinutebookTool.main()
