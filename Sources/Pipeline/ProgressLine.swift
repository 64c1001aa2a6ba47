/// A single self-overwriting status line on a terminal; never used when stderr is a file,
/// so cron logs get clean lines only.
struct ProgressLine {
    let total: Int
    private var lastDraw = Stopwatch()
    private var drawn = false

    init(total: Int) {
        self.total = total
    }

    mutating func update(done: Int, articles: Int, errors: Int) {
        guard lastDraw.seconds > 0.2 || done == total else { return }
        lastDraw = Stopwatch()
        drawn = true
        let width = 30
        let filled = total == 0 ? width : min(width, done * width / max(total, 1))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = "\r[\(bar)] \(done)/\(total) files, \(articles) articles, \(errors) errors"
        StandardError.write(line)
    }

    mutating func finish() {
        if drawn {
            StandardError.write("\r\u{1B}[K")
        }
    }
}
