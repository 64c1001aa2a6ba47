import Foundation
import Testing
@testable import Pipeline

@Suite struct PipelineConfigTests {
    @Test func resolvesPathsAgainstTheConfigFolderNotTheWorkingDirectory() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("conf/pipeline.yml", """
            inputs: [pages, "/abs/crawl/*.warc.gz"]
            timezone: Asia/Seoul
            output:
              sqlite: out/knews.sqlite
              csv_dir: out/csv
            gazetteer: [extra.tsv]
            """)
        let config = try PipelineConfig.load(path: path)
        #expect(config.inputs == [folder.path + "/conf/pages", "/abs/crawl/*.warc.gz"])
        #expect(config.sqlitePath == folder.path + "/conf/out/knews.sqlite")
        #expect(config.csvDirectory == folder.path + "/conf/out/csv")
        #expect(config.gazetteerFiles == [folder.path + "/conf/extra.tsv"])
        #expect(config.timeZoneIdentifier == "Asia/Seoul")
        #expect(config.csvByteOrderMark)
        #expect(config.sha256.count == 64)
    }

    @Test func readsSiteProfilesWithEveryField() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("pipeline.yml", """
            inputs: [samples]
            sites:
              - name: examplenews-search
                match: "search*.html"
                item: "//div[@class='result']"
                title: ".//h3"
                body: ".//p[@class='lead']"
                url: ".//a/@href"
                published: ".//span[@class='date']"
                author: ".//span[@class='name']"
                base_url: https://news.example/
            csv:
              bom: false
            limits:
              max_input_bytes: 1048576
            jobs: 2
            max_error_rate: 0.25
            """)
        let config = try PipelineConfig.load(path: path)
        let site = try #require(config.sites.first)
        #expect(site.name == "examplenews-search")
        #expect(site.item == "//div[@class='result']")
        #expect(site.url == ".//a/@href")
        #expect(site.baseURL == "https://news.example/")
        #expect(config.csvByteOrderMark == false)
        #expect(config.maxInputBytes == 1_048_576)
        #expect(config.jobs == 2)
        #expect(config.maxErrorRate == 0.25)
    }

    @Test(arguments: [
        ("inputs: [a]\noutptu:\n  sqlite: x.sqlite\n", "unknown key 'outptu'"),
        ("inputs: [a]\noutput:\n  sqlit: x.sqlite\n", "unknown key 'output.sqlit'"),
        ("inputs: [a]\ntimezone: Mars/Olympus\n", "not a known time zone"),
        ("inputs: [a]\njobs: 0\n", "'jobs' must be between 1 and 256"),
        ("inputs: [a]\nmax_error_rate: 3\n", "fraction between 0 and 1"),
        ("inputs: [a]\nsites:\n  - name: x\n    match: '*'\n    title: //h1\n", "'sites[0].body' is required"),
        ("inputs: [a]\ncsv:\n  bom: maybe\n", "'csv.bom' must be true or false"),
        ("- just\n- a list\n", "top level must be a mapping"),
        ("inputs: [a\n", "not valid YAML"),
    ])
    func rejectsMistakesWithAMessageNamingTheKey(yaml: String, expected: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("pipeline.yml", yaml)
        do {
            _ = try PipelineConfig.load(path: path)
            Issue.record("expected the config to be rejected")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
            #expect(error.description.contains(path))
        }
    }

    @Test func missingFileIsAReadableError() {
        #expect(throws: ConfigError.self) {
            try PipelineConfig.load(path: "/nonexistent/pipeline.yml")
        }
    }
}
