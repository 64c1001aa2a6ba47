/// PLACEHOLDER — extraction measurements (parse floor, WARC memory).
func runExtractionBenchmark(_ arguments: [String]) {
    print("extraction benchmark not written yet")
}
