/// Where a record ends up: the cleaned dataset or quarantine, with the reasons.
public enum Route: Sendable, Equatable {
    case keep
    case quarantine(reasons: [String])
}

/// Sends records with a finding at or above `quarantineAt` (or a parse rejection) to quarantine.
public struct Router: Sendable {
    /// nil: nothing is quarantined for its findings (the glossary pipeline).
    public var quarantineAt: Severity?

    public init(quarantineAt: Severity? = .error) { self.quarantineAt = quarantineAt }

    public func route(_ record: Record) -> Route {
        guard let level = quarantineAt else { return .keep }
        let reasons = record.findings.filter { $0.severity >= level }.map { "\($0.rule): \($0.message)" }
        return reasons.isEmpty ? .keep : .quarantine(reasons: reasons)
    }
}
