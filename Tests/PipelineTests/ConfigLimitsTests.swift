import Foundation
import Testing
@testable import Pipeline

/// pipeline.yml cannot make knews hang or swell: aliases refused, size capped, errors on one
/// line (issue 20, item 1).
@Suite struct ConfigLimitsTests {
    /// The 513-byte kind of bomb: nine aliases per level, eight levels, 9⁸ nodes expanded.
    static let bomb: String = {
        var text = "inputs: [pages]\nl0: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1...8 {
            let previous = "*l\(level - 1)"
            text += "l\(level): &l\(level) [" + Array(repeating: previous, count: 9).joined(separator: ",") + "]\n"
        }
        return text
    }()

    @Test func theAliasBombIsRefusedAtOnceWithItsLineAndColumn() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("pipeline.yml", Self.bomb)
        let clock = Stopwatch()
        #expect {
            _ = try PipelineConfig.load(path: path)
        } throws: { error in
            let text = "\(error)"
            return text.contains("line 2, column 5") && text.contains("anchors") && !text.contains("\n")
        }
        #expect(clock.seconds < 1)
    }

    @Test func theRealBinaryRefusesTheBombUnderASecondAnd100MB() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("pipeline.yml", Self.bomb)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "peak-kb %M\nelapsed %e", KnewsProcess.executable.path, "validate", "--config", path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        let clock = Stopwatch()
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // The bar: refused in under a second, process start included (time's own
        // figure, so the test's Process launch is not counted).
        let elapsed = text.split(separator: "\n").last { $0.hasPrefix("elapsed ") }.flatMap { Double($0.dropFirst(8)) }
        #expect(try #require(elapsed) < 1, "\(text)")
        #expect(clock.seconds < 1.5, "the time includes starting the process")
        #expect(text.contains("not allowed in pipeline.yml"))
        let kilobytes = text.split(separator: "\n").last { $0.hasPrefix("peak-kb ") }.flatMap { Int($0.dropFirst(8)) }
        let peak = try #require(kilobytes)
        #expect(peak < 100_000, "\(peak) KB")
    }

    @Test func globsAndPlainStarsStillLoad() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("pipeline.yml", """
            inputs: ["pages/*.html", 'more/*.htm', pages/a*b.html]  # a *comment & more
            sites:
              - name: "a & b"
                match: "*site*.html"
                title: //h1[@class='x*y']/*[1]
                body: >
                  //div[@id='body']
                  *[not(@class)]
            """)
        let config = try PipelineConfig.load(path: path)
        #expect(config.inputs.count == 3)
        #expect(config.inputs[2].hasSuffix("pages/a*b.html"))
        #expect(config.sites.first?.match == "*site*.html")
    }

    @Test func anAliasInAListOrAfterADashIsRefused() throws {
        for text in ["inputs: [*x]\n", "inputs:\n  - *x\n", "a: &x 1\ninputs: [pages]\n", "inputs: {a: *x}\n"] {
            let folder = try TemporaryFolder()
            let path = try folder.write("pipeline.yml", text)
            #expect(throws: ConfigError.self) { _ = try PipelineConfig.load(path: path) }
        }
    }

    @Test func aSyntaxErrorIsOneLineWithLineAndColumn() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("pipeline.yml", "inputs: [pages\noutput:\n  sqlite: x.sqlite\n")
        let result = try KnewsProcess.run(["validate", "--config", path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("line "), "\(result.stderr)")
        #expect(result.stderr.contains("column "))
    }

    @Test func aConfigOverTenMegabytesIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("pipeline.yml", Data(repeating: 0x23, count: ConfigLimits.maxBytes + 1))
        #expect {
            _ = try PipelineConfig.load(path: path)
        } throws: { "\($0)".contains("at most") }
    }
}
