/// PLACEHOLDER — the tagging microbenchmark.
func runTaggingBenchmark(_ arguments: [String]) {
    print("tagging benchmark not written yet")
}
