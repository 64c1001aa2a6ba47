// Dispatcher only; each benchmark lives in its own file.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "normalization": runNormalizationBenchmark(Array(arguments.dropFirst()))
case "extraction": runExtractionBenchmark(Array(arguments.dropFirst()))
case "tagging": runTaggingBenchmark(Array(arguments.dropFirst()))
case "pipeline": runPipelineBenchmark(Array(arguments.dropFirst()))
case "parse-floor": runParseFloorBenchmark(Array(arguments.dropFirst()))
case "csv-export": runCSVExportBenchmark(Array(arguments.dropFirst()))
default:
    print("""
        usage: knews-bench <verb> [options]
          pipeline --config FILE --sqlite PATH [--csv-dir DIR | --no-csv] [--jobs N] [--full]
                                one in-process knews run, figures as JSON
          parse-floor DIR [--limit N]  libxml2 htmlReadMemory + xmlFreeDoc only, as JSON
          csv-export DB DIR [--runs N]  the CSV stage alone on an existing database
          extraction|normalization|tagging [options]   stage benchmarks
        """)
}
