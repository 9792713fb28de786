/// What `manifest.json` says about how a run was made.
public struct RunManifest: Sendable, Equatable {
    public struct Input: Sendable, Equatable {
        public var path: String
        public var bytes: Int?
        public var sha256: String?

        public init(path: String, bytes: Int? = nil, sha256: String? = nil) {
            self.path = path
            self.bytes = bytes
            self.sha256 = sha256
        }
    }

    public var toolName: String?
    public var toolVersion: String?
    public var pipelineName: String?
    public var pipelinePath: String?
    public var pipelineSHA256: String?
    public var inputs: [Input]
    /// The files read for evidence only (`--context`).
    public var context: [String]
    public var counts: [String: JSONValue]
    public var timings: JSONValue?

    public init(
        toolName: String? = nil, toolVersion: String? = nil, pipelineName: String? = nil, pipelinePath: String? = nil,
        pipelineSHA256: String? = nil, inputs: [Input] = [], context: [String] = [], counts: [String: JSONValue] = [:],
        timings: JSONValue? = nil
    ) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.pipelineName = pipelineName
        self.pipelinePath = pipelinePath
        self.pipelineSHA256 = pipelineSHA256
        self.inputs = inputs
        self.context = context
        self.counts = counts
        self.timings = timings
    }

    /// Reads the manifest object; every field is optional.
    public init(json: JSONValue) throws(RunReadError) {
        guard case .object(let o) = json else { throw RunReadError("the manifest is not a JSON object") }
        self.toolName = o["tool"]?["name"]?.stringValue
        self.toolVersion = o["tool"]?["version"]?.stringValue
        self.pipelineName = o["pipeline"]?["name"]?.stringValue
        self.pipelinePath = o["pipeline"]?["path"]?.stringValue
        self.pipelineSHA256 = o["pipeline"]?["sha256"]?.stringValue
        self.inputs = (o["inputs"]?.arrayValue ?? []).compactMap { v in
            guard let path = v["path"]?.stringValue else { return nil }
            return Input(path: path, bytes: v["bytes"]?.intValue, sha256: v["sha256"]?.stringValue)
        }
        self.context = (o["context"]?.arrayValue ?? []).compactMap(\.stringValue)
        self.counts = o["counts"]?.objectValue ?? [:]
        self.timings = o["timings"]
    }
}
