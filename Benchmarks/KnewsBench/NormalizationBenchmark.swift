/// PLACEHOLDER — the normalization microbenchmark.
func runNormalizationBenchmark(_ arguments: [String]) {
    print("normalization benchmark not written yet")
}
