import Foundation
import MinutebookKit
import MinutebookWeb

// minutebook-web [--port 8080] [--host 127.0.0.1] [--index PATH]: the web pages over the index, read-only.
await WebMain.run(Array(CommandLine.arguments.dropFirst()))
