// Entry point. (A file named main.swift runs top-level code, so the command is started here rather than with @main.)
Bench.main()
