// Dispatcher only; each benchmark lives in its own file.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "normalization": runNormalizationBenchmark(Array(arguments.dropFirst()))
case "extraction": runExtractionBenchmark(Array(arguments.dropFirst()))
case "tagging": runTaggingBenchmark(Array(arguments.dropFirst()))
default:
    print("usage: knews-bench extraction|normalization|tagging [options]")
}
