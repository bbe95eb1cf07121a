#!/bin/sh
# Regenerates Sources/MinutebookKit/Search/BuiltInData.swift from index/topics.json and index/related.json.
set -e
cd "$(dirname "$0")/.."
out=Sources/MinutebookKit/Search/BuiltInData.swift
{
  echo '// Generated from index/topics.json and index/related.json by `scripts/generate-builtin.sh`; do not edit by hand.'
  echo '// A test checks these copies match the files, so the binary works outside the repository with the shipped lists.'
  echo
  echo 'enum BuiltInData {'
  echo '    static let topicsJSON = #"""'
  cat index/topics.json
  echo '"""#'
  echo
  echo '    static let relatedJSON = #"""'
  cat index/related.json
  echo '"""#'
  echo '}'
} > "$out"
