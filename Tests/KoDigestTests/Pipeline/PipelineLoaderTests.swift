import Testing
@testable import KoDigest

struct PipelineLoaderTests {
    @Test(arguments: ["default.yml", "glossary.yml", "ci.yml"])
    func shippedPipelinesLoad(_ name: String) throws {
        let spec = try PipelineLoader().load(path: TestPaths.repoRoot + "/Pipelines/" + name)
        #expect(spec.name == String(name.dropLast(4)))
        #expect(spec.sha256.count == 64)
        #expect(spec.runs(.terms))
    }

    @Test func shippedPipelinesSayWhatTheyDo() throws {
        let root = TestPaths.repoRoot + "/Pipelines/"
        let glossary = try PipelineLoader().load(path: root + "glossary.yml")
        #expect(glossary.quarantineAt == nil)
        #expect(!glossary.runs(.lint))
        let ci = try PipelineLoader().load(path: root + "ci.yml")
        #expect(ci.quarantineAt == .warning)
        #expect(ci.failOn == .warning)
        #expect(ci.outputs == PipelineSpec.Output.allCases)
    }

    @Test func readsRuleSettings() throws {
        let yaml = """
        name: t
        stages:
          - lint:
              rules:
                markup: false
                off-topic: {severity: warning, threshold: 0.7, names: [a, b]}
        """
        let spec = try PipelineLoader().parse(yaml, file: "t.yml")
        #expect(spec.rules["markup"]?.enabled == false)
        #expect(spec.rules["off-topic"]?.severity == .warning)
        #expect(spec.rules["off-topic"]?.options["threshold"] == .double(0.7))
        #expect(spec.rules["off-topic"]?.options["names"] == .list([.string("a"), .string("b")]))
    }

    @Test(arguments: [
        ("name: t\ncolour: red\n", "t.yml:2:1: error: unknown key `colour` in the pipeline; allowed: name, description, input, stages, fail_on"),
        ("name: t\nstages:\n  - lint\n  - terms\n", "t.yml:4:5: error: stage `terms` is out of order or repeated; stages run in the order normalize, terms, lint, route, write"),
        ("name: t\nstages:\n  - spellcheck\n", "t.yml:3:5: error: unknown stage `spellcheck`; allowed: normalize, terms, lint, route, write"),
        ("name: t\nstages:\n  - route:\n      quarantine: sometimes\n", "t.yml:4:19: error: route.quarantine must be one of error, warning, info, never (got `sometimes`)"),
        ("name: t\ninput:\n  jobs: many\n", "t.yml:3:9: error: input.jobs must be a whole number"),
        ("name: [unclosed\n", "t.yml:2:1: error: not valid YAML: did not find expected ',' or ']'"),
        ("description: x\n", "t.yml:1:1: error: missing `name`; a pipeline needs a name"),
    ])
    func rejectsBadFilesWithLocation(yaml: String, message: String) {
        #expect(throws: PipelineError.self) { try PipelineLoader().parse(yaml, file: "t.yml") }
        do {
            _ = try PipelineLoader().parse(yaml, file: "t.yml")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func asksTheRuleValidator() {
        let loader = PipelineLoader { id, config in
            id == "no-such-rule" ? [(nil, "unknown rule id `no-such-rule`")] :
                config.options["threshold"]?.doubleValue.map { $0 > 1 ? [("threshold", "threshold must be 0…1")] : [] } ?? []
        }
        let unknown = "name: t\nstages:\n  - lint:\n      rules:\n        no-such-rule: true\n"
        let bad = "name: t\nstages:\n  - lint:\n      rules:\n        off-topic:\n          threshold: 3\n"
        #expect(throws: PipelineError(SourceLocation(file: "t.yml", line: 5, column: 9), "unknown rule id `no-such-rule`")) {
            try loader.parse(unknown, file: "t.yml")
        }
        #expect(throws: PipelineError(SourceLocation(file: "t.yml", line: 6, column: 11), "threshold must be 0…1")) {
            try loader.parse(bad, file: "t.yml")
        }
    }
}
